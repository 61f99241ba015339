// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// A loop becomes TensorFlow's frame: per loop value Enter -> Merge (its
// NextIteration second), the cond on the Merges -> LoopCond, Switch :0 ->
// Exit (the result) and :1 -> Identity (the body's argument). n, from above
// the loop, enters once as a constant; the body's Const and the arithmetic
// on entered values alone (n * n) hang on the body's pivot, the first
// Identity, so that they run in every iteration.
func.func @main(%x: tensor<?xf32> {onnx.name = "x"}, %n: tensor<i32> {onnx.name = "n"}, %dims: tensor<2xi32> {onnx.name = "dims"}) -> (tensor<?xf32> {onnx.name = "y"}, tensor<?x?xf32> {onnx.name = "f"}) {
  %zero = tfl.const dense<0> : tensor<i32> loc("zero")
  %r:2 = tfl.while(%zero, %x) : (tensor<i32>, tensor<?xf32>) -> (tensor<i32>, tensor<?xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?xf32>):
    %more = tfl.less %i, %n : (tensor<i32>, tensor<i32>) -> tensor<i1> loc("more")
    tfl.yield %more : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?xf32>):
    %one = tfl.const dense<1> : tensor<i32> loc("one")
    %next = tfl.add %i, %one : (tensor<i32>, tensor<i32>) -> tensor<i32> loc("next")
    %square = tfl.mul %n, %n : (tensor<i32>, tensor<i32>) -> tensor<i32> loc("square")
    %cast = tfl.cast %square : (tensor<i32>) -> tensor<f32> loc("cast")
    %scaled = tfl.mul %v, %cast : (tensor<?xf32>, tensor<f32>) -> tensor<?xf32> loc("scaled")
    tfl.yield %next, %scaled : tensor<i32>, tensor<?xf32>
  } loc("loop")
  %half = tfl.const dense<0.5> : tensor<f32> loc("half")
  %f = tfl.fill %dims, %half : (tensor<2xi32>, tensor<f32>) -> tensor<?x?xf32> loc("fill")
  return %r#1, %f : tensor<?xf32>, tensor<?x?xf32>
}

// CHECK:      name: "loop/while/Enter"
// CHECK-NEXT: op: "Enter"
// CHECK-NEXT: input: "zero"
// CHECK:      key: "frame_name"
// CHECK-NEXT: value {
// CHECK-NEXT:   s: "loop/while"
// CHECK:      key: "is_constant"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: false
// CHECK:      key: "parallel_iterations"
// CHECK-NEXT: value {
// CHECK-NEXT:   i: 1
// CHECK:      name: "loop/while/Merge"
// CHECK-NEXT: op: "Merge"
// CHECK-NEXT: input: "loop/while/Enter"
// CHECK-NEXT: input: "loop/while/NextIteration"
// CHECK:      name: "loop/while/Enter_1"
// CHECK-NEXT: op: "Enter"
// CHECK-NEXT: input: "x"
// CHECK:      name: "loop/while/Merge_1"
// CHECK:      name: "loop/while/Enter_2"
// CHECK-NEXT: op: "Enter"
// CHECK-NEXT: input: "n"
// CHECK:      key: "is_constant"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK:      name: "more"
// CHECK-NEXT: op: "Less"
// CHECK-NEXT: input: "loop/while/Merge"
// CHECK-NEXT: input: "loop/while/Enter_2"
// CHECK:      name: "loop/while/LoopCond"
// CHECK-NEXT: op: "LoopCond"
// CHECK-NEXT: input: "more"
// CHECK:      name: "loop/while/Switch"
// CHECK-NEXT: op: "Switch"
// CHECK-NEXT: input: "loop/while/Merge"
// CHECK-NEXT: input: "loop/while/LoopCond"
// CHECK:      name: "loop/while/Exit"
// CHECK-NEXT: op: "Exit"
// CHECK-NEXT: input: "loop/while/Switch"
// CHECK:      name: "loop/while/Identity"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "loop/while/Switch:1"
// CHECK:      name: "loop/while/Exit_1"
// CHECK:      name: "loop/while/Identity_1"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "loop/while/Switch_1:1"
// CHECK:      name: "one"
// CHECK-NEXT: op: "Const"
// CHECK-NEXT: input: "^loop/while/Identity"
// CHECK:      name: "next"
// CHECK-NEXT: op: "AddV2"
// CHECK-NEXT: input: "loop/while/Identity"
// CHECK-NEXT: input: "one"
// CHECK-NOT:  input
// CHECK:      name: "square"
// CHECK-NEXT: op: "Mul"
// CHECK-NEXT: input: "loop/while/Enter_2"
// CHECK-NEXT: input: "loop/while/Enter_2"
// CHECK-NEXT: input: "^loop/while/Identity"
// CHECK:      name: "scaled"
// CHECK-NEXT: op: "Mul"
// CHECK-NEXT: input: "loop/while/Identity_1"
// CHECK-NEXT: input: "cast"
// CHECK-NOT:  input
// CHECK:      name: "loop/while/NextIteration"
// CHECK-NEXT: op: "NextIteration"
// CHECK-NEXT: input: "next"
// CHECK:      name: "loop/while/NextIteration_1"
// CHECK-NEXT: op: "NextIteration"
// CHECK-NEXT: input: "scaled"
// CHECK:      name: "fill"
// CHECK-NEXT: op: "Fill"
// CHECK-NEXT: input: "dims"
// CHECK-NEXT: input: "half"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "index_type"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_INT32
// CHECK:      name: "y"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "loop/while/Exit_1"
