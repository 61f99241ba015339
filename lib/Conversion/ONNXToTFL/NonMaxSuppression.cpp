//===- NonMaxSuppression.cpp - onnx NonMaxSuppression -> tfl --------------===//
//
// ONNX suppresses per batch b and class c at once, giving rows
// [b, c, box] (int64) for every box kept, b and c in order, each class's
// boxes by decreasing score; TensorFlow's NonMaxSuppressionV5 handles one
// set of boxes and scores. So per (b, c), unrolled (B and C static):
//   kept = NonMaxSuppressionV5(boxes[b], scores[b, c], max, iou, threshold, 0)
//   rows = concat([b, c] broadcast to [count(kept), 2], int64(kept)[:, None])
// and the rows of all pairs are concatenated. center_point_box = 1 boxes
// [xc, yc, w, h] become corners [yc - h/2, xc - w/2, yc + h/2, xc + w/2]
// first (ONNX's other format is TensorFlow's). Absent operands take ONNX's
// defaults: at most 0 boxes, IoU threshold 0, no score threshold.
// C++: the pattern unrolls over the batch and class counts.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <limits>

using namespace mlir;

namespace t2t {
namespace {

/// More (batch, class) pairs than this would unroll into a graph too large
/// to be what the model means.
constexpr int64_t kMaxUnrolledPairs = 4096;

struct LowerNonMaxSuppression : OpRewritePattern<onnx::NonMaxSuppressionOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::NonMaxSuppressionOp op,
                                PatternRewriter &rewriter) const override {
    auto boxes = dyn_cast<RankedTensorType>(op.getBoxes().getType());
    auto scores = dyn_cast<RankedTensorType>(op.getScores().getType());
    auto result = dyn_cast<RankedTensorType>(op.getSelectedIndices().getType());
    if (!boxes || !scores || !result || boxes.getRank() != 3 || scores.getRank() != 3 ||
        !boxes.getElementType().isF32() || !scores.getElementType().isF32() ||
        boxes.isDynamicDim(0) || scores.isDynamicDim(0) || scores.isDynamicDim(1) ||
        boxes.getDimSize(2) != 4)
      return rewriter.notifyMatchFailure(
          op, "needs float32 boxes [B, N, 4] and scores [B, C, N] of static B and C");
    int64_t batches = boxes.getDimSize(0), classes = scores.getDimSize(1);
    if (batches * classes > kMaxUnrolledPairs)
      return rewriter.notifyMatchFailure(op, "more than 4096 (batch, class) pairs to unroll");
    auto absentOrOne = [](Value v) { return isAbsent(v) || isOneElement(v); };
    if (!absentOrOne(op.getMaxOutputBoxesPerClass()) || !absentOrOne(op.getIouThreshold()) ||
        !absentOrOne(op.getScoreThreshold()))
      return rewriter.notifyMatchFailure(op, "needs one-element limits and thresholds");
    auto rows = RankedTensorType::get({ShapedType::kDynamic, 3}, rewriter.getI64Type());
    if (failed(verifyCompatibleShape(result, rows)) || !result.getElementType().isInteger(64))
      return rewriter.notifyMatchFailure(op, "needs an int64 [?, 3] result");

    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Type f32 = rewriter.getF32Type(), i32 = rewriter.getI32Type(), i64 = rewriter.getI64Type();
    auto scalarOr = [&](Value v, Type element, double fallback) -> Value {
      if (isAbsent(v))
        return math.scalar(element, fallback);
      Value scalar = math.reshape(v, {});
      return getElementTypeOrSelf(scalar.getType()) == element ? scalar : math.castTo(scalar, element);
    };
    Value maxOutput = scalarOr(op.getMaxOutputBoxesPerClass(), i32, 0);
    Value iou = scalarOr(op.getIouThreshold(), f32, 0);
    Value threshold = scalarOr(op.getScoreThreshold(), f32, -std::numeric_limits<float>::infinity());
    Value sigma = math.scalar(f32, 0);

    Value corners = op.getBoxes();
    if (op.getCenterPointBox() != 0) {
      // Each of [xc, yc, w, h] as [B, N, 1].
      auto coordinate = [&](int64_t k) -> Value {
        return tfl::SliceOp::create(rewriter, loc, boxes.clone({batches, boxes.getDimSize(1), 1}),
                                    op.getBoxes(), rewriter.getDenseI64ArrayAttr({0, 0, k}),
                                    rewriter.getDenseI64ArrayAttr({-1, -1, 1}));
      };
      Value xc = coordinate(0), yc = coordinate(1);
      Value halfW = math.mul(coordinate(2), 0.5), halfH = math.mul(coordinate(3), 0.5);
      SmallVector<Value> ordered = {math.sub(yc, halfH), math.sub(xc, halfW), math.add(yc, halfH),
                                    math.add(xc, halfW)};
      corners = tfl::ConcatenationOp::create(rewriter, loc, boxes, ordered, 2);
    }

    int64_t count = boxes.getDimSize(1);
    auto dynamic = ShapedType::kDynamic;
    SmallVector<Value> parts;
    for (int64_t b = 0; b < batches; ++b) {
      Value boxesOfBatch = math.reshape(
          tfl::SliceOp::create(rewriter, loc, boxes.clone({1, count, 4}), corners,
                               rewriter.getDenseI64ArrayAttr({b, 0, 0}),
                               rewriter.getDenseI64ArrayAttr({1, -1, 4})),
          {count, 4});
      for (int64_t c = 0; c < classes; ++c) {
        Value scoresOfClass = math.reshape(
            tfl::SliceOp::create(rewriter, loc, scores.clone({1, 1, count}), op.getScores(),
                                 rewriter.getDenseI64ArrayAttr({b, c, 0}),
                                 rewriter.getDenseI64ArrayAttr({1, 1, -1})),
            {count});
        auto nms = tfl::NonMaxSuppressionV5Op::create(
            rewriter, loc, RankedTensorType::get({dynamic}, i32), RankedTensorType::get({dynamic}, f32),
            RankedTensorType::get({}, i32), boxesOfBatch, scoresOfClass, maxOutput, iou, threshold,
            sigma);
        Value kept = math.reshape(math.castTo(nms.getSelectedIndices(), i64), {dynamic, 1});
        Value keptCount = tfl::ShapeOp::create(rewriter, loc, RankedTensorType::get({1}, i64),
                                               nms.getSelectedIndices());
        Value two = tfl::ConstOp::create(
            rewriter, loc, DenseElementsAttr::get(RankedTensorType::get({1}, i64), int64_t(2)));
        Value dims = tfl::ConcatenationOp::create(rewriter, loc, RankedTensorType::get({2}, i64),
                                                  ValueRange{keptCount, two}, 0);
        Value pair = tfl::ConstOp::create(
            rewriter, loc,
            DenseElementsAttr::get(RankedTensorType::get({1, 2}, i64), ArrayRef<int64_t>{b, c}));
        Value prefix = tfl::BroadcastToDimsOp::create(
            rewriter, loc, RankedTensorType::get({dynamic, 2}, i64), pair, dims);
        parts.push_back(tfl::ConcatenationOp::create(
            rewriter, loc, rows, ValueRange{prefix, kept}, 1));
      }
    }
    Value selected = parts.size() == 1
                         ? parts.front()
                         : tfl::ConcatenationOp::create(rewriter, loc, rows, parts, 0).getResult();
    // A model may declare the count it expects.
    if (selected.getType() != result)
      selected = math.reshape(selected, result.getShape());
    rewriter.replaceOp(op, selected);
    return success();
  }
};

} // namespace

void populateNonMaxSuppressionLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerNonMaxSuppression>(patterns.getContext());
}

} // namespace t2t
