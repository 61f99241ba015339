// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// A filter known only at run time cannot take the dilation: not lowered.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Conv x1: strided_dilated_runtime_filter
func.func @runtime_filter(%x: tensor<1x1x5x5xf32>, %w: tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32> {
  %none = onnx.NoValue
  %0 = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 2, 2>, strides = array<i64: 2, 2>, kernel_shape = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>, tensor<1x1x2x2xf32>, none) -> tensor<1x1x2x2xf32> loc("strided_dilated_runtime_filter")
  return %0 : tensor<1x1x2x2xf32>
}
