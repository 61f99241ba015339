//===- Losses.cpp - NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss ----===//
//
// NegativeLogLikelihoodLoss(input [N, C, d...], target [N, d...]) picks
// -input[n, target[n, d...], d...] with a one-hot mask over C (no gather, so
// an ignore_index outside [0, C) selects nothing instead of failing):
//   mask[n, c, d...] = target[n, d...] == c
//   loss = -sum_c(mask ? input : 0) * w,
//   w = sum_c(mask ? weight[c] : 0) * (target != ignore_index)   (1 when neither)
// reduced by none, sum(loss), or mean = sum(loss) / sum(w) (the count of
// targets without weights or ignore_index).
// SoftmaxCrossEntropyLoss is that loss of log_softmax over C:
//   log_prob = x - max_C(x) - log(sum_C(exp(x - max_C(x))))
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

/// The shapes a loss needs static: input [N, C, d...] float, target
/// [N, d...], weight (if any) [C]. Others are malformed (utils/fuzz found a
/// target of another batch size crashing the lowering).
LogicalResult checkLossTypes(PatternRewriter &rewriter, Operation *op, Value input, Value target,
                             Value weight) {
  auto in = dyn_cast<RankedTensorType>(input.getType());
  auto tgt = dyn_cast<RankedTensorType>(target.getType());
  if (!in || !tgt || !in.hasStaticShape() || !tgt.hasStaticShape() || in.getRank() < 2 ||
      !isa<FloatType>(in.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs static float input [N, C, ...] and target");
  SmallVector<int64_t> expected(in.getShape());
  expected.erase(expected.begin() + 1);
  if (tgt.getShape() != ArrayRef<int64_t>(expected))
    return rewriter.notifyMatchFailure(op, "target is not [N, d...] of input [N, C, d...]");
  auto w = isAbsent(weight) ? RankedTensorType() : dyn_cast<RankedTensorType>(weight.getType());
  if (!isAbsent(weight) && (!w || w.getShape() != ArrayRef<int64_t>{in.getDimSize(1)}))
    return rewriter.notifyMatchFailure(op, "weight is not [C]");
  return success();
}

/// The NLL loss of log-probabilities `input` (see the file comment).
FailureOr<Value> negativeLogLikelihood(TFLBuilder &math, Value input, Value target, Value weight,
                                       std::optional<int64_t> ignoreIndex, StringRef reduction) {
  auto in = cast<RankedTensorType>(input.getType());
  auto tgt = cast<RankedTensorType>(target.getType());
  int64_t rank = in.getRank(), classes = in.getDimSize(1);
  SmallVector<int64_t> keptShape(tgt.getShape());
  keptShape.insert(keptShape.begin() + 1, 1);
  Value column = math.reshape(target, keptShape);
  Value mask = math.equal(column, math.iota(tgt.getElementType(), classes, rank, 1));
  Value zero = math.scalarLike(input, 0.0);
  auto pickedAt = [&](Value values) {
    return math.reshape(math.sumKeepDims(math.select(mask, values, zero), {1}), tgt.getShape());
  };
  Value loss = math.sub(zero, pickedAt(input));

  Value w;
  if (weight) {
    SmallVector<int64_t> perClass(rank, 1);
    perClass[1] = classes;
    w = pickedAt(math.reshape(weight, perClass));
  }
  if (ignoreIndex) {
    Value kept = math.castTo(math.notEqual(target, *ignoreIndex), in.getElementType());
    w = w ? math.mul(w, kept) : kept;
  }
  if (w)
    loss = math.mul(loss, w);

  if (reduction == "none")
    return loss;
  Value total = math.sumAll(loss);
  if (reduction == "sum")
    return total;
  if (reduction != "mean")
    return failure();
  Value count = w ? math.sumAll(w) : math.scalarLike(input, tgt.getNumElements());
  return math.div(total, count);
}

struct LowerNegativeLogLikelihoodLoss : OpRewritePattern<onnx::NegativeLogLikelihoodLossOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::NegativeLogLikelihoodLossOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(checkLossTypes(rewriter, op, op.getInput(), op.getTarget(), op.getWeight())))
      return failure();
    TFLBuilder math(rewriter, op.getLoc());
    FailureOr<Value> loss = negativeLogLikelihood(
        math, op.getInput(), op.getTarget(), isAbsent(op.getWeight()) ? Value() : op.getWeight(),
        op.getIgnoreIndex(), op.getReduction());
    if (failed(loss))
      return rewriter.notifyMatchFailure(op, "unknown reduction");
    rewriter.replaceOp(op, *loss);
    return success();
  }
};

struct LowerSoftmaxCrossEntropyLoss : OpRewritePattern<onnx::SoftmaxCrossEntropyLossOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::SoftmaxCrossEntropyLossOp op,
                                PatternRewriter &rewriter) const override {
    if (failed(checkLossTypes(rewriter, op, op.getScores(), op.getLabels(), op.getWeights())))
      return failure();
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Value x = op.getScores();
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> keptShape(type.getShape());
    keptShape[1] = 1;
    Value max =
        tfl::ReduceMaxOp::create(rewriter, loc, type.clone(keptShape), x,
                                 rewriter.getDenseI64ArrayAttr({1}), rewriter.getBoolAttr(true));
    Value shifted = math.sub(x, max);
    Value logSum = tfl::LogOp::create(
        rewriter, loc, math.sumKeepDims(tfl::ExpOp::create(rewriter, loc, shifted), {1}));
    Value logProb = math.sub(shifted, logSum);
    FailureOr<Value> loss = negativeLogLikelihood(
        math, logProb, op.getLabels(), isAbsent(op.getWeights()) ? Value() : op.getWeights(),
        op.getIgnoreIndex(), op.getReduction());
    if (failed(loss))
      return rewriter.notifyMatchFailure(op, "unknown reduction");
    rewriter.replaceOp(op, {*loss, isAbsent(op.getLogProb()) ? op.getLogProb() : logProb});
    return success();
  }
};

} // namespace

void populateLossesLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerNegativeLogLikelihoodLoss, LowerSoftmaxCrossEntropyLoss>(patterns.getContext());
}

} // namespace t2t
