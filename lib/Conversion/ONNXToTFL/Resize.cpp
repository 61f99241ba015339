//===- Resize.cpp - ONNX Resize -> tfl resize ops on NHWC data ------------===//
//
// Only H and W may change. ONNX's coordinate modes map onto TensorFlow's two
// flags (x_in is the input coordinate of output pixel x, s = out / in):
//   linear, half_pixel:          x_in = (x + 0.5) / s - 0.5  -> half_pixel_centers
//   linear, pytorch_half_pixel:  the same when the output size is > 1
//   linear, align_corners:       x_in = x (in - 1) / (out - 1) -> align_corners
//   linear, asymmetric:          x_in = x / s                -> neither
//   nearest, asymmetric + floor: floor(x / s)                -> neither
//   nearest, tf_half_pixel_for_nn + floor                    -> half_pixel_centers
//   nearest, half_pixel + round_prefer_floor with an integer scale: this
//     rounds (x + 0.5) / s - 0.5 to floor(x / s), i.e. asymmetric + floor
//     (what ONNX's converter makes of Upsample).
// TensorFlow computes s from the sizes, ONNX from `scales` when given: the
// TensorFlow ops serve only when the two agree. (Scales known only at run
// time are assumed to be the ratio of the declared sizes.)
//
// Every other resize (other modes, cubic, scales that differ from the size
// ratio, any axis) is separable: along each resized axis, output o is a
// weighted sum of input taps whose indices and weights depend on o alone,
// computed here as ONNX's reference does (taps clamped to the edge):
//   nearest: 1 tap, x_in rounded by nearest_mode
//   linear:  taps floor(x_in) + {0, 1}, weights {1 - r, r}, r = x_in - floor(x_in)
//   cubic:   taps floor(x_in) + {-1, 0, 1, 2}, Keys weights of r with
//            cubic_coeff_a (exclude_outside: out-of-range taps get weight 0
//            and the others are renormalized)
// so the axis is resized by constant gathers and a weighted sum.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"

#include <cmath>

using namespace mlir;

