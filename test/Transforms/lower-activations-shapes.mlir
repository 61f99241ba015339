// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// HardSigmoid(alpha, beta) = relu6(6 alpha x + 6 beta) / 6;
// HardSwish is tfl.hard_swish.
// CHECK-LABEL: func @hard_activations
func.func @hard_activations(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK-DAG: %[[A:.*]] = tfl.const dense<1.200000e+00> : tensor<f32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<3.000000e+00> : tensor<f32>
  // CHECK-DAG: %[[S:.*]] = tfl.const dense<0.166666672> : tensor<f32>
  // CHECK: %[[M:.*]] = tfl.mul %arg0, %[[A]]
  // CHECK: %[[P:.*]] = tfl.add %[[M]], %[[B]]
  // CHECK: %[[R:.*]] = tfl.relu6 %[[P]]
  // CHECK: %[[HS:.*]] = tfl.mul %[[R]], %[[S]]
  // CHECK: %[[SW:.*]] = tfl.hard_swish %arg0
  // CHECK: return %[[HS]], %[[SW]]
  %0 = "onnx.HardSigmoid"(%x) {alpha = 0.2 : f32, beta = 0.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.HardSwish"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Squeeze and Unsqueeze are reshapes; Transpose keeps its permutation.
// CHECK-LABEL: func @shapes
func.func @shapes(%x: tensor<1x3x1xf32>, %axes: tensor<2xi64>) -> (tensor<3xf32>, tensor<1x1x3x1xf32>, tensor<1x1x3xf32>) {
  // CHECK: tfl.reshape %arg0 : (tensor<1x3x1xf32>) -> tensor<3xf32>
  // CHECK: tfl.reshape %arg0 : (tensor<1x3x1xf32>) -> tensor<1x1x3x1xf32>
  // CHECK: tfl.transpose %arg0, [2, 0, 1] : (tensor<1x3x1xf32>) -> tensor<1x1x3xf32>
  %0 = "onnx.Squeeze"(%x, %axes) : (tensor<1x3x1xf32>, tensor<2xi64>) -> tensor<3xf32>
  %1 = "onnx.Unsqueeze"(%x, %axes) : (tensor<1x3x1xf32>, tensor<2xi64>) -> tensor<1x1x3x1xf32>
  %2 = "onnx.Transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<1x3x1xf32>) -> tensor<1x1x3xf32>
  return %0, %1, %2 : tensor<3xf32>, tensor<1x1x3x1xf32>, tensor<1x1x3xf32>
}

// -----

// ceil_mode MaxPool: 7 -> ceil((7 - 3) / 2) + 1 = 3 windows; the third
// window ends at 2*2 + 3 = 7, so no extra padding is needed here, while
// 8 -> 4 windows needs one extra row and column.
// CHECK-LABEL: func @max_pool_ceil
func.func @max_pool_ceil(%x: tensor<1x2x7x7xf32>, %y: tensor<1x2x8x8xf32>) -> (tensor<1x2x3x3xf32>, tensor<1x2x4x4xf32>) {
  // CHECK-NOT: tfl.padv2 %{{.*}} : (tensor<1x2x7x7xf32>)
  // CHECK: tfl.max_pool_2d %{{.*}} {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x7x7x2xf32>) -> tensor<1x3x3x2xf32>
  // CHECK: tfl.padv2 %{{.*}}, [0, 0, 0, 0, 0, 1, 0, 1] {{.*}} : (tensor<1x2x8x8xf32>) -> tensor<1x2x9x9xf32>
  // CHECK: tfl.max_pool_2d %{{.*}} : (tensor<1x9x9x2xf32>) -> tensor<1x4x4x2xf32>
  %a, %i = "onnx.MaxPool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x2x7x7xf32>) -> (tensor<1x2x3x3xf32>, none)
  %b, %j = "onnx.MaxPool"(%y) {ceil_mode = 1 : i64, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %a, %b : tensor<1x2x3x3xf32>, tensor<1x2x4x4xf32>
}
