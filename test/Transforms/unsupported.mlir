// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Every op left over is reported at once: type, count and ONNX node names.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Bernoulli x2: bernoulli_a bernoulli_b
// CHECK-NEXT: Relu x1: int_relu
// CHECK-NOT: Add
func.func @f(%a: tensor<3xf32>, %i: tensor<3xi32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %0 = "onnx.Bernoulli"(%a) : (tensor<3xf32>) -> tensor<3xf32> loc("bernoulli_a")
  %1 = "onnx.Add"(%0, %0) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32> loc("add")
  %2 = "onnx.Bernoulli"(%1) : (tensor<3xf32>) -> tensor<3xf32> loc(fused["bernoulli_b", "model.onnx":3:0])
  %3 = "onnx.Relu"(%i) : (tensor<3xi32>) -> tensor<3xi32> loc("int_relu")
  return %2, %3 : tensor<3xf32>, tensor<3xi32>
}
