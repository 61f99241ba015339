// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered: tf_crop_and_resize (its extrapolated samples are not taps),
// a dynamic resized dim with constant sizes (what they say contradicts the
// type), scales of the wrong length.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Resize x1: crop_and_resize
// CHECK-NEXT: why: mode has no TensorFlow equivalent; coordinate or nearest mode not handled
// CHECK-NEXT: inputs: (tensor<1x1x2x2xf32>, tensor<8xf32>, none, tensor<4xi64>)
// CHECK-NEXT: Resize x1: dynamic_dim
// CHECK-NEXT: why: an H or W known only at run time needs `sizes` (4 values) and no scales; resized dims must be static and non-empty
// CHECK-NEXT: inputs: (tensor<1x1x?x2xf32>, none, none, tensor<4xi64>)
// CHECK-NEXT: Resize x1: short_scales
// CHECK-NEXT: why: mode has no TensorFlow equivalent; needs constant scales
// CHECK-NEXT: inputs: (tensor<1x1x2x2xf32>, none, tensor<2xf32>, none)
func.func @f(%x: tensor<1x1x2x2xf32>, %d: tensor<1x1x?x2xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x4x4xf32>) {
  %none = onnx.NoValue
  %roi = "onnx.Constant"() {value = dense<[0.0, 0.0, 0.2, 0.2, 1.0, 1.0, 0.8, 0.8]> : tensor<8xf32>} : () -> tensor<8xf32>
  %sizes = "onnx.Constant"() {value = dense<[1, 1, 4, 4]> : tensor<4xi64>} : () -> tensor<4xi64>
  %0 = "onnx.Resize"(%x, %roi, %none, %sizes) {mode = "linear", coordinate_transformation_mode = "tf_crop_and_resize"} : (tensor<1x1x2x2xf32>, tensor<8xf32>, none, tensor<4xi64>) -> tensor<1x1x4x4xf32> loc("crop_and_resize")
  %1 = "onnx.Resize"(%d, %none, %none, %sizes) {mode = "cubic"} : (tensor<1x1x?x2xf32>, none, none, tensor<4xi64>) -> tensor<1x1x?x4xf32> loc("dynamic_dim")
  %short = "onnx.Constant"() {value = dense<[2.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %2 = "onnx.Resize"(%x, %none, %short, %none) {mode = "cubic"} : (tensor<1x1x2x2xf32>, none, tensor<2xf32>, none) -> tensor<1x1x4x4xf32> loc("short_scales")
  return %0, %1, %2 : tensor<1x1x4x4xf32>, tensor<1x1x?x4xf32>, tensor<1x1x4x4xf32>
}
