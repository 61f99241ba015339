// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Depthwise conv (group == C): filter [C*M, 1, kh, kw] -> [kh, kw, C, M].
// CHECK-LABEL: func @depthwise
func.func @depthwise(%x: tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32> {
  // CHECK-DAG: %[[F:.*]] = tfl.const dense<{{.*}}> : tensor<1x1x2x2xf32>
  // CHECK: tfl.depthwise_conv_2d %{{.*}}, %[[F]], %{{.*}} {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  %w = "onnx.Constant"() {value = dense<[[[[1.0]]], [[[2.0]]], [[[3.0]]], [[[4.0]]]]> : tensor<4x1x1x1xf32>} : () -> tensor<4x1x1x1xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x2x4x4xf32>, tensor<4x1x1x1xf32>, none) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Dilation with a stride above 1: the dilation is written into the constant
// filter (2x2 taps -> 3x3 with zeros between) and the conv has dilation 1.
// CHECK-LABEL: func @strided_dilated
// CHECK: %[[W:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00]], {{\[\[}}0.000000e+00]], {{\[\[}}2.000000e+00]]], {{\[\[\[}}0.000000e+00]], {{\[\[}}0.000000e+00]], {{\[\[}}0.000000e+00]]], {{\[\[\[}}3.000000e+00]], {{\[\[}}0.000000e+00]], {{\[\[}}4.000000e+00]]]]> : tensor<3x3x1x1xf32>
// CHECK: tfl.conv_2d %{{.*}}, %[[W]], %{{.*}} {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 2, 2>}
func.func @strided_dilated(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x2x2xf32> {
  %w = "onnx.Constant"() {value = dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>} : () -> tensor<1x1x2x2xf32>
  %none = onnx.NoValue
  %0 = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 2, 2>, strides = array<i64: 2, 2>, kernel_shape = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Stride 1: TensorFlow takes the dilation as it is.
// CHECK-LABEL: func @dilated
// CHECK: tfl.conv_2d %{{.*}} {dilations = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x5x5x1xf32>, tensor<2x2x1x1xf32>, tensor<1xf32>) -> tensor<1x3x3x1xf32>
func.func @dilated(%x: tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> {
  %w = "onnx.Constant"() {value = dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>} : () -> tensor<1x1x2x2xf32>
  %none = onnx.NoValue
  %0 = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 2, 2>, kernel_shape = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x3x3xf32>
  return %0 : tensor<1x1x3x3xf32>
}

// -----

// A dilated transposed convolution gets the dilated filter too.
// CHECK-LABEL: func @transpose_dilated
// CHECK: tfl.transpose_conv %{{.*}}, %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x3x3x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>) -> tensor<1x5x5x1xf32>
func.func @transpose_dilated(%x: tensor<1x1x3x3xf32>) -> tensor<1x1x5x5xf32> {
  %w = "onnx.Constant"() {value = dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>} : () -> tensor<1x1x2x2xf32>
  %none = onnx.NoValue
  %0 = "onnx.ConvTranspose"(%x, %w, %none) {dilations = array<i64: 2, 2>} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x5x5xf32>
  return %0 : tensor<1x1x5x5xf32>
}

// -----

// NCHW conv -> NHWC tfl.conv_2d between transposes; the OIHW filter is
// permuted to HWIO at compile time; ONNX pads [t, l, b, r] -> [t, b, l, r].
// CHECK-LABEL: func @conv_explicit
func.func @conv_explicit(%x: tensor<1x2x5x5xf32>) -> tensor<1x3x5x4xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{.*}}> : tensor<1x2x2x3xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
  // CHECK: %[[IN:.*]] = tfl.transpose %arg0, [0, 2, 3, 1] : (tensor<1x2x5x5xf32>) -> tensor<1x5x5x2xf32>
  // CHECK: %[[C:.*]] = tfl.conv_2d %[[IN]], %[[W]], %[[B]] {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 0, 0, 1, 0>, padding = "EXPLICIT", strides = array<i64: 1, 2>} : (tensor<1x5x5x2xf32>, tensor<1x2x2x3xf32>, tensor<3xf32>) -> tensor<1x5x4x3xf32>
  // CHECK: tfl.transpose %[[C]], [0, 3, 1, 2] : (tensor<1x5x4x3xf32>) -> tensor<1x3x5x4xf32>
  %w = "onnx.Constant"() {value = dense<[[[[1.0, 2.0]], [[3.0, 4.0]]], [[[5.0, 6.0]], [[7.0, 8.0]]], [[[9.0, 10.0]], [[11.0, 12.0]]]]> : tensor<3x2x1x2xf32>} : () -> tensor<3x2x1x2xf32>
  %b = "onnx.Constant"() {value = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>} : () -> tensor<3xf32>
  %y = "onnx.Conv"(%x, %w, %b) {pads = array<i64: 0, 1, 0, 0>, strides = array<i64: 1, 2>} : (tensor<1x2x5x5xf32>, tensor<3x2x1x2xf32>, tensor<3xf32>) -> tensor<1x3x5x4xf32>
  return %y : tensor<1x3x5x4xf32>
}

// -----

// Zero pads are VALID; a missing bias is zeros; dilations are kept.
// CHECK-LABEL: func @conv_valid_no_bias
func.func @conv_valid_no_bias(%x: tensor<?x2x7x7xf32>, %w: tensor<4x2x3x3xf32>) -> tensor<?x4x3x3xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.transpose %arg1, [2, 3, 1, 0] : (tensor<4x2x3x3xf32>) -> tensor<3x3x2x4xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<0.000000e+00> : tensor<4xf32>
  // CHECK: tfl.conv_2d %{{.*}}, %[[W]], %[[B]] {dilations = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 1, 1>}
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>} : (tensor<?x2x7x7xf32>, tensor<4x2x3x3xf32>, none) -> tensor<?x4x3x3xf32>
  return %y : tensor<?x4x3x3xf32>
}

// -----

// SAME_UPPER is TensorFlow's SAME; SAME_LOWER puts the odd pixel first.
// CHECK-LABEL: func @conv_auto_pad
func.func @conv_auto_pad(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x2x2xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) {
  // CHECK: tfl.conv_2d {{.*}} {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>}
  // CHECK: tfl.conv_2d {{.*}} {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 0, 1, 0>, padding = "EXPLICIT", strides = array<i64: 1, 1>}
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) {auto_pad = "SAME_UPPER"} : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x4x4xf32>
  %b = "onnx.Conv"(%x, %w, %none) {auto_pad = "SAME_LOWER"} : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x4x4xf32>
  return %a, %b : tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>
}

