// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Run-time shapes the fill, squeeze, expand and where patterns must leave
// alone, each reported by name: a ConstantOfShape whose value is not of the
// result's type, a Squeeze / Unsqueeze of several run-time dims whose axes
// are known only at run time (nothing says where the result's dims come
// from), an Expand to a shape of unknown length, a NonZero of unranked x.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: ConstantOfShape x1: fill_wrong_type
// CHECK-NEXT: why:
// CHECK-SAME: needs a one-element value of the result's type
// CHECK-NEXT: inputs: (tensor<2xi64>)
// CHECK-NEXT: Squeeze x1: squeeze_runtime_axes
// CHECK-NEXT: why:
// CHECK-SAME: needs constant axes and a result of more dynamic dims
// CHECK-NEXT: inputs: (tensor<?x1x?xf32>, tensor<1xi64>)
// CHECK-NEXT: Unsqueeze x1: unsqueeze_runtime_axes
// CHECK-NEXT: why:
// CHECK-SAME: needs constant axes and a result of more dynamic dims
// CHECK-NEXT: inputs: (tensor<?x?xf32>, tensor<1xi64>)
// CHECK-NEXT: Expand x1: expand_unknown_length
// CHECK-NEXT: why:
// CHECK-SAME: needs ranked x and y and a shape vector of static length
// CHECK-NEXT: inputs: (tensor<?x4xf32>, tensor<?xi64>)
// CHECK-NEXT: NonZero x1: nonzero_unranked
// CHECK-NEXT: why:
// CHECK-NEXT: inputs: (tensor<*xf32>)
func.func @f(%shape: tensor<2xi64>, %x: tensor<?x1x?xf32>, %axes: tensor<1xi64>, %y: tensor<?x?xf32>, %e: tensor<?x4xf32>, %s: tensor<?xi64>, %u: tensor<*xf32>) -> (tensor<?x4xi64>, tensor<?x?xf32>, tensor<?x1x?xf32>, tensor<?x?x4xf32>, tensor<?x?xi64>) {
  %0 = "onnx.ConstantOfShape"(%shape) {value = dense<1.0> : tensor<1xf32>} : (tensor<2xi64>) -> tensor<?x4xi64> loc("fill_wrong_type")
  %1 = "onnx.Squeeze"(%x, %axes) : (tensor<?x1x?xf32>, tensor<1xi64>) -> tensor<?x?xf32> loc("squeeze_runtime_axes")
  %2 = "onnx.Unsqueeze"(%y, %axes) : (tensor<?x?xf32>, tensor<1xi64>) -> tensor<?x1x?xf32> loc("unsqueeze_runtime_axes")
  %3 = "onnx.Expand"(%e, %s) : (tensor<?x4xf32>, tensor<?xi64>) -> tensor<?x?x4xf32> loc("expand_unknown_length")
  %4 = "onnx.NonZero"(%u) : (tensor<*xf32>) -> tensor<?x?xi64> loc("nonzero_unranked")
  return %0, %1, %2, %3, %4 : tensor<?x4xi64>, tensor<?x?xf32>, tensor<?x1x?xf32>, tensor<?x?x4xf32>, tensor<?x?xi64>
}
