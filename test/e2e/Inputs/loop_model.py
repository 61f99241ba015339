"""Writes, with onnx.helper, an ONNX Loop that torch.jit.script exports
write for a `for`/`while` over rows: at most M = 6 iterations while the
running sum's total stays below 0.5 (an early exit); each iteration adds row i of x (an outer
value) to y and emits y as a scan output. Opset 13.
usage: loop_model.py OUT.onnx"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

body = helper.make_graph(
    [helper.make_node("Gather", ["x", "i"], ["row"], axis=0),
     helper.make_node("Add", ["y_in", "row"], ["y_out"]),
     helper.make_node("ReduceSum", ["y_out"], ["total"], keepdims=0),
     helper.make_node("Less", ["total", "limit"], ["cond_out"]),
     helper.make_node("Identity", ["y_out"], ["scan"])],
    "body",
    [helper.make_tensor_value_info("i", TensorProto.INT64, []),
     helper.make_tensor_value_info("cond_in", TensorProto.BOOL, []),
     helper.make_tensor_value_info("y_in", TensorProto.FLOAT, [3])],
    [helper.make_tensor_value_info("cond_out", TensorProto.BOOL, []),
     helper.make_tensor_value_info("y_out", TensorProto.FLOAT, [3]),
     helper.make_tensor_value_info("scan", TensorProto.FLOAT, [3])])
graph = helper.make_graph(
    [helper.make_node("Loop", ["M", "cond", "y0"], ["y", "rows"], body=body, name="loop")],
    "loop_model",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [6, 3]),
     helper.make_tensor_value_info("y0", TensorProto.FLOAT, [3])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [3]),
     helper.make_tensor_value_info("rows", TensorProto.FLOAT, ["n", 3])],
    [numpy_helper.from_array(np.array(6, np.int64), "M"),
     numpy_helper.from_array(np.array(True), "cond"),
     numpy_helper.from_array(np.array(0.5, np.float32), "limit")])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
