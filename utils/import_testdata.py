#!/usr/bin/python3
"""Imports every model.onnx of Debian's libonnx-testdata with t2t-translate,
and round-trips each imported module through t2t-opt --verify-roundtrip
(generic form and bytecode), which exercises the generated onnx ops.

Prints the count per suite and every failure with its diagnostic. Exits
non-zero if any model crashes or hangs, fails for a reason that is not one of
the unsupported features named below (t2t targets numeric inference: string
tensors, sequences, maps and optionals are out of scope; opset 8's batched
Scan is refused by name), or does not round-trip.

usage: import_testdata.py BIN_DIR [DATA_DIR]
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
    translate = os.path.join(sys.argv[1], "t2t-translate")
    opt = os.path.join(sys.argv[1], "t2t-opt")
    ops_seen = set()
    data = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/libonnx-testdata/data"
    models = sorted(glob.glob(os.path.join(data, "*", "*", "model.onnx")))
    if not models:
        sys.exit(f"no models under {data}: is libonnx-testdata installed?")
    counts = collections.defaultdict(collections.Counter)
    unexpected = []
    for model in models:
        suite = model.split(os.sep)[-3]
        try:
            run = subprocess.run([translate, "--import-onnx", model],
                                 capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            counts[suite]["hang"] += 1
            unexpected.append((model, "timed out after 60 s"))
            continue
        if run.returncode == 0:
            counts[suite]["imported"] += 1
            ops_seen.update(re.findall(r'"(onnx\.[A-Za-z.]+)"|(onnx\.(?:NoValue|Yield))', run.stdout))
            trip = subprocess.run([opt, "--verify-roundtrip", "-o", os.devnull],
                                  input=run.stdout, capture_output=True, text=True, timeout=60)
            if trip.returncode != 0:
                unexpected.append((model, "round-trip failed: " + trip.stderr.strip()[-300:]))
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
    ops = {a or b for a, b in ops_seen}
    print(f"distinct onnx ops imported and round-tripped: {len(ops)}")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
