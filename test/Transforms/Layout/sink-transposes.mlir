// RUN: t2t-opt %s --optimize-tfl-layout -split-input-file | FileCheck %s

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

// -----

// A strided slice of channels moves below the transpose with its
// begin/end/strides and masks remapped (channel axis 1 -> 3); the transposes
// then cancel.
// CHECK-LABEL: func @strided_slice
func.func @strided_slice(%x: tensor<1x4x4x6xf32>) -> tensor<1x4x4x3xf32> {
  // CHECK-NEXT: %[[S:.*]] = tfl.strided_slice %arg0 {begin = array<i64: 0, 0, 0, 3>, begin_mask = 7 : i64, end = array<i64: 0, 0, 0, 6>, end_mask = 7 : i64, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x4x4x6xf32>) -> tensor<1x4x4x3xf32>
  // CHECK-NEXT: return %[[S]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x6xf32>) -> tensor<1x6x4x4xf32>
  %s = tfl.strided_slice %a {begin = array<i64: 0, 3, 0, 0>, begin_mask = 13 : i64, end = array<i64: 0, 6, 0, 0>, end_mask = 13 : i64, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x6x4x4xf32>) -> tensor<1x3x4x4xf32>
  %t = tfl.transpose %s, [0, 2, 3, 1] : (tensor<1x3x4x4xf32>) -> tensor<1x4x4x3xf32>
  return %t : tensor<1x4x4x3xf32>
}

// -----

// Must not fire: a shrinking slice changes the rank.
// CHECK-LABEL: func @strided_slice_shrink
func.func @strided_slice_shrink(%x: tensor<1x4x4x6xf32>) -> tensor<1x4x4xf32> {
  // CHECK: %[[A:.*]] = tfl.transpose %arg0, [0, 3, 1, 2]
  // CHECK: tfl.strided_slice %[[A]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x6xf32>) -> tensor<1x6x4x4xf32>
  %s = tfl.strided_slice %a {begin = array<i64: 0, 2, 0, 0>, begin_mask = 13 : i64, end = array<i64: 0, 3, 0, 0>, end_mask = 13 : i64, shrink_axis_mask = 2 : i64, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x6x4x4xf32>) -> tensor<1x4x4xf32>
  return %s : tensor<1x4x4xf32>
}

// -----

// A gather of channels with 1-D indices: axis 1 -> 3.
// CHECK-LABEL: func @gather
func.func @gather(%x: tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32> {
  // CHECK: %[[G:.*]] = tfl.gather %arg0, %{{.*}} {axis = 3 : i64} : (tensor<1x4x4x3xf32>, tensor<3xi32>) -> tensor<1x4x4x3xf32>
  // CHECK-NEXT: return %[[G]]
  %i = tfl.const dense<[2, 0, 1]> : tensor<3xi32>
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
  %g = tfl.gather %a, %i {axis = 1 : i64} : (tensor<1x3x4x4xf32>, tensor<3xi32>) -> tensor<1x3x4x4xf32>
  %t = tfl.transpose %g, [0, 2, 3, 1] : (tensor<1x3x4x4xf32>) -> tensor<1x4x4x3xf32>
  return %t : tensor<1x4x4x3xf32>
}

// -----

// Must not fire: 2-D indices add a dimension where the axis was.
// CHECK-LABEL: func @gather_2d_indices
func.func @gather_2d_indices(%x: tensor<1x4x4x3xf32>, %i: tensor<2x2xi32>) -> tensor<1x2x2x4x4xf32> {
  // CHECK: %[[A:.*]] = tfl.transpose %arg0
  // CHECK: tfl.gather %[[A]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
  %g = tfl.gather %a, %i {axis = 1 : i64} : (tensor<1x3x4x4xf32>, tensor<2x2xi32>) -> tensor<1x2x2x4x4xf32>
  return %g : tensor<1x2x2x4x4xf32>
}

// -----

// A mean over H and W of an NCHW view: the NHWC data is reduced over 1 and
// 2, and the kept dims (N, C) come out in the same order: no transpose.
// CHECK-LABEL: func @global_pool
func.func @global_pool(%x: tensor<?x2x2x8xf32>) -> tensor<?x8xf32> {
  // CHECK-NEXT: %[[M:.*]] = tfl.mean %arg0, [1, 2] {keep_dims = false} : (tensor<?x2x2x8xf32>) -> tensor<?x8xf32>
  // CHECK-NEXT: return %[[M]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<?x2x2x8xf32>) -> tensor<?x8x2x2xf32>
  %m = tfl.mean %a, [2, 3] {keep_dims = false} : (tensor<?x8x2x2xf32>) -> tensor<?x8xf32>
  return %m : tensor<?x8xf32>
}

// -----

// With keep_dims the transpose moves below; reducing C alone of an NCHW view
// without keep_dims leaves (N, H, W) in order too.
// CHECK-LABEL: func @reductions
func.func @reductions(%x: tensor<1x2x3x4xf32>) -> (tensor<1x2x3x1xf32>, tensor<1x2x3xf32>) {
  // CHECK-DAG: %[[K:.*]] = tfl.reduce_max %arg0, [3] {keep_dims = true} : (tensor<1x2x3x4xf32>) -> tensor<1x2x3x1xf32>
  // CHECK-DAG: %[[S:.*]] = tfl.sum %arg0, [3] {keep_dims = false} : (tensor<1x2x3x4xf32>) -> tensor<1x2x3xf32>
  // CHECK: return %[[K]], %[[S]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x2x3x4xf32>) -> tensor<1x4x2x3xf32>
  %k = tfl.reduce_max %a, [1] {keep_dims = true} : (tensor<1x4x2x3xf32>) -> tensor<1x1x2x3xf32>
  %kt = tfl.transpose %k, [0, 2, 3, 1] : (tensor<1x1x2x3xf32>) -> tensor<1x2x3x1xf32>
  %s = tfl.sum %a, [1] {keep_dims = false} : (tensor<1x4x2x3xf32>) -> tensor<1x2x3xf32>
  return %kt, %s : tensor<1x2x3x1xf32>, tensor<1x2x3xf32>
}

// -----

// Reducing W of an NCHW view without keep_dims leaves (N, C, H) of NHWC data
// as (N, H, C): a rank-3 transpose restores the order.
// CHECK-LABEL: func @reduction_reorders
func.func @reduction_reorders(%x: tensor<1x2x3x4xf32>) -> tensor<1x4x2xf32> {
  // CHECK-NEXT: %[[M:.*]] = tfl.reduce_min %arg0, [2] {keep_dims = false} : (tensor<1x2x3x4xf32>) -> tensor<1x2x4xf32>
  // CHECK-NEXT: %[[T:.*]] = tfl.transpose %[[M]], [0, 2, 1] : (tensor<1x2x4xf32>) -> tensor<1x4x2xf32>
  // CHECK-NEXT: return %[[T]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x2x3x4xf32>) -> tensor<1x4x2x3xf32>
  %m = tfl.reduce_min %a, [3] {keep_dims = false} : (tensor<1x4x2x3xf32>) -> tensor<1x4x2xf32>
  return %m : tensor<1x4x2xf32>
}

// -----

// A split of channels: axis 1 -> 3; each piece's transpose then cancels.
// CHECK-LABEL: func @split
func.func @split(%x: tensor<1x4x4x6xf32>) -> (tensor<1x4x4x2xf32>, tensor<1x4x4x4xf32>) {
  // CHECK-NEXT: %[[S:.*]]:2 = tfl.split %arg0 {axis = 3 : i64, size_splits = array<i64: 2, 4>} : (tensor<1x4x4x6xf32>) -> (tensor<1x4x4x2xf32>, tensor<1x4x4x4xf32>)
  // CHECK-NEXT: return %[[S]]#0, %[[S]]#1
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x6xf32>) -> tensor<1x6x4x4xf32>
  %s:2 = tfl.split %a {axis = 1 : i64, size_splits = array<i64: 2, 4>} : (tensor<1x6x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x4x4x4xf32>)
  %t0 = tfl.transpose %s#0, [0, 2, 3, 1] : (tensor<1x2x4x4xf32>) -> tensor<1x4x4x2xf32>
  %t1 = tfl.transpose %s#1, [0, 2, 3, 1] : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %t0, %t1 : tensor<1x4x4x2xf32>, tensor<1x4x4x4xf32>
}

