// RUN: t2t-opt %s --fuse-tfl -split-input-file | FileCheck %s

// mul, add and relu after a conv_2d fold into it: the filter's output
// channels and the bias are scaled by [2, 3], the bias gains [1, 1], the
// activation becomes RELU.
//   W = [1, 2] -> [2, 6];  b = [0.5, 0.5] -> [1, 1.5] -> [2, 2.5]
// CHECK-LABEL: func @conv_scale_bias_relu
func.func @conv_scale_bias_relu(%x: tensor<1x4x4x1xf32>) -> tensor<1x4x4x2xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[\[\[}}2.000000e+00, 6.000000e+00]]]]> : tensor<1x1x1x2xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<[2.000000e+00, 2.500000e+00]> : tensor<2xf32>
  // CHECK: %[[C:.*]] = tfl.conv_2d %arg0, %[[W]], %[[B]] {dilations = array<i64: 1, 1>, fused_activation_function = "RELU", padding = "VALID", strides = array<i64: 1, 1>}
  // CHECK-NEXT: return %[[C]]
  %w = tfl.const dense<[[[[1.0, 2.0]]]]> : tensor<1x1x1x2xf32>
  %b = tfl.const dense<0.5> : tensor<2xf32>
  %s = tfl.const dense<[[[[2.0, 3.0]]]]> : tensor<1x1x1x2xf32>
  %t = tfl.const dense<1.0> : tensor<f32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  %m = tfl.mul %c, %s : (tensor<1x4x4x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  %a = tfl.add %m, %t : (tensor<1x4x4x2xf32>, tensor<f32>) -> tensor<1x4x4x2xf32>
  %r = tfl.relu %a : tensor<1x4x4x2xf32>
  return %r : tensor<1x4x4x2xf32>
}

// -----

// Depthwise: output channel c * M + m is the flattened last two filter dims
// (C = 2, M = 2), scaled by [1, 2, 3, 4]; relu6 fuses.
// CHECK-LABEL: func @depthwise_scale_relu6
func.func @depthwise_scale_relu6(%x: tensor<1x4x4x2xf32>) -> tensor<1x4x4x4xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]]]> : tensor<1x1x2x2xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
  // CHECK: tfl.depthwise_conv_2d %arg0, %[[W]], %[[B]] {{{.*}}fused_activation_function = "RELU6"
  %w = tfl.const dense<1.0> : tensor<1x1x2x2xf32>
  %b = tfl.const dense<1.0> : tensor<4xf32>
  %s = tfl.const dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %c = tfl.depthwise_conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  %m = tfl.mul %c, %s : (tensor<1x4x4x4xf32>, tensor<4xf32>) -> tensor<1x4x4x4xf32>
  %r = tfl.relu6 %m : tensor<1x4x4x4xf32>
  return %r : tensor<1x4x4x4xf32>
}

// -----

