// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Normalizations standardize over kept axes: mean, centered, variance.
// CHECK-LABEL: func @layer_norm
// CHECK: %[[EPS:.*]] = tfl.const dense<9.99999974E-6> : tensor<f32>
// CHECK: %[[MEAN:.*]] = tfl.mean %arg0, [2] {keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
// CHECK: %[[D:.*]] = tfl.sub %arg0, %[[MEAN]]
// CHECK: %[[SQ:.*]] = tfl.mul %[[D]], %[[D]]
// CHECK: %[[VAR:.*]] = tfl.mean %[[SQ]], [2] {keep_dims = true}
// CHECK: %[[VE:.*]] = tfl.add %[[VAR]], %[[EPS]]
// CHECK: %[[INV:.*]] = tfl.rsqrt %[[VE]] : tensor<2x3x1xf32>
// CHECK: %[[N:.*]] = tfl.mul %[[D]], %[[INV]]
// CHECK: %[[S:.*]] = tfl.mul %[[N]], %arg1 : (tensor<2x3x4xf32>, tensor<4xf32>)
// CHECK: %[[Y:.*]] = tfl.add %[[S]], %arg2
// CHECK: return %[[Y]], %[[MEAN]], %[[INV]]
func.func @layer_norm(%x: tensor<2x3x4xf32>, %s: tensor<4xf32>, %b: tensor<4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>) {
  %y, %m, %i = "onnx.LayerNormalization"(%x, %s, %b) {axis = -1 : i64, epsilon = 1.0e-5 : f32} : (tensor<2x3x4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>)
  return %y, %m, %i : tensor<2x3x4xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>
}

