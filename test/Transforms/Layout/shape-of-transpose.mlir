// RUN: t2t-opt %s --optimize-tfl-layout -split-input-file | FileCheck %s

// The shape of a transposed tensor is its own shape permuted alike: the
// vector is gathered, the data is not transposed.
// CHECK-LABEL: func @shape_of_transpose
// CHECK: %[[P:.*]] = tfl.const dense<[0, 3, 1, 2]> : tensor<4xi32>
// CHECK: %[[S:.*]] = tfl.shape %arg0 : (tensor<?x?x?x8xf32>) -> tensor<4xi64>
// CHECK: %[[G:.*]] = tfl.gather %[[S]], %[[P]] {axis = 0 : i64} : (tensor<4xi64>, tensor<4xi32>) -> tensor<4xi64>
// CHECK: return %[[G]]
// CHECK-NOT: tfl.transpose
func.func @shape_of_transpose(%x: tensor<?x?x?x8xf32>) -> tensor<4xi64> {
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<?x?x?x8xf32>) -> tensor<?x8x?x?xf32>
  %s = tfl.shape %t : (tensor<?x8x?x?xf32>) -> tensor<4xi64>
  return %s : tensor<4xi64>
}

// -----

// Any permutation, and int32 shapes, alike.
// CHECK-LABEL: func @shape_of_transpose_3d
// CHECK: %[[P:.*]] = tfl.const dense<[2, 0, 1]> : tensor<3xi32>
// CHECK: %[[S:.*]] = tfl.shape %arg0 : (tensor<?x4x?xf32>) -> tensor<3xi32>
// CHECK: tfl.gather %[[S]], %[[P]] {axis = 0 : i64} : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
func.func @shape_of_transpose_3d(%x: tensor<?x4x?xf32>) -> tensor<3xi32> {
  %t = tfl.transpose %x, [2, 0, 1] : (tensor<?x4x?xf32>) -> tensor<?x?x4xf32>
  %s = tfl.shape %t : (tensor<?x?x4xf32>) -> tensor<3xi32>
  return %s : tensor<3xi32>
}

// -----

// Not permuted: the shape of a tensor that is not a transpose (a 3-D
// sequence or a 2-D matrix keeps its own order).
// CHECK-LABEL: func @shape_not_of_transpose
// CHECK: %[[A:.*]] = tfl.shape %arg0 : (tensor<?x?x16xf32>) -> tensor<3xi64>
// CHECK: %[[B:.*]] = tfl.shape %arg1 : (tensor<?x16xf32>) -> tensor<2xi64>
// CHECK: return %[[A]], %[[B]]
// CHECK-NOT: tfl.gather
func.func @shape_not_of_transpose(%x: tensor<?x?x16xf32>, %m: tensor<?x16xf32>) -> (tensor<3xi64>, tensor<2xi64>) {
  %a = tfl.shape %x : (tensor<?x?x16xf32>) -> tensor<3xi64>
  %b = tfl.shape %m : (tensor<?x16xf32>) -> tensor<2xi64>
  return %a, %b : tensor<3xi64>, tensor<2xi64>
}
