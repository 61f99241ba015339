// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// NonMaxSuppressionV5 with T of the boxes, unpadded; the kept scores and
// their count are its outputs 1 and 2.
func.func @main(%boxes: tensor<6x4xf32> {onnx.name = "boxes"}, %scores: tensor<6xf32> {onnx.name = "scores"}, %max: tensor<i32> {onnx.name = "max"}, %iou: tensor<f32> {onnx.name = "iou"}, %threshold: tensor<f32> {onnx.name = "threshold"}, %sigma: tensor<f32> {onnx.name = "sigma"}) -> (tensor<?xi32> {onnx.name = "kept"}, tensor<?xf32> {onnx.name = "kept_scores"}, tensor<i32> {onnx.name = "count"}) {
  %kept, %keptScores, %count = tfl.non_max_suppression_v5 %boxes, %scores, %max, %iou, %threshold, %sigma : (tensor<6x4xf32>, tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?xi32>, tensor<?xf32>, tensor<i32>) loc("nms")
  return %kept, %keptScores, %count : tensor<?xi32>, tensor<?xf32>, tensor<i32>
}

// CHECK:      name: "nms"
// CHECK-NEXT: op: "NonMaxSuppressionV5"
// CHECK-NEXT: input: "boxes"
// CHECK-NEXT: input: "scores"
// CHECK-NEXT: input: "max"
// CHECK-NEXT: input: "iou"
// CHECK-NEXT: input: "threshold"
// CHECK-NEXT: input: "sigma"
// CHECK:      key: "T"
// CHECK-NEXT: value {
// CHECK-NEXT:   type: DT_FLOAT
// CHECK:      key: "pad_to_max_output_size"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: false
// CHECK:      name: "kept_scores"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "nms:1"
// CHECK:      name: "count"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "nms:2"
