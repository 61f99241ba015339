// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// TopK along the last axis: TensorFlow's TopKV2 with K as a 0-D int32, the
// indices cast to int64.
// CHECK-LABEL: func @largest
// CHECK: %[[K:.*]] = tfl.reshape %arg1 : (tensor<1xi64>) -> tensor<i64>
// CHECK: %[[K32:.*]] = tfl.cast %[[K]] : (tensor<i64>) -> tensor<i32>
// CHECK: %[[V:.*]], %[[I:.*]] = tfl.topk_v2 %arg0, %[[K32]] : (tensor<3x4xf32>, tensor<i32>) -> (tensor<3x2xf32>, tensor<3x2xi32>)
// CHECK: %[[I64:.*]] = tfl.cast %[[I]] : (tensor<3x2xi32>) -> tensor<3x2xi64>
// CHECK: return %[[V]], %[[I64]]
func.func @largest(%x: tensor<3x4xf32>, %k: tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>) {
  %v, %i = "onnx.TopK"(%x, %k) : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>)
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi64>
}

// -----

// The smallest along axis 0: x transposed to put the axis last and negated
// (the layout pass moves the transpose after the negation); the values
// negated back, both results transposed back.
// CHECK-LABEL: func @smallest_axis0
// CHECK: %[[N:.*]] = tfl.neg %arg0
// CHECK: %[[T:.*]] = tfl.transpose %[[N]], [1, 0] : (tensor<4x3xf32>) -> tensor<3x4xf32>
// CHECK: %[[V:.*]], %[[I:.*]] = tfl.topk_v2 %[[T]], %{{.*}} : (tensor<3x4xf32>, tensor<i32>) -> (tensor<3x2xf32>, tensor<3x2xi32>)
// CHECK: %[[VN:.*]] = tfl.neg %[[V]]
// CHECK: %[[I64:.*]] = tfl.cast %[[I]]
// CHECK: %[[VB:.*]] = tfl.transpose %[[VN]], [1, 0] : (tensor<3x2xf32>) -> tensor<2x3xf32>
// CHECK: %[[IB:.*]] = tfl.transpose %[[I64]], [1, 0] : (tensor<3x2xi64>) -> tensor<2x3xi64>
// CHECK: return %[[VB]], %[[IB]]
func.func @smallest_axis0(%x: tensor<4x3xf32>, %k: tensor<1xi64>) -> (tensor<2x3xf32>, tensor<2x3xi64>) {
  %v, %i = "onnx.TopK"(%x, %k) {axis = 0 : i64, largest = 0 : i64} : (tensor<4x3xf32>, tensor<1xi64>) -> (tensor<2x3xf32>, tensor<2x3xi64>)
  return %v, %i : tensor<2x3xf32>, tensor<2x3xi64>
}
