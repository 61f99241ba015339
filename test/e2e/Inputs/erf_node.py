"""Writes, with onnx.helper, one Erf node named 'my_erf' (opset 13): an
operator TFLite has no builtin for.
usage: erf_node.py OUT.onnx"""
import sys

import onnx
from onnx import TensorProto, helper

graph = helper.make_graph([helper.make_node("Erf", ["x"], ["y"], name="my_erf")], "erf",
                          [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])])
onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), sys.argv[1])
