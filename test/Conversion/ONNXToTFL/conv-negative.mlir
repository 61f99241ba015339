// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered: grouped conv over dynamic channels, 1-D conv with two
// dynamic dims (no single-reshape to 2-D), integer conv, grouped
// ConvTranspose, a ConvTranspose over a run-time size whose output padding
// is past its pads (the output would grow by a run-time amount); reported
// by name.
func.func @conv_not_lowered(%x: tensor<1x?x4x4xf32>, %w: tensor<4x2x1x1xf32>, %x1: tensor<?x2x?xf32>, %w1: tensor<2x2x3xf32>, %xi: tensor<1x1x2x2xi32>, %wi: tensor<1x1x1x1xi32>, %xt: tensor<1x4x3x3xf32>, %wt: tensor<4x1x2x2xf32>, %xd: tensor<1x4x?x?xf32>) -> (tensor<1x4x4x4xf32>, tensor<?x2x?xf32>, tensor<1x1x2x2xi32>, tensor<1x2x4x4xf32>, tensor<1x1x?x?xf32>) {
  // CHECK: error: unsupported ONNX operators:
  // CHECK-NEXT: Conv x1: dynamic_groups
  // CHECK-NEXT: why: y: needs groups dividing the (static) channels; x, w, y: needs [N, C, L] input and result with at most one dynamic dim, a static filter
  // CHECK-NEXT: inputs: (tensor<1x?x4x4xf32>, tensor<4x2x1x1xf32>, none)
  // CHECK-NEXT: Conv x1: conv1d_dynamic
  // CHECK-NEXT: why: x: needs a 4-D tensor; x, w, y: needs [N, C, L] input and result with at most one dynamic dim, a static filter
  // CHECK-NEXT: inputs: (tensor<?x2x?xf32>, tensor<2x2x3xf32>, none)
  // CHECK-NEXT: Conv x1: int_conv
  // CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values; x, w, y: needs [N, C, L] input and result with at most one dynamic dim, a static filter
  // CHECK-NEXT: inputs: (tensor<1x1x2x2xi32>, tensor<1x1x1x1xi32>, none)
  // CHECK-NEXT: ConvTranspose x1: grouped_transpose
  // CHECK-NEXT: why: group: needs constant attribute 1; x, w, y: needs [N, C, L] input and result with at most one dynamic dim, a static filter
  // CHECK-NEXT: inputs: (tensor<1x4x3x3xf32>, tensor<4x1x2x2xf32>, none)
  // CHECK-NEXT: ConvTranspose x1: extended_transpose
  // CHECK-NEXT: why: y: needs non-negative padding (explicit pads of at least the output padding for a run-time H or W); x, w, y: needs [N, C, L] input and result with at most one dynamic dim, a static filter
  // CHECK-NEXT: inputs: (tensor<1x4x?x?xf32>, tensor<4x1x2x2xf32>, none)
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x?x4x4xf32>, tensor<4x2x1x1xf32>, none) -> tensor<1x4x4x4xf32> loc("dynamic_groups")
  %b = "onnx.Conv"(%x1, %w1, %none) : (tensor<?x2x?xf32>, tensor<2x2x3xf32>, none) -> tensor<?x2x?xf32> loc("conv1d_dynamic")
  %c = "onnx.Conv"(%xi, %wi, %none) : (tensor<1x1x2x2xi32>, tensor<1x1x1x1xi32>, none) -> tensor<1x1x2x2xi32> loc("int_conv")
  %d = "onnx.ConvTranspose"(%xt, %wt, %none) {group = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<4x1x2x2xf32>, none) -> tensor<1x2x4x4xf32> loc("grouped_transpose")
  %e = "onnx.ConvTranspose"(%xd, %wt, %none) {strides = array<i64: 2, 2>, output_padding = array<i64: 1, 1>} : (tensor<1x4x?x?xf32>, tensor<4x1x2x2xf32>, none) -> tensor<1x1x?x?xf32> loc("extended_transpose")
  return %a, %b, %c, %d, %e : tensor<1x4x4x4xf32>, tensor<?x2x?xf32>, tensor<1x1x2x2xi32>, tensor<1x2x4x4xf32>, tensor<1x1x?x?xf32>
}
