//===- LowerPool.cpp - ONNX pooling -> tfl NHWC pooling -------------------===//
//
// MaxPool: tfl.max_pool_2d on NHWC data. TensorFlow.js has no EXPLICIT
// MaxPool, so explicit pads become a tfl.padv2 with the lowest float first
// (max over a window never picks it unless the window is all padding, which
// ONNX forbids: pads are smaller than the kernel), then VALID pooling.
// ceil_mode = 1 makes the last window start inside the input and run past
// it: that is extra bottom/right padding of
//   (out - 1) * stride + kernel - (in + pad_begin + pad_end)
// with out = ceil((in + pads - kernel) / stride) + 1 (needs static H, W).
// AveragePool: TensorFlow's SAME averages the covered input pixels only
// (count_include_pad = 0). Otherwise pads are zeros (tfl.padv2) and VALID
// pooling divides by the kernel size, which is count_include_pad = 1; for
// count_include_pad = 0 the result is then scaled, per output pixel, by
// kernel size / number of input pixels the window covers (a constant).
// GlobalAveragePool, GlobalMaxPool: tfl.mean, tfl.reduce_max over H and W
// (axes 1, 2 in NHWC), keep_dims.
//
//===----------------------------------------------------------------------===//

#include "t2t/Support/Layout.h"
#include "Padding.h"
#include "Patterns.h"
#include "UnitHeight.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"

#include <cfloat>

using namespace mlir;

namespace t2t {
namespace {

/// Turns `padding` into the explicit padding that makes floor-mode pooling
/// produce ceil-mode's output size over the NCHW `input`.
LogicalResult addCeilModePadding(TFPadding &padding, RankedTensorType input,
                                 ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides) {
  if (padding.mode == "SAME")
    return success(); // SAME already covers every input pixel.
  padding.mode = "EXPLICIT";
  for (int d = 0; d < 2; ++d) {
    int64_t in = input.getDimSize(2 + d);
    if (ShapedType::isDynamic(in))
      return failure();
    int64_t &begin = padding.explicitPads[2 * d], &end = padding.explicitPads[2 * d + 1];
    int64_t span = in + begin + end - kernel[d];
    int64_t out = (span + strides[d] - 1) / strides[d] + 1;
    // ONNX: the last window must start inside the input or its begin padding.
    if ((out - 1) * strides[d] >= in + begin)
      --out;
    end += std::max<int64_t>(0, (out - 1) * strides[d] + kernel[d] - (in + begin + end));
  }
  if (llvm::all_of(padding.explicitPads, [](int64_t p) { return p == 0; }))
    padding.mode = "VALID";
  return success();
}

/// Pads H and W of NHWC `input` by [top, bottom, left, right] with `fill`.
Value padHW(PatternRewriter &rewriter, Location loc, Value input, ArrayRef<int64_t> p,
            float fill) {
  auto in = cast<RankedTensorType>(input.getType());
  auto grow = [](int64_t d, int64_t by) { return ShapedType::isDynamic(d) ? d : d + by; };
  auto type = RankedTensorType::get({in.getDimSize(0), grow(in.getDimSize(1), p[0] + p[1]),
                                     grow(in.getDimSize(2), p[2] + p[3]), in.getDimSize(3)},
                                    in.getElementType());
  return tfl::PadV2Op::create(rewriter, loc, type, input,
                              rewriter.getDenseI64ArrayAttr({0, 0, p[0], p[1], p[2], p[3], 0, 0}),
                              rewriter.getF32FloatAttr(fill));
}

struct LowerMaxPool : OpRewritePattern<onnx::MaxPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MaxPoolOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float pool");
    if (!isa<NoneType>(op.getIndices().getType()))
      return rewriter.notifyMatchFailure(op, "the Indices output is not supported");
    if (op.getStorageOrder() != 0)
      return rewriter.notifyMatchFailure(op, "storage_order is not supported");
    SmallVector<int64_t> kernel(op.getKernelShape());
    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    if (kernel.size() != 2 || llvm::any_of(dilations, [](int64_t d) { return d != 1; }))
      return rewriter.notifyMatchFailure(op, "needs a 2-D kernel without dilation");
    FailureOr<TFPadding> padding =
        computeTFPadding(op.getAutoPad(), op.getPads(), x, kernel, strides, dilations);
    if (failed(padding))
      return rewriter.notifyMatchFailure(op, "padding not expressible");

