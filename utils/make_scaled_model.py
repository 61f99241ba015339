#!/usr/bin/python3
"""Writes a synthetic CNN of about SIZE_MB megabytes for scaling benchmarks:
3x3 convolutions of 512 channels (9.4 MB of weights each, + ReLU) on an
8x8 input, weights in ONNX external data (OUT.onnx + OUT.onnx.data),
written in a stream: generating 1 GB needs no 1 GB in memory.

usage: make_scaled_model.py SIZE_MB OUT.onnx
"""
import os
import sys

import numpy as np
from onnx import TensorProto, helper

CHANNELS = 512
size_mb, out = float(sys.argv[1]), sys.argv[2]
per_layer = CHANNELS * CHANNELS * 9 * 4
layers = max(1, round(size_mb * 1e6 / per_layer))
data_name = os.path.basename(out) + ".data"
rng = np.random.default_rng(0)

nodes, initializers = [], []
value = "x"
offset = 0
with open(out + ".data", "wb") as data:
    for i in range(layers):
        weights = rng.standard_normal((CHANNELS, CHANNELS, 3, 3), dtype=np.float32)
        weights *= np.float32(1.0 / np.sqrt(CHANNELS * 9))
        data.write(weights.tobytes())
        w = TensorProto(name=f"w{i}", data_type=TensorProto.FLOAT, dims=weights.shape,
                        data_location=TensorProto.EXTERNAL)
        for key, v in {"location": data_name, "offset": str(offset),
                       "length": str(weights.nbytes)}.items():
            entry = w.external_data.add()
            entry.key, entry.value = key, v
        offset += weights.nbytes
        initializers.append(w)
        nodes.append(helper.make_node("Conv", [value, f"w{i}"], [f"c{i}"], name=f"conv{i}",
                                      kernel_shape=[3, 3], pads=[1, 1, 1, 1]))
        nodes.append(helper.make_node("Relu", [f"c{i}"], [f"r{i}"], name=f"relu{i}"))
        value = f"r{i}"
shape = [1, CHANNELS, 8, 8]
graph = helper.make_graph(nodes, "scaled", [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape)],
                          [helper.make_tensor_value_info(value, TensorProto.FLOAT, shape)],
                          initializers)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
with open(out, "wb") as f:
    f.write(model.SerializeToString())
print(f"{out}: {layers} convolutions, {offset / 1e6:.1f} MB of weights")
