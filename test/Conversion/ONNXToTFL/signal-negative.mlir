// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Windows left alone, reported by name: a size of two elements, an integer
// result, a result of rank 2.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: HannWindow x1: two_sizes
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
// CHECK: HammingWindow x1: integer_window
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
// CHECK: BlackmanWindow x1: rank2_window
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
func.func @f(%two: tensor<2xi64>, %size: tensor<i64>) -> (tensor<?xf32>, tensor<?xi32>, tensor<?x?xf32>) {
  %0 = "onnx.HannWindow"(%two) : (tensor<2xi64>) -> tensor<?xf32> loc("two_sizes")
  %1 = "onnx.HammingWindow"(%size) {output_datatype = 6 : i64} : (tensor<i64>) -> tensor<?xi32> loc("integer_window")
  %2 = "onnx.BlackmanWindow"(%size) : (tensor<i64>) -> tensor<?x?xf32> loc("rank2_window")
  return %0, %1, %2 : tensor<?xf32>, tensor<?xi32>, tensor<?x?xf32>
}
