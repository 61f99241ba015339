//===- LowerActivations.cpp - activations TensorFlow lacks -> tfl math ----===//
//
// Activations with no TensorFlow op (or whose TensorFlow op fixes constants
// ONNX lets vary) become the ops TensorFlow has, with scalar constants, which
// broadcast in any layout:
//   HardSigmoid(x)     = clip(alpha * x + beta, 0, 1) = relu6(6 alpha x + 6 beta) / 6
//   Elu(x)             = x > 0 ? x : alpha * (exp(x) - 1)      (alpha != 1)
//   Selu(x)            = gamma * Elu_alpha(x)                  (other than SELU's constants)
//   Celu(x)            = max(0, x) + min(0, alpha * (exp(x / alpha) - 1))
//   ThresholdedRelu(x) = x > alpha ? x : 0
//   Softsign(x)        = x / (1 + |x|)       (TensorFlow.js has no Softsign kernel)
//   Shrink(x)          = x < -lambd ? x + bias : x > lambd ? x - bias : 0
//   IsInf(x) of one sign = x == +inf, or x == -inf
//   Hardmax(x)         = (argmax_axis(x) == iota along the axis) as float
//                        (argmax takes the first of equal maxima, as Hardmax)
// (HardSwish, default Elu and Selu map to tfl ops in ONNXToTFL.td.)
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

bool isFloatTensor(Type type) {
  auto tensor = dyn_cast<TensorType>(type);
  return tensor && isa<FloatType>(tensor.getElementType());
}

/// alpha * (exp(x) - 1), the negative branch of the exponential units.
Value expm1Scaled(TFLBuilder &math, Value x, double alpha) {
  Value e = tfl::ExpOp::create(math.builder(), math.location(), x);
  return math.mul(math.sub(e, 1.0), alpha);
}

/// x > 0 ? x : alpha * (exp(x) - 1).
Value elu(TFLBuilder &math, Value x, double alpha) {
  Value positive = math.greater(x, 0.0);
  return math.select(positive, x, expm1Scaled(math, x, alpha));
}

/// A pattern for a float unary ONNX op whose decomposition `Fn` builds from
/// the op and its input.
template <typename OnnxOp, Value (*Fn)(TFLBuilder &, OnnxOp, Value)>
struct LowerUnaryFloat : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;
  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    Value x = op->getOperand(0);
    if (!isFloatTensor(x.getType()) || !isa<RankedTensorType>(op->getResult(0).getType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float tensor");
    TFLBuilder math(rewriter, op.getLoc());
    Value result = Fn(math, op, x);
    if (!result)
      return rewriter.notifyMatchFailure(op, "attributes have a direct tfl mapping");
    rewriter.replaceOp(op, result);
    return success();
  }
};

Value hardSigmoid(TFLBuilder &math, onnx::HardSigmoidOp op, Value x) {
  Value v = math.add(math.mul(x, 6.0 * op.getAlpha()), 6.0 * op.getBeta());
  v = tfl::Relu6Op::create(math.builder(), math.location(), v);
  return math.mul(v, 1.0 / 6.0);
}

Value eluAlpha(TFLBuilder &math, onnx::EluOp op, Value x) {
  return op.getAlpha() == 1.0f ? Value() : elu(math, x, op.getAlpha());
}

Value seluAlphaGamma(TFLBuilder &math, onnx::SeluOp op, Value x) {
  // ONNX's defaults are SELU's constants in float: tfl.selu (ONNXToTFL.td).
  if (op.getAlpha() == 1.67326319f && op.getGamma() == 1.05070102f)
    return Value();
  return math.mul(elu(math, x, op.getAlpha()), op.getGamma());
}

Value celu(TFLBuilder &math, onnx::CeluOp op, Value x) {
  double alpha = op.getAlpha();
  Value zero = math.scalarLike(x, 0.0);
  Value negative = expm1Scaled(math, math.mul(x, 1.0 / alpha), alpha);
  Value positivePart = math.maximum(x, zero);
  return math.add(positivePart, math.minimum(negative, zero));
}

Value thresholdedRelu(TFLBuilder &math, onnx::ThresholdedReluOp op, Value x) {
  Value above = math.greater(x, op.getAlpha());
  return math.select(above, x, math.scalarLike(x, 0.0));
}

Value softsign(TFLBuilder &math, onnx::SoftsignOp, Value x) {
  Value magnitude = tfl::AbsOp::create(math.builder(), math.location(), x);
  return math.div(x, math.add(magnitude, 1.0));
}

Value shrink(TFLBuilder &math, onnx::ShrinkOp op, Value x) {
  double lambd = op.getLambd(), bias = op.getBias();
  Value above = math.greater(x, lambd);
  Value shiftedDown = math.sub(x, bias);
  Value upper = math.select(above, shiftedDown, math.scalarLike(x, 0.0));
  Value below = math.less(x, -lambd);
  Value shiftedUp = math.add(x, bias);
  return math.select(below, shiftedUp, upper);
}

/// IsInf of one sign; both signs are tfl.is_inf (ONNXToTFL.td).
struct LowerSignedIsInf : OpRewritePattern<onnx::IsInfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::IsInfOp op, PatternRewriter &rewriter) const override {
    bool positive = op.getDetectPositive() != 0, negative = op.getDetectNegative() != 0;
    if (!isFloatTensor(op.getX().getType()) || positive == negative)
      return rewriter.notifyMatchFailure(op, "needs a float tensor and one sign");
    TFLBuilder math(rewriter, op.getLoc());
    double inf = std::numeric_limits<double>::infinity();
    rewriter.replaceOp(op, math.equal(op.getX(), positive ? inf : -inf));
    return success();
  }
};

struct LowerHardmax : OpRewritePattern<onnx::HardmaxOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::HardmaxOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    if (!type || !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked float tensor");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), type.getRank());
    if (!axis || ShapedType::isDynamic(type.getDimSize(*axis)))
      return rewriter.notifyMatchFailure(op, "needs a static axis in range");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    SmallVector<int64_t> reduced(type.getShape()), kept(type.getShape());
    reduced.erase(reduced.begin() + *axis);
    kept[*axis] = 1;
    Value index = tfl::ArgMaxOp::create(rewriter, loc, type.clone(reduced).clone(rewriter.getI32Type()),
                                        op.getInput(), *axis);
    index = tfl::ReshapeOp::create(rewriter, loc, type.clone(kept).clone(rewriter.getI32Type()), index);
    Value mask = math.equal(index, math.iota(rewriter.getI32Type(), type.getDimSize(*axis),
                                             type.getRank(), *axis));
    rewriter.replaceOp(op, math.castTo(mask, type.getElementType()));
    return success();
  }
};

} // namespace

void populateActivationLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerUnaryFloat<onnx::HardSigmoidOp, hardSigmoid>,
               LowerUnaryFloat<onnx::EluOp, eluAlpha>,
               LowerUnaryFloat<onnx::SeluOp, seluAlphaGamma>, LowerUnaryFloat<onnx::CeluOp, celu>,
               LowerUnaryFloat<onnx::ThresholdedReluOp, thresholdedRelu>,
               LowerUnaryFloat<onnx::SoftsignOp, softsign>,
               LowerUnaryFloat<onnx::ShrinkOp, shrink>, LowerSignedIsInf, LowerHardmax>(
      patterns.getContext());
}

} // namespace t2t
