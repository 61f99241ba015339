//===- LowerMod.cpp - Mod with fmod = 1 -> tfl arithmetic -----------------===//
//
// Mod(fmod = 1) is C's fmod: the remainder of the division truncated toward
// zero, with the dividend's sign. TensorFlow's TruncateMod has no
// TensorFlow.js kernel, so it is written with ops both run:
//   fmod(a, b) = a - trunc(a / b) * b,  trunc(a / b) = floor(|a| / |b|) * sign(a) * sign(b)
// (FloorDiv of the magnitudes is exact for integers). Mod(fmod = 0) is
// FloorMod (ONNXToTFL.td).
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerFMod : OpRewritePattern<onnx::ModOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ModOp op, PatternRewriter &rewriter) const override {
    Value a = op.getA(), b = op.getB();
    Type element = getElementTypeOrSelf(a.getType());
    if (op.getFmod() != 1 || !isa<RankedTensorType>(a.getType()) ||
        !isa<RankedTensorType>(b.getType()) || element != getElementTypeOrSelf(b.getType()) ||
        element.isInteger(1))
      return rewriter.notifyMatchFailure(op, "needs fmod = 1 and ranked operands of one type");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    auto abs = [&](Value v) { return tfl::AbsOp::create(rewriter, loc, v); };
    auto sign = [&](Value v) { return tfl::SignOp::create(rewriter, loc, v); };
    Value absA = abs(a);
    Value magnitude = math.floorDiv(absA, abs(b));
    Value signA = sign(a);
    Value quotient = math.mul(magnitude, math.mul(signA, sign(b)));
    rewriter.replaceOp(op, math.sub(a, math.mul(quotient, b)));
    return success();
  }
};

} // namespace

void populateModLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerFMod>(patterns.getContext());
}

} // namespace t2t
