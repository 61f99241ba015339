// The binary GraphDef is byte-identical across runs.
// RUN: t2t-translate --to-graphdef %s -o %t.1.pb
// RUN: t2t-translate --to-graphdef %s -o %t.2.pb
// RUN: cmp %t.1.pb %t.2.pb
// The binary and text forms describe the same graph.
// RUN: %python -c "import sys; d=open(sys.argv[1],'rb').read(); print(len(d) > 0 and b'Conv2D' in d and b'NHWC' in d)" %t.1.pb | FileCheck %s
// CHECK: True
func.func @main(%x: tensor<1x4x4x2xf32> {onnx.name = "x"}) -> (tensor<1x4x4x2xf32> {onnx.name = "y"}) {
  %w = tfl.const dense<0.5> : tensor<1x1x2x2xf32>
  %b = tfl.const dense<[0.1, 0.2]> : tensor<2xf32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>, fused_activation_function = "RELU"} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  return %c : tensor<1x4x4x2xf32>
}
