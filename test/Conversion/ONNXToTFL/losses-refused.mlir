// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: SoftmaxCrossEntropyLoss x1: softmaxcrossentropyloss_bool
// CHECK-NEXT: why: needs static float input [N, C, ...] and target
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)

func.func @softmaxcrossentropyloss_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>, tensor<*xi1>) {
  %r:2 = "onnx.SoftmaxCrossEntropyLoss"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>, tensor<*xi1>) loc("softmaxcrossentropyloss_bool")
  return %r#0, %r#1 : tensor<*xi1>, tensor<*xi1>
}
