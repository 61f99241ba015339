// A loop whose carried value grows each iteration (a row appended to an
// initially empty [0, 3] tensor) beside a counter and an accumulator: TFLite
// WHILE with a dynamic tensor.
func.func @main(%x: tensor<3xf32> {onnx.name = "x"}) -> (tensor<3xf32> {onnx.name = "y"}, tensor<?x3xf32> {onnx.name = "rows"}) {
  %zero = tfl.const dense<0> : tensor<i32>
  %five = tfl.const dense<5> : tensor<i32>
  %one = tfl.const dense<1> : tensor<i32>
  %onef = tfl.const dense<1.0> : tensor<f32>
  %shape = tfl.const dense<[0, 3]> : tensor<2xi32>
  %zf = tfl.const dense<0.0> : tensor<f32>
  %init = tfl.fill %shape, %zf : (tensor<2xi32>, tensor<f32>) -> tensor<?x3xf32>
  %r:3 = tfl.while(%zero, %x, %init) : (tensor<i32>, tensor<3xf32>, tensor<?x3xf32>) -> (tensor<i32>, tensor<3xf32>, tensor<?x3xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>, %rows: tensor<?x3xf32>):
    %c = tfl.less %i, %five : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tfl.yield %c : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<3xf32>, %rows: tensor<?x3xf32>):
    %n = tfl.add %i, %one : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %w = tfl.add %v, %onef : (tensor<3xf32>, tensor<f32>) -> tensor<3xf32>
    %row = tfl.reshape %w : (tensor<3xf32>) -> tensor<1x3xf32>
    %more = tfl.concatenation %rows, %row {axis = 0 : i64} : (tensor<?x3xf32>, tensor<1x3xf32>) -> tensor<?x3xf32>
    tfl.yield %n, %w, %more : tensor<i32>, tensor<3xf32>, tensor<?x3xf32>
  }
  return %r#1, %r#2 : tensor<3xf32>, tensor<?x3xf32>
}
