// RUN: t2t-opt %s -canonicalize -allow-unregistered-dialect | FileCheck %s

// An identity transpose folds away; any other permutation stays.
// CHECK-LABEL: func @transpose_identity
func.func @transpose_identity(%x: tensor<1x2x3xf32>) -> (tensor<1x2x3xf32>, tensor<3x2x1xf32>) {
  // CHECK-NOT: tfl.transpose %{{.*}}, [0, 1, 2]
  // CHECK: %[[T:.*]] = tfl.transpose %arg0, [2, 1, 0]
  // CHECK: return %arg0, %[[T]]
  %0 = tfl.transpose %x, [0, 1, 2] : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  %1 = tfl.transpose %x, [2, 1, 0] : (tensor<1x2x3xf32>) -> tensor<3x2x1xf32>
  return %0, %1 : tensor<1x2x3xf32>, tensor<3x2x1xf32>
}

// Two transposes compose; inverse ones cancel.
// CHECK-LABEL: func @transpose_pairs
func.func @transpose_pairs(%x: tensor<1x2x3x4xf32>) -> (tensor<1x2x3x4xf32>, tensor<4x3x2x1xf32>) {
  // CHECK: %[[C:.*]] = tfl.transpose %arg0, [3, 2, 1, 0] : (tensor<1x2x3x4xf32>) -> tensor<4x3x2x1xf32>
  // CHECK: return %arg0, %[[C]]
  %0 = tfl.transpose %x, [0, 2, 3, 1] : (tensor<1x2x3x4xf32>) -> tensor<1x3x4x2xf32>
  %1 = tfl.transpose %0, [0, 3, 1, 2] : (tensor<1x3x4x2xf32>) -> tensor<1x2x3x4xf32>
  %2 = tfl.transpose %0, [2, 1, 3, 0] : (tensor<1x3x4x2xf32>) -> tensor<4x3x2x1xf32>
  return %1, %2 : tensor<1x2x3x4xf32>, tensor<4x3x2x1xf32>
}

