#!/usr/bin/env bash
# Benchmarks, in one run, on models generated here (torchvision exports with
# random weights via Debian's python3-torch; nothing is downloaded):
#   - import: time vs the I/O floor (read the file, write as many bytes) and
#     peak RSS vs file size, per model (bench/ImportBench.cpp);
#   - conversion (t2t-convert: import, lowering, export): wall time vs the
#     same floor, and peak RSS vs file size (/usr/bin/time), medians of
#     BENCH_REPS (5) runs;
#   - the emitted graphs: nodes and transposes, optimized vs --layout=naive,
#     and their TensorFlow.js inference time on the CPU (pure JS) and WASM
#     (XNNPACK) backends, as a ratio (TFJS_BACKENDS="cpu wasm"), and of their
#     .tflite in TFLite's interpreter (XNNPACK, one thread; TFLITE="" skips);
#   - scaling: synthetic 10 MB / 100 MB / 1 GB models (SCALING_MB), time and
#     peak RSS per size and their slopes.
# Figures are printed and appended to build/bench/results.txt; they are
# benchmarks, not tests: nothing here asserts.
# A table of the conversions (file, floor, wall, ratio, peak RSS, RSS/file)
# ends the run.
# usage: bench/run.sh [--all | MODEL ...]
#   default: resnet18 mobilenet_v2 shufflenet_v2_x1_0 resnet50
#   --all: every torchvision model of the e2e zoo (utils/zoo_hashes.py) and
#          VGG11-BN, conversion and scaling only (TFJS_BACKENDS="" unless set)
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/bench
mkdir -p "$out"
models=("$@")
if [ "${1-}" = --all ]; then
  mapfile -t models < <(/usr/bin/python3 -c 'import sys; sys.path.insert(0, "utils")
import zoo_hashes; print("\n".join(zoo_hashes.TORCHVISION + ["vgg11_bn"]))')
  TFJS_BACKENDS=${TFJS_BACKENDS-}
fi
((${#models[@]})) || models=(resnet18 mobilenet_v2 shufflenet_v2_x1_0 resnet50)
table=("| model | file | I/O floor | \`t2t-convert\` wall | / I/O floor | peak RSS | RSS / file |"
       "| --- | --- | --- | --- | --- | --- | --- |")

# Seconds from $1 to $2, two readings of bash's clock ($EPOCHREALTIME: to the
# microsecond, without forking a `date`).
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }

# Converts $1 into the new file $2 and prints the wall time in seconds (to
# 0.1 ms: /usr/bin/time's %e counts centiseconds, an eighth of a 0.08 s
# conversion) and the peak RSS in KiB. The output is new, as the floor's is:
# replacing the last run's would add the kernel's freeing of its pages.
convert_timed() {
  rm -f "$2"
  local start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$out/time.txt" build/bin/t2t-convert -q "$1" -o "$2"
  local end=$EPOCHREALTIME
  echo "$(elapsed "$start" "$end") $(cat "$out/time.txt")"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(uname -m)" | tee -a "$out/results.txt"
for m in "${models[@]}"; do
  [ -f "$out/$m.onnx" ] || /usr/bin/python3 utils/export_torchvision.py "$m" "$out/$m.onnx" --opset 17
  sync
  # Warm the page cache so the floor and the import read the same way.
  cat "$out/$m.onnx" > /dev/null
  # Medians of BENCH_REPS runs each: single runs on a shared machine vary by
  # half. The RSS is the largest.
  floors=() walls=() rss=0
  for ((r = 0; r < ${BENCH_REPS:-5}; r++)); do
    line=$(build/bin/t2t-bench-import "$out/$m.onnx" "$out/scratch.bin")
    floors+=("$(sed -n 's/.*io_floor_s=\([0-9.]*\).*/\1/p' <<<"$line")")
    read -r secs kb < <(convert_timed "$out/$m.onnx" "$out/$m.pb")
    walls+=("$secs")
    ((kb > rss)) && rss=$kb
  done
  printf '%-10s import:  %s\n' "$m" "$line" | tee -a "$out/results.txt"
  floor=$(median "${floors[@]}")
  secs=$(median "${walls[@]}")
  mb=$(sed -n 's/.*file_mb=\([0-9.]*\).*/\1/p' <<<"$line")
  awk -v m="$m" -v s="$secs" -v kb="$rss" -v f="$floor" -v mb="$mb" -v n="${#walls[@]}" 'BEGIN {
    printf "%-10s convert: runs=%d median_wall_s=%.3f median_io_floor_s=%.3f ratio_to_floor=%.2f peak_rss_mb=%.1f rss_per_file=%.2f\n",
           m, n, s, f, s / f, kb / 1024, kb / 1024 / mb }' | tee -a "$out/results.txt"
  table+=("$(awk -v m="$m" -v s="$secs" -v kb="$rss" -v f="$floor" -v mb="$mb" 'BEGIN {
    printf "| %s | %.1f MB | %.3f s | %.3f s | %.2f | %.0f MB | %.2f |", m, mb, f, s, s / f, kb / 1024, kb / 1024 / mb }')")
  [ -n "${TFJS_BACKENDS-x}" ] || continue
  naive=$(build/bin/t2t-convert "$out/$m.onnx" -o "$out/${m}_naive.pb" --layout=naive)
  opt=$(build/bin/t2t-convert "$out/$m.onnx" -o "$out/$m.pb")
  count() { sed -n "s/.*$1: *\([0-9]*\).*/\1/p" <<<"$2"; }
  for backend in ${TFJS_BACKENDS:-cpu wasm}; do
    times=$(node bench/tfjs_speed.mjs "$backend" "${TFJS_RUNS:-5}" "$out/$m.pb" "$out/${m}_naive.pb" 2>/dev/null)
    t_opt=$(sed -n '1s/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$times")
    t_naive=$(sed -n '2s/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$times")
    awk -v m="$m" -v be="$backend" -v no="$(count 'TF nodes out' "$opt")" -v to="$(count 'transposes left' "$opt")" \
        -v nn="$(count 'TF nodes out' "$naive")" -v tn="$(count 'transposes left' "$naive")" \
        -v a="$t_opt" -v b="$t_naive" 'BEGIN {
      printf "%-10s graph:   optimized nodes=%d transposes=%d tfjs_%s_ms=%.1f | naive nodes=%d transposes=%d tfjs_%s_ms=%.1f | naive/optimized=%.2f\n",
             m, no, to, be, a, nn, tn, be, b, b / a }' | tee -a "$out/results.txt"
  done
  # The same pair as .tflite in TFLite's own interpreter (XNNPACK, one thread).
  if [ -n "${TFLITE-x}" ]; then
    build/bin/t2t-convert -q "$out/$m.onnx" -o "$out/$m.tflite"
    build/bin/t2t-convert -q "$out/$m.onnx" -o "$out/${m}_naive.tflite" --layout=naive
    times=$(node bench/tflite_speed.mjs "${TFLITE_RUNS:-20}" "$out/$m.tflite" "$out/${m}_naive.tflite" 2>/dev/null)
    field() { sed -n "$1s/.* $2=\([0-9.]*\).*/\1/p" <<<"$times"; }
    awk -v m="$m" -v no="$(field 1 operators)" -v to="$(field 1 transposes)" -v a="$(field 1 median_ms)" \
        -v nn="$(field 2 operators)" -v tn="$(field 2 transposes)" -v b="$(field 2 median_ms)" 'BEGIN {
      printf "%-10s tflite:  optimized operators=%d transposes=%d xnnpack_ms=%.2f | naive operators=%d transposes=%d xnnpack_ms=%.2f | naive/optimized=%.2f\n",
             m, no, to, a, nn, tn, b, b / a }' | tee -a "$out/results.txt"
  fi
done

# Scaling: synthetic CNNs of 10 MB, 100 MB and 1 GB (weights in external
# data): conversion time and peak RSS against the bytes read, and the slope
# of each over the sizes (least squares). SCALING_MB="" skips it.
printf '%s\n' "${table[@]}" | tee -a "$out/results.txt"
sizes=(${SCALING_MB-10 100 1000})
((${#sizes[@]})) || exit 0
fit=()
for mb in "${sizes[@]}"; do
  model="$out/scaled_${mb}mb.onnx"
  [ -f "$model" ] || /usr/bin/python3 utils/make_scaled_model.py "$mb" "$model" > /dev/null
  bytes=$(($(stat -c %s "$model") + $(stat -c %s "$model.data")))
  cat "$model" "$model.data" > /dev/null
  floors=() walls=() kb=0
  for ((r = 0; r < ${BENCH_REPS:-5}; r++)); do
    # The I/O floor: read the model's bytes and write as many, to a new file
    # as the conversion does (ext4 flushes a file truncated and rewritten
    # when it is closed: that floor took two to three times as long).
    rm -f "$out/scratch.bin"
    start=$EPOCHREALTIME
    cat "$model" "$model.data" > "$out/scratch.bin"
    end=$EPOCHREALTIME
    floors+=("$(elapsed "$start" "$end")")
    read -r wall rss < <(convert_timed "$model" "$out/scaled.pb")
    walls+=("$wall")
    ((rss > kb)) && kb=$rss
  done
  floor=$(median "${floors[@]}")
  secs=$(median "${walls[@]}")
  awk -v mb="$mb" -v b="$bytes" -v s="$secs" -v kb="$kb" -v f="$floor" 'BEGIN {
    printf "scaled_%smb convert: bytes_mb=%.1f median_wall_s=%.3f median_io_floor_s=%.3f ratio_to_floor=%.2f peak_rss_mb=%.0f rss_per_file=%.2f\n",
           mb, b / 1e6, s, f, s / f, kb / 1024, kb / 1024 / (b / 1048576) }' | tee -a "$out/results.txt"
  fit+=("$bytes $secs $kb")
done
printf '%s\n' "${fit[@]}" | awk '{ x = $1 / 1e9; n++; sx += x; sxx += x * x; st += $2; sxt += x * $2;
    sr += $3 / 1024; sxr += x * $3 / 1024 }
  END { d = n * sxx - sx * sx; if (d == 0) exit;
    printf "scaling:   slope %.2f s per GB, %.0f MB of peak RSS per GB (least squares over %d sizes)\n",
           (n * sxt - sx * st) / d, (n * sxr - sx * sr) / d, n }' | tee -a "$out/results.txt"
rm -f "$out/scratch.bin" "$out/scaled.pb"
