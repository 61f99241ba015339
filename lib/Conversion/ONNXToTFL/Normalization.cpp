//===- Normalization.cpp - onnx normalizations -> tfl ----------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Normalization.td.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace {
#include "dialects/conversion/ONNXToTFL/Normalization.inc"
} // namespace

void t2t::populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
