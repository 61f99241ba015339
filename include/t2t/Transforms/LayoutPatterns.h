//===- LayoutPatterns.h - Patterns that move layout transposes -*- C++ -*-===//

#ifndef T2T_TRANSFORMS_LAYOUTPATTERNS_H
#define T2T_TRANSFORMS_LAYOUTPATTERNS_H

#include "mlir/IR/PatternMatch.h"

namespace t2t {
/// fully_connected of a flattened NHWC->NCHW transpose with constant weights:
/// flatten the NHWC data and permute the weights instead.
void populateFlattenPermutationPatterns(mlir::RewritePatternSet &patterns);
/// Moves transposes from the operands of elementwise tfl ops to their result.
void populateSinkTransposePatterns(mlir::RewritePatternSet &patterns);
/// A channel shuffle (reshape, transpose, reshape) as a gather of the
/// channel axis, which the layout moves like any axis op.
void populateChannelShufflePatterns(mlir::RewritePatternSet &patterns);
/// shape(transpose(y, perm)) as shape(y) gathered by perm: shape vectors are
/// permuted, never the activations (dialects/transforms/TFLLayout.td).
void populateShapeLayoutPatterns(mlir::RewritePatternSet &patterns);

} // namespace t2t

#endif // T2T_TRANSFORMS_LAYOUTPATTERNS_H
