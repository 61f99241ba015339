"""Writes, with onnx.helper, x * 4 -> one unary node of type OP named
'my_<op>' (opset 13): x in [-4, 4) reaches the tails of functions like Erf.
usage: unary_node.py OUT.onnx OP"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

op = sys.argv[2]
graph = helper.make_graph(
    [helper.make_node("Mul", ["x", "four"], ["scaled"], name="scale"),
     helper.make_node(op, ["scaled"], ["y"], name="my_" + op.lower())],
    op.lower(),
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 64])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 64])],
    [numpy_helper.from_array(np.array(4.0, np.float32), "four")])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), sys.argv[1])
