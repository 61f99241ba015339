#!/usr/bin/python3
"""Exports a small sequence model to ONNX with seeded random weights.

usage: sequence_models.py vit|encoder|lstm|gru OUT.onnx [OPSET]

vit: torchvision's VisionTransformer class in a small configuration (its
classification head, zero-initialized by torchvision, is randomized so the
output is not trivially zero); encoder: an nn.TransformerEncoder stack;
lstm: a 2-layer LSTM + Linear; gru: a bidirectional GRU + Linear (both
batch first).
torch's eval-mode attention takes a fused fast path with no ONNX export, so
the models are exported in training mode with every dropout at 0.
"""
import sys

import torch
import torchvision


def build(which):
    if which == "vit":
        m = torchvision.models.VisionTransformer(image_size=32, patch_size=8, num_layers=2,
                                                 num_heads=4, hidden_dim=64, mlp_dim=128,
                                                 num_classes=10)
        torch.nn.init.normal_(m.heads.head.weight)
        torch.nn.init.normal_(m.heads.head.bias)
        return m, torch.randn(1, 3, 32, 32)
    if which == "encoder":
        layer = torch.nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64,
                                                 batch_first=True)
        return torch.nn.TransformerEncoder(layer, num_layers=2), torch.randn(2, 5, 32)
    if which in ("lstm", "gru"):
        return Recurrent(which), torch.randn(2, 6, 8)
    raise SystemExit(f"unknown model '{which}'")


class Recurrent(torch.nn.Module):
    def __init__(self, which):
        super().__init__()
        if which == "lstm":
            self.rnn = torch.nn.LSTM(8, 16, num_layers=2, batch_first=True)
            self.fc = torch.nn.Linear(16, 4)
        else:
            self.rnn = torch.nn.GRU(8, 16, bidirectional=True, batch_first=True)
            self.fc = torch.nn.Linear(32, 4)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.fc(y)


def main():
    torch.manual_seed(0)
    model, x = build(sys.argv[1])
    for mod in model.modules():
        if isinstance(mod, torch.nn.Dropout):
            mod.p = 0.0
        if isinstance(getattr(mod, "dropout", None), float):
            mod.dropout = 0.0
    model.train()
    with torch.no_grad():
        opset = int(sys.argv[3]) if len(sys.argv) > 3 else 17
        torch.onnx.export(model, x, sys.argv[2], opset_version=opset, input_names=["input"],
                          output_names=["output"], training=torch.onnx.TrainingMode.PRESERVE,
                          do_constant_folding=False)


if __name__ == "__main__":
    main()
