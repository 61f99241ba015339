// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Elementwise math, comparison and logic ops: one TF node each, attr T from
// the operand (none for the Logical* ops), Equal/NotEqual with
// incompatible_shape_error set.

func.func @main(%x: tensor<2x3xf32> {onnx.name = "x"}, %i: tensor<2x3xi32> {onnx.name = "i"}) -> (tensor<2x3xf32> {onnx.name = "f"}, tensor<2x3xi1> {onnx.name = "b"}, tensor<2x3xi32> {onnx.name = "n"}) {
  %0 = tfl.sin %x : tensor<2x3xf32> loc("sin")
  %1 = tfl.cos %0 : tensor<2x3xf32> loc("cos")
  %2 = tfl.tan %1 : tensor<2x3xf32> loc("tan")
  %3 = tfl.asin %2 : tensor<2x3xf32> loc("asin")
  %4 = tfl.acos %3 : tensor<2x3xf32> loc("acos")
  %5 = tfl.atan %4 : tensor<2x3xf32> loc("atan")
  %6 = tfl.sinh %5 : tensor<2x3xf32> loc("sinh")
  %7 = tfl.cosh %6 : tensor<2x3xf32> loc("cosh")
  %8 = tfl.asinh %7 : tensor<2x3xf32> loc("asinh")
  %9 = tfl.acosh %8 : tensor<2x3xf32> loc("acosh")
  %10 = tfl.atanh %9 : tensor<2x3xf32> loc("atanh")
  %11 = tfl.floor %10 : tensor<2x3xf32> loc("floor")
  %12 = tfl.ceil %11 : tensor<2x3xf32> loc("ceil")
  %13 = tfl.round %12 : tensor<2x3xf32> loc("round")
  %14 = tfl.erf %13 : tensor<2x3xf32> loc("erf")
  %15 = tfl.reciprocal %14 : tensor<2x3xf32> loc("reciprocal")
  %16 = tfl.softplus %15 : tensor<2x3xf32> loc("softplus")
  %17 = tfl.elu %16 : tensor<2x3xf32> loc("elu")
  %18 = tfl.selu %17 : tensor<2x3xf32> loc("selu")
  %19 = tfl.log_softmax %18 : tensor<2x3xf32> loc("log_softmax")
  %20 = tfl.sign %19 : tensor<2x3xf32> loc("sign")
  %21 = tfl.square %20 : tensor<2x3xf32> loc("square")
  %22 = tfl.floor_div %21, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("floor_div")
  %23 = tfl.floor_mod %22, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("floor_mod")
  %24 = tfl.sub %23, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("difference")
  %25 = tfl.is_nan %24 : (tensor<2x3xf32>) -> tensor<2x3xi1> loc("is_nan")
  %26 = tfl.is_inf %24 : (tensor<2x3xf32>) -> tensor<2x3xi1> loc("is_inf")
  %27 = tfl.equal %x, %24 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1> loc("equal")
  %28 = tfl.not_equal %x, %24 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1> loc("not_equal")
  %29 = tfl.less %x, %24 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1> loc("less")
  %30 = tfl.less_equal %x, %24 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1> loc("less_equal")
  %31 = tfl.greater %i, %i : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi1> loc("greater")
  %32 = tfl.greater_equal %i, %i : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi1> loc("greater_equal")
  %33 = tfl.logical_and %25, %26 : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1> loc("logical_and")
  %34 = tfl.logical_or %33, %27 : (tensor<2x3xi1>, tensor<2x3xi1>) -> tensor<2x3xi1> loc("logical_or")
  %35 = tfl.logical_not %34 : tensor<2x3xi1> loc("logical_not")
  %36 = tfl.select_v2 %35, %x, %24 : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("select_v2")
  %37 = tfl.sign %i : tensor<2x3xi32> loc("sign_i")
  return %36, %34, %37 : tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xi32>
}

