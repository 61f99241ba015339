//===- OnnxNames.cpp - What exported models name after the ONNX model ----===//

#include "t2t/Export/OnnxNames.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;

namespace t2t {

std::string interfaceName(DictionaryAttr attrs, StringRef fallback) {
  auto name = attrs ? attrs.getAs<StringAttr>("onnx.name") : StringAttr();
  return name ? name.getValue().str() : fallback.str();
}

std::string nodeNameOrOpName(Operation *op) {
  StringRef name = onnxNodeName(op->getLoc());
  return name.empty() ? op->getName().stripDialect().str() : name.str();
}

SmallVector<Operation *> onnxValueHolders(Block &block,
                                          llvm::function_ref<bool(Operation *)> exported) {
  llvm::StringMap<size_t> index;
  SmallVector<Operation *> holders;
  for (Operation &op : block) {
    StringRef node = onnxNodeName(op.getLoc());
    if (node.empty() || !op.getNumResults() || isa<tfl::ConstOp>(op) || !exported(&op))
      continue;
    auto [at, inserted] = index.try_emplace(node, holders.size());
    if (inserted)
      holders.push_back(&op);
    else
      holders[at->second] = &op;
  }
  return holders;
}

MappedValue mappedValue(Operation *holder, std::string output) {
  SmallVector<StringRef> names = onnxNodeNames(holder->getLoc());
  MappedValue value{names.front().str(), std::move(output), {}, {}};
  for (StringRef fused : ArrayRef(names).drop_front())
    value.fused.push_back(fused.str());
  if (auto type = dyn_cast<RankedTensorType>(holder->getResult(0).getType()))
    for (int64_t dim : type.getShape())
      value.shape.push_back(ShapedType::isDynamic(dim) ? -1 : dim);
  return value;
}

} // namespace t2t
