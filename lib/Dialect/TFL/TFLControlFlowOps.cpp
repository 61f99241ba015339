//===- TFLControlFlowOps.cpp - Verifiers of the region-holding ops ---------===//
//
// A loop's values keep their types across iterations: the inputs, both
// regions' arguments, the body's yield and the results all agree. An if's
// branches yield its results.
//
//===----------------------------------------------------------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace t2t::tfl;

/// The region's arguments have the loop values' types.
static LogicalResult verifyLoopArguments(WhileOp op, Region &region, StringRef name) {
  if (region.getArgumentTypes() != op.getInputs().getTypes())
    return op.emitOpError("the ") << name << " region's arguments differ from the loop values";
  return success();
}

LogicalResult WhileOp::verify() {
  if (getInputs().getTypes() != getOutputs().getTypes())
    return emitOpError("results differ from the loop values");
  if (failed(verifyLoopArguments(*this, getCond(), "cond")) ||
      failed(verifyLoopArguments(*this, getBody(), "body")))
    return failure();
  auto condYield = cast<YieldOp>(getCond().front().getTerminator());
  auto predicate = condYield.getValues().size() == 1
                       ? dyn_cast<RankedTensorType>(condYield.getValues()[0].getType())
                       : RankedTensorType();
  if (!predicate || predicate.getRank() != 0 || !predicate.getElementType().isInteger(1))
    return emitOpError("the cond region must yield one tensor<i1>");
  auto bodyYield = cast<YieldOp>(getBody().front().getTerminator());
  if (bodyYield.getValues().getTypes() != getInputs().getTypes())
    return emitOpError("the body region must yield the loop values' types");
  return success();
}

/// A branch may yield a more static type than the if's result (branches of
/// different sizes): the same element type and compatible shapes.
LogicalResult IfOp::verify() {
  for (Region *branch : {&getThenBranch(), &getElseBranch()}) {
    TypeRange yielded = cast<YieldOp>(branch->front().getTerminator()).getValues().getTypes();
    if (yielded.size() != getNumResults() || failed(verifyCompatibleShapes(yielded, getResultTypes())) ||
        llvm::any_of(llvm::zip(yielded, getResultTypes()), [](auto pair) {
          return getElementTypeOrSelf(std::get<0>(pair)) != getElementTypeOrSelf(std::get<1>(pair));
        }))
      return emitOpError("each branch must yield values of the results' types");
  }
  return success();
}

namespace {
/// An if on a constant condition is the branch it takes, inlined: no control
/// flow is written for it (a graph input bound to a constant decides it).
/// C++: a declarative pattern cannot move a region's ops.
struct InlineConstantIf : OpRewritePattern<IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(IfOp op, PatternRewriter &rewriter) const override {
    DenseElementsAttr cond;
    if (!matchPattern(op.getCond(), m_Constant(&cond)))
      return failure();
    Region &taken = cond.getSplatValue<bool>() ? op.getThenBranch() : op.getElseBranch();
    Block &block = taken.front();
    auto yield = cast<YieldOp>(block.getTerminator());
    SmallVector<Value> results(yield.getValues());
    rewriter.inlineBlockBefore(&block, op);
    rewriter.eraseOp(yield);
    rewriter.replaceOp(op, results);
    return success();
  }
};
} // namespace

void IfOp::getCanonicalizationPatterns(RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add<InlineConstantIf>(context);
}
