//===- Activations.cpp - onnx activations -> tfl --------------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Activations.td.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace {
#include "dialects/conversion/ONNXToTFL/Activations.inc"
} // namespace

void t2t::populateActivationsLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
