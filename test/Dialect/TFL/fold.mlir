// RUN: t2t-opt %s -canonicalize | FileCheck %s

// An identity transpose folds away; any other permutation stays.
// CHECK-LABEL: func @transpose_identity
func.func @transpose_identity(%x: tensor<1x2x3xf32>) -> (tensor<1x2x3xf32>, tensor<3x2x1xf32>) {
  // CHECK-NOT: tfl.transpose %{{.*}}, [0, 1, 2]
  // CHECK: %[[T:.*]] = tfl.transpose %arg0, [2, 1, 0]
  // CHECK: return %arg0, %[[T]]
  %0 = tfl.transpose %x, [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  %1 = tfl.transpose %x, [2, 1, 0] : (tensor<1x2x3xf32>) -> tensor<3x2x1xf32>
  return %0, %1 : tensor<1x2x3xf32>, tensor<3x2x1xf32>
}
