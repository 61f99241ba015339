"""Writes a CNN exercising AveragePool (count_include_pad both ways, padded
and not) and Resize (nearest; bilinear with and without align_corners) to the
ONNX file named on the command line."""
import sys

import torch


class PoolResize(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.avg_incl = torch.nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=True)
        self.avg_excl = torch.nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)
        self.avg_plain = torch.nn.AvgPool2d(2)

    def forward(self, x):
        h = torch.relu(self.conv(x))
        a = self.avg_incl(h) + self.avg_excl(h) + self.avg_plain(h)
        up = torch.nn.functional.interpolate(a, scale_factor=2, mode="nearest")
        bl = torch.nn.functional.interpolate(a, scale_factor=2, mode="bilinear", align_corners=False)
        ac = torch.nn.functional.interpolate(a, size=(15, 13), mode="bilinear", align_corners=True)
        return up + bl, ac


torch.manual_seed(0)
torch.onnx.export(PoolResize().eval(), torch.randn(1, 3, 16, 16), sys.argv[1], opset_version=17,
                  input_names=["x"], output_names=["y", "corners"])