    if (op.getCeilMode() != 0) {
      if (failed(addCeilModePadding(*padding, x, kernel, strides)))
        return rewriter.notifyMatchFailure(op, "ceil_mode needs static H and W");
    }

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    StringRef mode = padding->mode;
    if (mode == "EXPLICIT") {
      input = padHW(rewriter, loc, input, padding->explicitPads, -FLT_MAX);
      mode = "VALID";
    }
    Value pooled = tfl::MaxPool2DOp::create(rewriter, loc, permuted(y, kToNHWC), input,
                                            rewriter.getDenseI64ArrayAttr(kernel),
                                            rewriter.getDenseI64ArrayAttr(strides),
                                            rewriter.getStringAttr(mode));
    Value none = op.getIndices();
    rewriter.replaceOp(op, {transposed(rewriter, loc, pooled, kToNCHW), none});
    return success();
  }
};

/// kernel size / covered input pixels, per output pixel, as [1, OH, OW, 1].
DenseElementsAttr coverageCorrection(int64_t inH, int64_t inW, int64_t outH, int64_t outW,
                                     ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
                                     ArrayRef<int64_t> pads, Type element) {
  auto covered = [](int64_t o, int64_t stride, int64_t begin, int64_t k, int64_t size) {
    int64_t first = o * stride - begin, last = first + k - 1;
    return std::min(last, size - 1) - std::max<int64_t>(first, 0) + 1;
  };
  SmallVector<float> values;
  for (int64_t oh = 0; oh < outH; ++oh)
    for (int64_t ow = 0; ow < outW; ++ow)
      values.push_back(static_cast<float>(kernel[0] * kernel[1]) /
                       (covered(oh, strides[0], pads[0], kernel[0], inH) *
                        covered(ow, strides[1], pads[2], kernel[1], inW)));
  return DenseElementsAttr::get(RankedTensorType::get({1, outH, outW, 1}, element),
                                ArrayRef(values));
}

struct LowerAveragePool : OpRewritePattern<onnx::AveragePoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::AveragePoolOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || !x.getElementType().isF32())
      return rewriter.notifyMatchFailure(op, "needs a 2-D f32 pool");
    if (op.getCeilMode() != 0)
      return rewriter.notifyMatchFailure(op, "ceil_mode is not supported for AveragePool");
    SmallVector<int64_t> kernel(op.getKernelShape());
    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    if (kernel.size() != 2)
      return rewriter.notifyMatchFailure(op, "needs a 2-D kernel");
    FailureOr<TFPadding> padding =
        computeTFPadding(op.getAutoPad(), op.getPads(), x, kernel, strides, {1, 1});
    if (failed(padding))
      return rewriter.notifyMatchFailure(op, "padding not expressible");
    bool includePad = op.getCountIncludePad() != 0;
    if (padding->mode == "SAME" && includePad) {
      // SAME pads as explicit zeros, which then count.
      if (ShapedType::isDynamic(x.getDimSize(2)) || ShapedType::isDynamic(x.getDimSize(3)))
        return rewriter.notifyMatchFailure(op, "needs static H and W");
      int64_t pads[4];
      for (int d = 0; d < 2; ++d) {
        int64_t in = x.getDimSize(2 + d), out = (in + strides[d] - 1) / strides[d];
        int64_t total = std::max<int64_t>(0, (out - 1) * strides[d] + kernel[d] - in);
        pads[2 * d] = total / 2;               // SAME_UPPER: the odd pixel at the end
        pads[2 * d + 1] = total - total / 2;
      }
      padding->mode = "EXPLICIT";
      padding->explicitPads.assign(pads, pads + 4);
    }
    bool correct = padding->mode == "EXPLICIT" && !includePad;
    auto outNHWC = permuted(y, kToNHWC);
    // The correction is per output pixel, the same for every batch entry and
    // channel: only H and W must be static.
    if (correct && (ShapedType::isDynamic(x.getDimSize(2)) || ShapedType::isDynamic(x.getDimSize(3)) ||
                    ShapedType::isDynamic(outNHWC.getDimSize(1)) ||
                    ShapedType::isDynamic(outNHWC.getDimSize(2))))
      return rewriter.notifyMatchFailure(op, "count_include_pad = 0 needs static H and W");

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    StringRef mode = padding->mode;
    if (mode == "EXPLICIT") {
      input = padHW(rewriter, loc, input, padding->explicitPads, 0.0f);
      mode = "VALID";
    }
    Value pooled = tfl::AveragePool2DOp::create(rewriter, loc, outNHWC, input,
                                                rewriter.getDenseI64ArrayAttr(kernel),
                                                rewriter.getDenseI64ArrayAttr(strides),
                                                rewriter.getStringAttr(mode));
    if (correct) {
      Value scale = tfl::ConstOp::create(
          rewriter, loc,
          coverageCorrection(x.getDimSize(2), x.getDimSize(3), outNHWC.getDimSize(1),
                             outNHWC.getDimSize(2), kernel, strides, padding->explicitPads,
                             x.getElementType()));
      pooled = tfl::MulOp::create(rewriter, loc, outNHWC, pooled, scale,
                                  rewriter.getStringAttr("NONE"));
    }
    rewriter.replaceOp(op, transposed(rewriter, loc, pooled, kToNCHW));
    return success();
  }
};

