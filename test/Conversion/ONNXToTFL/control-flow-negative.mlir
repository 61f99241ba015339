// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Ifs the pattern leaves alone, each reported by name with its reason (and
// never their branches' Yield, the dialect's terminator): a condition of
// more than one element, and an If whose result has no known rank.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: If x1: two_conditions
// CHECK-NEXT: why: needs a one-element bool condition
// CHECK-NEXT: inputs: (tensor<2xi1>)
// CHECK-NEXT: If x1: unranked_result
// CHECK-NEXT: why: needs ranked tensor results (no sequences)
// CHECK-NEXT: inputs: (tensor<i1>)
// CHECK-NEXT: note: see current operation
func.func @f(%c: tensor<2xi1>, %b: tensor<i1>, %x: tensor<2xf32>, %u: tensor<*xf32>) -> (tensor<2xf32>, tensor<*xf32>) {
  %y = "onnx.If"(%c) ({
    onnx.Yield %x : tensor<2xf32>
  }, {
    onnx.Yield %x : tensor<2xf32>
  }) : (tensor<2xi1>) -> tensor<2xf32> loc("two_conditions")
  %z = "onnx.If"(%b) ({
    onnx.Yield %u : tensor<*xf32>
  }, {
    onnx.Yield %u : tensor<*xf32>
  }) : (tensor<i1>) -> tensor<*xf32> loc("unranked_result")
  return %y, %z : tensor<2xf32>, tensor<*xf32>
}
