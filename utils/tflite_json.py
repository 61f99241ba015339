#!/usr/bin/env python3
"""Prints a .tflite file as JSON (Debian's flatc with t2t's TFLite schema;
default values included); with --ops one line per operator and the
interface, in execution order, for each subgraph (0 is the model's, then
loop and branch regions):
  OP(input[shape], ...) -> output[shape] {options}
or with --buffers where each buffer's bytes are in
the file (size, offset and whether they end it: streamed weights do; read
with a reader of our own): how tests check
the flatbuffer writer.
With --flip-first NAME OUT it writes a copy whose tensor NAME has a wrong
first element (tests of verify.mjs --per-op).
usage: tflite_json.py MODEL.tflite [--ops | --buffers | --flip-first NAME OUT.tflite]"""
import json
import os
import struct
import subprocess
import sys
import tempfile

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "Export",
                      "TFLite", "schema.fbs")


def field(data, table, index):
    """The absolute position of field `index` of the table at `table`, or 0."""
    vtable = table - struct.unpack_from("<i", data, table)[0]
    size = struct.unpack_from("<H", data, vtable)[0]
    at = 4 + 2 * index
    offset = struct.unpack_from("<H", data, vtable + at)[0] if at < size else 0
    return table + offset if offset else 0


def deref(data, at):
    return at + struct.unpack_from("<I", data, at)[0]


def buffers(data):
    model = deref(data, 0)
    vector = deref(data, field(data, model, 4))
    for i in range(struct.unpack_from("<I", data, vector)[0]):
        buffer = deref(data, vector + 4 + 4 * i)
        at = field(data, buffer, 0)
        if not at:
            print(f"buffer {i}: none")
            continue
        bytes_at = deref(data, at)
        size = struct.unpack_from("<I", data, bytes_at)[0]
        start = bytes_at + 4
        place = ", ends the file" if start + size == len(data) else ""
        print(f"buffer {i}: {size} bytes at {start} (mod 16 = {start % 16}{place})")


def as_json(path):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["flatc", "--json", "--strict-json", "--raw-binary", "--defaults-json",
                        "-o", out, SCHEMA, "--", path], check=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".json"
        with open(os.path.join(out, name)) as f:
            return f.read()


def operators(model):
    for index, subgraph in enumerate(model["subgraphs"]):
        if index:
            print(f"subgraph {index} {subgraph.get('name', '')}:")
        subgraph_operators(model, subgraph)
    for signature in model.get("signature_defs", []):
        ins = ", ".join(f"{m['name']}={m['tensor_index']}" for m in signature["inputs"])
        outs = ", ".join(f"{m['name']}={m['tensor_index']}" for m in signature["outputs"])
        print(f"signature {signature['signature_key']}: ({ins}) -> ({outs})")


def subgraph_operators(model, subgraph):
    tensors = subgraph["tensors"]

    def tensor(i):
        if i < 0:
            return "-"
        t = tensors[i]
        shape = ",".join(str(d) for d in t.get("shape_signature") or t["shape"])
        kind = "" if t["type"] == "FLOAT32" else " " + t["type"].lower()
        return f"{t['name']}[{shape}{kind}]"

    def names(indices):
        return ", ".join(tensor(i) for i in indices)

    codes = [c["builtin_code"] for c in model["operator_codes"]]
    print(f"inputs: {names(subgraph['inputs'])}")
    for op in subgraph["operators"]:
        options = op.get("builtin_options")
        text = " " + json.dumps(options, separators=(", ", ": ")) if options else ""
        print(f"{codes[op['opcode_index']]}({names(op['inputs'])}) -> {names(op['outputs'])}{text}")
    print(f"outputs: {names(subgraph['outputs'])}")


def flip_first(data, tensor_name, out_path):
    """Writes `data` with the first float of tensor `tensor_name`'s buffer
    (subgraph 0) negated, times 10, minus 1: a wrong weight, for tests."""
    model = deref(data, 0)
    subgraphs = deref(data, field(data, model, 2))
    subgraph = deref(data, subgraphs + 4)
    tensors = deref(data, field(data, subgraph, 0))
    for i in range(struct.unpack_from("<I", data, tensors)[0]):
        tensor = deref(data, tensors + 4 + 4 * i)
        name_at = deref(data, field(data, tensor, 3))
        length = struct.unpack_from("<I", data, name_at)[0]
        if data[name_at + 4:name_at + 4 + length].decode() != tensor_name:
            continue
        buffer_index = struct.unpack_from("<I", data, field(data, tensor, 2))[0]
        buffers_at = deref(data, field(data, model, 4))
        buffer = deref(data, buffers_at + 4 + 4 * buffer_index)
        start = deref(data, field(data, buffer, 0)) + 4
        out = bytearray(data)
        value = struct.unpack_from("<f", out, start)[0]
        struct.pack_into("<f", out, start, -10 * value - 1)
        with open(out_path, "wb") as f:
            f.write(out)
        return
    sys.exit(f"no tensor named {tensor_name}")


def main():
    path = sys.argv[1]
    if "--flip-first" in sys.argv:
        at = sys.argv.index("--flip-first")
        with open(path, "rb") as f:
            flip_first(f.read(), sys.argv[at + 1], sys.argv[at + 2])
    elif "--buffers" in sys.argv:
        with open(path, "rb") as f:
            buffers(f.read())
    elif "--ops" in sys.argv:
        operators(json.loads(as_json(path)))
    else:
        sys.stdout.write(as_json(path))


if __name__ == "__main__":
    main()
