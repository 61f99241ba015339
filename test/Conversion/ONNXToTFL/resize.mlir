// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

// Resizes the TensorFlow ops cannot express are constant gathers and
// weighted sums along each resized axis, taps and weights from ONNX's
// reference.

// Nearest with round_prefer_ceil, asymmetric, 2 -> 4 along W: x_in = o / 2,
// rounded up at .5, clamped: taps 0, 1, 1, 1 (one tap: a plain gather).
// CHECK-LABEL: func @nearest_prefer_ceil
// CHECK: %[[IDX:.*]] = tfl.const dense<[0, 1, 1, 1]> : tensor<4xi32>
// CHECK: %[[G:.*]] = tfl.gather %arg0, %[[IDX]] {axis = 3 : i64} : (tensor<1x1x2x2xf32>, tensor<4xi32>) -> tensor<1x1x2x4xf32>
// CHECK-NOT: tfl.mul
// CHECK: return %[[G]]
func.func @nearest_prefer_ceil(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x2x4xf32> {
  %none = onnx.NoValue
  %sizes = "onnx.Constant"() {value = dense<[1, 1, 2, 4]> : tensor<4xi64>} : () -> tensor<4xi64>
  %0 = "onnx.Resize"(%x, %none, %none, %sizes) {mode = "nearest", coordinate_transformation_mode = "asymmetric", nearest_mode = "round_prefer_ceil"} : (tensor<1x1x2x2xf32>, none, none, tensor<4xi64>) -> tensor<1x1x2x4xf32>
  return %0 : tensor<1x1x2x4xf32>
}

// -----

// Linear with a constant scale of 0.6 (in f32) on a 4-wide axis (2 outputs):
// ONNX samples at (o + 0.5) / 0.6 - 0.5 = 0.333, 1.9999999, not at
// TensorFlow's ratio 0.5: taps {0, 1} and {1, 2} with weights
// {0.667, 0.333} and {1e-7, 1}.
// CHECK-LABEL: func @linear_scale_not_ratio
// CHECK-DAG: %[[W1:.*]] = tfl.const dense<{{\[\[\[\[}}0.333333313, 0.99999988]]]]> : tensor<1x1x1x2xf32>
// CHECK-DAG: %[[I1:.*]] = tfl.const dense<[1, 2]> : tensor<2xi32>
// CHECK-DAG: %[[W0:.*]] = tfl.const dense<{{\[\[\[\[}}0.666666686, 9.93410722E-8]]]]> : tensor<1x1x1x2xf32>
// CHECK-DAG: %[[I0:.*]] = tfl.const dense<[0, 1]> : tensor<2xi32>
// CHECK: %[[T0:.*]] = tfl.gather %arg0, %[[I0]] {axis = 3 : i64}
// CHECK: %[[M0:.*]] = tfl.mul %[[T0]], %[[W0]]
// CHECK: %[[T1:.*]] = tfl.gather %arg0, %[[I1]] {axis = 3 : i64}
// CHECK: %[[M1:.*]] = tfl.mul %[[T1]], %[[W1]]
// CHECK: %[[S:.*]] = tfl.add %[[M0]], %[[M1]]
// CHECK: return %[[S]]
func.func @linear_scale_not_ratio(%x: tensor<1x1x1x4xf32>) -> tensor<1x1x1x2xf32> {
  %none = onnx.NoValue
  %scales = "onnx.Constant"() {value = dense<[1.0, 1.0, 1.0, 0.6]> : tensor<4xf32>} : () -> tensor<4xf32>
  %0 = "onnx.Resize"(%x, %none, %scales, %none) {mode = "linear"} : (tensor<1x1x1x4xf32>, none, tensor<4xf32>, none) -> tensor<1x1x1x2xf32>
  return %0 : tensor<1x1x1x2xf32>
}

// -----

// Cubic: four taps per output along each resized axis (H, then W).
// CHECK-LABEL: func @cubic
// CHECK-COUNT-4: tfl.gather %arg0, {{.*}} {axis = 2 : i64} : (tensor<1x1x4x4xf32>, tensor<8xi32>) -> tensor<1x1x8x4xf32>
// CHECK-COUNT-4: tfl.gather {{.*}} {axis = 3 : i64} : (tensor<1x1x8x4xf32>, tensor<8xi32>) -> tensor<1x1x8x8xf32>
func.func @cubic(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x8x8xf32> {
  %none = onnx.NoValue
  %sizes = "onnx.Constant"() {value = dense<[1, 1, 8, 8]> : tensor<4xi64>} : () -> tensor<4xi64>
  %0 = "onnx.Resize"(%x, %none, %none, %sizes) {mode = "cubic"} : (tensor<1x1x4x4xf32>, none, none, tensor<4xi64>) -> tensor<1x1x8x8xf32>
  return %0 : tensor<1x1x8x8xf32>
}

// -----

// Where the TensorFlow op fits, it is used (not the gathers).
// CHECK-LABEL: func @bilinear_half_pixel
// CHECK: tfl.resize_bilinear
// CHECK-NOT: tfl.gather
func.func @bilinear_half_pixel(%x: tensor<1x1x2x2xf32>) -> tensor<1x1x4x4xf32> {
  %none = onnx.NoValue
  %scales = "onnx.Constant"() {value = dense<[1.0, 1.0, 2.0, 2.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %0 = "onnx.Resize"(%x, %none, %scales, %none) {mode = "linear"} : (tensor<1x1x2x2xf32>, none, tensor<4xf32>, none) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

// A resize to another tensor's size, known only at run time: TensorFlow's
// size input is sizes[2:4] (H and W of NCHW) as int32.
// CHECK-LABEL: func @resize_to_runtime_size
// CHECK: %[[SHAPE:.*]] = tfl.shape %arg1 : (tensor<1x3x?x?xf32>) -> tensor<4xi64>
// CHECK: %[[HW:.*]] = tfl.slice %[[SHAPE]] {begin = array<i64: 2>, size = array<i64: 2>} : (tensor<4xi64>) -> tensor<2xi64>
// CHECK: %[[SIZE:.*]] = tfl.cast %[[HW]] : (tensor<2xi64>) -> tensor<2xi32>
// CHECK: tfl.resize_bilinear %{{.*}}, %[[SIZE]] {align_corners = false, half_pixel_centers = true} : (tensor<1x2x2x3xf32>, tensor<2xi32>) -> tensor<1x?x?x3xf32>
func.func @resize_to_runtime_size(%x: tensor<1x3x2x2xf32>, %other: tensor<1x3x?x?xf32>) -> tensor<1x3x?x?xf32> {
  %none = onnx.NoValue
  %sizes = "onnx.Shape"(%other) {start = 0 : i64} : (tensor<1x3x?x?xf32>) -> tensor<4xi64>
  %y = "onnx.Resize"(%x, %none, %none, %sizes) {mode = "linear", coordinate_transformation_mode = "pytorch_half_pixel"} : (tensor<1x3x2x2xf32>, none, none, tensor<4xi64>) -> tensor<1x3x?x?xf32>
  return %y : tensor<1x3x?x?xf32>
}