namespace t2t {
namespace {

/// The scale of each axis: constant `scales` when given, else output / input
/// size (scales known only at run time are taken to be what the declared
/// output shape says they are; NaN where a size is dynamic).
std::optional<SmallVector<double>> resizeScales(onnx::ResizeOp op, RankedTensorType x,
                                                RankedTensorType y) {
  if (std::optional<SmallVector<double>> scales = constantFloats(op.getScales())) {
    if (static_cast<int64_t>(scales->size()) == x.getRank())
      return scales;
    if (!scales->empty())
      return std::nullopt;
  }
  SmallVector<double> scales;
  for (int64_t d = 0; d < x.getRank(); ++d)
    scales.push_back(x.isDynamicDim(d) || y.isDynamicDim(d)
                         ? std::nan("")
                         : static_cast<double>(y.getDimSize(d)) / x.getDimSize(d));
  return scales;
}

/// `sizes` given as a vector of 4 values computed at run time, and no scales.
bool isRunTimeSizes(onnx::ResizeOp op) {
  auto sizes = dyn_cast<RankedTensorType>(op.getSizes().getType());
  std::optional<SmallVector<double>> scales = constantFloats(op.getScales());
  bool noScales = isa<NoneType>(op.getScales().getType()) || (scales && scales->empty());
  return noScales && sizes && sizes.getRank() == 1 && sizes.getDimSize(0) == 4 &&
         isa<IntegerType>(sizes.getElementType()) && !matchPattern(op.getSizes(), m_Constant());
}

/// The input taps and weights of one output index along one axis.
struct Taps {
  SmallVector<int64_t> index;
  SmallVector<double> weight;
};

/// ONNX's input coordinate of output index `o` (in: input size, out: output
/// size, s: scale), or nullopt for a mode not handled.
std::optional<double> sourceCoordinate(StringRef mode, int64_t o, int64_t in, int64_t out,
                                       double s) {
  if (mode == "half_pixel")
    return (o + 0.5) / s - 0.5;
  if (mode == "pytorch_half_pixel")
    return out > 1 ? (o + 0.5) / s - 0.5 : 0.0;
  if (mode == "align_corners")
    return out == 1 ? 0.0 : static_cast<double>(o) * (in - 1) / (out - 1);
  if (mode == "asymmetric")
    return o / s;
  if (mode == "tf_half_pixel_for_nn")
    return (o + 0.5) / s;
  return std::nullopt;
}

/// Keys' cubic convolution weights of the taps at -1, 0, 1, 2 from floor(x).
std::array<double, 4> cubicWeights(double r, double a) {
  auto near = [&](double t) { return ((a + 2) * t - (a + 3)) * t * t + 1; };      // |t| <= 1
  auto far = [&](double t) { return ((a * t - 5 * a) * t + 8 * a) * t - 4 * a; }; // 1 < |t| < 2
  return {far(r + 1), near(r), near(1 - r), far(2 - r)};
}

std::optional<Taps> resizeTaps(onnx::ResizeOp op, int64_t o, int64_t in, int64_t out, double s) {
  std::optional<double> x = sourceCoordinate(op.getCoordinateTransformationMode(), o, in, out, s);
  if (!x)
    return std::nullopt;
  double lower = std::floor(*x), r = *x - lower;
  auto clamp = [&](int64_t i) { return std::clamp<int64_t>(i, 0, in - 1); };
  Taps taps;
  StringRef mode = op.getMode();
  if (mode == "nearest") {
    StringRef rounding = op.getNearestMode();
    bool up = rounding == "round_prefer_floor"  ? r > 0.5
              : rounding == "round_prefer_ceil" ? r >= 0.5
              : rounding == "ceil"              ? r > 0
                                                : false;
    taps.index = {clamp(static_cast<int64_t>(lower) + up)};
    taps.weight = {1.0};
    return taps;
  }
  int64_t base = static_cast<int64_t>(lower);
  if (mode == "linear") {
    taps.index = {clamp(base), clamp(base + 1)};
    taps.weight = {1 - r, r};
    return taps;
  }
  if (mode != "cubic")
    return std::nullopt;
  std::array<double, 4> w = cubicWeights(r, op.getCubicCoeffA());
  double total = 0;
  for (int k = 0; k < 4; ++k) {
    int64_t i = base - 1 + k;
    if (op.getExcludeOutside() && (i < 0 || i >= in))
      w[k] = 0;
    total += w[k];
    taps.index.push_back(clamp(i));
    taps.weight.push_back(w[k]);
  }
  for (double &weight : taps.weight)
    weight /= total;
  return taps;
}

/// Resizes `value` along `axis` to `out` elements by constant gathers and a
/// weighted sum of the taps.
FailureOr<Value> resizeAxis(PatternRewriter &rewriter, onnx::ResizeOp op, Value value, int64_t axis,
                            int64_t out, double scale) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t in = type.getDimSize(axis);
  SmallVector<Taps> taps;
  for (int64_t o = 0; o < out; ++o) {
    std::optional<Taps> t = resizeTaps(op, o, in, out, scale);
    if (!t)
      return failure();
    taps.push_back(std::move(*t));
  }
  Location loc = op.getLoc();
  TFLBuilder math(rewriter, loc);
  SmallVector<int64_t> shape(type.getShape());
  shape[axis] = out;
  SmallVector<int64_t> weightShape(type.getRank(), 1);
  weightShape[axis] = out;
  Value sum;
  for (size_t k = 0, e = taps.front().index.size(); k < e; ++k) {
    SmallVector<int32_t> indices;
    SmallVector<float> weights;
    for (const Taps &t : taps) {
      indices.push_back(static_cast<int32_t>(t.index[k]));
      weights.push_back(static_cast<float>(t.weight[k]));
    }
    Value index = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(RankedTensorType::get({out}, rewriter.getI32Type()),
                               ArrayRef(indices)));
    Value tap = tfl::GatherOp::create(rewriter, loc, type.clone(shape), value, index, axis);
    if (e == 1)
      return tap;
    Value weight = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(RankedTensorType::get(weightShape, type.getElementType()),
                               ArrayRef(weights)));
    Value term = math.mul(tap, weight);
    sum = sum ? math.add(sum, term) : term;
  }
  return sum;
}

/// Any resize ONNX's reference computes separably (see the file comment).
struct LowerResizeSeparable : OpRewritePattern<onnx::ResizeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ResizeOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || !isa<FloatType>(x.getElementType()) || x.getRank() != y.getRank())
      return rewriter.notifyMatchFailure(op, "needs a ranked float resize");
    std::optional<SmallVector<double>> scales = resizeScales(op, x, y);
    if (!scales)
      return rewriter.notifyMatchFailure(op, "needs constant scales");
    Value value = op.getX();
    for (int64_t d = 0; d < x.getRank(); ++d) {
      int64_t in = x.getDimSize(d), out = y.getDimSize(d);
      if (in == out && (*scales)[d] == 1.0)
        continue;
      if (ShapedType::isDynamic(in) || ShapedType::isDynamic(out) || in <= 0 || out <= 0)
        return rewriter.notifyMatchFailure(op, "resized dims must be static and non-empty");
      FailureOr<Value> resized = resizeAxis(rewriter, op, value, d, out, (*scales)[d]);
      if (failed(resized))
        return rewriter.notifyMatchFailure(op, "coordinate or nearest mode not handled");
      value = *resized;
    }
    rewriter.replaceOp(op, value);
    return success();
  }
};

