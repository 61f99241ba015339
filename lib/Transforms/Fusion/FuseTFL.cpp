//===- FuseTFL.cpp - Bias, scale, padding and activations into layers -----===//
//
// The declarative fusions are in dialects/transforms/TFLFusion.td; this file
// holds the constant arithmetic they call and the one fusion a DRR pattern
// cannot say: zero padding folded into a convolution's padding, which is
// TensorFlow's SAME or explicit depending on the input size.
//
//===----------------------------------------------------------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cmath>

namespace t2t {
#define GEN_PASS_DEF_FUSETFL
#include "dialects/transforms/Passes.h.inc"

using namespace mlir;

/// Where a filter keeps its output channel: HWIO (conv_2d), HWCM
/// (depthwise: channel c * M + m is the flattened last two dims), HWOI
/// (transpose_conv), OI (fully_connected).
enum class FilterLayout { HWIO, HWCM, HWOI, OI };

/// The f32 values of a constant (splats expanded), if it has a flat buffer.
static std::optional<SmallVector<float>> floatValues(Attribute attr) {
  auto value = dyn_cast<ElementsAttr>(attr);
  if (!value || !value.getElementType().isF32())
    return std::nullopt;
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    return llvm::to_vector(dense.getValues<float>());
  std::vector<char> storage;
  std::optional<ArrayRef<char>> bytes = tfl::constantBytes(value, storage);
  if (!bytes)
    return std::nullopt;
  SmallVector<float> values(bytes->size() / sizeof(float));
  std::memcpy(values.data(), bytes->data(), values.size() * sizeof(float));
  return values;
}

static ElementsAttr fromFloats(Attribute like, ArrayRef<float> values, StringRef blobName) {
  auto type = cast<RankedTensorType>(cast<ElementsAttr>(like).getType());
  return elementsFromBytes(
      type, ArrayRef(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(float)),
      blobName);
}

static bool isPerChannel(Attribute attr, Value producer) {
  auto value = dyn_cast<ElementsAttr>(attr);
  auto type = dyn_cast<RankedTensorType>(producer.getType());
  if (!value || !value.getElementType().isF32() || !type || type.getRank() == 0)
    return false;
  int64_t channels = type.getShape().back();
  auto shape = value.getShapedType().getShape();
  if (static_cast<int64_t>(shape.size()) > type.getRank())
    return false;
  int64_t count = value.getNumElements();
  if (count == 1)
    return true;
  return count == channels && !shape.empty() && shape.back() == channels;
}

static bool isSplatNear(Attribute attr, double expected) {
  auto value = dyn_cast<DenseElementsAttr>(attr);
  if (!value || !value.isSplat() || !value.getElementType().isF32())
    return false;
  double actual = value.getSplatValue<float>();
  return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected));
}

/// c broadcast to `count` channels.
static float channelValue(ArrayRef<float> c, int64_t channel) {
  return c.size() == 1 ? c.front() : c[channel];
}

static ElementsAttr addPerChannel(Attribute bias, Attribute addend) {
  SmallVector<float> b = *floatValues(bias), c = *floatValues(addend);
  for (auto [i, v] : llvm::enumerate(b))
    v += channelValue(c, i);
  return fromFloats(bias, b, "fused_bias");
}

static ElementsAttr scalePerChannel(Attribute bias, Attribute scale) {
  SmallVector<float> b = *floatValues(bias), s = *floatValues(scale);
  for (auto [i, v] : llvm::enumerate(b))
    v *= channelValue(s, i);
  return fromFloats(bias, b, "fused_bias");
}

