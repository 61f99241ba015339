// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Per batch and class (1 x 2 here), TensorFlow's NonMaxSuppressionV5 of
// the batch's boxes and the class's scores; its kept indices become rows
// [b, c, index] (the pair broadcast to the count kept), all concatenated.
// CHECK-LABEL: func @two_classes
// CHECK-COUNT-2: tfl.non_max_suppression_v5 %{{.*}} : (tensor<6x4xf32>, tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?xi32>, tensor<?xf32>, tensor<i32>)
// CHECK: %[[ROWS:.*]] = tfl.concatenation %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<?x3xi64>, tensor<?x3xi64>) -> tensor<?x3xi64>
// CHECK: return %[[ROWS]]
func.func @two_classes(%boxes: tensor<1x6x4xf32>, %scores: tensor<1x2x6xf32>, %max: tensor<1xi64>, %iou: tensor<1xf32>, %threshold: tensor<1xf32>) -> tensor<?x3xi64> {
  %0 = "onnx.NonMaxSuppression"(%boxes, %scores, %max, %iou, %threshold) : (tensor<1x6x4xf32>, tensor<1x2x6xf32>, tensor<1xi64>, tensor<1xf32>, tensor<1xf32>) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}

// -----

// One pair: [0, 0] broadcast to [count, 2] beside the int64 indices. Boxes
// given as [xc, yc, w, h] become corners [yc - h/2, xc - w/2, yc + h/2,
// xc + w/2]; absent thresholds take ONNX's defaults (IoU 0, no score
// threshold: -inf).
// CHECK-LABEL: func @center_boxes
// CHECK-DAG: %[[PAIR:.*]] = tfl.const dense<0> : tensor<1x2xi64>
// CHECK-DAG: %[[NOSCORE:.*]] = tfl.const dense<0xFF800000> : tensor<f32>
// CHECK: %[[CORNERS:.*]] = tfl.concatenation %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {axis = 2 : i64} : (tensor<1x3x1xf32>, tensor<1x3x1xf32>, tensor<1x3x1xf32>, tensor<1x3x1xf32>) -> tensor<1x3x4xf32>
// CHECK: %[[KEPT:.*]], %{{.*}}, %{{.*}} = tfl.non_max_suppression_v5 %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[NOSCORE]], %{{.*}}
// CHECK: %[[I64:.*]] = tfl.cast %[[KEPT]] : (tensor<?xi32>) -> tensor<?xi64>
// CHECK: %[[COL:.*]] = tfl.reshape %[[I64]] : (tensor<?xi64>) -> tensor<?x1xi64>
// CHECK: %[[N:.*]] = tfl.shape %[[KEPT]] : (tensor<?xi32>) -> tensor<1xi64>
// CHECK: %[[DIMS:.*]] = tfl.concatenation %[[N]], %{{.*}} {axis = 0 : i64}
// CHECK: %[[PREFIX:.*]] = tfl.broadcast_to_dims %[[PAIR]], %[[DIMS]] : (tensor<1x2xi64>, tensor<2xi64>) -> tensor<?x2xi64>
// CHECK: tfl.concatenation %[[PREFIX]], %[[COL]] {axis = 1 : i64} : (tensor<?x2xi64>, tensor<?x1xi64>) -> tensor<?x3xi64>
func.func @center_boxes(%boxes: tensor<1x3x4xf32>, %scores: tensor<1x1x3xf32>, %max: tensor<1xi64>) -> tensor<?x3xi64> {
  %none = onnx.NoValue
  %0 = "onnx.NonMaxSuppression"(%boxes, %scores, %max, %none, %none) {center_point_box = 1 : i64} : (tensor<1x3x4xf32>, tensor<1x1x3xf32>, tensor<1xi64>, none, none) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}
