//===- ONNXOps.td - The onnx dialect's ops ------------------*- tablegen -*-===//
//
// Every ONNX operator comes from ONNXOpsGen.td, generated at build time from
// libonnx's schema registry. This file adds the few ops that are not ONNX
// operators but that the importer needs.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_OPS
#define T2T_ONNX_OPS

include "ONNXBase.td"
include "ONNXOpsGen.td"

def ONNX_NoValueOp : ONNX_Op<"NoValue", [Pure, ConstantLike]> {
  let summary = "The value of an omitted optional input";
  let results = (outs NoneType:$none);
  let assemblyFormat = "attr-dict";
  let hasFolder = 1;
}

def ONNX_YieldOp : ONNX_Op<"Yield", [Pure, Terminator]> {
  let summary = "Returns a subgraph's outputs from a region of If, Loop or Scan";
  let arguments = (ins Variadic<AnyType>:$outputs);
  let assemblyFormat = "attr-dict ($outputs^ `:` type($outputs))?";
}

#endif // T2T_ONNX_OPS
