// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered: features known only at run time, sequence_lens, custom
// activations, clip, input_forget. Each op is reported by node name.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: RNN x1: dynamic_features
// CHECK-NEXT: why: needs float X of static features and static W
// CHECK-NEXT: inputs: (tensor<2x1x?xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none)
// CHECK-NEXT: RNN x3: sequence_lens relu clip
// CHECK-NEXT: why: sequence_lens, clip or custom activations
// CHECK-NEXT: inputs: (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, tensor<1xi32>, none)
// CHECK-NEXT: LSTM x1: input_forget
// CHECK-NEXT: why: input_forget
// CHECK-NEXT: inputs: (tensor<2x1x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, none, none, none, none, tensor<1x12xf32>)
func.func @f(%x: tensor<2x1x?xf32>, %xs: tensor<2x1x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>, %lens: tensor<1xi32>, %lw: tensor<1x16x3xf32>, %lr: tensor<1x16x4xf32>, %p: tensor<1x12xf32>) -> (tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>) {
  %none = onnx.NoValue
  %0, %h0 = "onnx.RNN"(%x, %w, %r, %none, %none, %none) {hidden_size = 4 : i64} : (tensor<2x1x?xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, none) loc("dynamic_features")
  %1, %h1 = "onnx.RNN"(%xs, %w, %r, %none, %lens, %none) {hidden_size = 4 : i64} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, tensor<1xi32>, none) -> (tensor<2x1x1x4xf32>, none) loc("sequence_lens")
  %2, %h2 = "onnx.RNN"(%xs, %w, %r, %none, %none, %none) {hidden_size = 4 : i64, activations = ["Relu"]} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, none) loc("relu")
  %3, %h3 = "onnx.RNN"(%xs, %w, %r, %none, %none, %none) {hidden_size = 4 : i64, clip = 1.0 : f32} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, none) loc("clip")
  %4, %h4, %c4 = "onnx.LSTM"(%xs, %lw, %lr, %none, %none, %none, %none, %p) {hidden_size = 4 : i64, input_forget = 1 : i64} : (tensor<2x1x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, none, none, none, none, tensor<1x12xf32>) -> (tensor<2x1x1x4xf32>, none, none) loc("input_forget")
  return %0, %1, %2, %3, %4 : tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>
}
