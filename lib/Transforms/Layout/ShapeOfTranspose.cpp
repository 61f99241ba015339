//===- ShapeOfTranspose.cpp - Shape vectors permuted, not activations -----===//
//
// The patterns are declarative: dialects/transforms/TFLLayout.td.
//
//===----------------------------------------------------------------------===//

#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {

/// The int32 gather indices that apply `perm` to a vector.
static DenseElementsAttr permutationIndices(Builder &builder, DenseI64ArrayAttr perm) {
  SmallVector<int32_t> indices(perm.asArrayRef().begin(), perm.asArrayRef().end());
  auto type = RankedTensorType::get({static_cast<int64_t>(indices.size())}, builder.getI32Type());
  return DenseElementsAttr::get(type, ArrayRef(indices));
}

namespace {
#include "dialects/transforms/TFLLayout.inc"
} // namespace

void populateShapeLayoutPatterns(RewritePatternSet &patterns) { populateWithGenerated(patterns); }

} // namespace t2t
