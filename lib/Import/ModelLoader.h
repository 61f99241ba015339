//===- ModelLoader.h - Parse, check and normalize an ONNX model -*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_MODELLOADER_H
#define T2T_LIB_IMPORT_MODELLOADER_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>

namespace t2t::import {

/// The ai.onnx opset every model is normalized to: the newest one the
/// installed ONNX knows, which is also the one the onnx dialect is generated
/// from.
int canonicalOpset();

/// Parses a serialized ModelProto, checks that its external data stays inside
/// `modelDir`, runs ONNX's checker, converts older ai.onnx opsets to
/// canonicalOpset() and runs ONNX shape inference, all of libonnx's work in
/// its worker process. Every libonnx exception or crash becomes an llvm::Error.
llvm::Expected<std::unique_ptr<::onnx::ModelProto>> loadModel(llvm::MemoryBufferRef buffer,
                                                              llvm::StringRef modelDir);

/// As loadModel, streaming the file from disk rather than from a buffer that
/// holds all of it; external data is read relative to the file's folder.
llvm::Expected<std::unique_ptr<::onnx::ModelProto>> loadModelFile(llvm::StringRef path);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_MODELLOADER_H
