//===- Pipeline.cpp - The onnx -> NHWC tfl pass pipeline ------------------===//

#include "t2t/Transforms/Pipeline.h"

#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/Passes.h"

void t2t::buildConversionPipeline(mlir::OpPassManager &pm, const PipelineOptions &options) {
  if (options.nhwcInterface)
    pm.addNestedPass<mlir::func::FuncOp>(createNHWCInterface());
  pm.addPass(createConvertONNXToNHWC(ConvertONNXToNHWCOptions{options.naiveLayout}));
  // Canonicalization would cancel the naive layout's transposes.
  if (!options.naiveLayout) {
    pm.addPass(mlir::createCanonicalizerPass());
    pm.addNestedPass<mlir::func::FuncOp>(createFuseTFL());
    pm.addNestedPass<mlir::func::FuncOp>(createChannelShuffleAsTranspose());
  }
  pm.addPass(mlir::createCSEPass());
}
