//===- TFLiteExporter.h - tfl dialect -> TFLite flatbuffer ------*- C++ -*-===//

#ifndef T2T_EXPORT_TFLITEEXPORTER_H
#define T2T_EXPORT_TFLITEEXPORTER_H

#include "t2t/Export/GraphDefExporter.h"

namespace t2t {

/// Writes `func.func @main` of `module`, which must hold only tfl ops, as a
/// TensorFlow Lite flatbuffer of builtin operators only. Arguments and
/// results become the subgraph's inputs and outputs and the "serving_default"
/// signature, named after their `onnx.name`; a dynamic dim is 1 in a tensor's
/// `shape` and -1 in its `shape_signature`. Weights are written from their
/// blobs after the model's tables, 16-byte aligned, without an in-memory copy
/// of the file. An op TFLite has no builtin for is reported at its location
/// and nothing is written.
///
/// With `exposeOnnxValues` (a model for checking a conversion op by op), the
/// tensor holding each ONNX node's output (the last op lowered from it) is
/// an output of the subgraph too, after the model's own, and `stats` lists
/// them (ExportStats::onnxValues, by tensor name).
mlir::LogicalResult exportTFLite(mlir::ModuleOp module, llvm::raw_ostream &os,
                                 ExportStats *stats = nullptr,
                                 WeightRelease release = WeightRelease::Keep,
                                 bool exposeOnnxValues = false);

/// Registers `--to-tflite` with mlir-translate.
void registerTFLiteExportTranslation();

} // namespace t2t

#endif // T2T_EXPORT_TFLITEEXPORTER_H
