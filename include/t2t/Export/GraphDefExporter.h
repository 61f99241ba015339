//===- GraphDefExporter.h - tfl dialect -> TensorFlow GraphDef --*- C++ -*-===//

#ifndef T2T_EXPORT_GRAPHDEFEXPORTER_H
#define T2T_EXPORT_GRAPHDEFEXPORTER_H

#include "t2t/Export/OnnxNames.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace t2t {

enum class GraphDefFormat { Binary, Text };

/// What becomes of the module's weights (resource blobs) as a binary
/// GraphDef is written.
enum class WeightRelease {
  /// They stay: the module can still be used.
  Keep,
  /// Each is freed once written, so that the export holds no weight it is
  /// done with (for callers done with the module, e.g. t2t-convert).
  AfterWriting,
};

/// What an export wrote, for summaries and benchmarks.
struct ExportStats {
  size_t nodes = 0;                 // GraphDef nodes, TFLite operators
  llvm::StringMap<size_t> opCounts; // TensorFlow op / TFLite builtin -> count
  size_t bytes = 0;
  std::vector<MappedValue> onnxValues; // with --map, in graph order
};

/// Writes `func.func @main` of `module`, which must hold only tfl ops, as a
/// TensorFlow GraphDef. Arguments become Placeholders and results Identity
/// nodes, named after their `onnx.name`; other nodes are named after their
/// ONNX node (NameLoc). An op with no export mapping or an unsupported dtype
/// is reported at its location and nothing is written.
mlir::LogicalResult exportGraphDef(mlir::ModuleOp module, llvm::raw_ostream &os,
                                   GraphDefFormat format, ExportStats *stats = nullptr,
                                   WeightRelease release = WeightRelease::Keep);

/// Registers `--to-graphdef` and `--to-graphdef-text` with mlir-translate.
void registerGraphDefExportTranslations();

} // namespace t2t

#endif // T2T_EXPORT_GRAPHDEFEXPORTER_H
