#!/usr/bin/python3
"""Exports a CNN that pads with torch.nn.functional.pad (zero and reflect)
between convolution and pools, as Debian's torch writes it: at opset 11 and
later the pads are computed by a chain (ConstantOfShape, Concat, Reshape to
[n, 2], Slice with step -1, Transpose, Reshape, Cast) rather than a constant.

usage: functional_pad.py OUT.onnx OPSET"""
import sys

import torch
import torch.nn.functional as F


class FunctionalPad(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)

    def forward(self, x):
        y = F.max_pool2d(F.pad(self.conv(x), (1, 2, 0, 1)), 2)
        return F.avg_pool2d(F.pad(y, (1, 1, 1, 1), mode="reflect"), 2)


torch.manual_seed(0)
with torch.no_grad():
    torch.onnx.export(FunctionalPad().eval(), torch.randn(1, 3, 16, 16), sys.argv[1],
                      opset_version=int(sys.argv[2]), input_names=["input"],
                      output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
