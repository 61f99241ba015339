#!/usr/bin/env bash
# The main job on the bundled example: convert utils/example/tiny_cnn.onnx to
# a channels-last TensorFlow GraphDef and to a TensorFlow Lite model, then
# check both numerically against onnxruntime (TensorFlow.js for the GraphDef,
# TFLite's own interpreter for the .tflite).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/example}
mkdir -p "$out"
build/bin/t2t-convert utils/example/tiny_cnn.onnx -o "$out/tiny_cnn.pb"
node utils/verify/verify.mjs utils/example/tiny_cnn.onnx "$out/tiny_cnn.pb" 2>/dev/null
build/bin/t2t-convert utils/example/tiny_cnn.onnx -o "$out/tiny_cnn.tflite"
node utils/verify/verify.mjs utils/example/tiny_cnn.onnx "$out/tiny_cnn.tflite" 2>/dev/null
