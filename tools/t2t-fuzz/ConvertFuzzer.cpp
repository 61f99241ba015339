//===- ConvertFuzzer.cpp - libFuzzer target: bytes -> GraphDef ------------===//
//
// The whole t2t-convert path on arbitrary bytes: import, the NHWC pipeline and
// the binary export. Models the importer accepts must never crash a pass or
// the exporter either.
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "t2t/Export/GraphDefExporter.h"
#include "t2t/Import/ONNXImporter.h"
#include "t2t/Transforms/Pipeline.h"

#include "mlir/Pass/PassManager.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext &context = t2t::fuzz::nextContext();
  llvm::StringRef bytes(reinterpret_cast<const char *>(data), size);
  mlir::OwningOpRef<mlir::ModuleOp> module = t2t::importONNXModel(
      llvm::MemoryBufferRef(bytes, t2t::fuzz::kModelPath), t2t::fuzz::kModelPath, &context);
  if (!module)
    return 0;
  mlir::PassManager pm(&context);
  t2t::buildConversionPipeline(pm, t2t::PipelineOptions());
  if (mlir::failed(pm.run(*module)))
    return 0;
  llvm::raw_null_ostream sink;
  (void)t2t::exportGraphDef(*module, sink, t2t::GraphDefFormat::Binary);
  return 0;
}
