#!/usr/bin/python3
"""Writes an ONNX model given in ONNX's textual syntax as a binary .onnx file.

Used by the lit tests to keep small models readable in the tree. No checker
runs here: tests also build models that t2t must reject.

usage: onnx_text_to_pb.py INPUT.txt OUTPUT.onnx
"""
import sys

import onnx
import onnx.parser


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        model = onnx.parser.parse_model(f.read())
    with open(sys.argv[2], "wb") as f:
        f.write(model.SerializeToString())


if __name__ == "__main__":
    main()
