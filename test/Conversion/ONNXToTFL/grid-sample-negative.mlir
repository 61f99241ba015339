// RUN: not t2t-opt %s --convert-onnx-to-nhwc 2>&1 | FileCheck %s

// GridSamples left alone, reported by name: a mode ONNX does not define,
// maps of a run-time size.
// CHECK: error: unsupported ONNX operators:
// CHECK-NEXT: GridSample x1: unknown_mode
// CHECK-NEXT: why: needs bilinear, nearest or bicubic sampling
// CHECK: GridSample x1: runtime_maps
// CHECK-NEXT: why: needs static float32 2-D maps and grid
func.func @f(%x: tensor<1x1x4x4xf32>, %grid: tensor<1x2x2x2xf32>, %d: tensor<1x1x?x?xf32>) -> (tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) {
  %0 = "onnx.GridSample"(%x, %grid) {mode = "area"} : (tensor<1x1x4x4xf32>, tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32> loc("unknown_mode")
  %1 = "onnx.GridSample"(%d, %grid) : (tensor<1x1x?x?xf32>, tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32> loc("runtime_maps")
  return %0, %1 : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>
}
