// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s

// The lowering frees a weight's blob once no operation refers to it: a filter
// rewritten by a fold (BatchNorm, dilation) or, as here, permuted at once
// (under 1 KiB; larger weights are permuted lazily over their own blob,
// #tfl.permuted) leaves its old blob unused. A blob something else still uses
// stays: here the OIHW filter [[1, 2]], [[3, 4]] is also returned, and another
// is shared by two convolutions; each gets the permuted [1, 3, 2, 4].

// CHECK-LABEL: func @also_returned
// CHECK-DAG: %[[W:.*]] = tfl.const dense_resource<returned> : tensor<2x1x1x2xf32>
// CHECK-DAG: %[[F:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00, 3.000000e+00]], {{\[\[}}2.000000e+00, 4.000000e+00]]]]> : tensor<1x2x1x2xf32>
// CHECK: tfl.conv_2d %{{.*}}, %[[F]]
// CHECK: return %{{.*}}, %[[W]]
func.func @also_returned(%x: tensor<1x1x1x3xf32>) -> (tensor<1x2x1x2xf32>, tensor<2x1x1x2xf32>) {
  %w = "onnx.Constant"() {value = dense_resource<returned> : tensor<2x1x1x2xf32>} : () -> tensor<2x1x1x2xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) : (tensor<1x1x1x3xf32>, tensor<2x1x1x2xf32>, none) -> tensor<1x2x1x2xf32>
  return %y, %w : tensor<1x2x1x2xf32>, tensor<2x1x1x2xf32>
}

// CHECK-LABEL: func @two_convs
// CHECK: %[[F:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00, 3.000000e+00]], {{\[\[}}2.000000e+00, 4.000000e+00]]]]> : tensor<1x2x1x2xf32>
// CHECK-NOT: tfl.transpose %{{[0-9]+}},
// CHECK: tfl.conv_2d %{{.*}}, %[[F]]
// CHECK: tfl.conv_2d %{{.*}}, %[[F]]
func.func @two_convs(%x: tensor<1x1x1x3xf32>, %z: tensor<1x1x1x4xf32>) -> (tensor<1x2x1x2xf32>, tensor<1x2x1x3xf32>) {
  %w = "onnx.Constant"() {value = dense_resource<shared> : tensor<2x1x1x2xf32>} : () -> tensor<2x1x1x2xf32>
  %none = onnx.NoValue
  %y = "onnx.Conv"(%x, %w, %none) : (tensor<1x1x1x3xf32>, tensor<2x1x1x2xf32>, none) -> tensor<1x2x1x2xf32>
  %v = "onnx.Conv"(%z, %w, %none) : (tensor<1x1x1x4xf32>, tensor<2x1x1x2xf32>, none) -> tensor<1x2x1x3xf32>
  return %y, %v : tensor<1x2x1x2xf32>, tensor<1x2x1x3xf32>
}

// The returned filter's blob keeps its bytes.
// CHECK: returned: "0x040000000000803F000000400000404000008040"

{-#
  dialect_resources: {
    builtin: {
      returned: "0x040000000000803F000000400000404000008040",
      shared: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
