// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Every op left over is reported at once, grouped by type and the reason its
// lowering patterns gave (or that there are none), with the operand types the
// first node saw and at most five node names.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Bernoulli x9: bernoulli_a bernoulli_b b1 b2 b3 (and 4 more)
// CHECK-NEXT: why: t2t has no lowering for this operator
// CHECK-NEXT: inputs: (tensor<3xf32>)
// CHECK-NEXT: Relu x1: int_relu
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<3xi32>)
// CHECK-NOT: Add
func.func @f(%a: tensor<3xf32>, %i: tensor<3xi32>) -> (tensor<3xf32>, tensor<3xi32>) {
  %0 = "onnx.Bernoulli"(%a) : (tensor<3xf32>) -> tensor<3xf32> loc("bernoulli_a")
  %1 = "onnx.Add"(%0, %0) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32> loc("add")
  %2 = "onnx.Bernoulli"(%1) : (tensor<3xf32>) -> tensor<3xf32> loc(fused["bernoulli_b", "model.onnx":3:0])
  %3 = "onnx.Relu"(%i) : (tensor<3xi32>) -> tensor<3xi32> loc("int_relu")
  return %2, %3 : tensor<3xf32>, tensor<3xi32>
}

func.func @many(%a: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) {
  %0 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b1")
  %1 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b2")
  %2 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b3")
  %3 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b4")
  %4 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b5")
  %5 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b6")
  %6 = "onnx.Bernoulli"(%a) : (tensor<2xf32>) -> tensor<2xf32> loc("b7")
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
}
