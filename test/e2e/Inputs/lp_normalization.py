"""Writes an LpNormalization model (p = 2 over the last axis, p = 1 over
axis 1) with onnx.helper to the ONNX file named on the command line: torch
exports F.normalize as ReduceL2 and Div, not as this operator."""
import sys

import onnx
from onnx import TensorProto, helper

x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3, 4])
l2 = helper.make_tensor_value_info("l2", TensorProto.FLOAT, [2, 3, 4])
l1 = helper.make_tensor_value_info("l1", TensorProto.FLOAT, [2, 3, 4])
graph = helper.make_graph(
    [helper.make_node("LpNormalization", ["x"], ["l2"], name="lp2"),
     helper.make_node("LpNormalization", ["x"], ["l1"], name="lp1", axis=1, p=1)],
    "lp_normalization", [x], [l2, l1])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
model.ir_version = 7
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
