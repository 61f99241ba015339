//===- Passes.td - t2t pass definitions ---------------------*- tablegen -*-===//

#ifndef T2T_PASSES
#define T2T_PASSES

include "mlir/Pass/PassBase.td"

def ConvertONNXToNHWC : Pass<"convert-onnx-to-nhwc", "::mlir::ModuleOp"> {
  let summary = "Lower the onnx dialect to the channels-last tfl dialect (the user-facing lowering)";
  let description = [{
    The patterns of convert-onnx-to-tfl and, for the optimized layout, those
    of optimize-tfl-layout, applied in one greedy driver: a transpose the
    lowering inserts sinks, composes and cancels as soon as it appears, so
    the per-channel constants it meets are already in NHWC form when the
    next op's pattern and, later, fuse-tfl look at them. Run one after the
    other the two passes compute the same values, but fuse fewer layers
    (ConvNeXt keeps four more nodes: its LayerNorm affines stay unfused).
    Unsupported operators are reported as by convert-onnx-to-tfl.
  }];
  let options = [
    Option<"naiveLayout", "naive-layout", "bool", /*default=*/"false",
           "Keep a transpose pair around every layout-sensitive op">
  ];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

def ConvertONNXToTFL : Pass<"convert-onnx-to-tfl", "::mlir::ModuleOp"> {
  let summary = "Lower the onnx dialect to the tfl dialect, NCHW <-> NHWC transposes around "
                "layout-sensitive ops";
  let description = [{
    Applies the onnx -> tfl patterns of dialects/conversion/ONNXToTFL (one
    file per op family). Every onnx op left afterwards is reported, grouped
    by op type and the reason its patterns gave, with its count and ONNX
    node names, and the pass fails.

    Folding composes and cancels the transposes the patterns insert and
    permutes constant filters (lazily: #tfl.permuted views that the exporter
    permutes as it writes). With `naive-layout`, nothing is folded but the
    transposes and reshapes of constants: every layout-sensitive op keeps
    its own pair of NCHW<->NHWC transposes (the method of onnx-tf, the
    baseline the optimized layout is measured against).

    A weight's resource blob is freed as soon as no operation refers to it
    (e.g. a filter a fold rewrote), so that the conversion holds the weights
    once, not twice.
  }];
  let options = [
    Option<"naiveLayout", "naive-layout", "bool", /*default=*/"false",
           "Keep a transpose pair around every layout-sensitive op">
  ];
  let dependentDialects = ["::t2t::tfl::TFLDialect"];
}

def OptimizeTFLLayout : Pass<"optimize-tfl-layout", "::mlir::ModuleOp"> {
  let summary = "Move, compose and cancel the layout transposes of a tfl graph";
  let description = [{
    On lowered tfl: transposes sink from the operands of elementwise ops to
    their result (and through pads, concatenations, reductions and the
    other axis ops), where they compose and cancel; a fully_connected of a
    flattened NHWC->NCHW transpose flattens the NHWC data and permutes its
    constant weights instead; a channel shuffle (reshape, transpose,
    reshape) becomes a gather of the channel axis that moves like any axis
    op. Weights freed as in convert-onnx-to-tfl.
  }];
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
