// Weights held in resource blobs are written from the blob straight into the
// binary GraphDef (no copy into the proto), permuted on the way when the
// lowering transposed them (#tfl.permuted) and scaled when a fusion folded a
// per-channel scale into them (#tfl.scaled). The bytes are exactly protobuf's
// own deterministic serialization of the same graph (protoc re-encoding the
// text form gives them back), and decode to the text export.
// RUN: rm -rf %t && mkdir -p %t
// RUN: t2t-translate --to-graphdef %s -o %t/graph.pb
// RUN: t2t-translate --to-graphdef-text %s -o %t/graph.pbtxt
// RUN: protoc --decode=t2t.tensorflow.GraphDef -I%t2t_src %t2t_src/lib/Export/graphdef.proto < %t/graph.pb > %t/decoded.pbtxt
// RUN: diff %t/decoded.pbtxt %t/graph.pbtxt
// RUN: protoc --encode=t2t.tensorflow.GraphDef -I%t2t_src %t2t_src/lib/Export/graphdef.proto < %t/graph.pbtxt > %t/encoded.pb
// RUN: cmp %t/encoded.pb %t/graph.pb
// RUN: FileCheck %s < %t/decoded.pbtxt

func.func @main(%x: tensor<1x2xf32> {onnx.name = "x"}) -> (tensor<1x2xf32> {onnx.name = "y"}, tensor<1x2xf32> {onnx.name = "z"}, tensor<1x2xf32> {onnx.name = "u"}) {
  %w = tfl.const dense_resource<fc_weights> : tensor<2x2xf32> loc("w")
  %p = tfl.const #tfl.permuted<dense_resource<fc_weights> : tensor<2x2xf32>, [1, 0]> : tensor<2x2xf32> loc("p")
  %b = tfl.const dense_resource<fc_bias> : tensor<2xf32> loc("b")
  %s = tfl.const dense<[2.0, 3.0]> : tensor<2xf32> loc("s")
  %0 = tfl.fully_connected %x, %w, %b : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32> loc("fc")
  %1 = tfl.mul %0, %s : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32> loc("mul")
  %2 = tfl.fully_connected %x, %p, %b : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32> loc("fc_t")
  %q = tfl.const #tfl.scaled<#tfl.permuted<dense_resource<fc_weights> : tensor<2x2xf32>, [1, 0]> : tensor<2x2xf32>, dense<[2.0, 10.0]> : tensor<2xf32>, 2> : tensor<2x2xf32> loc("q")
  %3 = tfl.fully_connected %x, %q, %b : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32> loc("fc_s")
  return %1, %2, %3 : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
}

// CHECK-LABEL: name: "w"
// CHECK-NEXT: op: "Const"
// CHECK: key: "dtype"
// CHECK: type: DT_FLOAT
// CHECK: key: "value"
// CHECK: dtype: DT_FLOAT
// CHECK: size: 2
// CHECK: size: 2
// 1.0, 2.0, 3.0, 4.0 as little-endian floats.
// CHECK: tensor_content: "\000\000\200?\000\000\000@\000\000@@\000\000\200@"
// CHECK-LABEL: name: "p"
// 1.0, 3.0, 2.0, 4.0: the same blob, transposed.
// CHECK: tensor_content: "\000\000\200?\000\000@@\000\000\000@\000\000\200@"
// CHECK-LABEL: name: "b"
// CHECK: tensor_content: "\000\000\300?\000\000 @"
// CHECK-LABEL: name: "s"
// CHECK: tensor_content: "\000\000\000@\000\000@@"
// CHECK-LABEL: name: "fc"
// CHECK-NEXT: op: "MatMul"
// CHECK-LABEL: name: "q"
// 2.0, 6.0, 20.0, 40.0: the transposed blob, its rows (output channels of
// the OI filter: stride 2) times 2 and 10.
// CHECK: tensor_content: "\000\000\000@\000\000\300@\000\000\240A\000\000 B"

{-#
  dialect_resources: {
    builtin: {
      fc_weights: "0x040000000000803F000000400000404000008040",
      fc_bias: "0x040000000000C03F00002040"
    }
  }
#-}
