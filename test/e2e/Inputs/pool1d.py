#!/usr/bin/python3
"""Exports a 1-D CNN over [N, C, L] (Conv1d, MaxPool1d, AvgPool1d with and
without padded counts, AdaptiveAvgPool1d and AdaptiveMaxPool1d) with seeded
random weights and a dynamic batch.

usage: pool1d.py OUT.onnx [OPSET]"""
import sys

import torch


class Pool1D(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv1d(4, 8, 3, padding=1)
        self.max = torch.nn.MaxPool1d(3, stride=2, padding=1)
        self.avg = torch.nn.AvgPool1d(2)
        self.avg_exclude = torch.nn.AvgPool1d(3, stride=1, padding=1, count_include_pad=False)

    def forward(self, x):
        y = self.avg(self.max(torch.relu(self.conv(x))))
        z = self.avg_exclude(y)
        return torch.nn.functional.adaptive_avg_pool1d(z, 1) + \
            torch.nn.functional.adaptive_max_pool1d(y, 1), z


torch.manual_seed(0)
opset = int(sys.argv[2]) if len(sys.argv) > 2 else 13
with torch.no_grad():
    torch.onnx.export(Pool1D().eval(), torch.randn(1, 4, 16), sys.argv[1], opset_version=opset,
                      input_names=["input"], output_names=["pooled", "features"],
                      dynamic_axes={"input": {0: "batch"}, "pooled": {0: "batch"},
                                    "features": {0: "batch"}})
