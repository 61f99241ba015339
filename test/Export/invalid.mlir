// RUN: not t2t-translate --to-graphdef-text %s -split-input-file 2>&1 | FileCheck %s

// An op with no export mapping is reported at its location; nothing is written.
// CHECK: no-mapping.onnx:3:0: error: 'onnx.Sin' has no GraphDef export mapping
// CHECK-NOT: node {
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "onnx.Sin"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("no-mapping.onnx":3:0)
  return %0 : tensor<2xf32>
}

// -----

// An element type TensorFlow has no DataType for.
// CHECK: error: element type 'complex<f32>' has no TensorFlow DataType
func.func @main(%x: tensor<2xcomplex<f32>>) -> tensor<2xcomplex<f32>> {
  return %x : tensor<2xcomplex<f32>>
}

// -----

// CHECK: error: expected a single-block func.func @main to export
func.func @not_main(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}

// -----

// Outputs are fetched by node name: two results cannot share one.
// CHECK: error: output name 'y' is used twice
func.func @main(%x: tensor<2xf32>) -> (tensor<2xf32> {onnx.name = "y"}, tensor<2xf32> {onnx.name = "y"}) {
  return %x, %x : tensor<2xf32>, tensor<2xf32>
}
