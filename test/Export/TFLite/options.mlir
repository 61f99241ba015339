// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// The options of each builtin operator from the op's attributes (index
// attributes as int32 constant inputs, named after the op when it has no
// ONNX node), as TFLite's schema declares them.
// CHECK: inputs: x[1,4,4,8], y[2,3,4], z[2,5,4], k[ int32], shape[2 int32]
// CHECK-NEXT: RESIZE_BILINEAR(x[1,4,4,8], resize_bilinear/size[2 int32]) -> bilinear[1,8,8,8] {"align_corners": false, "half_pixel_centers": true}
// CHECK-NEXT: RESIZE_NEAREST_NEIGHBOR(x[1,4,4,8], resize_nearest_neighbor/size[2 int32]) -> nearest[1,8,8,8] {"align_corners": true, "half_pixel_centers": false}
// CHECK-NEXT: STRIDED_SLICE(y[2,3,4], strided_slice/begin[3 int32], strided_slice/end[3 int32], strided_slice/strides[3 int32]) -> strided[1,3,2] {"begin_mask": 0, "end_mask": 2, "ellipsis_mask": 0, "new_axis_mask": 0, "shrink_axis_mask": 0}
// CHECK-NEXT: SLICE(y[2,3,4], slice/begin[3 int32], slice/size[3 int32]) -> sliced[2,2,3]
// CHECK-NEXT: CAST(y[2,3,4]) -> cast[2,3,4 int32] {"in_data_type": "FLOAT32", "out_data_type": "INT32"}
// CHECK-NEXT: SHAPE(y[2,3,4]) -> shape_of[3 int32] {"out_type": "INT32"}
// CHECK-NEXT: BATCH_MATMUL(y[2,3,4], z[2,5,4]) -> bmm[2,3,5] {"adj_x": false, "adj_y": true}
// CHECK-NEXT: CUMSUM(y[2,3,4], cumsum/axis[ int32]) -> cumsum[2,3,4] {"exclusive": true, "reverse": true}
// CHECK-NEXT: DEPTH_TO_SPACE(x[1,4,4,8]) -> d2s[1,8,8,2] {"block_size": 2}
// CHECK-NEXT: LOCAL_RESPONSE_NORMALIZATION(x[1,4,4,8]) -> lrn[1,4,4,8] {"radius": 2, "bias": 1.0, "alpha": 0.5, "beta": 0.75}
// CHECK-NEXT: MIRROR_PAD(y[2,3,4], mirror_pad/paddings[3,2 int32]) -> mirror[2,5,6] {"mode": "SYMMETRIC"}
// CHECK-NEXT: LEAKY_RELU(y[2,3,4]) -> leaky[2,3,4] {"alpha": 0.25}
// CHECK-NEXT: ARG_MAX(y[2,3,4], arg_max/axis[1 int32]) -> argmax[2,4 int32] {"output_type": "INT32"}
// CHECK-NEXT: ARG_MIN(y[2,3,4], arg_min/axis[1 int32]) -> argmin[2,4 int64] {"output_type": "INT64"}
// CHECK-NEXT: GELU(y[2,3,4]) -> gelu[2,3,4] {"approximate": false}
// CHECK-NEXT: HARD_SWISH(y[2,3,4]) -> hswish[2,3,4]
// CHECK-NEXT: SUB(y[2,3,4], gelu[2,3,4]) -> diff[2,3,4] {"fused_activation_function": "NONE"}
// CHECK-NEXT: REDUCE_MAX(y[2,3,4], reduce_max/reduction_indices[2 int32]) -> rmax[3] {"keep_dims": false}
// CHECK-NEXT: TILE(y[2,3,4], tile/multiples[3 int32]) -> tiled[4,3,4]
// CHECK-NEXT: BROADCAST_TO(y[2,3,4], broadcast_to/shape[4 int32]) -> broadcast[3,2,3,4]
// CHECK-NEXT: TOPK_V2(y[2,3,4], k[ int32]) -> top[2,3,2], top_index[2,3,2 int32]
// CHECK-NEXT: FILL(shape[2 int32], tensor[]) -> filled[-1,-1]
// CHECK-NEXT: outputs: bilinear[1,8,8,8], nearest[1,8,8,8], strided[1,3,2], sliced[2,2,3], cast[2,3,4 int32], shape_of[3 int32], bmm[2,3,5], cumsum[2,3,4], d2s[1,8,8,2], lrn[1,4,4,8], mirror[2,5,6], leaky[2,3,4], argmax[2,4 int32], argmin[2,4 int64], gelu[2,3,4], hswish[2,3,4], diff[2,3,4], rmax[3], tiled[4,3,4], broadcast[3,2,3,4], top[2,3,2], top_index[2,3,2 int32], filled[-1,-1]
// CHECK-NEXT: signature serving_default: {{.*}}

