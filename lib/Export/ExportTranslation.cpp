//===- ExportTranslation.cpp - `--to-graphdef[-text]` for t2t-translate ---===//

#include "t2t/Export/GraphDefExporter.h"
#include "t2t/InitAll.h"

#include "mlir/Tools/mlir-translate/Translation.h"

void t2t::registerGraphDefExportTranslations() {
  auto registerFormat = [](llvm::StringRef name, llvm::StringRef description,
                           GraphDefFormat format) {
    mlir::TranslateFromMLIRRegistration(
        name, description,
        [format](mlir::Operation *op, llvm::raw_ostream &os) {
          auto module = llvm::dyn_cast<mlir::ModuleOp>(op);
          if (!module)
            return mlir::LogicalResult(op->emitError("expected a builtin.module"));
          return exportGraphDef(module, os, format);
        },
        [](mlir::DialectRegistry &registry) { registerAllDialects(registry); });
  };
  registerFormat("to-graphdef", "Export the tfl dialect as a binary TensorFlow GraphDef (.pb)",
                 GraphDefFormat::Binary);
  registerFormat("to-graphdef-text", "Export the tfl dialect as a text TensorFlow GraphDef",
                 GraphDefFormat::Text);
}
