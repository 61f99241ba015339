//===- DotExporter.cpp - The lowered graph as a Graphviz picture ----------===//
//
// What a person looks at to see what the conversion did: transposes (the
// layout cost) in red, fused layers with the ONNX nodes folded into them.
//
//===----------------------------------------------------------------------===//

#include "t2t/Export/DotExporter.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Export/ModuleExport.h"
#include "t2t/Export/OnnxNames.h"
#include "t2t/Support/Locations.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;

namespace t2t {
namespace {

/// `text` as a DOT double-quoted string's contents.
std::string escaped(StringRef text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\')
      out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string shapeOf(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return "?";
  std::string text;
  llvm::raw_string_ostream os(text);
  llvm::interleave(
      ranked.getShape(), os,
      [&](int64_t d) { os << (ShapedType::isDynamic(d) ? "?" : std::to_string(d)); }, "x");
  return text;
}

} // namespace

LogicalResult exportDot(ModuleOp module, llvm::raw_ostream &os) {
  auto func = module.lookupSymbol<func::FuncOp>("main");
  if (!func || func.getBody().getBlocks().size() != 1)
    return module.emitError("expected a single-block func.func @main to draw");
  llvm::DenseMap<Value, std::string> ids;
  os << "digraph t2t {\n  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", "
        "fillcolor=white, fontname=\"Helvetica\", fontsize=10];\n";
  int next = 0;
  auto idOf = [&](Value v) -> std::string {
    auto it = ids.find(v);
    return it == ids.end() ? std::string() : it->second;
  };
  for (BlockArgument arg : func.getArguments()) {
    std::string name = interfaceName(func.getArgAttrDict(arg.getArgNumber()), "");
    std::string id = "n" + std::to_string(next++);
    ids[arg] = id;
    os << "  " << id << " [label=\"input " << escaped(name) << "\\n"
       << shapeOf(arg.getType()) << "\", shape=oval, fillcolor=\"#dde8f5\"];\n";
  }
  for (Operation &op : func.getBody().front()) {
    if (isa<tfl::ConstOp>(op))
      continue;
    std::string id = "n" + std::to_string(next++);
    for (Value result : op.getResults())
      ids[result] = id;
    SmallVector<StringRef> names = onnxNodeNames(op.getLoc());
    bool transpose = isa<tfl::TransposeOp>(op);
    bool output = isa<func::ReturnOp>(op);
    std::string label = output ? "outputs" : op.getName().stripDialect().str();
    if (op.getNumResults())
      label += "\\n" + shapeOf(op.getResult(0).getType());
    if (!names.empty())
      label += "\\n" + escaped(names[0]);
    if (names.size() > 1)
      label += "\\nfused: " + escaped(llvm::join(ArrayRef(names).drop_front(), ", "));
    os << "  " << id << " [label=\"" << label << "\", tooltip=\""
       << escaped(llvm::join(names, " + ")) << "\"";
    if (transpose)
      os << ", fillcolor=\"#e8544e\", fontcolor=white, class=\"transpose\"";
    else if (names.size() > 1)
      os << ", fillcolor=\"#fbe7b5\", class=\"fused\"";
    else if (output)
      os << ", shape=oval, fillcolor=\"#dde8f5\"";
    os << "];\n";
    for (Value operand : op.getOperands())
      if (std::string from = idOf(operand); !from.empty())
        os << "  " << from << " -> " << id << ";\n";
  }
  os << "}\n";
  return success();
}

void registerDotExportTranslation() {
  registerModuleExport("to-dot",
                       "Draw the tfl dialect's graph for Graphviz (transposes red, fused layers "
                       "labelled)",
                       exportDot);
}

} // namespace t2t
