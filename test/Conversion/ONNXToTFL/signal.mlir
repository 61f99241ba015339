// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// A periodic Hann window of a run-time size: n = range(0, size), N = size,
// 0.5 - 0.5 cos(2 pi n / N).
// CHECK-LABEL: func @hann
// CHECK: %[[S:.*]] = tfl.cast %{{.*}} : (tensor<i64>) -> tensor<f32>
// CHECK: %[[N:.*]] = tfl.range %{{.*}}, %[[S]], %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
// CHECK: %[[TWOPI:.*]] = tfl.mul %[[N]], %{{.*}}
// CHECK: %[[X:.*]] = tfl.div %[[TWOPI]], %[[S]]
// CHECK: %[[C:.*]] = tfl.cos %[[X]]
// CHECK: %[[H:.*]] = tfl.mul %[[C]], %{{.*}}
// CHECK: tfl.sub %{{.*}}, %[[H]]
func.func @hann(%size: tensor<i64>) -> tensor<?xf32> {
  %0 = "onnx.HannWindow"(%size) : (tensor<i64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// A symmetric Blackman window: N = size - 1, a third cosine term of 2x.
// CHECK-LABEL: func @blackman_symmetric
// CHECK: %[[S:.*]] = tfl.cast
// CHECK: %[[N1:.*]] = tfl.sub %[[S]], %{{.*}}
// CHECK: %[[X:.*]] = tfl.div %{{.*}}, %[[N1]]
// CHECK: tfl.cos %[[X]]
// CHECK: %[[X2:.*]] = tfl.mul %[[X]], %{{.*}}
// CHECK: tfl.cos %[[X2]]
func.func @blackman_symmetric(%size: tensor<i32>) -> tensor<?xf32> {
  %0 = "onnx.BlackmanWindow"(%size) {periodic = 0 : i64} : (tensor<i32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

// Hamming's coefficients 25/46 and 21/46.
// CHECK-LABEL: func @hamming
// CHECK-DAG: tfl.const dense<0.543478251> : tensor<f32>
// CHECK-DAG: tfl.const dense<0.456521749> : tensor<f32>
func.func @hamming(%size: tensor<i64>) -> tensor<?xf32> {
  %0 = "onnx.HammingWindow"(%size) : (tensor<i64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
