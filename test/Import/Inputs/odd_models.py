#!/usr/bin/python3
"""Writes odd and hostile models a user may bring from other exporters into
OUTDIR, one rule each: operators opset 17 cannot express, unknown domains
and opsets, new element types, malformed contrib ops, broken graphs. Every
one must convert or be refused with a message naming the file, the node (or
model part) and the reason, never libonnx's internals (odd-models.test).

usage: odd_models.py OUTDIR"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
node = helper.make_node


def vi(name, shape, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, shape)


def const(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def save(name, nodes, inputs=None, outputs=None, inits=(), opset=18, extra=(), ir_version=8,
         functions=()):
    inputs = inputs if inputs is not None else [vi("x", [1, 2, 4, 4])]
    outputs = outputs if outputs is not None else [vi("y", None)]
    graph = helper.make_graph(nodes, name, inputs, outputs, list(inits))
    imports = [helper.make_opsetid("", opset)] + [helper.make_opsetid(d, v) for d, v in extra]
    model = helper.make_model(graph, opset_imports=imports, functions=list(functions))
    model.ir_version = ir_version
    with open(os.path.join(out, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


i64 = lambda *v: np.array(v, np.int64)
ms = [("com.microsoft", 1)]

# Domains and opsets.
save("foreign_domain", [node("Foo", ["x"], ["y"], domain="com.example", name="foo1"),
                        ], extra=[("com.example", 1)])
save("ms_attention", [node("Attention", ["x"], ["y"], domain="com.microsoft", name="attn")], extra=ms)
save("opset22", [node("Relu", ["x"], ["y"])], opset=22, ir_version=10)
save("opset0", [node("Relu", ["x"], ["y"])], opset=0)
save("ir_version11", [node("Relu", ["x"], ["y"])], opset=13, ir_version=11)
save("vendor_in_subgraph", [
    node("If", ["c"], ["y"], name="branch",
         then_branch=helper.make_graph([node("Gelu", ["x"], ["t"], domain="com.example")], "t", [],
                                       [vi("t", [1, 2, 4, 4])]),
         else_branch=helper.make_graph([node("Relu", ["x"], ["e"])], "e", [], [vi("e", [1, 2, 4, 4])]))],
    inputs=[vi("x", [1, 2, 4, 4]), vi("c", [], TensorProto.BOOL)], opset=17, extra=[("com.example", 1)])
save("local_function", [node("MyOp", ["x"], ["y"], domain="local", name="call")], opset=17,
     extra=[("local", 1)], functions=[helper.make_function(
         "local", "MyOp", ["a"], ["b"], [node("Relu", ["a"], ["b"])], [helper.make_opsetid("", 17)])])

# Opset 18-21 features without an opset-17 form.
scales = const("scales", np.array([1, 1, 0.5, 0.5], np.float32))
save("resize_antialias18", [node("Resize", ["x", "", "scales"], ["y"], mode="linear", antialias=1,
                                 name="down")], inits=[scales])
save("resize_axes18", [node("Resize", ["x", "", "s2"], ["y"], axes=[2, 3], name="up")],
     inits=[const("s2", np.array([2, 2], np.float32))])
save("resize_keep_aspect18", [node("Resize", ["x", "", "", "sz"], ["y"], keep_aspect_ratio_policy="not_larger",
                                   name="fit")], inits=[const("sz", i64(1, 2, 8, 8))])
save("resize_symmetric19", [node("Resize", ["x", "", "scales"], ["y"], mode="linear", name="sym",
                                 coordinate_transformation_mode="half_pixel_symmetric")],
     inits=[scales], opset=19, ir_version=9)
save("reduce_runtime_axes18", [node("ReduceMean", ["x", "axes"], ["y"], name="mean")],
     inputs=[vi("x", [1, 2, 4, 4]), vi("axes", [1], TensorProto.INT64)])
save("pad_wrap19", [node("Pad", ["x", "pads"], ["y"], mode="wrap", name="wrap")],
     inits=[const("pads", i64(0, 0, 1, 1, 0, 0, 1, 1))], opset=19, ir_version=9)
save("pad_axes_unknown_rank18", [node("Pad", ["x", "pads", "", "axes"], ["y"], name="pad")],
     inputs=[vi("x", None)], inits=[const("pads", i64(1, 1)), const("axes", i64(-1))])
save("scatter_max18", [node("ScatterElements", ["x", "idx", "upd"], ["y"], reduction="max", name="scat")],
     inputs=[vi("x", [4]), vi("idx", [2], TensorProto.INT64), vi("upd", [2])])
save("col2im18", [node("Col2Im", ["x", "img", "blk"], ["y"], name="fold")],
     inputs=[vi("x", [1, 4, 9])], inits=[const("img", i64(4, 4)), const("blk", i64(2, 2))])
save("bitwise_and18", [node("BitwiseAnd", ["a", "b"], ["y"], name="band")],
     inputs=[vi("a", [4], TensorProto.INT32), vi("b", [4], TensorProto.INT32)],
     outputs=[vi("y", [4], TensorProto.INT32)])
save("deform_conv19", [node("DeformConv", ["x", "w", "off"], ["y"], name="dcn")],
     inputs=[vi("x", [1, 2, 4, 4]), vi("w", [2, 2, 3, 3]), vi("off", [1, 18, 2, 2])], opset=19, ir_version=9)
save("lppool_ceil18", [node("LpPool", ["x"], ["y"], kernel_shape=[2, 2], ceil_mode=1, name="lp")])
save("avgpool_dilated19", [node("AveragePool", ["x"], ["y"], kernel_shape=[2, 2], dilations=[2, 2],
                                name="pool")], opset=19, ir_version=9)
save("quantize_blocked21", [node("DequantizeLinear", ["q", "s"], ["y"], axis=1, block_size=2, name="dq")],
     inputs=[vi("q", [2, 4], TensorProto.INT8), vi("s", [2, 2])], opset=21, ir_version=10)
save("groupnorm_no_groups18", [node("GroupNormalization", ["x", "s", "b"], ["y"], name="gn")],
     inits=[const("s", np.ones(2, np.float32)), const("b", np.zeros(2, np.float32))])
save("gelu_bad_approx20", [node("Gelu", ["x"], ["y"], approximate="fast", name="g")], opset=20, ir_version=9)
save("split_too_many18", [node("Split", ["x"], ["a", "b", "c"], axis=1, num_outputs=3, name="sp")],
     outputs=[vi("a", None), vi("b", None), vi("c", None)])
float8 = TensorProto(name="w", data_type=17, dims=[2], raw_data=b"\x01\x02")  # FLOAT8E4M3FN
save("float8_initializer19", [node("Cast", ["w"], ["y"], to=TensorProto.FLOAT)], inputs=[],
     inits=[float8], opset=19, ir_version=9)
save("int4_input21", [node("Cast", ["q"], ["y"], to=TensorProto.FLOAT)], inputs=[vi("q", [2], 22)],
     opset=21, ir_version=10)

# Malformed contrib ops.
w = const("w", np.ones((2, 2, 3, 3), np.float32))
save("fused_conv_swish", [node("FusedConv", ["x", "w"], ["y"], domain="com.microsoft", activation="Swish",
                               name="fc")], inits=[w], opset=17, extra=ms)
save("fused_matmul_unknown_rank", [node("FusedMatMul", ["x", "b"], ["y"], domain="com.microsoft", transA=1,
                                        name="fmm")], inputs=[vi("x", None), vi("b", [4, 4])], opset=17,
     extra=ms)
save("fused_matmul_batch_transpose", [node("FusedMatMul", ["x", "x"], ["y"], domain="com.microsoft",
                                           transBatchA=1, name="fmm")], opset=17, extra=ms)
save("skip_layernorm_two_inputs", [node("SkipLayerNormalization", ["x", "x"], ["y"],
                                        domain="com.microsoft", name="sln")], opset=17, extra=ms)
save("bias_add_two_inputs", [node("BiasAdd", ["x", "x"], ["y"], domain="com.microsoft", name="ba")],
     opset=17, extra=ms)

# Broken graphs.
save("cycle", [node("Add", ["x", "b"], ["a"], name="first"), node("Relu", ["a"], ["b"], name="second"),
               node("Identity", ["a"], ["y"])], opset=13)
save("missing_input", [node("Relu", ["nowhere"], ["y"], name="lost")], opset=13)
save("duplicate_output", [node("Relu", ["x"], ["y"], name="r1"), node("Neg", ["x"], ["y"], name="r2")],
     opset=13)
save("output_shadows_initializer", [node("Relu", ["x"], ["w"], name="r")],
     outputs=[vi("w", None)], inits=[const("w", np.ones(2, np.float32))], opset=13)
save("subgraph_cycle", [
    node("If", ["c"], ["y"], name="branch",
         then_branch=helper.make_graph([node("Add", ["x", "q"], ["p"], name="inner1"),
                                        node("Relu", ["p"], ["q"], name="inner2")], "t", [],
                                       [vi("p", [1, 2, 4, 4])]),
         else_branch=helper.make_graph([node("Relu", ["x"], ["e"])], "e", [], [vi("e", [1, 2, 4, 4])]))],
    inputs=[vi("x", [1, 2, 4, 4]), vi("c", [], TensorProto.BOOL)], opset=13)
save("unknown_op", [node("FooBar", ["x"], ["y"], name="mystery")], opset=13)
save("empty_op_type", [node("", ["x"], ["y"], name="blank")], opset=13)
save("wrong_attribute_type", [node("Conv", ["x", "w"], ["y"], kernel_shape=[1.5, 1.5], name="conv")],
     inits=[w], opset=13)
save("output_never_produced", [node("Relu", ["x"], ["r"])], outputs=[vi("y", None)], opset=13)
save("conv_rank_mismatch", [node("Conv", ["x", "w2"], ["y"], name="conv")],
     inits=[const("w2", np.ones((2, 2, 3), np.float32))], opset=13)
save("declared_type_mismatch", [node("NonMaxSuppression", ["boxes", "scores"], ["y"], name="nms")],
     inputs=[vi("boxes", [1, 4, 4]), vi("scores", [1, 1, 4])], opset=13)
save("unsupported_lowering", [node("Det", ["m"], ["y"], name="det")],
     inputs=[vi("m", [2, 3, 3])], outputs=[vi("y", [2])], opset=13)
save("shapeless_input", [node("Relu", ["x"], ["y"], name="act")], inputs=[vi("x", None)], opset=13)

# Accepted: what other exporters write and libonnx's converter trips on.
save("softmax11_unknown_shape", [node("Reshape", ["x", "shape"], ["r"]),
                                 node("Softmax", ["r"], ["y"], axis=1, name="sm")],
     inputs=[vi("x", [1, 2, 4, 4]), vi("shape", [3], TensorProto.INT64)], opset=11)
save("pad9_default_value", [node("Pad", ["x"], ["y"], pads=[0, 0, 1, 1, 0, 0, 1, 1], name="pad")], opset=9)
save("identity_graph", [node("Identity", ["x"], ["y"])], opset=13)
