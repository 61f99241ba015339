"""Exports, with Debian's torch and a symbolic batch, height and width, small
modules whose shapes are computed at run time, to the ONNX file named:
  flatten: y.view(y.size(0), -1) after a convolution (maps of any size);
  pad: F.pad of a convolution's maps up to a multiple of 8, pads computed
       from their run-time size;
  deconv: a strided convolution and a ConvTranspose back to the input's
       size (output_size=x.shape[-2:]);
  encoder: a 2-layer TransformerEncoder (batch first) over a symbolic batch
       and sequence length: its attention reshapes read them at run time;
  lstm: a 2-layer bidirectional LSTM (batch first) over a symbolic batch and
       sequence length, its initial states zeros of the run-time batch;
  gru: a 1-layer GRU (batch first) whose initial state is an input and whose
       final state is an output;
  expand: a learned [1, 5, 8] table expanded to the run-time batch and added,
       and the coordinates of the sum's positive elements (NonZero).
usage: runtime_shape_modules.py NAME OUT.onnx"""
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F


class Flatten(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)

    def forward(self, x):
        y = torch.relu(self.conv(x))
        return y.view(y.size(0), -1)


class PadToMultiple(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3)

    def forward(self, x):
        y = self.conv(x)
        h, w = y.shape[-2:]
        return F.pad(y, (0, (8 - w % 8) % 8, 0, (8 - h % 8) % 8))


class Deconv(nn.Module):
    def __init__(self):
        super().__init__()
        self.down = nn.Conv2d(3, 4, 3, stride=2, padding=1)
        self.up = nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1)

    def forward(self, x):
        return self.up(torch.relu(self.down(x)), output_size=x.shape[-2:])


def encoder():
    layer = nn.TransformerEncoderLayer(16, 2, 32, dropout=0.0, batch_first=True)
    return nn.TransformerEncoder(layer, 2)


class BiLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 6, num_layers=2, bidirectional=True, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


class GRUWithState(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(8, 5, batch_first=True)

    def forward(self, x, h):
        y, h = self.gru(x, h)
        return y, h


class ExpandNonZero(nn.Module):
    def __init__(self):
        super().__init__()
        self.table = nn.Parameter(torch.randn(1, 5, 8))

    def forward(self, x):
        y = x + self.table.expand(x.size(0), -1, -1)
        return y, torch.nonzero(y > 0.5)


MODULES = {"flatten": (Flatten, {"y": {0: "n", 1: "features"}}),
           "pad": (PadToMultiple, {"y": {0: "n", 2: "oh", 3: "ow"}}),
           "deconv": (Deconv, {"y": {0: "n", 2: "oh", 3: "ow"}}),
           "encoder": (encoder, {"y": {0: "n", 1: "s"}}),
           "lstm": (BiLSTM, {"y": {0: "n", 1: "s"}}),
           "gru": (GRUWithState, {"y": {0: "n", 1: "s"}, "h_out": {1: "n"}}),
           "expand": (ExpandNonZero, {"y": {0: "n"}, "index": {0: "count"}})}
INPUTS = {"encoder": ((2, 5, 16), {0: "n", 1: "s"}),
          "lstm": ((2, 5, 8), {0: "n", 1: "s"}),
          "gru": ((2, 5, 8), {0: "n", 1: "s"}),
          "expand": ((2, 5, 8), {0: "n"})}

name, out = sys.argv[1], sys.argv[2]
torch.manual_seed(0)
module, outputs = MODULES[name]
shape, axes = INPUTS.get(name, ((1, 3, 17, 23), {0: "n", 2: "h", 3: "w"}))
if name == "gru":
    args, inputs, names = (torch.randn(*shape), torch.randn(1, 2, 5)), ["x", "h"], ["y", "h_out"]
    axes = {"x": axes, "h": {1: "n"}}
elif name == "expand":
    args, inputs, names = (torch.randn(*shape),), ["x"], ["y", "index"]
    axes = {"x": axes}
else:
    args, inputs, names = (torch.randn(*shape),), ["x"], ["y"]
    axes = {"x": axes}
torch.onnx.export(module().eval(), args, out, opset_version=13, input_names=inputs,
                  output_names=names, dynamic_axes={**axes, **outputs})
