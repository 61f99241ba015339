// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// Each tfl op as the TFLite builtin operator it names, with its inputs and
// options. A symbolic batch is 1 in `shape` and -1 in `shape_signature`
// (printed here); the interface is the subgraph's and the serving_default
// signature's, under the ONNX names.
// CHECK: inputs: x[-1,8,8,4]

// Filters: HWIO -> OHWI, HWCM -> [1, H, W, C*M]; explicit pads equal to
// SAME's are SAME, others a PAD before a VALID convolution.
// CHECK-NEXT: CONV_2D(x[-1,8,8,4], conv/filter[6,3,3,4], conv/bias[6]) -> conv[-1,8,8,6] {"padding": "SAME", "stride_w": 1, "stride_h": 1, "fused_activation_function": "RELU6", "dilation_w_factor": 1, "dilation_h_factor": 1}
// CHECK-NEXT: DEPTHWISE_CONV_2D(conv[-1,8,8,6], dw/filter[1,3,3,12], dw/bias[12]) -> dw[-1,4,4,12] {"padding": "VALID", "stride_w": 2, "stride_h": 2, "depth_multiplier": 2, "fused_activation_function": "NONE", "dilation_w_factor": 1, "dilation_h_factor": 1}
// CHECK-NEXT: PAD(dw[-1,4,4,12], pads/paddings[4,2 int32]) -> pads/padded[-1,5,5,12]
// CHECK-NEXT: CONV_2D(pads/padded[-1,5,5,12], pads/filter[2,2,2,12], pads/bias[2]) -> pads[-1,4,4,2] {"padding": "VALID",

// A fused TANH is an operator of its own (TFLite's kernels only clamp).
// CHECK-NEXT: ADD(pads[-1,4,4,2], pads[-1,4,4,2]) -> tanh/linear[-1,4,4,2] {"fused_activation_function": "NONE"}
// CHECK-NEXT: TANH(tanh/linear[-1,4,4,2]) -> tanh[-1,4,4,2]

// Attributes that are TFLite inputs become int32 constants.
// CHECK-NEXT: MEAN(tanh[-1,4,4,2], gap/reduction_indices[2 int32]) -> gap[-1,1,1,2] {"keep_dims": true}
// CHECK-NEXT: RESHAPE(gap[-1,1,1,2], flatten/shape[2 int32]) -> flatten[-1,2]
// CHECK-NEXT: FULLY_CONNECTED(flatten[-1,2], fc/weight[3,2], fc/bias[3]) -> fc[-1,3] {"fused_activation_function": "RELU", "weights_format": 0, "keep_num_dims": false}
// CHECK-NEXT: SOFTMAX(fc[-1,3]) -> probs[-1,3] {"beta": 1.0}
// CHECK-NEXT: CONCATENATION(x[-1,8,8,4], conv[-1,8,8,6]) -> cat[-1,8,8,10] {"axis": 3, "fused_activation_function": "NONE"}
// CHECK-NEXT: PADV2(x[-1,8,8,4], pool/pad/paddings[4,2 int32], pool/pad/constant_values[]) -> pool/pad[-1,10,10,4]
// CHECK-NEXT: MAX_POOL_2D(pool/pad[-1,10,10,4]) -> pool[-1,4,4,4] {"padding": "VALID", "stride_w": 2, "stride_h": 2, "filter_width": 3, "filter_height": 3, "fused_activation_function": "NONE"}
// CHECK-NEXT: GATHER(x[-1,8,8,4], indices[2 int32]) -> picked[-1,8,8,2] {"axis": 3, "batch_dims": 0}
// CHECK-NEXT: SPLIT_V(x[-1,8,8,4], halves/size_splits[2 int32], halves/axis[ int32]) -> halves[-1,8,8,1], rest[-1,8,8,3] {"num_splits": 2}
// CHECK-NEXT: TRANSPOSE(x[-1,8,8,4], nchw/perm[4 int32]) -> nchw[-1,4,8,8]
// CHECK-NEXT: outputs: probs[-1,3], cat[-1,8,8,10], pool[-1,4,4,4], picked[-1,8,8,2], rest[-1,8,8,3], nchw[-1,4,8,8]
// CHECK-NEXT: signature serving_default: (x=0) -> (probs={{[0-9]+}}, cat={{[0-9]+}}, pool={{[0-9]+}}, picked={{[0-9]+}}, rest={{[0-9]+}}, nchw={{[0-9]+}})

