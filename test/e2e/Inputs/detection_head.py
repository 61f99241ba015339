"""Writes, with onnx.helper, the end of a detector: boxes [1, 50, 4] and
per-class scores [1, 3, 50] -> NonMaxSuppression (at most 5 boxes per class,
IoU 0.5, score threshold 0) -> the kept rows [n, 3] and a Gather of the kept
boxes by their index (column 2). Opset 13.
usage: detection_head.py OUT.onnx [--center]  (--center: boxes as [xc, yc, w, h])"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

center = "--center" in sys.argv
inits = [numpy_helper.from_array(np.array([5], np.int64), "max_per_class"),
         numpy_helper.from_array(np.array([0.5], np.float32), "iou"),
         numpy_helper.from_array(np.array([0.0], np.float32), "score_threshold"),
         numpy_helper.from_array(np.array([2], np.int64), "box_column"),
         numpy_helper.from_array(np.array([0], np.int64), "batch_axis")]
nodes = [
    helper.make_node("NonMaxSuppression", ["boxes", "scores", "max_per_class", "iou",
                                           "score_threshold"], ["selected"],
                     center_point_box=int(center), name="nms"),
    helper.make_node("Gather", ["selected", "box_column"], ["column"], axis=1, name="column"),
    helper.make_node("Flatten", ["column"], ["column2d"], axis=0, name="flat"),
    helper.make_node("Squeeze", ["column2d", "batch_axis"], ["box_index"], name="box_index"),
    helper.make_node("Squeeze", ["boxes", "batch_axis"], ["boxes2d"], name="boxes2d"),
    helper.make_node("Gather", ["boxes2d", "box_index"], ["kept_boxes"], axis=0, name="kept"),
]
graph = helper.make_graph(
    nodes, "detection_head",
    [helper.make_tensor_value_info("boxes", TensorProto.FLOAT, [1, 50, 4]),
     helper.make_tensor_value_info("scores", TensorProto.FLOAT, [1, 3, 50])],
    [helper.make_tensor_value_info("selected", TensorProto.INT64, ["n", 3]),
     helper.make_tensor_value_info("kept_boxes", TensorProto.FLOAT, ["n", 4])], inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
onnx.checker.check_model(model)
onnx.save(model, sys.argv[1])
