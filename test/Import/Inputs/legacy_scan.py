"""Writes, with onnx.helper, an opset-8 (batched) Scan accumulating a running
sum, in the forms t2t refuses: a batch of 2, sequence_lens given, and a
state of one element per batch.
usage: legacy_scan.py OUT_DIR"""
import os
import sys

import onnx
from onnx import TensorProto, helper


def body(state_shape, element_shape):
    return helper.make_graph(
        [helper.make_node("Add", ["s", "x"], ["s_next"]),
         helper.make_node("Identity", ["s_next"], ["y"])],
        "sum",
        [helper.make_tensor_value_info("s", TensorProto.FLOAT, state_shape),
         helper.make_tensor_value_info("x", TensorProto.FLOAT, element_shape)],
        [helper.make_tensor_value_info("s_next", TensorProto.FLOAT, state_shape),
         helper.make_tensor_value_info("y", TensorProto.FLOAT, element_shape)])


def scan_model(path, batch, inner, lengths=False):
    inputs = [helper.make_tensor_value_info("initial", TensorProto.FLOAT, [batch] + inner),
              helper.make_tensor_value_info("x", TensorProto.FLOAT, [batch, 3] + inner)]
    scan_inputs = ["", "initial", "x"]
    if lengths:
        inputs.append(helper.make_tensor_value_info("lengths", TensorProto.INT32, [batch]))
        scan_inputs[0] = "lengths"
    node = helper.make_node("Scan", scan_inputs, ["final", "sums"], num_scan_inputs=1,
                            body=body(inner, inner), name="running_sum")
    graph = helper.make_graph(
        [node], "legacy_scan", inputs,
        [helper.make_tensor_value_info("final", TensorProto.FLOAT, [batch] + inner),
         helper.make_tensor_value_info("sums", TensorProto.FLOAT, [batch, 3] + inner)])
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 8)]), path)


out = sys.argv[1]
scan_model(os.path.join(out, "batch2.onnx"), 2, [2])
scan_model(os.path.join(out, "lengths.onnx"), 1, [2], lengths=True)
scan_model(os.path.join(out, "scalar_state.onnx"), 1, [])
