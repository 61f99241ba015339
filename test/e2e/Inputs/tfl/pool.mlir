// Pools with TensorFlow's SAME windows (the average counts only covered
// pixels), constant and mirror pads, half-pixel bilinear resize, LRN.
func.func @main(%x: tensor<1x5x6x4xf32> {onnx.name = "x"})
    -> (tensor<1x3x3x4xf32> {onnx.name = "max_pool"}, tensor<1x3x3x4xf32> {onnx.name = "avg_pool"},
        tensor<1x6x9x4xf32> {onnx.name = "pad"}, tensor<1x7x6x4xf32> {onnx.name = "reflect"},
        tensor<1x5x10x4xf32> {onnx.name = "symmetric"}, tensor<1x10x12x4xf32> {onnx.name = "resize"},
        tensor<1x5x6x4xf32> {onnx.name = "lrn"}) {
  %max = tfl.max_pool_2d %x {filter = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = "SAME"} : (tensor<1x5x6x4xf32>) -> tensor<1x3x3x4xf32>
  %avg = tfl.average_pool_2d %x {filter = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = "SAME"} : (tensor<1x5x6x4xf32>) -> tensor<1x3x3x4xf32>
  %pad = tfl.padv2 %x, [0, 0, 1, 0, 1, 2, 0, 0] {constant_value = 0.5 : f32} : (tensor<1x5x6x4xf32>) -> tensor<1x6x9x4xf32>
  %refl = tfl.mirror_pad %x, [0, 0, 2, 0, 0, 0, 0, 0] {mode = "REFLECT"} : (tensor<1x5x6x4xf32>) -> tensor<1x7x6x4xf32>
  %sym = tfl.mirror_pad %x, [0, 0, 0, 0, 1, 3, 0, 0] {mode = "SYMMETRIC"} : (tensor<1x5x6x4xf32>) -> tensor<1x5x10x4xf32>
  %resize = tfl.resize_bilinear %x {align_corners = false, half_pixel_centers = true} : (tensor<1x5x6x4xf32>) -> tensor<1x10x12x4xf32>
  %lrn = tfl.local_response_normalization %x {radius = 1 : i64, bias = 1.5 : f32, alpha = 0.25 : f32, beta = 0.75 : f32} : tensor<1x5x6x4xf32>
  return %max, %avg, %pad, %refl, %sym, %resize, %lrn : tensor<1x3x3x4xf32>, tensor<1x3x3x4xf32>, tensor<1x6x9x4xf32>, tensor<1x7x6x4xf32>, tensor<1x5x10x4xf32>, tensor<1x10x12x4xf32>, tensor<1x5x6x4xf32>
}
