// RUN: t2t-opt %s --convert-onnx-to-nhwc --canonicalize --fuse-tfl --cse | FileCheck %s

// Conv -> BatchNormalization -> Relu as a model exported without folding
// (training-mode export, other exporters) has it: the normalization's
// x * s + t folds into the convolution's filter and bias, the relu into its
// activation. One conv_2d is left.
// scale 2, B 1, mean 0.5, var 3 (eps 1): s = 2 / sqrt(4) = 1 ... per channel:
//   channel 0: scale 2, var 3 -> s = 1,   t = 1 - 0.5 * 1 = 0.5
//   channel 1: scale 4, var 3 -> s = 2,   t = 1 - 0.5 * 2 = 0
// W = 1 everywhere, conv bias 0: W' = [1, 2] per output channel, b' = [0.5, 0].
// CHECK-LABEL: func @conv_bn_relu
// CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00]]]]> : tensor<1x1x1x2xf32>
// CHECK-DAG: %[[B:.*]] = tfl.const dense<[5.000000e-01, 0.000000e+00]> : tensor<2xf32>
// CHECK: %[[C:.*]] = tfl.conv_2d %{{.*}}, %[[W]], %[[B]] {dilations = array<i64: 1, 1>, fused_activation_function = "RELU", padding = "VALID", strides = array<i64: 1, 1>}
// CHECK-NOT: tfl.mul
// CHECK-NOT: tfl.add
// CHECK-NOT: tfl.relu
func.func @conv_bn_relu(%x: tensor<1x1x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = "onnx.Constant"() {value = dense<1.0> : tensor<2x1x1x1xf32>} : () -> tensor<2x1x1x1xf32>
  %none = onnx.NoValue
  %c = "onnx.Conv"(%x, %w, %none) {kernel_shape = array<i64: 1, 1>} : (tensor<1x1x3x3xf32>, tensor<2x1x1x1xf32>, none) -> tensor<1x2x3x3xf32>
  %scale = "onnx.Constant"() {value = dense<[2.0, 4.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %b = "onnx.Constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
  %mean = "onnx.Constant"() {value = dense<0.5> : tensor<2xf32>} : () -> tensor<2xf32>
  %var = "onnx.Constant"() {value = dense<3.0> : tensor<2xf32>} : () -> tensor<2xf32>
  %y, %rm, %rv = "onnx.BatchNormalization"(%c, %scale, %b, %mean, %var) {epsilon = 1.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x3x3xf32>, none, none)
  %r = "onnx.Relu"(%y) : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %r : tensor<1x2x3x3xf32>
}
