// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s

// A 1-D pool over [N, C, L] is the 2-D one over [N, C, 1, L]: the window
// attributes gain a unit height (pads a zero one).
// CHECK-LABEL: func.func @max_pool_1d
// CHECK: tfl.reshape %{{.*}} : (tensor<?x4x16xf32>) -> tensor<?x4x1x16xf32>
// CHECK: tfl.max_pool_2d %{{.*}} {filter = array<i64: 1, 3>, padding = "VALID", strides = array<i64: 1, 2>} : (tensor<?x1x18x4xf32>) -> tensor<?x1x8x4xf32>
// CHECK: tfl.reshape %{{.*}} : (tensor<?x4x1x8xf32>) -> tensor<?x4x8xf32>
func.func @max_pool_1d(%x: tensor<?x4x16xf32>) -> tensor<?x4x8xf32> {
  %y, %i = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, strides = array<i64: 2>} : (tensor<?x4x16xf32>) -> (tensor<?x4x8xf32>, none)
  return %y : tensor<?x4x8xf32>
}

// count_include_pad = 0 with a dynamic batch: the per-pixel correction only
// needs static H and W.
// CHECK-LABEL: func.func @average_pool_1d_exclude_pad
// CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 1, 3>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<?x1x6x4xf32>) -> tensor<?x1x4x4xf32>
// CHECK: tfl.mul
func.func @average_pool_1d_exclude_pad(%x: tensor<?x4x4xf32>) -> tensor<?x4x4xf32> {
  %y = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, count_include_pad = 0 : i64} : (tensor<?x4x4xf32>) -> tensor<?x4x4xf32>
  return %y : tensor<?x4x4xf32>
}

// A global pool over L reduces axis 2 of the [N, C, L] data in place.
// CHECK-LABEL: func.func @global_pool_1d
// CHECK: tfl.mean %{{.*}}, [2] {keep_dims = true} : (tensor<?x4x16xf32>) -> tensor<?x4x1xf32>
// CHECK-NOT: tfl.transpose
func.func @global_pool_1d(%x: tensor<?x4x16xf32>) -> tensor<?x4x1xf32> {
  %y = "onnx.GlobalAveragePool"(%x) : (tensor<?x4x16xf32>) -> tensor<?x4x1xf32>
  return %y : tensor<?x4x1xf32>
}
