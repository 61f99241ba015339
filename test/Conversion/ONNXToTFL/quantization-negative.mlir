// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Quantized forms left alone, each reported by name with its reason: a
// 16-bit result, per-axis scales that do not fit the axis, a
// DynamicQuantizeLinear of float64, a ConvInteger whose sums could pass
// 2^24 (float32 would round them: 1024 input channels of weights 127 from
// zero point -128 and inputs up to 255), a MatMulInteger to int64, a
// QLinearMatMul to float, a QLinearConv with integer scales.
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
// CHECK: QLinearMatMul x1: qlinear_float_result
// CHECK-NEXT: why: y, yzp: needs an 8-bit result of its zero point's type
// CHECK: QLinearConv x1: qlinear_int_scales
// CHECK-NEXT: why: xs, ws, ys: needs float scales per tensor or per channel
func.func @f(%x: tensor<2x3xf32>, %s: tensor<f32>, %z16: tensor<i16>, %q: tensor<2x3xi8>, %s4: tensor<4xf32>, %d: tensor<2x3xf64>, %cx: tensor<1x1024x3x3xui8>, %a: tensor<2x4xui8>, %b: tensor<4x3xi8>) -> (tensor<2x3xi16>, tensor<2x3xf32>, tensor<2x3xui8>, tensor<1x1x1x1xi32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<1x1x1x1xui8>) {
  %none = onnx.NoValue
  %0 = "onnx.QuantizeLinear"(%x, %s, %z16) : (tensor<2x3xf32>, tensor<f32>, tensor<i16>) -> tensor<2x3xi16> loc("quantize_int16")
  %1 = "onnx.DequantizeLinear"(%q, %s4, %none) {axis = 1 : i64} : (tensor<2x3xi8>, tensor<4xf32>, none) -> tensor<2x3xf32> loc("dequantize_wrong_axis")
  %2, %ds, %dz = "onnx.DynamicQuantizeLinear"(%d) : (tensor<2x3xf64>) -> (tensor<2x3xui8>, tensor<f64>, tensor<ui8>) loc("dynamic_f64")
  %w = "onnx.Constant"() {value = dense<127> : tensor<1x1024x3x3xi8>} : () -> tensor<1x1024x3x3xi8>
  %wz = "onnx.Constant"() {value = dense<-128> : tensor<i8>} : () -> tensor<i8>
  %3 = "onnx.ConvInteger"(%cx, %w, %none, %wz) : (tensor<1x1024x3x3xui8>, tensor<1x1024x3x3xi8>, none, tensor<i8>) -> tensor<1x1x1x1xi32> loc("conv_integer_overflow")
  %4 = "onnx.MatMulInteger"(%a, %b, %none, %none) : (tensor<2x4xui8>, tensor<4x3xi8>, none, none) -> tensor<2x3xi64> loc("matmul_integer_int64")
  %u8 = "onnx.Constant"() {value = dense<0> : tensor<ui8>} : () -> tensor<ui8>
  %i8 = "onnx.Constant"() {value = dense<0> : tensor<i8>} : () -> tensor<i8>
  %5 = "onnx.QLinearMatMul"(%a, %s, %u8, %b, %s, %i8, %s, %u8) : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xi8>, tensor<f32>, tensor<i8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xf32> loc("qlinear_float_result")
  %is = "onnx.Constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
  %cw = "onnx.Constant"() {value = dense<1> : tensor<1x1x1x1xi8>} : () -> tensor<1x1x1x1xi8>
  %qx = "onnx.Constant"() {value = dense<1> : tensor<1x1x1x1xui8>} : () -> tensor<1x1x1x1xui8>
  %6 = "onnx.QLinearConv"(%qx, %is, %u8, %cw, %is, %i8, %is, %u8, %none) : (tensor<1x1x1x1xui8>, tensor<i32>, tensor<ui8>, tensor<1x1x1x1xi8>, tensor<i32>, tensor<i8>, tensor<i32>, tensor<ui8>, none) -> tensor<1x1x1x1xui8> loc("qlinear_int_scales")
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xi16>, tensor<2x3xf32>, tensor<2x3xui8>, tensor<1x1x1x1xi32>, tensor<2x3xi64>, tensor<2x3xf32>, tensor<1x1x1x1xui8>
}
