// RUN: t2t-translate --to-tflite %s -o %t.tflite
// RUN: %tflite_json %t.tflite --ops | FileCheck %s

// A transposed convolution to a size known only at run time: TRANSPOSE_CONV's
// output_shape computed from the input's shape, [batch, in * stride +
// dilation * (kernel - 1) + 1 - stride, ..., channels].
// CHECK: inputs: x[-1,-1,-1,3]
// CHECK-NEXT: SHAPE(x[-1,-1,-1,3]) -> up/output_shape/input[4 int32] {"out_type": "INT32"}
// CHECK-NEXT: SLICE(up/output_shape/input[4 int32], up/output_shape/batch/begin[1 int32], up/output_shape/batch/size[1 int32]) -> up/output_shape/batch[1 int32]
// CHECK-NEXT: SLICE(up/output_shape/input[4 int32], up/output_shape/input_hw/begin[1 int32], up/output_shape/input_hw/size[1 int32]) -> up/output_shape/input_hw[2 int32]
// CHECK-NEXT: MUL(up/output_shape/input_hw[2 int32], up/output_shape/strides[2 int32]) -> up/output_shape/strided_hw[2 int32]
// CHECK-NEXT: ADD(up/output_shape/strided_hw[2 int32], up/output_shape/extent[2 int32]) -> up/output_shape/output_hw[2 int32]
// CHECK-NEXT: CONCATENATION(up/output_shape/batch[1 int32], up/output_shape/output_hw[2 int32], up/output_shape/channels[1 int32]) -> up/output_shape[4 int32] {"axis": 0, "fused_activation_function": "NONE"}
// CHECK-NEXT: TRANSPOSE_CONV(up/output_shape[4 int32], up/filter[2,3,3,3], x[-1,-1,-1,3], up/bias[2]) -> y[-1,-1,-1,2] {"padding": "VALID", "stride_w": 2, "stride_h": 2, "fused_activation_function": "NONE"}
// CHECK-NEXT: outputs: y[-1,-1,-1,2]
// CHECK-NEXT: signature serving_default: {{.*}}

func.func @main(%x: tensor<?x?x?x3xf32> {onnx.name = "x"}) -> (tensor<?x?x?x2xf32> {onnx.name = "y"}) {
  %w = tfl.const dense<0.5> : tensor<3x3x2x3xf32> loc("up/filter")
  %b = tfl.const dense<[0.5, -0.5]> : tensor<2xf32> loc("up/bias")
  %y = tfl.transpose_conv %x, %w, %b {strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>, padding = "VALID"} : (tensor<?x?x?x3xf32>, tensor<3x3x2x3xf32>, tensor<2xf32>) -> tensor<?x?x?x2xf32> loc("up")
  return %y : tensor<?x?x?x2xf32>
}
