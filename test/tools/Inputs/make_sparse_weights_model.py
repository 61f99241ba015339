#!/usr/bin/python3
"""Writes OUTDIR/model.onnx whose one weight, 600M floats (2.4 GB), is external
data in a sparse file (no disk blocks; nothing reads it): a model whose
GraphDef would exceed protobuf's 2 GB limit, at no cost."""
import os
import sys

from onnx import TensorProto, helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 600_000_000
w = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[n],
                data_location=TensorProto.EXTERNAL)
for key, value in {"location": "weights.bin", "offset": "0", "length": str(4 * n)}.items():
    entry = w.external_data.add()
    entry.key, entry.value = key, value
with open(os.path.join(out, "weights.bin"), "wb") as f:
    f.truncate(4 * n)
graph = helper.make_graph([helper.make_node("Identity", ["w"], ["y"], name="pass")], "g", [],
                          [helper.make_tensor_value_info("y", TensorProto.FLOAT, [n])], [w])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
model.ir_version = 8
with open(os.path.join(out, "model.onnx"), "wb") as f:
    f.write(model.SerializeToString())
