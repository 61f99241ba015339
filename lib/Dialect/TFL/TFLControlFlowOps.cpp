//===- TFLControlFlowOps.cpp - Verifiers of the region-holding ops ---------===//
//
// A loop's values keep their types across iterations: the inputs, both
// regions' arguments, the body's yield and the results all agree.
//
//===----------------------------------------------------------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/BuiltinTypes.h"

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
