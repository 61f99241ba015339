"""Writes, with onnx.helper, a speech front end as audio exporters write it
(opset 17): a waveform [1, T] -> STFT (periodic Hann window of 400 samples,
hop 160, onesided) -> power |X|^2 -> MatMul with a MelWeightMatrix (80 bands,
16 kHz, 20..7600 Hz): the mel power spectrogram (its log is left out: the log
of the faintest bands magnifies both runtimes' float32 rounding of the DFT
sums past 1e-4). With --runtime-frame-length the STFT
has no window and its frame length is a graph input (the result's frames
and bins declared, as ONNX's own test declares them).
usage: mel_frontend.py OUT.onnx [--runtime-frame-length]"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

runtime_length = "--runtime-frame-length" in sys.argv
samples, frame, hop, bands = 3200, 400, 160, 80
frames, bins = 1 + (samples - frame) // hop, frame // 2 + 1
inits = [numpy_helper.from_array(np.array(v, dtype), name) for name, v, dtype in [
    ("hop", hop, np.int64), ("frame", frame, np.int64), ("bands", bands, np.int64),
    ("dft_length", frame, np.int64), ("rate", 16000, np.int64), ("low", 20.0, np.float32),
    ("high", 7600.0, np.float32), ("channel_axis", [2], np.int64), ("part_axis", [3], np.int64)]]
inputs = [helper.make_tensor_value_info("waveform", TensorProto.FLOAT, [1, samples])]
if runtime_length:
    inits = [t for t in inits if t.name != "frame"]
    inputs.append(helper.make_tensor_value_info("frame", TensorProto.INT64, []))
    stft = helper.make_node("STFT", ["signal", "hop", "", "frame"], ["spectrum"], name="stft")
else:
    stft = helper.make_node("STFT", ["signal", "hop", "window"], ["spectrum"], name="stft")
nodes = [
    helper.make_node("Unsqueeze", ["waveform", "channel_axis"], ["signal"], name="signal"),
    helper.make_node("HannWindow", ["frame"], ["window"], name="window"),
    stft,
    helper.make_node("Mul", ["spectrum", "spectrum"], ["squares"], name="squares"),
    helper.make_node("ReduceSum", ["squares", "part_axis"], ["power"], keepdims=0, name="power"),
    helper.make_node("MelWeightMatrix", ["bands", "dft_length", "rate", "low", "high"], ["mel_weights"],
                     name="mel_weights"),
    helper.make_node("MatMul", ["power", "mel_weights"], ["mel"], name="mel"),
]
if runtime_length:
    nodes = [n for n in nodes if n.name != "window"]
graph = helper.make_graph(
    nodes, "mel_frontend", inputs,
    [helper.make_tensor_value_info("mel", TensorProto.FLOAT, [1, frames, bands])], inits,
    value_info=[helper.make_tensor_value_info("spectrum", TensorProto.FLOAT, [1, frames, bins, 2])])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
onnx.save(model, sys.argv[1])
