// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Left alone, reported by name: a shift of signed integers (ONNX has none;
// a model that writes one is malformed), a Compress along an axis the input
// does not have.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: BitShift x1: signed_shift
// CHECK-NEXT: why: x, y: needs ranked unsigned integers of one type
// CHECK: Compress x1: compress_axis_out_of_range
// CHECK-NEXT: why: x, axis: needs an axis of the input, or none
func.func @f(%x: tensor<3xi8>, %y: tensor<3xi8>, %m: tensor<2x3xf32>, %c: tensor<3xi1>) -> (tensor<3xi8>, tensor<2x?xf32>) {
  %0 = "onnx.BitShift"(%x, %y) {direction = "LEFT"} : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8> loc("signed_shift")
  %1 = "onnx.Compress"(%m, %c) {axis = 2 : i64} : (tensor<2x3xf32>, tensor<3xi1>) -> tensor<2x?xf32> loc("compress_axis_out_of_range")
  return %0, %1 : tensor<3xi8>, tensor<2x?xf32>
}
