#!/usr/bin/env bash
# Installs what t2t needs on a fresh Debian 12 machine, then configures and
# builds it into build/. Idempotent: re-running only rebuilds what changed.
# Only Debian's archive and the npm registry are used.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build ccache lld g++ python3 time
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  libonnx-dev libonnx-testdata libprotobuf-dev protobuf-compiler
  flatbuffers-compiler libflatbuffers-dev graphviz libgtest-dev
  python3-onnx python3-numpy python3-torch python3-torchvision
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere (e.g. NodeSource, whose nodejs bundles npm
# and conflicts with Debian's npm package): install Debian's only if absent.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The verification tool's npm packages, as package-lock.json pins them (TensorFlow.js with its CPU and WASM
# backends, TFLite's interpreter as WebAssembly, onnxruntime-node).
# onnxruntime-node ships its CPU binaries; its CUDA download is skipped.
if [ ! -d utils/verify/node_modules/@tensorflow/tfjs-converter ] ||
   [ ! -d utils/verify/node_modules/@tensorflow/tfjs-backend-wasm ] ||
   [ ! -d utils/verify/node_modules/@tensorflow/tfjs-tflite ] ||
   [ ! -d utils/verify/node_modules/onnxruntime-node ]; then
  (cd utils/verify && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm ci --no-audit --no-fund --loglevel=error)
fi

if [ ! -f build/build.ninja ]; then
  cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release
fi
ninja -C build
