// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Windows left alone, reported by name: a size of two elements, an integer
// result, a result of rank 2; a DFT of a run-time length whose number of
// bins is unknown too, a DFT of another dft_length; an STFT without a frame
// length (no window, no frame_length); a MelWeightMatrix of float sizes.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: HannWindow x1: two_sizes
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
// CHECK: HammingWindow x1: integer_window
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
// CHECK: BlackmanWindow x1: rank2_window
// CHECK-NEXT: why: size, y: needs a one-element integer size and a ranked float result
// CHECK: DFT x1: runtime_length
// CHECK-NEXT: why: a run-time length needs a static number of bins
// CHECK: DFT x1: other_length
// CHECK-NEXT: why: dft_length must be the axis' size
// CHECK: STFT x1: no_frame_length
// CHECK-NEXT: why: needs a frame length (a window or a one-element frame_length)
// CHECK: MelWeightMatrix x1: float_sizes
// CHECK-NEXT: why: bins, length, rate, low: needs one-element integer sizes and float edges, a rank-2 result
func.func @f(%two: tensor<2xi64>, %size: tensor<i64>, %signal: tensor<1x?x1xf32>, %fixed: tensor<1x8x1xf32>, %step: tensor<i64>, %frame: tensor<i64>) -> (tensor<?xf32>, tensor<?xi32>, tensor<?x?xf32>, tensor<1x?x2xf32>, tensor<1x4x2xf32>, tensor<1x3x3x2xf32>, tensor<?x?xf32>) {
  %0 = "onnx.HannWindow"(%two) : (tensor<2xi64>) -> tensor<?xf32> loc("two_sizes")
  %1 = "onnx.HammingWindow"(%size) {output_datatype = 6 : i64} : (tensor<i64>) -> tensor<?xi32> loc("integer_window")
  %2 = "onnx.BlackmanWindow"(%size) : (tensor<i64>) -> tensor<?x?xf32> loc("rank2_window")
  %none = onnx.NoValue
  %3 = "onnx.DFT"(%signal, %none) : (tensor<1x?x1xf32>, none) -> tensor<1x?x2xf32> loc("runtime_length")
  %four = "onnx.Constant"() {value = dense<4> : tensor<i64>} : () -> tensor<i64>
  %4 = "onnx.DFT"(%fixed, %four) : (tensor<1x8x1xf32>, tensor<i64>) -> tensor<1x4x2xf32> loc("other_length")
  %5 = "onnx.STFT"(%fixed, %step, %none, %none) : (tensor<1x8x1xf32>, tensor<i64>, none, none) -> tensor<1x3x3x2xf32> loc("no_frame_length")
  %fsize = "onnx.Constant"() {value = dense<8.0> : tensor<f32>} : () -> tensor<f32>
  %6 = "onnx.MelWeightMatrix"(%fsize, %fsize, %fsize, %fsize, %fsize) : (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<?x?xf32> loc("float_sizes")
  return %0, %1, %2, %3, %4, %5, %6 : tensor<?xf32>, tensor<?xi32>, tensor<?x?xf32>, tensor<1x?x2xf32>, tensor<1x4x2xf32>, tensor<1x3x3x2xf32>, tensor<?x?xf32>
}
