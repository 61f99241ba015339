// RUN: t2t-opt %s -split-input-file | t2t-opt -split-input-file | FileCheck %s
// RUN: t2t-opt %s -split-input-file --mlir-print-op-generic | t2t-opt -split-input-file | FileCheck %s

// A loop doubling x n times, reading n from above the loop; a fill of a
// run-time shape.
// CHECK-LABEL: func @loop
// CHECK: %[[R:.*]]:2 = tfl.while(%{{.*}}, %arg0) : (tensor<i32>, tensor<?xf32>) -> (tensor<i32>, tensor<?xf32>) cond {
// CHECK-NEXT: ^bb0(%[[I:.*]]: tensor<i32>, %{{.*}}: tensor<?xf32>):
// CHECK-NEXT: %[[MORE:.*]] = tfl.less %[[I]], %arg1
// CHECK-NEXT: tfl.yield %[[MORE]] : tensor<i1>
// CHECK-NEXT: } body {
// CHECK: tfl.yield %{{.*}}, %{{.*}} : tensor<i32>, tensor<?xf32>
// CHECK: tfl.fill %arg2, %{{.*}} : (tensor<2xi32>, tensor<f32>) -> tensor<?x?xf32>
func.func @loop(%x: tensor<?xf32>, %n: tensor<i32>, %dims: tensor<2xi32>) -> (tensor<?xf32>, tensor<?x?xf32>) {
  %zero = tfl.const dense<0> : tensor<i32>
  %r:2 = tfl.while(%zero, %x) : (tensor<i32>, tensor<?xf32>) -> (tensor<i32>, tensor<?xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?xf32>):
    %more = tfl.less %i, %n : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tfl.yield %more : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?xf32>):
    %one = tfl.const dense<1> : tensor<i32>
    %next = tfl.add %i, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %twice = tfl.add %v, %v : (tensor<?xf32>, tensor<?xf32>) -> tensor<?xf32>
    tfl.yield %next, %twice : tensor<i32>, tensor<?xf32>
  }
  %half = tfl.const dense<0.5> : tensor<f32>
  %f = tfl.fill %dims, %half : (tensor<2xi32>, tensor<f32>) -> tensor<?x?xf32>
  return %r#1, %f : tensor<?xf32>, tensor<?x?xf32>
}

// -----

// A branch on a run-time bool; the then branch yields a more static type.
// CHECK-LABEL: func @branch
// CHECK: %[[R:.*]] = tfl.if %arg0 : (tensor<i1>) -> tensor<?xf32> then {
// CHECK-NEXT: tfl.yield %arg1 : tensor<2xf32>
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[N:.*]] = tfl.neg %arg2
// CHECK-NEXT: tfl.yield %[[N]] : tensor<?xf32>
func.func @branch(%c: tensor<i1>, %x: tensor<2xf32>, %y: tensor<?xf32>) -> tensor<?xf32> {
  %r = tfl.if %c : (tensor<i1>) -> tensor<?xf32> then {
    tfl.yield %x : tensor<2xf32>
  } else {
    %n = tfl.neg %y : tensor<?xf32>
    tfl.yield %n : tensor<?xf32>
  }
  return %r : tensor<?xf32>
}
