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

    A weight's resource blob is freed as soon as no operation refers to it
    (e.g. a filter a fold rewrote), so that the conversion holds the weights
    once, not twice; transposed weights stay views of their blobs
    (#tfl.permuted) that the exporter permutes as it writes them.
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

def FuseTFL : Pass<"fuse-tfl", "::mlir::func::FuncOp"> {
  let summary = "Fold bias, scale, BatchNormalization, zero padding and activations into layers";
  let description = [{
    The rewrites of dialects/transforms/TFLFusion.td, on lowered tfl:
    per-channel constant adds and multiplies (a BatchNormalization with
    constant statistics is one of each) fold into the weights and bias of
    the conv_2d, depthwise_conv_2d, transpose_conv or fully_connected before
    them; relu, relu6, tanh and clip(-1, 1) become its fused activation;
    zero padding of H and W becomes its padding (SAME when it is
    TensorFlow's SAME); the decomposed hard swish and exact GELU become
    hard_swish and gelu. Not run for the naive layout.
  }];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

def ChannelShuffleAsTranspose : Pass<"channel-shuffle-as-transpose", "::mlir::func::FuncOp"> {
  let summary = "Write channel shuffles of the innermost axis as one transpose";
  let description = [{
    The layout carries a channel shuffle as a gather of the channel axis; once
    it is settled, a gather of the innermost axis whose indices shuffle the
    channels becomes reshape -> transpose of the last two dims -> reshape of
    the [..., groups, channels / groups] view, which TensorFlow (and
    TensorFlow.js's WASM backend, 8-15x) runs faster than the gather. Not run
    for the naive layout.
  }];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

#endif // T2T_PASSES
