"""Exports, with Debian's torch, a streaming voice-activity detector of the
kind shipped for phones (scripted, so that its `if` stays an ONNX If):
a strided Conv1d front end chosen by the sample-rate input (64-sample frames
at 16 kHz, 32 at 8 kHz; the two give different frame counts), an LSTM whose
state is an input and an output, and a sigmoid head. Opset 16.
usage: streaming_audio.py OUT.onnx"""
import sys

import torch
import torch.nn as nn


class VoiceActivity(nn.Module):
    def __init__(self):
        super().__init__()
        self.front16 = nn.Conv1d(1, 16, 64, stride=32)
        self.front8 = nn.Conv1d(1, 16, 32, stride=16)
        self.lstm = nn.LSTM(16, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x, sr, h, c):
        if bool(sr == 16000):
            f = self.front16(x.unsqueeze(1))
        else:
            f = self.front8(x.unsqueeze(1))
        f = torch.relu(f).transpose(1, 2)
        y, (h2, c2) = self.lstm(f, (h, c))
        return torch.sigmoid(self.head(y)), h2, c2


torch.manual_seed(0)
model = torch.jit.script(VoiceActivity().eval())
args = (torch.randn(1, 512), torch.tensor(16000), torch.zeros(1, 1, 8), torch.zeros(1, 1, 8))
torch.onnx.export(model, args, sys.argv[1], opset_version=16, input_names=["x", "sr", "h", "c"],
                  output_names=["prob", "h_out", "c_out"])