/// MaxPool / AveragePool over [N, C, L] (MaxPool1d, AvgPool1d exports): the
/// 2-D pool over [N, C, 1, L], its window attributes lifted, between
/// reshapes (which the layout passes fold with the transposes around it).
template <typename PoolOp>
struct LowerPool1D : OpRewritePattern<PoolOp> {
  using OpRewritePattern<PoolOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(PoolOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 3 || y.getRank() != 3)
      return rewriter.notifyMatchFailure(op, "not a 1-D pool");
    if (llvm::count_if(x.getShape(), ShapedType::isDynamic) > 1 ||
        llvm::count_if(y.getShape(), ShapedType::isDynamic) > 1)
      return rewriter.notifyMatchFailure(op, "a 1-D pool needs at most one dynamic dim");
    SmallVector<Type> types = {withUnitHeight(y)};
    for (Value extra : op->getResults().drop_front())
      types.push_back(extra.getType()); // MaxPool's Indices: `none` or refused by the 2-D pattern.
    NamedAttrList attrs(op->getAttrs());
    auto lift = [&](StringRef name, int64_t fill) {
      if (auto values = op->template getAttrOfType<DenseI64ArrayAttr>(name))
        attrs.set(name, liftTo2D(rewriter, values.asArrayRef(), fill));
    };
    lift("kernel_shape", 1);
    lift("strides", 1);
    lift("dilations", 1);
    lift("pads", 0);
    Location loc = op.getLoc();
    auto pooled = PoolOp::create(rewriter, loc, types,
                                 ValueRange{addUnitHeight(rewriter, loc, op.getX())},
                                 attrs.getAttrs());
    SmallVector<Value> results = {tfl::ReshapeOp::create(rewriter, loc, y, pooled->getResult(0))};
    llvm::append_range(results, pooled->getResults().drop_front());
    rewriter.replaceOp(op, results);
    return success();
  }
};

/// GlobalAveragePool / GlobalMaxPool: tfl.mean / tfl.reduce_max over H and W
/// of the NHWC data, keep_dims; over L of [N, C, L] data (kept as it is).
template <typename OnnxOp, typename TflOp>
struct LowerGlobalPool : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || (x.getRank() != 4 && x.getRank() != 3) ||
        !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 1-D or 2-D float pool");
    Location loc = op.getLoc();
    if (x.getRank() == 3) {
      rewriter.replaceOpWithNewOp<TflOp>(op, y, op.getX(), rewriter.getDenseI64ArrayAttr({2}),
                                         rewriter.getBoolAttr(true));
      return success();
    }
    Value pooled = TflOp::create(rewriter, loc, permuted(y, kToNHWC),
                                 transposed(rewriter, loc, op.getX(), kToNHWC),
                                 rewriter.getDenseI64ArrayAttr({1, 2}), rewriter.getBoolAttr(true));
    rewriter.replaceOp(op, transposed(rewriter, loc, pooled, kToNCHW));
    return success();
  }
};

} // namespace

void populatePoolLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerMaxPool, LowerAveragePool, LowerPool1D<onnx::MaxPoolOp>,
               LowerPool1D<onnx::AveragePoolOp>,
               LowerGlobalPool<onnx::GlobalAveragePoolOp, tfl::MeanOp>,
               LowerGlobalPool<onnx::GlobalMaxPoolOp, tfl::ReduceMaxOp>>(patterns.getContext());
}

} // namespace t2t
