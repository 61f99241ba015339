// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// RNN unrolled over T = 2: one input projection for every step, then per
// step H = tanh(XW[t] + H R^T), stacked into Y; Y_h is the last state.
// CHECK-LABEL: func @rnn
// CHECK-DAG: %[[ZB:.*]] = tfl.const dense<0.000000e+00> : tensor<4xf32>
// CHECK-DAG: %[[H0:.*]] = tfl.const dense<0.000000e+00> : tensor<1x4xf32>
// CHECK: %[[XF:.*]] = tfl.reshape %arg0 : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
// CHECK: %[[W:.*]] = tfl.reshape %{{.*}} : (tensor<1x4x3xf32>) -> tensor<4x3xf32>
// CHECK: %[[R:.*]] = tfl.reshape %{{.*}} : (tensor<1x4x4xf32>) -> tensor<4x4xf32>
// CHECK: %[[XW:.*]] = tfl.fully_connected %[[XF]], %[[W]], %[[ZB]] : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
// CHECK: %[[XW3:.*]] = tfl.reshape %[[XW]] : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
// CHECK: tfl.slice %[[XW3]] {begin = array<i64: 0, 0, 0>, size = array<i64: 1, 1, 4>}
// CHECK: %[[HR0:.*]] = tfl.fully_connected %[[H0]], %[[R]], %[[ZB]]
// CHECK: %[[S0:.*]] = tfl.add %{{.*}}, %[[HR0]]
// CHECK: %[[H1:.*]] = tfl.tanh %[[S0]]
// CHECK: tfl.slice %[[XW3]] {begin = array<i64: 1, 0, 0>, size = array<i64: 1, 1, 4>}
// CHECK: %[[HR1:.*]] = tfl.fully_connected %[[H1]], %[[R]], %[[ZB]]
// CHECK: %[[S1:.*]] = tfl.add %{{.*}}, %[[HR1]]
// CHECK: %[[H2:.*]] = tfl.tanh %[[S1]]
// CHECK: %[[Y0:.*]] = tfl.reshape %[[H1]] : (tensor<1x4xf32>) -> tensor<1x1x1x4xf32>
// CHECK: %[[Y1:.*]] = tfl.reshape %[[H2]] : (tensor<1x4xf32>) -> tensor<1x1x1x4xf32>
// CHECK: %[[Y:.*]] = tfl.concatenation %[[Y0]], %[[Y1]] {axis = 0 : i64} : {{.*}} -> tensor<2x1x1x4xf32>
// CHECK: %[[YH:.*]] = tfl.reshape %[[H2]] : (tensor<1x4xf32>) -> tensor<1x1x4xf32>
// CHECK: return %[[Y]], %[[YH]]
func.func @rnn(%x: tensor<2x1x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>) {
  %none = onnx.NoValue
  %y, %h = "onnx.RNN"(%x, %w, %r, %none, %none, %none) {hidden_size = 4 : i64} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>)
  return %y, %h : tensor<2x1x1x4xf32>, tensor<1x1x4xf32>
}

// -----

// A bidirectional LSTM: four gate blocks per step (i, o, f: sigmoid; c:
// tanh), two directions joined on axis 1 of Y and axis 0 of Y_h / Y_c.
// CHECK-LABEL: func @lstm_bidirectional
// CHECK-COUNT-2: tfl.fully_connected %{{.*}} : (tensor<3x2xf32>, tensor<8x2xf32>, tensor<8xf32>) -> tensor<3x8xf32>
// CHECK: %[[Y:.*]] = tfl.concatenation {{.*}} {axis = 1 : i64} : {{.*}} -> tensor<3x2x1x2xf32>
// CHECK: %[[YH:.*]] = tfl.concatenation {{.*}} {axis = 0 : i64} : {{.*}} -> tensor<2x1x2xf32>
// CHECK: %[[YC:.*]] = tfl.concatenation {{.*}} {axis = 0 : i64} : {{.*}} -> tensor<2x1x2xf32>
// CHECK: return %[[Y]], %[[YH]], %[[YC]]
func.func @lstm_bidirectional(%x: tensor<3x1x2xf32>, %w: tensor<2x8x2xf32>, %r: tensor<2x8x2xf32>, %b: tensor<2x16xf32>) -> (tensor<3x2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x1x2xf32>) {
  %none = onnx.NoValue
  %y, %h, %c = "onnx.LSTM"(%x, %w, %r, %b, %none, %none, %none, %none) {direction = "bidirectional", hidden_size = 2 : i64} : (tensor<3x1x2xf32>, tensor<2x8x2xf32>, tensor<2x8x2xf32>, tensor<2x16xf32>, none, none, none, none) -> (tensor<3x2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x1x2xf32>)
  return %y, %h, %c : tensor<3x2x1x2xf32>, tensor<2x1x2xf32>, tensor<2x1x2xf32>
}

// -----

