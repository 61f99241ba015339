// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Not lowered: softmax over an unranked input; each reported by node name.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Identity x2: <unnamed> <unnamed>
// CHECK-NEXT: why: x, result: needs the same type
// CHECK-NEXT: inputs: (tensor<2x3xf32>)
// CHECK-NEXT: Softmax x1: softmax_unranked
// CHECK-NEXT: why: axis, x: needs the last axis; axis, x: needs an axis in range other than the last
// CHECK-NEXT: inputs: (tensor<*xf32>)
// ReduceSum with run-time axes and with noop_with_empty_axes are lowered
// since (activations.mlir, elementwise.mlir, reductions.mlir, data-movement.mlir).
// CHECK-NOT: ReduceSum
func.func @f(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> (tensor<2x3xf32>, tensor<?x?xf32>, tensor<2x3xf32>) {
  %u = "onnx.Identity"(%x) : (tensor<2x3xf32>) -> tensor<*xf32>
  %su = "onnx.Softmax"(%u) {axis = 0 : i64} : (tensor<*xf32>) -> tensor<*xf32> loc("softmax_unranked")
  %0 = "onnx.Identity"(%su) : (tensor<*xf32>) -> tensor<2x3xf32>
  %1 = "onnx.ReduceSum"(%x, %axes) : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?x?xf32> loc("dynamic_axes")
  %none = onnx.NoValue
  %2 = "onnx.ReduceSum"(%x, %none) {noop_with_empty_axes = 1 : i64} : (tensor<2x3xf32>, none) -> tensor<2x3xf32> loc("noop_sum")
  return %0, %1, %2 : tensor<2x3xf32>, tensor<?x?xf32>, tensor<2x3xf32>
}
