// RUN: t2t-translate --to-dot %s | FileCheck %s

// One node per op (constants left out) with its result shape and ONNX node;
// a transpose filled red; a fused layer listing the ONNX nodes folded into
// it, all of them in the tooltip; edges along the values.
// CHECK: digraph t2t {
// CHECK: [[X:n[0-9]+]] [label="input x\n?x4x4x3", shape=oval
// CHECK: [[CONV:n[0-9]+]] [label="conv_2d\n?x4x4x2\n/relu/Relu\nfused: /conv/Conv, /bn/BatchNormalization", tooltip="/relu/Relu + /conv/Conv + /bn/BatchNormalization", fillcolor="#fbe7b5", class="fused"];
// CHECK-NEXT: [[X]] -> [[CONV]];
// CHECK-NOT: -> [[CONV]];
// CHECK: [[T:n[0-9]+]] [label="transpose\n?x2x4x4\n/nchw", tooltip="/nchw", fillcolor="#e8544e", fontcolor=white, class="transpose"];
// CHECK-NEXT: [[CONV]] -> [[T]];
// CHECK: [[OUT:n[0-9]+]] [label="outputs", tooltip="", shape=oval
// CHECK-NEXT: [[T]] -> [[OUT]];
// CHECK-NEXT: }

func.func @main(%x: tensor<?x4x4x3xf32> {onnx.name = "x"}) -> (tensor<?x2x4x4xf32> {onnx.name = "y"}) {
  %w = tfl.const dense<0.5> : tensor<3x3x3x2xf32> loc("conv/weight")
  %b = tfl.const dense<0.0> : tensor<2xf32> loc("conv/bias")
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>, fused_activation_function = "RELU"} : (tensor<?x4x4x3xf32>, tensor<3x3x3x2xf32>, tensor<2xf32>) -> tensor<?x4x4x2xf32> loc(fused["/relu/Relu", "/conv/Conv", "/bn/BatchNormalization"])
  %t = tfl.transpose %c, [0, 3, 1, 2] : (tensor<?x4x4x2xf32>) -> tensor<?x2x4x4xf32> loc("/nchw")
  return %t : tensor<?x2x4x4xf32>
}
