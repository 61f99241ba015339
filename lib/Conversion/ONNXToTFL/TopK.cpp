//===- TopK.cpp - onnx TopK -> tfl.topk_v2 --------------------------------===//
//
// TensorFlow's TopKV2 takes the k largest along the last dim, largest first,
// equal elements in index order (ONNX's tie rule), with k known at run time:
//   axis not last: both results are computed on x transposed to put the
//                  axis last, then transposed back (the permutation swaps
//                  the axis and the last dim: its own inverse);
//   largest = 0:   the k largest of -x are the k smallest of x, in
//                  ascending order; their values are negated back (floats,
//                  where negation is exact);
//   K:             ONNX's [1] int64 becomes a 0-D int32, the indices int64.
// C++: two results, each with its own conversions back.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Layout.h"

#include "mlir/IR/PatternMatch.h"

#include <numeric>

using namespace mlir;

namespace t2t {
namespace {

struct LowerTopK : OpRewritePattern<onnx::TopKOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::TopKOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto values = dyn_cast<RankedTensorType>(op.getValues().getType());
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!x || x.getRank() == 0 || !values || !indices ||
        !isOneElement(op.getK(), rewriter.getI64Type()) || !indices.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "needs a ranked input and a one-element int64 K");
    bool largest = op.getLargest() != 0;
    if (!largest && !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "smallest elements of a float input only");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), x.getRank());
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    int64_t last = x.getRank() - 1;
    SmallVector<int64_t> perm(x.getRank());
    std::iota(perm.begin(), perm.end(), 0);
    std::swap(perm[*axis], perm[last]);
    auto lastFirst = [&](Value v) { return *axis == last ? v : transposed(rewriter, loc, v, perm); };

    Value input = lastFirst(op.getX());
    if (!largest)
      input = tfl::NegOp::create(rewriter, loc, input);
    Value count = math.castTo(math.reshape(op.getK(), {}), rewriter.getI32Type());
    RankedTensorType valuesType = permuted(values, perm);
    auto topk = tfl::TopKV2Op::create(rewriter, loc, valuesType,
                                      valuesType.clone(rewriter.getI32Type()), input, count);
    Value top = topk.getValues();
    if (!largest)
      top = tfl::NegOp::create(rewriter, loc, top);
    Value index = math.castTo(topk.getIndices(), rewriter.getI64Type());
    rewriter.replaceOp(op, {lastFirst(top), lastFirst(index)});
    return success();
  }
};

} // namespace

void populateTopKLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerTopK>(patterns.getContext());
}

} // namespace t2t
