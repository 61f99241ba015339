// RUN: t2t-opt %s -split-input-file -verify-diagnostics

func.func @conv_group_mismatch(%x: tensor<1x6x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{input has 6 channels but W expects 4 x group 1}}
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x6x8x8xf32>, tensor<4x4x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_filters_not_divisible(%x: tensor<1x6x8x8xf32>, %w: tensor<5x3x3x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{W has 5 filters, not divisible by group 2}}
  %0 = "onnx.Conv"(%x, %w, %none) {group = 2 : i64} : (tensor<1x6x8x8xf32>, tensor<5x3x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_bad_group(%x: tensor<1x6x8x8xf32>, %w: tensor<6x6x3x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{group must be at least 1, got 0}}
  %0 = "onnx.Conv"(%x, %w, %none) {group = 0 : i64} : (tensor<1x6x8x8xf32>, tensor<6x6x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_rank(%x: tensor<1x6xf32>, %w: tensor<6x6xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{input X must have rank at least 3, got 2}}
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x6xf32>, tensor<6x6xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_weight_rank(%x: tensor<1x6x8x8xf32>, %w: tensor<6x6x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{weight W has rank 3, input X has rank 4}}
  %0 = "onnx.Conv"(%x, %w, %none) : (tensor<1x6x8x8xf32>, tensor<6x6x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x6x8x8xf32>, %w: tensor<6x6x3x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{strides has 1 entries, expected 2}}
  %0 = "onnx.Conv"(%x, %w, %none) {strides = array<i64: 2>} : (tensor<1x6x8x8xf32>, tensor<6x6x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_pads(%x: tensor<1x6x8x8xf32>, %w: tensor<6x6x3x3xf32>) {
  %none = onnx.NoValue
  // expected-error @+1 {{pads has 2 entries, expected 4}}
  %0 = "onnx.Conv"(%x, %w, %none) {pads = array<i64: 1, 1>} : (tensor<1x6x8x8xf32>, tensor<6x6x3x3xf32>, none) -> tensor<*xf32>
  return
}

// -----

func.func @conv_missing_operand(%x: tensor<1x6x8x8xf32>, %w: tensor<6x6x3x3xf32>) {
  // expected-error @+1 {{expected 3 operands, but found 2}}
  %0 = "onnx.Conv"(%x, %w) : (tensor<1x6x8x8xf32>, tensor<6x6x3x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @constant_two_values() {
  // expected-error @+1 {{needs exactly one of value, sparse_value}}
  %0 = "onnx.Constant"() {value = dense<1.0> : tensor<f32>, value_float = 1.0 : f32} : () -> tensor<f32>
  return
}

// -----

func.func @constant_no_value() {
  // expected-error @+1 {{needs exactly one of value, sparse_value}}
  %0 = "onnx.Constant"() : () -> tensor<f32>
  return
}

// -----

func.func @constant_type_mismatch() {
  // expected-error @+1 {{result type 'tensor<2xf32>' differs from the value's type 'tensor<f32>'}}
  %0 = "onnx.Constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<2xf32>
  return
}

// -----

func.func @transpose_not_permutation(%x: tensor<1x2x3xf32>) {
  // expected-error @+1 {{perm is not a permutation of the 3 input dimensions}}
  %0 = "onnx.Transpose"(%x) {perm = array<i64: 0, 0, 1>} : (tensor<1x2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_wrong_length(%x: tensor<1x2x3xf32>) {
  // expected-error @+1 {{perm is not a permutation of the 3 input dimensions}}
  %0 = "onnx.Transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<1x2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @relu_element_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{requires the same element type for all operands and results}}
  %0 = "onnx.Relu"(%x) : (tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @add_element_type(%x: tensor<2xf32>, %y: tensor<2xi32>) {
  // expected-error @+1 {{requires the same element type for all operands and results}}
  %0 = "onnx.Add"(%x, %y) : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @missing_required_attr(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{requires attribute 'to'}}
  %0 = "onnx.Cast"(%x) : (tensor<2x3xf32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @wrong_attr_type(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{attribute 'axis' failed to satisfy constraint: 64-bit integer attribute}}
  %0 = "onnx.Softmax"(%x) {axis = 1.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @optional_input_not_tensor(%x: tensor<2x3xf32>, %i: index) {
  // expected-error @+1 {{operand #1 must be tensor or none}}
  %0 = "onnx.Clip"(%x, %i, %i) : (tensor<2x3xf32>, index, index) -> tensor<2x3xf32>
  return
}
