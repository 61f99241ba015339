//===- LowerGemm.cpp - Gemm / 2-D MatMul -> tfl.fully_connected ------------===//
//
//   Gemm:   Y = alpha * A' B' + beta * C,  A' = transA ? A^T : A, B' likewise
//   fully_connected(input, filter[out, in], bias[out]) = input filter^T + bias
// so with alpha = beta = 1 and transA = 0: filter = transB ? B : B^T (a
// constant B is transposed at compile time by the transpose folder) and
// bias = C (1-D, or zeros when absent). MatMul of a 2-D input is the same
// without bias.
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

/// fully_connected(a, b as [out, in] after `bTransposed`, bias or zeros).
LogicalResult replaceWithFullyConnected(Operation *op, Value a, Value b, bool bTransposed,
                                        Value bias, PatternRewriter &rewriter) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  auto yType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!aType || !bType || !yType || aType.getRank() != 2 || bType.getRank() != 2 ||
      !bType.hasStaticShape() || !isa<FloatType>(aType.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs 2-D float operands and a static B");
  Location loc = op->getLoc();
  Value filter = bTransposed ? b : transposed(rewriter, loc, b, {1, 0});
  int64_t outputs = cast<RankedTensorType>(filter.getType()).getDimSize(0);
  if (!bias || isa<NoneType>(bias.getType())) {
    auto biasType = RankedTensorType::get({outputs}, aType.getElementType());
    bias = tfl::ConstOp::create(rewriter, loc,
                                DenseElementsAttr::get(biasType, rewriter.getZeroAttr(aType.getElementType())));
  } else if (auto c = dyn_cast<RankedTensorType>(bias.getType());
             !c || c.getRank() != 1 || c.getDimSize(0) != outputs) {
    return rewriter.notifyMatchFailure(op, "C must be a 1-D bias of the output size");
  }
  rewriter.replaceOpWithNewOp<tfl::FullyConnectedOp>(op, yType, a, filter, bias,
                                                     rewriter.getStringAttr("NONE"));
  return success();
}

struct LowerGemm : OpRewritePattern<onnx::GemmOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GemmOp op, PatternRewriter &rewriter) const override {
    if (op.getAlpha() != 1.0f || op.getBeta() != 1.0f || op.getTransA() != 0)
      return rewriter.notifyMatchFailure(op, "needs alpha = beta = 1 and transA = 0");
    return replaceWithFullyConnected(op, op.getA(), op.getB(), op.getTransB() != 0, op.getC(),
                                     rewriter);
  }
};

struct LowerMatMul2D : OpRewritePattern<onnx::MatMulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::MatMulOp op, PatternRewriter &rewriter) const override {
    return replaceWithFullyConnected(op, op.getA(), op.getB(), /*bTransposed=*/false, Value(),
                                     rewriter);
  }
};

} // namespace

void populateGemmLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerGemm, LowerMatMul2D>(patterns.getContext());
}

} // namespace t2t
