// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered: grouped conv over dynamic channels, 1-D conv with two
// dynamic dims (no single-reshape to 2-D), integer conv, grouped
// ConvTranspose; reported by name.
func.func @conv_not_lowered(%x: tensor<1x?x4x4xf32>, %w: tensor<4x2x1x1xf32>, %x1: tensor<?x2x?xf32>, %w1: tensor<2x2x3xf32>, %xi: tensor<1x1x2x2xi32>, %wi: tensor<1x1x1x1xi32>, %xt: tensor<1x4x3x3xf32>, %wt: tensor<4x1x2x2xf32>) -> (tensor<1x4x4x4xf32>, tensor<?x2x?xf32>, tensor<1x1x2x2xi32>, tensor<1x2x4x4xf32>) {
  // CHECK: error: unsupported ONNX operators:
  // CHECK-NEXT: Conv x1: dynamic_groups
  // CHECK-NEXT: why: group does not divide the channels; not a 1-D convolution
  // CHECK-NEXT: inputs: (tensor<1x?x4x4xf32>, tensor<4x2x1x1xf32>, none)
  // CHECK-NEXT: Conv x2: conv1d_dynamic int_conv
  // CHECK-NEXT: why: needs a 2-D float conv with a static filter; not a 1-D convolution
  // CHECK-NEXT: inputs: (tensor<?x2x?xf32>, tensor<2x2x3xf32>, none)
  // CHECK-NEXT: ConvTranspose x1: grouped_transpose
  // CHECK-NEXT: why: needs a 2-D, one-group float transposed conv with static spatial dims and filter; not a 1-D transposed convolution
  // CHECK-NEXT: inputs: (tensor<1x4x3x3xf32>, tensor<4x1x2x2xf32>, none)
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x?x4x4xf32>, tensor<4x2x1x1xf32>, none) -> tensor<1x4x4x4xf32> loc("dynamic_groups")
  %b = "onnx.Conv"(%x1, %w1, %none) : (tensor<?x2x?xf32>, tensor<2x2x3xf32>, none) -> tensor<?x2x?xf32> loc("conv1d_dynamic")
  %c = "onnx.Conv"(%xi, %wi, %none) : (tensor<1x1x2x2xi32>, tensor<1x1x1x1xi32>, none) -> tensor<1x1x2x2xi32> loc("int_conv")
  %d = "onnx.ConvTranspose"(%xt, %wt, %none) {group = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x1x2x2xf32>, none) -> tensor<1x2x4x4xf32> loc("grouped_transpose")
  return %a, %b, %c, %d : tensor<1x4x4x4xf32>, tensor<?x2x?xf32>, tensor<1x1x2x2xi32>, tensor<1x2x4x4xf32>
}
