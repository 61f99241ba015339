//===- ModelLoader.h - Parse, check and normalize an ONNX model -*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_MODELLOADER_H
#define T2T_LIB_IMPORT_MODELLOADER_H

#include "TensorImport.h"
#include "t2t/Import/ONNXImporter.h"

#include "onnx/onnx_pb.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>

namespace t2t::import {

/// The ai.onnx opset every model is normalized to: the newest one the
/// installed ONNX knows, which is also the one the onnx dialect is generated
/// from.
int canonicalOpset();

/// A checked and normalized model whose large main-graph initializer payloads
/// stayed in the serialized bytes (PayloadSplitting.h).
struct LoadedModel {
  std::unique_ptr<::onnx::ModelProto> proto;
  /// Initializer name -> its payload in the serialized bytes.
  llvm::StringMap<llvm::ArrayRef<char>> payloads;
  /// The mapped model file the payloads lie in; null when they lie in the
  /// caller's buffer.
  std::shared_ptr<llvm::MemoryBuffer> file;

  /// The payload of a main-graph `initializer` that holds
  /// kPayloadPlaceholder because its bytes stayed in the serialized model.
  std::optional<HeldPayload> payloadOf(const ::onnx::TensorProto &initializer) const;
};

/// Parses a serialized ModelProto, brings newer opsets down and vendor
/// operators into ONNX's (OpsetDowngrade.h, VendorOps.h), sorts its nodes,
/// pins the input dims `options` give, checks that its external data stays
/// inside `modelDir`, runs ONNX's checker, converts older ai.onnx opsets to
/// canonicalOpset() and runs ONNX shape inference, all of libonnx's work in
/// its worker process. Every libonnx exception or crash becomes an llvm::Error.
llvm::Expected<LoadedModel> loadModel(llvm::MemoryBufferRef buffer, llvm::StringRef modelDir,
                                      const ImportOptions &options = {});

/// As loadModel, from the file mapped into memory: the weights are read from
/// the mapping when used, never copied into the parsed model. External data
/// is read relative to the file's folder.
llvm::Expected<LoadedModel> loadModelFile(llvm::StringRef path, const ImportOptions &options = {});

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_MODELLOADER_H
