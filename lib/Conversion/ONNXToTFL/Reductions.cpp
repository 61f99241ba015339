//===- Reductions.cpp - onnx reductions -> tfl ----------------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Reductions.td.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace {
#include "dialects/conversion/ONNXToTFL/Reductions.inc"
} // namespace

void t2t::populateReductionsLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
