// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// CHECK-LABEL: func @relu_add
func.func @relu_add(%a: tensor<1x3xf32>, %b: tensor<3xf32>) -> tensor<1x3xf32> {
  // CHECK: %[[S:.*]] = tfl.add %arg0, %arg1 : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  // CHECK: tfl.relu %[[S]] : tensor<1x3xf32>
  // CHECK-NOT: onnx.
  %0 = "onnx.Add"(%a, %b) : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %1 = "onnx.Relu"(%0) : (tensor<1x3xf32>) -> tensor<1x3xf32>
  return %1 : tensor<1x3xf32>
}

// -----

// Integer Add lowers too; Relu on integers has no tfl.relu and must not fire.
// CHECK-LABEL: func @int_add
func.func @int_add(%a: tensor<4xi32>) -> tensor<4xi32> {
  // CHECK: tfl.add %arg0, %arg0 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %0 = "onnx.Add"(%a, %a) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}
