// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// MaxPool: explicit pads become padv2 with the lowest float, then VALID.
// (The NHWC transpose moves below the pad, whose pads move with it.)
// CHECK-LABEL: func @max_pool_explicit
func.func @max_pool_explicit(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32> {
  // CHECK: %[[P:.*]] = tfl.padv2 %arg0, [0, 0, 0, 0, 1, 1, 1, 1] {constant_value = -3.40282347E+38 : f32} : (tensor<1x2x8x8xf32>) -> tensor<1x2x10x10xf32>
  // CHECK: %[[T:.*]] = tfl.transpose %[[P]], [0, 2, 3, 1]
  // CHECK: %[[M:.*]] = tfl.max_pool_2d %[[T]] {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x10x10x2xf32>) -> tensor<1x4x4x2xf32>
  // CHECK: tfl.transpose %[[M]], [0, 3, 1, 2]
  %y, %i = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %y : tensor<1x2x4x4xf32>
}

// -----

// MaxPool without pads is VALID with no padv2; SAME_UPPER is SAME.
// CHECK-LABEL: func @max_pool_valid_same
func.func @max_pool_valid_same(%x: tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) {
  // CHECK-NOT: tfl.padv2
  // CHECK: tfl.max_pool_2d {{.*}} padding = "VALID"
  // CHECK: tfl.max_pool_2d {{.*}} padding = "SAME"
  %a, %i = "onnx.MaxPool"(%x) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  %b, %j = "onnx.MaxPool"(%x) {auto_pad = "SAME_UPPER", kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %a, %b : tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}

// -----

// GlobalAveragePool is a mean over NHWC axes 1, 2. On an NCHW argument the
// transpose into NHWC moves below the mean (axes 2, 3 of the argument), and
// Flatten of the [N, C, 1, 1] result needs none: no transpose is left.
// CHECK-LABEL: func @gap_flatten
func.func @gap_flatten(%x: tensor<?x4x7x7xf32>) -> tensor<?x4xf32> {
  // CHECK-NEXT: %[[M:.*]] = tfl.mean %arg0, [2, 3] {keep_dims = true} : (tensor<?x4x7x7xf32>) -> tensor<?x4x1x1xf32>
  // CHECK-NEXT: %[[R:.*]] = tfl.reshape %[[M]] : (tensor<?x4x1x1xf32>) -> tensor<?x4xf32>
  // CHECK-NEXT: return %[[R]]
  %g = "onnx.GlobalAveragePool"(%x) : (tensor<?x4x7x7xf32>) -> tensor<?x4x1x1xf32>
  %f = "onnx.Flatten"(%g) {axis = 1 : i64} : (tensor<?x4x1x1xf32>) -> tensor<?x4xf32>
  return %f : tensor<?x4xf32>
}

// -----

// Gemm with transB = 1 uses B as the [out, in] filter; transB = 0 transposes
// a constant B at compile time; 2-D MatMul has a zero bias.
// CHECK-LABEL: func @gemm
func.func @gemm(%a: tensor<?x3xf32>) -> (tensor<?x2xf32>, tensor<?x2xf32>, tensor<?x2xf32>) {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
  // CHECK-DAG: %[[WT:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 3.000000e+00, 5.000000e+00], [2.000000e+00, 4.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<[5.000000e-01, 1.500000e+00]> : tensor<2xf32>
  // CHECK-DAG: %[[Z:.*]] = tfl.const dense<0.000000e+00> : tensor<2xf32>
  // CHECK: tfl.fully_connected %arg0, %[[W]], %[[C]]
  // CHECK: tfl.fully_connected %arg0, %[[WT]], %[[C]]
  // CHECK: tfl.fully_connected %arg0, %[[WT]], %[[Z]]
  %w = "onnx.Constant"() {value = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
  %wt = "onnx.Constant"() {value = dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
  %c = "onnx.Constant"() {value = dense<[0.5, 1.5]> : tensor<2xf32>} : () -> tensor<2xf32>
  %0 = "onnx.Gemm"(%a, %w, %c) {transB = 1 : i64} : (tensor<?x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %1 = "onnx.Gemm"(%a, %wt, %c) : (tensor<?x3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %2 = "onnx.MatMul"(%a, %wt) : (tensor<?x3xf32>, tensor<3x2xf32>) -> tensor<?x2xf32>
  return %0, %1, %2 : tensor<?x2xf32>, tensor<?x2xf32>, tensor<?x2xf32>
}

// -----

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

// Clip(0, 6) is relu6, Clip(0) is relu; Sigmoid, Mul, Identity, Reshape and
// Concat map directly.
// CHECK-LABEL: func @simple_ops
func.func @simple_ops(%x: tensor<2x3xf32>, %s: tensor<2xi64>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x6xf32>) {
  // CHECK: %[[R6:.*]] = tfl.relu6 %arg0
  // CHECK: %[[R:.*]] = tfl.relu %arg0
  // CHECK: %[[L:.*]] = tfl.logistic %arg0
  // CHECK: %[[M:.*]] = tfl.mul %[[L]], %[[R]]
  // CHECK: %[[RS:.*]] = tfl.reshape %arg0 : (tensor<2x3xf32>) -> tensor<3x2xf32>
  // CHECK: %[[C:.*]] = tfl.concatenation %[[R6]], %arg0 {axis = 1 : i64}
  // CHECK: return %[[R6]], %[[M]], %arg0, %[[RS]], %[[C]]
  %zero = "onnx.Constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %six = "onnx.Constant"() {value = dense<6.0> : tensor<f32>} : () -> tensor<f32>
  %none = onnx.NoValue
  %0 = "onnx.Clip"(%x, %zero, %six) : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = "onnx.Clip"(%x, %zero, %none) : (tensor<2x3xf32>, tensor<f32>, none) -> tensor<2x3xf32>
  %2 = "onnx.Sigmoid"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "onnx.Mul"(%2, %1) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "onnx.Identity"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "onnx.Reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  %6 = "onnx.Concat"(%0, %x) {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0, %3, %4, %5, %6 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<2x6xf32>
}

// -----

// Depthwise conv (group == C): filter [C*M, 1, kh, kw] -> [kh, kw, C, M].
// CHECK-LABEL: func @depthwise
func.func @depthwise(%x: tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32> {
  // CHECK-DAG: %[[F:.*]] = tfl.const dense<{{.*}}> : tensor<1x1x2x2xf32>
  // CHECK: tfl.depthwise_conv_2d %{{.*}}, %[[F]], %{{.*}} {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  %w = "onnx.Constant"() {value = dense<[[[[1.0]]], [[[2.0]]], [[[3.0]]], [[[4.0]]]]> : tensor<4x1x1x1xf32>} : () -> tensor<4x1x1x1xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x2x4x4xf32>, tensor<4x1x1x1xf32>, none) -> tensor<1x4x4x4xf32>
  return %y : tensor<1x4x4x4xf32>
}

// -----

// Transposes sink through concatenation, remapping its axis.
// CHECK-LABEL: func @sink_concat
func.func @sink_concat(%x: tensor<1x4x4x2xf32>, %y: tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32> {
  // CHECK-NEXT: %[[C:.*]] = tfl.concatenation %arg0, %arg1 {axis = 3 : i64} : (tensor<1x4x4x2xf32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x5xf32>
  // CHECK-NEXT: return %[[C]]
  %a = tfl.transpose %x, [0, 3, 1, 2] : (tensor<1x4x4x2xf32>) -> tensor<1x2x4x4xf32>
  %b = tfl.transpose %y, [0, 3, 1, 2] : (tensor<1x4x4x3xf32>) -> tensor<1x3x4x4xf32>
  %c = tfl.concatenation %a, %b {axis = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<1x3x4x4xf32>) -> tensor<1x5x4x4xf32>
  %d = tfl.transpose %c, [0, 2, 3, 1] : (tensor<1x5x4x4xf32>) -> tensor<1x4x4x5xf32>
  return %d : tensor<1x4x4x5xf32>
}
