//===- Normalization.cpp - onnx normalizations -> tfl ----------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Normalization.td);
// the arithmetic they call is in PatternHelpers, but for LpNormalization's
// axis list.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace t2t::lowering {
/// The one-element reduction axis list of LpNormalization's `axis` (known to
/// be in range of ranked `x`), non-negative.
mlir::DenseI64ArrayAttr axisList(mlir::Attribute axis, mlir::Value x) {
  int64_t rank = llvm::cast<mlir::RankedTensorType>(x.getType()).getRank();
  return mlir::DenseI64ArrayAttr::get(x.getContext(), {*normalizeAxis(intValue(axis), rank)});
}
} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Normalization.inc"
} // namespace

void t2t::populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