// GRU batch first (layout 1): X, Y and Y_h are transposed around the
// sequence-first computation (X's transpose and flattening fold into one
// reshape here, B being 1); h~ = tanh(XW_h + r * (H R_h^T + Rb_h)).
// CHECK-LABEL: func @gru_batch_first
// CHECK: tfl.reshape %arg0 : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
// CHECK: tfl.logistic
// CHECK: tfl.logistic
// CHECK: tfl.mul
// CHECK: tfl.tanh
// CHECK: tfl.transpose %{{.*}}, [2, 0, 1, 3] : (tensor<2x1x1x4xf32>) -> tensor<1x2x1x4xf32>
// CHECK: tfl.transpose %{{.*}}, [1, 0, 2] : (tensor<1x1x4xf32>) -> tensor<1x1x4xf32>
func.func @gru_batch_first(%x: tensor<1x2x3xf32>, %w: tensor<1x12x3xf32>, %r: tensor<1x12x4xf32>) -> (tensor<1x2x1x4xf32>, tensor<1x1x4xf32>) {
  %none = onnx.NoValue
  %y, %h = "onnx.GRU"(%x, %w, %r, %none, %none, %none) {hidden_size = 4 : i64, layout = 1 : i64, linear_before_reset = 1 : i64} : (tensor<1x2x3xf32>, tensor<1x12x3xf32>, tensor<1x12x4xf32>, none, none, none) -> (tensor<1x2x1x4xf32>, tensor<1x1x4xf32>)
  return %y, %h : tensor<1x2x1x4xf32>, tensor<1x1x4xf32>
}

// -----

// Peepholes: P = [P_i, P_o, P_f] add P_i * C and P_f * C to i and f before
// the cell update, P_o * C_t to o after it.
// CHECK-LABEL: func @lstm_peepholes
// CHECK: %[[P:.*]] = tfl.reshape %{{.*}} : (tensor<1x6xf32>) -> tensor<6xf32>
// CHECK-DAG: %[[PI:.*]] = tfl.slice %[[P]] {begin = array<i64: 0>, size = array<i64: 2>}
// CHECK-DAG: %[[PF:.*]] = tfl.slice %[[P]] {begin = array<i64: 4>, size = array<i64: 2>}
// CHECK-DAG: %[[PO:.*]] = tfl.slice %[[P]] {begin = array<i64: 2>, size = array<i64: 2>}
// CHECK-DAG: tfl.mul %[[PI]], %{{.*}} : (tensor<2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
// CHECK-DAG: tfl.mul %[[PF]], %{{.*}} : (tensor<2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
// CHECK-DAG: tfl.mul %[[PO]], %{{.*}} : (tensor<2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
func.func @lstm_peepholes(%x: tensor<1x1x2xf32>, %w: tensor<1x8x2xf32>, %r: tensor<1x8x2xf32>, %p: tensor<1x6xf32>) -> tensor<1x1x2xf32> {
  %none = onnx.NoValue
  %y, %h, %c = "onnx.LSTM"(%x, %w, %r, %none, %none, %none, %none, %p) {hidden_size = 2 : i64} : (tensor<1x1x2xf32>, tensor<1x8x2xf32>, tensor<1x8x2xf32>, none, none, none, none, tensor<1x6xf32>) -> (none, tensor<1x1x2xf32>, none)
  return %h : tensor<1x1x2xf32>
}

// -----

