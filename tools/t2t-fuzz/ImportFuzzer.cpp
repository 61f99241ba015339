//===- ImportFuzzer.cpp - libFuzzer target: bytes -> onnx dialect ---------===//
//
// Any byte string must end in a module or in diagnostics: a crash, a sanitizer
// report, a leak or a hang is a bug (utils/fuzz runs it).
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "t2t/Import/ONNXImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext &context = t2t::fuzz::nextContext();
  llvm::StringRef bytes(reinterpret_cast<const char *>(data), size);
  (void)t2t::importONNXModel(llvm::MemoryBufferRef(bytes, t2t::fuzz::kModelPath),
                             t2t::fuzz::kModelPath, &context);
  return 0;
}
