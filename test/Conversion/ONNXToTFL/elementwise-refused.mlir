// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Each op on a type none of its patterns takes (a bool, float or integer
// tensor of unknown rank) is refused, named, with its patterns' reasons.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Abs x1: abs_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Acos x1: acos_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Acosh x1: acosh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: And x1: and_float
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values
// CHECK-NEXT: inputs: (tensor<*xf32>, tensor<*xf32>)
// CHECK-NEXT: Asin x1: asin_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Asinh x1: asinh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Atan x1: atan_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Atanh x1: atanh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Cast x1: cast_bool
// CHECK-NEXT: why: x, result: needs the same type; result: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: CastLike x1: castlike_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Ceil x1: ceil_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Cos x1: cos_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Cosh x1: cosh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Div x1: div_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Erf x1: erf_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Exp x1: exp_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Floor x1: floor_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Greater x1: greater_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: GreaterOrEqual x1: greaterorequal_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: IsNaN x1: isnan_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Less x1: less_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: LessOrEqual x1: lessorequal_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Log x1: log_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Max x1: max_bool
// CHECK-NEXT: why: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Mean x1: mean_bool
// CHECK-NEXT: why: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Min x1: min_bool
// CHECK-NEXT: why: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Mul x1: mul_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Neg x1: neg_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Not x1: not_float
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values
// CHECK-NEXT: inputs: (tensor<*xf32>)
// CHECK-NEXT: Or x1: or_float
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values
// CHECK-NEXT: inputs: (tensor<*xf32>, tensor<*xf32>)
// CHECK-NEXT: Pow x1: pow_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Reciprocal x1: reciprocal_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Round x1: round_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sigmoid x1: sigmoid_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sign x1: sign_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sin x1: sin_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sinh x1: sinh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sqrt x1: sqrt_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Sub x1: sub_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float or 8-bit signless integer or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or 8-bit unsigned integer or 16-bit unsigned integer or 32-bit unsigned integer or 64-bit unsigned integer values
// CHECK-NEXT: inputs: (tensor<*xi1>, tensor<*xi1>)
// CHECK-NEXT: Sum x1: sum_bool
// CHECK-NEXT: why: needs a ranked result
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Tan x1: tan_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Tanh x1: tanh_bool
// CHECK-NEXT: why: operand 0: needs tensor of 32-bit float or 16-bit float or bfloat16 type or 64-bit float values
// CHECK-NEXT: inputs: (tensor<*xi1>)
// CHECK-NEXT: Where x1: where_float
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values
// CHECK-NEXT: inputs: (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
// CHECK-NEXT: Xor x1: xor_float
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values
// CHECK-NEXT: inputs: (tensor<*xf32>, tensor<*xf32>)
// CHECK-NEXT: Equal x1: equal_mixed
// CHECK-NEXT: why: operand 0: needs tensor of 1-bit signless integer values; lhs, rhs: needs operands of one element type
// CHECK-NEXT: inputs: (tensor<2xf32>, tensor<2xi32>)

func.func @abs_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Abs"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("abs_bool")
  return %r : tensor<*xi1>
}

func.func @acos_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Acos"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("acos_bool")
  return %r : tensor<*xi1>
}

func.func @acosh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Acosh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("acosh_bool")
  return %r : tensor<*xi1>
}

func.func @and_not_lowered(%a0: tensor<*xf32>, %a1: tensor<*xf32>) -> (tensor<*xf32>) {
  %r = "onnx.And"(%a0, %a1) : (tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>) loc("and_float")
  return %r : tensor<*xf32>
}

func.func @asin_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Asin"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("asin_bool")
  return %r : tensor<*xi1>
}

func.func @asinh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Asinh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("asinh_bool")
  return %r : tensor<*xi1>
}

func.func @atan_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Atan"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("atan_bool")
  return %r : tensor<*xi1>
}

func.func @atanh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Atanh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("atanh_bool")
  return %r : tensor<*xi1>
}

func.func @cast_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xf32>) {
  %r = "onnx.Cast"(%a0) {to = 1 : i64} : (tensor<*xi1>) -> (tensor<*xf32>) loc("cast_bool")
  return %r : tensor<*xf32>
}

func.func @castlike_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.CastLike"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("castlike_bool")
  return %r : tensor<*xi1>
}

func.func @ceil_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Ceil"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("ceil_bool")
  return %r : tensor<*xi1>
}

func.func @cos_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Cos"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("cos_bool")
  return %r : tensor<*xi1>
}

func.func @cosh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Cosh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("cosh_bool")
  return %r : tensor<*xi1>
}

