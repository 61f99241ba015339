//===- LowerResize.cpp - ONNX Resize -> tfl resize ops on NHWC data -------===//
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
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerResize : OpRewritePattern<onnx::ResizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ResizeOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !y || x.getRank() != 4 || y.getRank() != 4 || !isa<FloatType>(x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a 4-D float resize");
    if (x.getDimSize(1) != y.getDimSize(1) || ShapedType::isDynamic(y.getDimSize(2)) ||
        ShapedType::isDynamic(y.getDimSize(3)) ||
        (!ShapedType::isDynamic(x.getDimSize(0)) && x.getDimSize(0) != y.getDimSize(0)))
      return rewriter.notifyMatchFailure(op, "only a static H and W may change");

    StringRef mode = op.getMode(), ctm = op.getCoordinateTransformationMode(),
              nearest = op.getNearestMode();
    bool integerScale = true, outputAboveOne = y.getDimSize(2) > 1 && y.getDimSize(3) > 1;
    for (int d = 2; d < 4; ++d)
      integerScale &= !ShapedType::isDynamic(x.getDimSize(d)) &&
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

    Location loc = op.getLoc();
    Value input = transposed(rewriter, loc, op.getX(), kToNHWC);
    BoolAttr align = rewriter.getBoolAttr(flags->first),
             halfPixel = rewriter.getBoolAttr(flags->second);
    Value resized =
        mode == "linear"
            ? Value(tfl::ResizeBilinearOp::create(rewriter, loc, permuted(y, kToNHWC), input,
                                                  align, halfPixel))
            : Value(tfl::ResizeNearestNeighborOp::create(rewriter, loc, permuted(y, kToNHWC),
                                                         input, align, halfPixel));
    rewriter.replaceOp(op, transposed(rewriter, loc, resized, kToNCHW));
    return success();
  }
};

} // namespace

void populateResizeLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerResize>(patterns.getContext());
}

} // namespace t2t
