//===- NHWCInterface.cpp - Channels-last inputs and outputs of @main -------===//

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

namespace t2t {
#define GEN_PASS_DEF_NHWCINTERFACE
#include "dialects/transforms/Passes.h.inc"
} // namespace t2t

using namespace mlir;

namespace {

constexpr int64_t kToNHWC[] = {0, 2, 3, 1};
constexpr int64_t kToNCHW[] = {0, 3, 1, 2};

std::optional<RankedTensorType> permuted4D(Type type, ArrayRef<int64_t> perm) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || ranked.getRank() != 4)
    return std::nullopt;
  SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(ranked.getDimSize(d));
  return RankedTensorType::get(shape, ranked.getElementType());
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
      std::optional<RankedTensorType> nhwc = permuted4D(arg.getType(), kToNHWC);
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
      std::optional<RankedTensorType> nhwc = permuted4D(operand.get().getType(), kToNHWC);
      if (!nhwc)
        continue;
      operand.set(t2t::tfl::TransposeOp::create(builder, ret->getLoc(), *nhwc, operand.get(),
                                                builder.getDenseI64ArrayAttr(kToNHWC)));
    }
    func.setType(FunctionType::get(&getContext(), entry.getArgumentTypes(),
                                   ret->getOperandTypes()));
  }
};

} // namespace
