//===- ImportTranslation.cpp - `--import-onnx` for t2t-translate ----------===//

#include "t2t/Import/ONNXImporter.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/ManagedStatic.h"
#include "llvm/Support/SourceMgr.h"

namespace cl = llvm::cl;

namespace {
/// The import options of every tool that imports ONNX (what onnx2tf's -ois
/// and -b do).
struct ImportCLOptions {
  cl::list<std::string> inputShapes{
      "input-shape",
      cl::desc("Pin a graph input's dims before shapes are inferred; ? keeps a dim symbolic "
               "(repeatable)"),
      cl::value_desc("NAME:d0,d1,...")};
  cl::list<std::string> bindings{
      "bind",
      cl::desc("Freeze a graph input to constant values (a sample rate, a flag), drop it from the "
               "interface and fold what it decides (repeatable)"),
      cl::value_desc("NAME=v0,v1,...")};
  cl::opt<int64_t> batch{"batch",
                         cl::desc("Pin dim 0 of every graph input whose dim 0 is symbolic"),
                         cl::value_desc("N"), cl::init(0)};
};
llvm::ManagedStatic<ImportCLOptions> clOptions;
} // namespace

void t2t::registerImportCLOptions(cl::OptionCategory *category) {
  if (category) {
    clOptions->inputShapes.addCategory(*category);
    clOptions->bindings.addCategory(*category);
    clOptions->batch.addCategory(*category);
  }
  (void)*clOptions;
}

llvm::Expected<t2t::ImportOptions> t2t::importOptionsFromCommandLine() {
  ImportOptions options;
  if (!clOptions.isConstructed())
    return options;
  for (const std::string &text : clOptions->inputShapes) {
    auto shape = parseInputShape(text);
    if (!shape)
      return shape.takeError();
    options.inputShapes.push_back(std::move(*shape));
  }
  for (const std::string &text : clOptions->bindings) {
    auto binding = parseInputBinding(text);
    if (!binding)
      return binding.takeError();
    options.bindings.push_back(std::move(*binding));
  }
  if (clOptions->batch.getNumOccurrences()) {
    if (clOptions->batch <= 0)
      return llvm::createStringError("--batch must be a positive size");
    options.batch = clOptions->batch;
  }
  return options;
}

void t2t::registerONNXImportTranslation() {
  registerImportCLOptions();
  mlir::TranslateToMLIRRegistration importONNX(
      "import-onnx", "Import an ONNX model (binary protobuf) into the onnx dialect",
      [](llvm::SourceMgr &sourceMgr,
         mlir::MLIRContext *context) -> mlir::OwningOpRef<mlir::Operation *> {
        const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
        auto options = importOptionsFromCommandLine();
        if (!options) {
          mlir::emitError(mlir::UnknownLoc::get(context)) << llvm::toString(options.takeError());
          return nullptr;
        }
        return importONNXModel(buffer->getMemBufferRef(), buffer->getBufferIdentifier(), context,
                               *options);
      });
}
