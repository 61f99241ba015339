// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Celu x1: celu_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: HardSigmoid x1: hardsigmoid_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: HardSwish x1: hardswish_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: LeakyRelu x1: leakyrelu_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: LogSoftmax x1: logsoftmax_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Shrink x1: shrink_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Softplus x1: softplus_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Softsign x1: softsign_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: ThresholdedRelu x1: thresholdedrelu_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)

func.func @celu_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Celu"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("celu_bool")
  return %r : tensor<*xi1>
}

func.func @hardsigmoid_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.HardSigmoid"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("hardsigmoid_bool")
  return %r : tensor<*xi1>
}

func.func @hardswish_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.HardSwish"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("hardswish_bool")
  return %r : tensor<*xi1>
}

func.func @leakyrelu_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.LeakyRelu"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("leakyrelu_bool")
  return %r : tensor<*xi1>
}

func.func @logsoftmax_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.LogSoftmax"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("logsoftmax_bool")
  return %r : tensor<*xi1>
}

func.func @shrink_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Shrink"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("shrink_bool")
  return %r : tensor<*xi1>
}

func.func @softplus_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Softplus"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("softplus_bool")
  return %r : tensor<*xi1>
}

func.func @softsign_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Softsign"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("softsign_bool")
  return %r : tensor<*xi1>
}

func.func @thresholdedrelu_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.ThresholdedRelu"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("thresholdedrelu_bool")
  return %r : tensor<*xi1>
}
