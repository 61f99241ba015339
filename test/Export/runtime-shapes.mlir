// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Shapes read at run time: tfl.shape is TensorFlow's Shape (out_type the
// result's type), and a resize to a run-time size takes it as its size
// input instead of a Const.
func.func @main(%x: tensor<?x4x4x3xf32> {onnx.name = "x"}, %other: tensor<?x?x?x3xf32> {onnx.name = "other"}) -> (tensor<?x?x?x3xf32> {onnx.name = "y"}, tensor<?x?xf32> {onnx.name = "flat"}, tensor<?x?x?x3xf32> {onnx.name = "padded"}) {
  %shape = tfl.shape %other : (tensor<?x?x?x3xf32>) -> tensor<4xi32> loc("shape")
  %hw = tfl.slice %shape {begin = array<i64: 1>, size = array<i64: 2>} : (tensor<4xi32>) -> tensor<2xi32> loc("hw")
  %y = tfl.resize_bilinear %x, %hw {align_corners = false, half_pixel_centers = true} : (tensor<?x4x4x3xf32>, tensor<2xi32>) -> tensor<?x?x?x3xf32> loc("resize")
  %target = tfl.const dense<[-1, 3]> : tensor<2xi32> loc("target")
  %flat = tfl.reshape_to %other, %target : (tensor<?x?x?x3xf32>, tensor<2xi32>) -> tensor<?x?xf32> loc("flatten")
  %paddings = tfl.reshape %shape : (tensor<4xi32>) -> tensor<2x2xi32> loc("paddings")
  %pads = tfl.concatenation %paddings, %paddings {axis = 0 : i64} : (tensor<2x2xi32>, tensor<2x2xi32>) -> tensor<4x2xi32> loc("pads")
  %zero = tfl.const dense<0.0> : tensor<f32> loc("zero")
  %padded = tfl.pad_by %x, %pads, %zero : (tensor<?x4x4x3xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<?x?x?x3xf32> loc("pad")
  return %y, %flat, %padded : tensor<?x?x?x3xf32>, tensor<?x?xf32>, tensor<?x?x?x3xf32>
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
