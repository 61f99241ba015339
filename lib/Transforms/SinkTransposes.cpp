//===- SinkTransposes.cpp - Move transposes below elementwise ops ---------===//
//
// Elementwise ops commute with a transpose of all their operands:
//   f(transpose(a, p), transpose(b, p)) == transpose(f(a, b), p)
// so a transpose can move from the operands to the result. A constant
// operand is rewritten as transpose(transpose(c, inverse(p)), p), whose
// inner transpose folds at compile time. Moving transposes down lets the
// pair transpose(p) . transpose(inverse(p)) around a layout-sensitive op
// meet and cancel.
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Patterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

/// Moves a common transpose of every operand of an elementwise op to its
/// result. Operands may also be constants (of lower rank: numpy broadcasting
/// pads their shape with leading 1s) or scalars.
struct SinkTransposeThroughElementwise : RewritePattern {
  explicit SinkTransposeThroughElementwise(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *op, PatternRewriter &rewriter) const override {
    if (!op->hasTrait<tfl::OpTrait::Elementwise>() || op->getNumResults() != 1)
      return failure();
    // The permutation: that of the first transposed operand.
    std::optional<SmallVector<int64_t>> perm;
    for (Value operand : op->getOperands())
      if (auto t = operand.getDefiningOp<tfl::TransposeOp>()) {
        perm = SmallVector<int64_t>(t.getPerm());
        break;
      }
    if (!perm)
      return failure();
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!resultType || resultType.getRank() != static_cast<int64_t>(perm->size()))
      return failure();
    SmallVector<int64_t> inverse = inversePermutation(*perm);

    SmallVector<Value> operands;
    for (Value operand : op->getOperands()) {
      if (auto t = operand.getDefiningOp<tfl::TransposeOp>(); t && t.getPerm() == ArrayRef(*perm)) {
        operands.push_back(t.getInput());
        continue;
      }
      auto type = dyn_cast<RankedTensorType>(operand.getType());
      if (!type || !matchPattern(operand, m_Constant()))
        return failure(); // A non-constant operand in another layout: keep.
      if (type.getNumElements() == 1 && type.getRank() <= resultType.getRank()) {
        operands.push_back(operand); // Scalars broadcast in any layout.
        continue;
      }
      if (type.getRank() > resultType.getRank())
        return failure();
      if (type.getRank() < resultType.getRank()) {
        SmallVector<int64_t> shape(resultType.getRank() - type.getRank(), 1);
        llvm::append_range(shape, type.getShape());
        operand = tfl::ReshapeOp::create(rewriter, op->getLoc(), type.clone(shape), operand);
      }
      operands.push_back(transposed(rewriter, op->getLoc(), operand, inverse));
    }

    Operation *moved = rewriter.clone(*op);
    moved->setOperands(operands);
    moved->getResult(0).setType(permuted(resultType, inverse));
    rewriter.replaceOpWithNewOp<tfl::TransposeOp>(op, resultType, moved->getResult(0),
                                                  rewriter.getDenseI64ArrayAttr(*perm));
    return success();
  }
};

/// concatenation(transpose(a, p), transpose(b, p), axis) ==
/// transpose(concatenation(a, b, p[axis]), p).
struct SinkTransposeThroughConcat : OpRewritePattern<tfl::ConcatenationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::ConcatenationOp op, PatternRewriter &rewriter) const override {
    auto first = op.getValues().front().getDefiningOp<tfl::TransposeOp>();
    if (!first)
      return failure();
    ArrayRef<int64_t> perm = first.getPerm();
    SmallVector<Value> inputs;
    for (Value value : op.getValues()) {
      auto t = value.getDefiningOp<tfl::TransposeOp>();
      if (!t || t.getPerm() != perm)
        return failure();
      inputs.push_back(t.getInput());
    }
    auto resultType = cast<RankedTensorType>(op.getType());
    Value joined = tfl::ConcatenationOp::create(
        rewriter, op.getLoc(), permuted(resultType, inversePermutation(perm)), inputs,
        rewriter.getI64IntegerAttr(perm[op.getAxis()]));
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), joined, perm));
    return success();
  }
};

/// padv2(transpose(x, p), pads) == transpose(padv2(x, pads'), p) where
/// dim i of the transposed tensor is dim p[i] of x: pads'[p[i]] = pads[i].
struct SinkTransposeThroughPad : OpRewritePattern<tfl::PadV2Op> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::PadV2Op op, PatternRewriter &rewriter) const override {
    auto t = op.getInput().getDefiningOp<tfl::TransposeOp>();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!t || !resultType)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm(), pads = op.getPaddings();
    SmallVector<int64_t> moved(pads.size());
    for (auto [i, d] : llvm::enumerate(perm)) {
      moved[2 * d] = pads[2 * i];
      moved[2 * d + 1] = pads[2 * i + 1];
    }
    Value padded = tfl::PadV2Op::create(rewriter, op.getLoc(),
                                        permuted(resultType, inversePermutation(perm)),
                                        t.getInput(), rewriter.getDenseI64ArrayAttr(moved),
                                        op.getConstantValueAttr());
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), padded, perm));
    return success();
  }
};

} // namespace

void populateSinkTransposePatterns(RewritePatternSet &patterns) {
  patterns.add<SinkTransposeThroughElementwise, SinkTransposeThroughConcat,
               SinkTransposeThroughPad>(patterns.getContext());
}

} // namespace t2t
