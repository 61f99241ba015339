//===- ONNXToTFL.cpp - Every onnx -> tfl lowering pattern -----------------===//

#include "Patterns.h"

void t2t::populateONNXToTFLPatterns(mlir::RewritePatternSet &patterns) {
  populateActivationsLoweringPatterns(patterns);
  populateConstantsLoweringPatterns(patterns);
  populateControlFlowLoweringPatterns(patterns);
  populateConvLoweringPatterns(patterns);
  populateDataMovementLoweringPatterns(patterns);
  populateElementwiseLoweringPatterns(patterns);
  populateGemmLoweringPatterns(patterns);
  populateGridSampleLoweringPatterns(patterns);
  populateLossesLoweringPatterns(patterns);
  populateNonMaxSuppressionLoweringPatterns(patterns);
  populateNormalizationLoweringPatterns(patterns);
  populatePadLoweringPatterns(patterns);
  populatePoolLoweringPatterns(patterns);
  populateQuantizationLoweringPatterns(patterns);
  populateRecurrentLoweringPatterns(patterns);
  populateReductionsLoweringPatterns(patterns);
  populateResizeLoweringPatterns(patterns);
  populateShapeLoweringPatterns(patterns);
  populateSignalLoweringPatterns(patterns);
  populateSlicingLoweringPatterns(patterns);
  populateTopKLoweringPatterns(patterns);
}
