// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// CHECK-LABEL: func @math
func.func @math(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
  // CHECK: %[[A:.*]] = tfl.tanh %arg0
  // CHECK: %[[B:.*]] = tfl.exp %[[A]]
  // CHECK: %[[C:.*]] = tfl.log %[[B]]
  // CHECK: %[[D:.*]] = tfl.sqrt %[[C]]
  // CHECK: %[[E:.*]] = tfl.abs %[[D]]
  // CHECK: %[[F:.*]] = tfl.neg %[[E]]
  // CHECK: %[[G:.*]] = tfl.sub %[[F]], %arg1
  // CHECK: %[[H:.*]] = tfl.div %[[G]], %arg1
  // CHECK: %[[I:.*]] = tfl.pow %[[H]], %arg1
  // CHECK: %[[J:.*]] = tfl.leaky_relu %[[I]] {alpha = 2.000000e-01 : f32}
  // CHECK: %[[K:.*]] = tfl.softmax %[[J]] : tensor<2x3xf32>
  // CHECK: %[[L:.*]] = tfl.cast %[[K]] : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %a = "onnx.Tanh"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = "onnx.Exp"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = "onnx.Log"(%b) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %d = "onnx.Sqrt"(%c) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %e = "onnx.Abs"(%d) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %f = "onnx.Neg"(%e) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %g = "onnx.Sub"(%f, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %h = "onnx.Div"(%g, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %i = "onnx.Pow"(%h, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %j = "onnx.LeakyRelu"(%i) {alpha = 0.2 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %k = "onnx.Softmax"(%j) {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %l = "onnx.Cast"(%k) {to = 6 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  return %k, %l : tensor<2x3xf32>, tensor<2x3xi32>
}

// -----

// Reductions: negative axes normalized; no axes means all; ReduceSum's axes
// are a constant input.
// CHECK-LABEL: func @reductions
func.func @reductions(%x: tensor<2x3x4xf32>) -> (tensor<2x3x1xf32>, tensor<1x1x1xf32>, tensor<3xf32>, tensor<2x4xf32>) {
  // CHECK: tfl.mean %arg0, [2] {keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  // CHECK: tfl.reduce_max %arg0, [0, 1, 2] {keep_dims = true}
  // CHECK: tfl.reduce_min %arg0, [0, 2] {keep_dims = false}
  // CHECK: tfl.sum %arg0, [1] {keep_dims = false}
  %0 = "onnx.ReduceMean"(%x) {axes = array<i64: -1>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %1 = "onnx.ReduceMax"(%x) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %2 = "onnx.ReduceMin"(%x) {axes = array<i64: 2, 0>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %axes = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %3 = "onnx.ReduceSum"(%x, %axes) {keepdims = 0 : i64} : (tensor<2x3x4xf32>, tensor<1xi64>) -> tensor<2x4xf32>
  return %0, %1, %2, %3 : tensor<2x3x1xf32>, tensor<1x1x1xf32>, tensor<3xf32>, tensor<2x4xf32>
}
