//===- LowerReduce.cpp - ONNX Reduce{Mean,Sum,Max,Min} -> tfl reductions --===//
//
// At opset 17, ReduceSum takes its axes as an input (a constant here) and the
// others as an attribute. Axes are made non-negative; an absent axes list
// means every axis, unless ReduceSum's noop_with_empty_axes is set (then the
// op is the identity; not lowered here).
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

/// Non-negative, sorted reduction axes; every axis when `axes` is empty.
std::optional<SmallVector<int64_t>> normalizeAxes(ArrayRef<int64_t> axes, int64_t rank) {
  SmallVector<int64_t> out;
  if (axes.empty())
    for (int64_t d = 0; d < rank; ++d)
      out.push_back(d);
  for (int64_t a : axes) {
    if (a < -rank || a >= rank)
      return std::nullopt;
    out.push_back(a < 0 ? a + rank : a);
  }
  llvm::sort(out);
  return out;
}

template <typename OnnxOp, typename TflOp>
LogicalResult lowerReduction(OnnxOp op, ArrayRef<int64_t> axes, PatternRewriter &rewriter) {
  auto type = dyn_cast<RankedTensorType>(op.getData().getType());
  if (!type || !isa<RankedTensorType>(op.getReduced().getType()))
    return rewriter.notifyMatchFailure(op, "needs ranked types");
  std::optional<SmallVector<int64_t>> normalized = normalizeAxes(axes, type.getRank());
  if (!normalized)
    return rewriter.notifyMatchFailure(op, "axis out of range");
  rewriter.replaceOpWithNewOp<TflOp>(op, op.getReduced().getType(), op.getData(),
                                     rewriter.getDenseI64ArrayAttr(*normalized),
                                     rewriter.getBoolAttr(op.getKeepdims() != 0));
  return success();
}

/// Reductions whose axes are an attribute (opset 17 ReduceMean/Max/Min).
template <typename OnnxOp, typename TflOp>
struct LowerReductionAttr : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    return lowerReduction<OnnxOp, TflOp>(op, op.getAxes().value_or(ArrayRef<int64_t>{}),
                                         rewriter);
  }
};

/// ReduceSum, whose axes are an optional constant input.
struct LowerReduceSum : OpRewritePattern<onnx::ReduceSumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ReduceSumOp op, PatternRewriter &rewriter) const override {
    SmallVector<int64_t> axes;
    if (!isa<NoneType>(op.getAxes().getType())) {
      DenseIntElementsAttr values;
      if (!matchPattern(op.getAxes(), m_Constant(&values)))
        return rewriter.notifyMatchFailure(op, "axes must be constant");
      for (const APInt &v : values.getValues<APInt>())
        axes.push_back(v.getSExtValue());
    }
    if (axes.empty() && op.getNoopWithEmptyAxes() != 0)
      return rewriter.notifyMatchFailure(op, "noop_with_empty_axes");
    return lowerReduction<onnx::ReduceSumOp, tfl::SumOp>(op, axes, rewriter);
  }
};

} // namespace

void populateReduceLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerReductionAttr<onnx::ReduceMeanOp, tfl::MeanOp>,
               LowerReductionAttr<onnx::ReduceMaxOp, tfl::ReduceMaxOp>,
               LowerReductionAttr<onnx::ReduceMinOp, tfl::ReduceMinOp>, LowerReduceSum>(
      patterns.getContext());
}

} // namespace t2t
