// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

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

// -----

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
