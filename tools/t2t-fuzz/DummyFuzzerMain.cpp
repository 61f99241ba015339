//===- DummyFuzzerMain.cpp - Run a fuzz target on files, without libFuzzer ===//
//
// Builds without a fuzzing engine (gcc, no sanitizers) still get the targets:
// `t2t-fuzz-import file...` replays inputs, e.g. the regression corpus.
//
//===----------------------------------------------------------------------===//

#include "llvm/FuzzMutate/FuzzerCLI.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[]) {
  return llvm::runFuzzerOnInputs(argc, argv, LLVMFuzzerTestOneInput);
}
