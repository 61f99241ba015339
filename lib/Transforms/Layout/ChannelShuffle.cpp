//===- ChannelShuffle.cpp - ShuffleNet's channel shuffle in NHWC ----------===//
//
// ShuffleNet's channel shuffle permutes the channels of an NCHW tensor by
//   reshape [N, C, H, W] -> [N, g, C/g, H, W], transpose(0, 2, 1, 3, 4),
//   reshape back to [N, C, H, W].
// On NHWC data each step needs the tensor in NCHW order: three transposes
// per shuffle. The three ops only reorder the channel axis: output channel
// i * g + j is input channel j * (C/g) + i. As a gather along that axis with
// constant indices, the shuffle moves through the layout like any
// axis-taking op (SinkTransposeThroughGather) and no layout transpose is
// left.
//
// Generally: reshape(transpose(reshape(a), p), type(a)) where the first
// reshape splits one axis k of `a` in two and p swaps the two halves.
//
// Once the layout is settled, a shuffle of the innermost (NHWC channel)
// axis is written back (pass channel-shuffle-as-transpose) as one transpose
// of a 5-D view,
//   reshape [N, H, W, C] -> [N, H, W, g, C/g], transpose(0, 1, 2, 4, 3),
//   reshape back:
// TensorFlow.js's WASM backend gathers along the innermost axis 8 to 15
// times slower than it transposes that view (bench: ShuffleNet V2 ran at
// half the speed of its naive conversion with gathers).
//
//===----------------------------------------------------------------------===//

#include "t2t/Support/Layout.h"
#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

using namespace mlir;

namespace t2t {

#define GEN_PASS_DEF_CHANNELSHUFFLEASTRANSPOSE
#include "dialects/transforms/Passes.h.inc"

namespace {

struct ChannelShuffleToGather : OpRewritePattern<tfl::ReshapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::ReshapeOp op, PatternRewriter &rewriter) const override {
    auto swap = op.getInput().getDefiningOp<tfl::TransposeOp>();
    auto split = swap ? swap.getInput().getDefiningOp<tfl::ReshapeOp>() : nullptr;
    if (!split)
      return rewriter.notifyMatchFailure(op, "needs reshape(transpose(reshape(a)))");
    Value input = split.getInput();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto splitType = dyn_cast<RankedTensorType>(split.getType());
    if (!inputType || !splitType || op.getType() != inputType ||
        splitType.getRank() != inputType.getRank() + 1)
      return rewriter.notifyMatchFailure(op, "needs a reshape back to the input's type");

    // The axis k that `split` divides into [groups, perGroup].
    ArrayRef<int64_t> in = inputType.getShape(), out = splitType.getShape();
    int64_t k = 0;
    while (k < inputType.getRank() && in[k] == out[k])
      ++k;
    if (k == inputType.getRank() || ShapedType::isDynamic(in[k]) || ShapedType::isDynamic(out[k]) ||
        ShapedType::isDynamic(out[k + 1]) || out[k] * out[k + 1] != in[k] ||
        in.drop_front(k + 1) != out.drop_front(k + 2))
      return rewriter.notifyMatchFailure(op, "the first reshape must split one static axis");
    SmallVector<int64_t> swapped = llvm::to_vector(llvm::seq<int64_t>(0, splitType.getRank()));
    std::swap(swapped[k], swapped[k + 1]);
    if (swap.getPerm() != ArrayRef<int64_t>(swapped))
      return rewriter.notifyMatchFailure(op, "the transpose must swap the two halves");

    int64_t groups = out[k], perGroup = out[k + 1];
    SmallVector<int32_t> indices;
    for (int64_t i = 0; i < perGroup; ++i)
      for (int64_t j = 0; j < groups; ++j)
        indices.push_back(static_cast<int32_t>(j * perGroup + i));
    auto indicesType = RankedTensorType::get({in[k]}, rewriter.getI32Type());
    Value table = tfl::ConstOp::create(rewriter, op.getLoc(),
                                       DenseElementsAttr::get(indicesType, ArrayRef(indices)));
    rewriter.replaceOpWithNewOp<tfl::GatherOp>(op, inputType, input, table,
                                               rewriter.getI64IntegerAttr(k));
    return success();
  }
};

/// gather(x, shuffle indices, innermost axis) -> reshape(transpose(reshape))
/// of the [..., g, C/g] view (see the file comment).
struct ChannelShuffleAsTranspose : OpRewritePattern<tfl::GatherOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::GatherOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getParams().getType());
    DenseIntElementsAttr indices;
    if (!type || type != op.getType() || static_cast<int64_t>(op.getAxis()) != type.getRank() - 1 ||
        !matchPattern(op.getIndices(), m_Constant(&indices)) || indices.getType().getRank() != 1)
      return rewriter.notifyMatchFailure(op, "needs a 1-D constant gather of the innermost axis");
    int64_t channels = type.getShape().back();
    if (ShapedType::isDynamic(channels) || indices.getNumElements() != channels ||
        llvm::count_if(type.getShape(), ShapedType::isDynamic) > 1)
      return rewriter.notifyMatchFailure(op, "needs static channels and at most one dynamic dim");
    // Output i * groups + j <- input j * perGroup + i: output 1 names perGroup.
    SmallVector<int64_t> index = llvm::map_to_vector(
        indices.getValues<APInt>(), [](const APInt &v) { return v.getSExtValue(); });
    int64_t perGroup = channels > 1 ? index[1] : 0;
    if (perGroup <= 1 || perGroup >= channels || channels % perGroup)
      return rewriter.notifyMatchFailure(op, "not a channel shuffle");
    int64_t groups = channels / perGroup;
    for (int64_t i = 0; i < perGroup; ++i)
      for (int64_t j = 0; j < groups; ++j)
        if (index[i * groups + j] != j * perGroup + i)
          return rewriter.notifyMatchFailure(op, "not a channel shuffle");

    Location loc = op.getLoc();
    SmallVector<int64_t> view(type.getShape().drop_back());
    view.append({groups, perGroup});
    Value split = tfl::ReshapeOp::create(rewriter, loc, type.clone(view), op.getParams());
    SmallVector<int64_t> swap = llvm::to_vector(llvm::seq<int64_t>(0, view.size()));
    std::swap(swap[swap.size() - 2], swap.back());
    rewriter.replaceOpWithNewOp<tfl::ReshapeOp>(op, type, transposed(rewriter, loc, split, swap));
    return success();
  }
};

struct ChannelShuffleAsTransposePass
    : impl::ChannelShuffleAsTransposeBase<ChannelShuffleAsTransposePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<ChannelShuffleAsTranspose>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void populateChannelShufflePatterns(RewritePatternSet &patterns) {
  patterns.add<ChannelShuffleToGather>(patterns.getContext());
}

} // namespace t2t
