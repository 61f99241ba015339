// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// AveragePool, count_include_pad = 1: zero padding that counts.
// CHECK-LABEL: func @avg_include_pad
func.func @avg_include_pad(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> {
  // CHECK: tfl.padv2 %{{.*}}, [0, 0, 0, 0, 1, 1, 1, 1] {constant_value = 0.000000e+00 : f32}
  // CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>}
  // CHECK-NOT: tfl.mul
  %y = "onnx.AveragePool"(%x) {count_include_pad = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  return %y : tensor<1x1x2x2xf32>
}

// -----

// count_include_pad = 0 with explicit pads: scaled by kernel / covered pixels
// (corner window covers 2x2 of 3x3: 9/4; edge 2x3: 9/6; inner: 1).
// CHECK-LABEL: func @avg_exclude_pad
func.func @avg_exclude_pad(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> {
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<{{\[\[\[\[}}2.250000e+00], [1.500000e+00]], {{\[\[}}1.500000e+00], [1.000000e+00]]]]> : tensor<1x2x2x1xf32>
  // CHECK: %[[A:.*]] = tfl.average_pool_2d
  // CHECK: tfl.mul %[[A]], %[[C]]
  %y = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  return %y : tensor<1x1x2x2xf32>
}

// -----

// SAME_UPPER without counting padding is TensorFlow's SAME; unpadded is VALID.
// CHECK-LABEL: func @avg_same_valid
func.func @avg_same_valid(%x: tensor<1x1x4x4xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) {
  // CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 3, 3>, padding = "SAME", strides = array<i64: 2, 2>}
  // CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 2, 2>}
  %a = "onnx.AveragePool"(%x) {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  %b = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32>
  return %a, %b : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>
}

// -----

// Resize: coordinate modes -> align_corners / half_pixel_centers.
// CHECK-LABEL: func @resize
func.func @resize(%x: tensor<1x2x4x4xf32>, %s: tensor<4xf32>) -> (tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) {
  // CHECK: tfl.resize_bilinear %{{.*}} {align_corners = false, half_pixel_centers = true} : (tensor<1x4x4x2xf32>) -> tensor<1x8x8x2xf32>
  // CHECK: tfl.resize_bilinear %{{.*}} {align_corners = true, half_pixel_centers = false}
  // CHECK: tfl.resize_nearest_neighbor %{{.*}} {align_corners = false, half_pixel_centers = false}
  // CHECK: tfl.resize_nearest_neighbor %{{.*}} {align_corners = false, half_pixel_centers = false}
  %none = onnx.NoValue
  %0 = "onnx.Resize"(%x, %none, %s, %none) {mode = "linear", coordinate_transformation_mode = "half_pixel"} : (tensor<1x2x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x2x8x8xf32>
  %1 = "onnx.Resize"(%x, %none, %s, %none) {mode = "linear", coordinate_transformation_mode = "align_corners"} : (tensor<1x2x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x2x8x8xf32>
  %2 = "onnx.Resize"(%x, %none, %s, %none) {mode = "nearest", coordinate_transformation_mode = "asymmetric", nearest_mode = "floor"} : (tensor<1x2x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x2x8x8xf32>
  %3 = "onnx.Resize"(%x, %none, %s, %none) {mode = "nearest", coordinate_transformation_mode = "half_pixel", nearest_mode = "round_prefer_floor"} : (tensor<1x2x4x4xf32>, none, tensor<4xf32>, none) -> tensor<1x2x8x8xf32>
  return %0, %1, %2, %3 : tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>
}

// -----

// Constant Pad -> padv2 with TF's [begin, end] per dim order.
// CHECK-LABEL: func @pad
func.func @pad(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32> {
  // CHECK: tfl.padv2 %arg0, [0, 0, 0, 0, 1, 1, 0, 1] {constant_value = 5.000000e-01 : f32} : (tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32>
  %pads = "onnx.Constant"() {value = dense<[0, 0, 1, 0, 0, 0, 1, 1]> : tensor<8xi64>} : () -> tensor<8xi64>
  %v = "onnx.Constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  %y = "onnx.Pad"(%x, %pads, %v) {mode = "constant"} : (tensor<1x2x3x3xf32>, tensor<8xi64>, tensor<f32>) -> tensor<1x2x5x4xf32>
  return %y : tensor<1x2x5x4xf32>
}

// -----

// A transpose moves below a pad, its pads permuted with it.
// CHECK-LABEL: func @sink_pad
func.func @sink_pad(%x: tensor<1x3x3x2xf32>) -> tensor<1x2x5x4xf32> {
  // CHECK-NEXT: %[[P:.*]] = tfl.padv2 %arg0, [0, 0, 1, 1, 0, 1, 0, 0] {constant_value = 0.000000e+00 : f32} : (tensor<1x3x3x2xf32>) -> tensor<1x5x4x2xf32>
  // CHECK-NEXT: tfl.transpose %[[P]], [0, 3, 1, 2]
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x3x3x2xf32>) -> tensor<1x2x3x3xf32>
  %p = tfl.padv2 %t, [0, 0, 0, 0, 1, 1, 0, 1] {constant_value = 0.0 : f32} : (tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32>
  return %p : tensor<1x2x5x4xf32>
}