// -----

// Consecutive convs: the transposes between them cancel.
// CHECK-LABEL: func @conv_chain
func.func @conv_chain(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  // CHECK: tfl.transpose %arg0, [0, 2, 3, 1]
  // CHECK-NEXT: tfl.conv_2d
  // CHECK-NEXT: tfl.conv_2d
  // CHECK-NEXT: tfl.transpose %{{.*}}, [0, 3, 1, 2]
  // CHECK-NEXT: return
  %w = "onnx.Constant"() {value = dense<0.5> : tensor<2x2x1x1xf32>} : () -> tensor<2x2x1x1xf32>
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>, none) -> tensor<1x2x4x4xf32>
  %b = "onnx.Conv"(%a, %w, %none) : (tensor<1x2x4x4xf32>, tensor<2x2x1x1xf32>, none) -> tensor<1x2x4x4xf32>
  return %b : tensor<1x2x4x4xf32>
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

// -----

// ConvTranspose over an H and W known only at run time: the full VALID
// output (TensorFlow's input_sizes computed from the input's shape when
// exported) cut by the pads at the start and pads - output_padding at the
// end, counted from the end: a strided slice (ends masked where nothing is
// cut, here W's: pads 1 - output_padding 1).
// CHECK-LABEL: func @conv_transpose_run_time_size
// CHECK: %[[FULL:.*]] = tfl.transpose_conv {{.*}} : (tensor<1x?x?x4xf32>, tensor<3x3x3x4xf32>, tensor<3xf32>) -> tensor<1x?x?x3xf32>
// CHECK: tfl.strided_slice %[[FULL]] {begin = array<i64: 0, 1, 1, 0>, begin_mask = 9 : i64, end = array<i64: 0, -1, 0, 0>, end_mask = 13 : i64, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x?x?x3xf32>) -> tensor<1x?x?x3xf32>
func.func @conv_transpose_run_time_size(%x: tensor<1x4x?x?xf32>) -> tensor<1x3x?x?xf32> {
  %w = "onnx.Constant"() {value = dense<0.5> : tensor<4x3x3x3xf32>} : () -> tensor<4x3x3x3xf32>
  %none = onnx.NoValue
  %y = "onnx.ConvTranspose"(%x, %w, %none) {strides = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, output_padding = array<i64: 0, 1>} : (tensor<1x4x?x?xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x3x?x?xf32>
  return %y : tensor<1x3x?x?xf32>
}
