"""Writes a Conv whose filter (1152 bytes: a weight, permuted lazily) is
also a graph output: two Const nodes of the GraphDef share one blob, which
t2t-convert may free only after writing both."""
import sys

import numpy as np
from onnx import TensorProto, helper, numpy_helper, save

rng = np.random.default_rng(0)
w = numpy_helper.from_array(rng.standard_normal((8, 4, 3, 3)).astype(np.float32), "w")
graph = helper.make_graph(
    [helper.make_node("Conv", ["x", "w"], ["y"], name="conv", pads=[1, 1, 1, 1]),
     helper.make_node("Identity", ["w"], ["w_out"], name="weights")],
    "shared", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4, 6, 6])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8, 6, 6]),
     helper.make_tensor_value_info("w_out", TensorProto.FLOAT, [8, 4, 3, 3])], [w])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
save(model, sys.argv[1])
