//===- Padding.cpp - ONNX spatial padding in TensorFlow's terms -----------===//

#include "Padding.h"

using namespace mlir;

namespace t2t {

/// SAME_LOWER's (begin, end) padding of one dim: total padding as for SAME,
/// the odd pixel at the beginning.
static std::optional<std::pair<int64_t, int64_t>> sameLowerPads(int64_t in, int64_t kernel,
                                                                int64_t stride, int64_t dilation) {
  if (ShapedType::isDynamic(in))
    return std::nullopt;
  int64_t out = (in + stride - 1) / stride;
  int64_t total = std::max<int64_t>(0, (out - 1) * stride + (kernel - 1) * dilation + 1 - in);
  return std::make_pair(total - total / 2, total / 2);
}

FailureOr<TFPadding> computeTFPadding(StringRef autoPad, std::optional<ArrayRef<int64_t>> pads,
                                      RankedTensorType input, ArrayRef<int64_t> kernel,
                                      ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  TFPadding result;
  if (autoPad == "VALID") {
    result.mode = "VALID";
  } else if (autoPad == "SAME_UPPER") {
    result.mode = "SAME";
  } else if (autoPad == "SAME_LOWER") {
    auto h = sameLowerPads(input.getDimSize(2), kernel[0], strides[0], dilations[0]);
    auto w = sameLowerPads(input.getDimSize(3), kernel[1], strides[1], dilations[1]);
    if (!h || !w)
      return failure();
    result.mode = "EXPLICIT";
    result.explicitPads = {h->first, h->second, w->first, w->second};
  } else if (autoPad == "NOTSET") {
    SmallVector<int64_t> p(pads.value_or(ArrayRef<int64_t>{0, 0, 0, 0}));
    if (p.size() != 4)
      return failure();
    bool zero = llvm::all_of(p, [](int64_t v) { return v == 0; });
    result.mode = zero ? "VALID" : "EXPLICIT";
    if (!zero)
      result.explicitPads = {p[0], p[2], p[1], p[3]};
  } else {
    return failure();
  }
  return result;
}

} // namespace t2t
