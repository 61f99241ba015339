// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

// -----

// MaxPool: explicit pads become padv2 with the lowest float, then VALID.
// (The NHWC transpose moves below the pad, whose pads move with it.)
// CHECK-LABEL: func @max_pool_explicit
func.func @max_pool_explicit(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32> {
  // CHECK: %[[P:.*]] = tfl.padv2 %arg0, [0, 0, 0, 0, 1, 1, 1, 1] {constant_value = -3.40282347E+38 : f32} : (tensor<1x2x8x8xf32>) -> tensor<1x2x10x10xf32>
  // CHECK: %[[T:.*]] = tfl.transpose %[[P]], [0, 2, 3, 1]
  // CHECK: %[[M:.*]] = tfl.max_pool_2d %[[T]] {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x10x10x2xf32>) -> tensor<1x4x4x2xf32>
  // CHECK: tfl.transpose %[[M]], [0, 3, 1, 2]
  %y, %i = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %y : tensor<1x2x4x4xf32>
}

// -----

// MaxPool without pads is VALID with no padv2; SAME_UPPER is SAME.
// CHECK-LABEL: func @max_pool_valid_same
func.func @max_pool_valid_same(%x: tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  // CHECK-NOT: tfl.padv2
  // CHECK: tfl.max_pool_2d {{.*}} padding = "VALID"
  // CHECK: tfl.max_pool_2d {{.*}} padding = "SAME"
  %a, %i = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  %b, %j = "onnx.MaxPool"(%x) {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %a, %b : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// GlobalAveragePool is a mean over NHWC axes 1, 2. On an NCHW argument the
// transpose into NHWC moves below the mean (axes 2, 3 of the argument), and
// Flatten of the [N, C, 1, 1] result needs none: no transpose is left.
// CHECK-LABEL: func @gap_flatten
func.func @gap_flatten(%x: tensor<?x4x7x7xf32>) -> tensor<?x4xf32> {
  // CHECK-NEXT: %[[M:.*]] = tfl.mean %arg0, [2, 3] {keep_dims = true} : (tensor<?x4x7x7xf32>) -> tensor<?x4x1x1xf32>
  // CHECK-NEXT: %[[R:.*]] = tfl.reshape %[[M]] : (tensor<?x4x1x1xf32>) -> tensor<?x4xf32>
  // CHECK-NEXT: return %[[R]]
  %g = "onnx.GlobalAveragePool"(%x) : (tensor<?x4x7x7xf32>) -> tensor<?x4x1x1xf32>
  %f = "onnx.Flatten"(%g) {axis = 1 : i64} : (tensor<?x4x1x1xf32>) -> tensor<?x4xf32>
  return %f : tensor<?x4xf32>
}

// -----

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

// -----

// count_include_pad = 0 with a dynamic batch: the per-pixel correction only
// needs static H and W.
// CHECK-LABEL: func.func @average_pool_1d_exclude_pad
// CHECK: tfl.average_pool_2d %{{.*}} {filter = array<i64: 1, 3>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<?x1x6x4xf32>) -> tensor<?x1x4x4xf32>
// CHECK: tfl.mul
func.func @average_pool_1d_exclude_pad(%x: tensor<?x4x4xf32>) -> tensor<?x4x4xf32> {
  %y = "onnx.AveragePool"(%x) {kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, count_include_pad = 0 : i64} : (tensor<?x4x4xf32>) -> tensor<?x4x4xf32>
  return %y : tensor<?x4x4xf32>
}

// -----

// A global pool over L reduces axis 2 of the [N, C, L] data in place.
// CHECK-LABEL: func.func @global_pool_1d
// CHECK: tfl.mean %{{.*}}, [2] {keep_dims = true} : (tensor<?x4x16xf32>) -> tensor<?x4x1xf32>
// CHECK-NOT: tfl.transpose
func.func @global_pool_1d(%x: tensor<?x4x16xf32>) -> tensor<?x4x1xf32> {
  %y = "onnx.GlobalAveragePool"(%x) : (tensor<?x4x16xf32>) -> tensor<?x4x1xf32>
  return %y : tensor<?x4x1xf32>
}

// -----

// GlobalMaxPool: reduce_max over H and W of the NHWC data.
// CHECK-LABEL: func @global_max_pool
// CHECK: tfl.reduce_max %arg0, [2, 3] {keep_dims = true} : (tensor<1x8x5x5xf32>) -> tensor<1x8x1x1xf32>
func.func @global_max_pool(%x: tensor<1x8x5x5xf32>) -> tensor<1x8x1x1xf32> {
  %0 = "onnx.GlobalMaxPool"(%x) : (tensor<1x8x5x5xf32>) -> tensor<1x8x1x1xf32>
  return %0 : tensor<1x8x1x1xf32>
}

// -----

// ceil_mode over an H and W known only at run time: stride - 1 more rows and
// columns at the end (lowest float), then VALID, gives ceil's count for any
// size when the kernel covers the stride.
// CHECK-LABEL: func @max_pool_ceil_dynamic
// CHECK: tfl.padv2 %{{.*}}, [0, 0, 0, 0, 0, 1, 0, 1] {constant_value = -3.40282347E+38 : f32} : (tensor<1x2x?x?xf32>) -> tensor<1x2x?x?xf32>
// CHECK: tfl.max_pool_2d %{{.*}} {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x?x?x2xf32>) -> tensor<1x?x?x2xf32>
func.func @max_pool_ceil_dynamic(%x: tensor<1x2x?x?xf32>) -> tensor<1x2x?x?xf32> {
  %a, %i = "onnx.MaxPool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 3, 3>, strides = array<i64: 2, 2>} : (tensor<1x2x?x?xf32>) -> (tensor<1x2x?x?xf32>, none)
  return %a : tensor<1x2x?x?xf32>
}
