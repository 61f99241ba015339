// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// Forms the new patterns must leave alone; each is reported by name. The
// Elu, Selu, one-sign IsInf, fmod, last-index ArgMax, run-time-k Trilu,
// Tile with run-time repeats (static shapes) and Expand to a run-time shape
// here are lowered since (activations.mlir, elementwise.mlir,
// reductions.mlir, data-movement.mlir) and must no longer be reported.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: Slice x1: slice_mismatched_lengths
// CHECK-NEXT: why: needs starts, ends, axes and steps of one static length and index type
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<1xi64>, tensor<2xi64>, none, none)
// CHECK-NEXT: Split x1: split_uneven
// CHECK-NEXT: why: the axis does not split evenly
// CHECK-NEXT: inputs: (tensor<2x3xf32>, none)
// CHECK-NEXT: Gather x1: gather_dynamic_axis
// CHECK-NEXT: why: non-constant indices into a dynamic axis
// CHECK-NEXT: inputs: (tensor<?x3xf32>, tensor<2xi64>)
// CHECK-NEXT: CumSum x1: cumsum_two_axes
// CHECK-NEXT: why: axis, x: needs a constant axis in range of a ranked input; axis: needs a one-element axis
// CHECK-NEXT: inputs: (tensor<2x3xf32>, tensor<2xi64>)
// CHECK-NEXT: LRN x1: lrn_even
// CHECK-NEXT: why: size: needs an odd size
// CHECK-NEXT: inputs: (tensor<1x4x2x2xf32>)
// CHECK-NEXT: Pad x1: edge_dynamic
// CHECK-NEXT: why: needs a float, constant-mode pad; needs a ranked reflect-mode pad; needs a static edge-mode pad
// CHECK-NEXT: inputs: (tensor<?x3xf32>, tensor<4xi64>, none)
// CHECK-NOT: {{Elu|Selu|IsInf|Mod|ArgMax|Trilu|Tile|Expand}}
func.func @f(%x: tensor<2x3xf32>, %s: tensor<1xi64>, %d: tensor<?x3xf32>, %i: tensor<2xi64>, %r: tensor<2xi64>, %k: tensor<i64>, %ax: tensor<i64>, %img: tensor<1x4x2x2xf32>, %ints: tensor<3xi32>, %p: tensor<4xi64>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<1x3xf32>, tensor<2x1xf32>, tensor<?x2xf32>, tensor<4x6xf32>, tensor<?x3xf32>, tensor<2x3xf32>, tensor<1x3xi64>, tensor<2x3xf32>, tensor<1x4x2x2xf32>, tensor<?x5xf32>) {
  %0 = "onnx.Elu"(%x) {alpha = 2.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("elu_alpha2")
  %1 = "onnx.Selu"(%x) {alpha = 1.5 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32> loc("selu_custom")
  %2 = "onnx.IsInf"(%x) {detect_negative = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xi1> loc("isinf_positive_only")
  %3 = "onnx.Mod"(%x, %x) {fmod = 1 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32> loc("fmod")
  %e = "onnx.Constant"() {value = dense<1> : tensor<1xi64>} : () -> tensor<1xi64>
  %n = onnx.NoValue
  %4 = "onnx.Slice"(%x, %s, %i, %n, %n) : (tensor<2x3xf32>, tensor<1xi64>, tensor<2xi64>, none, none) -> tensor<1x3xf32> loc("slice_mismatched_lengths")
  %5:2 = "onnx.Split"(%x, %n) {axis = 1 : i64} : (tensor<2x3xf32>, none) -> (tensor<2x1xf32>, tensor<2x2xf32>) loc("split_uneven")
  %6 = "onnx.Gather"(%d, %i) {axis = 0 : i64} : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x2xf32> loc("gather_dynamic_axis")
  %7 = "onnx.Tile"(%x, %r) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<4x6xf32> loc("tile_dynamic_repeats")
  %8 = "onnx.Expand"(%d, %r) : (tensor<?x3xf32>, tensor<2xi64>) -> tensor<?x3xf32> loc("expand_dynamic")
  %9 = "onnx.Trilu"(%x, %k) : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32> loc("trilu_dynamic_k")
  %10 = "onnx.ArgMax"(%x) {select_last_index = 1 : i64} : (tensor<2x3xf32>) -> tensor<1x3xi64> loc("argmax_last_index")
  %11 = "onnx.CumSum"(%x, %r) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32> loc("cumsum_two_axes")
  %12 = "onnx.LRN"(%img) {size = 2 : i64} : (tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32> loc("lrn_even")
  %pc = "onnx.Constant"() {value = dense<[0, 1, 0, 1]> : tensor<4xi64>} : () -> tensor<4xi64>
  %13 = "onnx.Pad"(%d, %pc, %n) {mode = "edge"} : (tensor<?x3xf32>, tensor<4xi64>, none) -> tensor<?x5xf32> loc("edge_dynamic")
  return %0, %1, %2, %3, %4, %5#0, %6, %7, %8, %9, %10, %11, %12, %13 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<1x3xf32>, tensor<2x1xf32>, tensor<?x2xf32>, tensor<4x6xf32>, tensor<?x3xf32>, tensor<2x3xf32>, tensor<1x3xi64>, tensor<2x3xf32>, tensor<1x4x2x2xf32>, tensor<?x5xf32>
}
