// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Einsum with its equation and N; Range with Tidx.
func.func @main(%a: tensor<2x3xf32> {onnx.name = "a"}, %b: tensor<3x4xf32> {onnx.name = "b"}, %s: tensor<i32> {onnx.name = "s"}, %l: tensor<i32> {onnx.name = "l"}, %d: tensor<i32> {onnx.name = "d"}) -> (tensor<2x4xf32> {onnx.name = "product"}, tensor<2xi32> {onnx.name = "sequence"}) {
  %0 = tfl.einsum %a, %b {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32> loc("einsum")
  %1 = tfl.range %s, %l, %d : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2xi32> loc("range")
  return %0, %1 : tensor<2x4xf32>, tensor<2xi32>
}

// CHECK-LABEL: name: "a"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "shape"
// CHECK: size: 2
// CHECK: size: 3
// CHECK-LABEL: name: "b"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "shape"
// CHECK: size: 3
// CHECK: size: 4
// CHECK-LABEL: name: "s"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT32
// CHECK: key: "shape"
// CHECK-LABEL: name: "l"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT32
// CHECK: key: "shape"
// CHECK-LABEL: name: "d"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT32
// CHECK: key: "shape"
// CHECK-LABEL: name: "einsum"
// CHECK-NEXT: op: "Einsum"
// CHECK-NEXT: input: "a"
// CHECK-NEXT: input: "b"
// CHECK: key: "N"
// CHECK: i: 2
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK: key: "equation"
// CHECK: s: "ij,jk->ik"
// CHECK-LABEL: name: "range"
// CHECK-NEXT: op: "Range"
// CHECK-NEXT: input: "s"
// CHECK-NEXT: input: "l"
// CHECK-NEXT: input: "d"
// CHECK: key: "Tidx"
// CHECK: type: DT_INT32
// CHECK-LABEL: name: "product"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "einsum"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "sequence"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "range"
// CHECK: key: "T"
// CHECK: type: DT_INT32
