#!/usr/bin/python3
"""Writes the models the importer lit tests feed to t2t-translate into OUTDIR:
well-formed ones (external data, large initializers, named nodes, old
opsets) and hostile ones (each breaks one rule the importer must enforce)."""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def save(name, model):
    with open(os.path.join(out, name), "wb") as f:
        f.write(model.SerializeToString())


def model(nodes, inputs, outputs, initializers=(), opset=17, ir_version=8, domain=""):
    graph = helper.make_graph(nodes, "g", inputs, outputs, list(initializers))
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid(domain, opset)])
    m.ir_version = ir_version
    return m


def empty_tensor(name, dims, elem=TensorProto.FLOAT):
    """A tensor header with no data (make_tensor insists on values)."""
    t = TensorProto()
    t.name, t.data_type = name, elem
    t.dims.extend(dims)
    return t


def vi(name, shape, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, shape)


# A weight above the inline threshold becomes a resource blob; names stay.
w = numpy_helper.from_array(np.arange(16 * 32, dtype=np.float32).reshape(16, 32), "big_weight")
save("large_initializer.onnx",
     model([helper.make_node("MatMul", ["x", "big_weight"], ["y"], name="proj")],
           [vi("x", [2, 16])], [vi("y", [2, 32])], [w]))

# The same weight in a Constant node, as some exporters store weights.
save("large_constant_node.onnx",
     model([helper.make_node("Constant", [], ["big_const"], name="weight", value=w),
            helper.make_node("MatMul", ["x", "big_const"], ["y"], name="proj")],
           [vi("x", [2, 16])], [vi("y", [2, 32])]))



def wire_field(number, payload):
    """A length-delimited protobuf field, written by hand: the models below
    repeat fields that a protobuf object would merge."""
    def varint(v):
        out = bytearray()
        while v >= 0x80:
            out.append(v & 0x7F | 0x80)
            v >>= 7
        out.append(v)
        return bytes(out)
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def with_raw_data_fields(name, payloads, extra=b""):
    """large_initializer.onnx with big_weight's raw_data field written once
    per payload (and `extra` bytes after them). Protobuf keeps the last; the
    importer, which leaves large payloads in the file, must too. The
    initializer comes in a second graph field, which protobuf merges into
    the first."""
    header = empty_tensor("big_weight", [16, 32]).SerializeToString()
    tensor = header + b"".join(wire_field(9, p) for p in payloads) + extra
    m = model([helper.make_node("MatMul", ["x", "big_weight"], ["y"], name="proj")],
              [vi("x", [2, 16])], [vi("y", [2, 32])])
    with open(os.path.join(out, name), "wb") as f:
        f.write(m.SerializeToString() + wire_field(7, wire_field(5, tensor)))


with_raw_data_fields("raw_data_twice.onnx", [np.zeros(16 * 32, np.float32).tobytes(), w.raw_data])
with_raw_data_fields("raw_data_small_then_large.onnx", [b"\1\2\3\4", w.raw_data])
with_raw_data_fields("raw_data_large_then_small.onnx", [w.raw_data, b"\1\2\3\4"])
# The payload at an odd offset of the file: not aligned for its floats.
with_raw_data_fields("raw_data_unaligned.onnx", [b"\1", w.raw_data])
# An unknown field as a group (wire types 3 and 4), which protobuf skips and
# the payload splitter does not parse: the model is parsed whole instead.
with_raw_data_fields("raw_data_unknown_group.onnx", [w.raw_data],
                     extra=bytes([100 << 3 & 0x7F | 0x80 | 3, 100 >> 4, 8, 1, 100 << 3 & 0x7F | 0x80 | 4, 100 >> 4]))

def external(name, location, offset=0, length=None, data=None, data_file="weights.bin"):
    """A MatMul whose weight lives in external data."""
    arr = np.arange(8 * 4, dtype=np.float32).reshape(8, 4)
    if data is not None:
        with open(os.path.join(out, data_file), "wb") as f:
            f.write(data)
    t = empty_tensor("w", arr.shape)
    t.data_location = TensorProto.EXTERNAL
    entries = {"location": location, "offset": str(offset),
               "length": str(arr.nbytes if length is None else length)}
    for k, v in entries.items():
        e = t.external_data.add()
        e.key, e.value = k, v
    save(name, model([helper.make_node("MatMul", ["x", "w"], ["y"], name="mm")],
                     [vi("x", [1, 8])], [vi("y", [1, 4])], [t]))
    return arr


arr = external("external_ok.onnx", "weights.bin", offset=64,
               data=b"\0" * 64 + np.arange(32, dtype=np.float32).tobytes())
external("external_absolute.onnx", "/etc/passwd")
external("external_dotdot.onnx", "../outside.bin")
external("external_missing.onnx", "nothere.bin")
external("external_beyond.onnx", "weights.bin", offset=100)
external("external_length.onnx", "weights.bin", length=12)
os.makedirs(os.path.join(out, "..", "outside"), exist_ok=True)
with open(os.path.join(out, "..", "outside", "secret.bin"), "wb") as f:
    f.write(b"\1" * 256)
link = os.path.join(out, "escape.bin")
if os.path.lexists(link):
    os.remove(link)
