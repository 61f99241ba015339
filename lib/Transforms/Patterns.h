//===- Patterns.h - C++ lowering patterns of the onnx -> tfl pass -*- C++ -*-===//
//
// The C++ patterns, for rewrites a DRR pattern cannot express; the
// declarative ones are generated from dialects/transforms/ONNXToTFL.td.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_TRANSFORMS_PATTERNS_H
#define T2T_LIB_TRANSFORMS_PATTERNS_H

#include "mlir/IR/PatternMatch.h"

namespace t2t {
/// onnx.Conv (2-D) -> tfl.conv_2d between NCHW <-> NHWC transposes.
void populateConvLoweringPatterns(mlir::RewritePatternSet &patterns);
/// MaxPool, AveragePool, GlobalAveragePool -> tfl NHWC pooling between transposes.
void populatePoolLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Gemm, 2-D MatMul -> tfl.fully_connected.
void populateGemmLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Inference BatchNormalization -> per-channel mul and add.
void populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Clip with constant bounds 0 (and 6) -> relu (relu6).
void populateClipLoweringPatterns(mlir::RewritePatternSet &patterns);
/// ReduceMean/Sum/Max/Min -> tfl reductions over non-negative axes.
void populateReduceLoweringPatterns(mlir::RewritePatternSet &patterns);
/// HardSigmoid, HardSwish -> relu6 with scalar mul/add.
void populateHardActivationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Resize (nearest, linear) -> tfl resize ops between transposes.
void populateResizeLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Constant-mode Pad with constant pads -> tfl.padv2.
void populatePadLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Moves transposes from the operands of elementwise tfl ops to their result.
void populateSinkTransposePatterns(mlir::RewritePatternSet &patterns);
} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_PATTERNS_H
