// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Concat x1: concat_bool
// CHECK-NEXT: why: result: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Flatten x1: flatten_bool
// CHECK-NEXT: why: result: needs a ranked result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Range x1: range_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Reshape x1: reshape_allowzero
// CHECK-NEXT: why: result: needs a ranked result with at most one dynamic dim; allowzero: needs the value 0
// CHECK-NEXT: inputs: (tensor<?x4x?x?xf32>, tensor<2xi64>)
// CHECK-NEXT: Shape x1: shape_unranked
// CHECK-NEXT: why: x: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Shape x1: shape_partial
// CHECK-NEXT: why: x, start, end: needs start and end selecting every dim
// CHECK-NEXT: inputs: (tensor<2x?xf32>)
// CHECK-NEXT: Squeeze x1: squeeze_bool
// CHECK-NEXT: why: result: needs a ranked result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Transpose x1: transpose_bool
// CHECK-NEXT: why: no lowering pattern applies to this case
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Unsqueeze x1: unsqueeze_bool
// CHECK-NEXT: why: result: needs a ranked result with at most one dynamic dim
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)

func.func @concat_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Concat"(%a0) {axis = 1 : i64} : (tensor<*xi1>) -> (tensor<*xi1>) loc("concat_bool")
  return %r : tensor<*xi1>
}

func.func @flatten_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Flatten"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("flatten_bool")
  return %r : tensor<*xi1>
}

func.func @range_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Range"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("range_bool")
  return %r : tensor<*xi1>
}

// allowzero = 1 with more than one run-time dim: a 0 in the shape is a 0.
func.func @reshape_not_lowered(%x: tensor<?x4x?x?xf32>, %s: tensor<2xi64>) -> tensor<?x?xf32> {
  %y = "onnx.Reshape"(%x, %s) {allowzero = 1 : i64} : (tensor<?x4x?x?xf32>, tensor<2xi64>) -> tensor<?x?xf32> loc("reshape_allowzero")
  return %y : tensor<?x?xf32>
}

func.func @shape_not_lowered(%a0: tensor<*xi1>, %a1: tensor<2x?xf32>) -> (tensor<?xi64>, tensor<1xi64>) {
  %r = "onnx.Shape"(%a0) {start = 0 : i64} : (tensor<*xi1>) -> (tensor<?xi64>) loc("shape_unranked")
  %p = "onnx.Shape"(%a1) {start = 1 : i64} : (tensor<2x?xf32>) -> (tensor<1xi64>) loc("shape_partial")
  return %r, %p : tensor<?xi64>, tensor<1xi64>
}

func.func @squeeze_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Squeeze"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("squeeze_bool")
  return %r : tensor<*xi1>
}

func.func @transpose_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Transpose"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("transpose_bool")
  return %r : tensor<*xi1>
}

func.func @unsqueeze_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Unsqueeze"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("unsqueeze_bool")
  return %r : tensor<*xi1>
}