func.func @div_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Div"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("div_bool")
  return %r : tensor<*xi1>
}

func.func @erf_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Erf"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("erf_bool")
  return %r : tensor<*xi1>
}

func.func @exp_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Exp"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("exp_bool")
  return %r : tensor<*xi1>
}

func.func @floor_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Floor"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("floor_bool")
  return %r : tensor<*xi1>
}

func.func @greater_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Greater"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("greater_bool")
  return %r : tensor<*xi1>
}

func.func @greaterorequal_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.GreaterOrEqual"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("greaterorequal_bool")
  return %r : tensor<*xi1>
}

func.func @isnan_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.IsNaN"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("isnan_bool")
  return %r : tensor<*xi1>
}

func.func @less_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Less"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("less_bool")
  return %r : tensor<*xi1>
}

func.func @lessorequal_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.LessOrEqual"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("lessorequal_bool")
  return %r : tensor<*xi1>
}

func.func @log_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Log"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("log_bool")
  return %r : tensor<*xi1>
}

func.func @max_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Max"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("max_bool")
  return %r : tensor<*xi1>
}

func.func @mean_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Mean"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("mean_bool")
  return %r : tensor<*xi1>
}

func.func @min_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Min"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("min_bool")
  return %r : tensor<*xi1>
}

func.func @mul_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Mul"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("mul_bool")
  return %r : tensor<*xi1>
}

func.func @neg_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Neg"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("neg_bool")
  return %r : tensor<*xi1>
}

func.func @not_not_lowered(%a0: tensor<*xf32>) -> (tensor<*xf32>) {
  %r = "onnx.Not"(%a0) : (tensor<*xf32>) -> (tensor<*xf32>) loc("not_float")
  return %r : tensor<*xf32>
}

func.func @or_not_lowered(%a0: tensor<*xf32>, %a1: tensor<*xf32>) -> (tensor<*xf32>) {
  %r = "onnx.Or"(%a0, %a1) : (tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>) loc("or_float")
  return %r : tensor<*xf32>
}

func.func @pow_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Pow"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("pow_bool")
  return %r : tensor<*xi1>
}

func.func @reciprocal_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Reciprocal"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("reciprocal_bool")
  return %r : tensor<*xi1>
}

func.func @round_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Round"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("round_bool")
  return %r : tensor<*xi1>
}

func.func @sigmoid_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sigmoid"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sigmoid_bool")
  return %r : tensor<*xi1>
}

func.func @sign_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sign"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sign_bool")
  return %r : tensor<*xi1>
}

func.func @sin_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sin"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sin_bool")
  return %r : tensor<*xi1>
}

func.func @sinh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sinh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sinh_bool")
  return %r : tensor<*xi1>
}

func.func @sqrt_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sqrt"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sqrt_bool")
  return %r : tensor<*xi1>
}

func.func @sub_not_lowered(%a0: tensor<*xi1>, %a1: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sub"(%a0, %a1) : (tensor<*xi1>, tensor<*xi1>) -> (tensor<*xi1>) loc("sub_bool")
  return %r : tensor<*xi1>
}

func.func @sum_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Sum"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("sum_bool")
  return %r : tensor<*xi1>
}

func.func @tan_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Tan"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("tan_bool")
  return %r : tensor<*xi1>
}

func.func @tanh_not_lowered(%a0: tensor<*xi1>) -> (tensor<*xi1>) {
  %r = "onnx.Tanh"(%a0) : (tensor<*xi1>) -> (tensor<*xi1>) loc("tanh_bool")
  return %r : tensor<*xi1>
}

func.func @where_not_lowered(%a0: tensor<*xf32>, %a1: tensor<*xf32>, %a2: tensor<*xf32>) -> (tensor<*xf32>) {
  %r = "onnx.Where"(%a0, %a1, %a2) : (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>) loc("where_float")
  return %r : tensor<*xf32>
}

func.func @xor_not_lowered(%a0: tensor<*xf32>, %a1: tensor<*xf32>) -> (tensor<*xf32>) {
  %r = "onnx.Xor"(%a0, %a1) : (tensor<*xf32>, tensor<*xf32>) -> (tensor<*xf32>) loc("xor_float")
  return %r : tensor<*xf32>
}
func.func @equal_not_lowered(%a0: tensor<2xf32>, %a1: tensor<2xi32>) -> (tensor<2xi1>) {
  %r = "onnx.Equal"(%a0, %a1) : (tensor<2xf32>, tensor<2xi32>) -> (tensor<2xi1>) loc("equal_mixed")
  return %r : tensor<2xi1>
}

