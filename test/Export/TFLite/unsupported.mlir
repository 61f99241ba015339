// Only builtin operators are written: an op TFLite has no builtin for is
// named with its location, and no file is left behind.
// RUN: rm -f %t.tflite
// RUN: not t2t-translate --to-tflite %s -o %t.tflite 2>&1 | FileCheck %s
// RUN: not test -s %t.tflite

// CHECK: unsupported.mlir:[[# @LINE + 3]]:{{[0-9]+}}: error: 'tfl.acos' has no TFLite builtin operator (only builtins are written)
func.func @main(%x: tensor<1x4xf32> {onnx.name = "x"}) -> (tensor<1x4xf32> {onnx.name = "y"}) {
  %r = tfl.relu %x : tensor<1x4xf32> loc("relu")
  %e = tfl.acos %r : tensor<1x4xf32>
  return %e : tensor<1x4xf32>
}
