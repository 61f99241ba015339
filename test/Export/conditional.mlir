// RUN: t2t-translate --to-graphdef-text %s | FileCheck %s

// An if becomes TensorFlow's Switch / Merge: Switch(pred, pred) gives each
// branch its pivot (Identity of output 1: then, 0: else); x, from outside,
// is switched into the branch that uses it (output 1 in then); the
// constant is used as it is; each branch output is an Identity hanging on
// its pivot, so that a branch yielding a constant feeds the Merge only when
// taken.
func.func @main(%c: tensor<i1> {onnx.name = "c"}, %x: tensor<2xf32> {onnx.name = "x"}) -> (tensor<2xf32> {onnx.name = "y"}) {
  %k = tfl.const dense<[1.0, 2.0]> : tensor<2xf32> loc("k")
  %r = tfl.if %c : (tensor<i1>) -> tensor<2xf32> then {
    %n = tfl.neg %x : tensor<2xf32> loc("neg")
    tfl.yield %n : tensor<2xf32>
  } else {
    tfl.yield %k : tensor<2xf32>
  } loc("branch")
  return %r : tensor<2xf32>
}

// CHECK:      name: "branch/pivots"
// CHECK-NEXT: op: "Switch"
// CHECK-NEXT: input: "c"
// CHECK-NEXT: input: "c"
// CHECK:      name: "branch/else/pivot"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "branch/pivots"
// CHECK:      name: "branch/else/output"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "k"
// CHECK-NEXT: input: "^branch/else/pivot"
// CHECK:      name: "branch/then/pivot"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "branch/pivots:1"
// CHECK:      name: "branch/then/Switch"
// CHECK-NEXT: op: "Switch"
// CHECK-NEXT: input: "x"
// CHECK-NEXT: input: "c"
// CHECK:      name: "neg"
// CHECK-NEXT: op: "Neg"
// CHECK-NEXT: input: "branch/then/Switch:1"
// CHECK:      name: "branch/then/output"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "neg"
// CHECK-NEXT: input: "^branch/then/pivot"
// CHECK:      name: "branch/Merge"
// CHECK-NEXT: op: "Merge"
// CHECK-NEXT: input: "branch/else/output"
// CHECK-NEXT: input: "branch/then/output"
// CHECK:      key: "N"
// CHECK-NEXT: value {
// CHECK-NEXT:   i: 2
// CHECK:      name: "y"
// CHECK-NEXT: op: "Identity"
// CHECK-NEXT: input: "branch/Merge"
