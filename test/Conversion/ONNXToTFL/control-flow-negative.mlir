// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Ifs and Loops the patterns leave alone, each reported by name with its
// reason (and never their regions' Yield, the dialect's terminator): a
// condition of more than one element, an If whose result has no known
// rank, a Loop that nothing ends, a Loop whose scan rows are not static, a
// Scan over a length known only at run time (it is unrolled).
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: If x1: two_conditions
// CHECK-NEXT: why: needs a one-element bool condition
// CHECK-NEXT: inputs: (tensor<2xi1>)
// CHECK-NEXT: If x1: unranked_result
// CHECK-NEXT: why: needs ranked tensor results (no sequences)
// CHECK-NEXT: inputs: (tensor<i1>)
// CHECK-NEXT: Loop x1: endless
// CHECK-NEXT: why: neither a trip count nor a condition ends the loop
// CHECK: Loop x1: dynamic_rows
// CHECK-NEXT: why: needs scan outputs of static rows
// CHECK-NEXT: inputs:
// CHECK-NEXT: Scan x1: runtime_length
// CHECK-NEXT: why: needs scan inputs of one static length
// CHECK-NEXT: inputs:
// CHECK-NEXT: note: see current operation
func.func @f(%c: tensor<2xi1>, %b: tensor<i1>, %x: tensor<2xf32>, %u: tensor<*xf32>, %dyn: tensor<?x2xf32>) -> (tensor<2xf32>, tensor<*xf32>, tensor<2xf32>, tensor<?x?xf32>, tensor<2xf32>) {
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
  %none = onnx.NoValue
  %e = "onnx.Loop"(%none, %none, %x) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %v: tensor<2xf32>):
    onnx.Yield %cond, %v : tensor<i1>, tensor<2xf32>
  }) : (none, none, tensor<2xf32>) -> tensor<2xf32> loc("endless")
  %m = "onnx.Constant"() {value = dense<3> : tensor<i64>} : () -> tensor<i64>
  %f, %rows = "onnx.Loop"(%m, %none, %x) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %v: tensor<2xf32>):
    onnx.Yield %cond, %v, %u : tensor<i1>, tensor<2xf32>, tensor<*xf32>
  }) : (tensor<i64>, none, tensor<2xf32>) -> (tensor<2xf32>, tensor<?x?xf32>) loc("dynamic_rows")
  %s:2 = "onnx.Scan"(%x, %dyn) ({
  ^bb0(%sum: tensor<2xf32>, %next: tensor<2xf32>):
    onnx.Yield %sum, %next : tensor<2xf32>, tensor<2xf32>
  }) {num_scan_inputs = 1 : i64} : (tensor<2xf32>, tensor<?x2xf32>) -> (tensor<2xf32>, tensor<?x2xf32>) loc("runtime_length")
  return %y, %z, %e, %rows, %s#0 : tensor<2xf32>, tensor<*xf32>, tensor<2xf32>, tensor<?x?xf32>, tensor<2xf32>
}
