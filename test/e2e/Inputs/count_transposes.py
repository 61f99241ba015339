#!/usr/bin/python3
"""Fails unless the converted graph has no more Transpose nodes than the ONNX
model itself.

usage: count_transposes.py MODEL.onnx SUMMARY.txt (t2t-convert's summary)
"""
import re
import sys

import onnx

onnx_count = sum(n.op_type == "Transpose" for n in onnx.load(sys.argv[1]).graph.node)
with open(sys.argv[2]) as f:
    tf_count = int(re.search(r"transposes left:\s*(\d+)", f.read()).group(1))
print(f"transposes: {tf_count} in the GraphDef, {onnx_count} in the ONNX model")
sys.exit(0 if tf_count <= onnx_count else 1)
