// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// NonMaxSuppressions left alone, each reported by name: a batch known only
// at run time (the pairs cannot be unrolled), thresholds of two elements,
// a result that is not [?, 3].
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: NonMaxSuppression x1: runtime_batch
// CHECK-NEXT: why: needs float32 boxes [B, N, 4] and scores [B, C, N] of static B and C
// CHECK: NonMaxSuppression x1: two_thresholds
// CHECK-NEXT: why: needs one-element limits and thresholds
// CHECK: NonMaxSuppression x1: wrong_result
// CHECK-NEXT: why: needs an int64 [?, 3] result
func.func @f(%b: tensor<?x6x4xf32>, %s: tensor<?x2x6xf32>, %boxes: tensor<1x6x4xf32>, %scores: tensor<1x2x6xf32>, %max: tensor<1xi64>, %two: tensor<2xf32>) -> (tensor<?x3xi64>, tensor<?x3xi64>, tensor<?x2xi64>) {
  %0 = "onnx.NonMaxSuppression"(%b, %s, %max, %two, %two) : (tensor<?x6x4xf32>, tensor<?x2x6xf32>, tensor<1xi64>, tensor<2xf32>, tensor<2xf32>) -> tensor<?x3xi64> loc("runtime_batch")
  %1 = "onnx.NonMaxSuppression"(%boxes, %scores, %max, %two, %two) : (tensor<1x6x4xf32>, tensor<1x2x6xf32>, tensor<1xi64>, tensor<2xf32>, tensor<2xf32>) -> tensor<?x3xi64> loc("two_thresholds")
  %none = onnx.NoValue
  %2 = "onnx.NonMaxSuppression"(%boxes, %scores, %max, %none, %none) : (tensor<1x6x4xf32>, tensor<1x2x6xf32>, tensor<1xi64>, none, none) -> tensor<?x2xi64> loc("wrong_result")
  return %0, %1, %2 : tensor<?x3xi64>, tensor<?x3xi64>, tensor<?x2xi64>
}
