// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Shapes read at run time: tfl.shape is TensorFlow's Shape (out_type the
// result's type), and a resize to a run-time size takes it as its size
// input instead of a Const.
func.func @main(%x: tensor<?x4x4x3xf32> {onnx.name = "x"}, %other: tensor<?x?x?x3xf32> {onnx.name = "other"}) -> (tensor<?x?x?x3xf32> {onnx.name = "y"}, tensor<?x?xf32> {onnx.name = "flat"}, tensor<?x?x?x3xf32> {onnx.name = "padded"}, tensor<?x?x?x2xf32> {onnx.name = "up"}) {
  %shape = tfl.shape %other : (tensor<?x?x?x3xf32>) -> tensor<4xi32> loc("shape")
  %hw = tfl.slice %shape {begin = array<i64: 1>, size = array<i64: 2>} : (tensor<4xi32>) -> tensor<2xi32> loc("hw")
  %y = tfl.resize_bilinear %x, %hw {align_corners = false, half_pixel_centers = true} : (tensor<?x4x4x3xf32>, tensor<2xi32>) -> tensor<?x?x?x3xf32> loc("resize")
  %target = tfl.const dense<[-1, 3]> : tensor<2xi32> loc("target")
  %flat = tfl.reshape_to %other, %target : (tensor<?x?x?x3xf32>, tensor<2xi32>) -> tensor<?x?xf32> loc("flatten")
  %paddings = tfl.reshape %shape : (tensor<4xi32>) -> tensor<2x2xi32> loc("paddings")
  %pads = tfl.concatenation %paddings, %paddings {axis = 0 : i64} : (tensor<2x2xi32>, tensor<2x2xi32>) -> tensor<4x2xi32> loc("pads")
  %zero = tfl.const dense<0.0> : tensor<f32> loc("zero")
  %padded = tfl.pad_by %x, %pads, %zero : (tensor<?x4x4x3xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<?x?x?x3xf32> loc("pad")
  %filter = tfl.const dense<0.5> : tensor<3x3x2x3xf32> loc("deconv/filter")
  %bias = tfl.const dense<0.0> : tensor<2xf32> loc("deconv/bias")
  %up = tfl.transpose_conv %other, %filter, %bias {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<?x?x?x3xf32>, tensor<3x3x2x3xf32>, tensor<2xf32>) -> tensor<?x?x?x2xf32> loc("deconv")
  return %y, %flat, %padded, %up : tensor<?x?x?x3xf32>, tensor<?x?xf32>, tensor<?x?x?x3xf32>, tensor<?x?x?x2xf32>
}

// CHECK:      name: "shape"
// CHECK-NEXT: op: "Shape"
// CHECK-NEXT: input: "other"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "out_type"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT32
// CHECK:      name: "resize"
// CHECK-NEXT: op: "ResizeBilinear"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "hw"
// CHECK-NOT:  input:
// CHECK:      key: "half_pixel_centers"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK-NOT:  name: "resize/size"
// CHECK:      name: "flatten"
// CHECK-NEXT: op: "Reshape"
// CHECK-NEXT: input: "other"
// CHECK-NEXT: input: "target"
// CHECK:      key: "T"
// CHECK:      key: "Tshape"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT32
// CHECK:      name: "pad"
// CHECK-NEXT: op: "PadV2"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "pads"
// CHECK-NEXT: input: "zero"
// CHECK:      key: "Tpaddings"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT32
// A transposed convolution over a run-time H and W: TensorFlow's
// input_sizes are [batch, H * 2 + 1, W * 2 + 1, 2] (stride 2, kernel 3),
// from the input's shape.
// CHECK:      name: "deconv/input_shape"
// CHECK-NEXT: op: "Shape"
// CHECK:      name: "deconv/input_hw"
// CHECK-NEXT: op: "StridedSlice"
// CHECK:      name: "deconv/hw_strides"
// CHECK:      int_val: 2
// CHECK-NEXT: int_val: 2
// CHECK:      name: "deconv/strided_hw"
// CHECK-NEXT: op: "Mul"
// CHECK:      name: "deconv/hw_extent"
// CHECK:      int_val: 1
// CHECK-NEXT: int_val: 1
// CHECK:      name: "deconv/output_hw"
// CHECK-NEXT: op: "AddV2"
// CHECK-NEXT: input: "deconv/strided_hw"
// CHECK-NEXT: input: "deconv/hw_extent"
// CHECK:      name: "deconv/batch"
// CHECK-NEXT: op: "StridedSlice"
// CHECK:      name: "deconv/input_sizes"
// CHECK-NEXT: op: "ConcatV2"
// CHECK-NEXT: input: "deconv/batch"
// CHECK-NEXT: input: "deconv/output_hw"
// CHECK-NEXT: input: "deconv/channels"
// CHECK:      name: "deconv"
// CHECK-NEXT: op: "Conv2DBackpropInput"
// CHECK-NEXT: input: "deconv/input_sizes"
