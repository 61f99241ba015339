//===- LowerReduce.cpp - ONNX reductions, ArgMax/ArgMin, CumSum -> tfl ----===//
//
// At opset 17, ReduceSum takes its axes as an input (a constant here) and the
// others as an attribute. Axes are made non-negative; an absent axes list
// means every axis, unless ReduceSum's noop_with_empty_axes is set (then the
// op is the identity). ReduceSum's axes known only at run time go to
// TensorFlow's Sum as a tensor. The L1, L2, SumSquare, LogSum and
// LogSumExp reductions are sums between elementwise ops:
//   L1 = sum|x|, L2 = sqrt(sum x^2), SumSquare = sum x^2,
//   LogSum = log(sum x), LogSumExp = log(sum e^x).
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

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

/// What a composite reduction applies before and after summing.
enum class Pre { None, Abs, Square, Exp };
enum class Post { None, Sqrt, Log };

Value applyPre(OpBuilder &b, Location loc, Pre pre, Value x) {
  switch (pre) {
  case Pre::None: return x;
  case Pre::Abs: return tfl::AbsOp::create(b, loc, x);
  case Pre::Square: return tfl::SquareOp::create(b, loc, x);
  case Pre::Exp: return tfl::ExpOp::create(b, loc, x);
  }
  llvm_unreachable("unknown Pre");
}

Value applyPost(OpBuilder &b, Location loc, Post post, Value x) {
  switch (post) {
  case Post::None: return x;
  case Post::Sqrt: return tfl::SqrtOp::create(b, loc, x);
  case Post::Log: return tfl::LogOp::create(b, loc, x);
  }
  llvm_unreachable("unknown Post");
}

/// post(TflOp(pre(data), axes)).
template <typename OnnxOp, typename TflOp>
LogicalResult lowerReduction(OnnxOp op, ArrayRef<int64_t> axes, PatternRewriter &rewriter,
                             Pre pre = Pre::None, Post post = Post::None) {
  auto type = dyn_cast<RankedTensorType>(op.getData().getType());
  if (!type || !isa<RankedTensorType>(op.getReduced().getType()))
    return rewriter.notifyMatchFailure(op, "needs ranked types");
  if ((pre != Pre::None || post != Post::None) && !isa<FloatType>(type.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs floats");
  std::optional<SmallVector<int64_t>> normalized = normalizeAxes(axes, type.getRank());
  if (!normalized)
    return rewriter.notifyMatchFailure(op, "axis out of range");
  Location loc = op.getLoc();
  Value reduced = TflOp::create(rewriter, loc, op.getReduced().getType(),
                                applyPre(rewriter, loc, pre, op.getData()),
                                rewriter.getDenseI64ArrayAttr(*normalized),
                                rewriter.getBoolAttr(op.getKeepdims() != 0));
  rewriter.replaceOp(op, applyPost(rewriter, loc, post, reduced));
  return success();
}

/// Reductions whose axes are an attribute (all but ReduceSum at opset 17).
template <typename OnnxOp, typename TflOp, Pre pre = Pre::None, Post post = Post::None>
struct LowerReductionAttr : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    return lowerReduction<OnnxOp, TflOp>(op, op.getAxes().value_or(ArrayRef<int64_t>{}),
                                         rewriter, pre, post);
  }
};

/// ArgMax/ArgMin: the first extreme index, with the axis kept as size 1 by a
/// reshape when keepdims. The last one (select_last_index) is the first one
/// of the data reversed along the axis (a gather), counted from the end:
///   n - 1 - arg(reverse(x)).
template <typename OnnxOp, typename TflOp>
struct LowerArgReduction : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    auto result = dyn_cast<RankedTensorType>(op.getReduced().getType());
    if (!type || !result)
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), type.getRank());
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    int64_t n = type.getDimSize(*axis);
    bool last = op.getSelectLastIndex() != 0;
    if (last && ShapedType::isDynamic(n))
      return rewriter.notifyMatchFailure(op, "select_last_index needs a static axis");
    Location loc = op.getLoc();
    Value data = op.getData();
    if (last) {
      SmallVector<int32_t> reversed;
      for (int64_t i = n - 1; i >= 0; --i)
        reversed.push_back(static_cast<int32_t>(i));
      Value indices = tfl::ConstOp::create(
          rewriter, loc,
          DenseElementsAttr::get(RankedTensorType::get({n}, rewriter.getI32Type()),
                                 ArrayRef(reversed)));
      data = tfl::GatherOp::create(rewriter, loc, type, data, indices, *axis);
    }
    SmallVector<int64_t> shape(type.getShape());
    shape.erase(shape.begin() + *axis);
    Value index = TflOp::create(rewriter, loc, result.clone(shape), data, *axis);
    if (last) {
      TFLBuilder math(rewriter, loc);
      Value lastIndex = math.scalarLike(index, n - 1);
      index = math.sub(lastIndex, index);
    }
    if (op.getKeepdims() != 0)
      index = tfl::ReshapeOp::create(rewriter, loc, result, index);
    rewriter.replaceOp(op, index);
    return success();
  }
};

