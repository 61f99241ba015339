#!/usr/bin/env bash
# The e2e zoo exported by Debian's torch at several opsets, each converted and
# checked against onnxruntime (utils/verify/verify.mjs): a table of model,
# opset, outcome, layout transposes left and worst relative error. Exports
# torch itself refuses at an opset are listed as such, not as t2t failures.
# Exits non-zero if any exported model fails to convert or to match.
#
# usage: bench/opset_matrix.sh [BUILD_DIR] [OPSETS...]   (default: build 9 11 13 17)
set -uo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$src/build}" && pwd)"; shift || true
opsets=("${@:-9 11 13 17}"); opsets=(${opsets[*]})
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
torchvision_models=(resnet18 mobilenet_v2 mobilenet_v3_small squeezenet1_1 shufflenet_v2_x0_5
  densenet121 efficientnet_b0 googlenet inception_v3 regnet_x_400mf resnext50_32x4d convnext_tiny
  mnasnet0_5 alexnet vgg11 deeplabv3_mobilenet_v3_large fcn_resnet50 lraspp_mobilenet_v3_large)
sequence_models=(vit encoder lstm gru)

failures=0
printf '%-32s %5s  %-14s %10s  %s\n' model opset outcome transposes "worst rel. error"
export_model() { # name opset out.onnx
  if [[ " ${sequence_models[*]} " == *" $1 "* ]]; then
    "$python" "$src/test/e2e/Inputs/sequence_models.py" "$1" "$3" "$2"
    return
  fi
  local size=64
  case $1 in inception_v3) size=96 ;; alexnet|vgg11) size=224 ;; esac
  "$python" "$src/utils/export_torchvision.py" "$1" "$3" --size "$size" --opset "$2" --dynamic-batch
}
run() { # name opset
  local name=$1 opset=$2
  local onnx="$work/$name.$opset.onnx" pb="$work/$name.$opset.pb" outcome transposes="" error=""
  if ! export_model "$name" "$opset" "$onnx" >"$work/export.log" 2>&1; then
    outcome="torch-refuses"
  elif ! "$build/bin/t2t-convert" "$onnx" -o "$pb" -q 2>"$work/convert.log"; then
    outcome="CONVERT-FAIL"; error=$(head -c 200 "$work/convert.log" | tr '\n' ' ')
  else
    local verify; verify=$(node "$src/utils/verify/verify.mjs" "$onnx" "$pb" 2>/dev/null)
    transposes=$(sed -n 's/^graph: [0-9]* nodes, \([0-9]*\) Transpose.*/\1/p' <<<"$verify")
    error=$(sed -n 's/^\(PASS\|FAIL\): worst relative error //p' <<<"$verify")
    if grep -q '^PASS' <<<"$verify"; then outcome="ok"; else outcome="MISMATCH"; fi
  fi
  [[ $outcome == ok || $outcome == torch-refuses ]] || failures=$((failures + 1))
  printf '%-32s %5s  %-14s %10s  %s\n' "$name" "$opset" "$outcome" "$transposes" "$error"
  rm -f "$onnx" "$pb"
}
for opset in "${opsets[@]}"; do
  for m in "${torchvision_models[@]}" "${sequence_models[@]}"; do
    run "$m" "$opset"
  done
done
echo "failures: $failures"
exit $((failures > 0))
