// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: AveragePool x1: avg_ceil
// CHECK-NEXT: why: ceil_mode: needs the value 0; x, y: needs [N, C, L] input and result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<1x1x5x5xf32>)
// CHECK-NEXT: AveragePool x1: avg_dynamic_exclude
// CHECK-NEXT: why: y: needs padding TensorFlow can express (static H and W for SAME_LOWER, ceil_mode with a stride over the kernel, or SAME and count_include_pad); x, y: needs [N, C, L] input and result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<1x1x?x?xf32>)
// CHECK-NEXT: Pad x1: wrap
// CHECK-NEXT: why: needs a float, constant-mode pad; needs a ranked reflect-mode pad; needs a static edge-mode pad
// CHECK-NEXT: inputs: (tensor<1x1x5x5xf32>, tensor<8xi64>, none)
// CHECK-NEXT: Pad x1: negative_pads
// CHECK-NEXT: why: pads must be constant and non-negative; needs pads known only at run time, a begin and an end per dim; needs a ranked reflect-mode pad; needs a static edge-mode pad
// CHECK-NEXT: inputs: (tensor<1x1x5x5xf32>, tensor<8xi64>, none)
// Cubic and non-integer half-pixel nearest resizes are lowered by gathers
// since (resize.mlir).
// CHECK-NOT: Resize
func.func @f(%x: tensor<1x1x5x5xf32>, %d: tensor<1x1x?x?xf32>, %s: tensor<4xf32>) -> (tensor<1x1x3x3xf32>, tensor<1x1x?x?xf32>, tensor<1x1x10x10xf32>, tensor<1x1x7x7xf32>, tensor<1x1x7x7xf32>, tensor<1x1x3x3xf32>) {
  %0 = "onnx.AveragePool"(%x) {ceil_mode = 1 : i64, kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x1x5x5xf32>) -> tensor<1x1x3x3xf32> loc("avg_ceil")
  %1 = "onnx.AveragePool"(%d) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>} : (tensor<1x1x?x?xf32>) -> tensor<1x1x?x?xf32> loc("avg_dynamic_exclude")
  %none = onnx.NoValue
  %2 = "onnx.Resize"(%x, %none, %s, %none) {mode = "cubic"} : (tensor<1x1x5x5xf32>, none, tensor<4xf32>, none) -> tensor<1x1x10x10xf32> loc("cubic")
  %3 = "onnx.Resize"(%x, %none, %s, %none) {mode = "nearest", coordinate_transformation_mode = "half_pixel", nearest_mode = "round_prefer_floor"} : (tensor<1x1x5x5xf32>, none, tensor<4xf32>, none) -> tensor<1x1x7x7xf32> loc("nearest_half_pixel_non_integer")
  %pads = "onnx.Constant"() {value = dense<[0, 0, 1, 1, 0, 0, 1, 1]> : tensor<8xi64>} : () -> tensor<8xi64>
  %4 = "onnx.Pad"(%x, %pads, %none) {mode = "wrap"} : (tensor<1x1x5x5xf32>, tensor<8xi64>, none) -> tensor<1x1x7x7xf32> loc("wrap")
  %neg = "onnx.Constant"() {value = dense<[0, 0, -1, -1, 0, 0, -1, -1]> : tensor<8xi64>} : () -> tensor<8xi64>
  %5 = "onnx.Pad"(%x, %neg, %none) {mode = "constant"} : (tensor<1x1x5x5xf32>, tensor<8xi64>, none) -> tensor<1x1x3x3xf32> loc("negative_pads")
  return %0, %1, %2, %3, %4, %5 : tensor<1x1x3x3xf32>, tensor<1x1x?x?xf32>, tensor<1x1x10x10xf32>, tensor<1x1x7x7xf32>, tensor<1x1x7x7xf32>, tensor<1x1x3x3xf32>
}
