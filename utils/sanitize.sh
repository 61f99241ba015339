#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (and
# LeakSanitizer): builds build-asan/ (utils/build-sanitized.sh), then runs
# - the C++ unit tests;
# - the lit suite, but for the model zoos (torchvision-zoo, -224, -opsets,
#   tflite-224 and the zoo's GraphDef hashes), whose ops the other end-to-end
#   tests already cover, so that CI stays short;
# - the full conversion of every libonnx-testdata model in one process
#   (t2t-fuzz-convert replaying them), and their import and round-trip.
# Any sanitizer report aborts the tool, which fails its test.
set -euo pipefail
cd "$(dirname "$0")/.."
utils/build-sanitized.sh asan

# allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons a new slab from the
# instrumented code that starts it (e.g. a t2t attribute's storage in the
# MLIRContext) and unpoisons each allocation only in instrumented code;
# libMLIR.so is not instrumented, so its later allocations in that slab
# would read as "use-after-poison". Heap, stack and leak checks stay on.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:allow_user_poisoning=0
export UBSAN_OPTIONS=abort_on_error=1:print_stacktrace=1
export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-22/bin/llvm-symbolizer

build-asan/bin/t2t-unittests --gtest_brief=1
/usr/lib/llvm-22/bin/lit -sv build-asan/test --filter-out 'e2e/(torchvision-(zoo|224|opsets)|tflite-224|zoo-graphdef-hashes)\.test'
models=(/usr/share/libonnx-testdata/data/*/*/model.onnx)
log=build-asan/testdata-convert.log
if ! build-asan/bin/t2t-fuzz-convert "${models[@]}" >"$log" 2>&1; then
  tail -n 60 "$log"
  echo "t2t-fuzz-convert failed on a libonnx-testdata model (whole log: $log)"
  exit 1
fi
echo "t2t-fuzz-convert: $(grep -c '^Running:' "$log") of ${#models[@]} libonnx-testdata models, no report"
/usr/bin/python3 utils/import_testdata.py build-asan/bin
