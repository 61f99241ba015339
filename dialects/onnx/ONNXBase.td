//===- ONNXBase.td - The onnx dialect and its op base class -*- tablegen -*-===//

#ifndef T2T_ONNX_BASE
#define T2T_ONNX_BASE

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

def ONNX_Dialect : Dialect {
  let name = "onnx";
  let summary = "ONNX operators, one op per operator of the ONNX schema registry";
  let description = [{
    Tensors are in ONNX's own layout (NCHW for images). Each op's operands,
    results and attributes follow its newest ONNX schema; models of older
    opsets are normalized to that form on import. An omitted optional input or
    output is a value of type `none` (produced by `onnx.NoValue`).
  }];
  let cppNamespace = "::t2t::onnx";
  let hasConstantMaterializer = 1;
}

class ONNX_Op<string mnemonic, list<Trait> traits = []> :
    Op<ONNX_Dialect, mnemonic, traits>;

// ONNX attribute scalars, read in C++ as int64_t (axes may be negative) and float.
def ONNX_I64Attr : TypedSignlessIntegerAttrBase<I64, "int64_t", "64-bit integer attribute"> {
  let convertFromStorage = "$_self.getValue().getSExtValue()";
}
def ONNX_F32Attr : FloatAttrBase<F32, "32-bit float attribute"> {
  let returnType = "float";
  let convertFromStorage = "$_self.getValue().convertToFloat()";
}

// An optional ONNX input or output: a tensor, or `none` when omitted.
def ONNX_TensorOrNone : AnyTypeOf<[AnyTensor, NoneType], "tensor or none">;

#endif // T2T_ONNX_BASE
