// RUN: t2t-opt %s --fuse-tfl -split-input-file | FileCheck %s

// Must not fuse: the conv has a second user (its unfused value is needed),
// the addend is not a constant, or it varies over H and W.
// CHECK-LABEL: func @not_per_channel
func.func @not_per_channel(%x: tensor<1x2x2x1xf32>, %y: tensor<1x2x2x1xf32>) -> (tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>) {
  // CHECK: tfl.conv_2d {{.*}}padding = "VALID", strides = array<i64: 1, 1>} :
  // CHECK-NEXT: tfl.relu
  // CHECK-NEXT: tfl.add
  // CHECK-NEXT: tfl.conv_2d {{.*}}padding = "VALID", strides = array<i64: 1, 1>} :
  // CHECK-NEXT: tfl.add
  %w = tfl.const dense<1.0> : tensor<1x1x1x1xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %spatial = tfl.const dense<[[[[1.0], [2.0]], [[3.0], [4.0]]]]> : tensor<1x2x2x1xf32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x2x2x1xf32>, tensor<1x1x1x1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  %r = tfl.relu %c : tensor<1x2x2x1xf32>
  %a = tfl.add %c, %y : (tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %d = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x2x2x1xf32>, tensor<1x1x1x1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  %e = tfl.add %d, %spatial : (tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  return %c, %r, %a, %e : tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>, tensor<1x2x2x1xf32>
}

// -----

// Must not fuse: the conv already has an activation (the scale would apply
// after it).
// CHECK-LABEL: func @already_activated
func.func @already_activated(%x: tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32> {
  // CHECK: tfl.conv_2d {{.*}}fused_activation_function = "RELU"
  // CHECK: tfl.mul
  %w = tfl.const dense<1.0> : tensor<1x1x1x1xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %s = tfl.const dense<2.0> : tensor<1xf32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, fused_activation_function = "RELU", padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x2x2x1xf32>, tensor<1x1x1x1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  %m = tfl.mul %c, %s : (tensor<1x2x2x1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  return %m : tensor<1x2x2x1xf32>
}

// -----

// Must not fuse: padding with a non-zero value, padding of the channels, or
// into a SAME convolution.
// CHECK-LABEL: func @pads_kept
func.func @pads_kept(%x: tensor<1x4x4x1xf32>) -> (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>, tensor<1x6x6x1xf32>) {
  // CHECK-COUNT-3: tfl.padv2
  %w = tfl.const dense<1.0> : tensor<3x3x1x1xf32>
  %w2 = tfl.const dense<1.0> : tensor<3x3x3x1xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %p = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 0, 0] {constant_value = 1.0 : f32} : (tensor<1x4x4x1xf32>) -> tensor<1x6x6x1xf32>
  %c = tfl.conv_2d %p, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x6x6x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  %q = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 1, 1] {constant_value = 0.0 : f32} : (tensor<1x4x4x1xf32>) -> tensor<1x6x6x3xf32>
  %d = tfl.conv_2d %q, %w2, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x6x6x3xf32>, tensor<3x3x3x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  %r = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 0, 0] {constant_value = 0.0 : f32} : (tensor<1x4x4x1xf32>) -> tensor<1x6x6x1xf32>
  %e = tfl.conv_2d %r, %w, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x6x6x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>) -> tensor<1x6x6x1xf32>
  return %c, %d, %e : tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>, tensor<1x6x6x1xf32>
}

// -----

// Must not fuse: GELU's constants differ (0.6 instead of 0.5); a hard
// sigmoid of another value than the one multiplied.
// CHECK-LABEL: func @not_activations
func.func @not_activations(%x: tensor<2xf32>, %y: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  // CHECK-NOT: tfl.gelu
  // CHECK-NOT: tfl.hard_swish
  // CHECK: return
  %one = tfl.const dense<1.0> : tensor<f32>
  %three = tfl.const dense<3.0> : tensor<f32>
  %sixth = tfl.const dense<0.166666672> : tensor<f32>
  %sqrt2 = tfl.const dense<1.41421354> : tensor<f32>
  %notHalf = tfl.const dense<0.6> : tensor<f32>
  %e = tfl.div %x, %sqrt2 : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %f = tfl.erf %e : tensor<2xf32>
  %g = tfl.add %f, %one : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %i = tfl.mul %x, %g : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %j = tfl.mul %i, %notHalf : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %a = tfl.mul %y, %one : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %b = tfl.add %a, %three : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %c = tfl.relu6 %b : tensor<2xf32>
  %d = tfl.mul %c, %sixth : (tensor<2xf32>, tensor<f32>) -> tensor<2xf32>
  %h = tfl.mul %x, %d : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %j, %h : tensor<2xf32>, tensor<2xf32>
}
