#!/usr/bin/python3
"""Imports every model.onnx of Debian's libonnx-testdata with t2t-translate.

Prints the count per suite and every failure with its diagnostic. Exits
non-zero if any model crashes or hangs, or fails for a reason that is not one
of the unsupported features named below (t2t targets numeric inference:
string tensors, sequences, maps and optionals are out of scope).

usage: import_testdata.py T2T_TRANSLATE [DATA_DIR]
"""
import collections
import glob
import os
import re
import subprocess
import sys

UNSUPPORTED = [
    ("string tensors", re.compile(r"element type STRING \(8\) is not supported")),
    ("sequence/map/optional values",
     re.compile(r"only tensor types are supported \(sequence, map and optional types are not\)")),
]


def main():
    translate = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/libonnx-testdata/data"
    models = sorted(glob.glob(os.path.join(data, "*", "*", "model.onnx")))
    if not models:
        sys.exit(f"no models under {data}: is libonnx-testdata installed?")
    counts = collections.defaultdict(collections.Counter)
    unexpected = []
    for model in models:
        suite = model.split(os.sep)[-3]
        try:
            run = subprocess.run([translate, "--import-onnx", model, "-o", os.devnull],
                                 capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            counts[suite]["hang"] += 1
            unexpected.append((model, "timed out after 60 s"))
            continue
        if run.returncode == 0:
            counts[suite]["imported"] += 1
            continue
        message = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
        if run.returncode < 0 or not message:
            counts[suite]["crash"] += 1
            unexpected.append((model, f"exit {run.returncode}: {run.stderr.strip()[-300:]}"))
            continue
        reason = next((name for name, pattern in UNSUPPORTED if pattern.search(message)), None)
        counts[suite][reason or "unexpected failure"] += 1
        if reason:
            print(f"unsupported ({reason}): {model}")
        else:
            unexpected.append((model, message))

    for model, why in unexpected:
        print(f"UNEXPECTED: {model}: {why}")
    total = collections.Counter()
    for suite in sorted(counts):
        total.update(counts[suite])
        print(f"{suite}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts[suite].items())))
    print(f"all {len(models)} models: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
