#!/usr/bin/env bash
# Builds t2t with clang-22, AddressSanitizer + UndefinedBehaviorSanitizer and
# libFuzzer coverage into build-sanitize/ (installing clang-22 and its
# runtimes from Debian if needed). Arguments are ninja targets (default: all).
# Used by utils/sanitize.sh (the sanitized test run) and utils/fuzz.
# -O1 as the sanitizers recommend, and without NDEBUG: t2t's and MLIR's
# header assertions are checks a fuzzer should reach too.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(clang-22 libclang-rt-22-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -f build-sanitize/build.ninja ]; then
  cmake -G Ninja -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_FLAGS_RELEASE=-O1 -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
    -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
    -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ \
    -DLLVM_USE_SANITIZER="Address;Undefined" -DLLVM_USE_SANITIZE_COVERAGE=ON
fi
ninja -C build-sanitize "$@"
