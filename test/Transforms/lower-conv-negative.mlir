// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered (yet): grouped conv, 1-D conv, integer conv; reported by name.
func.func @conv_not_lowered(%x: tensor<1x4x4x4xf32>, %w: tensor<4x2x1x1xf32>, %x1: tensor<1x2x8xf32>, %w1: tensor<2x2x3xf32>, %xi: tensor<1x1x2x2xi32>, %wi: tensor<1x1x1x1xi32>) -> (tensor<1x4x4x4xf32>, tensor<1x2x6xf32>, tensor<1x1x2x2xi32>) {
  // CHECK: error: unsupported ONNX operators:
  // CHECK-NEXT: Conv x3: grouped conv1d int_conv
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x4x4x4xf32>, tensor<4x2x1x1xf32>, none) -> tensor<1x4x4x4xf32> loc("grouped")
  %b = "onnx.Conv"(%x1, %w1, %none) : (tensor<1x2x8xf32>, tensor<2x2x3xf32>, none) -> tensor<1x2x6xf32> loc("conv1d")
  %c = "onnx.Conv"(%xi, %wi, %none) : (tensor<1x1x2x2xi32>, tensor<1x1x1x1xi32>, none) -> tensor<1x1x2x2xi32> loc("int_conv")
  return %a, %b, %c : tensor<1x4x4x4xf32>, tensor<1x2x6xf32>, tensor<1x1x2x2xi32>
}
