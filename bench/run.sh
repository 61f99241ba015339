#!/usr/bin/env bash
# Benchmarks, in one run, on models generated here (torchvision exports with
# random weights via Debian's python3-torch; nothing is downloaded):
#   - import: time vs the I/O floor (read the file, write as many bytes) and
#     peak RSS vs file size, per model (bench/ImportBench.cpp);
# Figures are printed and appended to build/bench/results.txt; they are
# benchmarks, not tests: nothing here asserts.
# usage: bench/run.sh [MODEL ...]   (default: resnet18 resnet50 vgg16)
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/bench
mkdir -p "$out"
models=("$@")
((${#models[@]})) || models=(resnet18 resnet50 vgg16)

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(uname -m)" | tee -a "$out/results.txt"
for m in "${models[@]}"; do
  [ -f "$out/$m.onnx" ] || /usr/bin/python3 utils/export_torchvision.py "$m" "$out/$m.onnx" --opset 17
  sync
  # Warm the page cache so the floor and the import read the same way.
  cat "$out/$m.onnx" > /dev/null
  printf '%-10s import: ' "$m" | tee -a "$out/results.txt"
  build/bin/t2t-bench-import "$out/$m.onnx" "$out/scratch.bin" | tee -a "$out/results.txt"
done
