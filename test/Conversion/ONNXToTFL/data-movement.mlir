// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// DepthToSpace DCR is TensorFlow's (NHWC); CRD and SpaceToDepth are
// reshapes around a 6-D transpose. Tile, Expand (broadcast_to) and Trilu (a
// constant mask).
// CHECK-LABEL: func @movement
// CHECK-DAG: %[[MASK:.*]] = tfl.const dense<{{\[\[}}true, false, false], [true, true, false]]> : tensor<2x3xi1>
// CHECK: %[[T:.*]] = tfl.transpose %arg0, [0, 2, 3, 1]
// CHECK: tfl.depth_to_space %[[T]] {block_size = 2 : i64} : (tensor<1x2x3x8xf32>) -> tensor<1x4x6x2xf32>
// CHECK: %[[R:.*]] = tfl.reshape %arg0 : (tensor<1x8x2x3xf32>) -> tensor<1x2x2x2x2x3xf32>
// CHECK: tfl.transpose %[[R]], [0, 1, 4, 2, 5, 3]
// CHECK: %[[R2:.*]] = tfl.reshape %arg2 : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2x2x2xf32>
// CHECK: tfl.transpose %[[R2]], [0, 3, 5, 1, 2, 4]
// CHECK: tfl.tile %arg1 {multiples = array<i64: 2, 4>} : (tensor<3x1xf32>) -> tensor<6x4xf32>
// CHECK: tfl.broadcast_to %arg1 : (tensor<3x1xf32>) -> tensor<3x4xf32>
// CHECK: tfl.select_v2 %[[MASK]], %arg0
func.func @movement(%x: tensor<1x8x2x3xf32>, %v: tensor<3x1xf32>, %y: tensor<1x2x4x4xf32>) -> (tensor<1x2x4x6xf32>, tensor<1x2x4x6xf32>, tensor<1x8x2x2xf32>, tensor<6x4xf32>, tensor<3x4xf32>, tensor<1x8x2x3xf32>) {
  %0 = "onnx.DepthToSpace"(%x) {blocksize = 2 : i64, mode = "DCR"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  %1 = "onnx.DepthToSpace"(%x) {blocksize = 2 : i64, mode = "CRD"} : (tensor<1x8x2x3xf32>) -> tensor<1x2x4x6xf32>
  %2 = "onnx.SpaceToDepth"(%y) {blocksize = 2 : i64} : (tensor<1x2x4x4xf32>) -> tensor<1x8x2x2xf32>
  %r = "onnx.Constant"() {value = dense<[2, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %3 = "onnx.Tile"(%v, %r) : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<6x4xf32>
  %sh = "onnx.Constant"() {value = dense<[3, 4]> : tensor<2xi64>} : () -> tensor<2xi64>
  %4 = "onnx.Expand"(%v, %sh) : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  %n = onnx.NoValue
  %5 = "onnx.Trilu"(%x, %n) {upper = 0 : i64} : (tensor<1x8x2x3xf32>, none) -> tensor<1x8x2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<1x2x4x6xf32>, tensor<1x2x4x6xf32>, tensor<1x8x2x2xf32>, tensor<6x4xf32>, tensor<3x4xf32>, tensor<1x8x2x3xf32>
}

// -----

// A k known only at run time is compared with the constant offsets j - i.
// CHECK-LABEL: func @trilu_runtime_k
// CHECK-DAG: %[[OFF:.*]] = tfl.const dense<{{\[\[}}0, 1, 2], [-1, 0, 1]]> : tensor<2x3xi64>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00> : tensor<f32>
// CHECK: %[[K:.*]] = tfl.reshape %arg1 : (tensor<1xi64>) -> tensor<i64>
// CHECK: %[[MASK:.*]] = tfl.greater_equal %[[OFF]], %[[K]] : (tensor<2x3xi64>, tensor<i64>) -> tensor<2x3xi1>
// CHECK: tfl.select_v2 %[[MASK]], %arg0, %[[ZERO]]
func.func @trilu_runtime_k(%x: tensor<2x3xf32>, %k: tensor<1xi64>) -> tensor<2x3xf32> {
  %0 = "onnx.Trilu"(%x, %k) {upper = 1 : i64} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @eye_like_size
// CHECK-DAG: %[[EYE:.*]] = tfl.const dense<{{\[\[}}0, 1, 0], [0, 0, 1]]> : tensor<2x3xi32>
// CHECK-DAG: %[[SIZE:.*]] = tfl.const dense<6> : tensor<i64>
// CHECK: return %[[EYE]], %[[SIZE]]
func.func @eye_like_size(%x: tensor<2x3xf32>) -> (tensor<2x3xi32>, tensor<i64>) {
  %0 = "onnx.EyeLike"(%x) {dtype = 6 : i64, k = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %1 = "onnx.Size"(%x) : (tensor<2x3xf32>) -> tensor<i64>
  return %0, %1 : tensor<2x3xi32>, tensor<i64>
}

// -----

// The depth is the result's; values[1] where the index hits, values[0] elsewhere.
// CHECK-LABEL: func @one_hot
// CHECK-DAG: %[[IOTA:.*]] = tfl.const dense<{{\[\[}}0, 1, 2, 3]]> : tensor<1x4xi64>
// CHECK-DAG: %[[DEPTH:.*]] = tfl.const dense<4> : tensor<i64>
// CHECK: %[[WRAP:.*]] = tfl.add %arg0, %[[DEPTH]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %{{.*}}, %[[WRAP]], %arg0
// CHECK: %[[COL:.*]] = tfl.reshape %[[IDX]] : (tensor<3xi64>) -> tensor<3x1xi64>
// CHECK: %[[HOT:.*]] = tfl.equal %[[COL]], %[[IOTA]] : (tensor<3x1xi64>, tensor<1x4xi64>) -> tensor<3x4xi1>
// CHECK: %[[OFF:.*]] = tfl.slice %arg2 {begin = array<i64: 0>, size = array<i64: 1>}
// CHECK: %[[OFFS:.*]] = tfl.reshape %[[OFF]] : (tensor<1xf32>) -> tensor<f32>
// CHECK: %[[ON:.*]] = tfl.slice %arg2 {begin = array<i64: 1>, size = array<i64: 1>}
// CHECK: %[[ONS:.*]] = tfl.reshape %[[ON]] : (tensor<1xf32>) -> tensor<f32>
// CHECK: tfl.select_v2 %[[HOT]], %[[ONS]], %[[OFFS]] : (tensor<3x4xi1>, tensor<f32>, tensor<f32>) -> tensor<3x4xf32>
func.func @one_hot(%i: tensor<3xi64>, %depth: tensor<f32>, %values: tensor<2xf32>) -> tensor<3x4xf32> {
  %0 = "onnx.OneHot"(%i, %depth, %values) : (tensor<3xi64>, tensor<f32>, tensor<2xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// Run-time repeats and shapes are what the static result says; run-time
// BatchNormalization statistics get the formula in the graph.
// CHECK-LABEL: func @runtime_shape_operands
// CHECK: %[[FILL:.*]] = tfl.const dense<2> : tensor<2x2xi32>
// CHECK: %[[EPS:.*]] = tfl.const dense<9.99999974E-6>
// CHECK: %[[TILE:.*]] = tfl.tile %arg0 {multiples = array<i64: 2, 3>} : (tensor<2x2xf32>) -> tensor<4x6xf32>
// CHECK: %[[V:.*]] = tfl.reshape %arg6 : (tensor<3xf32>) -> tensor<3x1x1xf32>
// CHECK: %[[VE:.*]] = tfl.add %[[V]], %[[EPS]]
// CHECK: %[[INV:.*]] = tfl.rsqrt %[[VE]]
// CHECK: %[[SC:.*]] = tfl.reshape %arg3
// CHECK: %[[S:.*]] = tfl.mul %[[SC]], %[[INV]]
// CHECK: %[[M:.*]] = tfl.reshape %arg5
// CHECK: %[[C:.*]] = tfl.sub %arg2, %[[M]]
// CHECK: %[[N:.*]] = tfl.mul %[[C]], %[[S]]
// CHECK: %[[B:.*]] = tfl.reshape %arg4
// CHECK: %[[Y:.*]] = tfl.add %[[N]], %[[B]]
// CHECK: return %[[TILE]], %[[Y]], %[[FILL]]
func.func @runtime_shape_operands(%x: tensor<2x2xf32>, %repeats: tensor<2xi64>, %img: tensor<1x3x2x2xf32>, %scale: tensor<3xf32>, %b: tensor<3xf32>, %mean: tensor<3xf32>, %var: tensor<3xf32>, %shape: tensor<2xi64>) -> (tensor<4x6xf32>, tensor<1x3x2x2xf32>, tensor<2x2xi32>) {
  %0 = "onnx.Tile"(%x, %repeats) : (tensor<2x2xf32>, tensor<2xi64>) -> tensor<4x6xf32>
  %1, %rm, %rv = "onnx.BatchNormalization"(%img, %scale, %b, %mean, %var) : (tensor<1x3x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<1x3x2x2xf32>, none, none)
  %2 = "onnx.ConstantOfShape"(%shape) {value = dense<2> : tensor<1xi32>} : (tensor<2xi64>) -> tensor<2x2xi32>
  return %0, %1, %2 : tensor<4x6xf32>, tensor<1x3x2x2xf32>, tensor<2x2xi32>
}

// -----

// ConstantOfShape of a shape known only at run time (zeros of a symbolic
// batch): TensorFlow's Fill of that shape with the value as a scalar.
// CHECK-LABEL: func @constant_of_runtime_shape
// CHECK: %[[V:.*]] = tfl.const dense<0.000000e+00> : tensor<f32>
// CHECK: %[[F:.*]] = tfl.fill %arg0, %[[V]] : (tensor<3xi64>, tensor<f32>) -> tensor<2x?x6xf32>
// CHECK: return %[[F]]
func.func @constant_of_runtime_shape(%shape: tensor<3xi64>) -> tensor<2x?x6xf32> {
  %0 = "onnx.ConstantOfShape"(%shape) {value = dense<0.0> : tensor<1xf32>} : (tensor<3xi64>) -> tensor<2x?x6xf32>
  return %0 : tensor<2x?x6xf32>
}

// -----

// Expand to a shape known only at run time: BroadcastTo the larger of x's
// dims and the shape, both aligned to the longer rank by leading ones (ONNX
// lets the shape hold 1 where x is larger; TensorFlow wants the result's
// dims). NonZero is the transpose of TensorFlow's Where.
// CHECK-LABEL: func @expand_runtime_and_nonzero
// CHECK: %[[ONES:.*]] = tfl.const dense<1> : tensor<1xi64>
// CHECK: %[[DIMS:.*]] = tfl.shape %arg0 : (tensor<?x4xf32>) -> tensor<2xi64>
// CHECK: %[[XD:.*]] = tfl.concatenation %[[ONES]], %[[DIMS]] {axis = 0 : i64} : (tensor<1xi64>, tensor<2xi64>) -> tensor<3xi64>
// CHECK: %[[T:.*]] = tfl.maximum %[[XD]], %arg1 : (tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
// CHECK: %[[E:.*]] = tfl.broadcast_to_dims %arg0, %[[T]] : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x?x4xf32>
// CHECK: %[[W:.*]] = tfl.where %arg2 : (tensor<2x3xi1>) -> tensor<?x2xi64>
// CHECK: %[[NZ:.*]] = tfl.transpose %[[W]], [1, 0] : (tensor<?x2xi64>) -> tensor<2x?xi64>
// CHECK: return %[[E]], %[[NZ]]
func.func @expand_runtime_and_nonzero(%x: tensor<?x4xf32>, %shape: tensor<3xi64>, %mask: tensor<2x3xi1>) -> (tensor<?x?x4xf32>, tensor<2x?xi64>) {
  %0 = "onnx.Expand"(%x, %shape) : (tensor<?x4xf32>, tensor<3xi64>) -> tensor<?x?x4xf32>
  %1 = "onnx.NonZero"(%mask) : (tensor<2x3xi1>) -> tensor<2x?xi64>
  return %0, %1 : tensor<?x?x4xf32>, tensor<2x?xi64>
}
