// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: ConstantOfShape x1: constantofshape_bool
// CHECK-NEXT: why: value, y: needs a static result and a one-element value of its type
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: DepthToSpace x1: depthtospace_bool
// CHECK-NEXT: why: x: needs a 4-D tensor; mode: needs CRD mode
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: OneHot x1: onehot_bool
// CHECK-NEXT: why: needs static indices and a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Size x1: size_bool
// CHECK-NEXT: why: x: needs a static shape
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: SpaceToDepth x1: spacetodepth_bool
// CHECK-NEXT: why: x: needs a static 4-D tensor
// CHECK-NEXT: inputs: (tensor<*xi1>)

func.func @constantofshape_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ConstantOfShape"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("constantofshape_bool")
  return %r : tensor<*xi1>
}

func.func @depthtospace_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.DepthToSpace"(%a0) {blocksize = 1 : i64} : (tensor<*xi1>) -> (tensor<*xi1>) loc("depthtospace_bool")
  return %r : tensor<*xi1>
}

func.func @onehot_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>, %a2: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.OneHot"(%a0, %a1, %a2) : (tensor<*xi1>, tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("onehot_bool")
  return %r : tensor<*xi1>
}

func.func @size_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Size"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("size_bool")
  return %r : tensor<*xi1>
}

func.func @spacetodepth_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.SpaceToDepth"(%a0) {blocksize = 1 : i64} : (tensor<*xi1>) -> (tensor<*xi1>) loc("spacetodepth_bool")
  return %r : tensor<*xi1>
}
