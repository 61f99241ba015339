// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// BatchNormalization: y = x * s + t, s = scale / sqrt(var + eps),
// t = B - mean * s; here s = [2, 0.5], t = [1 - 2*2, 0 - 1*0.5], shaped
// [1, C, 1, 1] to broadcast over NCHW.
// CHECK-LABEL: func @batchnorm
func.func @batchnorm(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  // CHECK-DAG: %[[S:.*]] = tfl.const dense<{{\[\[\[\[}}2.000000e+00]], {{\[\[}}5.000000e-01]]]]> : tensor<1x2x1x1xf32>
  // CHECK-DAG: %[[T:.*]] = tfl.const dense<{{\[\[\[\[}}-3.000000e+00]], {{\[\[}}-5.000000e-01]]]]> : tensor<1x2x1x1xf32>
  // CHECK: %[[M:.*]] = tfl.mul %arg0, %[[S]]
  // CHECK: %[[A:.*]] = tfl.add %[[M]], %[[T]]
  // CHECK: return %[[A]]
  %scale = "onnx.Constant"() {value = dense<[4.0, 1.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %b = "onnx.Constant"() {value = dense<[1.0, 0.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %mean = "onnx.Constant"() {value = dense<[2.0, 1.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %var = "onnx.Constant"() {value = dense<[4.0, 4.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %y, %rm, %rv = "onnx.BatchNormalization"(%x, %scale, %b, %mean, %var) {epsilon = 0.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x3x3xf32>, none, none)
  return %y : tensor<1x2x3x3xf32>
}

// -----

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

// -----

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

// -----

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

// LpNormalization: x / sqrt(sum x^2) over the last axis (ONNX's defaults,
// p = 2), x / sum |x| over axis 1 for p = 1; the sums keep the axis.
// CHECK-LABEL: func @lp_normalization
// CHECK: %[[SQ:.*]] = tfl.square %arg0
// CHECK: %[[SS:.*]] = tfl.sum %[[SQ]], [2] {keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
// CHECK: %[[NORM:.*]] = tfl.sqrt %[[SS]]
// CHECK: %[[L2:.*]] = tfl.div %arg0, %[[NORM]]
// CHECK: %[[ABS:.*]] = tfl.abs %arg0
// CHECK: %[[SA:.*]] = tfl.sum %[[ABS]], [1] {keep_dims = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
// CHECK: %[[L1:.*]] = tfl.div %arg0, %[[SA]]
// CHECK: return %[[L2]], %[[L1]]
func.func @lp_normalization(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = "onnx.LpNormalization"(%x) : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = "onnx.LpNormalization"(%x) {axis = 1 : i64, p = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<2x3x4xf32>, tensor<2x3x4xf32>
}
