//===- Signal.cpp - onnx window functions and DFT -> tfl ------------------===//
//
// The window patterns are declarative (dialects/conversion/ONNXToTFL/
// Signal.td), their arithmetic is here. DFT of a static length N is two
// matmuls with constant bases (C++: the bases are computed here):
//   X[k] = sum_n x[n] e^(-2 pi i k n / N), k < K (N, or N / 2 + 1 onesided)
//   re = xr C + xi S, im = xi C - xr S   with C[n, k] = cos(2 pi k n / N),
//                                             S[n, k] = sin(2 pi k n / N)
//   inverse: re = (xr C - xi S) / N, im = (xr S + xi C) / N
// on the signal axis moved next to the last (the real / imaginary) one.
// STFT frames the signal by a gather (frame f, sample j at f * step + j,
// the step known at run time), weights each frame by the window and takes
// the DFT of the frames (an onnx.DFT, lowered as above). A frame length known
// only at run time (frame_length fed as an input) makes N a run-time value:
// the bases are then computed by the graph from range(N), with (k n) mod N
// taken in integers so the float angle stays below 2 pi.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "PatternHelpers.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

namespace t2t::lowering {

using namespace mlir;

bool isWindow(Value size, Value y) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  return isOneElement(size) && isa<IntegerType>(getElementTypeOrSelf(size.getType())) && type &&
         type.getRank() == 1 && isa<FloatType>(type.getElementType());
}

Value cosineWindow(OpBuilder &builder, Location loc, Value size, Attribute periodic, Value y,
                   double a0, double a1, double a2) {
  TFLBuilder math(builder, loc);
  Type f32 = builder.getF32Type();
  Value length = math.castTo(math.reshape(size, {}), f32);
  auto vector = RankedTensorType::get({ShapedType::kDynamic}, f32);
  Value n = tfl::RangeOp::create(builder, loc, vector, math.scalar(f32, 0), length,
                                 math.scalar(f32, 1));
  Value period = intValue(periodic) != 0 ? length : math.sub(length, 1.0);
  // 2 pi n / N, then a0 - a1 cos(x) + a2 cos(2x).
  Value x = math.div(math.mul(n, 2 * M_PI), period);
  Value window = math.sub(math.scalar(f32, a0), math.mul(tfl::CosOp::create(builder, loc, x), a1));
  if (a2 != 0)
    window = math.add(window, math.mul(tfl::CosOp::create(builder, loc, math.mul(x, 2.0)), a2));
  auto type = cast<RankedTensorType>(y.getType());
  if (!type.getElementType().isF32())
    window = math.castTo(window, type.getElementType());
  if (window.getType() != type)
    window = math.reshape(window, type.getShape());
  return window;
}

static bool isOneFloat(Value v) {
  return isOneElement(v) && isa<FloatType>(getElementTypeOrSelf(v.getType()));
}

bool isMelWeightMatrix(Value bins, Value dftLength, Value sampleRate, Value lowerHertz) {
  auto isOneInt = [](Value v) {
    return isOneElement(v) && isa<IntegerType>(getElementTypeOrSelf(v.getType()));
  };
  return isOneInt(bins) && isOneInt(dftLength) && isOneInt(sampleRate) && isOneFloat(lowerHertz);
}

bool isMelWeightResult(Value upperHertz, Value y) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  return isOneFloat(upperHertz) && type && type.getRank() == 2;
}

