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

#include <algorithm>

namespace t2t::lowering {

/// Shape's start and end (ONNX clamps them to [-rank, rank], negatives
/// counting from the end) select every dim of `x`.
static bool coversAllDims(mlir::Value x, mlir::Attribute start, mlir::Attribute end) {
  int64_t rank = mlir::cast<mlir::RankedTensorType>(x.getType()).getRank();
  auto clamp = [&](int64_t i) { return std::clamp(i < 0 ? i + rank : i, int64_t{0}, rank); };
  int64_t first = start ? clamp(mlir::cast<mlir::IntegerAttr>(start).getInt()) : 0;
  int64_t last = end ? clamp(mlir::cast<mlir::IntegerAttr>(end).getInt()) : rank;
  return first == 0 && last == rank;
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Shape.inc"
} // namespace

void t2t::populateShapeLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
