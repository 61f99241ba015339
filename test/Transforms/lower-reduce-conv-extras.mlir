// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

// Grouped conv: one conv_2d per group on split input, filter and bias;
// 1-D conv: the 2-D one over a height-1 image; ConvTranspose: the full VALID
// transpose_conv cropped by the pads; LRN: NHWC with alpha / size.
// CHECK-LABEL: func @convs
// CHECK-DAG: %[[TF:.*]] = tfl.const dense<1.000000e+00> : tensor<3x3x3x4xf32>
// CHECK: %[[X:.*]] = tfl.transpose %arg0, [0, 2, 3, 1]
// CHECK: %[[XS:.*]]:2 = tfl.split %[[X]] {axis = 3 : i64, size_splits = array<i64: 2, 2>}
// CHECK: %[[WS:.*]]:2 = tfl.split
// CHECK: %[[BS:.*]]:2 = tfl.split
// CHECK: %[[C0:.*]] = tfl.conv_2d %[[XS]]#0, %[[WS]]#0, %[[BS]]#0
// CHECK: %[[C1:.*]] = tfl.conv_2d %[[XS]]#1, %[[WS]]#1, %[[BS]]#1
// CHECK: tfl.concatenation %[[C0]], %[[C1]] {axis = 3 : i64}
// CHECK: tfl.reshape %arg1 : (tensor<?x2x8xf32>) -> tensor<?x2x1x8xf32>
// CHECK: tfl.conv_2d {{.*}} -> tensor<?x1x6x2xf32>
// CHECK: tfl.reshape {{.*}} : (tensor<?x2x1x6xf32>) -> tensor<?x2x6xf32>
// CHECK: %[[TC:.*]] = tfl.transpose_conv {{.*}}, %[[TF]], {{.*}}padding = "VALID", strides = array<i64: 2, 2>{{.*}} -> tensor<1x11x11x3xf32>
// CHECK: tfl.slice %[[TC]] {begin = array<i64: 0, 1, 1, 0>, size = array<i64: -1, 10, 10, -1>}
// CHECK: tfl.local_response_normalization {{.*}} {alpha = 1.00000005E-4 : f32, beta = 7.500000e-01 : f32, bias = 1.000000e+00 : f32, radius = 1 : i64} : tensor<1x5x5x4xf32>
func.func @convs(%x: tensor<1x4x5x5xf32>, %x1: tensor<?x2x8xf32>) -> (tensor<1x4x5x5xf32>, tensor<?x2x6xf32>, tensor<1x3x10x10xf32>, tensor<1x4x5x5xf32>) {
  %w = "onnx.Constant"() {value = dense<1.0> : tensor<4x2x1x1xf32>} : () -> tensor<4x2x1x1xf32>
  %b = "onnx.Constant"() {value = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %0 = "onnx.Conv"(%x, %w, %b) {group = 2 : i64} : (tensor<1x4x5x5xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>) -> tensor<1x4x5x5xf32>
  %w1 = "onnx.Constant"() {value = dense<1.0> : tensor<2x2x3xf32>} : () -> tensor<2x2x3xf32>
  %n = onnx.NoValue
  %1 = "onnx.Conv"(%x1, %w1, %n) : (tensor<?x2x8xf32>, tensor<2x2x3xf32>, none) -> tensor<?x2x6xf32>
  %wt = "onnx.Constant"() {value = dense<1.0> : tensor<4x3x3x3xf32>} : () -> tensor<4x3x3x3xf32>
  %2 = "onnx.ConvTranspose"(%x, %wt, %n) {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, output_padding = array<i64: 1, 1>} : (tensor<1x4x5x5xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x3x10x10xf32>
  %3 = "onnx.LRN"(%x) {size = 3 : i64, alpha = 0.0003 : f32} : (tensor<1x4x5x5xf32>) -> tensor<1x4x5x5xf32>
  return %0, %1, %2, %3 : tensor<1x4x5x5xf32>, tensor<?x2x6xf32>, tensor<1x3x10x10xf32>, tensor<1x4x5x5xf32>
}