// Over the spatial axes, with scale and B reshaped to [C, 1, 1].
// CHECK-LABEL: func @instance_norm
// CHECK: tfl.mean %arg0, [2, 3] {keep_dims = true} : (tensor<2x3x4x5xf32>) -> tensor<2x3x1x1xf32>
// CHECK: %[[SC:.*]] = tfl.reshape %arg1 : (tensor<3xf32>) -> tensor<3x1x1xf32>
// CHECK: tfl.mul %{{.*}}, %[[SC]]
// CHECK: %[[B:.*]] = tfl.reshape %arg2 : (tensor<3xf32>) -> tensor<3x1x1xf32>
// CHECK: tfl.add %{{.*}}, %[[B]]
func.func @instance_norm(%x: tensor<2x3x4x5xf32>, %s: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<2x3x4x5xf32> {
  %y = "onnx.InstanceNormalization"(%x, %s, %b) {epsilon = 1.0e-5 : f32} : (tensor<2x3x4x5xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<2x3x4x5xf32>
  return %y : tensor<2x3x4x5xf32>
}

// CHECK-LABEL: func @mvn
// CHECK: %[[EPS:.*]] = tfl.const dense<9.99999971E-10>
// CHECK: tfl.mean %arg0, [0, 2, 3] {keep_dims = true} : (tensor<2x3x4x5xf32>) -> tensor<1x3x1x1xf32>
// CHECK: %[[STD:.*]] = tfl.sqrt
// CHECK: %[[DEN:.*]] = tfl.add %[[STD]], %[[EPS]]
// CHECK: tfl.div %{{.*}}, %[[DEN]]
func.func @mvn(%x: tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32> {
  %y = "onnx.MeanVarianceNormalization"(%x) {axes = array<i64: 0, 2, 3>} : (tensor<2x3x4x5xf32>) -> tensor<2x3x4x5xf32>
  return %y : tensor<2x3x4x5xf32>
}

// -----

// CHECK-LABEL: func @elu_alpha
// CHECK-DAG: %[[ONE:.*]] = tfl.const dense<1.000000e+00>
// CHECK-DAG: %[[ALPHA:.*]] = tfl.const dense<2.000000e+00>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00>
// CHECK: %[[POS:.*]] = tfl.greater %arg0, %[[ZERO]]
// CHECK: %[[E:.*]] = tfl.exp %arg0
// CHECK: %[[EM1:.*]] = tfl.sub %[[E]], %[[ONE]]
// CHECK: %[[NEG:.*]] = tfl.mul %[[EM1]], %[[ALPHA]]
// CHECK: tfl.select_v2 %[[POS]], %arg0, %[[NEG]]
func.func @elu_alpha(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Elu"(%x) {alpha = 2.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @selu_constants
// CHECK: %[[GAMMA:.*]] = tfl.const dense<3.000000e+00>
// CHECK: %[[ELU:.*]] = tfl.select_v2
// CHECK: tfl.mul %[[ELU]], %[[GAMMA]]
func.func @selu_constants(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Selu"(%x) {alpha = 2.0 : f32, gamma = 3.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @celu
// CHECK-DAG: %[[INV_ALPHA:.*]] = tfl.const dense<5.000000e-01>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00>
// CHECK: %[[SCALED:.*]] = tfl.mul %arg0, %[[INV_ALPHA]]
// CHECK: tfl.exp %[[SCALED]]
// CHECK: %[[POS:.*]] = tfl.maximum %arg0, %[[ZERO]]
// CHECK: %[[NEG:.*]] = tfl.minimum %{{.*}}, %[[ZERO]]
// CHECK: tfl.add %[[POS]], %[[NEG]]
func.func @celu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Celu"(%x) {alpha = 2.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @thresholded_relu
// CHECK-DAG: %[[ALPHA:.*]] = tfl.const dense<5.000000e-01>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00>
// CHECK: %[[ABOVE:.*]] = tfl.greater %arg0, %[[ALPHA]]
// CHECK: tfl.select_v2 %[[ABOVE]], %arg0, %[[ZERO]]
func.func @thresholded_relu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.ThresholdedRelu"(%x) {alpha = 0.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @softsign
// CHECK: %[[ABS:.*]] = tfl.abs %arg0
// CHECK: %[[DEN:.*]] = tfl.add %[[ABS]]
// CHECK: tfl.div %arg0, %[[DEN]]
func.func @softsign(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Softsign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @shrink
// CHECK-DAG: %[[MLAMBD:.*]] = tfl.const dense<-5.000000e-01>
// CHECK-DAG: %[[BIAS:.*]] = tfl.const dense<2.500000e-01>
// CHECK-DAG: %[[LAMBD:.*]] = tfl.const dense<5.000000e-01>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00>
// CHECK: %[[ABOVE:.*]] = tfl.greater %arg0, %[[LAMBD]]
// CHECK: %[[DOWN:.*]] = tfl.sub %arg0, %[[BIAS]]
// CHECK: %[[UPPER:.*]] = tfl.select_v2 %[[ABOVE]], %[[DOWN]], %[[ZERO]]
// CHECK: %[[BELOW:.*]] = tfl.less %arg0, %[[MLAMBD]]
// CHECK: %[[UP:.*]] = tfl.add %arg0, %[[BIAS]]
// CHECK: tfl.select_v2 %[[BELOW]], %[[UP]], %[[UPPER]]
func.func @shrink(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Shrink"(%x) {bias = 0.25 : f32, lambd = 0.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func @is_positive_inf
// CHECK: %[[INF:.*]] = tfl.const dense<0x7F800000> : tensor<f32>
// CHECK: tfl.equal %arg0, %[[INF]]
func.func @is_positive_inf(%x: tensor<2x3xf32>) -> tensor<2x3xi1> {
  %0 = "onnx.IsInf"(%x) {detect_negative = 0 : i64, detect_positive = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// CHECK-LABEL: func @hardmax
// CHECK: %[[IOTA:.*]] = tfl.const dense<{{\[}}[0], [1]]> : tensor<2x1xi32>
// CHECK: %[[ARG:.*]] = tfl.arg_max %arg0 {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<3xi32>
// CHECK: %[[KEPT:.*]] = tfl.reshape %[[ARG]] : (tensor<3xi32>) -> tensor<1x3xi32>
// CHECK: %[[HOT:.*]] = tfl.equal %[[KEPT]], %[[IOTA]]
// CHECK: tfl.cast %[[HOT]] : (tensor<2x3xi1>) -> tensor<2x3xf32>
func.func @hardmax(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Hardmax"(%x) {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// The last maximum: the first of the data reversed, counted from the end.
// CHECK-LABEL: func @arg_max_last
// CHECK-DAG: %[[LAST:.*]] = tfl.const dense<1> : tensor<i64>
// CHECK-DAG: %[[REV:.*]] = tfl.const dense<[1, 0]> : tensor<2xi32>
// CHECK: %[[G:.*]] = tfl.gather %arg0, %[[REV]] {axis = 0 : i64}
// CHECK: %[[A:.*]] = tfl.arg_max %[[G]] {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<3xi64>
// CHECK: %[[I:.*]] = tfl.sub %[[LAST]], %[[A]]
// CHECK: tfl.reshape %[[I]] : (tensor<3xi64>) -> tensor<1x3xi64>
func.func @arg_max_last(%x: tensor<2x3xf32>) -> tensor<1x3xi64> {
  %0 = "onnx.ArgMax"(%x) {axis = 0 : i64, keepdims = 1 : i64, select_last_index = 1 : i64} : (tensor<2x3xf32>) -> tensor<1x3xi64>
  return %0 : tensor<1x3xi64>
}

// -----

// A one-hot mask over C picks the target's entry; weights are picked the
// same way and zeroed at ignore_index; mean divides by their sum.
// CHECK-LABEL: func @nll
// CHECK-DAG: %[[II:.*]] = tfl.const dense<1> : tensor<i64>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00> : tensor<f32>
// CHECK-DAG: %[[IOTA:.*]] = tfl.const dense<{{\[\[\[}}0], [1], [2]]]> : tensor<1x3x1xi64>
// CHECK: %[[T:.*]] = tfl.reshape %arg1 : (tensor<2x4xi64>) -> tensor<2x1x4xi64>
// CHECK: %[[MASK:.*]] = tfl.equal %[[T]], %[[IOTA]] : (tensor<2x1x4xi64>, tensor<1x3x1xi64>) -> tensor<2x3x4xi1>
// CHECK: %[[SEL:.*]] = tfl.select_v2 %[[MASK]], %arg0, %[[ZERO]]
// CHECK: %[[SUM:.*]] = tfl.sum %[[SEL]], [1] {keep_dims = true}
// CHECK: %[[PICK:.*]] = tfl.reshape %[[SUM]] : (tensor<2x1x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[LOSS:.*]] = tfl.sub %[[ZERO]], %[[PICK]]
// CHECK: %[[WC:.*]] = tfl.reshape %arg2 : (tensor<3xf32>) -> tensor<1x3x1xf32>
// CHECK: tfl.select_v2 %[[MASK]], %[[WC]], %[[ZERO]]
// CHECK: %[[KEEP:.*]] = tfl.not_equal %arg1, %[[II]]
// CHECK: %[[KEEPF:.*]] = tfl.cast %[[KEEP]] : (tensor<2x4xi1>) -> tensor<2x4xf32>
// CHECK: %[[W:.*]] = tfl.mul %{{.*}}, %[[KEEPF]]
// CHECK: %[[WL:.*]] = tfl.mul %[[LOSS]], %[[W]]
// CHECK: %[[TOTAL:.*]] = tfl.sum %[[WL]], [0, 1] {keep_dims = false} : (tensor<2x4xf32>) -> tensor<f32>
// CHECK: %[[COUNT:.*]] = tfl.sum %[[W]], [0, 1] {keep_dims = false}
// CHECK: tfl.div %[[TOTAL]], %[[COUNT]]
func.func @nll(%x: tensor<2x3x4xf32>, %t: tensor<2x4xi64>, %w: tensor<3xf32>) -> tensor<f32> {
  %0 = "onnx.NegativeLogLikelihoodLoss"(%x, %t, %w) {ignore_index = 1 : i64, reduction = "mean"} : (tensor<2x3x4xf32>, tensor<2x4xi64>, tensor<3xf32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// The loss of log_softmax over C, which is also returned.
// CHECK-LABEL: func @sce
// CHECK: %[[MAX:.*]] = tfl.reduce_max %arg0, [1] {keep_dims = true}
// CHECK: %[[SH:.*]] = tfl.sub %arg0, %[[MAX]]
// CHECK: %[[EXP:.*]] = tfl.exp %[[SH]]
// CHECK: %[[SUM:.*]] = tfl.sum %[[EXP]], [1] {keep_dims = true}
// CHECK: %[[LOG:.*]] = tfl.log %[[SUM]]
// CHECK: %[[LP:.*]] = tfl.sub %[[SH]], %[[LOG]]
// CHECK: tfl.select_v2 %{{.*}}, %[[LP]]
// CHECK: %[[LOSS:.*]] = tfl.sub
// CHECK: return %[[LOSS]], %[[LP]]
func.func @sce(%x: tensor<2x3xf32>, %t: tensor<2xi64>) -> (tensor<2xf32>, tensor<2x3xf32>) {
  %none = onnx.NoValue
  %0, %1 = "onnx.SoftmaxCrossEntropyLoss"(%x, %t, %none) {reduction = "none"} : (tensor<2x3xf32>, tensor<2xi64>, none) -> (tensor<2xf32>, tensor<2x3xf32>)
  return %0, %1 : tensor<2xf32>, tensor<2x3xf32>
}

// -----

// Data sliced to the indices' rows, a one-hot mask over the axis, a sum.
// CHECK-LABEL: func @gather_elements
// CHECK-DAG: %[[N:.*]] = tfl.const dense<4> : tensor<i64>
// CHECK-DAG: %[[IOTA:.*]] = tfl.const dense<{{\[\[\[}}0, 1, 2, 3]]]> : tensor<1x1x4xi64>
// CHECK: %[[SL:.*]] = tfl.slice %arg0 {begin = array<i64: 0, 0>, size = array<i64: 2, 4>} : (tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[DATA:.*]] = tfl.reshape %[[SL]] : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[NEG:.*]] = tfl.less %arg1
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[N]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %[[NEG]], %[[WRAP]], %arg1
// CHECK: %[[IDX3:.*]] = tfl.reshape %[[IDX]] : (tensor<2x4xi64>) -> tensor<2x4x1xi64>
// CHECK: %[[HOT:.*]] = tfl.equal %[[IDX3]], %[[IOTA]] : {{.*}} -> tensor<2x4x4xi1>
// CHECK: %[[SEL:.*]] = tfl.select_v2 %[[HOT]], %[[DATA]]
// CHECK: %[[SUM:.*]] = tfl.sum %[[SEL]], [2] {keep_dims = true}
// CHECK: tfl.reshape %[[SUM]] : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
func.func @gather_elements(%x: tensor<3x4xf32>, %i: tensor<2x4xi64>) -> tensor<2x4xf32> {
  %0 = "onnx.GatherElements"(%x, %i) {axis = 1 : i64} : (tensor<3x4xf32>, tensor<2x4xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// CHECK-LABEL: func @gather_nd
// CHECK: %[[DIMS:.*]] = tfl.const dense<[3, 4]> : tensor<2xi64>
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[DIMS]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %{{.*}}, %[[WRAP]], %arg1
// CHECK: tfl.gather_nd %arg0, %[[IDX]] : (tensor<3x4x5xf32>, tensor<2x2xi64>) -> tensor<2x5xf32>
func.func @gather_nd(%x: tensor<3x4x5xf32>, %i: tensor<2x2xi64>) -> tensor<2x5xf32> {
  %0 = "onnx.GatherND"(%x, %i) : (tensor<3x4x5xf32>, tensor<2x2xi64>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// CHECK-LABEL: func @cast_like
// CHECK: tfl.cast %arg0 : (tensor<2x3xf32>) -> tensor<2x3xi32>
func.func @cast_like(%x: tensor<2x3xf32>, %l: tensor<1xi32>) -> tensor<2x3xi32> {
  %0 = "onnx.CastLike"(%x, %l) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// fmod(a, b) = a - floor(|a| / |b|) * sign(a) * sign(b) * b.
// CHECK-LABEL: func @fmod
// CHECK: %[[AA:.*]] = tfl.abs %arg0
// CHECK: %[[AB:.*]] = tfl.abs %arg1
// CHECK: %[[FLOOR:.*]] = tfl.floor_div %[[AA]], %[[AB]]
// CHECK: %[[SA:.*]] = tfl.sign %arg0
// CHECK: %[[SB:.*]] = tfl.sign %arg1
// CHECK: %[[SIGN:.*]] = tfl.mul %[[SA]], %[[SB]]
// CHECK: %[[Q:.*]] = tfl.mul %[[FLOOR]], %[[SIGN]]
// CHECK: %[[QB:.*]] = tfl.mul %[[Q]], %arg1
// CHECK: tfl.sub %arg0, %[[QB]]
func.func @fmod(%a: tensor<2x3xi32>, %b: tensor<2x3xi32>) -> tensor<2x3xi32> {
  %0 = "onnx.Mod"(%a, %b) {fmod = 1 : i64} : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// Integer types beyond i32/i64.
// CHECK-LABEL: func @max_i8
// CHECK: tfl.maximum %arg0, %arg1 : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
func.func @max_i8(%a: tensor<3xi8>, %b: tensor<3xi8>) -> tensor<3xi8> {
  %0 = "onnx.Max"(%a, %b) : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
  return %0 : tensor<3xi8>
}

// -----

// ONNX's default constants map to the TensorFlow ops, not decompositions.
// CHECK-LABEL: func @defaults
// CHECK-NEXT: %[[E:.*]] = tfl.elu %arg0
// CHECK-NEXT: %[[S:.*]] = tfl.selu %arg0
// CHECK-NEXT: %[[I:.*]] = tfl.is_inf %arg0
// CHECK-NEXT: return %[[E]], %[[S]], %[[I]]
func.func @defaults(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>) {
  %0 = "onnx.Elu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.Selu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "onnx.IsInf"(%x) : (tensor<2x3xf32>) -> tensor<2x3xi1>
  return %0, %1, %2 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>
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

// Dropout in inference is its input; its mask keeps everything.
// CHECK-LABEL: func @dropout_mask
// CHECK: %[[MASK:.*]] = tfl.const dense<true> : tensor<2x3xi1>
// CHECK: return %arg0, %[[MASK]]
func.func @dropout_mask(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xi1>) {
  %none = onnx.NoValue
  %0, %1 = "onnx.Dropout"(%x, %none, %none) : (tensor<2x3xf32>, none, none) -> (tensor<2x3xf32>, tensor<2x3xi1>)
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xi1>
}

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

// CHECK-LABEL: func @scatter_nd
// CHECK: %[[DIMS:.*]] = tfl.const dense<4> : tensor<1xi64>
// CHECK: %[[WRAP:.*]] = tfl.add %arg1, %[[DIMS]]
// CHECK: %[[IDX:.*]] = tfl.select_v2 %{{.*}}, %[[WRAP]], %arg1
// CHECK: tfl.tensor_scatter_update %arg0, %[[IDX]], %arg2 : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
func.func @scatter_nd(%x: tensor<4x3xf32>, %i: tensor<2x1xi64>, %u: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %0 = "onnx.ScatterND"(%x, %i, %u) : (tensor<4x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// Each index completed to its element's coordinates, the axis one replaced.
// CHECK-LABEL: func @scatter_elements
// CHECK-DAG: %[[POS:.*]] = tfl.const dense<{{\[\[\[}}0, 0], [0, 1]]]> : tensor<1x2x2xi64>
// CHECK-DAG: %[[AXIS:.*]] = tfl.const dense<[false, true]> : tensor<2xi1>
// CHECK: %[[IDX:.*]] = tfl.reshape %{{.*}} : (tensor<1x2xi64>) -> tensor<1x2x1xi64>
// CHECK: %[[COORDS:.*]] = tfl.select_v2 %[[AXIS]], %[[IDX]], %[[POS]] : {{.*}} -> tensor<1x2x2xi64>
// CHECK: tfl.tensor_scatter_update %arg0, %[[COORDS]], %arg2
func.func @scatter_elements(%x: tensor<2x3xf32>, %i: tensor<1x2xi64>, %u: tensor<1x2xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.ScatterElements"(%x, %i, %u) {axis = 1 : i64} : (tensor<2x3xf32>, tensor<1x2xi64>, tensor<1x2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Axes known at run time: TensorFlow's Sum takes them as a tensor.
// CHECK-LABEL: func @reduce_sum_runtime_axes
// CHECK: tfl.sum_by_operand %arg0, %arg1 {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
func.func @reduce_sum_runtime_axes(%x: tensor<2x3xf32>, %axes: tensor<1xi64>) -> tensor<2x1xf32> {
  %0 = "onnx.ReduceSum"(%x, %axes) : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// An empty axes list with noop_with_empty_axes is the identity.
// CHECK-LABEL: func @reduce_sum_noop
// CHECK-NEXT: return %arg0
func.func @reduce_sum_noop(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %none = onnx.NoValue
  %0 = "onnx.ReduceSum"(%x, %none) {noop_with_empty_axes = 1 : i64} : (tensor<2x3xf32>, none) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
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

// Training-mode exports with ratio 0 give an unused mask: no value is needed.
// CHECK-LABEL: func @dropout_unused_mask
// CHECK-NEXT: return %arg0
func.func @dropout_unused_mask(%x: tensor<?x3xf32>) -> tensor<?x3xf32> {
  %ratio = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %train = "onnx.Constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
  %0, %1 = "onnx.Dropout"(%x, %ratio, %train) : (tensor<?x3xf32>, tensor<f32>, tensor<i1>) -> (tensor<?x3xf32>, tensor<?x3xi1>)
  return %0 : tensor<?x3xf32>
}

// -----

// Einsum keeps its explicit equation and gets one made for the implicit
// form (labels seen once, alphabetically); Range maps one to one.
// CHECK-LABEL: func @einsum_range
// CHECK: tfl.einsum %arg0, %arg1 {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK: tfl.einsum %arg2, %arg2 {equation = "i,i->"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
// CHECK: tfl.range %arg3, %arg4, %arg5 : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2xi32>
func.func @einsum_range(%a: tensor<2x3xf32>, %b: tensor<3x4xf32>, %v: tensor<3xf32>, %s: tensor<i32>, %l: tensor<i32>, %d: tensor<i32>) -> (tensor<2x4xf32>, tensor<f32>, tensor<2xi32>) {
  %0 = "onnx.Einsum"(%a, %b) {equation = "ij,jk->ik"} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = "onnx.Einsum"(%v, %v) {equation = "i,i"} : (tensor<3xf32>, tensor<3xf32>) -> tensor<f32>
  %2 = "onnx.Range"(%s, %l, %d) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<2xi32>
  return %0, %1, %2 : tensor<2x4xf32>, tensor<f32>, tensor<2xi32>
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
