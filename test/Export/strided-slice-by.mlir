// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// StridedSlice with begin, end and strides computed at run time (Index the
// vectors' type), every mask written as 0.
func.func @main(%x: tensor<4x5xf32> {onnx.name = "x"}, %b: tensor<2xi64> {onnx.name = "b"}, %e: tensor<2xi64> {onnx.name = "e"}, %s: tensor<2xi64> {onnx.name = "s"}) -> (tensor<?x?xf32> {onnx.name = "y"}) {
  %y = tfl.strided_slice_by %x, %b, %e, %s : (tensor<4x5xf32>, tensor<2xi64>, tensor<2xi64>, tensor<2xi64>) -> tensor<?x?xf32> loc("slice")
  return %y : tensor<?x?xf32>
}

// CHECK:      name: "slice"
// CHECK-NEXT: op: "StridedSlice"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "b"
// CHECK-NEXT: input: "e"
// CHECK-NEXT: input: "s"
// CHECK:      key: "Index"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT64
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "begin_mask"
// CHECK-NEXT: value {
// CHECK-NEXT:   i: 0
// CHECK:      key: "ellipsis_mask"
// CHECK:      key: "end_mask"
// CHECK:      key: "new_axis_mask"
// CHECK:      key: "shrink_axis_mask"
