// RUN: t2t-opt %s | t2t-opt | FileCheck %s
// RUN: t2t-opt %s --mlir-print-op-generic | t2t-opt | FileCheck %s

// CHECK-LABEL: func @cnn_ops
func.func @cnn_ops(%x: tensor<1x8x8x4xf32>, %f: tensor<3x3x4x2xf32>, %b: tensor<8xf32>, %m: tensor<1x16xf32>, %w: tensor<10x16xf32>, %c: tensor<10xf32>) {
  // CHECK: tfl.relu6 %{{.*}} : tensor<1x8x8x4xf32>
  %0 = tfl.relu6 %x : tensor<1x8x8x4xf32>
  // CHECK: tfl.logistic %{{.*}} : tensor<1x8x8x4xf32>
  %1 = tfl.logistic %x : tensor<1x8x8x4xf32>
  // CHECK: tfl.mul %{{.*}}, %{{.*}} {fused_activation_function = "RELU"} : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tfl.mul %0, %1 {fused_activation_function = "RELU"} : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: tfl.max_pool_2d %{{.*}} {filter = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  %3 = tfl.max_pool_2d %x {filter = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: tfl.padv2 %{{.*}}, [0, 0, 1, 1, 2, 2, 0, 0] {constant_value = -1.000000e+00 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x10x12x4xf32>
  %4 = tfl.padv2 %x, [0, 0, 1, 1, 2, 2, 0, 0] {constant_value = -1.0 : f32} : (tensor<1x8x8x4xf32>) -> tensor<1x10x12x4xf32>
  // CHECK: tfl.mean %{{.*}}, [1, 2] {keep_dims = true} : (tensor<1x8x8x4xf32>) -> tensor<1x1x1x4xf32>
  %5 = tfl.mean %x, [1, 2] {keep_dims = true} : (tensor<1x8x8x4xf32>) -> tensor<1x1x1x4xf32>
  // CHECK: tfl.reshape %{{.*}} : (tensor<1x1x1x4xf32>) -> tensor<1x4xf32>
  %6 = tfl.reshape %5 : (tensor<1x1x1x4xf32>) -> tensor<1x4xf32>
  // CHECK: tfl.fully_connected %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x16xf32>, tensor<10x16xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  %7 = tfl.fully_connected %m, %w, %c : (tensor<1x16xf32>, tensor<10x16xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  // CHECK: tfl.depthwise_conv_2d %{{.*}}, %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
  %8 = tfl.depthwise_conv_2d %x, %f, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>) -> tensor<1x8x8x8xf32>
  // CHECK: tfl.concatenation %{{.*}}, %{{.*}} {axis = 3 : i64} : (tensor<1x8x8x4xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x12xf32>
  %9 = tfl.concatenation %x, %8 {axis = 3 : i64} : (tensor<1x8x8x4xf32>, tensor<1x8x8x8xf32>) -> tensor<1x8x8x12xf32>
  // CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 3, 3>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %10 = tfl.average_pool_2d %x {filter = array<i64: 3, 3>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: tfl.resize_bilinear %{{.*}} {align_corners = false, half_pixel_centers = true} : (tensor<1x8x8x4xf32>) -> tensor<1x16x16x4xf32>
  %11 = tfl.resize_bilinear %x {align_corners = false, half_pixel_centers = true} : (tensor<1x8x8x4xf32>) -> tensor<1x16x16x4xf32>
  // CHECK: tfl.resize_nearest_neighbor %{{.*}} {align_corners = true, half_pixel_centers = false} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  %12 = tfl.resize_nearest_neighbor %x {align_corners = true, half_pixel_centers = false} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  return
}
