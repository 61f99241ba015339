// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s

// onnx.Constant in its `value` form (inline or resource blob) is tfl.const.
// CHECK-LABEL: func @constants
func.func @constants() -> (tensor<2xf32>, tensor<3xi64>) {
  // CHECK: tfl.const dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  // CHECK: tfl.const dense<[1, 2, 3]> : tensor<3xi64>
  // CHECK-NOT: onnx.Constant
  %0 = "onnx.Constant"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %1 = "onnx.Constant"() {value = dense<[1, 2, 3]> : tensor<3xi64>} : () -> tensor<3xi64>
  return %0, %1 : tensor<2xf32>, tensor<3xi64>
}
