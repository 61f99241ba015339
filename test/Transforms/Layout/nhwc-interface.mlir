// RUN: t2t-opt %s --nhwc-interface | FileCheck %s
// RUN: t2t-opt %s --nhwc-interface --convert-onnx-to-nhwc | FileCheck %s --check-prefix=LOWERED

// 4-D inputs and outputs of @main become NHWC; other ranks and other
// functions are left alone.
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[X:.*]]: tensor<?x8x8x3xf32> {onnx.name = "image"}, %[[V:.*]]: tensor<2x3xf32>)
// CHECK-SAME: -> (tensor<?x8x8x4xf32> {onnx.name = "y"}, tensor<2x3xf32>)
// CHECK: %[[NCHW:.*]] = tfl.transpose %[[X]], [0, 3, 1, 2] : (tensor<?x8x8x3xf32>) -> tensor<?x3x8x8xf32>
// CHECK: %[[C:.*]] = "onnx.Conv"(%[[NCHW]]
// CHECK: %[[OUT:.*]] = tfl.transpose %[[C]], [0, 2, 3, 1] : (tensor<?x4x8x8xf32>) -> tensor<?x8x8x4xf32>
// CHECK: return %[[OUT]], %[[V]]
func.func @main(%x: tensor<?x3x8x8xf32> {onnx.name = "image"}, %v: tensor<2x3xf32>) -> (tensor<?x4x8x8xf32> {onnx.name = "y"}, tensor<2x3xf32>) {
  %w = "onnx.Constant"() {value = dense<1.0> : tensor<4x3x1x1xf32>} : () -> tensor<4x3x1x1xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) : (tensor<?x3x8x8xf32>, tensor<4x3x1x1xf32>, none) -> tensor<?x4x8x8xf32>
  return %y, %v : tensor<?x4x8x8xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @helper(%{{.*}}: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
// CHECK-NOT: tfl.transpose
func.func @helper(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32> {
  return %x : tensor<1x3x8x8xf32>
}

// After lowering, the interface transposes cancel with the conv's own.
// LOWERED-LABEL: func.func @main
// LOWERED-NOT: tfl.transpose
// LOWERED: tfl.conv_2d %arg0
// LOWERED-NOT: tfl.transpose
// LOWERED: return