func.func @main(%x: tensor<?x8x8x4xf32> {onnx.name = "x"}) -> (tensor<?x3xf32> {onnx.name = "probs"}, tensor<?x8x8x10xf32> {onnx.name = "cat"}, tensor<?x4x4x4xf32> {onnx.name = "pool"}, tensor<?x8x8x2xf32> {onnx.name = "picked"}, tensor<?x8x8x3xf32> {onnx.name = "rest"}, tensor<?x4x8x8xf32> {onnx.name = "nchw"}) {
  %w = tfl.const dense<0.5> : tensor<3x3x4x6xf32> loc("conv/filter")
  %b = tfl.const dense<0.0> : tensor<6xf32> loc("conv/bias")
  %conv = tfl.conv_2d %x, %w, %b {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 1, 1, 1>, padding = "EXPLICIT", strides = array<i64: 1, 1>, fused_activation_function = "RELU6"} : (tensor<?x8x8x4xf32>, tensor<3x3x4x6xf32>, tensor<6xf32>) -> tensor<?x8x8x6xf32> loc("conv")
  %dwf = tfl.const dense<0.25> : tensor<3x3x6x2xf32> loc("dw/filter")
  %dwb = tfl.const dense<0.0> : tensor<12xf32> loc("dw/bias")
  %dw = tfl.depthwise_conv_2d %conv, %dwf, %dwb {dilations = array<i64: 1, 1>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<?x8x8x6xf32>, tensor<3x3x6x2xf32>, tensor<12xf32>) -> tensor<?x4x4x12xf32> loc("dw")
  %pf = tfl.const dense<0.125> : tensor<2x2x12x2xf32> loc("pads/filter")
  %pb = tfl.const dense<0.0> : tensor<2xf32> loc("pads/bias")
  %pads = tfl.conv_2d %dw, %pf, %pb {dilations = array<i64: 1, 1>, explicit_padding = array<i64: 1, 0, 1, 0>, padding = "EXPLICIT", strides = array<i64: 1, 1>} : (tensor<?x4x4x12xf32>, tensor<2x2x12x2xf32>, tensor<2xf32>) -> tensor<?x4x4x2xf32> loc("pads")
  %t = tfl.add %pads, %pads {fused_activation_function = "TANH"} : (tensor<?x4x4x2xf32>, tensor<?x4x4x2xf32>) -> tensor<?x4x4x2xf32> loc("tanh")
  %mean = tfl.mean %t, [1, 2] {keep_dims = true} : (tensor<?x4x4x2xf32>) -> tensor<?x1x1x2xf32> loc("gap")
  %flat = tfl.reshape %mean : (tensor<?x1x1x2xf32>) -> tensor<?x2xf32> loc("flatten")
  %fw = tfl.const dense<0.25> : tensor<3x2xf32> loc("fc/weight")
  %fb = tfl.const dense<1.0> : tensor<3xf32> loc("fc/bias")
  %fc = tfl.fully_connected %flat, %fw, %fb {fused_activation_function = "RELU"} : (tensor<?x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<?x3xf32> loc("fc")
  %probs = tfl.softmax %fc : tensor<?x3xf32> loc("probs")
  %cat = tfl.concatenation %x, %conv {axis = 3 : i64} : (tensor<?x8x8x4xf32>, tensor<?x8x8x6xf32>) -> tensor<?x8x8x10xf32> loc("cat")
  %p = tfl.padv2 %x, [0, 0, 1, 1, 1, 1, 0, 0] {constant_value = -3.40282347E+38 : f32} : (tensor<?x8x8x4xf32>) -> tensor<?x10x10x4xf32> loc("pool/pad")
  %m = tfl.max_pool_2d %p {filter = array<i64: 3, 3>, padding = "VALID", strides = array<i64: 2, 2>} : (tensor<?x10x10x4xf32>) -> tensor<?x4x4x4xf32> loc("pool")
  %idx = tfl.const dense<[3, 0]> : tensor<2xi32> loc("indices")
  %g = tfl.gather %x, %idx {axis = 3 : i64} : (tensor<?x8x8x4xf32>, tensor<2xi32>) -> tensor<?x8x8x2xf32> loc("picked")
  %sp:2 = tfl.split %x {axis = 3 : i64, size_splits = array<i64: 1, 3>} : (tensor<?x8x8x4xf32>) -> (tensor<?x8x8x1xf32>, tensor<?x8x8x3xf32>) loc("halves")
  %n = tfl.transpose %x, [0, 3, 1, 2] : (tensor<?x8x8x4xf32>) -> tensor<?x4x8x8xf32> loc("nchw")
  return %probs, %cat, %m, %g, %sp#1, %n : tensor<?x3xf32>, tensor<?x8x8x10xf32>, tensor<?x4x4x4xf32>, tensor<?x8x8x2xf32>, tensor<?x8x8x3xf32>, tensor<?x4x8x8xf32>
}