struct LowerResize : OpRewritePattern<onnx::ResizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ResizeOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || y.getRank() != 4 || !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 4-D float resize");
    // H and W known only at run time come from `sizes` (their scale is the
    // size ratio, as TensorFlow computes it).
    bool runTimeSize = y.isDynamicDim(2) || y.isDynamicDim(3);
    if (x.getDimSize(1) != y.getDimSize(1) || ShapedType::isDynamic(x.getDimSize(1)) ||
        (!ShapedType::isDynamic(x.getDimSize(0)) && x.getDimSize(0) != y.getDimSize(0)))
      return rewriter.notifyMatchFailure(op, "only H and W may change");
    if (runTimeSize && !isRunTimeSizes(op))
      return rewriter.notifyMatchFailure(
          op, "an H or W known only at run time needs `sizes` (4 values) and no scales");

    StringRef mode = op.getMode(), ctm = op.getCoordinateTransformationMode(),
              nearest = op.getNearestMode();
    // pytorch_half_pixel differs from half_pixel only for 1-pixel outputs: a
    // run-time size is taken to be larger (what upsampling to another
    // tensor's size gives).
    bool integerScale = !runTimeSize,
         outputAboveOne = runTimeSize || (y.getDimSize(2) > 1 && y.getDimSize(3) > 1);
    for (int d = 2; d < 4 && integerScale; ++d)
      integerScale &= !ShapedType::isDynamic(x.getDimSize(d)) && x.getDimSize(d) > 0 &&
                      y.getDimSize(d) % x.getDimSize(d) == 0;
    std::optional<std::pair<bool, bool>> flags; // align_corners, half_pixel_centers
    if (mode == "linear") {
      if (ctm == "half_pixel" || (ctm == "pytorch_half_pixel" && outputAboveOne))
        flags = {false, true};
      else if (ctm == "align_corners")
        flags = {true, false};
      else if (ctm == "asymmetric")
        flags = {false, false};
    } else if (mode == "nearest") {
      if ((ctm == "asymmetric" && nearest == "floor") ||
          (ctm == "half_pixel" && nearest == "round_prefer_floor" && integerScale))
        flags = {false, false};
      else if (ctm == "tf_half_pixel_for_nn" && nearest == "floor")
        flags = {false, true};
    }
    if (!flags)
      return rewriter.notifyMatchFailure(op, "mode has no TensorFlow equivalent");
    std::optional<SmallVector<double>> scales = resizeScales(op, x, y);
    for (int d = 2; d < 4 && scales && !runTimeSize; ++d)
      if ((*scales)[d] != static_cast<double>(y.getDimSize(d)) / x.getDimSize(d))
        scales.reset();
    if (!scales)
      return rewriter.notifyMatchFailure(op, "scales differ from the size ratio");

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    // sizes[2:4] ([H, W] of NCHW) as TensorFlow's int32 size.
    Value size;
    if (runTimeSize) {
      auto sizes = cast<RankedTensorType>(op.getSizes().getType());
      Value hw = tfl::SliceOp::create(rewriter, loc, sizes.clone({2}), op.getSizes(),
                                      rewriter.getDenseI64ArrayAttr({2}),
                                      rewriter.getDenseI64ArrayAttr({2}));
      size = tfl::CastOp::create(rewriter, loc, sizes.clone({2}, rewriter.getI32Type()), hw);
    }
    BoolAttr align = rewriter.getBoolAttr(flags->first),
             halfPixel = rewriter.getBoolAttr(flags->second);
    Value resized = mode == "linear"
                        ? Value(tfl::ResizeBilinearOp::create(rewriter, loc, permuted(y, kToNHWC),
                                                              input, size, align, halfPixel))
                        : Value(tfl::ResizeNearestNeighborOp::create(
                              rewriter, loc, permuted(y, kToNHWC), input, size, align, halfPixel));
    rewriter.replaceOp(op, transposed(rewriter, loc, resized, kToNCHW));
    return success();
  }
};

} // namespace

void populateResizeLoweringPatterns(RewritePatternSet &patterns) {
  // The TensorFlow resize ops first; the separable form where they do not fit.
  patterns.add<LowerResize>(patterns.getContext(), /*benefit=*/2);
  patterns.add<LowerResizeSeparable>(patterns.getContext());
}

} // namespace t2t
