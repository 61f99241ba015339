// RUN: t2t-opt %s -split-input-file -verify-diagnostics

func.func @mul_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+1 {{are not broadcast-compatible}}
  %0 = tfl.mul %x, %y : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @relu6_type(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.relu6"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @logistic_shape(%x: tensor<2xf32>) {
  // expected-error @+1 {{requires the same type for all operands and results}}
  %0 = "tfl.logistic"(%x) : (tensor<2xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @max_pool_explicit(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{padding must be SAME or VALID (explicit padding is a tfl.padv2)}}
  %0 = tfl.max_pool_2d %x {filter = array<i64: 2, 2>, padding = "EXPLICIT", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @max_pool_filter(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{filter and strides need 2 entries (H, W)}}
  %0 = tfl.max_pool_2d %x {filter = array<i64: 2>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @max_pool_zero(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{filter and strides must be positive}}
  %0 = tfl.max_pool_2d %x {filter = array<i64: 0, 2>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @max_pool_rank(%x: tensor<8x8x4xf32>) {
  // expected-error @+1 {{input must be NHWC (rank 4), got rank 3}}
  %0 = tfl.max_pool_2d %x {filter = array<i64: 2, 2>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @padv2_length(%x: tensor<2x2xf32>) {
  // expected-error @+1 {{paddings needs [before, after] for each of the 2 dimensions}}
  %0 = tfl.padv2 %x, [1, 1] {constant_value = 0.0 : f32} : (tensor<2x2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @padv2_negative(%x: tensor<2x2xf32>) {
  // expected-error @+1 {{paddings must be non-negative}}
  %0 = tfl.padv2 %x, [1, 1, -1, 0] {constant_value = 0.0 : f32} : (tensor<2x2xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @mean_axes(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{axes must be distinct dimensions of the rank-4 input}}
  %0 = tfl.mean %x, [1, 1] {keep_dims = true} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @mean_axis_range(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{axes must be distinct dimensions of the rank-4 input}}
  %0 = tfl.mean %x, [4] {keep_dims = false} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{cannot reshape 6 elements into 8}}
  %0 = tfl.reshape %x : (tensor<2x3xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @reshape_two_dynamic(%x: tensor<?x6xf32>) {
  // expected-error @+1 {{at most one result dimension may be dynamic}}
  %0 = tfl.reshape %x : (tensor<?x6xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @fc_features(%x: tensor<1x16xf32>, %w: tensor<10x8xf32>, %b: tensor<10xf32>) {
  // expected-error @+1 {{input has 16 features, filter expects 8}}
  %0 = tfl.fully_connected %x, %w, %b : (tensor<1x16xf32>, tensor<10x8xf32>, tensor<10xf32>) -> tensor<1x10xf32>
  return
}

// -----

func.func @fc_bias(%x: tensor<1x16xf32>, %w: tensor<10x16xf32>, %b: tensor<9xf32>) {
  // expected-error @+1 {{bias has 9 entries for 10 outputs}}
  %0 = tfl.fully_connected %x, %w, %b : (tensor<1x16xf32>, tensor<10x16xf32>, tensor<9xf32>) -> tensor<1x10xf32>
  return
}

// -----

func.func @fc_rank(%x: tensor<1x2x16xf32>, %w: tensor<10x16xf32>, %b: tensor<10xf32>) {
  // expected-error @+1 {{input must be [batch, in], got rank 3}}
  %0 = tfl.fully_connected %x, %w, %b : (tensor<1x2x16xf32>, tensor<10x16xf32>, tensor<10xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depthwise_channels(%x: tensor<1x8x8x4xf32>, %f: tensor<3x3x3x2xf32>, %b: tensor<6xf32>) {
  // expected-error @+1 {{input has 4 channels, the filter 3}}
  %0 = tfl.depthwise_conv_2d %x, %f, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x3x2xf32>, tensor<6xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depthwise_bias(%x: tensor<1x8x8x4xf32>, %f: tensor<3x3x4x2xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{bias has 4 entries for 8 output channels}}
  %0 = tfl.depthwise_conv_2d %x, %f, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @depthwise_filter_rank(%x: tensor<1x8x8x4xf32>, %f: tensor<3x3x4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{filter must be [H, W, C, multiplier] (rank 4), got rank 3}}
  %0 = tfl.depthwise_conv_2d %x, %f, %b {dilations = array<i64: 1, 1>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_axis(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{axis 2 is out of range for rank 2}}
  %0 = tfl.concatenation %x, %x {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_dims(%x: tensor<2x3xf32>, %y: tensor<2x4xf32>) {
  // expected-error @+1 {{values differ in dimension 1, which is not the axis}}
  %0 = tfl.concatenation %x, %y {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_rank(%x: tensor<2x3xf32>, %y: tensor<2x3x1xf32>) {
  // expected-error @+1 {{values must have the same rank}}
  %0 = tfl.concatenation %x, %y {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @sub_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+1 {{are not broadcast-compatible}}
  %0 = tfl.sub %x, %y : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @pow_element_type(%x: tensor<2xf32>, %y: tensor<2xi32>) {
  // expected-error @+1 {{requires the same element type for all operands and results}}
  %0 = tfl.pow %x, %y : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @softmax_scalar(%x: tensor<f32>) {
  // expected-error @+1 {{needs a tensor of rank at least 1 (softmax is over the last dim)}}
  %0 = tfl.softmax %x : tensor<f32>
  return
}

// -----

func.func @sum_axes(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{axes must be distinct dimensions of the rank-2 input}}
  %0 = tfl.sum %x, [2] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @cast_shape(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{requires the same shape for all operands and results}}
  %0 = tfl.cast %x : (tensor<2x3xf32>) -> tensor<3x2xi32>
  return
}

// -----

func.func @tanh_type(%x: tensor<2xf32>) {
  // expected-error @+1 {{requires the same type for all operands and results}}
  %0 = "tfl.tanh"(%x) : (tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @leaky_relu_alpha(%x: tensor<2xf32>) {
  // expected-error @+1 {{requires attribute 'alpha'}}
  %0 = "tfl.leaky_relu"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @avg_pool_explicit(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{padding must be SAME or VALID (explicit padding is a tfl.padv2)}}
  %0 = tfl.average_pool_2d %x {filter = array<i64: 2, 2>, padding = "EXPLICIT", strides = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @resize_dynamic_size(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{needs a size operand for an output H or W known only at run time}}
  %0 = tfl.resize_bilinear %x {align_corners = false, half_pixel_centers = true} : (tensor<1x8x8x4xf32>) -> tensor<1x?x16x4xf32>
  return
}

// -----

func.func @resize_size_length(%x: tensor<1x8x8x4xf32>, %size: tensor<3xi32>) {
  // expected-error @+1 {{size must hold [H, W]}}
  %0 = tfl.resize_bilinear %x, %size {align_corners = false, half_pixel_centers = true} : (tensor<1x8x8x4xf32>, tensor<3xi32>) -> tensor<1x?x?x4xf32>
  return
}

// -----

func.func @shape_length(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{result has 3 dims for an input of rank 4}}
  %0 = tfl.shape %x : (tensor<1x8x8x4xf32>) -> tensor<3xi64>
  return
}

// -----

func.func @resize_both_flags(%x: tensor<1x8x8x4xf32>) {
  // expected-error @+1 {{align_corners and half_pixel_centers exclude each other}}
  %0 = tfl.resize_nearest_neighbor %x {align_corners = true, half_pixel_centers = true} : (tensor<1x8x8x4xf32>) -> tensor<1x16x16x4xf32>
  return
}

// -----

func.func @resize_rank(%x: tensor<8x8x4xf32>) {
  // expected-error @+1 {{input and output must be NHWC (rank 4)}}
  %0 = tfl.resize_bilinear %x {align_corners = false, half_pixel_centers = false} : (tensor<8x8x4xf32>) -> tensor<16x16x4xf32>
  return
}

// -----

func.func @exp_int(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.exp"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @log_int(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.log"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @sqrt_int(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.sqrt"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @rsqrt_int(%x: tensor<2xi32>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.rsqrt"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @abs_bool(%x: tensor<2xi1>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.abs"(%x) : (tensor<2xi1>) -> tensor<2xi1>
  return
}

// -----

func.func @neg_bool(%x: tensor<2xi1>) {
  // expected-error @+1 {{operand #0 must be tensor of}}
  %0 = "tfl.neg"(%x) : (tensor<2xi1>) -> tensor<2xi1>
  return
}

// -----

func.func @div_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+1 {{are not broadcast-compatible}}
  %0 = tfl.div %x, %y : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @maximum_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+1 {{are not broadcast-compatible}}
  %0 = tfl.maximum %x, %y : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @minimum_not_broadcastable(%x: tensor<2x3xf32>, %y: tensor<2xf32>) {
  // expected-error @+1 {{are not broadcast-compatible}}
  %0 = tfl.minimum %x, %y : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reduce_max_axes(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{axes must be distinct dimensions of the rank-2 input}}
  %0 = tfl.reduce_max %x, [0, 0] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @reduce_min_axes(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{axes must be distinct dimensions of the rank-2 input}}
  %0 = tfl.reduce_min %x, [0, 0] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @while_results(%x: tensor<2xf32>) {
  // expected-error @+1 {{results differ from the loop values}}
  %r = tfl.while(%x) : (tensor<2xf32>) -> tensor<3xf32> cond {
  ^bb0(%v: tensor<2xf32>):
    %t = tfl.const dense<true> : tensor<i1>
    tfl.yield %t : tensor<i1>
  } body {
  ^bb0(%v: tensor<2xf32>):
    tfl.yield %v : tensor<2xf32>
  }
  return
}

// -----

func.func @while_cond_arguments(%x: tensor<2xf32>) {
  // expected-error @+1 {{the cond region's arguments differ from the loop values}}
  %r = tfl.while(%x) : (tensor<2xf32>) -> tensor<2xf32> cond {
  ^bb0(%v: tensor<3xf32>):
    %t = tfl.const dense<true> : tensor<i1>
    tfl.yield %t : tensor<i1>
  } body {
  ^bb0(%v: tensor<2xf32>):
    tfl.yield %v : tensor<2xf32>
  }
  return
}

// -----

func.func @while_cond_not_predicate(%x: tensor<2xf32>) {
  // expected-error @+1 {{the cond region must yield one tensor<i1>}}
  %r = tfl.while(%x) : (tensor<2xf32>) -> tensor<2xf32> cond {
  ^bb0(%v: tensor<2xf32>):
    tfl.yield %v : tensor<2xf32>
  } body {
  ^bb0(%v: tensor<2xf32>):
    tfl.yield %v : tensor<2xf32>
  }
  return
}

// -----

func.func @while_body_yield(%x: tensor<2xf32>) {
  // expected-error @+1 {{the body region must yield the loop values' types}}
  %r = tfl.while(%x) : (tensor<2xf32>) -> tensor<2xf32> cond {
  ^bb0(%v: tensor<2xf32>):
    %t = tfl.const dense<true> : tensor<i1>
    tfl.yield %t : tensor<i1>
  } body {
  ^bb0(%v: tensor<2xf32>):
    %c = tfl.const dense<1> : tensor<i32>
    tfl.yield %c : tensor<i32>
  }
  return
}

// -----

func.func @fill_value_not_scalar(%dims: tensor<2xi32>, %v: tensor<1xf32>) {
  // expected-error @+1 {{value must be a scalar}}
  %f = tfl.fill %dims, %v : (tensor<2xi32>, tensor<1xf32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @fill_rank(%dims: tensor<3xi32>, %v: tensor<f32>) {
  // expected-error @+1 {{dims has 3 entries for a result of rank 2}}
  %f = tfl.fill %dims, %v : (tensor<3xi32>, tensor<f32>) -> tensor<?x?xf32>
  return
}

// -----

func.func @yield_outside_loop(%x: tensor<2xf32>) {
  // expected-error @+1 {{expects parent op to be one of 'tfl.while, tfl.if'}}
  tfl.yield %x : tensor<2xf32>
}

// -----

func.func @if_branch_type(%c: tensor<i1>, %x: tensor<2xf32>, %y: tensor<2xi32>) {
  // expected-error @+1 {{each branch must yield values of the results' types}}
  %r = tfl.if %c : (tensor<i1>) -> tensor<2xf32> then {
    tfl.yield %x : tensor<2xf32>
  } else {
    tfl.yield %y : tensor<2xi32>
  }
  return
}

// -----

func.func @if_branch_shape(%c: tensor<i1>, %x: tensor<2xf32>, %y: tensor<3xf32>) {
  // expected-error @+1 {{each branch must yield values of the results' types}}
  %r = tfl.if %c : (tensor<i1>) -> tensor<2xf32> then {
    tfl.yield %x : tensor<2xf32>
  } else {
    tfl.yield %y : tensor<3xf32>
  }
  return
}

// -----

func.func @topk_leading_dims(%x: tensor<3x4xf32>, %k: tensor<i32>) {
  // expected-error @+1 {{values must keep the input's leading dims}}
  %v, %i = tfl.topk_v2 %x, %k : (tensor<3x4xf32>, tensor<i32>) -> (tensor<2x2xf32>, tensor<2x2xi32>)
  return
}

// -----

func.func @nms_boxes(%b: tensor<6x3xf32>, %s: tensor<6xf32>, %m: tensor<i32>, %f: tensor<f32>) {
  // expected-error @+1 {{boxes must be [N, 4]}}
  %k, %ks, %c = tfl.non_max_suppression_v5 %b, %s, %m, %f, %f, %f : (tensor<6x3xf32>, tensor<6xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?xi32>, tensor<?xf32>, tensor<i32>)
  return
}

// -----

func.func @nms_scores(%b: tensor<6x4xf32>, %s: tensor<5xf32>, %m: tensor<i32>, %f: tensor<f32>) {
  // expected-error @+1 {{one score per box}}
  %k, %ks, %c = tfl.non_max_suppression_v5 %b, %s, %m, %f, %f, %f : (tensor<6x4xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>) -> (tensor<?xi32>, tensor<?xf32>, tensor<i32>)
  return
}
