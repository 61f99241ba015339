//===- LowerGemm.cpp - Gemm / MatMul -> fully_connected or batch_matmul ----===//
//
//   Gemm:   Y = alpha * A' B' + beta * C,  A' = transA ? A^T : A, B' likewise
//   fully_connected(input, filter[out, in], bias[out]) = input filter^T + bias
// so with alpha = beta = 1 and transA = 0: filter = transB ? B : B^T (a
// constant B is transposed at compile time by the transpose folder) and
// bias = C (1-D, or zeros when absent). MatMul of a 2-D input is the same
// without bias. Everything else is batch_matmul (adj_x/adj_y for the
// transposes), times alpha, plus beta * C.
//
// Einsum is TensorFlow's Einsum, its equation made explicit when implicit
// (the output labels are those appearing once, in alphabetical order).
//
//===----------------------------------------------------------------------===//

#include "t2t/Support/Layout.h"
#include "ConstantOperands.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

using namespace mlir;

namespace t2t {
namespace {

/// Whether fully_connected(a, b, bias) can compute the op: 2-D float
/// operands, a static B and a bias that is absent or 1-D of the output size.
bool fitsFullyConnected(Value a, Value b, bool bTransposed, Value bias) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  if (!aType || !bType || aType.getRank() != 2 || bType.getRank() != 2 ||
      !bType.hasStaticShape() || !isa<FloatType>(aType.getElementType()))
    return false;
  if (!bias || isAbsent(bias))
    return true;
  auto c = dyn_cast<RankedTensorType>(bias.getType());
  return c && c.getRank() == 1 && c.getDimSize(0) == bType.getDimSize(bTransposed ? 0 : 1);
}

/// fully_connected(a, b as [out, in] after `bTransposed`, bias or zeros).
void replaceWithFullyConnected(Operation *op, Value a, Value b, bool bTransposed, Value bias,
                               PatternRewriter &rewriter) {
  auto aType = cast<RankedTensorType>(a.getType());
  Location loc = op->getLoc();
  Value filter = bTransposed ? b : transposed(rewriter, loc, b, {1, 0});
  int64_t outputs = cast<RankedTensorType>(filter.getType()).getDimSize(0);
  if (!bias || isAbsent(bias)) {
    auto biasType = RankedTensorType::get({outputs}, aType.getElementType());
    bias = tfl::ConstOp::create(rewriter, loc,
                                DenseElementsAttr::get(biasType, rewriter.getZeroAttr(aType.getElementType())));
  }
  rewriter.replaceOpWithNewOp<tfl::FullyConnectedOp>(op, op->getResult(0).getType(), a, filter,
                                                     bias, rewriter.getStringAttr("NONE"));
}

/// x * factor with a scalar constant, unless the factor is 1.
Value scaled(OpBuilder &builder, Location loc, Value x, double factor) {
  if (factor == 1.0)
    return x;
  auto type = cast<RankedTensorType>(x.getType());
  auto scalarType = RankedTensorType::get({}, type.getElementType());
  Value c = tfl::ConstOp::create(builder, loc, DenseElementsAttr::get(
      scalarType, builder.getFloatAttr(type.getElementType(), factor)));
  return tfl::MulOp::create(builder, loc, type, x, c, builder.getStringAttr("NONE"));
}

/// Gemm: Y = alpha * op(A) @ op(B) + beta * C. fully_connected when it fits
/// (alpha = beta = 1, no transA, a 1-D bias), else batch_matmul with adjoint
/// flags, scaled, plus the broadcast C.
struct LowerGemm : OpRewritePattern<onnx::GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GemmOp op, PatternRewriter &rewriter) const override {
    bool transB = op.getTransB() != 0;
    if (op.getAlpha() == 1.0f && op.getBeta() == 1.0f && op.getTransA() == 0 &&
        fitsFullyConnected(op.getA(), op.getB(), transB, op.getC())) {
      replaceWithFullyConnected(op, op.getA(), op.getB(), transB, op.getC(), rewriter);
      return success();
    }
    auto a = dyn_cast<RankedTensorType>(op.getA().getType());
    auto b = dyn_cast<RankedTensorType>(op.getB().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!a || !b || !y || a.getRank() != 2 || b.getRank() != 2 ||
        !isa<FloatType>(a.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs 2-D float operands");
    Location loc = op.getLoc();
    Value v = tfl::BatchMatMulOp::create(rewriter, loc, y, op.getA(), op.getB(),
                                         op.getTransA() != 0, transB);
    v = scaled(rewriter, loc, v, op.getAlpha());
    if (!isAbsent(op.getC()) && op.getBeta() != 0.0f)
      v = tfl::AddOp::create(rewriter, loc, y, v, scaled(rewriter, loc, op.getC(), op.getBeta()),
                             rewriter.getStringAttr("NONE"));
    rewriter.replaceOp(op, v);
    return success();
  }
};

/// MatMul: fully_connected for [M, K] x static [K, N]; batch_matmul for
/// any other operands of rank 2 or more (numpy broadcasting of batch dims).
struct LowerMatMul : OpRewritePattern<onnx::MatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::MatMulOp op, PatternRewriter &rewriter) const override {
    if (fitsFullyConnected(op.getA(), op.getB(), /*bTransposed=*/false, Value())) {
      replaceWithFullyConnected(op, op.getA(), op.getB(), /*bTransposed=*/false, Value(),
                                rewriter);
      return success();
    }
    auto a = dyn_cast<RankedTensorType>(op.getA().getType());
    auto b = dyn_cast<RankedTensorType>(op.getB().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!a || !b || !y || a.getRank() < 2 || b.getRank() < 2 ||
        a.getElementType() != b.getElementType())
      return rewriter.notifyMatchFailure(op, "needs operands of rank 2 or more");
    rewriter.replaceOpWithNewOp<tfl::BatchMatMulOp>(op, y, op.getA(), op.getB(), false, false);
    return success();
  }
};

/// An explicit Einsum equation ("ij,jk->ik"); nullopt with an ellipsis.
std::optional<std::string> explicitEquation(StringRef equation) {
  std::string eq;
  for (char c : equation)
    if (c != ' ')
      eq += c;
  if (StringRef(eq).contains("..."))
    return std::nullopt;
  if (StringRef(eq).contains("->"))
    return eq;
  std::map<char, int> counts;
  for (char c : eq)
    if (llvm::isAlpha(c))
      ++counts[c];
  std::string output;
  for (auto [label, count] : counts)
    if (count == 1)
      output += label;
  return eq + "->" + output;
}

struct LowerEinsum : OpRewritePattern<onnx::EinsumOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::EinsumOp op, PatternRewriter &rewriter) const override {
    std::optional<std::string> equation = explicitEquation(op.getEquation());
    if (!equation || !isa<RankedTensorType>(op.getOutput().getType()))
      return rewriter.notifyMatchFailure(op, "needs a ranked result and no ellipsis");
    rewriter.replaceOpWithNewOp<tfl::EinsumOp>(op, op.getOutput().getType(), op.getInputs(),
                                               rewriter.getStringAttr(*equation));
    return success();
  }
};

} // namespace

void populateGemmLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerGemm, LowerMatMul, LowerEinsum>(patterns.getContext());
}

} // namespace t2t
