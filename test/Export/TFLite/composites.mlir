// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// Ops TFLite has no builtin for, in builtins (Composites.cpp):
//   softplus(x) = relu(x) + log(1 + exp(-|x|)), selu(x) = scale * (relu(x) +
//   alpha * min(elu(x), 0)), reciprocal(x) = 1 / x, is_nan(x) = x != x,
//   is_inf(x) = |x| == inf, erf(x) = sign(x) (1 - poly(t) e^(-x^2)) with
//   t = 1 / (1 + p |x|) (Abramowitz & Stegun 7.1.26).
// A transposed convolution's activation is an operator of its own (the
// interpreter ignores TransposeConvOptions' activation). Outputs that are an
// input or a constant get a tensor of their own, a RESHAPE to the same shape
// (TFLite has no identity operator).
// CHECK: inputs: x[1,2,2,3]
// CHECK-NEXT: ABS(x[1,2,2,3]) -> sp/0[1,2,2,3]
// CHECK-NEXT: NEG(sp/0[1,2,2,3]) -> sp/1[1,2,2,3]
// CHECK-NEXT: EXP(sp/1[1,2,2,3]) -> sp/2[1,2,2,3]
// CHECK-NEXT: ADD(sp/2[1,2,2,3], sp/3[]) -> sp/4[1,2,2,3]
// CHECK-NEXT: LOG(sp/4[1,2,2,3]) -> sp/5[1,2,2,3]
// CHECK-NEXT: RELU(x[1,2,2,3]) -> sp/6[1,2,2,3]
// CHECK-NEXT: ADD(sp/6[1,2,2,3], sp/5[1,2,2,3]) -> sp[1,2,2,3]
// CHECK-NEXT: TRANSPOSE_CONV(up/output_shape[4 int32], up/filter[2,3,3,3], sp[1,2,2,3], up/bias[2]) -> up/linear[1,4,4,2] {"padding": "SAME", "stride_w": 2, "stride_h": 2, "fused_activation_function": "NONE"}
// CHECK-NEXT: RELU(up/linear[1,4,4,2]) -> up[1,4,4,2]
// CHECK-NEXT: ELU(x[1,2,2,3]) -> selu/0[1,2,2,3]
// CHECK-NEXT: MINIMUM(selu/0[1,2,2,3], selu/1[]) -> selu/2[1,2,2,3]
// CHECK-NEXT: MUL(selu/2[1,2,2,3], selu/3[]) -> selu/4[1,2,2,3]
// CHECK-NEXT: RELU(x[1,2,2,3]) -> selu/5[1,2,2,3]
// CHECK-NEXT: ADD(selu/5[1,2,2,3], selu/4[1,2,2,3]) -> selu/6[1,2,2,3]
// CHECK-NEXT: MUL(selu/6[1,2,2,3], selu/7[]) -> selu[1,2,2,3]
// CHECK-NEXT: DIV(inverse/0[], x[1,2,2,3]) -> inverse[1,2,2,3]
// CHECK-NEXT: NOT_EQUAL(x[1,2,2,3], x[1,2,2,3]) -> nan[1,2,2,3 bool]
// CHECK-NEXT: ABS(x[1,2,2,3]) -> inf/0[1,2,2,3]
// CHECK-NEXT: EQUAL(inf/0[1,2,2,3], inf/1[]) -> inf[1,2,2,3 bool]
// CHECK-NEXT: ABS(x[1,2,2,3]) -> erf/0[1,2,2,3]
// CHECK-NEXT: MUL(erf/0[1,2,2,3], erf/2[]) -> erf/3[1,2,2,3]
// CHECK-NEXT: ADD(erf/3[1,2,2,3], erf/4[]) -> erf/5[1,2,2,3]
// CHECK-NEXT: DIV(erf/1[], erf/5[1,2,2,3]) -> erf/6[1,2,2,3]
// CHECK-NEXT: MUL(erf/6[1,2,2,3], erf/7[]) -> erf/8[1,2,2,3]
// CHECK-NEXT: ADD(erf/8[1,2,2,3], erf/9[]) -> erf/10[1,2,2,3]
// CHECK-NEXT: MUL(erf/6[1,2,2,3], erf/10[1,2,2,3]) -> erf/11[1,2,2,3]
// CHECK-NEXT: ADD(erf/11[1,2,2,3], erf/12[]) -> erf/13[1,2,2,3]
// CHECK-NEXT: MUL(erf/6[1,2,2,3], erf/13[1,2,2,3]) -> erf/14[1,2,2,3]
// CHECK-NEXT: ADD(erf/14[1,2,2,3], erf/15[]) -> erf/16[1,2,2,3]
// CHECK-NEXT: MUL(erf/6[1,2,2,3], erf/16[1,2,2,3]) -> erf/17[1,2,2,3]
// CHECK-NEXT: ADD(erf/17[1,2,2,3], erf/18[]) -> erf/19[1,2,2,3]
// CHECK-NEXT: MUL(erf/6[1,2,2,3], erf/19[1,2,2,3]) -> erf/20[1,2,2,3]
// CHECK-NEXT: MUL(x[1,2,2,3], x[1,2,2,3]) -> erf/21[1,2,2,3]
// CHECK-NEXT: NEG(erf/21[1,2,2,3]) -> erf/22[1,2,2,3]
// CHECK-NEXT: EXP(erf/22[1,2,2,3]) -> erf/23[1,2,2,3]
// CHECK-NEXT: MUL(erf/20[1,2,2,3], erf/23[1,2,2,3]) -> erf/25[1,2,2,3]
// CHECK-NEXT: SUB(erf/24[], erf/25[1,2,2,3]) -> erf/26[1,2,2,3]
// CHECK-NEXT: NEG(erf/26[1,2,2,3]) -> erf/27[1,2,2,3]
// CHECK-NEXT: LESS(x[1,2,2,3], erf/29[]) -> erf/28[1,2,2,3 bool]
// CHECK-NEXT: SELECT_V2(erf/28[1,2,2,3 bool], erf/27[1,2,2,3], erf/26[1,2,2,3]) -> erf[1,2,2,3]
// CHECK-NEXT: RESHAPE(x[1,2,2,3], same/shape[4 int32]) -> same[1,2,2,3]
// CHECK-NEXT: RESHAPE(k[2 int32], fixed/shape[1 int32]) -> fixed[2 int32]
// CHECK-NEXT: outputs: up[1,4,4,2], same[1,2,2,3], fixed[2 int32], selu[1,2,2,3], inverse[1,2,2,3], nan[1,2,2,3 bool], inf[1,2,2,3 bool], erf[1,2,2,3]
// CHECK-NEXT: signature serving_default: {{.*}}

