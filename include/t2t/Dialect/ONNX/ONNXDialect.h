//===- ONNXDialect.h - The onnx dialect -------------------------*- C++ -*-===//

#ifndef T2T_DIALECT_ONNX_ONNXDIALECT_H
#define T2T_DIALECT_ONNX_ONNXDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "dialects/onnx/ONNXDialect.h.inc"

#define GET_OP_CLASSES
#include "dialects/onnx/ONNXOps.h.inc"

namespace t2t::onnx {
/// The value of an onnx.Constant in any numeric form (value, value_float,
/// value_int, value_floats, value_ints) as elements of its result type; null
/// for the sparse and string forms.
mlir::ElementsAttr constantElements(ConstantOp op);
} // namespace t2t::onnx

#endif // T2T_DIALECT_ONNX_ONNXDIALECT_H