/// The filter times one factor per output channel. A weight (a stored or
/// permuted blob) becomes #tfl.scaled over it, scaled as the exporter writes
/// it; scaling a scaled weight multiplies the factors (one rounding of each
/// element instead of two). Small constants are
/// scaled now, for folders to read.
static ElementsAttr scaleFilter(Attribute filter, Attribute scale, FilterLayout layout) {
  auto shape = cast<ElementsAttr>(filter).getShapedType().getShape();
  // Element i's output channel is (i / stride) % channels.
  int64_t stride = 1, channels = shape.back();
  switch (layout) {
  case FilterLayout::HWIO:
    break;
  case FilterLayout::HWCM:
    channels = shape[2] * shape[3];
    break;
  case FilterLayout::HWOI:
    stride = shape[3];
    channels = shape[2];
    break;
  case FilterLayout::OI:
    stride = shape[1];
    channels = shape[0];
    break;
  }
  SmallVector<float> s = *floatValues(scale), factors;
  for (int64_t c = 0; c < channels; ++c)
    factors.push_back(channelValue(s, c));
  ElementsAttr source = cast<ElementsAttr>(filter);
  if (auto scaled = dyn_cast<tfl::ScaledElementsAttr>(source);
      scaled && scaled.getStride() == stride && scaled.getScale().getNumElements() == channels) {
    for (auto [factor, earlier] : llvm::zip_equal(factors, scaled.getScale().getValues<float>()))
      factor *= earlier;
    source = scaled.getSource();
  }
  if (isa<DenseResourceElementsAttr, tfl::PermutedElementsAttr>(source)) {
    auto factorType = RankedTensorType::get({channels}, Float32Type::get(filter.getContext()));
    return tfl::ScaledElementsAttr::get(
        source, cast<DenseFPElementsAttr>(DenseElementsAttr::get(factorType, ArrayRef(factors))),
        stride);
  }
  SmallVector<float> w = *floatValues(filter);
  for (auto [i, v] : llvm::enumerate(w))
    v *= factors[(static_cast<int64_t>(i) / stride) % channels];
  return fromFloats(filter, w, "fused_filter");
}

namespace {
#include "dialects/transforms/TFLFusion.inc"

/// conv(padv2(x, pads, 0)) == conv(x) with the pads added to its own when
/// only H and W are padded; the padding becomes SAME if the total equals
/// TensorFlow's SAME for this input, EXPLICIT otherwise.
template <typename ConvOp> struct FusePadIntoConv : OpRewritePattern<ConvOp> {
  using OpRewritePattern<ConvOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(ConvOp op, PatternRewriter &rewriter) const override {
    auto pad = op.getInput().template getDefiningOp<tfl::PadV2Op>();
    if (!pad || pad.getConstantValue().convertToFloat() != 0.0f)
      return rewriter.notifyMatchFailure(op, "needs a zero padv2 input");
    ArrayRef<int64_t> p = pad.getPaddings(); // [before, after] per NHWC dim
    if (p.size() != 8 || p[0] || p[1] || p[6] || p[7])
      return rewriter.notifyMatchFailure(op, "pads N or C, not only H and W");
    if (op.getPadding() == "SAME")
      return rewriter.notifyMatchFailure(op, "SAME's pads depend on the padded size");
    SmallVector<int64_t> pads = {p[2], p[3], p[4], p[5]};
    if (op.getPadding() == "EXPLICIT")
      for (auto [sum, own] : llvm::zip(pads, op.getExplicitPadding()))
        sum += own;

    auto input = cast<RankedTensorType>(pad.getInput().getType());
    auto filter = cast<RankedTensorType>(op.getFilter().getType());
    bool same = true;
    for (int d = 0; d < 2; ++d) {
      int64_t in = input.getDimSize(1 + d), kernel = filter.getDimSize(d);
      int64_t stride = op.getStrides()[d], dilation = op.getDilations()[d];
      if (ShapedType::isDynamic(in) || ShapedType::isDynamic(kernel)) {
        same = false;
        break;
      }
      int64_t out = (in + stride - 1) / stride;
      int64_t total = std::max<int64_t>(0, (out - 1) * stride + (kernel - 1) * dilation + 1 - in);
      same &= pads[2 * d] == total / 2 && pads[2 * d + 1] == total - total / 2;
    }
    rewriter.modifyOpInPlace(op, [&] {
      op.getInputMutable().assign(pad.getInput());
      op.setPadding(same ? "SAME" : "EXPLICIT");
      op.setExplicitPadding(same ? SmallVector<int64_t>{0, 0, 0, 0} : pads);
    });
    return success();
  }
};

struct FuseTFL : impl::FuseTFLBase<FuseTFL> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateWithGenerated(patterns);
    patterns.add<FusePadIntoConv<tfl::Conv2DOp>, FusePadIntoConv<tfl::DepthwiseConv2DOp>>(
        &getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
} // namespace t2t