// Constants are permuted at compile time: OIHW -> HWIO here.
// CHECK-LABEL: func @transpose_const
func.func @transpose_const() -> (tensor<1x2x3x1xf32>, tensor<3x2xf32>) {
  // CHECK-DAG: tfl.const dense<{{\[\[\[\[}}1.000000e+00], [2.000000e+00], [3.000000e+00]], {{\[\[}}4.000000e+00], [5.000000e+00], [6.000000e+00]]]]> : tensor<1x2x3x1xf32>
  // CHECK-DAG: tfl.const dense<7.000000e+00> : tensor<3x2xf32>
  // CHECK-NOT: tfl.transpose
  %w = tfl.const dense<[[[[1.0, 4.0]], [[2.0, 5.0]], [[3.0, 6.0]]]]> : tensor<1x3x1x2xf32>
  %t = tfl.transpose %w, [2, 3, 1, 0] : (tensor<1x3x1x2xf32>) -> tensor<1x2x3x1xf32>
  %s = tfl.const dense<7.0> : tensor<2x3xf32>
  %u = tfl.transpose %s, [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %t, %u : tensor<1x2x3x1xf32>, tensor<3x2xf32>
}

// Permutations that move the outermost dim innermost (filters, matrices) take
// a tiled path from 16 rows on: 33 rows cross a tile boundary.
// CHECK-LABEL: func @transpose_const_outer_to_inner
func.func @transpose_const_outer_to_inner() -> tensor<1x3x1x33xi32> {
  // CHECK: tfl.const dense<{{\[}}{{\[}}{{\[}}{{\[}}0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 2100, 2200, 2300, 2400, 2500, 2600, 2700, 2800, 2900, 3000, 3100, 3200]], {{\[}}{{\[}}1, 101, 201, 301, 401, 501, 601, 701, 801, 901, 1001, 1101, 1201, 1301, 1401, 1501, 1601, 1701, 1801, 1901, 2001, 2101, 2201, 2301, 2401, 2501, 2601, 2701, 2801, 2901, 3001, 3101, 3201]], {{\[}}{{\[}}2, 102, 202, 302, 402, 502, 602, 702, 802, 902, 1002, 1102, 1202, 1302, 1402, 1502, 1602, 1702, 1802, 1902, 2002, 2102, 2202, 2302, 2402, 2502, 2602, 2702, 2802, 2902, 3002, 3102, 3202]]]]> : tensor<1x3x1x33xi32>
  // CHECK-NOT: tfl.transpose
  %w = tfl.const dense<[[[[0, 1, 2]]], [[[100, 101, 102]]], [[[200, 201, 202]]], [[[300, 301, 302]]], [[[400, 401, 402]]], [[[500, 501, 502]]], [[[600, 601, 602]]], [[[700, 701, 702]]], [[[800, 801, 802]]], [[[900, 901, 902]]], [[[1000, 1001, 1002]]], [[[1100, 1101, 1102]]], [[[1200, 1201, 1202]]], [[[1300, 1301, 1302]]], [[[1400, 1401, 1402]]], [[[1500, 1501, 1502]]], [[[1600, 1601, 1602]]], [[[1700, 1701, 1702]]], [[[1800, 1801, 1802]]], [[[1900, 1901, 1902]]], [[[2000, 2001, 2002]]], [[[2100, 2101, 2102]]], [[[2200, 2201, 2202]]], [[[2300, 2301, 2302]]], [[[2400, 2401, 2402]]], [[[2500, 2501, 2502]]], [[[2600, 2601, 2602]]], [[[2700, 2701, 2702]]], [[[2800, 2801, 2802]]], [[[2900, 2901, 2902]]], [[[3000, 3001, 3002]]], [[[3100, 3101, 3102]]], [[[3200, 3201, 3202]]]]> : tensor<33x1x1x3xi32>
  %t = tfl.transpose %w, [2, 3, 1, 0] : (tensor<33x1x1x3xi32>) -> tensor<1x3x1x33xi32>
  return %t : tensor<1x3x1x33xi32>
}

// A reshape absorbs reshapes and transposes that keep the element order, and
// folds constants; a transpose that reorders elements stays.
// CHECK-LABEL: func @reshape_folds
func.func @reshape_folds(%x: tensor<2x1x1x3xf32>, %y: tensor<2x3xf32>) -> (tensor<6xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<6xf32>) {
  // CHECK-DAG: %[[C:.*]] = tfl.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
  // CHECK-DAG: %[[A:.*]] = tfl.reshape %arg0 : (tensor<2x1x1x3xf32>) -> tensor<6xf32>
  // CHECK-DAG: %[[B:.*]] = tfl.reshape %arg0 : (tensor<2x1x1x3xf32>) -> tensor<2x3xf32>
  // CHECK-DAG: %[[T:.*]] = tfl.transpose %arg1, [1, 0]
  // CHECK-DAG: %[[D:.*]] = tfl.reshape %[[T]] : (tensor<3x2xf32>) -> tensor<6xf32>
  %r = tfl.reshape %x : (tensor<2x1x1x3xf32>) -> tensor<2x3xf32>
  %a = tfl.reshape %r : (tensor<2x3xf32>) -> tensor<6xf32>
  %t = tfl.transpose %x, [0, 3, 1, 2] : (tensor<2x1x1x3xf32>) -> tensor<2x3x1x1xf32>
  %b = tfl.reshape %t : (tensor<2x3x1x1xf32>) -> tensor<2x3xf32>
  %k = tfl.const dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %c = tfl.reshape %k : (tensor<2x2xf32>) -> tensor<4xf32>
  %u = tfl.transpose %y, [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %d = tfl.reshape %u : (tensor<3x2xf32>) -> tensor<6xf32>
  "test.keep"(%c) : (tensor<4xf32>) -> ()
  return %a, %b, %u, %d : tensor<6xf32>, tensor<2x3xf32>, tensor<3x2xf32>, tensor<6xf32>
}

// A reshaped weight in a resource blob stays that blob (its bytes are not
// copied), with the new type.
// CHECK-LABEL: func @reshape_resource
func.func @reshape_resource() -> tensor<1x3x1x1xf32> {
  // CHECK-NEXT: %[[C:.*]] = tfl.const dense_resource<layer_scale> : tensor<1x3x1x1xf32>
  // CHECK-NEXT: return %[[C]]
  %c = tfl.const dense_resource<layer_scale> : tensor<3x1x1xf32>
  %r = tfl.reshape %c : (tensor<3x1x1xf32>) -> tensor<1x3x1x1xf32>
  return %r : tensor<1x3x1x1xf32>
}

{-#
  dialect_resources: {
    builtin: {
      layer_scale: "0x040000000000803F0000004000004040"
    }
  }
#-}

// Pads of zero everywhere are their input.
// CHECK-LABEL: func.func @pad_nothing
// CHECK-NEXT: return %arg0, %arg0
func.func @pad_nothing(%x: tensor<1x2x3xf32>) -> (tensor<1x2x3xf32>, tensor<1x2x3xf32>) {
  %a = tfl.padv2 %x, [0, 0, 0, 0, 0, 0] {constant_value = 0.0 : f32} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  %b = tfl.mirror_pad %x, [0, 0, 0, 0, 0, 0] {mode = "REFLECT"} : (tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %a, %b : tensor<1x2x3xf32>, tensor<1x2x3xf32>
}

// A float16 constant cast to float32 is converted once, at compile time.
// CHECK-LABEL: func.func @cast_float_constant
// CHECK-NEXT: %[[C:.*]] = tfl.const dense<[1.000000e+00, -2.500000e+00, 6.550400e+04]> : tensor<3xf32>
// CHECK-NEXT: return %[[C]]
func.func @cast_float_constant() -> tensor<3xf32> {
  %c = tfl.const dense<[1.0, -2.5, 65504.0]> : tensor<3xf16>
  %f = tfl.cast %c : (tensor<3xf16>) -> tensor<3xf32>
  return %f : tensor<3xf32>
}

// -----

// A cast of integer constants to float folds: each value exactly (uint8 as
// unsigned).
// CHECK-LABEL: func @cast_integers_to_float
// CHECK-DAG: tfl.const dense<[-3.000000e+00, 0.000000e+00, 1.270000e+02]> : tensor<3xf32>
// CHECK-DAG: tfl.const dense<[2.550000e+02, 1.000000e+00]> : tensor<2xf32>
// CHECK-NOT: tfl.cast
func.func @cast_integers_to_float() -> (tensor<3xf32>, tensor<2xf32>) {
  %i = tfl.const dense<[-3, 0, 127]> : tensor<3xi8>
  %u = tfl.const dense<[255, 1]> : tensor<2xui8>
  %0 = tfl.cast %i : (tensor<3xi8>) -> tensor<3xf32>
  %1 = tfl.cast %u : (tensor<2xui8>) -> tensor<2xf32>
  return %0, %1 : tensor<3xf32>, tensor<2xf32>
}
