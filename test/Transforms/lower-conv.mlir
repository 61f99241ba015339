// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