// CHECK-LABEL: name: "x"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "shape"
// CHECK: size: 2
// CHECK: size: 3
// CHECK-LABEL: name: "i"
// CHECK-NEXT: op: "Placeholder"
// CHECK: key: "dtype"
// CHECK: type: DT_INT32
// CHECK: key: "shape"
// CHECK: size: 2
// CHECK: size: 3
// CHECK-LABEL: name: "sin"
// CHECK-NEXT: op: "Sin"
// CHECK-NEXT: input: "x"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "cos"
// CHECK-NEXT: op: "Cos"
// CHECK-NEXT: input: "sin"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "tan"
// CHECK-NEXT: op: "Tan"
// CHECK-NEXT: input: "cos"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "asin"
// CHECK-NEXT: op: "Asin"
// CHECK-NEXT: input: "tan"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "acos"
// CHECK-NEXT: op: "Acos"
// CHECK-NEXT: input: "asin"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "atan"
// CHECK-NEXT: op: "Atan"
// CHECK-NEXT: input: "acos"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "sinh"
// CHECK-NEXT: op: "Sinh"
// CHECK-NEXT: input: "atan"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "cosh"
// CHECK-NEXT: op: "Cosh"
// CHECK-NEXT: input: "sinh"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "asinh"
// CHECK-NEXT: op: "Asinh"
// CHECK-NEXT: input: "cosh"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "acosh"
// CHECK-NEXT: op: "Acosh"
// CHECK-NEXT: input: "asinh"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "atanh"
// CHECK-NEXT: op: "Atanh"
// CHECK-NEXT: input: "acosh"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "floor"
// CHECK-NEXT: op: "Floor"
// CHECK-NEXT: input: "atanh"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "ceil"
// CHECK-NEXT: op: "Ceil"
// CHECK-NEXT: input: "floor"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "round"
// CHECK-NEXT: op: "Round"
// CHECK-NEXT: input: "ceil"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "erf"
// CHECK-NEXT: op: "Erf"
// CHECK-NEXT: input: "round"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "reciprocal"
// CHECK-NEXT: op: "Reciprocal"
// CHECK-NEXT: input: "erf"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "softplus"
// CHECK-NEXT: op: "Softplus"
// CHECK-NEXT: input: "reciprocal"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "elu"
// CHECK-NEXT: op: "Elu"
// CHECK-NEXT: input: "softplus"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "selu"
// CHECK-NEXT: op: "Selu"
// CHECK-NEXT: input: "elu"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "log_softmax"
// CHECK-NEXT: op: "LogSoftmax"
// CHECK-NEXT: input: "selu"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "sign"
// CHECK-NEXT: op: "Sign"
// CHECK-NEXT: input: "log_softmax"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "square"
// CHECK-NEXT: op: "Square"
// CHECK-NEXT: input: "sign"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "floor_div"
// CHECK-NEXT: op: "FloorDiv"
// CHECK-NEXT: input: "square"
// CHECK-NEXT: input: "x"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "floor_mod"
// CHECK-NEXT: op: "FloorMod"
// CHECK-NEXT: input: "floor_div"
// CHECK-NEXT: input: "x"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "difference"
// CHECK-NEXT: op: "Sub"
// CHECK-NEXT: input: "floor_mod"
// CHECK-NEXT: input: "x"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "is_nan"
// CHECK-NEXT: op: "IsNan"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "is_inf"
// CHECK-NEXT: op: "IsInf"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "equal"
// CHECK-NEXT: op: "Equal"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK: key: "incompatible_shape_error"
// CHECK: b: true
// CHECK-LABEL: name: "not_equal"
// CHECK-NEXT: op: "NotEqual"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK: key: "incompatible_shape_error"
// CHECK: b: true
// CHECK-LABEL: name: "less"
// CHECK-NEXT: op: "Less"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "less_equal"
// CHECK-NEXT: op: "LessEqual"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "greater"
// CHECK-NEXT: op: "Greater"
// CHECK-NEXT: input: "i"
// CHECK-NEXT: input: "i"
// CHECK: key: "T"
// CHECK: type: DT_INT32
// CHECK-LABEL: name: "greater_equal"
// CHECK-NEXT: op: "GreaterEqual"
// CHECK-NEXT: input: "i"
// CHECK-NEXT: input: "i"
// CHECK: key: "T"
// CHECK: type: DT_INT32
// CHECK-LABEL: name: "logical_and"
// CHECK-NEXT: op: "LogicalAnd"
// CHECK-NEXT: input: "is_nan"
// CHECK-NEXT: input: "is_inf"
// CHECK-LABEL: name: "logical_or"
// CHECK-NEXT: op: "LogicalOr"
// CHECK-NEXT: input: "logical_and"
// CHECK-NEXT: input: "equal"
// CHECK-LABEL: name: "logical_not"
// CHECK-NEXT: op: "LogicalNot"
// CHECK-NEXT: input: "logical_or"
// CHECK-LABEL: name: "select_v2"
// CHECK-NEXT: op: "SelectV2"
// CHECK-NEXT: input: "logical_not"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "difference"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "sign_i"
// CHECK-NEXT: op: "Sign"
// CHECK-NEXT: input: "i"
// CHECK: key: "T"
// CHECK: type: DT_INT32
// CHECK-LABEL: name: "f"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "select_v2"
// CHECK: key: "T"
// CHECK: type: DT_FLOAT
// CHECK-LABEL: name: "b"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "logical_or"
// CHECK: key: "T"
// CHECK: type: DT_BOOL
// CHECK-LABEL: name: "n"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "sign_i"
// CHECK: key: "T"
// CHECK: type: DT_INT32
