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

// -----

// A Loop is a tfl.while over (i, cond, y, rows so far): cond region i < M
// and cond; the body is ONNX's (lowered where it stands) on (i, cond, y),
// then i + 1, its cond and y, and its scan appended as a row; the rows
// start as a [0, 3] fill.
// CHECK-LABEL: func @loop
// CHECK: %[[ROWS0:.*]] = tfl.fill %{{.*}}, %{{.*}} : (tensor<2xi64>, tensor<f32>) -> tensor<?x3xf32>
// CHECK: %[[L:.*]]:4 = tfl.while(%{{.*}}, %{{.*}}, %arg1, %[[ROWS0]]) : (tensor<i64>, tensor<i1>, tensor<3xf32>, tensor<?x3xf32>) -> (tensor<i64>, tensor<i1>, tensor<3xf32>, tensor<?x3xf32>) cond {
// CHECK-NEXT: ^bb0(%[[I:.*]]: tensor<i64>, %[[C:.*]]: tensor<i1>, %{{.*}}: tensor<3xf32>, %{{.*}}: tensor<?x3xf32>):
// CHECK-NEXT: %[[BELOW:.*]] = tfl.less %[[I]], %{{.*}}
// CHECK-NEXT: %[[MORE:.*]] = tfl.logical_and %[[BELOW]], %[[C]]
// CHECK-NEXT: tfl.yield %[[MORE]] : tensor<i1>
// CHECK-NEXT: } body {
// CHECK-NEXT: ^bb0(%[[BI:.*]]: tensor<i64>, %[[BC:.*]]: tensor<i1>, %[[Y:.*]]: tensor<3xf32>, %[[SOFAR:.*]]: tensor<?x3xf32>):
// CHECK: %[[ROW:.*]] = tfl.gather %arg0, %{{.*}} {axis = 0 : i64}
// CHECK: %[[YN:.*]] = tfl.add %[[Y]], %[[ROW]]
// CHECK: %[[NEXT:.*]] = tfl.add %[[BI]], %{{.*}} : (tensor<i64>, tensor<i64>) -> tensor<i64>
// CHECK: %[[STEP:.*]] = tfl.reshape %[[YN]] : (tensor<3xf32>) -> tensor<1x3xf32>
// CHECK: %[[GROWN:.*]] = tfl.concatenation %[[SOFAR]], %[[STEP]] {axis = 0 : i64}
// CHECK: tfl.yield %[[NEXT]], %[[BC]], %[[YN]], %[[GROWN]]
// CHECK: return %[[L]]#2, %[[L]]#3
func.func @loop(%x: tensor<6x3xf32>, %y0: tensor<3xf32>, %m: tensor<i64>, %c: tensor<i1>) -> (tensor<3xf32>, tensor<?x3xf32>) {
  %y, %rows = "onnx.Loop"(%m, %c, %y0) ({
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %yin: tensor<3xf32>):
    %row = "onnx.Gather"(%x, %i) {axis = 0 : i64} : (tensor<6x3xf32>, tensor<i64>) -> tensor<3xf32>
    %yout = "onnx.Add"(%yin, %row) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
    onnx.Yield %cond, %yout, %yout : tensor<i1>, tensor<3xf32>, tensor<3xf32>
  }) : (tensor<i64>, tensor<i1>, tensor<3xf32>) -> (tensor<3xf32>, tensor<?x3xf32>)
  return %y, %rows : tensor<3xf32>, tensor<?x3xf32>
}

// -----

// A Scan over a static length (3) is unrolled: the body once per step on
// the running state and slice t of x; the per-step outputs stacked.
// CHECK-LABEL: func @scan
// CHECK-COUNT-3: tfl.slice %arg1
// CHECK-NOT: tfl.slice %arg1
// CHECK: %[[Z:.*]] = tfl.concatenation %{{.*}}, %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<3x2xf32>
// CHECK: return %{{.*}}, %[[Z]]
func.func @scan(%init: tensor<2xf32>, %x: tensor<3x2xf32>) -> (tensor<2xf32>, tensor<3x2xf32>) {
  %y, %z = "onnx.Scan"(%init, %x) ({
  ^bb0(%sum: tensor<2xf32>, %next: tensor<2xf32>):
    %out = "onnx.Add"(%sum, %next) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    onnx.Yield %out, %out : tensor<2xf32>, tensor<2xf32>
  }) {num_scan_inputs = 1 : i64} : (tensor<2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>, tensor<3x2xf32>)
  return %y, %z : tensor<2xf32>, tensor<3x2xf32>
}
