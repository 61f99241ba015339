// RUN: t2t-opt %s -canonicalize | FileCheck %s

// Shape computations on static shapes fold to constants:
// Shape -> Gather / Slice -> Unsqueeze -> Concat -> Cast.
// CHECK-LABEL: func @shape_chain
func.func @shape_chain(%x: tensor<2x3x5x7xf32>) -> (tensor<2xi64>, tensor<1xi64>, tensor<3xi64>, tensor<3xi32>, tensor<2xi64>) {
  // CHECK-DAG: "onnx.Constant"() <{value = dense<[5, 7]> : tensor<2xi64>}>
  // CHECK-DAG: "onnx.Constant"() <{value = dense<3> : tensor<1xi64>}>
  // CHECK-DAG: "onnx.Constant"() <{value = dense<[3, 5, 7]> : tensor<3xi64>}>
  // CHECK-DAG: "onnx.Constant"() <{value = dense<[3, 5, 7]> : tensor<3xi32>}>
  // CHECK-DAG: "onnx.Constant"() <{value = dense<[7, 3]> : tensor<2xi64>}>
  // CHECK-NOT: onnx.Shape
  // CHECK-NOT: onnx.Slice
  // CHECK-NOT: onnx.Gather
  %shape = "onnx.Shape"(%x) : (tensor<2x3x5x7xf32>) -> tensor<4xi64>
  %b = "onnx.Constant"() {value = dense<[2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %e = "onnx.Constant"() {value = dense<[4]> : tensor<1xi64>} : () -> tensor<1xi64>
  %none = onnx.NoValue
  %hw = "onnx.Slice"(%shape, %b, %e, %none, %none) : (tensor<4xi64>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<2xi64>
  %i = "onnx.Constant"() {value = dense<1> : tensor<i64>} : () -> tensor<i64>
  %c = "onnx.Gather"(%shape, %i) : (tensor<4xi64>, tensor<i64>) -> tensor<i64>
  %axes = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %c1 = "onnx.Unsqueeze"(%c, %axes) : (tensor<i64>, tensor<1xi64>) -> tensor<1xi64>
  %chw = "onnx.Concat"(%c1, %hw) {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
  %i32 = "onnx.Cast"(%chw) {to = 6 : i64} : (tensor<3xi64>) -> tensor<3xi32>
  // Negative step: elements 3 and 1 of the shape.
  %s = "onnx.Constant"() {value = dense<[-1]> : tensor<1xi64>} : () -> tensor<1xi64>
  %st = "onnx.Constant"() {value = dense<[-2]> : tensor<1xi64>} : () -> tensor<1xi64>
  %z = "onnx.Constant"() {value = dense<[0]> : tensor<1xi64>} : () -> tensor<1xi64>
  %rev = "onnx.Slice"(%shape, %s, %z, %none, %st) : (tensor<4xi64>, tensor<1xi64>, tensor<1xi64>, none, tensor<1xi64>) -> tensor<2xi64>
  return %hw, %c1, %chw, %i32, %rev : tensor<2xi64>, tensor<1xi64>, tensor<3xi64>, tensor<3xi32>, tensor<2xi64>
}

// A shape with a dynamic dim does not fold; its static part does.
// CHECK-LABEL: func @dynamic
func.func @dynamic(%x: tensor<?x3xf32>) -> (tensor<2xi64>, tensor<1xi64>) {
  // CHECK-DAG: "onnx.Shape"(%arg0) <{start = 0 : i64}>
  // CHECK-DAG: "onnx.Constant"() <{value = dense<3> : tensor<1xi64>}>
  %0 = "onnx.Shape"(%x) : (tensor<?x3xf32>) -> tensor<2xi64>
  %1 = "onnx.Shape"(%x) {start = 1 : i64} : (tensor<?x3xf32>) -> tensor<1xi64>
  return %0, %1 : tensor<2xi64>, tensor<1xi64>
}
