// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// TopKV2, sorted; the indices are its second output.
func.func @main(%x: tensor<3x4xf32> {onnx.name = "x"}, %k: tensor<i32> {onnx.name = "k"}) -> (tensor<3x2xf32> {onnx.name = "values"}, tensor<3x2xi32> {onnx.name = "indices"}) {
  %v, %i = tfl.topk_v2 %x, %k : (tensor<3x4xf32>, tensor<i32>) -> (tensor<3x2xf32>, tensor<3x2xi32>) loc("topk")
  return %v, %i : tensor<3x2xf32>, tensor<3x2xi32>
}

// CHECK:      name: "topk"
// CHECK-NEXT: op: "TopKV2"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "k"
// CHECK:      key: "sorted"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK:      name: "values"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "topk"
// CHECK:      name: "indices"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "topk:1"
