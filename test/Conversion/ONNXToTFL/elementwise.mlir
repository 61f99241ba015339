// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// CHECK-LABEL: func @cast_like
// CHECK: tfl.cast %arg0 : (tensor<2x3xf32>) -> tensor<2x3xi32>
func.func @cast_like(%x: tensor<2x3xf32>, %l: tensor<1xi32>) -> tensor<2x3xi32> {
  %0 = "onnx.CastLike"(%x, %l) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// fmod(a, b) = a - floor(|a| / |b|) * sign(a) * sign(b) * b.
// CHECK-LABEL: func @fmod
// CHECK: %[[AA:.*]] = tfl.abs %arg0
// CHECK: %[[AB:.*]] = tfl.abs %arg1
// CHECK: %[[FLOOR:.*]] = tfl.floor_div %[[AA]], %[[AB]]
// CHECK: %[[SA:.*]] = tfl.sign %arg0
// CHECK: %[[SB:.*]] = tfl.sign %arg1
// CHECK: %[[SIGN:.*]] = tfl.mul %[[SA]], %[[SB]]
// CHECK: %[[Q:.*]] = tfl.mul %[[FLOOR]], %[[SIGN]]
// CHECK: %[[QB:.*]] = tfl.mul %[[Q]], %arg1
// CHECK: tfl.sub %arg0, %[[QB]]
func.func @fmod(%a: tensor<2x3xi32>, %b: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %0 = "onnx.Mod"(%a, %b) {fmod = 1 : i64} : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// Integer types beyond i32/i64.
// CHECK-LABEL: func @max_i8
// CHECK: tfl.maximum %arg0, %arg1 : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
func.func @max_i8(%a: tensor<3xi8>, %b: tensor<3xi8>) -> tensor<3xi8> {
  %0 = "onnx.Max"(%a, %b) : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
  return %0 : tensor<3xi8>
}

// -----

// One-to-one unary ops; Elu and Selu with ONNX's default constants (which
// are TensorFlow's fixed ones).
// CHECK-LABEL: func @unary
// CHECK: %[[S:.*]] = tfl.sin %arg0
// CHECK: %[[E:.*]] = tfl.elu %[[S]]
// CHECK: %[[SE:.*]] = tfl.selu %arg0
// CHECK: %[[R:.*]] = tfl.reciprocal %arg0
// CHECK: %[[N:.*]] = tfl.is_nan %arg0 : (tensor<2x3xf32>) -> tensor<2x3xi1>
// CHECK: %[[SG:.*]] = tfl.sign %arg1 : tensor<2x3xi32>
// CHECK: %[[F:.*]] = tfl.floor %arg0
// CHECK: %[[HS:.*]] = tfl.hard_swish %arg0
// CHECK: return %[[E]], %[[SE]], %[[R]], %[[N]], %[[SG]], %[[F]], %[[HS]]
func.func @unary(%x: tensor<2x3xf32>, %i: tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.Sin"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.Elu"(%0) {alpha = 1.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "onnx.Selu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "onnx.Reciprocal"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "onnx.IsNaN"(%x) : (tensor<2x3xf32>) -> tensor<2x3xi1>
  %5 = "onnx.Sign"(%i) : (tensor<2x3xi32>) -> tensor<2x3xi32>
  %6 = "onnx.Floor"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %7 = "onnx.HardSwish"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %1, %2, %3, %4, %5, %6, %7 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Comparisons, logic (Xor is != on bools), Where, integer Mod, PRelu.
// CHECK-LABEL: func @logic
// CHECK: %[[LT:.*]] = tfl.less %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// CHECK: %[[EQ:.*]] = tfl.equal %arg0, %arg1
// CHECK: %[[AND:.*]] = tfl.logical_and %[[LT]], %[[EQ]]
// CHECK: %[[XOR:.*]] = tfl.not_equal %[[AND]], %[[LT]]
// CHECK: %[[SEL:.*]] = tfl.select_v2 %[[XOR]], %arg0, %arg1
// CHECK: %[[MOD:.*]] = tfl.floor_mod %arg2, %arg3
// CHECK: %[[PR:.*]] = tfl.prelu %arg0, %arg1
// CHECK: return %[[SEL]], %[[MOD]], %[[PR]]
func.func @logic(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<4xi32>, %j: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>) {
  %lt = "onnx.Less"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %eq = "onnx.Equal"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %and = "onnx.And"(%lt, %eq) : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  %xor = "onnx.Xor"(%and, %lt) : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  %sel = "onnx.Where"(%xor, %a, %b) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %mod = "onnx.Mod"(%i, %j) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %pr = "onnx.PRelu"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %sel, %mod, %pr : tensor<2x3xf32>, tensor<4xi32>, tensor<2x3xf32>
}

// -----

// Variadic Max folds left to right with broadcasting; Mean is the sum times
// 1/N; Clip with bounds other than (0, 6) is maximum then minimum.
// CHECK-LABEL: func @variadic
// CHECK-DAG: %[[THIRD:.*]] = tfl.const dense<0.333333343> : tensor<f32>
// CHECK: %[[M1:.*]] = tfl.maximum %arg0, %arg1 : (tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[M2:.*]] = tfl.maximum %[[M1]], %arg2
// CHECK: %[[S1:.*]] = tfl.add %arg0, %arg1
// CHECK: %[[S2:.*]] = tfl.add %[[S1]], %arg2
// CHECK: %[[MEAN:.*]] = tfl.mul %[[S2]], %[[THIRD]]
// CHECK: %[[LO:.*]] = tfl.maximum %arg1, %arg3
// CHECK: %[[HI:.*]] = tfl.minimum %[[LO]], %arg4
// CHECK: return %[[M2]], %[[MEAN]], %[[HI]]
func.func @variadic(%a: tensor<3xf32>, %b: tensor<2x3xf32>, %c: tensor<2x3xf32>, %lo: tensor<f32>, %hi: tensor<f32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.Max"(%a, %b, %c) : (tensor<3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.Mean"(%a, %b, %c) : (tensor<3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "onnx.Clip"(%b, %lo, %hi) : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Pow with an integer exponent casts it to the base's type.
// CHECK-LABEL: func @pow_mixed
// CHECK: %[[C:.*]] = tfl.cast %arg1 : (tensor<3xi64>) -> tensor<3xf32>
// CHECK: tfl.pow %arg0, %[[C]]
func.func @pow_mixed(%x: tensor<3xf32>, %e: tensor<3xi64>) -> tensor<3xf32> {
  %0 = "onnx.Pow"(%x, %e) : (tensor<3xf32>, tensor<3xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// CHECK-LABEL: func @math
func.func @math(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi32>) {
  // CHECK: %[[A:.*]] = tfl.tanh %arg0
  // CHECK: %[[B:.*]] = tfl.exp %[[A]]
  // CHECK: %[[C:.*]] = tfl.log %[[B]]
  // CHECK: %[[D:.*]] = tfl.sqrt %[[C]]
  // CHECK: %[[E:.*]] = tfl.abs %[[D]]
  // CHECK: %[[F:.*]] = tfl.neg %[[E]]
  // CHECK: %[[G:.*]] = tfl.sub %[[F]], %arg1
  // CHECK: %[[H:.*]] = tfl.div %[[G]], %arg1
  // CHECK: %[[I:.*]] = tfl.pow %[[H]], %arg1
  // CHECK: %[[J:.*]] = tfl.leaky_relu %[[I]] {alpha = 2.000000e-01 : f32}
  // CHECK: %[[K:.*]] = tfl.softmax %[[J]] : tensor<2x3xf32>
  // CHECK: %[[L:.*]] = tfl.cast %[[K]] : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %a = "onnx.Tanh"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %b = "onnx.Exp"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %c = "onnx.Log"(%b) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %d = "onnx.Sqrt"(%c) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %e = "onnx.Abs"(%d) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %f = "onnx.Neg"(%e) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %g = "onnx.Sub"(%f, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %h = "onnx.Div"(%g, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %i = "onnx.Pow"(%h, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %j = "onnx.LeakyRelu"(%i) {alpha = 0.2 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %k = "onnx.Softmax"(%j) {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %l = "onnx.Cast"(%k) {to = 6 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  return %k, %l : tensor<2x3xf32>, tensor<2x3xi32>
}

// -----

// CHECK-LABEL: func @relu_add
func.func @relu_add(%a: tensor<1x3xf32>, %b: tensor<3xf32>) -> tensor<1x3xf32> {
  // CHECK: %[[S:.*]] = tfl.add %arg0, %arg1 : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  // CHECK: tfl.relu %[[S]] : tensor<1x3xf32>
  // CHECK-NOT: onnx.
  %0 = "onnx.Add"(%a, %b) : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %1 = "onnx.Relu"(%0) : (tensor<1x3xf32>) -> tensor<1x3xf32>
  return %1 : tensor<1x3xf32>
}

// -----

// Integer Add lowers too; Relu on integers has no tfl.relu and must not fire.
// CHECK-LABEL: func @int_add
func.func @int_add(%a: tensor<4xi32>) -> tensor<4xi32> {
  // CHECK: tfl.add %arg0, %arg0 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %0 = "onnx.Add"(%a, %a) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

// Unary float ops that map one to one.
// CHECK-LABEL: func @unary_float
// CHECK: %[[A:.*]] = tfl.acos %arg0
// CHECK: tfl.acosh %[[A]]
// CHECK: tfl.asin
// CHECK: tfl.asinh
// CHECK: tfl.atan
// CHECK: tfl.atanh
// CHECK: tfl.ceil
// CHECK: tfl.cos
// CHECK: tfl.cosh
// CHECK: tfl.erf
// CHECK: tfl.round
// CHECK: tfl.sinh
// CHECK: tfl.tan
func.func @unary_float(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.Acos"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.Acosh"(%0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "onnx.Asin"(%1) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "onnx.Asinh"(%2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "onnx.Atan"(%3) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "onnx.Atanh"(%4) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "onnx.Ceil"(%5) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %7 = "onnx.Cos"(%6) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %8 = "onnx.Cosh"(%7) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %9 = "onnx.Erf"(%8) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %10 = "onnx.Round"(%9) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %11 = "onnx.Sinh"(%10) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %12 = "onnx.Tan"(%11) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Comparisons and logic with broadcasting; variadic Min and Sum fold left.
// CHECK-LABEL: func @compare_logic
// CHECK: tfl.greater %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
// CHECK: tfl.greater_equal %arg0, %arg1
// CHECK: tfl.less_equal %arg0, %arg1
// CHECK: tfl.logical_not %arg2
// CHECK: tfl.logical_or %arg2, %arg3
// CHECK: %[[M:.*]] = tfl.minimum %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: %[[MIN:.*]] = tfl.minimum %[[M]], %arg0
// CHECK: %[[SUM:.*]] = tfl.add %arg0, %arg1
// CHECK: return {{.*}}, %[[MIN]], %[[SUM]]
func.func @compare_logic(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %p: tensor<2x3xi1>, %q: tensor<2x3xi1>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = "onnx.Greater"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %1 = "onnx.GreaterOrEqual"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %2 = "onnx.LessOrEqual"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %3 = "onnx.Not"(%p) : (tensor<2x3xi1>) -> tensor<2x3xi1>
  %4 = "onnx.Or"(%p, %q) : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1>
  %5 = "onnx.Min"(%a, %b, %a) : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "onnx.Sum"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>
}
