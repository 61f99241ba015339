// RUN: t2t-opt %s --convert-onnx-to-nhwc | FileCheck %s

// BatchNormalization whose statistics are resource blobs (weights of at
// least 1 KiB are imported so, e.g. DenseNet's final 1024-channel norm) is
// folded like inline ones: a regression test for reading them as APFloat,
// which ElementsAttr cannot do for blobs (it used to loop printing errors).
// scale 2, B 1, mean 0.5, var 3 (eps 1): s = 2 / sqrt(4) = 1, t = 1 - 0.5 = 0.5.
// CHECK-LABEL: func @bn_resource
// CHECK-DAG: %[[S:.*]] = tfl.const dense<1.000000e+00> : tensor<1x2x1x1xf32>
// CHECK-DAG: %[[T:.*]] = tfl.const dense<5.000000e-01> : tensor<1x2x1x1xf32>
// CHECK: %[[M:.*]] = tfl.mul %arg0, %[[S]]
// CHECK: tfl.add %[[M]], %[[T]]
func.func @bn_resource(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %scale = "onnx.Constant"() {value = dense_resource<scale> : tensor<2xf32>} : () -> tensor<2xf32>
  %b = "onnx.Constant"() {value = dense_resource<bias> : tensor<2xf32>} : () -> tensor<2xf32>
  %mean = "onnx.Constant"() {value = dense_resource<mean> : tensor<2xf32>} : () -> tensor<2xf32>
  %var = "onnx.Constant"() {value = dense_resource<var> : tensor<2xf32>} : () -> tensor<2xf32>
  %none = onnx.NoValue
  %y, %rm, %rv = "onnx.BatchNormalization"(%x, %scale, %b, %mean, %var) {epsilon = 1.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x3x3xf32>, none, none)
  return %y : tensor<1x2x3x3xf32>
}

{-#
  dialect_resources: {
    builtin: {
      scale: "0x040000000000004000000040",
      bias: "0x040000000000803F0000803F",
      mean: "0x040000000000003F0000003F",
      var: "0x040000000000404000004040"
    }
  }
#-}
