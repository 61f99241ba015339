// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

// Clip(0, 6) is relu6, Clip(0) is relu; Sigmoid, Mul, Identity, Reshape and
// Concat map directly.
// CHECK-LABEL: func @simple_ops
func.func @simple_ops(%x: tensor<2x3xf32>, %s: tensor<2xi64>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x6xf32>) {
  // CHECK: %[[R6:.*]] = tfl.relu6 %arg0
  // CHECK: %[[R:.*]] = tfl.relu %arg0
  // CHECK: %[[L:.*]] = tfl.logistic %arg0
  // CHECK: %[[M:.*]] = tfl.mul %[[L]], %[[R]]
  // CHECK: %[[RS:.*]] = tfl.reshape %arg0 : (tensor<2x3xf32>) -> tensor<3x2xf32>
  // CHECK: %[[C:.*]] = tfl.concatenation %[[R6]], %arg0 {axis = 1 : i64}
  // CHECK: return %[[R6]], %[[M]], %arg0, %[[RS]], %[[C]]
  %zero = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %six = "onnx.Constant"() {value = dense<6.0> : tensor<f32>} : () -> tensor<f32>
  %none = onnx.NoValue
  %0 = "onnx.Clip"(%x, %zero, %six) : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = "onnx.Clip"(%x, %zero, %none) : (tensor<2x3xf32>, tensor<f32>, none) -> tensor<2x3xf32>
  %2 = "onnx.Sigmoid"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "onnx.Mul"(%2, %1) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "onnx.Identity"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "onnx.Reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  %6 = "onnx.Concat"(%0, %x) {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0, %3, %4, %5, %6 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x6xf32>
}

// -----

// Dropout in inference is its input; its mask keeps everything.
// CHECK-LABEL: func @dropout_mask
// CHECK: %[[MASK:.*]] = tfl.const dense<true> : tensor<2x3xi1>
// CHECK: return %arg0, %[[MASK]]
func.func @dropout_mask(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi1>) {
  %none = onnx.NoValue
  %0, %1 = "onnx.Dropout"(%x, %none, %none) : (tensor<2x3xf32>, none, none) -> (tensor<2x3xf32>, tensor<2x3xi1>)
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xi1>
}

// -----

// Training-mode exports with ratio 0 give an unused mask: no value is needed.
// CHECK-LABEL: func @dropout_unused_mask
// CHECK-NEXT: return %arg0
func.func @dropout_unused_mask(%x: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %ratio = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %train = "onnx.Constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
  %0, %1 = "onnx.Dropout"(%x, %ratio, %train) : (tensor<?x3xf32>, tensor<f32>, tensor<i1>) -> (tensor<?x3xf32>, tensor<?x3xi1>)
  return %0 : tensor<?x3xf32>
}

// -----

// Shape is read at run time (tfl.shape); a static one folds to a constant.
// CHECK-LABEL: func @shape_of
// CHECK-DAG: %[[C:.*]] = tfl.const dense<[2, 3]> : tensor<2xi64>
// CHECK-DAG: %[[S:.*]] = tfl.shape %arg0 : (tensor<?x3xf32>) -> tensor<2xi64>
// CHECK: return %[[S]], %[[C]]
func.func @shape_of(%x: tensor<?x3xf32>, %s: tensor<2x3xf32>) -> (tensor<2xi64>, tensor<2xi64>) {
  %0 = "onnx.Shape"(%x) {start = 0 : i64} : (tensor<?x3xf32>) -> tensor<2xi64>
  %1 = "onnx.Shape"(%s) {start = 0 : i64, end = 2 : i64} : (tensor<2x3xf32>) -> tensor<2xi64>
  return %0, %1 : tensor<2xi64>, tensor<2xi64>
}

// -----

// The ONNX (NCHW) shape of a convolution's NHWC result: the NHWC shape
// vector gathered as [N, C, H, W], not the activations transposed back.
// CHECK-LABEL: func @shape_of_nhwc
// CHECK: %[[P:.*]] = tfl.const dense<[0, 3, 1, 2]> : tensor<4xi32>
// CHECK: %[[Y:.*]] = tfl.conv_2d
// CHECK: %[[S:.*]] = tfl.shape %[[Y]] : (tensor<1x?x?x2xf32>) -> tensor<4xi64>
// CHECK: %[[G:.*]] = tfl.gather %[[S]], %[[P]] {axis = 0 : i64}
// CHECK: return %[[G]]
// CHECK-NOT: tfl.transpose %[[Y]]
func.func @shape_of_nhwc(%x: tensor<1x2x?x?xf32>) -> tensor<4xi64> {
  %w = "onnx.Constant"() {value = dense<1.0> : tensor<2x2x1x1xf32>} : () -> tensor<2x2x1x1xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) : (tensor<1x2x?x?xf32>, tensor<2x2x1x1xf32>, none) -> tensor<1x2x?x?xf32>
  %s = "onnx.Shape"(%y) {start = 0 : i64} : (tensor<1x2x?x?xf32>) -> tensor<4xi64>
  return %s : tensor<4xi64>
}

// -----

