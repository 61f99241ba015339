// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: GlobalAveragePool x1: globalaveragepool_bool
// CHECK-NEXT: why: x: needs a 4-D float input; x: needs a 3-D float input
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: GlobalMaxPool x1: globalmaxpool_bool
// CHECK-NEXT: why: x: needs a 4-D float input; x: needs a 3-D float input
// CHECK-NEXT: inputs: (tensor<*xi1>)

func.func @globalaveragepool_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.GlobalAveragePool"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("globalaveragepool_bool")
  return %r : tensor<*xi1>
}

func.func @globalmaxpool_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.GlobalMaxPool"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("globalmaxpool_bool")
  return %r : tensor<*xi1>
}
