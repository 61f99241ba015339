//===- Padding.h - ONNX spatial padding in TensorFlow's terms ---*- C++ -*-===//

#ifndef T2T_LIB_TRANSFORMS_PADDING_H
#define T2T_LIB_TRANSFORMS_PADDING_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace t2t {

/// TensorFlow's view of a 2-D window's padding: SAME, VALID, or EXPLICIT
/// with [top, bottom, left, right].
struct TFPadding {
  std::string mode;
  llvm::SmallVector<int64_t, 4> explicitPads = {0, 0, 0, 0};
};

/// Translates ONNX's auto_pad and pads ([top, left, bottom, right]) of a 2-D
/// window over the NCHW `input`: NOTSET with zero pads is VALID, SAME_UPPER is
/// SAME, SAME_LOWER (odd pixel first) is EXPLICIT and needs static H and W.
mlir::FailureOr<TFPadding>
computeTFPadding(llvm::StringRef autoPad, std::optional<llvm::ArrayRef<int64_t>> pads,
                 mlir::RankedTensorType input, llvm::ArrayRef<int64_t> kernel,
                 llvm::ArrayRef<int64_t> strides, llvm::ArrayRef<int64_t> dilations);

} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_PADDING_H
