#!/usr/bin/python3
"""Regenerates utils/example/tiny_cnn.onnx, the bundled example: a small
residual CNN (Conv, Relu, Add) with a dynamic batch axis, seeded weights."""
import os

import torch


class TinyCNN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(3, 8, 3, padding=1)
        self.conv2 = torch.nn.Conv2d(8, 8, 3, padding=1)
        self.conv3 = torch.nn.Conv2d(8, 4, 1, stride=2)

    def forward(self, x):
        a = torch.relu(self.conv1(x))
        b = torch.relu(self.conv2(a) + a)
        return self.conv3(b)


torch.manual_seed(0)
torch.onnx.export(TinyCNN().eval(), torch.randn(1, 3, 16, 16),
                  os.path.join(os.path.dirname(__file__), "tiny_cnn.onnx"), opset_version=13,
                  input_names=["image"], output_names=["features"],
                  dynamic_axes={"image": {0: "batch"}, "features": {0: "batch"}})
