// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Where the decompositions must not fire: shapes they need static are not,
// attributes out of range, one-sign IsInf with no sign, GatherND with batch
// dims, training-mode Dropout (random), EyeLike of a dynamic shape, run-time
// ReduceSum axes that may be empty (TensorFlow would sum nothing), scatters
// with a reduction, Einsum with an ellipsis, a PRelu slope that does not
// broadcast (opset 6's per-channel meaning). Each op is reported by node name.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: LayerNormalization x1: ln_axis_out_of_range
// CHECK-NEXT: why: x, axis: needs an axis in range of a ranked input
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<2x3xf32>, none)
// CHECK-NEXT: Hardmax x1: hardmax_dynamic_axis
// CHECK-NEXT: why: x, axis: needs a ranked input with a static axis in range
// CHECK-NEXT: inputs: (tensor<?x3xf32>)
// CHECK-NEXT: ArgMax x1: argmax_last_dynamic
// CHECK-NEXT: why: keepdims: needs the value 0; select_last_index: needs the value 0; data, axis: needs a ranked input with a static axis in range
// CHECK-NEXT: inputs: (tensor<?x3xf32>)
// CHECK-NEXT: NegativeLogLikelihoodLoss x1: nll_dynamic
// CHECK-NEXT: why: needs static float input [N, C, ...] and target
// CHECK-NEXT: inputs: (tensor<?x3xf32>, tensor<?xi64>, none)
// CHECK-NEXT: GatherElements x1: gather_elements_dynamic
// CHECK-NEXT: why: needs static shapes and numeric data
// CHECK-NEXT: inputs: (tensor<?x3xf32>, tensor<?x3xi64>)
// CHECK-NEXT: GatherND x1: gather_nd_batch
// CHECK-NEXT: why: needs ranked types and batch_dims = 0
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<2x1xi64>)
// CHECK-NEXT: IsInf x1: isinf_no_sign
// CHECK-NEXT: why: detect_negative: needs a value other than 0; detect_positive: needs a value other than 0
// CHECK-NEXT: inputs: (tensor<2x3xf32>)
// CHECK-NEXT: Dropout x1: dropout_training
// CHECK-NEXT: why: ratio, training_mode: needs inference or a ratio of 0 (training mode is random)
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<f32>, tensor<i1>)
// CHECK-NEXT: EyeLike x1: eyelike_dynamic
// CHECK-NEXT: why: y: needs a static 2-D result
// CHECK-NEXT: inputs: (tensor<?x3xf32>)
// CHECK-NEXT: ReduceSum x1: sum_axes_maybe_empty
// CHECK-NEXT: why: axes, noop, data: needs constant axes in range; axes, noop: needs empty axes with noop_with_empty_axes; axes, noop: needs run-time 1-D axes that cannot be empty
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<?xi64>)
// CHECK-NEXT: ScatterND x1: scatter_add
// CHECK-NEXT: why: needs ranked types and no reduction
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>)
// CHECK-NEXT: Einsum x1: einsum_ellipsis
// CHECK-NEXT: why: equation: needs an equation without ellipsis
// CHECK-NEXT: inputs: (tensor<2x3xf32>)
// CHECK-NEXT: PRelu x1: prelu_legacy_channel_slope
// CHECK-NEXT: why: x, slope: needs operands that broadcast
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<2xf32>)
func.func @f(%x: tensor<2x3xf32>, %d: tensor<?x3xf32>, %t: tensor<?xi64>, %i: tensor<?x3xi64>, %ib: tensor<2x1xi64>) -> (tensor<2x3xf32>, tensor<?x3xf32>, tensor<1x3xi64>, tensor<f32>, tensor<?x3xf32>, tensor<2xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<?x3xf32>, tensor<?x?xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<2x3xf32>) {
  %none = onnx.NoValue
  %0, %m, %v = "onnx.LayerNormalization"(%x, %x, %none) {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>, none) -> (tensor<2x3xf32>, none, none) loc("ln_axis_out_of_range")
  %1 = "onnx.Hardmax"(%d) {axis = 0 : i64} : (tensor<?x3xf32>) -> tensor<?x3xf32> loc("hardmax_dynamic_axis")
  %2 = "onnx.ArgMax"(%d) {axis = 0 : i64, select_last_index = 1 : i64} : (tensor<?x3xf32>) -> tensor<1x3xi64> loc("argmax_last_dynamic")
  %3 = "onnx.NegativeLogLikelihoodLoss"(%d, %t, %none) : (tensor<?x3xf32>, tensor<?xi64>, none) -> tensor<f32> loc("nll_dynamic")
  %4 = "onnx.GatherElements"(%d, %i) : (tensor<?x3xf32>, tensor<?x3xi64>) -> tensor<?x3xf32> loc("gather_elements_dynamic")
  %5 = "onnx.GatherND"(%x, %ib) {batch_dims = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xi64>) -> tensor<2xf32> loc("gather_nd_batch")
  %6 = "onnx.IsInf"(%x) {detect_negative = 0 : i64, detect_positive = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1> loc("isinf_no_sign")
  %ratio = "onnx.Constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
  %train = "onnx.Constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
  %7, %mask = "onnx.Dropout"(%x, %ratio, %train) : (tensor<2x3xf32>, tensor<f32>, tensor<i1>) -> (tensor<2x3xf32>, none) loc("dropout_training")
  %8 = "onnx.EyeLike"(%d) : (tensor<?x3xf32>) -> tensor<?x3xf32> loc("eyelike_dynamic")
  %9 = "onnx.ReduceSum"(%x, %t) : (tensor<2x3xf32>, tensor<?xi64>) -> tensor<?x?xf32> loc("sum_axes_maybe_empty")
  %10 = "onnx.ScatterND"(%x, %ib, %x) {reduction = "add"} : (tensor<2x3xf32>, tensor<2x1xi64>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("scatter_add")
  %11 = "onnx.Einsum"(%x) {equation = "...ii->...i"} : (tensor<2x3xf32>) -> tensor<2xf32> loc("einsum_ellipsis")
  %slope = "onnx.Constant"() {value = dense<0.25> : tensor<2xf32>} : () -> tensor<2xf32>
  %12 = "onnx.PRelu"(%x, %slope) : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32> loc("prelu_legacy_channel_slope")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : tensor<2x3xf32>, tensor<?x3xf32>, tensor<1x3xi64>, tensor<f32>, tensor<?x3xf32>, tensor<2xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<?x3xf32>, tensor<?x?xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<2x3xf32>
}
