//===- ImportTranslation.cpp - `--import-onnx` for t2t-translate ----------===//

#include "t2t/Import/ONNXImporter.h"

#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/SourceMgr.h"

void t2t::registerONNXImportTranslation() {
  mlir::TranslateToMLIRRegistration importONNX(
      "import-onnx", "Import an ONNX model (binary protobuf) into the onnx dialect",
      [](llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context) -> mlir::OwningOpRef<mlir::Operation *> {
        const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
        return importONNXModel(buffer->getMemBufferRef(), buffer->getBufferIdentifier(), context);
      });
}
