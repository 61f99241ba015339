#!/usr/bin/env bash
# Builds t2t with AddressSanitizer + UndefinedBehaviorSanitizer.
#
#   utils/build-sanitized.sh asan [TARGET...]  -> build-asan/ (g++, what
#       utils/sanitize.sh tests: the compiler of the main build, so the suite
#       sees the same code)
#   utils/build-sanitized.sh fuzz [TARGET...]  -> build-fuzz/ (clang-22 with
#       libFuzzer coverage, installed from Debian if needed; utils/fuzz)
#
# -O1 as the sanitizers recommend, and without NDEBUG: t2t's and MLIR's
# header assertions are checks a fuzzer should reach too.
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: utils/build-sanitized.sh asan|fuzz [TARGET...]}
shift

common=(-G Ninja -S . -DCMAKE_BUILD_TYPE=Release
        -DCMAKE_C_FLAGS_RELEASE=-O1 -DCMAKE_CXX_FLAGS_RELEASE=-O1
        "-DLLVM_USE_SANITIZER=Address;Undefined")
case "$kind" in
  asan)
    dir=build-asan
    [ -f $dir/build.ninja ] || cmake "${common[@]}" -B $dir ;;
  fuzz)
    dir=build-fuzz
    if ! dpkg-query -W -f='${Status}' clang-22 libclang-rt-22-dev 2>/dev/null |
         grep -c "install ok installed" | grep -q 2; then
      sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
      export DEBIAN_FRONTEND=noninteractive
      $sudo apt-get update -q
      $sudo apt-get install -y -q --no-install-recommends clang-22 libclang-rt-22-dev
    fi
    [ -f $dir/build.ninja ] || cmake "${common[@]}" -B $dir \
      -DCMAKE_C_COMPILER=/usr/lib/llvm-22/bin/clang \
      -DCMAKE_CXX_COMPILER=/usr/lib/llvm-22/bin/clang++ -DLLVM_USE_SANITIZE_COVERAGE=ON ;;
  *) echo "usage: utils/build-sanitized.sh asan|fuzz [TARGET...]" >&2; exit 2 ;;
esac
ninja -C $dir "$@"
