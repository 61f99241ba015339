// RUN: t2t-opt %s | t2t-opt | FileCheck %s
// RUN: t2t-opt %s --mlir-print-op-generic | t2t-opt | FileCheck %s

// CHECK-LABEL: func @ops
func.func @ops(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) -> (tensor<1x4x6x6xf32>, tensor<1x8x8x3xf32>) {
  // CHECK: onnx.NoValue
  %none = onnx.NoValue
  // CHECK: "onnx.Conv"(%{{.*}}, %{{.*}}, %{{.*}}) <{auto_pad = "NOTSET", dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>}>
  %c = "onnx.Conv"(%x, %w, %none) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x4x6x6xf32>
  // CHECK: "onnx.Relu"
  %r = "onnx.Relu"(%c) : (tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  // CHECK: "onnx.Constant"() <{value = dense<1.000000e+00> : tensor<4xf32>}>
  %k = "onnx.Constant"() {value = dense<1.0> : tensor<4xf32>} : () -> tensor<4xf32>
  // CHECK: "onnx.Constant"() <{value_int = 3 : i64}>
  %i = "onnx.Constant"() {value_int = 3 : i64} : () -> tensor<i64>
  // CHECK: "onnx.Add"
  %a = "onnx.Add"(%r, %r) : (tensor<1x4x6x6xf32>, tensor<1x4x6x6xf32>) -> tensor<1x4x6x6xf32>
  // CHECK: "onnx.Transpose"(%{{.*}}) <{perm = array<i64: 0, 2, 3, 1>}>
  %t = "onnx.Transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x3x8x8xf32>) -> tensor<1x8x8x3xf32>
  return %a, %t : tensor<1x4x6x6xf32>, tensor<1x8x8x3xf32>
}

// Attributes with an ONNX default take it when absent.
// CHECK-LABEL: func @defaults
func.func @defaults(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // CHECK: "onnx.LeakyRelu"(%{{.*}}) <{alpha = 0.00999999977 : f32}>
  %0 = "onnx.LeakyRelu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: "onnx.LeakyRelu"(%{{.*}}) <{alpha = 2.000000e-01 : f32}>
  %1 = "onnx.LeakyRelu"(%0) {alpha = 0.2 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}

// Variadic inputs and ops from the ai.onnx.ml domain.
// CHECK-LABEL: func @variadic
func.func @variadic(%a: tensor<2xf32>, %b: tensor<2xf32>, %c: tensor<2xf32>) -> (tensor<6xf32>, tensor<2xf32>) {
  // CHECK: "onnx.Concat"(%{{.*}}, %{{.*}}, %{{.*}}) <{axis = 0 : i64}>
  %0 = "onnx.Concat"(%a, %b, %c) {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<6xf32>
  // CHECK: "onnx.ml.Normalizer"
  %1 = "onnx.ml.Normalizer"(%a) {norm = "L2"} : (tensor<2xf32>) -> tensor<2xf32>
  return %0, %1 : tensor<6xf32>, tensor<2xf32>
}
