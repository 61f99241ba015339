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
// CHECK-NEXT: LpNormalization x1: lp_p3
// CHECK-NEXT: why: p: needs constant attribute 1; p: needs constant attribute 2
// CHECK-NEXT: inputs: (tensor<2x3xf32>)
// CHECK-NEXT: LpNormalization x1: lp_axis_out_of_range
// CHECK-NEXT: why: p: needs constant attribute 1; x, axis: needs an axis in range of a ranked input
// CHECK-NEXT: inputs: (tensor<2x3xf32>)

func.func @instancenormalization_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.InstanceNormalization"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("instancenormalization_bool")
  return %r : tensor<*xi1>
}

func.func @meanvariancenormalization_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.MeanVarianceNormalization"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("meanvariancenormalization_bool")
  return %r : tensor<*xi1>
}
func.func @lp_normalization_not_lowered(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.LpNormalization"(%x) {p = 3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("lp_p3")
  %1 = "onnx.LpNormalization"(%x) {axis = 2 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("lp_axis_out_of_range")
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}
