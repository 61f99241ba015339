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
  }];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

#endif // T2T_PASSES
