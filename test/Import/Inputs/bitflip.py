#!/usr/bin/python3
"""Bit-flipped copies of a model: `bitflip.py MODEL OUTDIR COUNT [-- CMD...]`.

Writes COUNT copies of MODEL, each with one bit flipped at a seeded random
position, into OUTDIR. With a command, runs `CMD variant` on each and fails
unless every run either succeeds or exits with a refusal status (1-4, as
t2t-convert --help documents) and an `error:` diagnostic: a signal, a
time-out or any other status is a finding."""
import os
import random
import subprocess
import sys

model, outdir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
command = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else None
data = open(model, "rb").read()
rng = random.Random(20261201)
os.makedirs(outdir, exist_ok=True)
outcomes = {"accepted": 0, "refused": 0}
findings = []
for i in range(count):
    flipped = bytearray(data)
    bit = rng.randrange(len(data) * 8)
    flipped[bit // 8] ^= 1 << (bit % 8)
    path = os.path.join(outdir, f"flip{i:04d}-bit{bit}.onnx")
    with open(path, "wb") as f:
        f.write(flipped)
    if command is None:
        continue
    run = subprocess.run(command + [path], capture_output=True, text=True,
                         errors="replace")
    if run.returncode == 0:
        outcomes["accepted"] += 1
    elif run.returncode in (1, 2, 3, 4) and "error:" in run.stderr:
        outcomes["refused"] += 1
    else:
        findings.append(f"{path}: exit {run.returncode}\n{run.stderr[-2000:]}")
if command is not None:
    print(f"{count} variants: {outcomes['accepted']} accepted, {outcomes['refused']} refused, "
          f"{len(findings)} findings")
    for f in findings:
        print(f)
sys.exit(1 if findings else 0)
