// RUN: t2t-opt %s --optimize-tfl-layout -split-input-file | FileCheck %s
// RUN: t2t-opt %s --convert-onnx-to-tfl=naive-layout -split-input-file | FileCheck %s --check-prefix=NAIVE
// RUN: t2t-opt %s --optimize-tfl-layout --channel-shuffle-as-transpose -split-input-file | FileCheck %s --check-prefix=FINAL

// ShuffleNet's channel shuffle (2 groups of 3) on NHWC data: the
// reshape/transpose/reshape of the NCHW view is a gather of the channels,
// output i * 2 + j <- input j * 3 + i, and no transpose is left. The naive
// layout keeps the ops as they are. Once the layout is settled, the gather of
// the innermost axis becomes one transpose of the [..., 2, 3] view, which
// TensorFlow.js runs 8-15x faster.
// CHECK-LABEL: func @shuffle
func.func @shuffle(%x: tensor<?x4x4x6xf32>) -> tensor<?x4x4x6xf32> {
  // CHECK-NEXT: %[[I:.*]] = tfl.const dense<[0, 3, 1, 4, 2, 5]> : tensor<6xi32>
  // CHECK-NEXT: %[[G:.*]] = tfl.gather %arg0, %[[I]] {axis = 3 : i64} : (tensor<?x4x4x6xf32>, tensor<6xi32>) -> tensor<?x4x4x6xf32>
  // CHECK-NEXT: return %[[G]]
  // NAIVE-LABEL: func @shuffle
  // NAIVE-NOT: tfl.gather
  // FINAL-LABEL: func @shuffle
  // FINAL-NEXT: %[[V:.*]] = tfl.reshape %arg0 : (tensor<?x4x4x6xf32>) -> tensor<?x4x4x2x3xf32>
  // FINAL-NEXT: %[[T:.*]] = tfl.transpose %[[V]], [0, 1, 2, 4, 3] : (tensor<?x4x4x2x3xf32>) -> tensor<?x4x4x3x2xf32>
  // FINAL-NEXT: %[[R:.*]] = tfl.reshape %[[T]] : (tensor<?x4x4x3x2xf32>) -> tensor<?x4x4x6xf32>
  // FINAL-NEXT: return %[[R]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<?x4x4x6xf32>) -> tensor<?x6x4x4xf32>
  %r = tfl.reshape %a : (tensor<?x6x4x4xf32>) -> tensor<?x2x3x4x4xf32>
  %s = tfl.transpose %r, [0, 2, 1, 3, 4] : (tensor<?x2x3x4x4xf32>) -> tensor<?x3x2x4x4xf32>
  %b = tfl.reshape %s : (tensor<?x3x2x4x4xf32>) -> tensor<?x6x4x4xf32>
  %t = tfl.transpose %b, [0, 2, 3, 1] : (tensor<?x6x4x4xf32>) -> tensor<?x4x4x6xf32>
  return %t : tensor<?x4x4x6xf32>
}

// -----

// Must not fire: the transpose does not swap the two halves of the split
// axis, or the last reshape does not restore the input's shape.
// CHECK-LABEL: func @not_a_shuffle
// NAIVE-LABEL: func @not_a_shuffle
func.func @not_a_shuffle(%x: tensor<1x6x4x4xf32>) -> (tensor<1x6x4x4xf32>, tensor<1x3x8x4xf32>) {
  // CHECK-NOT: tfl.gather
  // CHECK: return
  %r = tfl.reshape %x : (tensor<1x6x4x4xf32>) -> tensor<1x2x3x4x4xf32>
  %s = tfl.transpose %r, [0, 1, 2, 4, 3] : (tensor<1x2x3x4x4xf32>) -> tensor<1x2x3x4x4xf32>
  %b = tfl.reshape %s : (tensor<1x2x3x4x4xf32>) -> tensor<1x6x4x4xf32>
  %u = tfl.transpose %r, [0, 2, 1, 3, 4] : (tensor<1x2x3x4x4xf32>) -> tensor<1x3x2x4x4xf32>
  %c = tfl.reshape %u : (tensor<1x3x2x4x4xf32>) -> tensor<1x3x8x4xf32>
  return %b, %c : tensor<1x6x4x4xf32>, tensor<1x3x8x4xf32>
}

// -----

// Gathers that stay gathers: of an outer axis, with indices that are not a
// channel shuffle, or with channels not known.
// FINAL-LABEL: func @not_channel_shuffles
func.func @not_channel_shuffles(%x: tensor<1x4x4x6xf32>, %y: tensor<1x4x4x?xf32>) -> (tensor<1x4x4x6xf32>, tensor<1x4x4x6xf32>, tensor<1x4x4x?xf32>) {
  // FINAL-COUNT-3: tfl.gather
  // FINAL-NOT: tfl.transpose
  %shuffle = tfl.const dense<[0, 3, 1, 4, 2, 5]> : tensor<6xi32>
  %other = tfl.const dense<[0, 2, 1, 3, 5, 4]> : tensor<6xi32>
  %outer = tfl.const dense<[0, 2, 1, 3]> : tensor<4xi32>
  %a = tfl.gather %x, %outer {axis = 1 : i64} : (tensor<1x4x4x6xf32>, tensor<4xi32>) -> tensor<1x4x4x6xf32>
  %b = tfl.gather %x, %other {axis = 3 : i64} : (tensor<1x4x4x6xf32>, tensor<6xi32>) -> tensor<1x4x4x6xf32>
  %c = tfl.gather %y, %shuffle {axis = 3 : i64} : (tensor<1x4x4x?xf32>, tensor<6xi32>) -> tensor<1x4x4x?xf32>
  return %a, %b, %c : tensor<1x4x4x6xf32>, tensor<1x4x4x6xf32>, tensor<1x4x4x?xf32>
}
