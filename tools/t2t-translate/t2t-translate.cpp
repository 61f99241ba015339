//===- t2t-translate.cpp - ONNX in, GraphDef or TFLite out ----------------===//

#include "t2t/Export/DotExporter.h"
#include "t2t/Export/GraphDefExporter.h"
#include "t2t/Export/TFLiteExporter.h"
#include "t2t/Import/ONNXImporter.h"
#include "t2t/InitAll.h"

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"

int main(int argc, char **argv) {
  t2t::registerONNXImportTranslation();
  t2t::registerGraphDefExportTranslations();
  t2t::registerTFLiteExportTranslation();
  t2t::registerDotExportTranslation();
  return mlir::failed(mlir::mlirTranslateMain(argc, argv, "t2t translation driver\n"));
}
