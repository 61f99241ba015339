// RUN: t2t-opt %s --convert-onnx-to-nhwc -split-input-file | FileCheck %s

// Bilinear with zeros padding: the maps flattened to NHWC [N, H * W, C],
// four GatherNd at the floor / floor + 1 neighbours (indices [n, y * W + x],
// neighbours outside the maps masked to 0), weighted, back to NCHW.
// CHECK-LABEL: func @bilinear_zeros
// CHECK: %[[MAPS:.*]] = tfl.reshape %{{.*}} : (tensor<1x4x4x2xf32>) -> tensor<1x16x2xf32>
// CHECK-COUNT-2: tfl.floor
// CHECK-COUNT-4: tfl.gather_nd %[[MAPS]], %{{.*}} : (tensor<1x16x2xf32>, tensor<1x3x5x2xi32>) -> tensor<1x3x5x2xf32>
// CHECK: tfl.transpose %{{.*}}, [0, 3, 1, 2] : (tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32>
func.func @bilinear_zeros(%x: tensor<1x2x4x4xf32>, %grid: tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32> {
  %0 = "onnx.GridSample"(%x, %grid) : (tensor<1x2x4x4xf32>, tensor<1x3x5x2xf32>) -> tensor<1x2x3x5xf32>
  return %0 : tensor<1x2x3x5xf32>
}

// -----

// Nearest with border padding: positions rounded half to even and clamped
// to the maps; one gather.
// CHECK-LABEL: func @nearest_border
// CHECK-COUNT-2: tfl.round
// CHECK-COUNT-1: tfl.gather_nd
// CHECK-NOT: tfl.gather_nd
func.func @nearest_border(%x: tensor<1x1x3x3xf32>, %grid: tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32> {
  %0 = "onnx.GridSample"(%x, %grid) {mode = "nearest", padding_mode = "border", align_corners = 1 : i64} : (tensor<1x1x3x3xf32>, tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

// Bicubic with reflection padding: 16 gathers at the 4 x 4 neighbours,
// weighted by Keys' cubic in each direction.
// CHECK-LABEL: func @bicubic_reflection
// CHECK-COUNT-16: tfl.gather_nd
// CHECK-NOT: tfl.gather_nd
func.func @bicubic_reflection(%x: tensor<1x1x4x4xf32>, %grid: tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32> {
  %0 = "onnx.GridSample"(%x, %grid) {mode = "bicubic", padding_mode = "reflection"} : (tensor<1x1x4x4xf32>, tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}
