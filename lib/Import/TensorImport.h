//===- TensorImport.h - ONNX TensorProto -> ElementsAttr --------*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_TENSORIMPORT_H
#define T2T_LIB_IMPORT_TENSORIMPORT_H

#include "onnx/onnx_pb.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>

namespace t2t::import {

/// The MLIR element type of an ONNX TensorProto data type, or an error naming
/// the type when t2t cannot represent it (strings, complex numbers).
llvm::Expected<mlir::Type> convertElementType(int32_t onnxType, mlir::MLIRContext *context);

/// Converts an ONNX type (tensor type with optional shape) to a TensorType;
/// unknown dims become dynamic, a missing shape an unranked tensor.
llvm::Expected<mlir::TensorType> convertTensorType(const ::onnx::TypeProto &type,
                                                   mlir::MLIRContext *context);

/// Resolves the file of an external-data tensor, refusing absolute paths,
/// `..`, paths (or symlinks) that leave `modelDir`, and non-regular files.
llvm::Expected<std::string> resolveExternalLocation(const ::onnx::TensorProto &tensor,
                                                    llvm::StringRef modelDir);

/// A tensor's raw_data held outside its TensorProto (PayloadSplitting.h).
struct HeldPayload {
  llvm::ArrayRef<char> bytes;
  /// The mapped file `bytes` lie in, which the blob made over them keeps
  /// alive; null when they lie in a buffer that may not outlive the import,
  /// and are copied.
  std::shared_ptr<llvm::MemoryBuffer> file;
};

/// Converts a TensorProto to an ElementsAttr. Large tensors become resource
/// blobs that take over the proto's raw_data, or point into the mapped model
/// or external data file, rather than being copied into a uniqued attribute.
/// External data is read only from inside `modelDir`. `tensor` may be
/// modified (its raw_data moved). `held`, if given, is the tensor's raw_data.
llvm::Expected<mlir::ElementsAttr> convertTensor(::onnx::TensorProto &tensor,
                                                 llvm::StringRef modelDir,
                                                 mlir::MLIRContext *context,
                                                 std::optional<HeldPayload> held = std::nullopt);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_TENSORIMPORT_H
