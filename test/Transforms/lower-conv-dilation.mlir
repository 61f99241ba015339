// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

