// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: GRU x1: gru_bool
// CHECK-NEXT: why: needs float X of static features and static W
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)

func.func @gru_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>, %a3: tensor<*xi1>, %a4: tensor<*xi1>, %a5: tensor<*xi1>) -> (tensor<*xi1>, tensor<*xi1>) {
  %r:2 = "onnx.GRU"(%a0, %a1, %a2, %a3, %a4, %a5) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>, tensor<*xi1>) loc("gru_bool")
  return %r#0, %r#1 : tensor<*xi1>, tensor<*xi1>
}
