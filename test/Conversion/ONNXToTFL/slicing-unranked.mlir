// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s

// A Slice whose result ONNX's inference left unranked (inside a loop body,
// its starts computed from the iteration): sliced at run time, the result
// of the input's rank.
// CHECK-LABEL: func @unranked_result
// CHECK: %[[S:.*]] = tfl.strided_slice_by %arg0, %{{.*}}, %{{.*}}, %{{.*}} : (tensor<5xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
// CHECK: tfl.add %arg3, %[[S]] : (tensor<1xf32>, tensor<?xf32>) -> tensor<1xf32>
func.func @unranked_result(%x: tensor<5xf32>, %start: tensor<1xi64>, %end: tensor<1xi64>, %y: tensor<1xf32>) -> tensor<1xf32> {
  %none = onnx.NoValue
  %s = "onnx.Slice"(%x, %start, %end, %none, %none) : (tensor<5xf32>, tensor<1xi64>, tensor<1xi64>, none, none) -> tensor<*xf32>
  %r = "onnx.Add"(%y, %s) : (tensor<1xf32>, tensor<*xf32>) -> tensor<1xf32>
  return %r : tensor<1xf32>
}
