// Data movement: strided_slice (negative stride; no shrink_axis_mask, which
// TensorFlow.js 4.22 mis-executes with a non-unit stride), slice, gather with
// int64 indices, split, tile, depth_to_space, concatenation, transpose,
// broadcast_to, reshape, gather_nd, constants.
func.func @main(%x: tensor<2x4x6xf32> {onnx.name = "x"}, %idx: tensor<3xi64> {onnx.name = "idx"},
                %img: tensor<1x2x3x8xf32> {onnx.name = "img"})
    -> (tensor<1x4x3xf32> {onnx.name = "strided"}, tensor<2x2x3xf32> {onnx.name = "slice"},
        tensor<2x3x6xf32> {onnx.name = "gather"}, tensor<2x4x4xf32> {onnx.name = "split1"},
        tensor<4x4x6xf32> {onnx.name = "tile"}, tensor<1x4x6x2xf32> {onnx.name = "d2s"},
        tensor<2x4x8xf32> {onnx.name = "concat"}, tensor<6x2x4xf32> {onnx.name = "transpose"},
        tensor<3x2x4x6xf32> {onnx.name = "broadcast"}, tensor<2x4x1x6xf32> {onnx.name = "expand"},
        tensor<2x6xf32> {onnx.name = "gather_nd"}) {
  %ss = tfl.strided_slice %x {begin = array<i64: 1, -1, 0>, end = array<i64: 2, 0, 6>, strides = array<i64: 1, -1, 2>, end_mask = 2 : i64} : (tensor<2x4x6xf32>) -> tensor<1x4x3xf32>
  %sl = tfl.slice %x {begin = array<i64: 0, 2, 1>, size = array<i64: -1, 2, 3>} : (tensor<2x4x6xf32>) -> tensor<2x2x3xf32>
  %g = tfl.gather %x, %idx {axis = 1 : i64} : (tensor<2x4x6xf32>, tensor<3xi64>) -> tensor<2x3x6xf32>
  %sp:2 = tfl.split %x {axis = 2 : i64, size_splits = array<i64: 2, 4>} : (tensor<2x4x6xf32>) -> (tensor<2x4x2xf32>, tensor<2x4x4xf32>)
  %tile = tfl.tile %x {multiples = array<i64: 2, 1, 1>} : (tensor<2x4x6xf32>) -> tensor<4x4x6xf32>
  %d2s = tfl.depth_to_space %img {block_size = 2 : i64} : (tensor<1x2x3x8xf32>) -> tensor<1x4x6x2xf32>
  %cat = tfl.concatenation %sp#1, %sp#0, %sp#0 {axis = 2 : i64} : (tensor<2x4x4xf32>, tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x8xf32>
  %tr = tfl.transpose %x, [2, 0, 1] : (tensor<2x4x6xf32>) -> tensor<6x2x4xf32>
  %bc = tfl.broadcast_to %x : (tensor<2x4x6xf32>) -> tensor<3x2x4x6xf32>
  %ex2 = tfl.reshape %x : (tensor<2x4x6xf32>) -> tensor<2x4x1x6xf32>
  %nd = tfl.const dense<[[1, 3], [0, 0]]> : tensor<2x2xi32>
  %gnd = tfl.gather_nd %x, %nd : (tensor<2x4x6xf32>, tensor<2x2xi32>) -> tensor<2x6xf32>
  return %ss, %sl, %g, %sp#1, %tile, %d2s, %cat, %tr, %bc, %ex2, %gnd : tensor<1x4x3xf32>, tensor<2x2x3xf32>, tensor<2x3x6xf32>, tensor<2x4x4xf32>, tensor<4x4x6xf32>, tensor<1x4x6x2xf32>, tensor<2x4x8xf32>, tensor<6x2x4xf32>, tensor<3x2x4x6xf32>, tensor<2x4x1x6xf32>, tensor<2x6xf32>
}
