"""Writes a small MLP using elementwise math, reductions and softmax (the ops
t2t lowers beyond CNNs) to the ONNX file named on the command line."""
import sys

import torch


class MathMLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = torch.nn.Linear(16, 32)
        self.fc2 = torch.nn.Linear(32, 8)

    def forward(self, x):
        h = torch.nn.functional.leaky_relu(self.fc1(x), 0.1)
        h = torch.tanh(h) * torch.sigmoid(h) + torch.exp(-torch.abs(h))
        h = torch.sqrt(torch.abs(h) + 1.0) / (h * h + 2.0) - torch.log(torch.abs(h) + 1.5)
        logits = self.fc2(torch.pow(h, 2.0))
        probs = torch.softmax(logits, dim=-1)
        return probs, logits.mean(dim=-1, keepdim=True), logits.sum(dim=1), logits.amax(dim=1)


torch.manual_seed(0)
torch.onnx.export(MathMLP().eval(), torch.randn(1, 16), sys.argv[1], opset_version=17,
                  input_names=["x"], output_names=["probs", "mean", "sum", "max"],
                  dynamic_axes={"x": {0: "batch"}})
