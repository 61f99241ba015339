//===- ModuleExport.h - An exporter as an mlir-translate translation -*- C++ -*-===//

#ifndef T2T_EXPORT_MODULEEXPORT_H
#define T2T_EXPORT_MODULEEXPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

namespace t2t {

/// Registers `--<name>` with mlir-translate: `write` on the translated
/// builtin.module (anything else is an error), with every t2t dialect loaded.
void registerModuleExport(
    llvm::StringRef name, llvm::StringRef description,
    std::function<mlir::LogicalResult(mlir::ModuleOp, llvm::raw_ostream &)> write);

} // namespace t2t

#endif // T2T_EXPORT_MODULEEXPORT_H
