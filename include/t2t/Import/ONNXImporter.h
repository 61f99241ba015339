//===- ONNXImporter.h - ONNX protobuf -> onnx dialect -----------*- C++ -*-===//

#ifndef T2T_IMPORT_ONNXIMPORTER_H
#define T2T_IMPORT_ONNXIMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <optional>
#include <string>
#include <vector>

namespace t2t {

/// A graph input's dims pinned by the user (`--input-shape NAME:d0,d1,...`);
/// nullopt (`?`) keeps a dim as the model declares it.
struct InputShape {
  std::string name;
  std::vector<std::optional<int64_t>> dims;
};

/// Parses `NAME:d0,d1,...` (each dim a non-negative integer or `?`).
llvm::Expected<InputShape> parseInputShape(llvm::StringRef text);

/// A graph input frozen to constant values (`--bind NAME=v0,v1,...`), in
/// row-major order of the input's shape.
struct InputBinding {
  std::string name;
  std::vector<double> values;
};

/// Parses `NAME=v0,v1,...` (each value a number).
llvm::Expected<InputBinding> parseInputBinding(llvm::StringRef text);

/// What the user tells the importer beyond the model.
struct ImportOptions {
  /// Graph input dims to pin before shapes are inferred and folded.
  std::vector<InputShape> inputShapes;
  /// Graph inputs made constants (and dropped from the interface) before
  /// anything is inferred or folded: the Ifs they decide disappear.
  std::vector<InputBinding> bindings;
  /// The batch size: dim 0 of every graph input whose dim 0 is symbolic.
  std::optional<int64_t> batch;
};

/// Imports a serialized ONNX ModelProto into a module holding `func.func
/// @main` in the onnx dialect. `modelPath` names the file for locations and is
/// the folder external data is read from (never outside it). Malformed models
/// produce diagnostics on `context` and a null result, never a crash.
mlir::OwningOpRef<mlir::ModuleOp> importONNXModel(llvm::MemoryBufferRef buffer,
                                                  llvm::StringRef modelPath,
                                                  mlir::MLIRContext *context,
                                                  const ImportOptions &options = {});

/// As above, from the file at `modelPath`, mapped: its weights become resource
/// blobs over the mapping, never copied (the cheapest way in time and memory).
mlir::OwningOpRef<mlir::ModuleOp> importONNXFile(llvm::StringRef modelPath,
                                                 mlir::MLIRContext *context,
                                                 const ImportOptions &options = {});

/// Registers `--input-shape`, `--bind` (both repeatable) and `--batch`, in `category` if
/// given; importOptionsFromCommandLine() reads them after parsing.
void registerImportCLOptions(llvm::cl::OptionCategory *category = nullptr);
llvm::Expected<ImportOptions> importOptionsFromCommandLine();

/// Registers `--import-onnx` with mlir-translate's registry, with the
/// import options above.
void registerONNXImportTranslation();

} // namespace t2t

#endif // T2T_IMPORT_ONNXIMPORTER_H
