// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Transposes sink through concatenation, remapping its axis.
// CHECK-LABEL: func @sink_concat
func.func @sink_concat(%x: tensor<1x4x4x2xf32>, %y: tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32> {
  // CHECK-NEXT: %[[C:.*]] = tfl.concatenation %arg0, %arg1 {axis = 3 : i64} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  // CHECK-NEXT: return %[[C]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %b = tfl.transpose %y, [0, 3, 1, 2] : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
  %c = tfl.concatenation %a, %b {axis = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32>
  %d = tfl.transpose %c, [0, 2, 3, 1] : (tensor<1x5x4x4xf32>) -> tensor<1x4x4x5xf32>
  return %d : tensor<1x4x4x5xf32>
}

// -----

// A transpose moves below a pad, its pads permuted with it.
// CHECK-LABEL: func @sink_pad
func.func @sink_pad(%x: tensor<1x3x3x2xf32>) -> tensor<1x2x5x4xf32> {
  // CHECK-NEXT: %[[P:.*]] = tfl.padv2 %arg0, [0, 0, 1, 1, 0, 1, 0, 0] {constant_value = 0.000000e+00 : f32} : (tensor<1x3x3x2xf32>) -> tensor<1x5x4x2xf32>
  // CHECK-NEXT: tfl.transpose %[[P]], [0, 3, 1, 2]
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x3x3x2xf32>) -> tensor<1x2x3x3xf32>
  %p = tfl.padv2 %t, [0, 0, 0, 0, 1, 1, 0, 1] {constant_value = 0.0 : f32} : (tensor<1x2x3x3xf32>) -> tensor<1x2x5x4xf32>
  return %p : tensor<1x2x5x4xf32>
}