Value melWeightMatrix(OpBuilder &builder, Location loc, Value bins, Value dftLength, Value sampleRate,
                      Value lowerHertz, Value upperHertz, Value y) {
  TFLBuilder math(builder, loc);
  Type f32 = builder.getF32Type(), i32 = builder.getI32Type();
  auto scalarOf = [&](Value v, Type element) {
    Value scalar = math.reshape(v, {});
    return getElementTypeOrSelf(scalar.getType()) == element ? scalar : math.castTo(scalar, element);
  };
  auto vector = [](Type element) { return RankedTensorType::get({ShapedType::kDynamic}, element); };
  auto log = [&](Value x) { return tfl::LogOp::create(builder, loc, x); };
  auto exp = [&](Value x) { return tfl::ExpOp::create(builder, loc, x); };
  // mel(f) = 2595 log10(1 + f / 700); its inverse 700 (10^(m / 2595) - 1).
  const double melPerLn = 2595.0 / std::log(10.0);
  auto mel = [&](Value hertz) { return math.mul(log(math.add(math.div(hertz, 700.0), 1.0)), melPerLn); };
  Value count = scalarOf(bins, i32);
  Value lowMel = mel(scalarOf(lowerHertz, f32));
  Value highMel = mel(scalarOf(upperHertz, f32));
  // M + 2 edges evenly spaced in mel from the lower edge, (high - low) / (M + 2)
  // apart (ONNX's definition), mapped to DFT bins floor((N + 1) f / rate).
  Value edgeCount = math.add(count, 2.0);
  Value step = math.div(math.sub(highMel, lowMel), math.castTo(edgeCount, f32));
  Value edgeIndex = tfl::RangeOp::create(builder, loc, vector(f32), math.scalar(f32, 0),
                                         math.castTo(edgeCount, f32), math.scalar(f32, 1));
  Value edgeMel = math.add(math.mul(edgeIndex, step), lowMel);
  Value edgeHertz = math.mul(math.sub(exp(math.div(edgeMel, melPerLn)), 1.0), 700.0);
  Value dft = scalarOf(dftLength, i32);
  Value edgeBin = tfl::FloorOp::create(
      builder, loc,
      math.div(math.mul(edgeHertz, math.castTo(math.add(dft, 1.0), f32)), scalarOf(sampleRate, f32)));
  // Triangle i rises from bin left = edge[i] to centre = edge[i + 1] and falls
  // to right = edge[i + 2] (exclusive); a triangle whose left is its centre
  // is 1 at the centre.
  Value band = tfl::RangeOp::create(builder, loc, vector(i32), math.scalar(i32, 0), count,
                                    math.scalar(i32, 1));
  auto edge = [&](double offset) {
    Value at = math.reshape(math.add(band, offset), {1, ShapedType::kDynamic});
    return tfl::GatherOp::create(builder, loc, RankedTensorType::get({1, ShapedType::kDynamic}, f32),
                                 edgeBin, at, builder.getI64IntegerAttr(0));
  };
  Value left = edge(0), centre = edge(1), right = edge(2);
  Value rows = math.add(math.floorDiv(dft, math.scalar(i32, 2)), 1.0);
  Value bin = math.reshape(tfl::RangeOp::create(builder, loc, vector(f32), math.scalar(f32, 0),
                                                math.castTo(rows, f32), math.scalar(f32, 1)),
                           {ShapedType::kDynamic, 1});
  Value rising = math.select(math.greater(centre, left),
                             math.div(math.sub(bin, left), math.maximum(math.sub(centre, left), 1.0)),
                             math.scalar(f32, 1));
  Value falling = math.div(math.sub(right, bin), math.maximum(math.sub(right, centre), 1.0));
  Value onRise = math.logicalAnd(math.greater(bin, math.sub(left, 1.0)), math.less(bin, math.add(centre, 1.0)));
  Value onFall = math.logicalAnd(math.greater(bin, math.sub(centre, 1.0)), math.less(bin, right));
  Value weights = math.select(onFall, falling, math.select(onRise, rising, math.scalar(f32, 0)));
  auto type = cast<RankedTensorType>(y.getType());
  if (type.getElementType() != f32)
    weights = math.castTo(weights, type.getElementType());
  // A result whose inferred type knows a size: the same tensor, typed so.
  if (weights.getType() != type)
    weights = math.reshape(weights, type.getShape());
  return weights;
}

