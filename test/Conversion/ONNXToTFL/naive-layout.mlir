// RUN: t2t-opt %s --convert-onnx-to-nhwc=naive-layout | FileCheck %s
// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s --check-prefix=OPT

// The naive layout keeps one NCHW->NHWC transpose before and one NHWC->NCHW
// after each layout-sensitive op (here two convs and a pool): six, none
// cancelled; the constant filter is still permuted at compile time.
// CHECK-LABEL: func @naive
// CHECK-COUNT-2: tfl.const
// CHECK: tfl.transpose %arg0, [0, 2, 3, 1]
// CHECK-NEXT: tfl.conv_2d
// CHECK-NEXT: tfl.transpose %{{.*}}, [0, 3, 1, 2]
// CHECK-NEXT: tfl.relu
// CHECK-NEXT: tfl.transpose %{{.*}}, [0, 2, 3, 1]
// CHECK-NEXT: tfl.conv_2d
// CHECK-NEXT: tfl.transpose %{{.*}}, [0, 3, 1, 2]
// CHECK-NEXT: tfl.transpose %{{.*}}, [0, 2, 3, 1]
// CHECK-NEXT: tfl.max_pool_2d
// CHECK-NEXT: tfl.transpose %{{.*}}, [0, 3, 1, 2]
// CHECK-NEXT: return
// The optimized layout keeps only the interface pair.
// OPT-LABEL: func @naive
// OPT-COUNT-2: tfl.transpose
// OPT-NOT: tfl.transpose
func.func @naive(%x: tensor<1x2x8x8xf32>) -> tensor<1x2x4x4xf32> {
  %w = "onnx.Constant"() {value = dense<0.5> : tensor<2x2x1x1xf32>} : () -> tensor<2x2x1x1xf32>
  %none = onnx.NoValue
  %a = "onnx.Conv"(%x, %w, %none) : (tensor<1x2x8x8xf32>, tensor<2x2x1x1xf32>, none) -> tensor<1x2x8x8xf32>
  %r = "onnx.Relu"(%a) : (tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32>
  %b = "onnx.Conv"(%r, %w, %none) : (tensor<1x2x8x8xf32>, tensor<2x2x1x1xf32>, none) -> tensor<1x2x8x8xf32>
  %p, %i = "onnx.MaxPool"(%b) {kernel_shape = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x8x8xf32>) -> (tensor<1x2x4x4xf32>, none)
  return %p : tensor<1x2x4x4xf32>
}