func.func @main(%x: tensor<1x4x4x8xf32> {onnx.name = "x"}, %y: tensor<2x3x4xf32> {onnx.name = "y"}, %z: tensor<2x5x4xf32> {onnx.name = "z"}, %k: tensor<i32> {onnx.name = "k"}, %shape: tensor<2xi32> {onnx.name = "shape"})
    -> (tensor<1x8x8x8xf32> {onnx.name = "bilinear"}, tensor<1x8x8x8xf32> {onnx.name = "nearest"}, tensor<1x3x2xf32> {onnx.name = "strided"}, tensor<2x2x3xf32> {onnx.name = "sliced"},
        tensor<2x3x4xi32> {onnx.name = "cast"}, tensor<3xi32> {onnx.name = "shape_of"}, tensor<2x3x5xf32> {onnx.name = "bmm"}, tensor<2x3x4xf32> {onnx.name = "cumsum"},
        tensor<1x8x8x2xf32> {onnx.name = "d2s"}, tensor<1x4x4x8xf32> {onnx.name = "lrn"}, tensor<2x5x6xf32> {onnx.name = "mirror"}, tensor<2x3x4xf32> {onnx.name = "leaky"},
        tensor<2x4xi32> {onnx.name = "argmax"}, tensor<2x4xi64> {onnx.name = "argmin"}, tensor<2x3x4xf32> {onnx.name = "gelu"}, tensor<2x3x4xf32> {onnx.name = "hswish"},
        tensor<2x3x4xf32> {onnx.name = "diff"}, tensor<3xf32> {onnx.name = "rmax"}, tensor<4x3x4xf32> {onnx.name = "tiled"}, tensor<3x2x3x4xf32> {onnx.name = "broadcast"},
        tensor<2x3x2xf32> {onnx.name = "top"}, tensor<2x3x2xi32> {onnx.name = "top_index"}, tensor<?x?xf32> {onnx.name = "filled"}) {
  %rb = tfl.resize_bilinear %x {align_corners = false, half_pixel_centers = true} : (tensor<1x4x4x8xf32>) -> tensor<1x8x8x8xf32>
  %rn = tfl.resize_nearest_neighbor %x {align_corners = true, half_pixel_centers = false} : (tensor<1x4x4x8xf32>) -> tensor<1x8x8x8xf32>
  %ss = tfl.strided_slice %y {begin = array<i64: 1, -1, 0>, end = array<i64: 2, 0, 4>, strides = array<i64: 1, -1, 2>, end_mask = 2 : i64, begin_mask = 0 : i64, shrink_axis_mask = 0 : i64} : (tensor<2x3x4xf32>) -> tensor<1x3x2xf32>
  %sl = tfl.slice %y {begin = array<i64: 0, 1, 1>, size = array<i64: -1, 2, 3>} : (tensor<2x3x4xf32>) -> tensor<2x2x3xf32>
  %c = tfl.cast %y : (tensor<2x3x4xf32>) -> tensor<2x3x4xi32>
  %sh = tfl.shape %y : (tensor<2x3x4xf32>) -> tensor<3xi32>
  %bmm = tfl.batch_matmul %y, %z {adj_y = true} : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  %cum = tfl.cumsum %y {axis = 1 : i64, exclusive = true, reverse = true} : tensor<2x3x4xf32>
  %d2s = tfl.depth_to_space %x {block_size = 2 : i64} : (tensor<1x4x4x8xf32>) -> tensor<1x8x8x2xf32>
  %lrn = tfl.local_response_normalization %x {radius = 2 : i64, bias = 1.0 : f32, alpha = 0.5 : f32, beta = 0.75 : f32} : tensor<1x4x4x8xf32>
  %mp = tfl.mirror_pad %y, [0, 0, 1, 1, 1, 1] {mode = "SYMMETRIC"} : (tensor<2x3x4xf32>) -> tensor<2x5x6xf32>
  %lk = tfl.leaky_relu %y {alpha = 0.25 : f32} : tensor<2x3x4xf32>
  %amx = tfl.arg_max %y {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi32>
  %amn = tfl.arg_min %y {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x4xi64>
  %g = tfl.gelu %y : tensor<2x3x4xf32>
  %hs = tfl.hard_swish %y : tensor<2x3x4xf32>
  %d = tfl.sub %y, %g : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %rm = tfl.reduce_max %y, [0, 2] {keep_dims = false} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %t = tfl.tile %y {multiples = array<i64: 2, 1, 1>} : (tensor<2x3x4xf32>) -> tensor<4x3x4xf32>
  %b = tfl.broadcast_to %y : (tensor<2x3x4xf32>) -> tensor<3x2x3x4xf32>
  %top:2 = tfl.topk_v2 %y, %k : (tensor<2x3x4xf32>, tensor<i32>) -> (tensor<2x3x2xf32>, tensor<2x3x2xi32>)
  %one = tfl.const dense<1.0> : tensor<f32>
  %f = tfl.fill %shape, %one : (tensor<2xi32>, tensor<f32>) -> tensor<?x?xf32>
  return %rb, %rn, %ss, %sl, %c, %sh, %bmm, %cum, %d2s, %lrn, %mp, %lk, %amx, %amn, %g, %hs, %d, %rm, %t, %b, %top#0, %top#1, %f : tensor<1x8x8x8xf32>, tensor<1x8x8x8xf32>, tensor<1x3x2xf32>, tensor<2x2x3xf32>, tensor<2x3x4xi32>, tensor<3xi32>, tensor<2x3x5xf32>, tensor<2x3x4xf32>, tensor<1x8x8x2xf32>, tensor<1x4x4x8xf32>, tensor<2x5x6xf32>, tensor<2x3x4xf32>, tensor<2x4xi32>, tensor<2x4xi64>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<3xf32>, tensor<4x3x4xf32>, tensor<3x2x3x4xf32>, tensor<2x3x2xf32>, tensor<2x3x2xi32>, tensor<?x?xf32>
}