/// The DFT bases as fully_connected filters [K, N]: cos and sin of
/// 2 pi ((k n) mod N) / N, times `scale`. N = `n` when static, else the
/// run-time size of dim `axis` of `signal`.
static std::pair<Value, Value> dftBases(OpBuilder &builder, Location loc, int64_t k, int64_t n,
                                        Value signal, int64_t axis, bool inverse) {
  Type f32 = builder.getF32Type();
  if (!ShapedType::isDynamic(n)) {
    double scale = inverse ? 1.0 / static_cast<double>(n) : 1.0;
    SmallVector<float> cosines, sines;
    for (int64_t i = 0; i < k; ++i)
      for (int64_t j = 0; j < n; ++j) {
        double theta = 2 * M_PI * static_cast<double>((i * j) % n) / static_cast<double>(n);
        cosines.push_back(static_cast<float>(std::cos(theta) * scale));
        sines.push_back(static_cast<float>(std::sin(theta) * scale));
      }
    auto basisType = RankedTensorType::get({k, n}, f32);
    return {tfl::ConstOp::create(builder, loc, DenseElementsAttr::get(basisType, ArrayRef(cosines))),
            tfl::ConstOp::create(builder, loc, DenseElementsAttr::get(basisType, ArrayRef(sines)))};
  }
  TFLBuilder math(builder, loc);
  Type i32 = builder.getI32Type();
  int64_t rank = cast<RankedTensorType>(signal.getType()).getRank();
  Value shape = tfl::ShapeOp::create(builder, loc, RankedTensorType::get({rank}, i32), signal);
  Value length = math.reshape(
      tfl::SliceOp::create(builder, loc, RankedTensorType::get({1}, i32), shape,
                           builder.getDenseI64ArrayAttr({axis}), builder.getDenseI64ArrayAttr({1})),
      {});
  Value samples = tfl::RangeOp::create(builder, loc, RankedTensorType::get({ShapedType::kDynamic}, i32),
                                       math.scalar(i32, 0), length, math.scalar(i32, 1));
  Value products = math.mul(math.iota(i32, k, 2, 0), math.reshape(samples, {1, ShapedType::kDynamic}));
  Value turns = tfl::FloorModOp::create(builder, loc, products.getType(), products, length);
  Value size = math.castTo(length, f32);
  Value theta = math.div(math.mul(math.castTo(turns, f32), 2 * M_PI), size);
  // float32 pi is not pi: sin(pi) and cos(pi / 2) would be ~1e-7, not the
  // exact zeros at half and quarter turns (2t mod N = 0, 4t mod N = 0).
  auto turnsOf = [&](double times) {
    Value scaled = math.mul(turns, times);
    return tfl::FloorModOp::create(builder, loc, scaled.getType(), scaled, length);
  };
  Value twice = turnsOf(2);
  Value halfTurn = math.equal(twice, 0.0);
  Value quarterTurn = math.logicalAnd(math.equal(turnsOf(4), 0.0), math.notEqual(twice, 0.0));
  Value zero = math.scalar(f32, 0);
  Value cosine = math.select(quarterTurn, zero, tfl::CosOp::create(builder, loc, theta));
  Value sine = math.select(halfTurn, zero, tfl::SinOp::create(builder, loc, theta));
  if (inverse)
    return {math.div(cosine, size), math.div(sine, size)};
  return {cosine, sine};
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Signal.inc"

using namespace mlir;
namespace tfl = t2t::tfl;

struct LowerDFT : OpRewritePattern<t2t::onnx::DFTOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(t2t::onnx::DFTOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto resultType = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!type || type.getRank() < 2 || !type.getElementType().isF32() ||
        (type.getShape().back() != 1 && type.getShape().back() != 2) || !resultType)
      return rewriter.notifyMatchFailure(op, "needs a float32 [..., N, 1 or 2] input");
    int64_t rank = type.getRank(), signalRank = rank - 1;
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + signalRank : op.getAxis();
    if (axis < 0 || axis >= signalRank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis && type.isDynamicDim(d))
        return rewriter.notifyMatchFailure(op, "only the transformed axis may be dynamic");
    int64_t n = type.getDimSize(axis);
    std::optional<SmallVector<int64_t>> length =
        t2t::isAbsent(op.getDftLength()) ? std::optional(SmallVector<int64_t>{n})
                                         : t2t::constantInts(op.getDftLength());
    if (!length || length->size() != 1 || (*length)[0] != n)
      return rewriter.notifyMatchFailure(op, "dft_length must be the axis' size");
    bool inverse = op.getInverse() != 0;
    // A run-time N needs the number of bins from the result.
    int64_t k = ShapedType::isDynamic(n)  ? resultType.getDimSize(axis)
                : op.getOnesided() != 0 ? n / 2 + 1
                                        : n;
    if (ShapedType::isDynamic(k))
      return rewriter.notifyMatchFailure(op, "a run-time length needs a static number of bins");
    SmallVector<int64_t> expected(type.getShape());
    expected[axis] = k;
    expected[rank - 1] = 2;
    if (failed(verifyCompatibleShape(resultType.getShape(), expected)) ||
        resultType.getElementType() != type.getElementType())
      return rewriter.notifyMatchFailure(op, "result type differs from the transform's");
    Location loc = op.getLoc();
    t2t::TFLBuilder math(rewriter, loc);
    Type f32 = rewriter.getF32Type();

    // The signal axis next to the last: [..., N, parts].
    SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    std::swap(perm[axis], perm[rank - 2]);
    Value x = axis == rank - 2 ? op.getInput() : t2t::transposed(rewriter, loc, op.getInput(), perm);
    auto moved = cast<RankedTensorType>(x.getType());
    int64_t rows = 1;
    for (int64_t d = 0; d < rank - 2; ++d)
      rows *= moved.getDimSize(d);
    auto part = [&](int64_t index) {
      SmallVector<int64_t> begin(rank, 0), size(moved.getShape()), sliced(moved.getShape());
      size[rank - 2] = ShapedType::isDynamic(n) ? -1 : n;
      begin[rank - 1] = index;
      size[rank - 1] = sliced[rank - 1] = 1;
      Value slice = tfl::SliceOp::create(rewriter, loc, moved.clone(sliced), x,
                                         rewriter.getDenseI64ArrayAttr(begin),
                                         rewriter.getDenseI64ArrayAttr(size));
      return math.reshape(slice, {rows, n});
    };
    Value real = part(0);
    Value imag = moved.getShape().back() == 2 ? part(1) : Value();

    // Bases as fully_connected filters [K, N]; the inverse's 1/N folded in.
    auto [cosine, sine] = t2t::lowering::dftBases(rewriter, loc, k, n, x, rank - 2, inverse);
    Value zero = tfl::ConstOp::create(
        rewriter, loc, DenseElementsAttr::get(RankedTensorType::get({k}, f32), 0.0f));
    auto project = [&](Value v, Value basis) -> Value {
      return tfl::FullyConnectedOp::create(rewriter, loc, RankedTensorType::get({rows, k}, f32), v,
                                           basis, zero, rewriter.getStringAttr("NONE"));
    };
    // Forward: re = xr C + xi S, im = xi C - xr S; inverse: re = xr C - xi S,
    // im = xr S + xi C.
    Value re = project(real, cosine);
    Value im = project(real, sine);
    im = inverse ? im : math.mul(im, -1.0);
    if (imag) {
      Value imagSine = project(imag, sine), imagCosine = project(imag, cosine);
      re = inverse ? math.sub(re, imagSine) : math.add(re, imagSine);
      im = math.add(im, imagCosine);
    }
    // [..., K, 1] each, joined on the last dim as [..., K, 2].
    SmallVector<int64_t> partShape(moved.getShape());
    partShape[rank - 2] = k;
    partShape[rank - 1] = 1;
    SmallVector<int64_t> outShape(partShape);
    outShape[rank - 1] = 2;
    Value out = tfl::ConcatenationOp::create(
        rewriter, loc, RankedTensorType::get(outShape, f32),
        ValueRange{math.reshape(re, partShape), math.reshape(im, partShape)}, rank - 1);
    if (axis != rank - 2)
      out = t2t::transposed(rewriter, loc, out, perm);
    if (out.getType() != resultType)
      out = math.reshape(out, resultType.getShape());
    rewriter.replaceOp(op, out);
    return success();
  }
};
struct LowerSTFT : OpRewritePattern<t2t::onnx::STFTOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(t2t::onnx::STFTOp op, PatternRewriter &rewriter) const override {
    auto signal = dyn_cast<RankedTensorType>(op.getSignal().getType());
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    auto step = dyn_cast<RankedTensorType>(op.getFrameStep().getType());
    if (!signal || signal.getRank() != 3 || !signal.hasStaticShape() || !result ||
        !result.hasStaticShape() || result.getRank() != 4 || !step || step.getRank() != 0 ||
        !isa<IntegerType>(step.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a static [B, T, 1 or 2] signal and result");
    int64_t length = ShapedType::kDynamic;
    if (auto window = dyn_cast<RankedTensorType>(op.getWindow().getType());
        window && window.getRank() == 1 && window.hasStaticShape())
      length = window.getDimSize(0);
    else if (auto given = t2t::constantInts(op.getFrameLength()); given && given->size() == 1)
      length = (*given)[0];
    else if (t2t::isAbsent(op.getFrameLength()) || !t2t::isOneElement(op.getFrameLength()))
      return rewriter.notifyMatchFailure(op, "needs a frame length (a window or a one-element frame_length)");
    int64_t batch = signal.getDimSize(0), channels = signal.getDimSize(2);
    int64_t frames = result.getDimSize(1);
    Location loc = op.getLoc();
    t2t::TFLBuilder math(rewriter, loc);
    Type index = step.getElementType();
    // Sample j of frame f is at f * step + j, j < length.
    Value offsets;
    if (ShapedType::isDynamic(length)) {
      Value limit = math.reshape(op.getFrameLength(), {});
      if (getElementTypeOrSelf(limit.getType()) != index)
        limit = math.castTo(limit, index);
      Value samples = tfl::RangeOp::create(rewriter, loc,
                                           RankedTensorType::get({ShapedType::kDynamic}, index),
                                           math.scalar(index, 0), limit, math.scalar(index, 1));
      offsets = math.reshape(samples, {1, ShapedType::kDynamic});
    } else {
      offsets = math.iota(index, length, 2, 1);
    }
    Value starts = math.mul(math.iota(index, frames, 2, 0), op.getFrameStep());
    Value positions = math.add(starts, offsets);
    Value framed = tfl::GatherOp::create(
        rewriter, loc, RankedTensorType::get({batch, frames, length, channels}, signal.getElementType()),
        op.getSignal(), positions, rewriter.getI64IntegerAttr(1));
    if (!t2t::isAbsent(op.getWindow()))
      framed = math.mul(framed, math.reshape(op.getWindow(), {length, 1}));
    OperationState state(loc, t2t::onnx::DFTOp::getOperationName());
    state.addOperands({framed, t2t::onnx::NoValueOp::create(rewriter, loc)});
    state.addAttribute("axis", rewriter.getI64IntegerAttr(2));
    state.addAttribute("onesided", rewriter.getI64IntegerAttr(op.getOnesided()));
    state.addAttribute("inverse", rewriter.getI64IntegerAttr(0));
    state.addTypes(result);
    rewriter.replaceOp(op, rewriter.create(state)->getResults());
    return success();
  }
};

} // namespace

void t2t::populateSignalLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
  patterns.add<LowerDFT, LowerSTFT>(patterns.getContext());
}
