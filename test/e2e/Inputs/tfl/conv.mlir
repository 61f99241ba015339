// Convolutions with weights fed as inputs: explicit-padded strided conv_2d
// with a fused RELU6, dilated SAME depthwise conv, SAME transpose_conv with
// a fused RELU, fully_connected with a fused TANH.
func.func @main(%x: tensor<1x5x5x3xf32> {onnx.name = "x"},
                %w: tensor<3x3x3x4xf32> {onnx.name = "w"}, %b: tensor<4xf32> {onnx.name = "b"},
                %dw: tensor<3x3x3x2xf32> {onnx.name = "dw"}, %db: tensor<6xf32> {onnx.name = "db"},
                %tw: tensor<3x3x2x3xf32> {onnx.name = "tw"}, %tb: tensor<2xf32> {onnx.name = "tb"},
                %fw: tensor<4x75xf32> {onnx.name = "fw"}, %fb: tensor<4xf32> {onnx.name = "fb"})
    -> (tensor<1x2x2x4xf32> {onnx.name = "conv"}, tensor<1x5x5x6xf32> {onnx.name = "depthwise"},
        tensor<1x10x10x2xf32> {onnx.name = "transpose_conv"}, tensor<1x4xf32> {onnx.name = "fc"}) {
  %conv = tfl.conv_2d %x, %w, %b {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, padding = "EXPLICIT", explicit_padding = array<i64: 1, 0, 0, 1>, fused_activation_function = "RELU6"} : (tensor<1x5x5x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<1x2x2x4xf32>
  %dconv = tfl.depthwise_conv_2d %x, %dw, %db {strides = array<i64: 1, 1>, dilations = array<i64: 2, 2>, padding = "SAME"} : (tensor<1x5x5x3xf32>, tensor<3x3x3x2xf32>, tensor<6xf32>) -> tensor<1x5x5x6xf32>
  %tconv = tfl.transpose_conv %x, %tw, %tb {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, padding = "SAME", fused_activation_function = "RELU"} : (tensor<1x5x5x3xf32>, tensor<3x3x2x3xf32>, tensor<2xf32>) -> tensor<1x10x10x2xf32>
  %flat = tfl.reshape %x : (tensor<1x5x5x3xf32>) -> tensor<1x75xf32>
  %fc = tfl.fully_connected %flat, %fw, %fb {fused_activation_function = "TANH"} : (tensor<1x75xf32>, tensor<4x75xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  return %conv, %dconv, %tconv, %fc : tensor<1x2x2x4xf32>, tensor<1x5x5x6xf32>, tensor<1x10x10x2xf32>, tensor<1x4xf32>
}
