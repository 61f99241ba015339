// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

func.func @main(%x: tensor<1x8x8x4xf32> {onnx.name = "x"}) -> (tensor<1x16x16x4xf32> {onnx.name = "up"}, tensor<1x4x4x4xf32> {onnx.name = "down"}) {
  %a = tfl.average_pool_2d %x {filter = array<i64: 3, 3>, padding = "SAME", strides = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> loc("avg")
  %b = tfl.resize_bilinear %a {align_corners = false, half_pixel_centers = true} : (tensor<1x8x8x4xf32>) -> tensor<1x16x16x4xf32> loc("bilinear")
  %n = tfl.resize_nearest_neighbor %a {align_corners = true, half_pixel_centers = false} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32> loc("nearest")
  return %b, %n : tensor<1x16x16x4xf32>, tensor<1x4x4x4xf32>
}

// CHECK:      name: "avg"
// CHECK-NEXT: op: "AvgPool"
// CHECK:      key: "data_format"
// CHECK-NOT:  key: "explicit_paddings"
// CHECK:      key: "ksize"
// CHECK:      key: "padding"
// CHECK-NEXT: value {
// CHECK-NEXT:   s: "SAME"
// CHECK:      name: "bilinear/size"
// CHECK:          int_val: 16
// CHECK-NEXT:     int_val: 16
// CHECK:      name: "bilinear"
// CHECK-NEXT: op: "ResizeBilinear"
// CHECK-NEXT: input: "avg"
// CHECK-NEXT: input: "bilinear/size"
// CHECK:      key: "align_corners"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: false
// CHECK:      key: "half_pixel_centers"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
// CHECK:      name: "nearest"
// CHECK-NEXT: op: "ResizeNearestNeighbor"
// CHECK:      key: "align_corners"
// CHECK-NEXT: value {
// CHECK-NEXT:   b: true
