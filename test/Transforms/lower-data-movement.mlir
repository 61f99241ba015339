// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Slice: negative starts/ends resolved against the static dims; a negative
// step's end before index 0 is the end mask. Split with constant sizes.
// Gather: constant negative indices resolved at compile time, others by a
// select on index < 0.
// CHECK-LABEL: func @slicing
// CHECK-DAG: %[[FOUR:.*]] = tfl.const dense<4> : tensor<i64>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0> : tensor<i64>
// CHECK-DAG: %[[IDX:.*]] = tfl.const dense<[3, 0]> : tensor<2xi64>
// CHECK: tfl.strided_slice %arg0 {begin = array<i64: 1, 5>, end = array<i64: 3, 0>, end_mask = 2 : i64, strides = array<i64: 1, -2>} : (tensor<4x6xf32>) -> tensor<2x3xf32>
// CHECK: tfl.split %arg0 {axis = 1 : i64, size_splits = array<i64: 2, 4>}
// CHECK: tfl.gather %arg0, %[[IDX]] {axis = 0 : i64}
// CHECK-DAG: %[[NEG:.*]] = tfl.less %arg1, %[[ZERO]]
// CHECK-DAG: %[[WRAP:.*]] = tfl.add %arg1, %[[FOUR]]
// CHECK: %[[SEL:.*]] = tfl.select_v2 %[[NEG]], %[[WRAP]], %arg1
// CHECK: tfl.gather %arg0, %[[SEL]] {axis = 0 : i64}
func.func @slicing(%x: tensor<4x6xf32>, %idx: tensor<2xi64>) -> (tensor<2x3xf32>, tensor<4x2xf32>, tensor<4x4xf32>, tensor<2x6xf32>, tensor<2x6xf32>) {
  %s = "onnx.Constant"() {value = dense<[1, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %e = "onnx.Constant"() {value = dense<[3, -7]> : tensor<2xi64>} : () -> tensor<2xi64>
  %a = "onnx.Constant"() {value = dense<[0, 1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %st = "onnx.Constant"() {value = dense<[1, -2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %0 = "onnx.Slice"(%x, %s, %e, %a, %st) : (tensor<4x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<2x3xf32>
  %sz = "onnx.Constant"() {value = dense<[2, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %1:2 = "onnx.Split"(%x, %sz) {axis = 1 : i64} : (tensor<4x6xf32>, tensor<2xi64>) -> (tensor<4x2xf32>, tensor<4x4xf32>)
  %ci = "onnx.Constant"() {value = dense<[-1, 0]> : tensor<2xi64>} : () -> tensor<2xi64>
  %2 = "onnx.Gather"(%x, %ci) : (tensor<4x6xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  %3 = "onnx.Gather"(%x, %idx) : (tensor<4x6xf32>, tensor<2xi64>) -> tensor<2x6xf32>
  return %0, %1#0, %1#1, %2, %3 : tensor<2x3xf32>, tensor<4x2xf32>, tensor<4x4xf32>, tensor<2x6xf32>, tensor<2x6xf32>
}

// -----

// DepthToSpace DCR is TensorFlow's (NHWC); CRD and SpaceToDepth are
// reshapes around a 6-D transpose. Tile, Expand (broadcast_to) and Trilu (a
// constant mask).
// CHECK-LABEL: func @movement
// CHECK-DAG: %[[MASK:.*]] = tfl.const dense<{{\[\[}}true, false, false], [true, true, false]]> : tensor<2x3xi1>
// CHECK: %[[T:.*]] = tfl.transpose %arg0, [0, 2, 3, 1]
// CHECK: tfl.depth_to_space %[[T]] {block_size = 2 : i64} : (tensor<1x2x3x8xf32>) -> tensor<1x4x6x2xf32>
// CHECK: %[[R:.*]] = tfl.reshape %arg0 : (tensor<1x8x2x3xf32>) -> tensor<1x2x2x2x2x3xf32>
// CHECK: tfl.transpose %[[R]], [0, 1, 4, 2, 5, 3]
// CHECK: %[[R2:.*]] = tfl.reshape %arg2 : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2x2x2xf32>
// CHECK: tfl.transpose %[[R2]], [0, 3, 5, 1, 2, 4]
// CHECK: tfl.tile %arg1 {multiples = array<i64: 2, 4>} : (tensor<3x1xf32>) -> tensor<6x4xf32>
// CHECK: tfl.broadcast_to %arg1 : (tensor<3x1xf32>) -> tensor<3x4xf32>
// CHECK: tfl.select_v2 %[[MASK]], %arg0
func.func @movement(%x: tensor<1x8x2x3xf32>, %v: tensor<3x1xf32>, %y: tensor<1x2x4x4xf32>) -> (tensor<1x2x4x6xf32>, tensor<1x2x4x6xf32>, tensor<1x8x2x2xf32>, tensor<6x4xf32>, tensor<3x4xf32>, tensor<1x8x2x3xf32>) {
  %0 = "onnx.DepthToSpace"(%x) {blocksize = 2 : i64, mode = "DCR"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  %1 = "onnx.DepthToSpace"(%x) {blocksize = 2 : i64, mode = "CRD"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  %2 = "onnx.SpaceToDepth"(%y) {blocksize = 2 : i64} : (tensor<1x2x4x4xf32>) -> tensor<1x8x2x2xf32>
  %r = "onnx.Constant"() {value = dense<[2, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %3 = "onnx.Tile"(%v, %r) : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %sh = "onnx.Constant"() {value = dense<[3, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %4 = "onnx.Expand"(%v, %sh) : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  %n = onnx.NoValue
  %5 = "onnx.Trilu"(%x, %n) {upper = 0 : i64} : (tensor<1x8x2x3xf32>, none) -> tensor<1x8x2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<1x2x4x6xf32>, tensor<1x2x4x6xf32>, tensor<1x8x2x2xf32>, tensor<6x4xf32>, tensor<3x4xf32>, tensor<1x8x2x3xf32>
}
