//===- ExportTranslation.cpp - Exporters as t2t-translate translations ----===//

#include "t2t/Export/GraphDefExporter.h"
#include "t2t/Export/ModuleExport.h"
#include "t2t/InitAll.h"

#include "mlir/Tools/mlir-translate/Translation.h"

void t2t::registerModuleExport(
    llvm::StringRef name, llvm::StringRef description,
    std::function<mlir::LogicalResult(mlir::ModuleOp, llvm::raw_ostream &)> write) {
  mlir::TranslateFromMLIRRegistration(
      name, description,
      [write](mlir::Operation *op, llvm::raw_ostream &os) {
        auto module = llvm::dyn_cast<mlir::ModuleOp>(op);
        if (!module)
          return mlir::LogicalResult(op->emitError("expected a builtin.module"));
        return write(module, os);
      },
      [](mlir::DialectRegistry &registry) { registerAllDialects(registry); });
}

void t2t::registerGraphDefExportTranslations() {
  for (auto [name, description, format] :
       {std::tuple("to-graphdef", "Export the tfl dialect as a binary TensorFlow GraphDef (.pb)",
                   GraphDefFormat::Binary),
        std::tuple("to-graphdef-text", "Export the tfl dialect as a text TensorFlow GraphDef",
                   GraphDefFormat::Text)})
    registerModuleExport(name, description, [format](mlir::ModuleOp module, llvm::raw_ostream &os) {
      return exportGraphDef(module, os, format);
    });
}
