//===- LowerClip.cpp - Clip with constant bounds -> relu / relu6 ----------===//
//
// Clip(x, 0, 6) is relu6 and Clip(x, 0, none) is relu: the forms torchvision
// emits for ReLU6 (MobileNet) and for clamp(min=0).
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerClipToRelu : OpRewritePattern<onnx::ClipOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ClipOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<TensorType>(op.getInput().getType());
    if (!type || !isa<FloatType>(type.getElementType()) || type != op.getOutput().getType())
      return rewriter.notifyMatchFailure(op, "needs a float clip");
    std::optional<double> lo = constantScalar(op.getMin());
    bool noMax = isa<NoneType>(op.getMax().getType());
    std::optional<double> hi = noMax ? std::nullopt : constantScalar(op.getMax());
    if (lo != 0.0)
      return rewriter.notifyMatchFailure(op, "min is not the constant 0");
    if (noMax) {
      rewriter.replaceOpWithNewOp<tfl::ReluOp>(op, op.getInput());
      return success();
    }
    if (hi != 6.0)
      return rewriter.notifyMatchFailure(op, "max is not the constant 6");
    rewriter.replaceOpWithNewOp<tfl::Relu6Op>(op, op.getInput());
    return success();
  }
};

/// Any other Clip: maximum with the lower bound, then minimum with the
/// upper one (ONNX's bounds are scalars, which broadcast).
struct LowerClipToMinMax : OpRewritePattern<onnx::ClipOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::ClipOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    if (!type || type != op.getOutput().getType())
      return rewriter.notifyMatchFailure(op, "needs a ranked clip");
    Value v = op.getInput();
    if (!isAbsent(op.getMin()))
      v = tfl::MaximumOp::create(rewriter, op.getLoc(), type, v, op.getMin());
    if (!isAbsent(op.getMax()))
      v = tfl::MinimumOp::create(rewriter, op.getLoc(), type, v, op.getMax());
    rewriter.replaceOp(op, v);
    return success();
  }
};

} // namespace

void populateClipLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerClipToRelu>(patterns.getContext(), /*benefit=*/2);
  patterns.add<LowerClipToMinMax>(patterns.getContext());
}

} // namespace t2t
