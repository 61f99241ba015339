//===- LowerConv.cpp - onnx.Conv -> tfl.conv_2d between transposes --------===//
//
// A C++ pattern because the padding needs arithmetic on attributes:
//
//   Y[n, o, y, x] = B[o] + sum_{i, kh, kw} X[n, i, y*sh + kh*dh - top, x*sw + kw*dw - left]
//                                          * W[o, i, kh, kw]
//
// is tfl.conv_2d on NHWC data with an HWIO filter: X is transposed
// [0, 2, 3, 1], W by [2, 3, 1, 0] (folded away when W is constant), the NHWC
// result transposed back by [0, 3, 1, 2]. The layout passes then cancel the
// activation transposes between consecutive layout-sensitive ops.
//
// Padding: NOTSET with all-zero pads is VALID, other pads [top, left, bottom,
// right] are EXPLICIT [top, bottom, left, right]; SAME_UPPER is TF's SAME;
// SAME_LOWER becomes EXPLICIT from the static input size.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

constexpr int64_t kToNHWC[] = {0, 2, 3, 1};
constexpr int64_t kToNCHW[] = {0, 3, 1, 2};
constexpr int64_t kOIHWToHWIO[] = {2, 3, 1, 0};

RankedTensorType permuted(RankedTensorType type, ArrayRef<int64_t> perm) {
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  return RankedTensorType::get(shape, type.getElementType());
}

/// SAME_LOWER's explicit (begin, end) padding of one spatial dim, putting the
/// odd pixel at the beginning.
std::optional<std::pair<int64_t, int64_t>> sameLowerPads(int64_t in, int64_t kernel,
                                                         int64_t stride, int64_t dilation) {
  if (ShapedType::isDynamic(in))
    return std::nullopt;
  int64_t out = (in + stride - 1) / stride;
  int64_t total = std::max<int64_t>(0, (out - 1) * stride + (kernel - 1) * dilation + 1 - in);
  return std::make_pair(total - total / 2, total / 2);
}

struct LowerConv2D : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto w = dyn_cast<RankedTensorType>(op.getW().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !w || !y || x.getRank() != 4 || !w.hasStaticShape() ||
        !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float conv with a static filter");
    if (op.getGroup() != 1)
      return rewriter.notifyMatchFailure(op, "grouped convolution is lowered elsewhere");

    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> pads(op.getPads().value_or(ArrayRef<int64_t>{0, 0, 0, 0}));
    StringRef autoPad = op.getAutoPad();
    std::string padding = "EXPLICIT";
    SmallVector<int64_t> explicitPads = {pads[0], pads[2], pads[1], pads[3]};
    if (autoPad == "VALID" || (autoPad == "NOTSET" && llvm::all_of(pads, [](int64_t p) { return p == 0; }))) {
      padding = "VALID";
      explicitPads.assign(4, 0);
    } else if (autoPad == "SAME_UPPER") {
      padding = "SAME";
      explicitPads.assign(4, 0);
    } else if (autoPad == "SAME_LOWER") {
      auto h = sameLowerPads(x.getDimSize(2), w.getDimSize(2), strides[0], dilations[0]);
      auto v = sameLowerPads(x.getDimSize(3), w.getDimSize(3), strides[1], dilations[1]);
      if (!h || !v)
        return rewriter.notifyMatchFailure(op, "SAME_LOWER needs static spatial dims");
      explicitPads = {h->first, h->second, v->first, v->second};
    } else if (autoPad != "NOTSET") {
      return rewriter.notifyMatchFailure(op, "unknown auto_pad");
    }

    Location loc = op.getLoc();
    Value input = tfl::TransposeOp::create(rewriter, loc, permuted(x, kToNHWC), op.getX(),
                                           rewriter.getDenseI64ArrayAttr(kToNHWC));
    Value filter = tfl::TransposeOp::create(rewriter, loc, permuted(w, kOIHWToHWIO), op.getW(),
                                            rewriter.getDenseI64ArrayAttr(kOIHWToHWIO));
    Value bias = op.getB();
    if (isa<NoneType>(bias.getType())) {
      auto biasType = RankedTensorType::get({w.getDimSize(0)}, x.getElementType());
      bias = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(
          biasType, rewriter.getZeroAttr(x.getElementType())));
    }
    auto conv = tfl::Conv2DOp::create(
        rewriter, loc, permuted(y, kToNHWC), input, filter, bias,
        rewriter.getDenseI64ArrayAttr(strides), rewriter.getDenseI64ArrayAttr(dilations),
        rewriter.getStringAttr(padding), rewriter.getDenseI64ArrayAttr(explicitPads),
        rewriter.getStringAttr("NONE"));
    rewriter.replaceOpWithNewOp<tfl::TransposeOp>(op, y, conv.getResult(),
                                                  rewriter.getDenseI64ArrayAttr(kToNCHW));
    return success();
  }
};

} // namespace

void populateConvLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerConv2D>(patterns.getContext());
}

} // namespace t2t
