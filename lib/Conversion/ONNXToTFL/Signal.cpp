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
// the DFT of the frames (an onnx.DFT, lowered as above): the frame length
// must be static (the window's, or a constant frame_length).
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
    if (!type || !type.hasStaticShape() || type.getRank() < 2 || !type.getElementType().isF32() ||
        (type.getShape().back() != 1 && type.getShape().back() != 2) || !resultType)
      return rewriter.notifyMatchFailure(op, "needs a static float32 [..., N, 1 or 2] input");
    int64_t rank = type.getRank(), signalRank = rank - 1;
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + signalRank : op.getAxis();
    if (axis < 0 || axis >= signalRank)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    int64_t n = type.getDimSize(axis);
    std::optional<SmallVector<int64_t>> length =
        t2t::isAbsent(op.getDftLength()) ? std::optional(SmallVector<int64_t>{n})
                                         : t2t::constantInts(op.getDftLength());
    if (!length || length->size() != 1 || (*length)[0] != n)
      return rewriter.notifyMatchFailure(op, "dft_length must be the axis' size");
    bool inverse = op.getInverse() != 0;
    int64_t k = op.getOnesided() != 0 ? n / 2 + 1 : n;
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
    int64_t rows = moved.getNumElements() / (n * moved.getShape().back());
    auto part = [&](int64_t index) {
      SmallVector<int64_t> begin(rank, 0), size(moved.getShape()), sliced(moved.getShape());
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
    double scale = inverse ? 1.0 / static_cast<double>(n) : 1.0;
    SmallVector<float> cosines, sines;
    for (int64_t i = 0; i < k; ++i)
      for (int64_t j = 0; j < n; ++j) {
        double theta = 2 * M_PI * static_cast<double>((i * j) % n) / static_cast<double>(n);
        cosines.push_back(static_cast<float>(std::cos(theta) * scale));
        sines.push_back(static_cast<float>(std::sin(theta) * scale));
      }
    auto basisType = RankedTensorType::get({k, n}, f32);
    Value cosine = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(basisType, ArrayRef(cosines)));
    Value sine = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(basisType, ArrayRef(sines)));
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
    if (ShapedType::isDynamic(length))
      return rewriter.notifyMatchFailure(op, "needs a static frame length (window or constant)");
    int64_t batch = signal.getDimSize(0), channels = signal.getDimSize(2);
    int64_t frames = result.getDimSize(1);
    Location loc = op.getLoc();
    t2t::TFLBuilder math(rewriter, loc);
    Type index = step.getElementType();
    Value starts = math.mul(math.iota(index, frames, 2, 0), op.getFrameStep());
    Value positions = math.add(starts, math.iota(index, length, 2, 1));
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