// A reshape to more than one dim known only at run time (x.view(x.size(0),
// -1) over maps of any size) takes its shape at run time: ONNX's 0 copies
// the input's dim.
// CHECK-LABEL: func @reshape_at_run_time
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0> : tensor<2xi64>
// CHECK-DAG: %[[TARGET:.*]] = tfl.const dense<[0, -1]> : tensor<2xi64>
// CHECK: %[[COPY:.*]] = tfl.equal %[[TARGET]], %[[ZERO]]
// CHECK: %[[DIMS:.*]] = tfl.shape %arg0 : (tensor<?x4x?x?xf32>) -> tensor<4xi64>
// CHECK: %[[LEAD:.*]] = tfl.slice %[[DIMS]] {begin = array<i64: 0>, size = array<i64: 2>} : (tensor<4xi64>) -> tensor<2xi64>
// CHECK: %[[SHAPE:.*]] = tfl.select_v2 %[[COPY]], %[[LEAD]], %[[TARGET]]
// CHECK: tfl.reshape_to %arg0, %[[SHAPE]] : (tensor<?x4x?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
func.func @reshape_at_run_time(%x: tensor<?x4x?x?xf32>) -> tensor<?x?xf32> {
  %s = "onnx.Constant"() {value = dense<[0, -1]> : tensor<2xi64>} : () -> tensor<2xi64>
  %y = "onnx.Reshape"(%x, %s) : (tensor<?x4x?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %y : tensor<?x?xf32>
}

// -----

// A shape longer than the input's rank (attention splitting heads of a
// [batch * seq, d] matrix): x's dims followed by ones, which the select never
// takes (ONNX allows no 0 past the input's rank).
// CHECK-LABEL: func @reshape_at_run_time_longer
// CHECK-DAG: %[[ONES:.*]] = tfl.const dense<1> : tensor<1xi64>
// CHECK-DAG: %[[DIMS:.*]] = tfl.shape %arg0 : (tensor<?x16xf32>) -> tensor<2xi64>
// CHECK: %[[PADDED:.*]] = tfl.concatenation %[[DIMS]], %[[ONES]] {axis = 0 : i64} : (tensor<2xi64>, tensor<1xi64>) -> tensor<3xi64>
// CHECK: %[[SHAPE:.*]] = tfl.select_v2 %{{.*}}, %[[PADDED]], %arg1
// CHECK: tfl.reshape_to %arg0, %[[SHAPE]] : (tensor<?x16xf32>, tensor<3xi64>) -> tensor<?x?x8xf32>
func.func @reshape_at_run_time_longer(%x: tensor<?x16xf32>, %s: tensor<3xi64>) -> tensor<?x?x8xf32> {
  %y = "onnx.Reshape"(%x, %s) : (tensor<?x16xf32>, tensor<3xi64>) -> tensor<?x?x8xf32>
  return %y : tensor<?x?x8xf32>
}

// -----

// Squeeze and Unsqueeze of more than one dim known only at run time (an
// LSTM's Y of a symbolic length and batch): reshapes to x's dims read at run
// time followed by a 1, gathered in the result's order (index 4 here, 3 for
// the Unsqueeze, is the 1 an inserted dim takes).
// CHECK-LABEL: func @squeeze_runtime_dims
// CHECK-DAG: %[[IDX:.*]] = tfl.const dense<[0, 2, 3]> : tensor<3xi32>
// CHECK-DAG: %[[UIDX:.*]] = tfl.const dense<[0, 3, 1, 2]> : tensor<4xi32>
// CHECK-DAG: %[[ONE:.*]] = tfl.const dense<1> : tensor<1xi32>
// CHECK: %[[DIMS:.*]] = tfl.shape %arg0 : (tensor<?x1x?x6xf32>) -> tensor<4xi32>
// CHECK: %[[EXT:.*]] = tfl.concatenation %[[DIMS]], %[[ONE]] {axis = 0 : i64} : (tensor<4xi32>, tensor<1xi32>) -> tensor<5xi32>
// CHECK: %[[SHAPE:.*]] = tfl.gather %[[EXT]], %[[IDX]] {axis = 0 : i64} : (tensor<5xi32>, tensor<3xi32>) -> tensor<3xi32>
// CHECK: %[[SQ:.*]] = tfl.reshape_to %arg0, %[[SHAPE]] : (tensor<?x1x?x6xf32>, tensor<3xi32>) -> tensor<?x?x6xf32>
// CHECK: %[[UDIMS:.*]] = tfl.shape %[[SQ]] : (tensor<?x?x6xf32>) -> tensor<3xi32>
// CHECK: %[[UEXT:.*]] = tfl.concatenation %[[UDIMS]], %[[ONE]]
// CHECK: %[[USHAPE:.*]] = tfl.gather %[[UEXT]], %[[UIDX]]
// CHECK: tfl.reshape_to %[[SQ]], %[[USHAPE]] : (tensor<?x?x6xf32>, tensor<4xi32>) -> tensor<?x1x?x6xf32>
func.func @squeeze_runtime_dims(%x: tensor<?x1x?x6xf32>) -> tensor<?x1x?x6xf32> {
  %axes = "onnx.Constant"() {value = dense<[1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %0 = "onnx.Squeeze"(%x, %axes) : (tensor<?x1x?x6xf32>, tensor<1xi64>) -> tensor<?x?x6xf32>
  %1 = "onnx.Unsqueeze"(%0, %axes) : (tensor<?x?x6xf32>, tensor<1xi64>) -> tensor<?x1x?x6xf32>
  return %1 : tensor<?x1x?x6xf32>
}
