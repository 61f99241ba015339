//===- DotExporter.h - The lowered graph as a Graphviz picture --*- C++ -*-===//

#ifndef T2T_EXPORT_DOTEXPORTER_H
#define T2T_EXPORT_DOTEXPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

namespace t2t {

/// Writes `func.func @main` of a lowered (tfl) module as a Graphviz digraph:
/// one node per op (constants left out), labelled with the op, its result
/// shape and the ONNX node it came from; transposes filled red; an op that
/// fused several ONNX nodes lists them ("fused: ..."), and every node's
/// tooltip names its ONNX nodes; edges follow the values. `dot -Tsvg` draws
/// it.
mlir::LogicalResult exportDot(mlir::ModuleOp module, llvm::raw_ostream &os);

/// Registers `--to-dot` with mlir-translate.
void registerDotExportTranslation();

} // namespace t2t

#endif // T2T_EXPORT_DOTEXPORTER_H
