// RUN: t2t-opt %s -split-input-file -verify-diagnostics | FileCheck %s

// Result shapes the verifier accepts: a reversed masked range (4 elements),
// a strided range clamped to the dim, a shrunk dim, a dynamic dim.
// CHECK-LABEL: func.func @shapes
func.func @shapes(%x: tensor<2x4x6xf32>, %d: tensor<?x6xf32>) {
  // CHECK: tfl.strided_slice {{.*}} -> tensor<1x4x3xf32>
  %0 = tfl.strided_slice %x {begin = array<i64: 1, -1, 0>, end = array<i64: 2, 0, 6>, strides = array<i64: 1, -1, 2>, end_mask = 2 : i64} : (tensor<2x4x6xf32>) -> tensor<1x4x3xf32>
  // CHECK: tfl.strided_slice {{.*}} -> tensor<4x2xf32>
  %1 = tfl.strided_slice %x {begin = array<i64: -1, 0, 1>, end = array<i64: 0, 100, 100>, strides = array<i64: 1, 1, 4>, shrink_axis_mask = 1 : i64} : (tensor<2x4x6xf32>) -> tensor<4x2xf32>
  // CHECK: tfl.strided_slice {{.*}} -> tensor<?x2xf32>
  %2 = tfl.strided_slice %d {begin = array<i64: 0, 5>, end = array<i64: 0, 0>, strides = array<i64: 1, -3>, begin_mask = 1 : i64, end_mask = 1 : i64} : (tensor<?x6xf32>) -> tensor<?x2xf32>
  return
}

// -----

func.func @reversed_without_mask_drops_first(%x: tensor<2x4x6xf32>) {
  // expected-error @+1 {{result type 'tensor<1x4x3xf32>' differs from the sliced shape 'tensor<1x3x3xf32>'}}
  %0 = tfl.strided_slice %x {begin = array<i64: 1, -1, 0>, end = array<i64: 2, 0, 6>, strides = array<i64: 1, -1, 2>} : (tensor<2x4x6xf32>) -> tensor<1x4x3xf32>
  return
}

// -----

func.func @empty_range(%x: tensor<4xf32>) {
  // expected-error @+1 {{differs from the sliced shape 'tensor<0xf32>'}}
  %0 = tfl.strided_slice %x {begin = array<i64: 3>, end = array<i64: 1>, strides = array<i64: 1>} : (tensor<4xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @shrink_out_of_range(%x: tensor<2x4xf32>) {
  // expected-error @+1 {{shrunk dimension 0 begins out of range}}
  %0 = tfl.strided_slice %x {begin = array<i64: 2, 0>, end = array<i64: 3, 4>, strides = array<i64: 1, 1>, shrink_axis_mask = 1 : i64} : (tensor<2x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @zero_stride(%x: tensor<4xf32>) {
  // expected-error @+1 {{strides must be non-zero}}
  %0 = tfl.strided_slice %x {begin = array<i64: 0>, end = array<i64: 4>, strides = array<i64: 0>} : (tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @wrong_entry_count(%x: tensor<2x4xf32>) {
  // expected-error @+1 {{begin needs 2 entries, has 1}}
  %0 = tfl.strided_slice %x {begin = array<i64: 0>, end = array<i64: 2, 4>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sum_by_operand_matrix_axes(%x: tensor<2x3xf32>, %a: tensor<1x1xi64>) {
  // expected-error @+1 {{axes must be a scalar or a 1-D tensor}}
  %0 = tfl.sum_by_operand %x, %a {keep_dims = true} : (tensor<2x3xf32>, tensor<1x1xi64>) -> tensor<2x1xf32>
  return
}

// -----

func.func @einsum_implicit(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{needs an explicit equation (with '->')}}
  %0 = tfl.einsum %x {equation = "ij"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @einsum_terms(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{equation has 2 input terms for 1 operands}}
  %0 = tfl.einsum %x {equation = "ij,jk->ik"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}