func.func @main(%x: tensor<1x2x2x3xf32> {onnx.name = "x"}) -> (tensor<1x4x4x2xf32> {onnx.name = "up"}, tensor<1x2x2x3xf32> {onnx.name = "same"}, tensor<2xi32> {onnx.name = "fixed"}, tensor<1x2x2x3xf32> {onnx.name = "selu"}, tensor<1x2x2x3xf32> {onnx.name = "inverse"}, tensor<1x2x2x3xi1> {onnx.name = "nan"}, tensor<1x2x2x3xi1> {onnx.name = "inf"}, tensor<1x2x2x3xf32> {onnx.name = "erf"}) {
  %sp = tfl.softplus %x : tensor<1x2x2x3xf32> loc("sp")
  %w = tfl.const dense<0.5> : tensor<3x3x2x3xf32> loc("up/filter")
  %b = tfl.const dense<[0.5, -0.5]> : tensor<2xf32> loc("up/bias")
  %up = tfl.transpose_conv %sp, %w, %b {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, padding = "SAME", fused_activation_function = "RELU"} : (tensor<1x2x2x3xf32>, tensor<3x3x2x3xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32> loc("up")
  %k = tfl.const dense<[7, 9]> : tensor<2xi32> loc("k")
  %selu = tfl.selu %x : tensor<1x2x2x3xf32> loc("selu")
  %inv = tfl.reciprocal %x : tensor<1x2x2x3xf32> loc("inverse")
  %nan = tfl.is_nan %x : (tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xi1> loc("nan")
  %inf = tfl.is_inf %x : (tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xi1> loc("inf")
  %erf = tfl.erf %x : tensor<1x2x2x3xf32> loc("erf")
  return %up, %x, %k, %selu, %inv, %nan, %inf, %erf : tensor<1x4x4x2xf32>, tensor<1x2x2x3xf32>, tensor<2xi32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xf32>, tensor<1x2x2x3xi1>, tensor<1x2x2x3xi1>, tensor<1x2x2x3xf32>
}
