#!/usr/bin/python3
"""Writes models the way exporters other than torch 1.13 write them, into
OUTDIR: operators whose schema changed in opsets 18-21, onnxruntime's
com.microsoft contrib ops, nodes out of topological order, float16 weights
with Casts listed after their users, outputs without a shape. Built with
onnx.helper, which writes any opset number (Debian's onnx 1.12 knows <= 17,
so nothing here is checked by it); onnxruntime-node is the reference.

usage: real_world_models.py OUTDIR"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(0)


def save(name, nodes, inputs, outputs, inits=(), opset=18, extra_opsets=(), ir_version=None):
    graph = helper.make_graph(nodes, name, inputs, outputs, list(inits))
    imports = [helper.make_opsetid("", opset)] + [helper.make_opsetid(d, v) for d, v in extra_opsets]
    model = helper.make_model(graph, opset_imports=imports)
    model.ir_version = ir_version or {18: 8, 19: 9, 20: 9, 21: 10}.get(opset, 8)
    with open(os.path.join(out, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


def vi(name, shape, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, shape)


def const(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def weights(name, *shape, dtype=np.float32):
    return const(name, (rng.standard_normal(shape) * 0.3).astype(dtype))


node = helper.make_node
x4 = vi("x", [1, 4, 6, 6])

# Opset 18: Reduce* take axes as an input (an empty one with
# noop_with_empty_axes=1 is the identity).
save("reduce18", [
    node("ReduceMean", ["x", "a1"], ["mean"], keepdims=1),
    node("ReduceMax", ["x", "a_last"], ["max"], keepdims=0),
    node("ReduceMin", ["x", "a23"], ["min"]),
    node("ReduceProd", ["x", "a1"], ["prod"]),
    node("ReduceL1", ["x", "a23"], ["l1"]),
    node("ReduceL2", ["x", "a23"], ["l2"]),
    node("ReduceSumSquare", ["x", "a1"], ["sumsq"], keepdims=0),
    node("ReduceLogSumExp", ["x", "a_last"], ["lse"]),
    node("Abs", ["x"], ["ax"]),
    node("ReduceLogSum", ["ax", "a23"], ["logsum"]),
    node("ReduceMean", ["x"], ["all"], keepdims=0),
    node("ReduceMax", ["x", "none"], ["same"], noop_with_empty_axes=1),
], [x4], [vi(n, None) for n in
          ["mean", "max", "min", "prod", "l1", "l2", "sumsq", "lse", "logsum", "all", "same"]],
   [const("a1", np.array([1], np.int64)), const("a_last", np.array([-1], np.int64)),
    const("a23", np.array([2, 3], np.int64)), const("none", np.array([], np.int64))])

# Opset 18: Split num_outputs, even (6 = 3 x 2) and uneven (6 = 4 + 2).
save("split18", [
    node("Split", ["x"], ["s0", "s1", "s2"], axis=2, num_outputs=3),
    node("Split", ["x"], ["u0", "u1"], axis=-1, num_outputs=2),
    node("Split", ["x"], ["c0", "c1"], axis=1, num_outputs=2),
    node("Split", ["y"], ["v0", "v1", "v2"], axis=1, num_outputs=3),
], [x4, vi("y", [2, 7])], [vi(n, None) for n in ["s0", "s1", "s2", "u0", "u1", "c0", "c1", "v0", "v1", "v2"]])

# Opset 18: Pad with an axes input (constant and reflect); opset 19 keeps it.
for opset in (18, 19):
    save(f"pad{opset}", [
        node("Pad", ["x", "pads", "zero", "axes"], ["p"], mode="constant"),
        node("Pad", ["x", "pads", "", "axes"], ["r"], mode="reflect"),
        node("Pad", ["x", "pads_all"], ["q"]),
    ], [x4], [vi("p", [1, 4, 9, 8]), vi("r", [1, 4, 9, 8]), vi("q", None)],
         [const("pads", np.array([1, 0, 2, 2], np.int64)), const("axes", np.array([2, -1], np.int64)),
          const("zero", np.array(0.5, np.float32)),
          const("pads_all", np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64))], opset=opset)

# Opset 18/19: Resize with its new attributes at their defaults.
save("resize19", [
    node("Resize", ["x", "", "scales"], ["up"], mode="linear", antialias=0,
         keep_aspect_ratio_policy="stretch", coordinate_transformation_mode="half_pixel"),
    node("Resize", ["x", "", "", "sizes"], ["near"], mode="nearest"),
], [x4], [vi("up", None), vi("near", None)],
   [const("scales", np.array([1, 1, 2, 2], np.float32)), const("sizes", np.array([1, 4, 12, 9], np.int64))],
   opset=19)

# Opset 18 Mish, opset 20 Gelu (exact and tanh), opset 19 AveragePool with
# unit dilations and Cast with saturate.
save("activations20", [
    node("Mish", ["x"], ["mish"]),
    node("Gelu", ["x"], ["gelu"]),
    node("Gelu", ["x"], ["gelu_tanh"], approximate="tanh"),
    node("AveragePool", ["x"], ["pool"], kernel_shape=[3, 3], dilations=[1, 1], pads=[1, 1, 1, 1],
         count_include_pad=0),
    node("Cast", ["x"], ["cast"], to=TensorProto.FLOAT, saturate=1),
], [x4], [vi(n, None) for n in ["mish", "gelu", "gelu_tanh", "pool", "cast"]], opset=20)

# GroupNormalization: opset 18 scales per group, opset 21 per channel.
save("groupnorm18", [node("GroupNormalization", ["x", "gs", "gb"], ["y"], num_groups=2, epsilon=1e-3)],
     [x4], [vi("y", [1, 4, 6, 6])], [weights("gs", 2), weights("gb", 2)])
save("groupnorm21", [node("GroupNormalization", ["x", "cs", "cb"], ["y"], num_groups=2)],
     [x4], [vi("y", [1, 4, 6, 6])], [weights("cs", 4), weights("cb", 4)], opset=21)

# Opset 21: a small CNN whose operators only gained types since 17.
save("cnn21", [
    node("Conv", ["x", "w", "b"], ["c"], pads=[1, 1, 1, 1]),
    node("Relu", ["c"], ["r"]),
    node("Shape", ["r"], ["shape"]),
    node("Reshape", ["r", "flat"], ["f"]),
    node("Transpose", ["f"], ["t"], perm=[1, 0]),
    node("Unsqueeze", ["t", "ax0"], ["y"]),
], [x4], [vi("y", None), vi("shape", None, TensorProto.INT64)],
   [weights("w", 8, 4, 3, 3), weights("b", 8), const("flat", np.array([1, -1], np.int64)),
    const("ax0", np.array([0], np.int64))], opset=21)

# Opset 11 (paddle2onnx's): Softmax over a non-last axis coerces its input to
# 2-D there (each [N, rest] row normalized), LogSoftmax over the last one.
save("softmax11", [
    node("Reshape", ["x", "shape"], ["r"]),
    node("Softmax", ["r"], ["soft"], axis=1),
    node("LogSoftmax", ["r"], ["logsoft"], axis=-1),
    node("Hardmax", ["x"], ["hard"], axis=2),
], [x4], [vi("soft", None), vi("logsoft", None), vi("hard", None)],
   [const("shape", np.array([1, 4, 36], np.int64))], opset=11, ir_version=6)

# Graph hygiene: nodes in reverse order; a float16 weight whose Cast is listed
# after its user (what float16 converters write); an output with no shape.
save("unsorted", [
    node("Relu", ["c"], ["y"]),
    node("Conv", ["x", "w"], ["c"], pads=[1, 1, 1, 1]),
], [x4], [vi("y", [1, 8, 6, 6])], [weights("w", 8, 4, 3, 3)], opset=13)
save("float16_casts_last", [
    node("Conv", ["x", "w32"], ["c"], pads=[1, 1, 1, 1]),
    node("Add", ["c", "b32"], ["y"]),
    node("Cast", ["w16"], ["w32"], to=TensorProto.FLOAT),
    node("Cast", ["b16"], ["b32"], to=TensorProto.FLOAT),
], [x4], [vi("y", [1, 8, 6, 6])],
   [weights("w16", 8, 4, 3, 3, dtype=np.float16), weights("b16", 1, 8, 1, 1, dtype=np.float16)], opset=13)
save("shapeless_output", [node("Conv", ["x", "w"], ["y"])],
     [x4], [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)], [weights("w", 2, 4, 3, 3)],
     opset=13)

# onnxruntime's contrib ops (what its offline optimizer writes).
ms = [("com.microsoft", 1)]
save("ms_fused_conv", [
    node("FusedConv", ["x", "w", "b"], ["relu"], domain="com.microsoft", activation="Relu", pads=[1, 1, 1, 1]),
    node("FusedConv", ["x", "w", "b"], ["leaky"], domain="com.microsoft", activation="LeakyRelu",
         activation_params=[0.2], pads=[1, 1, 1, 1]),
    node("FusedConv", ["x", "w"], ["clip"], domain="com.microsoft", activation="Clip",
         activation_params=[-0.5, 0.5], pads=[1, 1, 1, 1]),
], [x4], [vi(n, [1, 8, 6, 6]) for n in ["relu", "leaky", "clip"]],
   [weights("w", 8, 4, 3, 3), weights("b", 8)], opset=17, extra_opsets=ms)
x3 = vi("x", [2, 5, 8])
save("ms_transformer_ops", [
    node("Gelu", ["x"], ["gelu"], domain="com.microsoft"),
    node("FastGelu", ["x", "bias"], ["fast"], domain="com.microsoft"),
    node("BiasGelu", ["x", "bias"], ["biasgelu"], domain="com.microsoft"),
    node("QuickGelu", ["x"], ["quick"], domain="com.microsoft", alpha=1.5),
    node("FusedMatMul", ["x", "wt"], ["mm"], domain="com.microsoft", transB=1, alpha=0.5),
    node("SkipLayerNormalization", ["x", "skip", "gamma", "beta", "bias"], ["ln", "", "", "sum"],
         domain="com.microsoft", epsilon=1e-5),
], [x3, vi("skip", [2, 5, 8])],
   [vi(n, [2, 5, 8]) for n in ["gelu", "fast", "biasgelu", "quick"]] + [vi("mm", [2, 5, 6])] +
   [vi(n, [2, 5, 8]) for n in ["ln", "sum"]],
   [weights("bias", 8), weights("wt", 6, 8), weights("gamma", 8), weights("beta", 8)],
   opset=17, extra_opsets=ms)
# The same SkipLayerNormalization in an opset-13 model (no LayerNormalization op).
save("ms_skip_layernorm13", [
    node("SkipLayerNormalization", ["x", "skip", "gamma"], ["ln"], domain="com.microsoft", epsilon=1e-5),
], [x3, vi("skip", [2, 5, 8])], [vi("ln", [2, 5, 8])], [weights("gamma", 8)], opset=13, extra_opsets=ms)
