//===- LowerConv.cpp - onnx.Conv -> tfl.conv_2d between transposes --------===//
//
// A C++ pattern because the padding needs arithmetic on attributes:
//
//   Y[n, o, y, x] = B[o] + sum_{i, kh, kw} X[n, i, y*sh + kh*dh - top, x*sw + kw*dw - left]
//                                          * W[o, i, kh, kw]
//
// is tfl.conv_2d on NHWC data with an HWIO filter (tfl.depthwise_conv_2d when
// group == C and each group has one input channel): X is transposed
// [0, 2, 3, 1], W by [2, 3, 1, 0] (folded away when W is constant), the NHWC
// result transposed back by [0, 3, 1, 2]. The layout passes then cancel the
// activation transposes between consecutive layout-sensitive ops.
//
// Padding: see computeTFPadding (Padding.h).
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Padding.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

constexpr int64_t kOIHWToHWIO[] = {2, 3, 1, 0};

struct LowerConv2D : OpRewritePattern<onnx::ConvOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ConvOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto w = dyn_cast<RankedTensorType>(op.getW().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !w || !y || x.getRank() != 4 || !w.hasStaticShape() ||
        !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float conv with a static filter");
    int64_t group = op.getGroup(), channels = x.getDimSize(1);
    bool depthwise = group > 1 && group == channels && w.getDimSize(1) == 1;
    if (group != 1 && !depthwise)
      return rewriter.notifyMatchFailure(op, "grouped (non-depthwise) convolution");

    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    FailureOr<TFPadding> padding =
        computeTFPadding(op.getAutoPad(), op.getPads(), x, w.getShape().drop_front(2), strides,
                         dilations);
    if (failed(padding))
      return rewriter.notifyMatchFailure(op, "padding not expressible (SAME_LOWER needs static dims)");

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    // OIHW -> HWIO; for depthwise, [C*M, 1, kh, kw] -> [kh, kw, 1, C*M] ->
    // [kh, kw, C, M] (output channel c*M + m is filter[.., c, m]).
    Value filter = transposed(rewriter, loc, op.getW(), kOIHWToHWIO);
    if (depthwise) {
      auto hwio = cast<RankedTensorType>(filter.getType());
      filter = tfl::ReshapeOp::create(
          rewriter, loc,
          RankedTensorType::get({hwio.getDimSize(0), hwio.getDimSize(1), channels,
                                 w.getDimSize(0) / channels},
                                hwio.getElementType()),
          filter);
    }
    Value bias = op.getB();
    if (isa<NoneType>(bias.getType())) {
      auto biasType = RankedTensorType::get({w.getDimSize(0)}, x.getElementType());
      bias = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(
          biasType, rewriter.getZeroAttr(x.getElementType())));
    }
    auto create = [&](auto opTag) -> Value {
      using ConvOp = decltype(opTag);
      return ConvOp::create(rewriter, loc, permuted(y, kToNHWC), input, filter, bias,
                            rewriter.getDenseI64ArrayAttr(strides),
                            rewriter.getDenseI64ArrayAttr(dilations),
                            rewriter.getStringAttr(padding->mode),
                            rewriter.getDenseI64ArrayAttr(padding->explicitPads),
                            rewriter.getStringAttr("NONE"));
    };
    Value conv = depthwise ? create(tfl::DepthwiseConv2DOp()) : create(tfl::Conv2DOp());
    rewriter.replaceOp(op, transposed(rewriter, loc, conv, kToNCHW));
    return success();
  }
};

} // namespace

void populateConvLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerConv2D>(patterns.getContext());
}

} // namespace t2t
