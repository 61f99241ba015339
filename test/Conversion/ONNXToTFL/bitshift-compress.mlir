// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// x << y is x times 2^y, gathered from the table of x's type; x >> y the
// floor division by it.
// CHECK-LABEL: func @shifts
// CHECK: %[[TABLE:.*]] = tfl.const dense<[1, 2, 4, 8, 16, 32, 64, 128]> : tensor<8xui8>
// CHECK: %[[I:.*]] = tfl.cast %arg1 : (tensor<3xui8>) -> tensor<3xi32>
// CHECK: %[[P:.*]] = tfl.gather %[[TABLE]], %[[I]] {axis = 0 : i64} : (tensor<8xui8>, tensor<3xi32>) -> tensor<3xui8>
// CHECK: tfl.mul %arg0, %[[P]]
// CHECK: tfl.floor_div %arg0, %{{.*}}
func.func @shifts(%x: tensor<3xui8>, %y: tensor<3xui8>) -> (tensor<3xui8>, tensor<3xui8>) {
  %0 = "onnx.BitShift"(%x, %y) {direction = "LEFT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  %1 = "onnx.BitShift"(%x, %y) {direction = "RIGHT"} : (tensor<3xui8>, tensor<3xui8>) -> tensor<3xui8>
  return %0, %1 : tensor<3xui8>, tensor<3xui8>
}

// -----

// Compress along an axis: a gather of where(condition); without an axis, of
// the flattened input.
// CHECK-LABEL: func @compress
// CHECK: %[[W:.*]] = tfl.where %arg1 : (tensor<3xi1>) -> tensor<?x1xi64>
// CHECK: %[[I:.*]] = tfl.reshape %[[W]] : (tensor<?x1xi64>) -> tensor<?xi64>
// CHECK: tfl.gather %arg0, %[[I]] {axis = 1 : i64} : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<2x?xf32>
// CHECK: %[[F:.*]] = tfl.reshape %arg0 : (tensor<2x3xf32>) -> tensor<6xf32>
// CHECK: tfl.gather %[[F]], %{{.*}} {axis = 0 : i64} : (tensor<6xf32>, tensor<?xi64>) -> tensor<?xf32>
func.func @compress(%x: tensor<2x3xf32>, %c: tensor<3xi1>, %c6: tensor<6xi1>) -> (tensor<2x?xf32>, tensor<?xf32>) {
  %0 = "onnx.Compress"(%x, %c) {axis = -1 : i64} : (tensor<2x3xf32>, tensor<3xi1>) -> tensor<2x?xf32>
  %1 = "onnx.Compress"(%x, %c6) : (tensor<2x3xf32>, tensor<6xi1>) -> tensor<?xf32>
  return %0, %1 : tensor<2x?xf32>, tensor<?xf32>
}
