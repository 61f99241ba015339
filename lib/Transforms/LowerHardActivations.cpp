//===- LowerHardActivations.cpp - HardSigmoid -> relu6 math ---------------===//
//
// TensorFlow has no HardSigmoid op, so it becomes ops it has:
//   HardSigmoid(x) = clip(alpha * x + beta, 0, 1)
//                  = relu6(6 * alpha * x + 6 * beta) * (1/6)
// with scalar constants, which broadcast in any layout. (HardSwish is
// tfl.hard_swish, a DRR pattern.)
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t {
namespace {

Value scalar(PatternRewriter &rewriter, Location loc, Type element, double value) {
  auto type = RankedTensorType::get({}, element);
  return tfl::ConstOp::create(rewriter, loc,
                              DenseElementsAttr::get(type, rewriter.getFloatAttr(element, value)));
}

/// relu6(a * x + b) * (1/6), the shared core of both activations.
Value scaledRelu6(PatternRewriter &rewriter, Location loc, Value x, double a, double b) {
  Type type = x.getType(), element = getElementTypeOrSelf(type);
  StringAttr none = rewriter.getStringAttr("NONE");
  Value v = x;
  if (a != 1.0)
    v = tfl::MulOp::create(rewriter, loc, type, v, scalar(rewriter, loc, element, a), none);
  v = tfl::AddOp::create(rewriter, loc, type, v, scalar(rewriter, loc, element, b), none);
  v = tfl::Relu6Op::create(rewriter, loc, v);
  return tfl::MulOp::create(rewriter, loc, type, v, scalar(rewriter, loc, element, 1.0 / 6.0),
                            none);
}

bool isFloatTensor(Type type) {
  auto tensor = dyn_cast<TensorType>(type);
  return tensor && isa<FloatType>(tensor.getElementType());
}

struct LowerHardSigmoid : OpRewritePattern<onnx::HardSigmoidOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::HardSigmoidOp op, PatternRewriter &rewriter) const override {
    if (!isFloatTensor(op.getX().getType()))
      return rewriter.notifyMatchFailure(op, "needs a float tensor");
    double alpha = op.getAlpha(), beta = op.getBeta();
    rewriter.replaceOp(op, scaledRelu6(rewriter, op.getLoc(), op.getX(), 6 * alpha, 6 * beta));
    return success();
  }
};

} // namespace

void populateHardActivationLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerHardSigmoid>(patterns.getContext());
}

} // namespace t2t
