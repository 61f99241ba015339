//===- t2t-opt.cpp - Run t2t passes on MLIR -------------------------------===//

#include "t2t/InitAll.h"

#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  t2t::registerAllDialects(registry);
  t2t::registerAllPasses();
  return mlir::asMainReturnCode(mlir::MlirOptMain(argc, argv, "t2t optimizer driver\n", registry));
}
