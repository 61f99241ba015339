// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// Interface: Placeholders and Identity outputs keep the ONNX names; other
// nodes take their ONNX node names (sanitized, made unique).
func.func @main(%x: tensor<?x8x8x3xf32> {onnx.name = "input:image"}) -> (tensor<?x6x6x4xf32> {onnx.name = "out"}, tensor<?x3x8x8xf32> {onnx.name = "nchw"}, tensor<?x8x8x4xf32> {onnx.name = "clipped"}) {
  %w = tfl.const dense<1.0> : tensor<3x3x3x4xf32> loc("conv/weight")
  %b = tfl.const dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32> loc("conv/bias")
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<?x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<?x6x6x4xf32> loc("conv")
  %r = tfl.relu %c : tensor<?x6x6x4xf32> loc("out")
  %a = tfl.add %r, %b {fused_activation_function = "RELU6"} : (tensor<?x6x6x4xf32>, tensor<4xf32>) -> tensor<?x6x6x4xf32> loc("add")
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<?x8x8x3xf32>) -> tensor<?x3x8x8xf32> loc("to_nchw")
  %e = tfl.conv_2d %x, %w, %b {dilations = array<i64: 2, 2>, explicit_padding = array<i64: 2, 2, 1, 3>, fused_activation_function = "RELU_N1_TO_1", padding = "EXPLICIT", strides = array<i64: 1, 1>} : (tensor<?x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<?x8x8x4xf32> loc("dilated")
  return %a, %t, %e : tensor<?x6x6x4xf32>, tensor<?x3x8x8xf32>, tensor<?x8x8x4xf32>
}

// CHECK-LABEL: node {
// CHECK-NEXT:   name: "input_image"
// CHECK-NEXT:   op: "Placeholder"
// CHECK:        key: "dtype"
// CHECK-NEXT:   value {
// CHECK-NEXT:     type: DT_FLOAT
// CHECK:        key: "shape"
// CHECK-NEXT:   value {
// CHECK-NEXT:     shape {
// CHECK-NEXT:       dim {
// CHECK-NEXT:         size: -1
// CHECK:              size: 8
// CHECK:              size: 8
// CHECK:              size: 3

// CHECK:        name: "conv/weight"
// CHECK-NEXT:   op: "Const"
// CHECK:        key: "value"
// CHECK:          tensor {
// CHECK-NEXT:       dtype: DT_FLOAT
// CHECK-NEXT:       tensor_shape {
// CHECK:            tensor_content: "\000\000\200?\000\000\200?

// CHECK:        name: "conv"
// CHECK-NEXT:   op: "Conv2D"
// CHECK-NEXT:   input: "input_image"
// CHECK-NEXT:   input: "conv/weight"
// CHECK:        key: "T"
// CHECK:        key: "data_format"
// CHECK-NEXT:   value {
// CHECK-NEXT:     s: "NHWC"
// CHECK:        key: "dilations"
// CHECK-NEXT:   value {
// CHECK-NEXT:     list {
// CHECK-NEXT:       i: 1
// CHECK-NEXT:       i: 1
// CHECK-NEXT:       i: 1
// CHECK-NEXT:       i: 1
// CHECK:        key: "explicit_paddings"
// CHECK-NEXT:   value {
// CHECK-NEXT:     list {
// CHECK-NEXT:     }
// CHECK:        key: "padding"
// CHECK-NEXT:   value {
// CHECK-NEXT:     s: "VALID"
// CHECK:        key: "strides"
// CHECK:        key: "use_cudnn_on_gpu"
// CHECK-NEXT:   value {
// CHECK-NEXT:     b: true

// CHECK:        name: "conv/BiasAdd"
// CHECK-NEXT:   op: "BiasAdd"
// CHECK-NEXT:   input: "conv"
// CHECK-NEXT:   input: "conv/bias"
// CHECK:          s: "NHWC"

// The relu's ONNX name "out" is taken by the graph output, so it is renamed.
// CHECK:        name: "out_1"
// CHECK-NEXT:   op: "Relu"
// CHECK-NEXT:   input: "conv/BiasAdd"

// CHECK:        name: "add"
// CHECK-NEXT:   op: "AddV2"
// CHECK-NEXT:   input: "out_1"
// CHECK-NEXT:   input: "conv/bias"
// CHECK:        name: "add/Relu6"
// CHECK-NEXT:   op: "Relu6"
// CHECK-NEXT:   input: "add"

// CHECK:        name: "to_nchw/perm"
// CHECK-NEXT:   op: "Const"
// CHECK:            dtype: DT_INT32
// CHECK:            int_val: 0
// CHECK-NEXT:       int_val: 3
// CHECK-NEXT:       int_val: 1
// CHECK-NEXT:       int_val: 2
// CHECK:        name: "to_nchw"
// CHECK-NEXT:   op: "Transpose"
// CHECK-NEXT:   input: "input_image"
// CHECK-NEXT:   input: "to_nchw/perm"
// CHECK:        key: "Tperm"
// CHECK-NEXT:   value {
// CHECK-NEXT:     type: DT_INT32

// CHECK:        name: "dilated"
// CHECK-NEXT:   op: "Conv2D"
// CHECK:        key: "dilations"
// CHECK-NEXT:   value {
// CHECK-NEXT:     list {
// CHECK-NEXT:       i: 1
// CHECK-NEXT:       i: 2
// CHECK-NEXT:       i: 2
// CHECK-NEXT:       i: 1
// CHECK:        key: "explicit_paddings"
// CHECK-NEXT:   value {
// CHECK-NEXT:     list {
// CHECK-NEXT:       i: 0
// CHECK-NEXT:       i: 0
// CHECK-NEXT:       i: 2
// CHECK-NEXT:       i: 2
// CHECK-NEXT:       i: 1
// CHECK-NEXT:       i: 3
// CHECK-NEXT:       i: 0
// CHECK-NEXT:       i: 0
// CHECK:          s: "EXPLICIT"
// CHECK:        name: "dilated/BiasAdd/lo"
// CHECK:        name: "dilated/BiasAdd/hi"
// CHECK:        name: "dilated/BiasAdd/Maximum"
// CHECK-NEXT:   op: "Maximum"
// CHECK-NEXT:   input: "dilated/BiasAdd"
// CHECK-NEXT:   input: "dilated/BiasAdd/lo"
// CHECK:        name: "dilated/BiasAdd/Minimum"
// CHECK-NEXT:   op: "Minimum"

// CHECK:        name: "out"
// CHECK-NEXT:   op: "Identity"
// CHECK-NEXT:   input: "add/Relu6"
// CHECK:        name: "nchw"
// CHECK-NEXT:   op: "Identity"
// CHECK-NEXT:   input: "to_nchw"
// CHECK:        name: "clipped"
// CHECK-NEXT:   op: "Identity"
// CHECK-NEXT:   input: "dilated/BiasAdd/Minimum"
// CHECK:      versions {
// CHECK-NEXT:   producer: 1205
