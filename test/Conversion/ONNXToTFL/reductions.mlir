// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// The last maximum: the first of the data reversed, counted from the end.
// CHECK-LABEL: func @arg_max_last
// CHECK-DAG: %[[LAST:.*]] = tfl.const dense<1> : tensor<i64>
// CHECK-DAG: %[[REV:.*]] = tfl.const dense<[1, 0]> : tensor<2xi32>
// CHECK: %[[G:.*]] = tfl.gather %arg0, %[[REV]] {axis = 0 : i64}
// CHECK: %[[A:.*]] = tfl.arg_max %[[G]] {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<3xi64>
// CHECK: %[[I:.*]] = tfl.sub %[[LAST]], %[[A]]
// CHECK: tfl.reshape %[[I]] : (tensor<3xi64>) -> tensor<1x3xi64>
func.func @arg_max_last(%x: tensor<2x3xf32>) -> tensor<1x3xi64> {
  %0 = "onnx.ArgMax"(%x) {axis = 0 : i64, keepdims = 1 : i64, select_last_index = 1 : i64} : (tensor<2x3xf32>) -> tensor<1x3xi64>
  return %0 : tensor<1x3xi64>
}

// -----

// Axes known at run time: TensorFlow's Sum takes them as a tensor.
// CHECK-LABEL: func @reduce_sum_runtime_axes
// CHECK: tfl.sum_by_operand %arg0, %arg1 {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
func.func @reduce_sum_runtime_axes(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> tensor<2x1xf32> {
  %0 = "onnx.ReduceSum"(%x, %axes) : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

// An empty axes list with noop_with_empty_axes is the identity.
// CHECK-LABEL: func @reduce_sum_noop
// CHECK-NEXT: return %arg0
func.func @reduce_sum_noop(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %none = onnx.NoValue
  %0 = "onnx.ReduceSum"(%x, %none) {noop_with_empty_axes = 1 : i64} : (tensor<2x3xf32>, none) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
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

// -----

// Composite reductions: L2 = sqrt(sum x^2), LogSumExp = log(sum e^x);
// ArgMax keeps the axis by a reshape; CumSum with a constant axis.
// CHECK-LABEL: func @reductions
// CHECK: %[[SQ:.*]] = tfl.square %arg0
// CHECK: %[[S:.*]] = tfl.sum %[[SQ]], [1] {keep_dims = true}
// CHECK: tfl.sqrt %[[S]]
// CHECK: %[[E:.*]] = tfl.exp %arg0
// CHECK: %[[S2:.*]] = tfl.sum %[[E]], [1] {keep_dims = false}
// CHECK: tfl.log %[[S2]]
// CHECK: %[[A:.*]] = tfl.arg_max %arg0 {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
// CHECK: tfl.reshape %[[A]] : (tensor<2x4xi64>) -> tensor<2x1x4xi64>
// CHECK: tfl.cumsum %arg0 {axis = 2 : i64, exclusive = false, reverse = true}
func.func @reductions(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x1x4xi64>, tensor<2x3x4xf32>) {
  %0 = "onnx.ReduceL2"(%x) {axes = array<i64: 1>, keepdims = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = "onnx.ReduceLogSumExp"(%x) {axes = array<i64: -2>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %2 = "onnx.ArgMax"(%x) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x1x4xi64>
  %ax = "onnx.Constant"() {value = dense<-1> : tensor<i64>} : () -> tensor<i64>
  %3 = "onnx.CumSum"(%x, %ax) {reverse = 1 : i64} : (tensor<2x3x4xf32>, tensor<i64>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3 : tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x1x4xi64>, tensor<2x3x4xf32>
}

// -----

// The other reductions and ArgMin.
// CHECK-LABEL: func @reductions
// CHECK: %[[ABS:.*]] = tfl.abs %arg0
// CHECK: %[[L1:.*]] = tfl.sum %[[ABS]], [1] {keep_dims = true}
// CHECK: %[[S:.*]] = tfl.sum %arg0, [1] {keep_dims = false}
// CHECK: %[[LOG:.*]] = tfl.log %[[S]]
// CHECK: %[[PROD:.*]] = tfl.reduce_prod %arg0, [2] {keep_dims = true}
// CHECK: %[[SQ:.*]] = tfl.square %arg0
// CHECK: %[[SS:.*]] = tfl.sum %[[SQ]], [0, 1, 2] {keep_dims = true}
// CHECK: %[[ARG:.*]] = tfl.arg_min %arg0 {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
// CHECK: return %[[L1]], %[[LOG]], %[[PROD]], %[[SS]], %[[ARG]]
func.func @reductions(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x3x1xf32>, tensor<1x1x1xf32>, tensor<2x4xi64>) {
  %0 = "onnx.ReduceL1"(%x) {axes = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %1 = "onnx.ReduceLogSum"(%x) {axes = array<i64: -2>, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xf32>
  %2 = "onnx.ReduceProd"(%x) {axes = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %3 = "onnx.ReduceSumSquare"(%x) : (tensor<2x3x4xf32>) -> tensor<1x1x1xf32>
  %4 = "onnx.ArgMin"(%x) {axis = 1 : i64, keepdims = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  return %0, %1, %2, %3, %4 : tensor<2x1x4xf32>, tensor<2x4xf32>, tensor<2x3x1xf32>, tensor<1x1x1xf32>, tensor<2x4xi64>
}

// -----

// CumSum along an axis known only at run time: TensorFlow's Cumsum with the
// axis input made 0-D and non-negative (floor_mod by the rank).
// CHECK-LABEL: func @cumsum_runtime_axis
// CHECK: %[[RANK:.*]] = tfl.const dense<2> : tensor<i64>
// CHECK: %[[A:.*]] = tfl.reshape %arg1 : (tensor<1xi64>) -> tensor<i64>
// CHECK: %[[M:.*]] = tfl.floor_mod %[[A]], %[[RANK]] : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK: tfl.cumsum_along %arg0, %[[M]] {exclusive = true, reverse = false} : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
func.func @cumsum_runtime_axis(%x: tensor<2x3xf32>, %axis: tensor<1xi64>) -> tensor<2x3xf32> {
  %0 = "onnx.CumSum"(%x, %axis) {exclusive = 1 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
