// RUN: t2t-opt %s | t2t-opt | FileCheck %s
// RUN: t2t-opt %s --mlir-print-op-generic | t2t-opt | FileCheck %s

// CHECK-LABEL: func @ops
func.func @ops(%x: tensor<1x8x8x3xf32>) -> (tensor<1x6x6x4xf32>, tensor<1x3x8x8xf32>) {
  // CHECK: %[[W:.*]] = tfl.const dense<1.000000e+00> : tensor<3x3x3x4xf32>
  %w = tfl.const dense<1.0> : tensor<3x3x3x4xf32>
  // CHECK: %[[B:.*]] = tfl.const dense<0.000000e+00> : tensor<4xf32>
  %b = tfl.const dense<0.0> : tensor<4xf32>
  // CHECK: %[[C:.*]] = tfl.conv_2d %{{.*}}, %[[W]], %[[B]] {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32>
  // CHECK: tfl.conv_2d {{.*}} {dilations = array<i64: 2, 2>, explicit_padding = array<i64: 2, 2, 1, 3>, fused_activation_function = "RELU6", padding = "EXPLICIT", strides = array<i64: 1, 1>}
  %e = tfl.conv_2d %x, %w, %b {dilations = array<i64: 2, 2>, explicit_padding = array<i64: 2, 2, 1, 3>, fused_activation_function = "RELU6", padding = "EXPLICIT", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %[[R:.*]] = tfl.relu %[[C]] : tensor<1x6x6x4xf32>
  %r = tfl.relu %c : tensor<1x6x6x4xf32>
  // CHECK: tfl.add %[[R]], %[[B]] {fused_activation_function = "RELU"} : (tensor<1x6x6x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32>
  %a = tfl.add %r, %b {fused_activation_function = "RELU"} : (tensor<1x6x6x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32>
  // CHECK: tfl.transpose %{{.*}}, [0, 3, 1, 2] : (tensor<1x8x8x3xf32>) -> tensor<1x3x8x8xf32>
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x8x8x3xf32>) -> tensor<1x3x8x8xf32>
  return %a, %t : tensor<1x6x6x4xf32>, tensor<1x3x8x8xf32>
}
