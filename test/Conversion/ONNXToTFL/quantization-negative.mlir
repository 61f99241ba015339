// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Quantized forms left alone, each reported by name with its reason: a
// 16-bit result, per-axis scales that do not fit the axis, a
// DynamicQuantizeLinear of float64, a ConvInteger whose sums could pass
// 2^24 (float32 would round them: 1024 input channels of weights 127 from
// zero point -128 and inputs up to 255), a MatMulInteger to int64.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: QuantizeLinear x1: quantize_int16
// CHECK-NEXT: why: x, scale, zp, y: needs a float input, float scales, an 8-bit integer result of the zero point's type
// CHECK: DequantizeLinear x1: dequantize_wrong_axis
// CHECK-NEXT: why: x, scale, axis: needs a scale per tensor or per element along the axis
// CHECK: DynamicQuantizeLinear x1: dynamic_f64
// CHECK-NEXT: why: x, result 0, result 1, result 2: needs a ranked float input, uint8 results
// CHECK: ConvInteger x1: conv_integer_overflow
// CHECK-NEXT: why: x, w, xzp, wzp: needs 8-bit operands whose sums stay below 2^24, where float32 is exact
// CHECK: MatMulInteger x1: matmul_integer_int64
// CHECK-NEXT: why: y: needs an int32 result
func.func @f(%x: tensor<2x3xf32>, %s: tensor<f32>, %z16: tensor<i16>, %q: tensor<2x3xi8>, %s4: tensor<4xf32>, %d: tensor<2x3xf64>, %cx: tensor<1x1024x3x3xui8>, %a: tensor<2x4xui8>, %b: tensor<4x3xi8>) -> (tensor<2x3xi16>, tensor<2x3xf32>, tensor<2x3xui8>, tensor<1x1x1x1xi32>, tensor<2x3xi64>) {
  %none = onnx.NoValue
  %0 = "onnx.QuantizeLinear"(%x, %s, %z16) : (tensor<2x3xf32>, tensor<f32>, tensor<i16>) -> tensor<2x3xi16> loc("quantize_int16")
  %1 = "onnx.DequantizeLinear"(%q, %s4, %none) {axis = 1 : i64} : (tensor<2x3xi8>, tensor<4xf32>, none) -> tensor<2x3xf32> loc("dequantize_wrong_axis")
  %2, %ds, %dz = "onnx.DynamicQuantizeLinear"(%d) : (tensor<2x3xf64>) -> (tensor<2x3xui8>, tensor<f64>, tensor<ui8>) loc("dynamic_f64")
  %w = "onnx.Constant"() {value = dense<127> : tensor<1x1024x3x3xi8>} : () -> tensor<1x1024x3x3xi8>
  %wz = "onnx.Constant"() {value = dense<-128> : tensor<i8>} : () -> tensor<i8>
  %3 = "onnx.ConvInteger"(%cx, %w, %none, %wz) : (tensor<1x1024x3x3xui8>, tensor<1x1024x3x3xi8>, none, tensor<i8>) -> tensor<1x1x1x1xi32> loc("conv_integer_overflow")
  %4 = "onnx.MatMulInteger"(%a, %b, %none, %none) : (tensor<2x4xui8>, tensor<4x3xi8>, none, none) -> tensor<2x3xi64> loc("matmul_integer_int64")
  return %0, %1, %2, %3, %4 : tensor<2x3xi16>, tensor<2x3xf32>, tensor<2x3xui8>, tensor<1x1x1x1xi32>, tensor<2x3xi64>
}
