// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// QuantizeLinear along axis 1: x / scale rounded half to even, plus the
// zero point, saturated to uint8's range, cast; per-channel scales and zero
// points shaped to broadcast along the axis.
// CHECK-LABEL: func @quantize_axis
// CHECK: %[[S:.*]] = tfl.reshape %arg1 : (tensor<3xf32>) -> tensor<1x3x1xf32>
// CHECK: %[[D:.*]] = tfl.div %arg0, %[[S]]
// CHECK: %[[R:.*]] = tfl.round %[[D]]
// CHECK: %[[ZF:.*]] = tfl.cast %arg2 : (tensor<3xui8>) -> tensor<3xf32>
// CHECK: %[[Z:.*]] = tfl.reshape %[[ZF]] : (tensor<3xf32>) -> tensor<1x3x1xf32>
// CHECK: %[[A:.*]] = tfl.add %[[R]], %[[Z]]
// CHECK: %[[LO:.*]] = tfl.maximum %[[A]], %{{.*}}
// CHECK: %[[HI:.*]] = tfl.minimum %[[LO]], %{{.*}}
// CHECK: tfl.cast %[[HI]] : (tensor<2x3x4xf32>) -> tensor<2x3x4xui8>
func.func @quantize_axis(%x: tensor<2x3x4xf32>, %s: tensor<3xf32>, %z: tensor<3xui8>) -> tensor<2x3x4xui8> {
  %0 = "onnx.QuantizeLinear"(%x, %s, %z) : (tensor<2x3x4xf32>, tensor<3xf32>, tensor<3xui8>) -> tensor<2x3x4xui8>
  return %0 : tensor<2x3x4xui8>
}

// -----

