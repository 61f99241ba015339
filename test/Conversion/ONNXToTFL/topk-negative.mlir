// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// TopKs the pattern leaves alone, each reported by name: the smallest of
// integers (negation overflows at the minimum), a K of two elements, an
// axis out of range.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: TopK x1: smallest_ints
// CHECK-NEXT: why: smallest elements of a float input only
// CHECK: TopK x1: two_ks
// CHECK-NEXT: why: needs a ranked input and a one-element int64 K
// CHECK: TopK x1: axis_out_of_range
// CHECK-NEXT: why: axis out of range
func.func @f(%i: tensor<3x4xi32>, %x: tensor<3x4xf32>, %k: tensor<1xi64>, %k2: tensor<2xi64>) -> (tensor<3x2xi32>, tensor<3x2xf32>, tensor<3x2xf32>) {
  %a, %ai = "onnx.TopK"(%i, %k) {largest = 0 : i64} : (tensor<3x4xi32>, tensor<1xi64>) -> (tensor<3x2xi32>, tensor<3x2xi64>) loc("smallest_ints")
  %b, %bi = "onnx.TopK"(%x, %k2) : (tensor<3x4xf32>, tensor<2xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>) loc("two_ks")
  %c, %ci = "onnx.TopK"(%x, %k) {axis = 2 : i64} : (tensor<3x4xf32>, tensor<1xi64>) -> (tensor<3x2xf32>, tensor<3x2xi64>) loc("axis_out_of_range")
  return %a, %b, %c : tensor<3x2xi32>, tensor<3x2xf32>, tensor<3x2xf32>
}
