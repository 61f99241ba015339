// Composite exports (gelu, hard_swish, prelu), softmaxes, fused activations
// on add/mul, batch_matmul with adj_y, cumsum, arg_max, reductions, select.
func.func @main(%x: tensor<2x3x4xf32> {onnx.name = "x"}, %y: tensor<2x5x4xf32> {onnx.name = "y"},
                %alpha: tensor<4xf32> {onnx.name = "alpha"})
    -> (tensor<2x3x4xf32> {onnx.name = "gelu"}, tensor<2x3x4xf32> {onnx.name = "hard_swish"},
        tensor<2x3x4xf32> {onnx.name = "prelu"}, tensor<2x3x4xf32> {onnx.name = "softmax"},
        tensor<2x3x4xf32> {onnx.name = "log_softmax"}, tensor<2x3x4xf32> {onnx.name = "add_relu"},
        tensor<2x3x4xf32> {onnx.name = "mul_n1_to_1"}, tensor<2x3x5xf32> {onnx.name = "bmm"},
        tensor<2x3x4xf32> {onnx.name = "cumsum"}, tensor<2x4xi32> {onnx.name = "arg_max"},
        tensor<2x1x4xf32> {onnx.name = "mean"}, tensor<3xf32> {onnx.name = "prod"},
        tensor<2x3x4xf32> {onnx.name = "select"}, tensor<2x3x4xf32> {onnx.name = "elu_selu"}) {
  %gelu = tfl.gelu %x : tensor<2x3x4xf32>
  %hs = tfl.hard_swish %x : tensor<2x3x4xf32>
  %prelu = tfl.prelu %x, %alpha : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %sm = tfl.softmax %x : tensor<2x3x4xf32>
  %lsm = tfl.log_softmax %x : tensor<2x3x4xf32>
  %add = tfl.add %x, %alpha {fused_activation_function = "RELU"} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %mul = tfl.mul %x, %alpha {fused_activation_function = "RELU_N1_TO_1"} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %bmm = tfl.batch_matmul %x, %y {adj_y = true} : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  %cum = tfl.cumsum %x {axis = 1 : i64, exclusive = true, reverse = true} : tensor<2x3x4xf32>
  %am = tfl.arg_max %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi32>
  %mean = tfl.mean %x, [1] {keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  %prod = tfl.reduce_prod %x, [0, 2] {keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %pos = tfl.greater %x, %alpha : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xi1>
  %sel = tfl.select_v2 %pos, %x, %alpha : (tensor<2x3x4xi1>, tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  %elu = tfl.elu %x : tensor<2x3x4xf32>
  %selu = tfl.selu %elu : tensor<2x3x4xf32>
  return %gelu, %hs, %prelu, %sm, %lsm, %add, %mul, %bmm, %cum, %am, %mean, %prod, %sel, %selu : tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x5xf32>, tensor<2x3x4xf32>, tensor<2x4xi32>, tensor<2x1x4xf32>, tensor<3xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
}
