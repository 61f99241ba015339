// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// A transpose moves below relu and add, meets its inverse and cancels.
// CHECK-LABEL: func @unary_binary
func.func @unary_binary(%x: tensor<1x4x4x2xf32>, %y: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  // CHECK-NEXT: %[[R:.*]] = tfl.relu %arg0 : tensor<1x4x4x2xf32>
  // CHECK-NEXT: %[[A:.*]] = tfl.add %[[R]], %arg1 : (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  // CHECK-NEXT: return %[[A]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %b = tfl.transpose %y, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %r = tfl.relu %a : tensor<1x2x4x4xf32>
  %s = tfl.add %r, %b : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %t = tfl.transpose %s, [0, 2, 3, 1] : (tensor<1x2x4x4xf32>) -> tensor<1x4x4x2xf32>
  return %t : tensor<1x4x4x2xf32>
}

// -----

// Constant operands are permuted at compile time; scalars are kept.
// CHECK-LABEL: func @constants
func.func @constants(%x: tensor<1x3x1x2xf32>) -> tensor<1x3x1x2xf32> {
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00]]]]> : tensor<1x1x1x2xf32>
  // CHECK-DAG: %[[S:.*]] = tfl.const dense<5.000000e-01> : tensor<f32>
  // CHECK: %[[A:.*]] = tfl.add %arg0, %[[C]]
  // CHECK: %[[B:.*]] = tfl.add %[[A]], %[[S]]
  // CHECK-NEXT: return %[[B]]
  %c = tfl.const dense<[[[[1.0]], [[2.0]]]]> : tensor<1x2x1x1xf32>
  %s = tfl.const dense<0.5> : tensor<f32>
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x3x1x2xf32>) -> tensor<1x2x3x1xf32>
  %b = tfl.add %a, %c : (tensor<1x2x3x1xf32>, tensor<1x2x1x1xf32>) -> tensor<1x2x3x1xf32>
  %d = tfl.add %b, %s : (tensor<1x2x3x1xf32>, tensor<f32>) -> tensor<1x2x3x1xf32>
  %t = tfl.transpose %d, [0, 2, 3, 1] : (tensor<1x2x3x1xf32>) -> tensor<1x3x1x2xf32>
  return %t : tensor<1x3x1x2xf32>
}

// -----

// Must not fire: the other operand is a non-constant in another layout, or
// transposed by another permutation.
// CHECK-LABEL: func @mixed_layouts
func.func @mixed_layouts(%x: tensor<1x4x4x2xf32>, %y: tensor<1x2x4x4xf32>, %z: tensor<1x4x2x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  // CHECK: %[[A:.*]] = tfl.transpose %arg0, [0, 3, 1, 2]
  // CHECK: tfl.add %[[A]], %arg1
  // CHECK: %[[B:.*]] = tfl.transpose %arg2, [0, 2, 1, 3]
  // CHECK: tfl.add %[[A]], %[[B]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %s = tfl.add %a, %y : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %b = tfl.transpose %z, [0, 2, 1, 3] : (tensor<1x4x2x4xf32>) -> tensor<1x2x4x4xf32>
  %u = tfl.add %a, %b : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %s, %u : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}
