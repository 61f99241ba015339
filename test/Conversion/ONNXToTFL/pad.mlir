// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Constant Pad -> padv2 with TF's [begin, end] per dim order.
// CHECK-LABEL: func @pad
func.func @pad(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32> {
  // CHECK: tfl.padv2 %arg0, [0, 0, 0, 0, 1, 1, 0, 1] {constant_value = 5.000000e-01 : f32} : (tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32>
  %pads = "onnx.Constant"() {value = dense<[0, 0, 1, 0, 0, 0, 1, 1]> : tensor<8xi64>} : () -> tensor<8xi64>
  %v = "onnx.Constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  %y = "onnx.Pad"(%x, %pads, %v) {mode = "constant"} : (tensor<1x2x3x3xf32>, tensor<8xi64>, tensor<f32>) -> tensor<1x2x5x4xf32>
  return %y : tensor<1x2x5x4xf32>
}
