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

// The scalar and list forms are tfl.const of their elements; a cast of one
// (as ONNX's window function expansions write) no longer crashes the folder,
// which reads every constant operand's fold result.
// CHECK-LABEL: func @constant_forms
func.func @constant_forms() -> (tensor<f32>, tensor<i64>, tensor<2xf32>, tensor<3xi64>, tensor<f32>) {
  // CHECK-DAG: tfl.const dense<2.500000e+00> : tensor<f32>
  // CHECK-DAG: tfl.const dense<7> : tensor<i64>
  // CHECK-DAG: tfl.const dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  // CHECK-DAG: tfl.const dense<[4, 5, 6]> : tensor<3xi64>
  // CHECK-DAG: tfl.const dense<7.000000e+00> : tensor<f32>
  // CHECK-NOT: onnx.Constant
  %0 = "onnx.Constant"() {value_float = 2.5 : f32} : () -> tensor<f32>
  %1 = "onnx.Constant"() {value_int = 7 : i64} : () -> tensor<i64>
  %2 = "onnx.Constant"() {value_floats = array<f32: 1.0, 2.0>} : () -> tensor<2xf32>
  %3 = "onnx.Constant"() {value_ints = array<i64: 4, 5, 6>} : () -> tensor<3xi64>
  %4 = "onnx.Cast"(%1) {to = 1 : i64} : (tensor<i64>) -> tensor<f32>
  return %0, %1, %2, %3, %4 : tensor<f32>, tensor<i64>, tensor<2xf32>, tensor<3xi64>, tensor<f32>
}
