//===- NHWCInterface.cpp - Channels-last inputs and outputs of @main ------===//

#include "t2t/Support/Layout.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

namespace t2t {
#define GEN_PASS_DEF_NHWCINTERFACE
#include "dialects/transforms/Passes.h.inc"
} // namespace t2t

using namespace mlir;

namespace {

using t2t::kToNCHW;
using t2t::kToNHWC;

/// The NHWC type of a rank-4 NCHW type.
std::optional<RankedTensorType> nhwcType(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || ranked.getRank() != 4)
    return std::nullopt;
  return t2t::permuted(ranked, kToNHWC);
}

struct NHWCInterface : t2t::impl::NHWCInterfaceBase<NHWCInterface> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.getName() != "main" || func.isExternal())
      return;
    Block &entry = func.getBody().front();
    OpBuilder builder(&getContext());

    builder.setInsertionPointToStart(&entry);
    for (BlockArgument arg : entry.getArguments()) {
      std::optional<RankedTensorType> nhwc = nhwcType(arg.getType());
      if (!nhwc)
        continue;
      Type nchw = arg.getType();
      arg.setType(*nhwc);
      auto back = t2t::tfl::TransposeOp::create(builder, arg.getLoc(), nchw, arg,
                                                builder.getDenseI64ArrayAttr(kToNCHW));
      arg.replaceAllUsesExcept(back, back);
    }

    Operation *ret = entry.getTerminator();
    builder.setInsertionPoint(ret);
    for (OpOperand &operand : ret->getOpOperands()) {
      if (nhwcType(operand.get().getType()))
        operand.set(t2t::transposed(builder, ret->getLoc(), operand.get(), kToNHWC));
    }
    func.setType(
        FunctionType::get(&getContext(), entry.getArgumentTypes(), ret->getOperandTypes()));
  }
};

} // namespace