// MatMul + Add: a fully connected layer with its bias; a scale multiplies
// the filter's rows ([out, in] layout); tanh fuses.
// CHECK-LABEL: func @fully_connected
func.func @fully_connected(%x: tensor<?x2xf32>) -> tensor<?x2xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[}}1.000000e+00, 2.000000e+00], [9.000000e+00, 1.200000e+01]]> : tensor<2x2xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<[5.000000e-01, 2.000000e+00]> : tensor<2xf32>
  // CHECK: tfl.fully_connected %arg0, %[[W]], %[[B]] {fused_activation_function = "TANH"}
  %w = tfl.const dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %z = tfl.const dense<0.0> : tensor<2xf32>
  %s = tfl.const dense<[[1.0, 3.0]]> : tensor<1x2xf32>
  %c = tfl.const dense<[0.5, 2.0]> : tensor<2xf32>
  %f = tfl.fully_connected %x, %w, %z : (tensor<?x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %m = tfl.mul %f, %s : (tensor<?x2xf32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  %a = tfl.add %m, %c : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %t = tfl.tanh %a : tensor<?x2xf32>
  return %t : tensor<?x2xf32>
}

// -----

// transpose_conv's filter is [H, W, O, I]: the scale goes along O.
// CHECK-LABEL: func @transpose_conv
func.func @transpose_conv(%x: tensor<1x2x2x1xf32>) -> tensor<1x4x4x2xf32> {
  // CHECK-DAG: %[[W:.*]] = tfl.const dense<{{\[\[\[\[}}2.000000e+00], [3.000000e+00]]]]> : tensor<1x1x2x1xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.const dense<[3.000000e+00, 4.000000e+00]> : tensor<2xf32>
  // CHECK: tfl.transpose_conv %arg0, %[[W]], %[[B]]
  %w = tfl.const dense<1.0> : tensor<1x1x2x1xf32>
  %b = tfl.const dense<1.0> : tensor<2xf32>
  %s = tfl.const dense<[2.0, 3.0]> : tensor<2xf32>
  %c = tfl.const dense<1.0> : tensor<2xf32>
  %t = tfl.transpose_conv %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x2x2x1xf32>, tensor<1x1x2x1xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  %m = tfl.mul %t, %s : (tensor<1x4x4x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  %a = tfl.add %m, %c : (tensor<1x4x4x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  return %a : tensor<1x4x4x2xf32>
}

// -----

// Clip(-1, 1) after a conv is RELU_N1_TO_1; relu after a residual add fuses
// into the add.
// CHECK-LABEL: func @relu_n1_to_1_and_add
func.func @relu_n1_to_1_and_add(%x: tensor<1x4x4x1xf32>, %y: tensor<1x4x4x1xf32>) -> (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) {
  // CHECK: tfl.conv_2d {{.*}}fused_activation_function = "RELU_N1_TO_1"
  // CHECK: tfl.add %arg0, %arg1 {fused_activation_function = "RELU"}
  %w = tfl.const dense<1.0> : tensor<1x1x1x1xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %lo = tfl.const dense<-1.0> : tensor<f32>
  %hi = tfl.const dense<1.0> : tensor<f32>
  %c = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x4x4x1xf32>, tensor<1x1x1x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  %m = tfl.maximum %c, %lo : (tensor<1x4x4x1xf32>, tensor<f32>) -> tensor<1x4x4x1xf32>
  %n = tfl.minimum %m, %hi : (tensor<1x4x4x1xf32>, tensor<f32>) -> tensor<1x4x4x1xf32>
  %a = tfl.add %x, %y : (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
  %r = tfl.relu %a : tensor<1x4x4x1xf32>
  return %n, %r : tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>
}

// -----

// Zero padding of H and W becomes the conv's padding: SAME when it is
// TensorFlow's SAME for the input (3x3, stride 1, pads 1/1), EXPLICIT
// otherwise (added to the conv's own explicit pads).
// CHECK-LABEL: func @pad_into_conv
func.func @pad_into_conv(%x: tensor<1x4x4x1xf32>) -> (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) {
  // CHECK: tfl.conv_2d %arg0, {{.*}}padding = "SAME"
  // CHECK: tfl.depthwise_conv_2d %arg0, {{.*}}explicit_padding = array<i64: 2, 0, 1, 1>, {{.*}}padding = "EXPLICIT"
  // CHECK-NOT: tfl.padv2
  %w = tfl.const dense<1.0> : tensor<3x3x1x1xf32>
  %b = tfl.const dense<0.0> : tensor<1xf32>
  %p = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 0, 0] {constant_value = 0.0 : f32} : (tensor<1x4x4x1xf32>) -> tensor<1x6x6x1xf32>
  %c = tfl.conv_2d %p, %w, %b {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 1, 1>} : (tensor<1x6x6x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  %q = tfl.padv2 %x, [0, 0, 1, 0, 0, 0, 0, 0] {constant_value = 0.0 : f32} : (tensor<1x4x4x1xf32>) -> tensor<1x5x4x1xf32>
  %d = tfl.depthwise_conv_2d %q, %w, %b {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 0, 1, 1>, padding = "EXPLICIT", strides = array<i64: 1, 1>} : (tensor<1x5x4x1xf32>, tensor<3x3x1x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  return %c, %d : tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>
}

// -----

// Decomposed activations: x * (relu6(x * 1 + 3) * 1/6) and torch's exact
// GELU.
// CHECK-LABEL: func @decomposed_activations
func.func @decomposed_activations(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK-DAG: %[[H:.*]] = tfl.hard_swish %arg0 : tensor<2x3xf32>
  // CHECK-DAG: %[[G:.*]] = tfl.gelu %arg0 : tensor<2x3xf32>
  // CHECK: return %[[H]], %[[G]]
  %one = tfl.const dense<1.0> : tensor<f32>
  %three = tfl.const dense<3.0> : tensor<f32>
  %sixth = tfl.const dense<0.166666672> : tensor<f32>
  %sqrt2 = tfl.const dense<1.41421354> : tensor<f32>
  %half = tfl.const dense<0.5> : tensor<f32>
  %a = tfl.mul %x, %one : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %b = tfl.add %a, %three : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %c = tfl.relu6 %b : tensor<2x3xf32>
  %d = tfl.mul %c, %sixth : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %h = tfl.mul %x, %d : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %e = tfl.div %x, %sqrt2 : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %f = tfl.erf %e : tensor<2x3xf32>
  %g = tfl.add %f, %one : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %i = tfl.mul %x, %g : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %j = tfl.mul %i, %half : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %h, %j : tensor<2x3xf32>, tensor<2x3xf32>
}
