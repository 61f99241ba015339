#!/usr/bin/python3
"""Writes an ONNX LSTM with peepholes, biases and seeded random weights
(torch exports no peepholes; ONNX's own peephole test also uses sequence_lens).

usage: lstm_peepholes.py OUT.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

rng = np.random.default_rng(0)
H, I, T, B = 3, 4, 5, 2
weights = {"W": (1, 4 * H, I), "R": (1, 4 * H, H), "B": (1, 8 * H), "P": (1, 3 * H)}
initializers = [numpy_helper.from_array(rng.standard_normal(s).astype(np.float32), n)
                for n, s in weights.items()]
node = helper.make_node("LSTM", ["x", "W", "R", "B", "", "", "", "P"], ["y", "y_h", "y_c"],
                        hidden_size=H)
graph = helper.make_graph(
    [node], "lstm_peepholes", [helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [T, B, I])],
    [helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [T, 1, B, H]),
     helper.make_tensor_value_info("y_c", onnx.TensorProto.FLOAT, [1, B, H])], initializers)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
onnx.save(model, sys.argv[1])
