//===- Gemm.cpp - onnx Gemm, MatMul, Einsum -> tfl ------------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Gemm.td); here
// is what they call: when fully_connected computes the op, its zero bias,
// the alpha/beta scaling and Einsum's explicit equation.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

using namespace mlir;

namespace t2t::lowering {

bool fitsFullyConnected(Value a, Value b, Attribute transB, Value bias) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  if (!aType || !bType || aType.getRank() != 2 || bType.getRank() != 2 || !bType.hasStaticShape() ||
      !isa<FloatType>(aType.getElementType()))
    return false;
  if (!bias || isAbsent(bias))
    return true;
  auto c = dyn_cast<RankedTensorType>(bias.getType());
  bool bTransposed = transB && intValue(transB) != 0;
  return c && c.getRank() == 1 && c.getDimSize(0) == bType.getDimSize(bTransposed ? 0 : 1);
}

bool fitsFullyConnected(Value a, Value b) { return fitsFullyConnected(a, b, {}, {}); }

bool isPlainGemm(Attribute alpha, Attribute beta, Attribute transA) {
  return floatValue(alpha) == 1.0 && floatValue(beta) == 1.0 && intValue(transA) == 0;
}

DenseElementsAttr zeroBias(Value a, Value b, Attribute transB = {}) {
  bool bTransposed = transB && intValue(transB) != 0;
  int64_t outputs = cast<RankedTensorType>(b.getType()).getDimSize(bTransposed ? 0 : 1);
  Type element = getElementTypeOrSelf(a.getType());
  return DenseElementsAttr::get(RankedTensorType::get({outputs}, element),
                                Builder(a.getContext()).getZeroAttr(element));
}

Value scaledBy(OpBuilder &builder, Location loc, Value x, Attribute factor) {
  if (floatValue(factor) == 1.0)
    return x;
  auto type = cast<RankedTensorType>(x.getType());
  Value c = tfl::ConstOp::create(builder, loc, scalarLike(x, floatValue(factor)));
  return tfl::MulOp::create(builder, loc, type, x, c, builder.getStringAttr("NONE"));
}

bool hasCTerm(Value c, Attribute beta) { return !isAbsent(c) && floatValue(beta) != 0.0; }

bool isBatchMatMul(Value a, Value b) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  return aType && bType && aType.getRank() >= 2 && bType.getRank() >= 2 &&
         aType.getElementType() == bType.getElementType();
}

StringAttr explicitEquation(Attribute equation) {
  std::string eq;
  for (char c : cast<StringAttr>(equation).getValue())
    if (c != ' ')
      eq += c;
  if (StringRef(eq).contains("..."))
    return {};
  if (!StringRef(eq).contains("->")) {
    // Implicit: the output labels are those appearing once, alphabetically.
    std::map<char, int> counts;
    for (char c : eq)
      if (llvm::isAlpha(c))
        ++counts[c];
    std::string output;
    for (auto [label, count] : counts)
      if (count == 1)
        output += label;
    eq += "->" + output;
  }
  return StringAttr::get(equation.getContext(), eq);
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Gemm.inc"
} // namespace

void t2t::populateGemmLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
