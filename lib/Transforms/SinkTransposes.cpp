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

#include "Patterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

SmallVector<int64_t> inversePermutation(ArrayRef<int64_t> perm) {
  SmallVector<int64_t> inverse(perm.size());
  for (auto [i, d] : llvm::enumerate(perm))
    inverse[d] = i;
  return inverse;
}

/// Moves a common transpose of every operand of an elementwise op to its
/// result. Operands may also be constants of the same rank or scalars.
template <typename OpTy>
struct SinkTransposeThroughElementwise : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;

  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
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
      if (type.getRank() != resultType.getRank())
        return failure();
      SmallVector<int64_t> shape;
      for (int64_t d : inverse)
        shape.push_back(type.getDimSize(d));
      operands.push_back(tfl::TransposeOp::create(
          rewriter, op.getLoc(), RankedTensorType::get(shape, type.getElementType()), operand,
          rewriter.getDenseI64ArrayAttr(inverse)));
    }

    SmallVector<int64_t> shape;
    for (int64_t d : inverse)
      shape.push_back(resultType.getDimSize(d));
    Operation *moved = rewriter.clone(*op);
    moved->setOperands(operands);
    moved->getResult(0).setType(RankedTensorType::get(shape, resultType.getElementType()));
    rewriter.replaceOpWithNewOp<tfl::TransposeOp>(op, resultType, moved->getResult(0),
                                                  rewriter.getDenseI64ArrayAttr(*perm));
    return success();
  }
};

} // namespace

void populateSinkTransposePatterns(RewritePatternSet &patterns) {
  patterns.add<SinkTransposeThroughElementwise<tfl::ReluOp>,
               SinkTransposeThroughElementwise<tfl::AddOp>>(patterns.getContext());
}

} // namespace t2t
