// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: ScatterElements x1: scatterelements_bool
// CHECK-NEXT: why: needs static shapes and no reduction
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)

func.func @scatterelements_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ScatterElements"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("scatterelements_bool")
  return %r : tensor<*xi1>
}
