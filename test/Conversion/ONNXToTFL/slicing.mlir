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

// Data sliced to the indices' rows, a one-hot mask over the axis, a sum.
// CHECK-LABEL: func @gather_elements
// CHECK-DAG: %[[N:.*]] = tfl.const dense<4> : tensor<i64>
// CHECK-DAG: %[[IOTA:.*]] = tfl.const dense<{{\[\[\[}}0, 1, 2, 3]]]> : tensor<1x1x4xi64>
// CHECK: %[[SL:.*]] = tfl.slice %arg0 {begin = array<i64: 0, 0>, size = array<i64: 2, 4>} : (tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[DATA:.*]] = tfl.reshape %[[SL]] : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[NEG:.*]] = tfl.less %arg1
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[N]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %[[NEG]], %[[WRAP]], %arg1
// CHECK: %[[IDX3:.*]] = tfl.reshape %[[IDX]] : (tensor<2x4xi64>) -> tensor<2x4x1xi64>
// CHECK: %[[HOT:.*]] = tfl.equal %[[IDX3]], %[[IOTA]] : {{.*}} -> tensor<2x4x4xi1>
// CHECK: %[[SEL:.*]] = tfl.select_v2 %[[HOT]], %[[DATA]]
// CHECK: %[[SUM:.*]] = tfl.sum %[[SEL]], [2] {keep_dims = true}
// CHECK: tfl.reshape %[[SUM]] : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
func.func @gather_elements(%x: tensor<3x4xf32>, %i: tensor<2x4xi64>) -> tensor<2x4xf32> {
  %0 = "onnx.GatherElements"(%x, %i) {axis = 1 : i64} : (tensor<3x4xf32>, tensor<2x4xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func @gather_nd
// CHECK: %[[DIMS:.*]] = tfl.const dense<[3, 4]> : tensor<2xi64>
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[DIMS]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %{{.*}}, %[[WRAP]], %arg1
// CHECK: tfl.gather_nd %arg0, %[[IDX]] : (tensor<3x4x5xf32>, tensor<2x2xi64>) -> tensor<2x5xf32>
func.func @gather_nd(%x: tensor<3x4x5xf32>, %i: tensor<2x2xi64>) -> tensor<2x5xf32> {
  %0 = "onnx.GatherND"(%x, %i) : (tensor<3x4x5xf32>, tensor<2x2xi64>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

// CHECK-LABEL: func @scatter_nd
// CHECK: %[[DIMS:.*]] = tfl.const dense<4> : tensor<1xi64>
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[DIMS]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %{{.*}}, %[[WRAP]], %arg1
// CHECK: tfl.tensor_scatter_update %arg0, %[[IDX]], %arg2 : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
func.func @scatter_nd(%x: tensor<4x3xf32>, %i: tensor<2x1xi64>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = "onnx.ScatterND"(%x, %i, %u) : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

// Each index completed to its element's coordinates, the axis one replaced.
// CHECK-LABEL: func @scatter_elements
// CHECK-DAG: %[[POS:.*]] = tfl.const dense<{{\[\[\[}}0, 0], [0, 1]]]> : tensor<1x2x2xi64>
// CHECK-DAG: %[[AXIS:.*]] = tfl.const dense<[false, true]> : tensor<2xi1>
// CHECK: %[[IDX:.*]] = tfl.reshape %{{.*}} : (tensor<1x2xi64>) -> tensor<1x2x1xi64>
// CHECK: %[[COORDS:.*]] = tfl.select_v2 %[[AXIS]], %[[IDX]], %[[POS]] : {{.*}} -> tensor<1x2x2xi64>
// CHECK: tfl.tensor_scatter_update %arg0, %[[COORDS]], %arg2
func.func @scatter_elements(%x: tensor<2x3xf32>, %i: tensor<1x2xi64>, %u: tensor<1x2xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.ScatterElements"(%x, %i, %u) {axis = 1 : i64} : (tensor<2x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Starts and ends known only at run time: TensorFlow's StridedSlice with
// run-time vectors, each the whole dim's default (0, dims(x), 1) with the
// sliced axes' entries scattered in; the axes made non-negative by
// floor_mod by the rank (x's dims fold: x is static).
// CHECK-LABEL: func @slice_at_run_time
// CHECK-DAG: %[[DIMS:.*]] = tfl.const dense<[4, 5, 6]> : tensor<3xi64>
// CHECK-DAG: %[[ZEROS:.*]] = tfl.const dense<0> : tensor<3xi64>
// CHECK-DAG: %[[ONES:.*]] = tfl.const dense<1> : tensor<3xi64>
// CHECK: %[[AXES:.*]] = tfl.floor_mod %arg3, %{{.*}} : (tensor<2xi64>, tensor<i64>) -> tensor<2xi64>
// CHECK: %[[AT:.*]] = tfl.reshape %[[AXES]] : (tensor<2xi64>) -> tensor<2x1xi64>
// CHECK: %[[BEGIN:.*]] = tfl.tensor_scatter_update %[[ZEROS]], %[[AT]], %arg1
// CHECK: %[[END:.*]] = tfl.tensor_scatter_update %[[DIMS]], %[[AT]], %arg2
// CHECK: %[[STRIDES:.*]] = tfl.tensor_scatter_update %[[ONES]], %[[AT]], %arg4
// CHECK: tfl.strided_slice_by %arg0, %[[BEGIN]], %[[END]], %[[STRIDES]] : (tensor<4x5x6xf32>, tensor<3xi64>, tensor<3xi64>, tensor<3xi64>) -> tensor<?x5x?xf32>
func.func @slice_at_run_time(%x: tensor<4x5x6xf32>, %starts: tensor<2xi64>, %ends: tensor<2xi64>, %axes: tensor<2xi64>, %steps: tensor<2xi64>) -> tensor<?x5x?xf32> {
  %0 = "onnx.Slice"(%x, %starts, %ends, %axes, %steps) : (tensor<4x5x6xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x5x?xf32>
  return %0 : tensor<?x5x?xf32>
}
