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
/// onnx.Conv, ConvTranspose (1-D, 2-D) -> tfl convs between NCHW <-> NHWC transposes.
void populateConvLoweringPatterns(mlir::RewritePatternSet &patterns);
/// MaxPool, AveragePool, Global{Average,Max}Pool -> tfl NHWC pooling between transposes.
void populatePoolLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Gemm, MatMul -> tfl.fully_connected or batch_matmul; Einsum -> tfl.einsum.
void populateGemmLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Inference BatchNormalization -> per-channel mul and add; LRN.
void populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Clip -> relu / relu6 for bounds 0 (and 6), else maximum / minimum.
void populateClipLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Reduce*, ArgMax/ArgMin, CumSum -> tfl reductions over non-negative axes.
void populateReduceLoweringPatterns(mlir::RewritePatternSet &patterns);
/// HardSigmoid, Elu, Selu, Celu, ThresholdedRelu, Softsign, Shrink, one-sign
/// IsInf, Hardmax -> tfl arithmetic with scalar constants.
void populateActivationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Resize (nearest, linear) -> tfl resize ops between transposes.
void populateResizeLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Pad with constant pads -> tfl.padv2 (constant), mirror_pad (reflect), slices (edge).
void populatePadLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Mod with fmod = 1 -> tfl arithmetic (C's fmod).
void populateModLoweringPatterns(mlir::RewritePatternSet &patterns);
/// LSTM, GRU, RNN -> unrolled tfl ops over the static sequence length.
void populateRecurrentLoweringPatterns(mlir::RewritePatternSet &patterns);
/// NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss -> one-hot masked sums.
void populateLossLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Max/Min/Sum/Mean of N inputs -> binary tfl ops.
void populateVariadicLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Slice, Split, Gather with constant parameters -> tfl.
void populateSlicingLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Tile, Expand, DepthToSpace, SpaceToDepth, Trilu, Softmax on any axis -> tfl.
void populateDataMovementLoweringPatterns(mlir::RewritePatternSet &patterns);
/// fully_connected of a flattened NHWC->NCHW transpose with constant weights:
/// flatten the NHWC data and permute the weights instead.
void populateFlattenPermutationPatterns(mlir::RewritePatternSet &patterns);
/// Moves transposes from the operands of elementwise tfl ops to their result.
void populateSinkTransposePatterns(mlir::RewritePatternSet &patterns);
/// A channel shuffle (reshape, transpose, reshape) as a gather of the
/// channel axis, which the layout moves like any axis op.
void populateChannelShufflePatterns(mlir::RewritePatternSet &patterns);

} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_PATTERNS_H