struct LowerCumSum : OpRewritePattern<onnx::CumSumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::CumSumOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getX().getType());
    std::optional<SmallVector<int64_t>> axis = constantInts(op.getAxis());
    if (!type || !axis || axis->size() != 1)
      return rewriter.notifyMatchFailure(op, "needs a ranked input and a constant axis");
    std::optional<int64_t> d = normalizeAxis(axis->front(), type.getRank());
    if (!d)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    rewriter.replaceOpWithNewOp<tfl::CumsumOp>(op, type, op.getX(), *d, op.getExclusive() != 0,
                                               op.getReverse() != 0);
    return success();
  }
};

/// ReduceSum, whose axes are an optional constant input.
struct LowerReduceSum : OpRewritePattern<onnx::ReduceSumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ReduceSumOp op, PatternRewriter &rewriter) const override {
    SmallVector<int64_t> axes;
    auto axesType = dyn_cast<RankedTensorType>(op.getAxes().getType());
    bool knownEmpty = axesType && axesType.hasStaticShape() && axesType.getNumElements() == 0;
    if (!isAbsent(op.getAxes()) && !knownEmpty) {
      std::optional<SmallVector<int64_t>> values = constantInts(op.getAxes());
      if (!values)
        return lowerRuntimeAxes(op, rewriter);
      axes = *values;
    }
    if (axes.empty() && op.getNoopWithEmptyAxes() != 0) {
      if (op.getData().getType() != op.getReduced().getType())
        return rewriter.notifyMatchFailure(op, "noop_with_empty_axes changing the type");
      rewriter.replaceOp(op, op.getData());
      return success();
    }
    return lowerReduction<onnx::ReduceSumOp, tfl::SumOp>(op, axes, rewriter);
  }

  /// Axes known at run time: TensorFlow's Sum takes them as a tensor. An
  /// empty list sums nothing there, which is ONNX's meaning only with
  /// noop_with_empty_axes (or when the list cannot be empty).
  static LogicalResult lowerRuntimeAxes(onnx::ReduceSumOp op, PatternRewriter &rewriter) {
    auto axes = dyn_cast<RankedTensorType>(op.getAxes().getType());
    auto result = dyn_cast<RankedTensorType>(op.getReduced().getType());
    if (!axes || !result || axes.getRank() != 1 || !isa<IntegerType>(axes.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs ranked 1-D axes and result");
    bool nonEmpty = !axes.isDynamicDim(0) && axes.getDimSize(0) > 0;
    if (!nonEmpty && op.getNoopWithEmptyAxes() == 0)
      return rewriter.notifyMatchFailure(op, "run-time axes that may be empty");
    rewriter.replaceOpWithNewOp<tfl::SumByOperandOp>(op, result, op.getData(), op.getAxes(),
                                                     op.getKeepdims() != 0);
    return success();
  }
};

} // namespace

void populateReductionsLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerReductionAttr<onnx::ReduceMeanOp, tfl::MeanOp>,
               LowerReductionAttr<onnx::ReduceMaxOp, tfl::ReduceMaxOp>,
               LowerReductionAttr<onnx::ReduceMinOp, tfl::ReduceMinOp>,
               LowerReductionAttr<onnx::ReduceProdOp, tfl::ReduceProdOp>,
               LowerReductionAttr<onnx::ReduceL1Op, tfl::SumOp, Pre::Abs>,
               LowerReductionAttr<onnx::ReduceL2Op, tfl::SumOp, Pre::Square, Post::Sqrt>,
               LowerReductionAttr<onnx::ReduceSumSquareOp, tfl::SumOp, Pre::Square>,
               LowerReductionAttr<onnx::ReduceLogSumOp, tfl::SumOp, Pre::None, Post::Log>,
               LowerReductionAttr<onnx::ReduceLogSumExpOp, tfl::SumOp, Pre::Exp, Post::Log>,
               LowerArgReduction<onnx::ArgMaxOp, tfl::ArgMaxOp>,
               LowerArgReduction<onnx::ArgMinOp, tfl::ArgMinOp>, LowerReduceSum, LowerCumSum>(
      patterns.getContext());
}

} // namespace t2t
