//===- LowerNormalization.cpp - normalizations -> tfl arithmetic ----------===//
//
// BatchNormalization: in inference mode, with constant statistics and parameters,
//   y = (x - mean) / sqrt(var + eps) * scale + B = x * s + t
//   s = scale / sqrt(var + eps),  t = B - mean * s
// computed once here in double precision. s and t are [1, C, 1, 1] so that
// they broadcast over NCHW and permute with the data when transposes move.
// Statistics known only at run time get the same formula in the graph.
//
// Layer, instance and mean-variance normalization standardize over a set of
// axes A (kept as size-1 dims so that the statistics broadcast back):
//   mean = mean_A(x),  d = x - mean,  var = mean_A(d * d)
//   LayerNormalization (A = axis..rank-1):  y = d * rsqrt(var + eps) * Scale + B
//     (also returning mean and rsqrt(var + eps) when asked)
//   InstanceNormalization (A = 2..rank-1):  y = d * rsqrt(var + eps) * scale[c] + B[c]
//   MeanVarianceNormalization (A = axes):   y = d / (sqrt(var) + 1e-9)
// (1e-9 is the epsilon of ONNX's function body for MVN).
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "t2t/Support/Layout.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>

using namespace mlir;

namespace t2t {
namespace {

/// The float values of a constant 1-D operand of length `n`.
std::optional<SmallVector<double>> constantVector(Value value, int64_t n) {
  std::optional<SmallVector<double>> values = constantFloats(value);
  if (!values || static_cast<int64_t>(values->size()) != n)
    return std::nullopt;
  return values;
}

/// rsqrt(variance + epsilon): the inverse standard deviation.
Value inverseStdDev(TFLBuilder &math, Value variance, double epsilon) {
  return tfl::RsqrtOp::create(math.builder(), math.location(), math.add(variance, epsilon));
}

/// A [C] per-channel parameter of an [N, C, D1, ...] input as [C, 1, ..., 1],
/// which broadcasts over N, C, D1, ...
Value perChannel(TFLBuilder &math, Value parameter, RankedTensorType x) {
  SmallVector<int64_t> shape(x.getRank() - 1, 1);
  shape[0] = x.getDimSize(1);
  return math.reshape(parameter, shape);
}

struct LowerBatchNormalization : OpRewritePattern<onnx::BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    if (!x || x.getRank() < 2 || ShapedType::isDynamic(x.getDimSize(1)) || !x.getElementType().isF32())
      return rewriter.notifyMatchFailure(op, "needs f32 input with static channels");
    if (op.getTrainingMode() != 0 || !isa<NoneType>(op.getRunningMean().getType()) ||
        !isa<NoneType>(op.getRunningVar().getType()))
      return rewriter.notifyMatchFailure(op, "training mode is not supported");
    int64_t c = x.getDimSize(1);
    auto scale = constantVector(op.getScale(), c), bias = constantVector(op.getB(), c);
    auto mean = constantVector(op.getInputMean(), c), var = constantVector(op.getInputVar(), c);
    if (!scale || !bias || !mean || !var)
      return lowerRuntimeStatistics(op, x, rewriter);

    SmallVector<float> s(c), t(c);
    for (int64_t i = 0; i < c; ++i) {
      double si = (*scale)[i] / std::sqrt((*var)[i] + op.getEpsilon());
      s[i] = static_cast<float>(si);
      t[i] = static_cast<float>((*bias)[i] - (*mean)[i] * si);
    }
    SmallVector<int64_t> shape(x.getRank(), 1);
    shape[1] = c;
    auto constType = RankedTensorType::get(shape, x.getElementType());
    Location loc = op.getLoc();
    Value sConst = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(constType, ArrayRef(s)));
    Value tConst = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(constType, ArrayRef(t)));
    StringAttr none = rewriter.getStringAttr("NONE");
    Value scaled = tfl::MulOp::create(rewriter, loc, op.getY().getType(), op.getX(), sConst, none);
    Value shifted = tfl::AddOp::create(rewriter, loc, op.getY().getType(), scaled, tConst, none);
    rewriter.replaceOp(op, {shifted, op.getRunningMean(), op.getRunningVar()});
    return success();
  }

  /// Statistics known only at run time: the same formula computed in the
  /// graph, each [C] parameter reshaped to [C, 1, ..., 1].
  static LogicalResult lowerRuntimeStatistics(onnx::BatchNormalizationOp op, RankedTensorType x,
                                              PatternRewriter &rewriter) {
    TFLBuilder math(rewriter, op.getLoc());
    auto channelwise = [&](Value v) { return perChannel(math, v, x); };
    Value inv = inverseStdDev(math, channelwise(op.getInputVar()), op.getEpsilon());
    Value s = math.mul(channelwise(op.getScale()), inv);
    Value centered = math.sub(op.getX(), channelwise(op.getInputMean()));
    Value scaled = math.mul(centered, s);
    Value y = math.add(scaled, channelwise(op.getB()));
    rewriter.replaceOp(op, {y, op.getRunningMean(), op.getRunningVar()});
    return success();
  }
};

