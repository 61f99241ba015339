// A branch on a run-time flag: relu(x) * 2 if flag > 0, else 1 - x; both
// branches capture x from the enclosing graph (TFLite IF inputs).
func.func @main(%x: tensor<4xf32> {onnx.name = "x"}, %flag: tensor<f32> {onnx.name = "flag"}) -> (tensor<4xf32> {onnx.name = "y"}) {
  %zero = tfl.const dense<0.0> : tensor<f32>
  %two = tfl.const dense<2.0> : tensor<f32>
  %one = tfl.const dense<1.0> : tensor<f32>
  %c = tfl.greater %flag, %zero : (tensor<f32>, tensor<f32>) -> tensor<i1>
  %y = tfl.if %c : (tensor<i1>) -> tensor<4xf32> then {
    %r = tfl.relu %x : tensor<4xf32>
    %d = tfl.mul %r, %two : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    tfl.yield %d : tensor<4xf32>
  } else {
    %n = tfl.sub %one, %x : (tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
    tfl.yield %n : tensor<4xf32>
  }
  return %y : tensor<4xf32>
}
