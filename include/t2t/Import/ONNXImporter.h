//===- ONNXImporter.h - ONNX protobuf -> onnx dialect -----------*- C++ -*-===//

#ifndef T2T_IMPORT_ONNXIMPORTER_H
#define T2T_IMPORT_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/MemoryBuffer.h"

namespace t2t {

/// Imports a serialized ONNX ModelProto into a module holding `func.func
/// @main` in the onnx dialect. `modelPath` names the file for locations and is
/// the folder external data is read from (never outside it). Malformed models
/// produce diagnostics on `context` and a null result, never a crash.
mlir::OwningOpRef<mlir::ModuleOp> importONNXModel(llvm::MemoryBufferRef buffer,
                                                  llvm::StringRef modelPath,
                                                  mlir::MLIRContext *context);

/// As above, from the file at `modelPath`, mapped: its weights become resource
/// blobs over the mapping, never copied (the cheapest way in time and memory).
mlir::OwningOpRef<mlir::ModuleOp> importONNXFile(llvm::StringRef modelPath,
                                                 mlir::MLIRContext *context);

/// Registers `--import-onnx` with mlir-translate's registry.
void registerONNXImportTranslation();

} // namespace t2t

#endif // T2T_IMPORT_ONNXIMPORTER_H
