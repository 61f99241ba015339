//===- TFLiteExporter.cpp - tfl dialect -> TFLite flatbuffer --------------===//
//
// The file is the model's tables (built in memory: small) followed by the
// weights, each 16-byte aligned and streamed from its blob (permuted or
// scaled on the way) like the GraphDef's: no copy of the file is held. A
// flatbuffer offset points forward, so the weight vectors may follow the
// tables: each streamed Buffer table is built with an empty `data` vector,
// and once the tables' size is known its offset is pointed at the weight's
// place after them.
//
//===----------------------------------------------------------------------===//

#include "t2t/Export/TFLiteExporter.h"

#include "../AsyncOutput.h"
#include "../BlobRelease.h"
#include "ModelBuilder.h"
#include "t2t/Export/ModuleExport.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include <climits>
#include <cstring>

using namespace mlir;

namespace t2t {

LogicalResult exportTFLite(ModuleOp module, llvm::raw_ostream &os, ExportStats *stats,
                           WeightRelease release, bool exposeOnnxValues) {
  auto func = module.lookupSymbol<func::FuncOp>("main");
  if (!func || func.getBody().getBlocks().size() != 1)
    return module.emitError("expected a single-block func.func @main to export");
  flatbuffers::FlatBufferBuilder fbb;
  tflite_export::ModelBuilder builder(fbb);
  if (failed(builder.build(func, exposeOnnxValues)))
    return failure();

  // Where each streamed weight goes: its uint32 length, then its bytes at a
  // multiple of 16 from the file's start.
  uint8_t *tables = fbb.GetBufferPointer();
  size_t size = fbb.GetSize();
  std::vector<size_t> lengthAt;
  for (const tflite_export::StreamedBuffer &buffer : builder.streamedBuffers()) {
    size += (16 - (size + 4) % 16) % 16;
    lengthAt.push_back(size);
    size += 4 + buffer.bytes;
  }
  // TFLite reads offsets as signed 32-bit: files stop at 2 GB.
  if (size > static_cast<size_t>(INT_MAX))
    return module.emitError("the TFLite model would be ")
           << size << " bytes, over the flatbuffer format's 2 GB limit";
  for (auto [buffer, at] : llvm::zip_equal(builder.streamedBuffers(), lengthAt)) {
    auto *table = reinterpret_cast<flatbuffers::Table *>(tables + fbb.GetSize() - buffer.table.o);
    auto *field =
        reinterpret_cast<uint8_t *>(table) + table->GetOptionalFieldOffset(tflite::Buffer::VT_DATA);
    flatbuffers::WriteScalar<flatbuffers::uoffset_t>(
        field, static_cast<flatbuffers::uoffset_t>(at - (field - tables)));
  }

  {
    // Before `sink`, which runs its callbacks until it is destroyed.
    std::optional<BlobRelease> blobs;
    if (release == WeightRelease::AfterWriting)
      blobs.emplace(llvm::map_range(builder.streamedBuffers(),
                                    [](const auto &buffer) { return buffer.value; }));
    AsyncOutput sink(os, size);
    sink.append({reinterpret_cast<const char *>(tables), fbb.GetSize()});
    size_t written = fbb.GetSize();
    for (auto [buffer, at] : llvm::zip_equal(builder.streamedBuffers(), lengthAt)) {
      MutableArrayRef<char> padding = sink.claim(at - written);
      std::fill(padding.begin(), padding.end(), 0);
      // Copied, not stored as a uint32_t: the output's memory is aligned as
      // the file is, not as the buffer that holds it.
      uint32_t length = flatbuffers::EndianScalar(static_cast<uint32_t>(buffer.bytes));
      std::memcpy(sink.claim(4).data(), &length, sizeof(length));
      sink.appendWeight(buffer.value, blobs ? &*blobs : nullptr);
      written = at + 4 + buffer.bytes;
    }
  }
  if (stats) {
    stats->onnxValues = builder.exposedValues();
    stats->nodes = builder.operatorCount();
    stats->opCounts = builder.operatorCounts();
    stats->bytes = size;
  }
  return success();
}

void registerTFLiteExportTranslation() {
  registerModuleExport(
      "to-tflite", "Export the tfl dialect as a TensorFlow Lite flatbuffer (.tflite)",
      [](ModuleOp module, llvm::raw_ostream &os) { return exportTFLite(module, os); });
}

} // namespace t2t
