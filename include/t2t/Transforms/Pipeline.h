//===- Pipeline.h - The onnx -> NHWC tfl pass pipeline ----------*- C++ -*-===//

#ifndef T2T_TRANSFORMS_PIPELINE_H
#define T2T_TRANSFORMS_PIPELINE_H

#include "mlir/Pass/PassManager.h"

namespace t2t {

struct PipelineOptions {
  /// Make rank-4 inputs and outputs NHWC (TensorFlow's convention); when
  /// false the graph keeps ONNX's NCHW interface.
  bool nhwcInterface = true;
  /// onnx-tf's layout: a transpose pair around every layout-sensitive op,
  /// none moved or cancelled (the baseline for benchmarks).
  bool naiveLayout = false;
};

/// import output (onnx dialect) -> exportable tfl dialect.
void buildConversionPipeline(mlir::OpPassManager &pm, const PipelineOptions &options);

} // namespace t2t

#endif // T2T_TRANSFORMS_PIPELINE_H
