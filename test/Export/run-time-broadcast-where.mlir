// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// BroadcastTo with its shape computed at run time (Tidx the shape's type),
// and Where of one input (T the input's element type).
func.func @main(%x: tensor<?x4xf32> {onnx.name = "x"}, %dims: tensor<3xi64> {onnx.name = "dims"}, %mask: tensor<2x3xi1> {onnx.name = "mask"}) -> (tensor<?x?x4xf32> {onnx.name = "y"}, tensor<?x2xi64> {onnx.name = "index"}) {
  %y = tfl.broadcast_to_dims %x, %dims : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x?x4xf32> loc("expand")
  %index = tfl.where %mask : (tensor<2x3xi1>) -> tensor<?x2xi64> loc("nonzero")
  return %y, %index : tensor<?x?x4xf32>, tensor<?x2xi64>
}

// CHECK:      name: "expand"
// CHECK-NEXT: op: "BroadcastTo"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "dims"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "Tidx"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT64
// CHECK:      name: "nonzero"
// CHECK-NEXT: op: "Where"
// CHECK-NEXT: input: "mask"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_BOOL
