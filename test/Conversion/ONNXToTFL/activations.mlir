// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// HardSigmoid(alpha, beta) = relu6(6 alpha x + 6 beta) / 6;
// HardSwish is tfl.hard_swish.
// CHECK-LABEL: func @hard_activations
func.func @hard_activations(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK-DAG: %[[A:.*]] = tfl.const dense<1.200000e+00> : tensor<f32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<3.000000e+00> : tensor<f32>
  // CHECK-DAG: %[[S:.*]] = tfl.const dense<0.166666672> : tensor<f32>
  // CHECK: %[[M:.*]] = tfl.mul %arg0, %[[A]]
  // CHECK: %[[P:.*]] = tfl.add %[[M]], %[[B]]
  // CHECK: %[[R:.*]] = tfl.relu6 %[[P]]
  // CHECK: %[[HS:.*]] = tfl.mul %[[R]], %[[S]]
  // CHECK: %[[SW:.*]] = tfl.hard_swish %arg0
  // CHECK: return %[[HS]], %[[SW]]
  %0 = "onnx.HardSigmoid"(%x) {alpha = 0.2 : f32, beta = 0.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "onnx.HardSwish"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
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

// -----

// CHECK-LABEL: func @selu_constants
// CHECK: %[[GAMMA:.*]] = tfl.const dense<3.000000e+00>
// CHECK: %[[ELU:.*]] = tfl.select_v2
// CHECK: tfl.mul %[[ELU]], %[[GAMMA]]
func.func @selu_constants(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Selu"(%x) {alpha = 2.0 : f32, gamma = 3.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

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

// -----

// CHECK-LABEL: func @thresholded_relu
// CHECK-DAG: %[[ALPHA:.*]] = tfl.const dense<5.000000e-01>
// CHECK-DAG: %[[ZERO:.*]] = tfl.const dense<0.000000e+00>
// CHECK: %[[ABOVE:.*]] = tfl.greater %arg0, %[[ALPHA]]
// CHECK: tfl.select_v2 %[[ABOVE]], %arg0, %[[ZERO]]
func.func @thresholded_relu(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.ThresholdedRelu"(%x) {alpha = 0.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func @softsign
// CHECK: %[[ABS:.*]] = tfl.abs %arg0
// CHECK: %[[DEN:.*]] = tfl.add %[[ABS]]
// CHECK: tfl.div %arg0, %[[DEN]]
func.func @softsign(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Softsign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

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

// -----

// CHECK-LABEL: func @is_positive_inf
// CHECK: %[[INF:.*]] = tfl.const dense<0x7F800000> : tensor<f32>
// CHECK: tfl.equal %arg0, %[[INF]]
func.func @is_positive_inf(%x: tensor<2x3xf32>) -> tensor<2x3xi1> {
  %0 = "onnx.IsInf"(%x) {detect_negative = 0 : i64, detect_positive = 1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1>
  return %0 : tensor<2x3xi1>
}

// -----

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

// Softmax and LogSoftmax over a middle axis: swapped with the last one.
// CHECK-LABEL: func @softmax_axis
// CHECK: %[[T:.*]] = tfl.transpose %arg0, [0, 2, 1] : (tensor<2x3x4xf32>) -> tensor<2x4x3xf32>
// CHECK: %[[S:.*]] = tfl.softmax %[[T]]
// CHECK: tfl.transpose %[[S]], [0, 2, 1]
// CHECK: tfl.log_softmax %arg0 : tensor<2x3x4xf32>
func.func @softmax_axis(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %0 = "onnx.Softmax"(%x) {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %1 = "onnx.LogSoftmax"(%x) {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func @softplus
// CHECK: tfl.softplus %arg0
func.func @softplus(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = "onnx.Softplus"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
