// RUN: t2t-opt %s -canonicalize -allow-unregistered-dialect | FileCheck %s

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

// Two transposes compose; inverse ones cancel.
// CHECK-LABEL: func @transpose_pairs
func.func @transpose_pairs(%x: tensor<1x2x3x4xf32>) -> (tensor<1x2x3x4xf32>, tensor<4x3x2x1xf32>) {
  // CHECK: %[[C:.*]] = tfl.transpose %arg0, [3, 2, 1, 0] : (tensor<1x2x3x4xf32>) -> tensor<4x3x2x1xf32>
  // CHECK: return %arg0, %[[C]]
  %0 = tfl.transpose %x, [0, 2, 3, 1] : (tensor<1x2x3x4xf32>) -> tensor<1x3x4x2xf32>
  %1 = tfl.transpose %0, [0, 3, 1, 2] : (tensor<1x3x4x2xf32>) -> tensor<1x2x3x4xf32>
  %2 = tfl.transpose %0, [2, 1, 3, 0] : (tensor<1x3x4x2xf32>) -> tensor<4x3x2x1xf32>
  return %1, %2 : tensor<1x2x3x4xf32>, tensor<4x3x2x1xf32>
}

// Constants are permuted at compile time: OIHW -> HWIO here.
// CHECK-LABEL: func @transpose_const
func.func @transpose_const() -> (tensor<1x2x3x1xf32>, tensor<3x2xf32>) {
  // CHECK-DAG: tfl.const dense<{{\[\[\[\[}}1.000000e+00], [2.000000e+00], [3.000000e+00]], {{\[\[}}4.000000e+00], [5.000000e+00], [6.000000e+00]]]]> : tensor<1x2x3x1xf32>
  // CHECK-DAG: tfl.const dense<7.000000e+00> : tensor<3x2xf32>
  // CHECK-NOT: tfl.transpose
  %w = tfl.const dense<[[[[1.0, 4.0]], [[2.0, 5.0]], [[3.0, 6.0]]]]> : tensor<1x3x1x2xf32>
  %t = tfl.transpose %w, [2, 3, 1, 0] : (tensor<1x3x1x2xf32>) -> tensor<1x2x3x1xf32>
  %s = tfl.const dense<7.0> : tensor<2x3xf32>
  %u = tfl.transpose %s, [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %t, %u : tensor<1x2x3x1xf32>, tensor<3x2xf32>
}

// A reshape absorbs reshapes and transposes that keep the element order, and
// folds constants; a transpose that reorders elements stays.
// CHECK-LABEL: func @reshape_folds
func.func @reshape_folds(%x: tensor<2x1x1x3xf32>, %y: tensor<2x3xf32>) -> (tensor<6xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<6xf32>) {
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
  // CHECK-DAG: %[[A:.*]] = tfl.reshape %arg0 : (tensor<2x1x1x3xf32>) -> tensor<6xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.reshape %arg0 : (tensor<2x1x1x3xf32>) -> tensor<2x3xf32>
  // CHECK-DAG: %[[T:.*]] = tfl.transpose %arg1, [1, 0]
  // CHECK-DAG: %[[D:.*]] = tfl.reshape %[[T]] : (tensor<3x2xf32>) -> tensor<6xf32>
  %r = tfl.reshape %x : (tensor<2x1x1x3xf32>) -> tensor<2x3xf32>
  %a = tfl.reshape %r : (tensor<2x3xf32>) -> tensor<6xf32>
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<2x1x1x3xf32>) -> tensor<2x3x1x1xf32>
  %b = tfl.reshape %t : (tensor<2x3x1x1xf32>) -> tensor<2x3xf32>
  %k = tfl.const dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %c = tfl.reshape %k : (tensor<2x2xf32>) -> tensor<4xf32>
  %u = tfl.transpose %y, [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %d = tfl.reshape %u : (tensor<3x2xf32>) -> tensor<6xf32>
  "test.keep"(%c) : (tensor<4xf32>) -> ()
  return %a, %b, %u, %d : tensor<6xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<6xf32>
}

// A reshaped weight in a resource blob stays that blob (its bytes are not
// copied), with the new type.
// CHECK-LABEL: func @reshape_resource
func.func @reshape_resource() -> tensor<1x3x1x1xf32> {
  // CHECK-NEXT: %[[C:.*]] = tfl.const dense_resource<layer_scale> : tensor<1x3x1x1xf32>
  // CHECK-NEXT: return %[[C]]
  %c = tfl.const dense_resource<layer_scale> : tensor<3x1x1xf32>
  %r = tfl.reshape %c : (tensor<3x1x1xf32>) -> tensor<1x3x1x1xf32>
  return %r : tensor<1x3x1x1xf32>
}

{-#
  dialect_resources: {
    builtin: {
      layer_scale: "0x040000000000803F0000004000004040"
    }
  }
#-}
