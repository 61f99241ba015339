//===- LowerPool.cpp - ONNX pooling -> tfl NHWC pooling -------------------===//
//
// MaxPool: tfl.max_pool_2d on NHWC data. TensorFlow.js has no EXPLICIT
// MaxPool, so explicit pads become a tfl.padv2 with the lowest float first
// (max over a window never picks it unless the window is all padding, which
// ONNX forbids: pads are smaller than the kernel), then VALID pooling.
// GlobalAveragePool: tfl.mean over H and W (axes 1, 2 in NHWC), keep_dims.
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Padding.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"

#include <cfloat>

using namespace mlir;

namespace t2t {
namespace {

struct LowerMaxPool : OpRewritePattern<onnx::MaxPoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::MaxPoolOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float pool");
    if (!isa<NoneType>(op.getIndices().getType()))
      return rewriter.notifyMatchFailure(op, "the Indices output is not supported");
    if (op.getCeilMode() != 0 || op.getStorageOrder() != 0)
      return rewriter.notifyMatchFailure(op, "ceil_mode and storage_order are not supported");
    SmallVector<int64_t> kernel(op.getKernelShape());
    SmallVector<int64_t> strides(op.getStrides().value_or(ArrayRef<int64_t>{1, 1}));
    SmallVector<int64_t> dilations(op.getDilations().value_or(ArrayRef<int64_t>{1, 1}));
    if (kernel.size() != 2 || llvm::any_of(dilations, [](int64_t d) { return d != 1; }))
      return rewriter.notifyMatchFailure(op, "needs a 2-D kernel without dilation");
    FailureOr<TFPadding> padding =
        computeTFPadding(op.getAutoPad(), op.getPads(), x, kernel, strides, dilations);
    if (failed(padding))
      return rewriter.notifyMatchFailure(op, "padding not expressible");

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    StringRef mode = padding->mode;
    if (mode == "EXPLICIT") {
      auto in = cast<RankedTensorType>(input.getType());
      auto &p = padding->explicitPads; // top, bottom, left, right
      auto grow = [](int64_t d, int64_t by) { return ShapedType::isDynamic(d) ? d : d + by; };
      auto paddedType = RankedTensorType::get(
          {in.getDimSize(0), grow(in.getDimSize(1), p[0] + p[1]), grow(in.getDimSize(2), p[2] + p[3]),
           in.getDimSize(3)},
          in.getElementType());
      input = tfl::PadV2Op::create(rewriter, loc, paddedType, input,
                                   rewriter.getDenseI64ArrayAttr({0, 0, p[0], p[1], p[2], p[3], 0, 0}),
                                   rewriter.getF32FloatAttr(-FLT_MAX));
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

struct LowerGlobalAveragePool : OpRewritePattern<onnx::GlobalAveragePoolOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GlobalAveragePoolOp op,
                                PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 2-D float pool");
    Location loc = op.getLoc();
    Value mean = tfl::MeanOp::create(rewriter, loc, permuted(y, kToNHWC),
                                     transposed(rewriter, loc, op.getX(), kToNHWC),
                                     rewriter.getDenseI64ArrayAttr({1, 2}),
                                     rewriter.getBoolAttr(true));
    rewriter.replaceOp(op, transposed(rewriter, loc, mean, kToNCHW));
    return success();
  }
};

} // namespace

void populatePoolLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerMaxPool, LowerGlobalAveragePool>(patterns.getContext());
}

} // namespace t2t
