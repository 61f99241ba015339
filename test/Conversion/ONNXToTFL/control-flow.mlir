// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// An If becomes a tfl.if with its branches moved as they are; their ops are
// lowered where they stand (Relu, Neg) and each branch may yield a more
// static type than the result. A bool-to-bool Cast before it is its input.
// CHECK-LABEL: func @branch
// CHECK: %[[EQ:.*]] = tfl.equal %arg1, %{{.*}} : (tensor<i64>, tensor<i64>) -> tensor<i1>
// CHECK: %[[R:.*]] = tfl.if %[[EQ]] : (tensor<i1>) -> tensor<?x3xf32> then {
// CHECK-NEXT: %[[T:.*]] = tfl.relu %arg0 : tensor<2x3xf32>
// CHECK-NEXT: tfl.yield %[[T]] : tensor<2x3xf32>
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[E:.*]] = tfl.neg %arg2 : tensor<?x3xf32>
// CHECK-NEXT: tfl.yield %[[E]] : tensor<?x3xf32>
// CHECK-NEXT: }
// CHECK: return %[[R]]
func.func @branch(%x: tensor<2x3xf32>, %sr: tensor<i64>, %z: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %k = "onnx.Constant"() {value = dense<16000> : tensor<i64>} : () -> tensor<i64>
  %e = "onnx.Equal"(%sr, %k) : (tensor<i64>, tensor<i64>) -> tensor<i1>
  %b = "onnx.Cast"(%e) {to = 9 : i64} : (tensor<i1>) -> tensor<i1>
  %y = "onnx.If"(%b) ({
    %n = "onnx.Neg"(%z) : (tensor<?x3xf32>) -> tensor<?x3xf32>
    onnx.Yield %n : tensor<?x3xf32>
  }, {
    %r = "onnx.Relu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    onnx.Yield %r : tensor<2x3xf32>
  }) : (tensor<i1>) -> tensor<?x3xf32>
  return %y : tensor<?x3xf32>
}

// -----

// An If on a constant is the branch it takes: no control flow is left.
// CHECK-LABEL: func @constant_branch
// CHECK-NOT: tfl.if
// CHECK: %[[R:.*]] = tfl.relu %arg0
// CHECK-NEXT: return %[[R]]
func.func @constant_branch(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %c = "onnx.Constant"() {value = dense<true> : tensor<1xi1>} : () -> tensor<1xi1>
  %y = "onnx.If"(%c) ({
    %n = "onnx.Neg"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    onnx.Yield %n : tensor<2x3xf32>
  }, {
    %r = "onnx.Relu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    onnx.Yield %r : tensor<2x3xf32>
  }) : (tensor<1xi1>) -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}
