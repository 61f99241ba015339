//===- FoldFlattenPermutation.cpp - Flatten of NHWC data into the weights -===//
//
// A classifier flattens NCHW feature maps, so on NHWC data the lowering
// leaves fc(reshape(transpose(x, [0, 3, 1, 2]) -> [N, C*H*W]), W). Flattening
// x in its own order gives the features in (h, w, c) order instead of
// (c, h, w); permuting W's columns the same way gives the same product:
//   W'[o, (h, w, c)] = W[o, (c, h, w)],  W' = reshape(transpose(reshape(W,
//   [O, C, H, W]), [0, 2, 3, 1]), [O, H*W*C])
// W is constant: the reshapes and the transpose fold into a permutation of
// its bytes computed as the exporter writes them (tfl::PermutedElementsAttr),
// and the activation transpose is gone.
//
//===----------------------------------------------------------------------===//

#include "t2t/Support/Layout.h"
#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct FoldFlattenPermutation : OpRewritePattern<tfl::FullyConnectedOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(tfl::FullyConnectedOp op,
                                PatternRewriter &rewriter) const override {
    auto flatten = op.getInput().getDefiningOp<tfl::ReshapeOp>();
    auto transpose = flatten ? flatten.getInput().getDefiningOp<tfl::TransposeOp>() : nullptr;
    if (!transpose || ArrayRef<int64_t>(transpose.getPerm()) != ArrayRef<int64_t>(kToNCHW) ||
        !matchPattern(op.getFilter(), m_Constant()))
      return rewriter.notifyMatchFailure(
          op, "needs fc(flatten(NHWC->NCHW transpose)) with constant weights");
    auto nhwc = cast<RankedTensorType>(transpose.getInput().getType());
    auto flat = cast<RankedTensorType>(flatten.getType());
    auto filter = cast<RankedTensorType>(op.getFilter().getType());
    int64_t h = nhwc.getDimSize(1), w = nhwc.getDimSize(2), c = nhwc.getDimSize(3);
    if (flat.getRank() != 2 || ShapedType::isDynamic(h) || ShapedType::isDynamic(w) ||
        ShapedType::isDynamic(c) || flat.getDimSize(1) != c * h * w || !filter.hasStaticShape() ||
        filter.getDimSize(1) != c * h * w)
      return rewriter.notifyMatchFailure(op, "needs a [N, C*H*W] flatten of static maps");
    // W as [O, C, H, W] (same bytes), permuted to [O, H, W, C], read as [O, H*W*C].
    int64_t out = filter.getDimSize(0);
    Location loc = op.getLoc();
    Value byChannel =
        tfl::ReshapeOp::create(rewriter, loc, filter.clone({out, c, h, w}), op.getFilter());
    Value byPosition = tfl::TransposeOp::create(rewriter, loc, byChannel,
                                                rewriter.getDenseI64ArrayAttr({0, 2, 3, 1}));
    Value weights = tfl::ReshapeOp::create(rewriter, loc, filter, byPosition);
    Value features = tfl::ReshapeOp::create(rewriter, loc, flat, transpose.getInput());
    rewriter.replaceOpWithNewOp<tfl::FullyConnectedOp>(
        op, op.getType(), features, weights, op.getBias(), op.getFusedActivationFunctionAttr());
    return success();
  }
};

} // namespace

void populateFlattenPermutationPatterns(RewritePatternSet &patterns) {
  patterns.add<FoldFlattenPermutation>(patterns.getContext());
}

} // namespace t2t
