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

// -----

// A DFT of a real signal along axis 1 (N = 4): moved next to the last dim,
// the real part projected on the constant cosine and sine bases (K = 3,
// onesided), the imaginary part negated, both joined as [..., K, 2] and
// moved back.
// CHECK-LABEL: func @dft_real
// CHECK-DAG: %[[COS:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [1.000000e+00, {{.*}} : tensor<3x4xf32>
// CHECK: %[[T:.*]] = tfl.transpose %arg0, [0, 2, 1, 3] : (tensor<1x4x5x1xf32>) -> tensor<1x5x4x1xf32>
// CHECK: %[[RE:.*]] = tfl.fully_connected %{{.*}}, %[[COS]], %{{.*}} : (tensor<5x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<5x3xf32>
// CHECK: %[[IMS:.*]] = tfl.fully_connected %{{.*}} -> tensor<5x3xf32>
// CHECK: %[[IM:.*]] = tfl.mul %[[IMS]], %{{.*}}
// CHECK: %[[J:.*]] = tfl.concatenation %{{.*}}, %{{.*}} {axis = 3 : i64} : (tensor<1x5x3x1xf32>, tensor<1x5x3x1xf32>) -> tensor<1x5x3x2xf32>
// CHECK: tfl.transpose %[[J]], [0, 2, 1, 3] : (tensor<1x5x3x2xf32>) -> tensor<1x3x5x2xf32>
func.func @dft_real(%x: tensor<1x4x5x1xf32>) -> tensor<1x3x5x2xf32> {
  %none = onnx.NoValue
  %0 = "onnx.DFT"(%x, %none) {axis = 1 : i64, onesided = 1 : i64} : (tensor<1x4x5x1xf32>, none) -> tensor<1x3x5x2xf32>
  return %0 : tensor<1x3x5x2xf32>
}

// -----

// STFT with a window: frames gathered at f * step + j (the step read at
// run time), weighted by the window, then the DFT of each frame (onesided:
// 16 samples give 9 bins).
// CHECK-LABEL: func @stft
// CHECK: %[[STARTS:.*]] = tfl.mul %arg1, %{{.*}} : (tensor<i64>, tensor<15x1xi64>) -> tensor<15x1xi64>
// CHECK: %[[AT:.*]] = tfl.add %[[STARTS]], %{{.*}} : (tensor<15x1xi64>, tensor<1x16xi64>) -> tensor<15x16xi64>
// CHECK: %[[FRAMES:.*]] = tfl.gather %arg0, %[[AT]] {axis = 1 : i64} : (tensor<1x128x1xf32>, tensor<15x16xi64>) -> tensor<1x15x16x1xf32>
// CHECK: tfl.mul %[[FRAMES]], %{{.*}} : (tensor<1x15x16x1xf32>, tensor<16x1xf32>) -> tensor<1x15x16x1xf32>
// CHECK: tfl.fully_connected %{{.*}} : (tensor<15x16xf32>, tensor<9x16xf32>, tensor<9xf32>) -> tensor<15x9xf32>
func.func @stft(%signal: tensor<1x128x1xf32>, %step: tensor<i64>, %window: tensor<16xf32>) -> tensor<1x15x9x2xf32> {
  %none = onnx.NoValue
  %0 = "onnx.STFT"(%signal, %step, %window, %none) : (tensor<1x128x1xf32>, tensor<i64>, tensor<16xf32>, none) -> tensor<1x15x9x2xf32>
  return %0 : tensor<1x15x9x2xf32>
}

// -----

// STFT of a frame length fed at run time: the samples of a frame are
// range(frame_length), and the DFT bases are computed by the graph from
// ((k n) mod N) in integers: 2 pi t / N, with the exact zeros of half and
// quarter turns selected (float32 pi is not pi).
// CHECK-LABEL: func @stft_runtime_frame_length
// CHECK: %[[J:.*]] = tfl.range %{{.*}}, %{{.*}}, %{{.*}} : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
// CHECK: %[[AT:.*]] = tfl.add %{{.*}}, %{{.*}} : (tensor<15x1xi64>, tensor<1x?xi64>) -> tensor<15x?xi64>
// CHECK: tfl.gather %arg0, %[[AT]] {axis = 1 : i64} : (tensor<1x128x1xf32>, tensor<15x?xi64>) -> tensor<1x15x?x1xf32>
// CHECK: %[[N:.*]] = tfl.reshape %{{.*}} : (tensor<1xi32>) -> tensor<i32>
// CHECK: %[[KN:.*]] = tfl.mul %{{.*}}, %{{.*}} : (tensor<1x?xi32>, tensor<9x1xi32>) -> tensor<9x?xi32>
// CHECK: %[[T:.*]] = tfl.floor_mod %[[KN]], %[[N]]
// CHECK: tfl.select
// CHECK: tfl.select
// CHECK: tfl.fully_connected %{{.*}} : (tensor<15x?xf32>, tensor<9x?xf32>, tensor<9xf32>) -> tensor<15x9xf32>
func.func @stft_runtime_frame_length(%signal: tensor<1x128x1xf32>, %step: tensor<i64>, %length: tensor<i64>) -> tensor<1x15x9x2xf32> {
  %none = onnx.NoValue
  %0 = "onnx.STFT"(%signal, %step, %none, %length) : (tensor<1x128x1xf32>, tensor<i64>, none, tensor<i64>) -> tensor<1x15x9x2xf32>
  return %0 : tensor<1x15x9x2xf32>
}

// -----

// MelWeightMatrix of run-time sizes: M + 2 edges evenly spaced in mel
// (mel(f) = 2595 log10(1 + f / 700)), mapped to bins floor((N + 1) f / rate),
// and the triangles between them selected over bins x bands.
// CHECK-LABEL: func @mel_weight_matrix
// CHECK: tfl.log
// CHECK: %[[EDGES:.*]] = tfl.range %{{.*}} : (tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?xf32>
// CHECK: tfl.exp
// CHECK: %[[BINS:.*]] = tfl.floor %{{.*}} : tensor<?xf32>
// CHECK: tfl.gather %[[BINS]], %{{.*}} {axis = 0 : i64} : (tensor<?xf32>, tensor<1x?xi32>) -> tensor<1x?xf32>
// CHECK: %[[W:.*]] = tfl.select_v2 %{{.*}} : (tensor<?x?xi1>, tensor<?x?xf32>, tensor<?x?xf32>) -> tensor<?x?xf32>
// CHECK: return %[[W]] : tensor<?x?xf32>
func.func @mel_weight_matrix(%bands: tensor<i64>, %length: tensor<i64>, %rate: tensor<i64>, %low: tensor<f32>, %high: tensor<f32>) -> tensor<?x?xf32> {
  %0 = "onnx.MelWeightMatrix"(%bands, %length, %rate, %low, %high) : (tensor<i64>, tensor<i64>, tensor<i64>, tensor<f32>, tensor<f32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}
