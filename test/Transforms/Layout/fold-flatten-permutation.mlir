// RUN: t2t-opt %s --optimize-tfl-layout -split-input-file | FileCheck %s

// A flatten of NHWC data transposed back to NCHW, into a fully_connected
// with constant weights: the data is flattened as it is and the weights'
// columns are permuted from (c, h, w) to (h, w, c) order: [1, 2, 3, 4] with
// C = 2, H = 1, W = 2 becomes [1, 3, 2, 4].
// CHECK-LABEL: func @flatten_into_weights
// CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 3.000000e+00, 2.000000e+00, 4.000000e+00]]> : tensor<1x4xf32>
// CHECK-DAG: %[[F:.*]] = tfl.reshape %arg0 : (tensor<1x1x2x2xf32>) -> tensor<1x4xf32>
// CHECK: tfl.fully_connected %[[F]], %[[W]], %{{.*}}
// CHECK-NOT: tfl.transpose
func.func @flatten_into_weights(%x: tensor<1x1x2x2xf32>) -> tensor<1x1xf32> {
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x1x2x2xf32>) -> tensor<1x2x1x2xf32>
  %f = tfl.reshape %t : (tensor<1x2x1x2xf32>) -> tensor<1x4xf32>
  %w = tfl.const dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %y = tfl.fully_connected %f, %w, %b : (tensor<1x4xf32>, tensor<1x4xf32>, tensor<1xf32>) -> tensor<1x1xf32>
  return %y : tensor<1x1xf32>
}

// -----

// Weights known only at run time: the transpose stays.
// CHECK-LABEL: func @runtime_weights
// CHECK: tfl.transpose %arg0, [0, 3, 1, 2]
// CHECK: tfl.fully_connected
func.func @runtime_weights(%x: tensor<1x1x2x2xf32>, %w: tensor<1x4xf32>) -> tensor<1x1xf32> {
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x1x2x2xf32>) -> tensor<1x2x1x2xf32>
  %f = tfl.reshape %t : (tensor<1x2x1x2xf32>) -> tensor<1x4xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %y = tfl.fully_connected %f, %w, %b : (tensor<1x4xf32>, tensor<1x4xf32>, tensor<1xf32>) -> tensor<1x1xf32>
  return %y : tensor<1x1xf32>
}
