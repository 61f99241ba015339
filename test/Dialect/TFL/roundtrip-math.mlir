// RUN: t2t-opt %s | t2t-opt | FileCheck %s
// RUN: t2t-opt %s --mlir-print-op-generic | t2t-opt | FileCheck %s

// CHECK-LABEL: func @math_ops
func.func @math_ops(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // CHECK: tfl.tanh %{{.*}} : tensor<2x3xf32>
  %0 = tfl.tanh %x : tensor<2x3xf32>
  // CHECK: tfl.exp
  %1 = tfl.exp %x : tensor<2x3xf32>
  // CHECK: tfl.log
  %2 = tfl.log %x : tensor<2x3xf32>
  // CHECK: tfl.sqrt
  %3 = tfl.sqrt %x : tensor<2x3xf32>
  // CHECK: tfl.rsqrt
  %4 = tfl.rsqrt %x : tensor<2x3xf32>
  // CHECK: tfl.abs
  %5 = tfl.abs %x : tensor<2x3xf32>
  // CHECK: tfl.neg
  %6 = tfl.neg %x : tensor<2x3xf32>
  // CHECK: tfl.leaky_relu %{{.*}} {alpha = 1.000000e-01 : f32} : tensor<2x3xf32>
  %7 = tfl.leaky_relu %x {alpha = 0.1 : f32} : tensor<2x3xf32>
  // CHECK: tfl.softmax %{{.*}} : tensor<2x3xf32>
  %8 = tfl.softmax %x : tensor<2x3xf32>
  // CHECK: tfl.sub %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %9 = tfl.sub %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tfl.div
  %10 = tfl.div %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tfl.pow
  %11 = tfl.pow %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tfl.maximum
  %12 = tfl.maximum %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tfl.minimum
  %13 = tfl.minimum %x, %y : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tfl.sum %{{.*}}, [1] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  %14 = tfl.sum %x, [1] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<2xf32>
  // CHECK: tfl.reduce_max %{{.*}}, [0, 1] {keep_dims = true} : (tensor<2x3xf32>) -> tensor<1x1xf32>
  %15 = tfl.reduce_max %x, [0, 1] {keep_dims = true} : (tensor<2x3xf32>) -> tensor<1x1xf32>
  // CHECK: tfl.reduce_min %{{.*}}, [0] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<3xf32>
  %16 = tfl.reduce_min %x, [0] {keep_dims = false} : (tensor<2x3xf32>) -> tensor<3xf32>
  // CHECK: tfl.cast %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xi32>
  %17 = tfl.cast %x : (tensor<2x3xf32>) -> tensor<2x3xi32>
  return
}
