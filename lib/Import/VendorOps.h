//===- VendorOps.h - com.microsoft operators as standard ONNX ---*- C++ -*-===//
//
// onnxruntime's offline optimizer and some exporters write its contrib ops
// (com.microsoft): fused convolutions, matmuls, GELUs and layer norms. They are
// decomposed into the standard nodes they compute before libonnx sees the
// model; any other operator outside ONNX's domains is reported by domain and
// op type, every one at once.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_VENDOROPS_H
#define T2T_LIB_IMPORT_VENDOROPS_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"

namespace t2t::import {

/// Decomposes the com.microsoft operators t2t knows into nodes of the
/// model's ai.onnx opset (at most 17: runs after downgradeOpset) and refuses
/// the model if any node of another domain than ONNX's is left.
llvm::Error decomposeVendorOps(::onnx::ModelProto &model);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_VENDOROPS_H
