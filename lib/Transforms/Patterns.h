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
/// Moves transposes from the operands of elementwise tfl ops to their result.
void populateSinkTransposePatterns(mlir::RewritePatternSet &patterns);
} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_PATTERNS_H
