// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// tfl.while -> WHILE(cond, body subgraphs), tfl.if -> IF(then, else). A
// subgraph sees only its inputs: the values a region captures from the
// enclosing graph follow the carried ones (a loop body passes them on, the
// WHILE outputs them again, unused); constants are tensors of each subgraph
// that uses them, on one shared buffer.
// CHECK: inputs: x[3], flag[]
// CHECK-NEXT: ADD(tensor[ int32], tensor[ int32]) -> limit[ int32]
// CHECK-NEXT: WHILE(tensor_1[ int32], x[3], limit[ int32]) -> loop[ int32], loop_1[3], loop/carried[ int32] {"cond_subgraph_index": 1, "body_subgraph_index": 2}
// CHECK-NEXT: GREATER(flag[], tensor_2[]) -> greater[ bool]
// CHECK-NEXT: IF(greater[ bool], loop_1[3]) -> y[3] {"then_subgraph_index": 3, "else_subgraph_index": 4}
// CHECK-NEXT: outputs: y[3]
// CHECK-NEXT: subgraph 1 loop/cond:
// CHECK-NEXT: inputs: loop/cond/arg0[ int32], loop/cond/arg1[3], loop/cond/captured[ int32]
// CHECK-NEXT: LESS(loop/cond/arg0[ int32], loop/cond/captured[ int32]) -> loop/cond/out0[ bool]
// CHECK-NEXT: outputs: loop/cond/out0[ bool]
// CHECK-NEXT: subgraph 2 loop/body:
// CHECK-NEXT: inputs: loop/body/arg0[ int32], loop/body/arg1[3], loop/body/captured[ int32]
// CHECK-NEXT: ADD(loop/body/arg0[ int32], tensor[ int32]) -> loop/body/out0[ int32]
// CHECK-NEXT: ADD(loop/body/arg1[3], tensor_1[]) -> loop/body/out1[3]
// CHECK-NEXT: RESHAPE(loop/body/captured[ int32], loop/body/passed0/shape[0 int32]) -> loop/body/passed0[ int32]
// CHECK-NEXT: outputs: loop/body/out0[ int32], loop/body/out1[3], loop/body/passed0[ int32]
// CHECK-NEXT: subgraph 3 if/then:
// CHECK-NEXT: inputs: if/then/captured[3]
// CHECK-NEXT: NEG(if/then/captured[3]) -> if/then/out0[3]
// CHECK-NEXT: outputs: if/then/out0[3]
// CHECK-NEXT: subgraph 4 if/else:
// CHECK-NEXT: inputs: if/else/captured[3]
// CHECK-NEXT: RESHAPE(if/else/captured[3], if/else/out0/shape[1 int32]) -> if/else/out0[3]

func.func @main(%x: tensor<3xf32> {onnx.name = "x"}, %flag: tensor<f32> {onnx.name = "flag"}) -> (tensor<3xf32> {onnx.name = "y"}) {
  %zero = tfl.const dense<0> : tensor<i32>
  %one = tfl.const dense<1> : tensor<i32>
  %onef = tfl.const dense<1.0> : tensor<f32>
  %limit = tfl.add %one, %one : (tensor<i32>, tensor<i32>) -> tensor<i32> loc("limit")
  %r:2 = tfl.while(%zero, %x) : (tensor<i32>, tensor<3xf32>) -> (tensor<i32>, tensor<3xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %c = tfl.less %i, %limit : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tfl.yield %c : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>):
    %n = tfl.add %i, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %w = tfl.add %v, %onef : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
    tfl.yield %n, %w : tensor<i32>, tensor<3xf32>
  } loc("loop")
  %zf = tfl.const dense<0.0> : tensor<f32>
  %c = tfl.greater %flag, %zf : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %y = tfl.if %c : (tensor<i1>) -> tensor<3xf32> then {
    %n = tfl.neg %r#1 : tensor<3xf32>
    tfl.yield %n : tensor<3xf32>
  } else {
    tfl.yield %r#1 : tensor<3xf32>
  } loc("if")
  return %y : tensor<3xf32>
}
