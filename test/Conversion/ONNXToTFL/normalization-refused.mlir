// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: InstanceNormalization x1: instancenormalization_bool
// CHECK-NEXT: why: x, scale, b: needs a ranked float [N, C, D...] input with static C and [C] scale and bias
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: MeanVarianceNormalization x1: meanvariancenormalization_bool
// CHECK-NEXT: why: x: needs a ranked float tensor
// CHECK-NEXT: inputs: (tensor<*xi1>)

func.func @instancenormalization_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.InstanceNormalization"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("instancenormalization_bool")
  return %r : tensor<*xi1>
}

func.func @meanvariancenormalization_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.MeanVarianceNormalization"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("meanvariancenormalization_bool")
  return %r : tensor<*xi1>
}
