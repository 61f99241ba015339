// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// TensorScatterUpdate with its index type; Sum with run-time axes (Tidx of
// the axes operand).
func.func @main(%x: tensor<4x3xf32> {onnx.name = "x"}, %i: tensor<2x1xi64> {onnx.name = "i"}, %u: tensor<2x3xf32> {onnx.name = "u"}, %a: tensor<1xi64> {onnx.name = "a"}) -> (tensor<4x3xf32> {onnx.name = "scattered"}, tensor<4x1xf32> {onnx.name = "summed"}) {
  %0 = tfl.tensor_scatter_update %x, %i, %u : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32> loc("scatter")
  %1 = tfl.sum_by_operand %x, %a {keep_dims = true} : (tensor<4x3xf32>, tensor<1xi64>) -> tensor<4x1xf32> loc("sum")
  return %0, %1 : tensor<4x3xf32>, tensor<4x1xf32>
}

// CHECK-LABEL: name: "x"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "shape"
// CHECK: size: 4
// CHECK: size: 3
// CHECK-LABEL: name: "i"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT64
// CHECK: key: "shape"
// CHECK: size: 2
// CHECK: size: 1
// CHECK-LABEL: name: "u"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "shape"
// CHECK: size: 2
// CHECK: size: 3
// CHECK-LABEL: name: "a"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT64
// CHECK: key: "shape"
// CHECK: size: 1
// CHECK-LABEL: name: "scatter"
// CHECK-NEXT: op: "TensorScatterUpdate"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "i"
// CHECK-NEXT: input: "u"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK: key: "Tindices"
// CHECK: type: DT_INT64
// CHECK-LABEL: name: "sum"
// CHECK-NEXT: op: "Sum"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "a"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK: key: "Tidx"
// CHECK: type: DT_INT64
// CHECK: key: "keep_dims"
// CHECK: b: true
// CHECK-LABEL: name: "scattered"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "scatter"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "summed"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "sum"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
