// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// A splat of at least 1 KiB is written as its one value in the dtype's
// repeated field (TensorFlow repeats the last value over the shape); smaller
// ones keep tensor_content.
// CHECK-LABEL: name: "big_f32"
// CHECK: size: 512
// CHECK: float_val: 0.25
// CHECK-LABEL: name: "big_i64"
// CHECK: int64_val: -3
// CHECK-LABEL: name: "big_u8"
// CHECK: int_val: 200
// CHECK-LABEL: name: "big_bool"
// CHECK: bool_val: true
// CHECK-LABEL: name: "small"
// CHECK: tensor_content: "\000\000\200>\000\000\200>"
func.func @main() -> (tensor<512xf32> {onnx.name = "a"}, tensor<256xi64> {onnx.name = "b"}, tensor<2048xui8> {onnx.name = "c"}, tensor<4096xi1> {onnx.name = "d"}, tensor<2xf32> {onnx.name = "e"}) {
  %a = tfl.const dense<0.25> : tensor<512xf32> loc("big_f32")
  %b = tfl.const dense<-3> : tensor<256xi64> loc("big_i64")
  %c = tfl.const dense<200> : tensor<2048xui8> loc("big_u8")
  %d = tfl.const dense<true> : tensor<4096xi1> loc("big_bool")
  %e = tfl.const dense<0.25> : tensor<2xf32> loc("small")
  return %a, %b, %c, %d, %e : tensor<512xf32>, tensor<256xi64>, tensor<2048xui8>, tensor<4096xi1>, tensor<2xf32>
}
