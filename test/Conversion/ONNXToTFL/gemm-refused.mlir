// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Gemm x1: gemm_bool
// CHECK-NEXT: why: transB: needs a value other than 0; a, b, transB, c: needs 2-D float operands, a static B and a 1-D bias of the output size; a, b: needs 2-D float operands
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: MatMul x1: matmul_bool
// CHECK-NEXT: why: a, b: needs a 2-D float input and a static 2-D B; y: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)

func.func @gemm_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Gemm"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("gemm_bool")
  return %r : tensor<*xi1>
}

func.func @matmul_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.MatMul"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("matmul_bool")
  return %r : tensor<*xi1>
}
