//===- ControlFlow.cpp - onnx If -> tfl.if --------------------------------===//
//
// If's branches move into a tfl.if as they are (their ops are lowered where
// they stand, by the same patterns as the main graph); their onnx.Yield
// terminators become tfl.yield. A condition that is constant (after
// folding, or a graph input bound with --bind) inlines the branch it takes:
// tfl.if's canonicalization.
// C++: a declarative pattern cannot move regions.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerIf : OpRewritePattern<onnx::IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::IfOp op, PatternRewriter &rewriter) const override {
    auto cond = dyn_cast<RankedTensorType>(op.getCond().getType());
    if (!cond || !cond.hasStaticShape() || cond.getNumElements() != 1 ||
        !cond.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(op, "needs a one-element bool condition");
    if (!llvm::all_of(op.getResultTypes(), llvm::IsaPred<RankedTensorType>))
      return rewriter.notifyMatchFailure(op, "needs ranked tensor results (no sequences)");
    Location loc = op.getLoc();
    Value predicate = op.getCond();
    if (cond.getRank() != 0)
      predicate = TFLBuilder(rewriter, loc).reshape(predicate, {});
    auto lowered = tfl::IfOp::create(rewriter, loc, op.getResultTypes(), predicate);
    rewriter.inlineRegionBefore(op.getThenBranch(), lowered.getThenBranch(),
                                lowered.getThenBranch().end());
    rewriter.inlineRegionBefore(op.getElseBranch(), lowered.getElseBranch(),
                                lowered.getElseBranch().end());
    for (Region *branch : {&lowered.getThenBranch(), &lowered.getElseBranch()}) {
      auto yield = cast<onnx::YieldOp>(branch->front().getTerminator());
      rewriter.setInsertionPoint(yield);
      rewriter.replaceOpWithNewOp<tfl::YieldOp>(yield, yield.getOutputs());
    }
    rewriter.replaceOp(op, lowered.getResults());
    return success();
  }
};

} // namespace

void populateControlFlowLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerIf>(patterns.getContext());
  tfl::IfOp::getCanonicalizationPatterns(patterns, patterns.getContext());
}

} // namespace t2t