// -----

// Must not fire: a piece is used as it is, so moving the transpose would
// make two out of one.
// CHECK-LABEL: func @split_kept
func.func @split_kept(%x: tensor<1x4x4x6xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x4x4x4xf32>) {
  // CHECK: %[[A:.*]] = tfl.transpose %arg0, [0, 3, 1, 2]
  // CHECK: tfl.split %[[A]] {axis = 1 : i64
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x6xf32>) -> tensor<1x6x4x4xf32>
  %s:2 = tfl.split %a {axis = 1 : i64, size_splits = array<i64: 2, 4>} : (tensor<1x6x4x4xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x4x4x4xf32>)
  %t1 = tfl.transpose %s#1, [0, 2, 3, 1] : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %s#0, %t1 : tensor<1x2x4x4xf32>, tensor<1x4x4x4xf32>
}

// -----

// A mirror pad moves below a transpose as a constant pad does: its paddings
// follow the permutation (a reflect pad between NHWC pools keeps no transpose).
// CHECK-LABEL: func @mirror_pad
func.func @mirror_pad(%x: tensor<1x4x5x2xf32>) -> tensor<1x6x7x2xf32> {
  // CHECK-NEXT: %[[P:.*]] = tfl.mirror_pad %arg0, [0, 0, 1, 1, 1, 1, 0, 0] {mode = "REFLECT"} : (tensor<1x4x5x2xf32>) -> tensor<1x6x7x2xf32>
  // CHECK-NEXT: return %[[P]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x5x2xf32>) -> tensor<1x2x4x5xf32>
  %p = tfl.mirror_pad %a, [0, 0, 0, 0, 1, 1, 1, 1] {mode = "REFLECT"} : (tensor<1x2x4x5xf32>) -> tensor<1x2x6x7xf32>
  %t = tfl.transpose %p, [0, 2, 3, 1] : (tensor<1x2x6x7xf32>) -> tensor<1x6x7x2xf32>
  return %t : tensor<1x6x7x2xf32>
}

// -----

// A scalar computed at run time (a dynamic quantization's scale) broadcasts
// in any layout: the transpose still moves below the division and cancels.
// CHECK-LABEL: func @runtime_scalar
// CHECK-NOT: tfl.transpose
// CHECK: %[[D:.*]] = tfl.div %arg0, %arg1 : (tensor<1x4x4x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
// CHECK: return %[[D]]
func.func @runtime_scalar(%x: tensor<1x4x4x2xf32>, %s: tensor<f32>) -> tensor<1x4x4x2xf32> {
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %d = tfl.div %t, %s : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %b = tfl.transpose %d, [0, 2, 3, 1] : (tensor<1x2x4x4xf32>) -> tensor<1x4x4x2xf32>
  return %b : tensor<1x4x4x2xf32>
}
