"""Writes, with onnx.helper, a convolution stack quantized the way
onnxruntime's dynamic quantizer writes models: each layer's float input goes
through DynamicQuantizeLinear (uint8, scale and zero point computed at run
time), its weights are constant (uint8 around a zero point of 128 for
ConvInteger, which onnxruntime's kernel takes; int8 for MatMulInteger), the
layer sums in
int32, and the sum is cast to float and scaled by input scale x weight scale
before the float bias and Relu. A MatMulInteger head does the same. Opset 13.
usage: dynamic_quant_convs.py OUT.onnx"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(0)
nodes, inits = [], []


def const(name, array):
    inits.append(numpy_helper.from_array(array, name))
    return name


def quantized_layer(x, k, cin, cout, op):
    """x (float) -> DynamicQuantizeLinear -> ConvInteger / MatMulInteger ->
    float, scaled; returns the float output's name."""
    q, s, z = f"{k}_q", f"{k}_scale", f"{k}_zp"
    nodes.append(helper.make_node("DynamicQuantizeLinear", [x], [q, s, z], name=f"{k}_quant"))
    shape = (cout, cin, 3, 3) if op == "ConvInteger" else (cin, cout)
    if op == "ConvInteger":
        w = const(f"{k}_w", rng.integers(68, 188, size=shape, dtype=np.uint8))
        wz = const(f"{k}_wzp", np.array(128, dtype=np.uint8))
    else:
        w = const(f"{k}_w", rng.integers(-60, 60, size=shape, dtype=np.int8))
        wz = const(f"{k}_wzp", np.array(3, dtype=np.int8))
    attrs = {"pads": [1, 1, 1, 1]} if op == "ConvInteger" else {}
    nodes.append(helper.make_node(op, [q, w, z, wz], [f"{k}_int"], name=f"{k}_{op}", **attrs))
    nodes.append(helper.make_node("Cast", [f"{k}_int"], [f"{k}_float"], to=TensorProto.FLOAT,
                                  name=f"{k}_cast"))
    ws = const(f"{k}_wscale", np.array(0.004, dtype=np.float32))
    nodes.append(helper.make_node("Mul", [s, ws], [f"{k}_rescale"], name=f"{k}_rescale"))
    nodes.append(helper.make_node("Mul", [f"{k}_float", f"{k}_rescale"], [f"{k}_scaled"],
                                  name=f"{k}_scaled"))
    bshape = (1, cout, 1, 1) if op == "ConvInteger" else (cout,)
    b = const(f"{k}_b", (rng.standard_normal(bshape) * 0.1).astype(np.float32))
    nodes.append(helper.make_node("Add", [f"{k}_scaled", b], [f"{k}_biased"], name=f"{k}_bias"))
    nodes.append(helper.make_node("Relu", [f"{k}_biased"], [f"{k}_out"], name=f"{k}_relu"))
    return f"{k}_out"


h = quantized_layer("x", "conv1", 3, 8, "ConvInteger")
h = quantized_layer(h, "conv2", 8, 16, "ConvInteger")
nodes.append(helper.make_node("GlobalAveragePool", [h], ["pooled"], name="pool"))
nodes.append(helper.make_node("Flatten", ["pooled"], ["flat"], name="flatten"))
y = quantized_layer("flat", "fc", 16, 10, "MatMulInteger")
nodes.append(helper.make_node("Identity", [y], ["y"], name="output"))
graph = helper.make_graph(nodes, "dynamic_quant_convs",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 16, 16])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 10])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
