// RUN: t2t-opt %s --canonicalize -split-input-file | FileCheck %s

// An if on a constant is the branch it takes, inlined.
// CHECK-LABEL: func @taken
// CHECK-NOT: tfl.if
// CHECK: %[[N:.*]] = tfl.neg %arg0
// CHECK-NEXT: return %[[N]]
func.func @taken(%x: tensor<2xf32>) -> tensor<2xf32> {
  %false = tfl.const dense<false> : tensor<i1>
  %r = tfl.if %false : (tensor<i1>) -> tensor<2xf32> then {
    tfl.yield %x : tensor<2xf32>
  } else {
    %n = tfl.neg %x : tensor<2xf32>
    tfl.yield %n : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}

// -----

// On a run-time condition it stays.
// CHECK-LABEL: func @kept
// CHECK: tfl.if %arg0
func.func @kept(%c: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %r = tfl.if %c : (tensor<i1>) -> tensor<2xf32> then {
    tfl.yield %x : tensor<2xf32>
  } else {
    %n = tfl.neg %x : tensor<2xf32>
    tfl.yield %n : tensor<2xf32>
  }
  return %r : tensor<2xf32>
}
