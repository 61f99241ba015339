"""Writes to the ONNX file named on the command line what exporters that do
not fold BatchNormalization give (paddle2onnx, tf2onnx, torch in training
mode): Conv -> BatchNormalization -> Relu, a depthwise Conv -> BatchNormalization,
and a Gemm followed by a per-channel Mul, with random weights and statistics.
The filters are weights (1 KiB or more), so t2t folds the scales into them
lazily (#tfl.scaled)."""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(7)


def const(name, *shape, low=-1.0, high=1.0):
    return numpy_helper.from_array(rng.uniform(low, high, shape).astype(np.float32), name)


def batchnorm(prefix, channels, x, y):
    inits = [const(prefix + "_scale", channels, low=0.5, high=2.0),
             const(prefix + "_bias", channels),
             const(prefix + "_mean", channels),
             const(prefix + "_var", channels, low=0.2, high=3.0)]
    node = helper.make_node("BatchNormalization", [x] + [t.name for t in inits], [y],
                            name=prefix, epsilon=1e-3)
    return node, inits


bn1, bn1_inits = batchnorm("bn1", 32, "c1", "b1")
bn2, bn2_inits = batchnorm("bn2", 32, "c2", "b2")
nodes = [
    helper.make_node("Conv", ["x", "w1", "k1"], ["c1"], name="conv1", pads=[1, 1, 1, 1]),
    bn1,
    helper.make_node("Relu", ["b1"], ["r1"], name="relu1"),
    helper.make_node("Conv", ["r1", "w2"], ["c2"], name="depthwise", group=32, pads=[1, 1, 1, 1]),
    bn2,
    helper.make_node("Flatten", ["b2"], ["f"], name="flatten"),
    helper.make_node("Gemm", ["f", "w3", "k3"], ["g"], name="fc", transB=1),
    helper.make_node("Mul", ["g", "s3"], ["y"], name="fc_scale"),
]
inits = [const("w1", 32, 8, 3, 3), const("k1", 32), const("w2", 32, 1, 3, 3),
         const("w3", 32, 32 * 4 * 4), const("k3", 32), const("s3", 32, low=0.5, high=2.0)]
graph = helper.make_graph(
    nodes, "unfolded_batchnorm",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 8, 4, 4])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 32])],
    inits + bn1_inits + bn2_inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
model.ir_version = 7
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
