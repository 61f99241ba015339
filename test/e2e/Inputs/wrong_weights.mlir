// Same interface as utils/example/tiny_cnn.onnx (NHWC), different function.
func.func @main(%x: tensor<?x16x16x3xf32> {onnx.name = "image"}) -> (tensor<?x8x8x4xf32> {onnx.name = "features"}) {
  %w = tfl.const dense<0.1> : tensor<2x2x3x4xf32>
  %b = tfl.const dense<0.0> : tensor<4xf32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<?x16x16x3xf32>, tensor<2x2x3x4xf32>, tensor<4xf32>) -> tensor<?x8x8x4xf32>
  return %c : tensor<?x8x8x4xf32>
}