/// LRN over channels [c - floor((size-1)/2), c + ceil((size-1)/2)] with
///   y = x / (bias + alpha / size * sum x^2)^beta
/// is TensorFlow's LRN (NHWC) with depth_radius (size-1)/2 and alpha/size,
/// for odd sizes (TensorFlow's window is symmetric).
struct LowerLRN : OpRewritePattern<onnx::LRNOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::LRNOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    int64_t size = op.getSize();
    if (!x || x.getRank() != 4 || !isa<FloatType>(x.getElementType()) || size % 2 == 0)
      return rewriter.notifyMatchFailure(op, "needs a 4-D float input and an odd size");
    Location loc = op.getLoc();
    Value nhwc = transposed(rewriter, loc, op.getX(), kToNHWC);
    Value lrn = tfl::LocalResponseNormalizationOp::create(
        rewriter, loc, nhwc, rewriter.getI64IntegerAttr((size - 1) / 2),
        rewriter.getF32FloatAttr(op.getBias()),
        rewriter.getF32FloatAttr(op.getAlpha() / size), rewriter.getF32FloatAttr(op.getBeta()));
    rewriter.replaceOp(op, transposed(rewriter, loc, lrn, kToNCHW));
    return success();
  }
};

/// Standardized x over `axes` and the statistics it used.
struct Standardized {
  Value centered, mean, variance;
};
Standardized standardize(TFLBuilder &math, Value x, ArrayRef<int64_t> axes) {
  Value mean = math.meanKeepDims(x, axes);
  Value centered = math.sub(x, mean);
  return {centered, mean, math.meanKeepDims(math.mul(centered, centered), axes)};
}

SmallVector<int64_t> axesFrom(int64_t first, int64_t rank) {
  return llvm::to_vector(llvm::seq<int64_t>(first, rank));
}

bool isFloatRanked(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  return ranked && isa<FloatType>(ranked.getElementType());
}

/// Whether `parameter` (absent counts) broadcasts to `x`'s shape without
/// growing it: a malformed scale or bias (utils/fuzz) is not lowered.
bool broadcastsTo(Value parameter, RankedTensorType x) {
  if (isAbsent(parameter))
    return true;
  auto p = dyn_cast<RankedTensorType>(parameter.getType());
  SmallVector<int64_t> shape;
  return p && OpTrait::util::getBroadcastedShape(x.getShape(), p.getShape(), shape) &&
         ArrayRef<int64_t>(shape) == x.getShape();
}

struct LowerLayerNormalization : OpRewritePattern<onnx::LayerNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::LayerNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    if (!isFloatRanked(op.getX().getType()) || !isFloatRanked(op.getY().getType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input");
    auto xType = cast<RankedTensorType>(op.getX().getType());
    if (!broadcastsTo(op.getScale(), xType) || !broadcastsTo(op.getB(), xType))
      return rewriter.notifyMatchFailure(op, "scale or bias does not broadcast to the input");
    int64_t rank = xType.getRank();
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), rank);
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    TFLBuilder math(rewriter, op.getLoc());
    Standardized s = standardize(math, op.getX(), axesFrom(*axis, rank));
    Value invStdDev = inverseStdDev(math, s.variance, op.getEpsilon());
    Value y = math.mul(math.mul(s.centered, invStdDev), op.getScale());
    if (!isAbsent(op.getB()))
      y = math.add(y, op.getB());
    rewriter.replaceOp(op, {y, isAbsent(op.getMean()) ? op.getMean() : s.mean,
                            isAbsent(op.getInvStdDev()) ? op.getInvStdDev() : invStdDev});
    return success();
  }
};

struct LowerInstanceNormalization : OpRewritePattern<onnx::InstanceNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::InstanceNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getInput().getType());
    if (!isFloatRanked(x) || x.getRank() < 3 || ShapedType::isDynamic(x.getDimSize(1)))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input with static channels");
    auto channels = [&](Value v) {
      auto t = dyn_cast<RankedTensorType>(v.getType());
      return t && t.getShape() == ArrayRef<int64_t>{x.getDimSize(1)};
    };
    if (!channels(op.getScale()) || !channels(op.getB()))
      return rewriter.notifyMatchFailure(op, "scale and bias must be [C]");
    TFLBuilder math(rewriter, op.getLoc());
    Standardized s = standardize(math, op.getInput(), axesFrom(2, x.getRank()));
    Value invStdDev = inverseStdDev(math, s.variance, op.getEpsilon());
    Value normalized = math.mul(s.centered, invStdDev);
    Value y = math.mul(normalized, perChannel(math, op.getScale(), x));
    rewriter.replaceOp(op, math.add(y, perChannel(math, op.getB(), x)));
    return success();
  }
};

struct LowerMeanVarianceNormalization : OpRewritePattern<onnx::MeanVarianceNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::MeanVarianceNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    if (!isFloatRanked(x))
      return rewriter.notifyMatchFailure(op, "needs a ranked float input");
    SmallVector<int64_t> axes;
    for (int64_t a : op.getAxes()) {
      std::optional<int64_t> axis = normalizeAxis(a, x.getRank());
      if (!axis)
        return rewriter.notifyMatchFailure(op, "axis out of range");
      axes.push_back(*axis);
    }
    llvm::sort(axes);
    TFLBuilder math(rewriter, op.getLoc());
    Standardized s = standardize(math, op.getX(), axes);
    Value std = tfl::SqrtOp::create(rewriter, op.getLoc(), s.variance);
    rewriter.replaceOp(op, math.div(s.centered, math.add(std, 1e-9)));
    return success();
  }
};

} // namespace

void populateNormalizationLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerBatchNormalization, LowerLRN, LowerLayerNormalization,
               LowerInstanceNormalization, LowerMeanVarianceNormalization>(
      patterns.getContext());
}

} // namespace t2t
