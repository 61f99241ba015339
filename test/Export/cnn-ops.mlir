// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

func.func @main(%x: tensor<?x8x8x4xf32> {onnx.name = "x"}) -> (tensor<?x10xf32> {onnx.name = "logits"}, tensor<?x8x8x12xf32> {onnx.name = "cat"}) {
  %f = tfl.const dense<0.5> : tensor<3x3x4x2xf32> loc("dw/filter")
  %b = tfl.const dense<0.0> : tensor<8xf32> loc("dw/bias")
  %dw = tfl.depthwise_conv_2d %x, %f, %b {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 1, 1, 1>, padding = "EXPLICIT", strides = array<i64: 1, 1>, fused_activation_function = "RELU6"} : (tensor<?x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>) -> tensor<?x8x8x8xf32> loc("dw")
  %cat = tfl.concatenation %x, %dw {axis = 3 : i64} : (tensor<?x8x8x4xf32>, tensor<?x8x8x8xf32>) -> tensor<?x8x8x12xf32> loc("cat_node")
  %p = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 0, 0] {constant_value = -3.40282347E+38 : f32} : (tensor<?x8x8x4xf32>) -> tensor<?x10x10x4xf32> loc("pool/pad")
  %m = tfl.max_pool_2d %p {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<?x10x10x4xf32>) -> tensor<?x4x4x4xf32> loc("pool")
  %s = tfl.logistic %m : tensor<?x4x4x4xf32> loc("gate")
  %g = tfl.mul %m, %s : (tensor<?x4x4x4xf32>, tensor<?x4x4x4xf32>) -> tensor<?x4x4x4xf32> loc("swish")
  %r6 = tfl.relu6 %g : tensor<?x4x4x4xf32> loc("clip")
  %mean = tfl.mean %r6, [1, 2] {keep_dims = true} : (tensor<?x4x4x4xf32>) -> tensor<?x1x1x4xf32> loc("gap")
  %flat = tfl.reshape %mean : (tensor<?x1x1x4xf32>) -> tensor<?x4xf32> loc("flatten")
  %w = tfl.const dense<0.25> : tensor<10x4xf32> loc("fc/weight")
  %c = tfl.const dense<1.0> : tensor<10xf32> loc("fc/bias")
  %fc = tfl.fully_connected %flat, %w, %c : (tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>) -> tensor<?x10xf32> loc("fc")
  return %fc, %cat : tensor<?x10xf32>, tensor<?x8x8x12xf32>
}

// CHECK:      name: "dw"
// CHECK-NEXT: op: "DepthwiseConv2dNative"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "dw/filter"
// CHECK:      key: "data_format"
// CHECK:      key: "dilations"
// CHECK:      key: "explicit_paddings"
// CHECK-NEXT: value {
// CHECK-NEXT:   list {
// CHECK-NEXT:     i: 0
// CHECK-NEXT:     i: 0
// CHECK-NEXT:     i: 1
// CHECK-NEXT:     i: 1
// CHECK-NEXT:     i: 1
// CHECK-NEXT:     i: 1
// CHECK:      key: "padding"
// CHECK-NEXT: value {
// CHECK-NEXT:   s: "EXPLICIT"
// CHECK:      key: "strides"
// CHECK-NOT:  use_cudnn_on_gpu
// CHECK:      name: "dw/BiasAdd"
// CHECK:      name: "dw/BiasAdd/Relu6"
// CHECK-NEXT: op: "Relu6"

// CHECK:      name: "cat_node/axis"
// CHECK-NEXT: op: "Const"
// CHECK:          tensor_shape {
// CHECK-NEXT:     }
// CHECK-NEXT:     int_val: 3
// CHECK:      name: "cat_node"
// CHECK-NEXT: op: "ConcatV2"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "dw/BiasAdd/Relu6"
// CHECK-NEXT: input: "cat_node/axis"
// CHECK:      key: "N"
// CHECK-NEXT: value {
// CHECK-NEXT:   i: 2
// CHECK:      key: "Tidx"

// CHECK:      name: "pool/pad/constant_values"
// CHECK:      name: "pool/pad/paddings"
// CHECK:          tensor_shape {
// CHECK-NEXT:       dim {
// CHECK-NEXT:         size: 4
// CHECK:            dim {
// CHECK-NEXT:         size: 2
// CHECK:      name: "pool/pad"
// CHECK-NEXT: op: "PadV2"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "pool/pad/paddings"
// CHECK-NEXT: input: "pool/pad/constant_values"
// CHECK:      key: "Tpaddings"

// CHECK:      name: "pool"
// CHECK-NEXT: op: "MaxPool"
// CHECK:      key: "data_format"
// CHECK:      key: "explicit_paddings"
// CHECK:      key: "ksize"
// CHECK-NEXT: value {
// CHECK-NEXT:   list {
// CHECK-NEXT:     i: 1
// CHECK-NEXT:     i: 3
// CHECK-NEXT:     i: 3
// CHECK-NEXT:     i: 1
// CHECK:      key: "padding"
// CHECK-NEXT: value {
// CHECK-NEXT:   s: "VALID"

// CHECK:      name: "gate"
// CHECK-NEXT: op: "Sigmoid"
// CHECK:      name: "swish"
// CHECK-NEXT: op: "Mul"
// CHECK:      name: "clip"
// CHECK-NEXT: op: "Relu6"

// CHECK:      name: "gap/reduction_indices"
// CHECK:      name: "gap"
// CHECK-NEXT: op: "Mean"
// CHECK:      key: "Tidx"
// CHECK:      key: "keep_dims"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true

// CHECK:      name: "flatten/shape"
// CHECK:          int_val: -1
// CHECK-NEXT:     int_val: 4
// CHECK:      name: "flatten"
// CHECK-NEXT: op: "Reshape"
// CHECK:      key: "Tshape"

// CHECK:      name: "fc"
// CHECK-NEXT: op: "MatMul"
// CHECK-NEXT: input: "flatten"
// CHECK-NEXT: input: "fc/weight"
// CHECK:      key: "transpose_a"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: false
// CHECK:      key: "transpose_b"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK:      name: "fc/BiasAdd"
// CHECK-NEXT: op: "BiasAdd"
// CHECK:      name: "logits"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "fc/BiasAdd"
