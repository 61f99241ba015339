// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Cumsum with its axis computed at run time: the axis is the second input
// (Tidx its type) and exclusive / reverse are copied.
func.func @main(%x: tensor<2x3xf32> {onnx.name = "x"}, %axis: tensor<i32> {onnx.name = "axis"}) -> (tensor<2x3xf32> {onnx.name = "y"}) {
  %y = tfl.cumsum_along %x, %axis {exclusive = true, reverse = false} : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x3xf32> loc("cumsum")
  return %y : tensor<2x3xf32>
}

// CHECK:      name: "cumsum"
// CHECK-NEXT: op: "Cumsum"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "axis"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "Tidx"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT32
// CHECK:      key: "exclusive"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK:      key: "reverse"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: false
