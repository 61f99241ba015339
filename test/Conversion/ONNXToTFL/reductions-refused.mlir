// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: ArgMin x1: argmin_bool
// CHECK-NEXT: why: keepdims: needs the value 0; y: needs a ranked result; select_last_index: needs a value other than 0
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceL1 x1: reducel1_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceL2 x1: reducel2_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceLogSum x1: reducelogsum_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceLogSumExp x1: reducelogsumexp_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceMax x1: reducemax_bool
// CHECK-NEXT: why: y: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceMean x1: reducemean_bool
// CHECK-NEXT: why: y: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceMin x1: reducemin_bool
// CHECK-NEXT: why: y: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceProd x1: reduceprod_bool
// CHECK-NEXT: why: y: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ReduceSumSquare x1: reducesumsquare_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)

func.func @argmin_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ArgMin"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("argmin_bool")
  return %r : tensor<*xi1>
}

func.func @reducel1_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceL1"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducel1_bool")
  return %r : tensor<*xi1>
}

func.func @reducel2_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceL2"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducel2_bool")
  return %r : tensor<*xi1>
}

func.func @reducelogsum_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceLogSum"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducelogsum_bool")
  return %r : tensor<*xi1>
}

func.func @reducelogsumexp_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceLogSumExp"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducelogsumexp_bool")
  return %r : tensor<*xi1>
}

func.func @reducemax_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceMax"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducemax_bool")
  return %r : tensor<*xi1>
}

func.func @reducemean_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceMean"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducemean_bool")
  return %r : tensor<*xi1>
}

func.func @reducemin_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceMin"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducemin_bool")
  return %r : tensor<*xi1>
}

func.func @reduceprod_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceProd"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reduceprod_bool")
  return %r : tensor<*xi1>
}

func.func @reducesumsquare_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ReduceSumSquare"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reducesumsquare_bool")
  return %r : tensor<*xi1>
}
