// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// These must not lower (yet); each is reported by name. ceil_pool: ceil_mode
// with dynamic spatial dims and a stride over the kernel (whether the last
// window is dropped depends on the size).
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: MaxPool x1: ceil_pool
// CHECK-NEXT: why: result 0: needs padding TensorFlow can express (static H and W for SAME_LOWER, ceil_mode with a stride over the kernel, or SAME and count_include_pad); x, result 0: needs [N, C, L] input and result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<1x4x?x?xf32>)
// CHECK-NEXT: MaxPool x1: indices_pool
// CHECK-NEXT: why: result 1: needs no Indices output (not supported); x, result 0: needs [N, C, L] input and result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<1x4x8x8xf32>)
// CHECK-NEXT: Identity x2: <unnamed> <unnamed>
// CHECK-NEXT: why: x, result: needs the same type
// CHECK-NEXT: inputs: (tensor<2x3xf32>)
// CHECK-NEXT: Clip x1: unranked_clip
// CHECK-NEXT: why: min: needs the constant 0.0; x: needs a ranked result; min: needs an absent operand
// CHECK-NEXT: inputs: (tensor<*xf32>, tensor<f32>, tensor<f32>)
// (dynamic_bn, with statistics known at run time, is lowered since:
// normalization.mlir; dynamic_reshape too, its shape read at run time:
// shape.mlir.)
// CHECK-NOT: BatchNormalization
// CHECK-NOT: Reshape
func.func @f(%x: tensor<1x4x8x8xf32>, %xd: tensor<1x4x?x?xf32>, %a: tensor<2x3xf32>, %s: tensor<4xf32>, %d: tensor<?x?xf32>, %shape: tensor<2xi64>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xi64>, tensor<1x4x8x8xf32>, tensor<2x3xf32>, tensor<?x?xf32>) {
  %y0, %i0 = "onnx.MaxPool"(%xd) {ceil_mode = 1 : i64, kernel_shape = array<i64: 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x?x?xf32>) -> (tensor<1x4x4x4xf32>, none) loc("ceil_pool")
  %y1, %i1 = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>) -> (tensor<1x4x4x4xf32>, tensor<1x4x4x4xi64>) loc("indices_pool")
  %w = "onnx.Constant"() {value = dense<1.0> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
  %c = "onnx.Constant"() {value = dense<1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %bn, %rm, %rv = "onnx.BatchNormalization"(%x, %s, %s, %s, %s) : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<1x4x8x8xf32>, none, none) loc("dynamic_bn")
  %lo = "onnx.Constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %hi = "onnx.Constant"() {value = dense<5.0> : tensor<f32>} : () -> tensor<f32>
  %ua = "onnx.Identity"(%a) : (tensor<2x3xf32>) -> tensor<*xf32>
  %ucl = "onnx.Clip"(%ua, %lo, %hi) : (tensor<*xf32>, tensor<f32>, tensor<f32>) -> tensor<*xf32> loc("unranked_clip")
  %cl = "onnx.Identity"(%ucl) : (tensor<*xf32>) -> tensor<2x3xf32>
  %r = "onnx.Reshape"(%d, %shape) : (tensor<?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32> loc("dynamic_reshape")
  return %y0, %y1, %i1, %bn, %cl, %r : tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>, tensor<1x4x4x4xi64>, tensor<1x4x8x8xf32>, tensor<2x3xf32>, tensor<?x?xf32>
}
