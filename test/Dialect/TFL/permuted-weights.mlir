// RUN: t2t-opt %s -canonicalize | FileCheck %s
// RUN: t2t-opt %s -canonicalize | t2t-opt | FileCheck %s

// A transposed weight (a resource blob of 1 KiB or more) is not copied: the
// transpose folds to #tfl.permuted over the same blob, whose bytes the
// exporter permutes as it writes them. Smaller constants are permuted at once
// (fold.mlir). The attribute prints and parses back (second RUN).

// CHECK-LABEL: func @transposed_weight
// CHECK-NEXT: %[[C:.*]] = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x2x4xf32>
// CHECK-NEXT: return %[[C]]
func.func @transposed_weight() -> tensor<32x2x4xf32> {
  %w = tfl.const dense_resource<w> : tensor<2x4x32xf32>
  %t = tfl.transpose %w, [2, 0, 1] : (tensor<2x4x32xf32>) -> tensor<32x2x4xf32>
  return %t : tensor<32x2x4xf32>
}

// Permutations compose: result dim i is source dim inner[outer[i]].
// CHECK-LABEL: func @composed
// CHECK-NEXT: %[[C:.*]] = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 1, 0]> : tensor<32x4x2xf32>
// CHECK-NEXT: return %[[C]]
func.func @composed() -> tensor<32x4x2xf32> {
  %p = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x2x4xf32>
  %t = tfl.transpose %p, [0, 2, 1] : (tensor<32x2x4xf32>) -> tensor<32x4x2xf32>
  return %t : tensor<32x4x2xf32>
}

// A reshape merging result dims that are adjacent and in order in the
// source is a permutation of the source viewed with them merged: result
// dims 1, 2 are source dims 0, 1, so [32, 8] is [8, 32] transposed.
// CHECK-LABEL: func @reshape_merged
// CHECK-NEXT: %[[C:.*]] = tfl.const #tfl.permuted<dense_resource<w> : tensor<8x32xf32>, [1, 0]> : tensor<32x8xf32>
// CHECK-NEXT: return %[[C]]
func.func @reshape_merged() -> tensor<32x8xf32> {
  %p = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x2x4xf32>
  %r = tfl.reshape %p : (tensor<32x2x4xf32>) -> tensor<32x8xf32>
  return %r : tensor<32x8xf32>
}

// A reshape splitting a result dim splits its source dim alike; size-1
// dims come and go: result dim 0 (source dim 2) is split into [4, 8].
// CHECK-LABEL: func @reshape_split
// CHECK-NEXT: %[[C:.*]] = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x4x8x1xf32>, [2, 3, 4, 0, 1]> : tensor<4x8x1x2x4xf32>
// CHECK-NEXT: return %[[C]]
func.func @reshape_split() -> tensor<4x8x1x2x4xf32> {
  %p = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x2x4xf32>
  %r = tfl.reshape %p : (tensor<32x2x4xf32>) -> tensor<4x8x1x2x4xf32>
  return %r : tensor<4x8x1x2x4xf32>
}

// Back to the source's order: the source itself, viewed.
// CHECK-LABEL: func @transposed_back
// CHECK-NEXT: %[[C:.*]] = tfl.const dense_resource<w> : tensor<8x32xf32>
// CHECK-NEXT: return %[[C]]
func.func @transposed_back() -> tensor<8x32xf32> {
  %p = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x8xf32>
  %t = tfl.transpose %p, [1, 0] : (tensor<32x8xf32>) -> tensor<8x32xf32>
  return %t : tensor<8x32xf32>
}

// Merging result dims 0, 1 (source dims 2, 0: not in order) is no view of
// the source: the reshape keeps the permutation with another type, and a
// transpose of it computes that view into a blob, which it permutes lazily.
// CHECK-LABEL: func @transposed_view
// CHECK-NEXT: %[[C:.*]] = tfl.const #tfl.permuted<dense_resource<permuted> : tensor<64x4xf32>, [1, 0]> : tensor<4x64xf32>
// CHECK-NEXT: return %[[C]]
// 0, 32, 64, 96: the view's first row, source elements [0, 0..3, 0].
// CHECK: permuted: "0x040000000000000000000042000080420000C042
func.func @transposed_view() -> tensor<4x64xf32> {
  %p = tfl.const #tfl.permuted<dense_resource<w> : tensor<2x4x32xf32>, [2, 0, 1]> : tensor<32x2x4xf32>
  %r = tfl.reshape %p : (tensor<32x2x4xf32>) -> tensor<64x4xf32>
  %t = tfl.transpose %r, [1, 0] : (tensor<64x4xf32>) -> tensor<4x64xf32>
  return %t : tensor<4x64xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x04000000000000000000803F0000004000004040000080400000A0400000C0400000E0400000004100001041000020410000304100004041000050410000604100007041000080410000884100009041000098410000A0410000A8410000B0410000B8410000C0410000C8410000D0410000D8410000E0410000E8410000F0410000F84100000042000004420000084200000C4200001042000014420000184200001C4200002042000024420000284200002C4200003042000034420000384200003C4200004042000044420000484200004C4200005042000054420000584200005C4200006042000064420000684200006C4200007042000074420000784200007C42000080420000824200008442000086420000884200008A4200008C4200008E42000090420000924200009442000096420000984200009A4200009C4200009E420000A0420000A2420000A4420000A6420000A8420000AA420000AC420000AE420000B0420000B2420000B4420000B6420000B8420000BA420000BC420000BE420000C0420000C2420000C4420000C6420000C8420000CA420000CC420000CE420000D0420000D2420000D4420000D6420000D8420000DA420000DC420000DE420000E0420000E2420000E4420000E6420000E8420000EA420000EC420000EE420000F0420000F2420000F4420000F6420000F8420000FA420000FC420000FE420000004300000143000002430000034300000443000005430000064300000743000008430000094300000A4300000B4300000C4300000D4300000E4300000F430000104300001143000012430000134300001443000015430000164300001743000018430000194300001A4300001B4300001C4300001D4300001E4300001F430000204300002143000022430000234300002443000025430000264300002743000028430000294300002A4300002B4300002C4300002D4300002E4300002F430000304300003143000032430000334300003443000035430000364300003743000038430000394300003A4300003B4300003C4300003D4300003E4300003F430000404300004143000042430000434300004443000045430000464300004743000048430000494300004A4300004B4300004C4300004D4300004E4300004F430000504300005143000052430000534300005443000055430000564300005743000058430000594300005A4300005B4300005C4300005D4300005E4300005F430000604300006143000062430000634300006443000065430000664300006743000068430000694300006A4300006B4300006C4300006D4300006E4300006F430000704300007143000072430000734300007443000075430000764300007743000078430000794300007A4300007B4300007C4300007D4300007E4300007F43"
    }
  }
#-}
