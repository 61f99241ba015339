//===- Gemm.cpp - onnx Gemm, MatMul, Einsum -> tfl ----------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Gemm.td.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

namespace {
#include "dialects/conversion/ONNXToTFL/Gemm.inc"
} // namespace

void t2t::populateGemmLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
