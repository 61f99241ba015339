// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

func.func @main(%x: tensor<2x3xf32> {onnx.name = "x"}, %y: tensor<3xf32> {onnx.name = "y"}) -> (tensor<2xf32> {onnx.name = "out"}, tensor<2x3xi32> {onnx.name = "ints"}) {
  %0 = tfl.tanh %x : tensor<2x3xf32> loc("tanh")
  %1 = tfl.exp %0 : tensor<2x3xf32> loc("exp")
  %2 = tfl.log %1 : tensor<2x3xf32> loc("log")
  %3 = tfl.sqrt %2 : tensor<2x3xf32> loc("sqrt")
  %4 = tfl.rsqrt %3 : tensor<2x3xf32> loc("rsqrt")
  %5 = tfl.abs %4 : tensor<2x3xf32> loc("abs")
  %6 = tfl.neg %5 : tensor<2x3xf32> loc("neg")
  %7 = tfl.sub %6, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("sub")
  %8 = tfl.div %7, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("div")
  %9 = tfl.pow %8, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("pow")
  %10 = tfl.maximum %9, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("max")
  %11 = tfl.minimum %10, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("min")
  %12 = tfl.leaky_relu %11 {alpha = 0.25 : f32} : tensor<2x3xf32> loc("leaky")
  %13 = tfl.softmax %12 : tensor<2x3xf32> loc("softmax")
  %14 = tfl.sum %13, [1] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32> loc("sum")
  %15 = tfl.reduce_max %13, [1] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32> loc("rmax")
  %16 = tfl.reduce_min %13, [1] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32> loc("rmin")
  %17 = tfl.add %14, %15 : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc("a1")
  %18 = tfl.add %17, %16 : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32> loc("a2")
  %19 = tfl.cast %13 : (tensor<2x3xf32>) -> tensor<2x3xi32> loc("cast")
  return %18, %19 : tensor<2xf32>, tensor<2x3xi32>
}

// CHECK: name: "tanh"
// CHECK-NEXT: op: "Tanh"
// CHECK: name: "exp"
// CHECK-NEXT: op: "Exp"
// CHECK: name: "log"
// CHECK-NEXT: op: "Log"
// CHECK: name: "sqrt"
// CHECK-NEXT: op: "Sqrt"
// CHECK: name: "rsqrt"
// CHECK-NEXT: op: "Rsqrt"
// CHECK: name: "abs"
// CHECK-NEXT: op: "Abs"
// CHECK: name: "neg"
// CHECK-NEXT: op: "Neg"
// CHECK: name: "sub"
// CHECK-NEXT: op: "Sub"
// CHECK: name: "div"
// CHECK-NEXT: op: "RealDiv"
// CHECK: name: "pow"
// CHECK-NEXT: op: "Pow"
// CHECK: name: "max"
// CHECK-NEXT: op: "Maximum"
// CHECK: name: "min"
// CHECK-NEXT: op: "Minimum"
// CHECK: name: "leaky"
// CHECK-NEXT: op: "LeakyRelu"
// CHECK: key: "alpha"
// CHECK-NEXT: value {
// CHECK-NEXT: f: 0.25
// CHECK: name: "softmax"
// CHECK-NEXT: op: "Softmax"
// CHECK: name: "sum/reduction_indices"
// CHECK: name: "sum"
// CHECK-NEXT: op: "Sum"
// CHECK: key: "keep_dims"
// CHECK-NEXT: value {
// CHECK-NEXT: b: false
// CHECK: name: "rmax"
// CHECK-NEXT: op: "Max"
// CHECK: name: "rmin"
// CHECK-NEXT: op: "Min"
// CHECK: name: "cast"
// CHECK-NEXT: op: "Cast"
// CHECK-NEXT: input: "softmax"
// CHECK: key: "DstT"
// CHECK-NEXT: value {
// CHECK-NEXT: type: DT_INT32
// CHECK: key: "SrcT"
// CHECK-NEXT: value {
// CHECK-NEXT: type: DT_FLOAT
// CHECK: key: "Truncate"
