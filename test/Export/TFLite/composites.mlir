// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// softplus has no TFLite builtin: relu(x) + log(1 + exp(-|x|)), which does
// not overflow. A transposed convolution's activation is an operator of its
// own (the interpreter ignores TransposeConvOptions' activation). Outputs
// that are an input or a constant get a tensor of their own, a RESHAPE to
// the same shape (TFLite has no identity operator).
// CHECK: inputs: x[1,2,2,3]
// CHECK-NEXT: ABS(x[1,2,2,3]) -> sp/abs[1,2,2,3]
// CHECK-NEXT: NEG(sp/abs[1,2,2,3]) -> sp/neg[1,2,2,3]
// CHECK-NEXT: EXP(sp/neg[1,2,2,3]) -> sp/exp[1,2,2,3]
// CHECK-NEXT: ADD(sp/exp[1,2,2,3], sp/one[]) -> sp/add[1,2,2,3]
// CHECK-NEXT: LOG(sp/add[1,2,2,3]) -> sp/log[1,2,2,3]
// CHECK-NEXT: RELU(x[1,2,2,3]) -> sp/relu[1,2,2,3]
// CHECK-NEXT: ADD(sp/relu[1,2,2,3], sp/log[1,2,2,3]) -> sp[1,2,2,3]
// CHECK-NEXT: TRANSPOSE_CONV(up/output_shape[4 int32], up/filter[2,3,3,3], sp[1,2,2,3], up/bias[2]) -> up/linear[1,4,4,2] {"padding": "SAME", "stride_w": 2, "stride_h": 2, "fused_activation_function": "NONE"}
// CHECK-NEXT: RELU(up/linear[1,4,4,2]) -> up[1,4,4,2]
// CHECK-NEXT: RESHAPE(x[1,2,2,3], same/shape[4 int32]) -> same[1,2,2,3]
// CHECK-NEXT: RESHAPE(k[2 int32], fixed/shape[1 int32]) -> fixed[2 int32]
// CHECK-NEXT: outputs: up[1,4,4,2], same[1,2,2,3], fixed[2 int32]

func.func @main(%x: tensor<1x2x2x3xf32> {onnx.name = "x"}) -> (tensor<1x4x4x2xf32> {onnx.name = "up"}, tensor<1x2x2x3xf32> {onnx.name = "same"}, tensor<2xi32> {onnx.name = "fixed"}) {
  %sp = tfl.softplus %x : tensor<1x2x2x3xf32> loc("sp")
  %w = tfl.const dense<0.5> : tensor<3x3x2x3xf32> loc("up/filter")
  %b = tfl.const dense<[0.5, -0.5]> : tensor<2xf32> loc("up/bias")
  %up = tfl.transpose_conv %sp, %w, %b {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, padding = "SAME", fused_activation_function = "RELU"} : (tensor<1x2x2x3xf32>, tensor<3x3x2x3xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32> loc("up")
  %k = tfl.const dense<[7, 9]> : tensor<2xi32> loc("k")
  return %up, %x, %k : tensor<1x4x4x2xf32>, tensor<1x2x2x3xf32>, tensor<2xi32>
}
