// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Gemm with transB = 1 uses B as the [out, in] filter; transB = 0 transposes
// a constant B at compile time; 2-D MatMul has a zero bias.
// CHECK-LABEL: func @gemm
func.func @gemm(%a: tensor<?x3xf32>) -> (tensor<?x2xf32>, tensor<?x2xf32>, tensor<?x2xf32>) {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
  // CHECK-DAG: %[[WT:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 3.000000e+00, 5.000000e+00], [2.000000e+00, 4.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<[5.000000e-01, 1.500000e+00]> : tensor<2xf32>
  // CHECK-DAG: %[[Z:.*]] = tfl.const dense<0.000000e+00> : tensor<2xf32>
  // CHECK: tfl.fully_connected %arg0, %[[W]], %[[C]]
  // CHECK: tfl.fully_connected %arg0, %[[WT]], %[[C]]
  // CHECK: tfl.fully_connected %arg0, %[[WT]], %[[Z]]
  %w = "onnx.Constant"() {value = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
  %wt = "onnx.Constant"() {value = dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
  %c = "onnx.Constant"() {value = dense<[0.5, 1.5]> : tensor<2xf32>} : () -> tensor<2xf32>
  %0 = "onnx.Gemm"(%a, %w, %c) {transB = 1 : i64} : (tensor<?x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %1 = "onnx.Gemm"(%a, %wt, %c) : (tensor<?x3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %2 = "onnx.MatMul"(%a, %wt) : (tensor<?x3xf32>, tensor<3x2xf32>) -> tensor<?x2xf32>
  return %0, %1, %2 : tensor<?x2xf32>, tensor<?x2xf32>, tensor<?x2xf32>
}

// -----

// Einsum keeps its explicit equation and gets one made for the implicit
// form (labels seen once, alphabetically); Range maps one to one.
// CHECK-LABEL: func @einsum_range
// CHECK: tfl.einsum %arg0, %arg1 {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK: tfl.einsum %arg2, %arg2 {equation = "i,i->"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
// CHECK: tfl.range %arg3, %arg4, %arg5 : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2xi32>
func.func @einsum_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %v: tensor<3xf32>, %s: tensor<i32>, %l: tensor<i32>, %d: tensor<i32>) -> (tensor<2x4xf32>, tensor<f32>, tensor<2xi32>) {
  %0 = "onnx.Einsum"(%a, %b) {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = "onnx.Einsum"(%v, %v) {equation = "i,i"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  %2 = "onnx.Range"(%s, %l, %d) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2xi32>
  return %0, %1, %2 : tensor<2x4xf32>, tensor<f32>, tensor<2xi32>
}