// DequantizeLinear: (float(x) - float(zp)) * scale.
// CHECK-LABEL: func @dequantize
// CHECK: %[[X:.*]] = tfl.cast %arg0 : (tensor<4xi8>) -> tensor<4xf32>
// CHECK: %[[Z:.*]] = tfl.cast %arg2 : (tensor<i8>) -> tensor<f32>
// CHECK: %[[C:.*]] = tfl.sub %[[X]], %{{.*}}
// CHECK: tfl.mul %[[C]], %{{.*}}
func.func @dequantize(%x: tensor<4xi8>, %s: tensor<f32>, %z: tensor<i8>) -> tensor<4xf32> {
  %0 = "onnx.DequantizeLinear"(%x, %s, %z) : (tensor<4xi8>, tensor<f32>, tensor<i8>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// DynamicQuantizeLinear: the scale spans min(0, min x) .. max(0, max x) in
// 255 steps; the zero point is -min / scale saturated and rounded; y is x
// quantized with them.
// CHECK-LABEL: func @dynamic
// CHECK-DAG: tfl.reduce_min %arg0, [0, 1]
// CHECK-DAG: tfl.reduce_max %arg0, [0, 1]
// CHECK: %[[SCALE:.*]] = tfl.div %{{.*}}, %{{.*}} : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: %[[ZP:.*]] = tfl.round
// CHECK: %[[Y:.*]] = tfl.cast %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xui8>
// CHECK: %[[Z8:.*]] = tfl.cast %[[ZP]] : (tensor<f32>) -> tensor<ui8>
// CHECK: return %[[Y]], %[[SCALE]], %[[Z8]]
func.func @dynamic(%x: tensor<2x3xf32>) -> (tensor<2x3xui8>, tensor<f32>, tensor<ui8>) {
  %y, %s, %z = "onnx.DynamicQuantizeLinear"(%x) : (tensor<2x3xf32>) -> (tensor<2x3xui8>, tensor<f32>, tensor<ui8>)
  return %y, %s, %z : tensor<2x3xui8>, tensor<f32>, tensor<ui8>
}

// -----

// MatMulInteger: the float matmul of the operands minus their zero points,
// cast to int32 (exact: 4 terms of at most 255 x 128 stay far below 2^24).
// CHECK-LABEL: func @matmul_integer
// CHECK: %[[A:.*]] = tfl.cast %arg0 : (tensor<2x4xui8>) -> tensor<2x4xf32>
// CHECK: %[[AC:.*]] = tfl.sub %[[A]], %{{.*}}
// CHECK: %[[B:.*]] = tfl.cast %arg1 : (tensor<4x3xi8>) -> tensor<4x3xf32>
// CHECK: %[[BT:.*]] = tfl.transpose %[[B]], [1, 0]
// CHECK: %[[M:.*]] = tfl.fully_connected %[[AC]], %[[BT]]
// CHECK: tfl.cast %[[M]] : (tensor<2x3xf32>) -> tensor<2x3xi32>
func.func @matmul_integer(%a: tensor<2x4xui8>, %b: tensor<4x3xi8>, %az: tensor<ui8>) -> tensor<2x3xi32> {
  %none = onnx.NoValue
  %0 = "onnx.MatMulInteger"(%a, %b, %az, %none) : (tensor<2x4xui8>, tensor<4x3xi8>, tensor<ui8>, none) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// ConvInteger: the float Conv of the operands minus their zero points (then
// lowered as every Conv: a constant integer filter folds into a float HWIO
// one), cast to int32.
// CHECK-LABEL: func @conv_integer
// CHECK: %[[F:.*]] = tfl.const dense<{{.*}}> : tensor<3x3x3x2xf32>
// CHECK: %[[C:.*]] = tfl.conv_2d %{{.*}}, %[[F]]
// CHECK: tfl.cast %[[C]] : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xi32>
func.func @conv_integer(%x: tensor<1x3x4x4xui8>, %xz: tensor<ui8>) -> tensor<1x2x4x4xi32> {
  %w = "onnx.Constant"() {value = dense<[[[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[-1, 2, -3], [4, -5, 6], [-7, 8, -9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]> : tensor<2x3x3x3xi8>} : () -> tensor<2x3x3x3xi8>
  %none = onnx.NoValue
  %0 = "onnx.ConvInteger"(%x, %w, %xz, %none) {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x4x4xui8>, tensor<2x3x3x3xi8>, tensor<ui8>, none) -> tensor<1x2x4x4xi32>
  return %0 : tensor<1x2x4x4xi32>
}

// -----

// QLinearMatMul: the exact float sum of (a - azp)(b - bzp), times
// as * bs / ys, rounded, plus the result's zero point, saturated.
// CHECK-LABEL: func @qlinear_matmul
// CHECK: %[[M:.*]] = tfl.fully_connected
// CHECK: %[[SCALE:.*]] = tfl.div %{{.*}}, %{{.*}} : (tensor<f32>, tensor<f32>) -> tensor<f32>
// CHECK: %[[P:.*]] = tfl.mul %[[M]], %[[SCALE]]
// CHECK: %[[R:.*]] = tfl.round %[[P]]
// CHECK: tfl.add %[[R]], %{{.*}}
// CHECK: tfl.cast %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xui8>
func.func @qlinear_matmul(%a: tensor<2x4xui8>, %as: tensor<f32>, %azp: tensor<ui8>, %b: tensor<4x3xui8>, %bs: tensor<f32>, %bzp: tensor<ui8>, %ys: tensor<f32>, %yzp: tensor<ui8>) -> tensor<2x3xui8> {
  %0 = "onnx.QLinearMatMul"(%a, %as, %azp, %b, %bs, %bzp, %ys, %yzp) : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xui8>, tensor<f32>, tensor<ui8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

// QLinearConv with an int32 bias and per-output-channel weight scales: the
// bias added to the sum before the rescaling, both along the channels.
// CHECK-LABEL: func @qlinear_conv
// CHECK: tfl.conv_2d
// CHECK: tfl.round
// CHECK: tfl.cast %{{.*}} -> tensor<1x2x4x4xui8>
func.func @qlinear_conv(%x: tensor<1x3x4x4xui8>, %xs: tensor<f32>, %xzp: tensor<ui8>, %ws: tensor<2xf32>, %ys: tensor<f32>, %yzp: tensor<ui8>, %bias: tensor<2xi32>) -> tensor<1x2x4x4xui8> {
  %w = "onnx.Constant"() {value = dense<3> : tensor<2x3x3x3xi8>} : () -> tensor<2x3x3x3xi8>
  %wzp = "onnx.Constant"() {value = dense<0> : tensor<2xi8>} : () -> tensor<2xi8>
  %0 = "onnx.QLinearConv"(%x, %xs, %xzp, %w, %ws, %wzp, %ys, %yzp, %bias) {pads = array<i64: 1, 1, 1, 1>} : (tensor<1x3x4x4xui8>, tensor<f32>, tensor<ui8>, tensor<2x3x3x3xi8>, tensor<2xf32>, tensor<2xi8>, tensor<f32>, tensor<ui8>, tensor<2xi32>) -> tensor<1x2x4x4xui8>
  return %0 : tensor<1x2x4x4xui8>
}