os.symlink(os.path.abspath(os.path.join(out, "..", "outside", "secret.bin")), link)
external("external_symlink.onnx", "escape.bin")

# raw_data whose length does not match the declared shape.
bad = numpy_helper.from_array(np.zeros(6, dtype=np.float32), "w")
bad.raw_data = bad.raw_data[:20]
save("raw_data_mismatch.onnx",
     model([helper.make_node("Add", ["x", "w"], ["y"], name="add")],
           [vi("x", [6])], [vi("y", [6])], [bad]))

# Dims whose product overflows int64, and a 10^9-element tensor with no data.
big = empty_tensor("w", [1 << 40, 1 << 40])
save("overflow_dims.onnx",
     model([helper.make_node("Identity", ["w"], ["y"], name="id")], [], [vi("y", [1 << 40, 1 << 40])], [big]))
huge = empty_tensor("w", [1000, 1000, 1000])
save("huge_no_data.onnx",
     model([helper.make_node("Identity", ["w"], ["y"], name="id")], [], [vi("y", [1000, 1000, 1000])], [huge]))
neg = empty_tensor("w", [2, -3])
save("negative_dim.onnx",
     model([helper.make_node("Identity", ["w"], ["y"], name="id")], [], [vi("y", [2, 3])], [neg]))

# A node reading a value nobody produces, and two nodes feeding each other.
save("missing_input.onnx",
     model([helper.make_node("Relu", ["nowhere"], ["y"], name="lost_relu")],
           [vi("x", [2])], [vi("y", [2])]))
save("cycle.onnx",
     model([helper.make_node("Add", ["x", "b"], ["a"], name="first"),
            helper.make_node("Relu", ["a"], ["b"], name="second")],
           [vi("x", [2])], [vi("b", [2])]))

# Operators t2t cannot know.
save("unknown_op.onnx",
     model([helper.make_node("FrobnicateTensor", ["x"], ["y"], name="frob")],
           [vi("x", [2])], [vi("y", [2])]))
m = model([helper.make_node("Gelu", ["x"], ["y"], name="custom_gelu", domain="com.example")],
          [vi("x", [2])], [vi("y", [2])])
m.opset_import.append(helper.make_opsetid("com.example", 1))
save("unknown_domain.onnx", m)

save("ir_too_new.onnx",
     model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", [2])], [vi("y", [2])],
           ir_version=99))
save("opset_too_new.onnx",
     model([helper.make_node("Relu", ["x"], ["y"])], [vi("x", [2])], [vi("y", [2])], opset=99))

# A subgraph (If) whose branches capture an outer value.
then_g = helper.make_graph([helper.make_node("Relu", ["x"], ["t"], name="then_relu")],
                           "then", [], [vi("t", [2])])
else_g = helper.make_graph([helper.make_node("Neg", ["x"], ["e"], name="else_neg")],
                           "else", [], [vi("e", [2])])
save("if_capture.onnx",
     model([helper.make_node("If", ["c"], ["y"], name="branch",
                             then_branch=then_g, else_branch=else_g)],
           [vi("c", [], TensorProto.BOOL), vi("x", [2])], [vi("y", [2])]))

# Two producers of one name, and a graph listing one output twice.
save("duplicate_node_output.onnx",
     model([helper.make_node("Relu", ["x"], ["y"], name="relu_a"),
            helper.make_node("Neg", ["x"], ["y"], name="neg_b")],
           [vi("x", [2])], [vi("y", [2])]))
save("duplicate_graph_output.onnx",
     model([helper.make_node("Relu", ["x"], ["y"], name="relu")],
           [vi("x", [2])], [vi("y", [2]), vi("y", [2])]))


def nested_ifs(depth):
    """`depth` Ifs, each the then-branch of the one outside it."""
    inner = helper.make_graph([helper.make_node("Relu", ["x"], ["r0"], name="innermost")],
                              "b0", [], [vi("r0", [2])])
    for level in range(1, depth + 1):
        other = helper.make_graph([helper.make_node("Neg", ["x"], [f"n{level}"])],
                                  f"e{level}", [], [vi(f"n{level}", [2])])
        inner = helper.make_graph(
            [helper.make_node("If", ["c"], [f"r{level}"], name=f"if{level}",
                              then_branch=inner, else_branch=other)],
            f"b{level}", [], [vi(f"r{level}", [2])])
    return model(list(inner.node), [vi("c", [], TensorProto.BOOL), vi("x", [2])],
                 [vi(f"r{depth}", [2])])


# Deeper than protobuf's recursion limit (100 messages), and just under it.
# helper's serializer has no limit; the parser must refuse, not overflow.
save("nested_deep.onnx", nested_ifs(400))
save("nested_shallow.onnx", nested_ifs(30))

# A ConstantOfShape of 10^9 floats: 4 GB if materialized.
huge_shape = numpy_helper.from_array(np.array([10**9], dtype=np.int64), "shape")
save("huge_constant_of_shape.onnx",
     model([helper.make_node("ConstantOfShape", ["shape"], ["y"], name="fill",
                             value=helper.make_tensor("v", TensorProto.FLOAT, [1], [1.5]))],
           [], [vi("y", [10**9])], [huge_shape]))
