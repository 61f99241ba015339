//===- InitAll.cpp - Register every t2t dialect and pass ------------------===//

#include "t2t/InitAll.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/Passes.h"

void t2t::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<onnx::ONNXDialect, tfl::TFLDialect, mlir::func::FuncDialect>();
}

void t2t::registerAllPasses() {
  registerT2TPasses();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
}
