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

// -----

// Pads computed at run time: TensorFlow's [[begin, end], ...] rows gathered
// from ONNX's [begins..., ends...]; a 4-D pad runs on NHWC data, its rows in
// NHWC order (N, H, W, C: pads 0, 4, 2, 6, 3, 7, 1, 5).
// CHECK-LABEL: func @pad_at_run_time
// CHECK-DAG: %[[ROWS:.*]] = tfl.const dense<[0, 4, 2, 6, 3, 7, 1, 5]> : tensor<8xi32>
// CHECK-DAG: %[[FILL:.*]] = tfl.const dense<0.000000e+00> : tensor<f32>
// CHECK: %[[G:.*]] = tfl.gather %arg1, %[[ROWS]] {axis = 0 : i64} : (tensor<8xi64>, tensor<8xi32>) -> tensor<8xi64>
// CHECK: %[[P:.*]] = tfl.reshape %[[G]] : (tensor<8xi64>) -> tensor<4x2xi64>
// CHECK: %[[X:.*]] = tfl.transpose %arg0, [0, 2, 3, 1]
// CHECK: %[[Y:.*]] = tfl.pad_by %[[X]], %[[P]], %[[FILL]] : (tensor<1x?x?x3xf32>, tensor<4x2xi64>, tensor<f32>) -> tensor<1x?x?x?xf32>
// CHECK: tfl.transpose %[[Y]], [0, 3, 1, 2]
func.func @pad_at_run_time(%x: tensor<1x3x?x?xf32>, %pads: tensor<8xi64>) -> tensor<1x?x?x?xf32> {
  %none = onnx.NoValue
  %y = "onnx.Pad"(%x, %pads, %none) {mode = "constant"} : (tensor<1x3x?x?xf32>, tensor<8xi64>, none) -> tensor<1x?x?x?xf32>
  return %y : tensor<1x?x?x?xf32>
}
