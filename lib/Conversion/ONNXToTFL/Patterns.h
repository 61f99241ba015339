//===- Patterns.h - The onnx -> tfl patterns, by op family -----*- C++ -*-===//
//
// Each family's patterns are declared in dialects/conversion/ONNXToTFL/<Family>.td;
// <Family>.cpp adds them, with the C++ patterns of what a declarative pattern
// cannot say (each says why).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNS_H
#define T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNS_H

#include "mlir/IR/PatternMatch.h"

namespace t2t {
/// Relu, Clip, Elu, Selu, Celu, HardSigmoid, Softmax on any axis, ... -> tfl
/// activations or their arithmetic.
void populateActivationsLoweringPatterns(mlir::RewritePatternSet &patterns);
/// NonMaxSuppression -> tfl.non_max_suppression_v5 per batch and class.
void populateNonMaxSuppressionLoweringPatterns(mlir::RewritePatternSet &patterns);
/// QuantizeLinear, DequantizeLinear, DynamicQuantizeLinear, ConvInteger,
/// MatMulInteger -> float arithmetic giving ONNX's integers exactly.
void populateQuantizationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// GridSample -> gathers of the NHWC maps at the grid points' neighbours.
void populateGridSampleLoweringPatterns(mlir::RewritePatternSet &patterns);
/// HannWindow, HammingWindow, BlackmanWindow -> their cosines of a range.
void populateSignalLoweringPatterns(mlir::RewritePatternSet &patterns);
/// TopK -> tfl.topk_v2 (transposed and negated as the axis and order ask).
void populateTopKLoweringPatterns(mlir::RewritePatternSet &patterns);
/// onnx.Constant in every form -> tfl.const.
void populateConstantsLoweringPatterns(mlir::RewritePatternSet &patterns);
/// If -> tfl.if, Loop -> tfl.while (regions moved, lowered where they
/// stand), Scan of a static length unrolled.
void populateControlFlowLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Conv, ConvTranspose (1-D, 2-D) -> tfl convs between NCHW <-> NHWC transposes.
void populateConvLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Tile, Expand, DepthToSpace, SpaceToDepth, Trilu, OneHot, ... -> tfl.
void populateDataMovementLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Unary, binary, comparison, logic, Mod, Cast, variadic Max/Min/Sum/Mean -> tfl.
void populateElementwiseLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Gemm, MatMul -> tfl.fully_connected or batch_matmul; Einsum -> tfl.einsum.
void populateGemmLoweringPatterns(mlir::RewritePatternSet &patterns);
/// NegativeLogLikelihoodLoss, SoftmaxCrossEntropyLoss -> one-hot masked sums.
void populateLossesLoweringPatterns(mlir::RewritePatternSet &patterns);
/// BatchNormalization, LRN, Layer/Instance/MeanVariance normalization -> tfl.
void populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Pad with constant pads -> tfl.padv2 (constant), mirror_pad (reflect), slices (edge).
void populatePadLoweringPatterns(mlir::RewritePatternSet &patterns);
/// MaxPool, AveragePool, Global{Average,Max}Pool -> tfl NHWC pooling between transposes.
void populatePoolLoweringPatterns(mlir::RewritePatternSet &patterns);
/// LSTM, GRU, RNN -> unrolled tfl ops over the static sequence length.
void populateRecurrentLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Reduce*, ArgMax/ArgMin, CumSum -> tfl reductions over non-negative axes.
void populateReductionsLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Resize (nearest, linear) -> tfl resize ops between transposes.
void populateResizeLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Reshape, Flatten, (Un)Squeeze, Transpose, Concat, Identity, Dropout, Range -> tfl.
void populateShapeLoweringPatterns(mlir::RewritePatternSet &patterns);
/// Slice, Split, Gather, GatherElements/ND, ScatterND/Elements -> tfl.
void populateSlicingLoweringPatterns(mlir::RewritePatternSet &patterns);

/// Every family's patterns.
void populateONNXToTFLPatterns(mlir::RewritePatternSet &patterns);
} // namespace t2t

#endif // T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNS_H
