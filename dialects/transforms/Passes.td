//===- Passes.td - t2t pass definitions ---------------------*- tablegen -*-===//

#ifndef T2T_PASSES
#define T2T_PASSES

include "mlir/Pass/PassBase.td"

def ConvertONNXToNHWC : Pass<"convert-onnx-to-nhwc", "::mlir::ModuleOp"> {
  let summary = "Lower the onnx dialect to the channels-last tfl dialect";
  let description = [{
    Applies the declarative onnx -> tfl patterns of dialects/transforms. Every
    onnx op left afterwards is reported, grouped by op type with its count
    and ONNX node names, and the pass fails.

    With `naive-layout`, every layout-sensitive op keeps its own pair of
    NCHW<->NHWC transposes (the method of onnx-tf): no transpose is moved,
    composed or cancelled; only constants (filters) are still permuted at
    compile time. It is the baseline the optimized layout is measured against.
  }];
  let options = [
    Option<"naiveLayout", "naive-layout", "bool", /*default=*/"false",
           "Keep a transpose pair around every layout-sensitive op">
  ];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

def NHWCInterface : Pass<"nhwc-interface", "::mlir::func::FuncOp"> {
  let summary = "Make the 4-D inputs and outputs of @main channels-last";
  let description = [{
    TensorFlow users feed images as NHWC. Each rank-4 argument of `@main`
    becomes NHWC, followed by a transpose back to NCHW for its users; each
    rank-4 result is transposed to NHWC before being returned. The transposes
    fold into the ones the lowering put around layout-sensitive ops, so the
    caller permutes the input once and the graph holds none.
  }];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

#endif // T2T_PASSES
