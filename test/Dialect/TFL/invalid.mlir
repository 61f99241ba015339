// RUN: t2t-opt %s -split-input-file -verify-diagnostics

func.func @add_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<4xf32>) {
  // expected-error @+1 {{operand shapes 'tensor<2x3xf32>' and 'tensor<4xf32>' are not broadcast-compatible}}
  %0 = tfl.add %x, %y : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @add_bad_activation(%x: tensor<2xf32>) {
  // expected-error @+1 {{one of NONE, RELU, RELU6, RELU_N1_TO_1, TANH}}
  %0 = tfl.add %x, %x {fused_activation_function = "SIGMOID"} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @relu_type(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.relu"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @const_type(%x: tensor<2xi32>) {
  // expected-error @+1 {{failed to verify that all of {value, output} have same type}}
  %0 = "tfl.const"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<3xf32>
  return
}

// -----

func.func @conv_input_rank(%x: tensor<8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{input must be NHWC (rank 4), got rank 3}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_filter_rank(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{filter must be HWIO (rank 4), got rank 3}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_bias_rank(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<1x4xf32>) {
  // expected-error @+1 {{bias must have rank 1, got rank 2}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<1x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_bias_size(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<5xf32>) {
  // expected-error @+1 {{bias has 5 entries for 4 output channels}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<5xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x8x8x5xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{input has 5 channels, not a multiple of the filter's 3 input channels}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x8x8x5xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{strides and dilations need 2 entries (H, W)}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1, 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_zero_stride(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{strides and dilations must be positive}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 0, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_padding_name(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{one of SAME, VALID, EXPLICIT}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "FULL", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_explicit_without_mode(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{explicit_padding is set but padding is SAME}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 1, 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_explicit_negative(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{explicit_padding needs 4 non-negative entries (top, bottom, left, right)}}
  %0 = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, -1, 1, 1>, padding = "EXPLICIT", strides = array<i64: 1, 1>} : (tensor<1x8x8x3xf32>, tensor<3x3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_not_permutation(%x: tensor<1x2x3xf32>) {
  // expected-error @+1 {{perm is not a permutation of the 3 input dimensions}}
  %0 = tfl.transpose %x, [2, 2, 0] : (tensor<1x2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_result_shape(%x: tensor<1x2x3xf32>) {
  // expected-error @+1 {{result dim 0 is 1, expected 3}}
  %0 = tfl.transpose %x, [2, 1, 0] : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return
}

// -----

// #tfl.permuted: the result has the source's element type and element count,
// perm permutes the source's dims, and permutations compose rather than nest.
func.func @permuted_element_type() -> tensor<2x2xi32> {
  // expected-error @+1 {{element type 'i32' differs from the source's 'f32'}}
  %0 = tfl.const #tfl.permuted<dense<1.0> : tensor<2x2xf32>, [1, 0]> : tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// -----

func.func @permuted_count() -> tensor<2x3xf32> {
  // expected-error @+1 {{has 6 elements but the source has 4}}
  %0 = tfl.const #tfl.permuted<dense<1.0> : tensor<2x2xf32>, [1, 0]> : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @permuted_not_a_permutation() -> tensor<2x2xf32> {
  // expected-error @+1 {{perm is not a permutation of the source's 2 dims}}
  %0 = tfl.const #tfl.permuted<dense<1.0> : tensor<2x2xf32>, [1, 1]> : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @permuted_nested() -> tensor<2x2xf32> {
  // expected-error @+1 {{permutes a permuted constant (permutations compose)}}
  %0 = tfl.const #tfl.permuted<#tfl.permuted<dense<1.0> : tensor<2x2xf32>, [1, 0]> : tensor<2x2xf32>, [1, 0]> : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

// #tfl.scaled: an f32 source of the result type, f32 factors, a positive
// stride, and scales compose rather than nest.
func.func @scaled_type() -> tensor<2x3xf32> {
  // expected-error @+1 {{needs an f32 source of the result type 'tensor<2x3xf32>'}}
  %0 = tfl.const #tfl.scaled<dense<1.0> : tensor<2x2xf32>, dense<2.0> : tensor<2xf32>, 1> : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @scaled_stride() -> tensor<2x2xf32> {
  // expected-error @+1 {{needs a positive stride}}
  %0 = tfl.const #tfl.scaled<dense<1.0> : tensor<2x2xf32>, dense<2.0> : tensor<2xf32>, 0> : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @scaled_nested() -> tensor<2x2xf32> {
  // expected-error @+1 {{scales a scaled constant (scales compose)}}
  %0 = tfl.const #tfl.scaled<#tfl.scaled<dense<1.0> : tensor<2x2xf32>, dense<2.0> : tensor<2xf32>, 1> : tensor<2x2xf32>, dense<2.0> : tensor<2xf32>, 1> : tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
