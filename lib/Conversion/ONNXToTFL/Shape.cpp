//===- Shape.cpp - onnx shape-only ops -> tfl -----------------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Shape.td.
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
#include "dialects/conversion/ONNXToTFL/Shape.inc"
} // namespace

void t2t::populateShapeLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