// A sequence length known only at run time: the same step as the body of
// a loop over (i, H, Y so far) while i < T, T read from X's shape; the step
// reads XW[i] by a gather and appends H to Y. The batch is symbolic too:
// the initial state and Y's start are fills of the run-time batch, and the
// projection's [T * B, G * H] -> [T, B, G * H] takes its shape at run time.
// CHECK-LABEL: func @rnn_runtime_length
// CHECK: %[[DIMS:.*]] = tfl.shape %arg0 : (tensor<?x?x3xf32>) -> tensor<3xi32>
// CHECK: %[[B:.*]] = tfl.slice %[[DIMS]] {begin = array<i64: 1>, size = array<i64: 1>}
// CHECK: %[[XF:.*]] = tfl.reshape %arg0 : (tensor<?x?x3xf32>) -> tensor<?x3xf32>
// CHECK: %[[BH:.*]] = tfl.concatenation %[[B]], %{{.*}} {axis = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
// CHECK: %[[H0:.*]] = tfl.fill %[[BH]], %{{.*}} : (tensor<2xi32>, tensor<f32>) -> tensor<?x4xf32>
// CHECK: %[[T:.*]] = tfl.reshape %{{.*}} : (tensor<1xi32>) -> tensor<i32>
// CHECK: %[[Y0SHAPE:.*]] = tfl.concatenation %{{.*}}, %[[B]], %{{.*}} {axis = 0 : i64} : (tensor<2xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
// CHECK: %[[Y0:.*]] = tfl.fill %[[Y0SHAPE]], %{{.*}} : (tensor<4xi32>, tensor<f32>) -> tensor<?x1x?x4xf32>
// CHECK: %[[XW:.*]] = tfl.reshape_to %{{.*}}, %{{.*}} : (tensor<?x4xf32>, tensor<3xi32>) -> tensor<?x?x4xf32>
// CHECK: %[[L:.*]]:3 = tfl.while(%{{.*}}, %[[H0]], %[[Y0]]) : (tensor<i32>, tensor<?x4xf32>, tensor<?x1x?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>, tensor<?x1x?x4xf32>) cond {
// CHECK-NEXT: ^bb0(%[[CI:.*]]: tensor<i32>, %{{.*}}: tensor<?x4xf32>, %{{.*}}: tensor<?x1x?x4xf32>):
// CHECK-NEXT: %[[MORE:.*]] = tfl.less %[[CI]], %[[T]]
// CHECK-NEXT: tfl.yield %[[MORE]] : tensor<i1>
// CHECK-NEXT: } body {
// CHECK-NEXT: ^bb0(%[[I:.*]]: tensor<i32>, %[[H:.*]]: tensor<?x4xf32>, %[[YS:.*]]: tensor<?x1x?x4xf32>):
// CHECK-NEXT: %[[X:.*]] = tfl.gather %[[XW]], %[[I]] {axis = 0 : i64} : (tensor<?x?x4xf32>, tensor<i32>) -> tensor<?x4xf32>
// CHECK-NEXT: %[[HR:.*]] = tfl.fully_connected %[[H]]
// CHECK-NEXT: %[[S:.*]] = tfl.add %[[X]], %[[HR]]
// CHECK-NEXT: %[[HN:.*]] = tfl.tanh %[[S]]
// CHECK-NEXT: %[[STEP:.*]] = tfl.reshape %[[HN]] : (tensor<?x4xf32>) -> tensor<1x1x?x4xf32>
// CHECK-NEXT: %[[GROWN:.*]] = tfl.concatenation %[[YS]], %[[STEP]] {axis = 0 : i64}
// CHECK: %[[NEXT:.*]] = tfl.add %[[I]], %{{.*}} : (tensor<i32>, tensor<i32>) -> tensor<i32>
// CHECK-NEXT: tfl.yield %[[NEXT]], %[[HN]], %[[GROWN]]
// CHECK: %[[YH:.*]] = tfl.reshape %[[L]]#1 : (tensor<?x4xf32>) -> tensor<1x?x4xf32>
// CHECK: return %[[L]]#2, %[[YH]]
func.func @rnn_runtime_length(%x: tensor<?x?x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>) -> (tensor<?x1x?x4xf32>, tensor<1x?x4xf32>) {
  %none = onnx.NoValue
  %y, %h = "onnx.RNN"(%x, %w, %r, %none, %none, %none) {hidden_size = 4 : i64} : (tensor<?x?x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<?x1x?x4xf32>, tensor<1x?x4xf32>)
  return %y, %h : tensor<?x1x?x4xf32>, tensor<1x?x4xf32>
}

// -----

// In reverse the loop reads XW[T - 1 - i] and prepends H, so Y stays in time
// order; an LSTM carries C as one more loop value. The batch is static here:
// the initial states are constants and the projection a static reshape.
// CHECK-LABEL: func @lstm_reverse_runtime_length
// CHECK: tfl.reshape %{{.*}} : (tensor<?x8xf32>) -> tensor<?x2x8xf32>
// CHECK: tfl.while({{.*}}) : (tensor<i32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<?x1x2x2xf32>) -> (tensor<i32>, tensor<2x2xf32>, tensor<2x2xf32>, tensor<?x1x2x2xf32>) cond
// CHECK: } body {
// CHECK-NEXT: ^bb0(%[[I:.*]]: tensor<i32>, %{{.*}}: tensor<2x2xf32>, %{{.*}}: tensor<2x2xf32>, %[[YS:.*]]: tensor<?x1x2x2xf32>):
// CHECK-NEXT: %[[LAST:.*]] = tfl.sub %{{.*}}, %{{.*}} : (tensor<i32>, tensor<i32>) -> tensor<i32>
// CHECK-NEXT: %[[T:.*]] = tfl.sub %[[LAST]], %[[I]]
// CHECK-NEXT: tfl.gather %{{.*}}, %[[T]] {axis = 0 : i64}
// CHECK-COUNT-3: tfl.logistic
// CHECK: %[[STEP:.*]] = tfl.reshape %{{.*}} : (tensor<2x2xf32>) -> tensor<1x1x2x2xf32>
// CHECK-NEXT: tfl.concatenation %[[STEP]], %[[YS]] {axis = 0 : i64}
func.func @lstm_reverse_runtime_length(%x: tensor<?x2x1xf32>, %w: tensor<1x8x1xf32>, %r: tensor<1x8x2xf32>) -> tensor<?x1x2x2xf32> {
  %none = onnx.NoValue
  %y, %h, %c = "onnx.LSTM"(%x, %w, %r, %none, %none, %none, %none, %none) {hidden_size = 2 : i64, direction = "reverse"} : (tensor<?x2x1xf32>, tensor<1x8x1xf32>, tensor<1x8x2xf32>, none, none, none, none, none) -> (tensor<?x1x2x2xf32>, none, none)
  return %y : tensor<?x1x2x2xf32>
}
