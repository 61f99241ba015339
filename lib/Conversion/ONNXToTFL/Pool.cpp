//===- Pool.cpp - onnx pooling -> tfl NHWC pooling ------------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Pool.td); here
// is the window arithmetic they call: TensorFlow's padding of an ONNX pool
// (with ceil_mode as extra end padding) and the count_include_pad = 0
// correction.
//
//===----------------------------------------------------------------------===//

#include "Padding.h"
#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Layout.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cfloat>

using namespace mlir;

namespace t2t::lowering {
namespace {

/// What TensorFlow needs of an ONNX pool: its padding (SAME, VALID or
/// EXPLICIT [top, bottom, left, right]) and strides, and for AveragePool
/// whether padded pixels count.
struct PoolWindow {
  TFPadding padding;
  SmallVector<int64_t> strides;
  bool averagesCoveredPixelsOnly = false;
};

/// Turns `padding` into the explicit padding that makes floor-mode pooling
/// produce ceil-mode's output size over the NCHW `input`.
LogicalResult addCeilModePadding(TFPadding &padding, RankedTensorType input,
                                 ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides) {
  if (padding.mode == "SAME")
    return success(); // SAME already covers every input pixel.
  padding.mode = "EXPLICIT";
  for (int d = 0; d < 2; ++d) {
    int64_t in = input.getDimSize(2 + d);
    int64_t &begin = padding.explicitPads[2 * d], &end = padding.explicitPads[2 * d + 1];
    if (ShapedType::isDynamic(in)) {
      // stride - 1 more at the end makes floor's count ceil's for any size:
      //   floor((in + pads + stride - 1 - kernel) / stride) == ceil((in + pads - kernel) / stride)
      // and ONNX's dropped last window never arises when kernel >= stride + end:
      // it starts before in + pads - kernel + stride <= in + begin.
      if (kernel[d] < strides[d] + end)
        return failure();
      end += strides[d] - 1;
      continue;
    }
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

/// The strides and TensorFlow padding of a 2-D pool, or failure when the
/// ONNX padding has no TensorFlow form.
template <typename PoolOp>
FailureOr<PoolWindow> paddedWindow(PoolOp op, ArrayRef<int64_t> dilations) {
  auto x = cast<RankedTensorType>(op.getX().getType());
  PoolWindow window;
  window.strides.assign(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
  FailureOr<TFPadding> padding = computeTFPadding(op.getAutoPad(), op.getPads(), x,
                                                  op.getKernelShape(), window.strides, dilations);
  if (failed(padding))
    return failure();
  window.padding = *padding;
  return window;
}

FailureOr<PoolWindow> maxPoolWindow(onnx::MaxPoolOp op) {
  FailureOr<PoolWindow> window = paddedWindow(op, {1, 1});
  if (failed(window) || op.getCeilMode() == 0)
    return window;
  if (failed(addCeilModePadding(window->padding, cast<RankedTensorType>(op.getX().getType()),
                                op.getKernelShape(), window->strides)))
    return failure();
  return window;
}

FailureOr<PoolWindow> averagePoolWindow(onnx::AveragePoolOp op) {
  auto x = cast<RankedTensorType>(op.getX().getType());
  auto y = cast<RankedTensorType>(op.getY().getType());
  FailureOr<PoolWindow> window = paddedWindow(op, {1, 1});
  if (failed(window))
    return failure();
  ArrayRef<int64_t> kernel = op.getKernelShape();
  bool includePad = op.getCountIncludePad() != 0;
  bool staticHW = !x.isDynamicDim(2) && !x.isDynamicDim(3);
  if (window->padding.mode == "SAME" && includePad) {
    // SAME pads as explicit zeros, which then count.
    if (!staticHW)
      return failure();
    for (int d = 0; d < 2; ++d) {
      int64_t in = x.getDimSize(2 + d), stride = window->strides[d];
      int64_t out = (in + stride - 1) / stride;
      int64_t total = std::max<int64_t>(0, (out - 1) * stride + kernel[d] - in);
      window->padding.explicitPads[2 * d] = total / 2; // SAME_UPPER: the odd pixel at the end
      window->padding.explicitPads[2 * d + 1] = total - total / 2;
    }
    window->padding.mode = "EXPLICIT";
  }
  window->averagesCoveredPixelsOnly = window->padding.mode == "EXPLICIT" && !includePad;
  // The correction is per output pixel, the same for every batch entry and
  // channel: only H and W must be static.
  if (window->averagesCoveredPixelsOnly && (!staticHW || y.isDynamicDim(2) || y.isDynamicDim(3)))
    return failure();
  return window;
}

/// The window of the 2-D pool whose result is `y`.
FailureOr<PoolWindow> poolWindow(Value y) {
  Operation *op = y.getDefiningOp();
  if (auto pool = dyn_cast<onnx::MaxPoolOp>(op))
    return maxPoolWindow(pool);
  return averagePoolWindow(cast<onnx::AveragePoolOp>(op));
}

PoolWindow window(Value y) { return *poolWindow(y); }

} // namespace

bool is2DUndilatedKernel(Attribute kernel, Attribute dilations) {
  auto d = dyn_cast_if_present<DenseI64ArrayAttr>(dilations);
  return cast<DenseI64ArrayAttr>(kernel).size() == 2 &&
         (!d || llvm::all_of(d.asArrayRef(), [](int64_t v) { return v == 1; }));
}

bool hasPoolWindow(Value y) { return succeeded(poolWindow(y)); }

bool poolNeedsPad(Value y) { return window(y).padding.mode == "EXPLICIT"; }

bool poolNeedsCoverageCorrection(Value y) { return window(y).averagesCoveredPixelsOnly; }

DenseI64ArrayAttr poolStrides(Value y) {
  return DenseI64ArrayAttr::get(y.getContext(), window(y).strides);
}

StringAttr poolPadding(Value y) { return StringAttr::get(y.getContext(), window(y).padding.mode); }

DenseI64ArrayAttr poolPadV2Paddings(Value y) {
  PoolWindow w = window(y);
  ArrayRef<int64_t> p = w.padding.explicitPads;
  return DenseI64ArrayAttr::get(y.getContext(), {0, 0, p[0], p[1], p[2], p[3], 0, 0});
}

Type poolPaddedType(Value y, Value x) {
  PoolWindow w = window(y);
  ArrayRef<int64_t> p = w.padding.explicitPads;
  auto in = cast<RankedTensorType>(nhwcType(x));
  auto grow = [](int64_t d, int64_t by) { return ShapedType::isDynamic(d) ? d : d + by; };
  return in.clone({in.getDimSize(0), grow(in.getDimSize(1), p[0] + p[1]),
                   grow(in.getDimSize(2), p[2] + p[3]), in.getDimSize(3)});
}

DenseElementsAttr coverageCorrection(Value y) {
  PoolWindow w = window(y);
  auto pool = y.getDefiningOp<onnx::AveragePoolOp>();
  auto x = cast<RankedTensorType>(pool.getX().getType());
  auto out = cast<RankedTensorType>(y.getType());
  ArrayRef<int64_t> kernel = pool.getKernelShape(), pads = w.padding.explicitPads;
  auto covered = [](int64_t o, int64_t stride, int64_t begin, int64_t k, int64_t size) {
    int64_t first = o * stride - begin, last = first + k - 1;
    return std::min(last, size - 1) - std::max<int64_t>(first, 0) + 1;
  };
  int64_t outH = out.getDimSize(2), outW = out.getDimSize(3);
  SmallVector<float> values;
  for (int64_t oh = 0; oh < outH; ++oh)
    for (int64_t ow = 0; ow < outW; ++ow)
      values.push_back(static_cast<float>(kernel[0] * kernel[1]) /
                       (covered(oh, w.strides[0], pads[0], kernel[0], x.getDimSize(2)) *
                        covered(ow, w.strides[1], pads[2], kernel[1], x.getDimSize(3))));
  return DenseElementsAttr::get(RankedTensorType::get({1, outH, outW, 1}, x.getElementType()),
                                ArrayRef(values));
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Pool.inc"
} // namespace

void t2t::populatePoolLoweringPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
