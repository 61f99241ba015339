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

#include "t2t/Support/Layout.h"
#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/SmallBitVector.h"

using namespace mlir;

namespace t2t {
namespace {

/// Moves a common transpose of every operand of an elementwise op to its
/// result. Operands may also be constants (of lower rank: numpy broadcasting
/// pads their shape with leading 1s) or scalars (of any origin).
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
      // Scalars, even computed at run time (a dynamic quantization's
      // scale), broadcast in any layout.
      if (type && type.hasStaticShape() && type.getNumElements() == 1 &&
          type.getRank() <= resultType.getRank()) {
        operands.push_back(operand);
        continue;
      }
      if (!type || !matchPattern(operand, m_Constant()))
        return failure(); // A non-constant operand in another layout: keep.
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

/// pad(transpose(x, p), pads) == transpose(pad(x, pads'), p) where dim i of
/// the transposed tensor is dim p[i] of x: pads'[p[i]] = pads[i]. For
/// constant (padv2) and mirroring (mirror_pad) pads alike.
template <typename PadOp> struct SinkTransposeThroughPad : OpRewritePattern<PadOp> {
  using OpRewritePattern<PadOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(PadOp op, PatternRewriter &rewriter) const override {
    auto t = op.getInput().template getDefiningOp<tfl::TransposeOp>();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!t || !resultType)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm(), pads = op.getPaddings();
    SmallVector<int64_t> moved(pads.size());
    for (auto [i, d] : llvm::enumerate(perm)) {
      moved[2 * d] = pads[2 * i];
      moved[2 * d + 1] = pads[2 * i + 1];
    }
    auto padded = cast<PadOp>(rewriter.clone(*op));
    padded->setOperand(0, t.getInput());
    padded.setPaddings(moved);
    padded->getResult(0).setType(permuted(resultType, inversePermutation(perm)));
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), padded, perm));
    return success();
  }
};

/// Maps the per-dimension bit mask of a transposed tensor to its input:
/// bit i (dim i of transpose(x, p)) becomes bit p[i] (dim p[i] of x).
static int64_t permuteMask(int64_t mask, ArrayRef<int64_t> perm) {
  int64_t moved = 0;
  for (auto [i, d] : llvm::enumerate(perm))
    if (mask & (int64_t(1) << i))
      moved |= int64_t(1) << d;
  return moved;
}

/// Per-dimension values of a transposed tensor, indexed by the input's dims.
static SmallVector<int64_t> permuteValues(ArrayRef<int64_t> values, ArrayRef<int64_t> perm) {
  SmallVector<int64_t> moved(values.size());
  for (auto [i, d] : llvm::enumerate(perm))
    moved[d] = values[i];
  return moved;
}

/// strided_slice(transpose(x, p)) == transpose(strided_slice(x, ...'), p),
/// with begin/end/strides and masks moved to x's dims. A shrinking slice
/// changes the rank and is left alone.
struct SinkTransposeThroughStridedSlice : OpRewritePattern<tfl::StridedSliceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::StridedSliceOp op, PatternRewriter &rewriter) const override {
    auto t = op.getInput().getDefiningOp<tfl::TransposeOp>();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!t || !resultType || op.getShrinkAxisMask() != 0)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm();
    Value sliced = tfl::StridedSliceOp::create(
        rewriter, op.getLoc(), permuted(resultType, inversePermutation(perm)), t.getInput(),
        rewriter.getDenseI64ArrayAttr(permuteValues(op.getBegin(), perm)),
        rewriter.getDenseI64ArrayAttr(permuteValues(op.getEnd(), perm)),
        rewriter.getDenseI64ArrayAttr(permuteValues(op.getStrides(), perm)),
        rewriter.getI64IntegerAttr(permuteMask(op.getBeginMask(), perm)),
        rewriter.getI64IntegerAttr(permuteMask(op.getEndMask(), perm)),
        rewriter.getI64IntegerAttr(0));
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), sliced, perm));
    return success();
  }
};

/// gather(transpose(x, p), indices, axis) ==
/// transpose(gather(x, indices, p[axis]), p) for 1-D indices (which keep the
/// rank and the position of every dimension).
struct SinkTransposeThroughGather : OpRewritePattern<tfl::GatherOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::GatherOp op, PatternRewriter &rewriter) const override {
    auto t = op.getParams().getDefiningOp<tfl::TransposeOp>();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    auto indicesType = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!t || !resultType || !indicesType || indicesType.getRank() != 1)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm();
    Value gathered = tfl::GatherOp::create(
        rewriter, op.getLoc(), permuted(resultType, inversePermutation(perm)), t.getInput(),
        op.getIndices(), rewriter.getI64IntegerAttr(perm[op.getAxis()]));
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), gathered, perm));
    return success();
  }
};

/// split(transpose(x, p), axis) == [transpose(piece, p) for piece in
/// split(x, p[axis])]. One transpose becomes one per piece, so it moves only
/// when every user of every piece is the inverse transpose (and all cancel).
struct SinkTransposeThroughSplit : OpRewritePattern<tfl::SplitOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tfl::SplitOp op, PatternRewriter &rewriter) const override {
    auto t = op.getInput().getDefiningOp<tfl::TransposeOp>();
    if (!t)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm();
    SmallVector<int64_t> inverse = inversePermutation(perm);
    for (Value piece : op.getOutputs())
      for (Operation *user : piece.getUsers()) {
        auto undo = dyn_cast<tfl::TransposeOp>(user);
        if (!undo || undo.getPerm() != ArrayRef<int64_t>(inverse))
          return rewriter.notifyMatchFailure(op, "a piece is used other than by the inverse");
      }
    SmallVector<Type> types;
    for (Type type : op.getResultTypes()) {
      auto ranked = dyn_cast<RankedTensorType>(type);
      if (!ranked)
        return failure();
      types.push_back(permuted(ranked, inverse));
    }
    auto split = tfl::SplitOp::create(rewriter, op.getLoc(), types, t.getInput(),
                                      rewriter.getI64IntegerAttr(perm[op.getAxis()]),
                                      op.getSizeSplitsAttr());
    SmallVector<Value> pieces;
    for (Value piece : split.getOutputs())
      pieces.push_back(transposed(rewriter, op.getLoc(), piece, perm));
    rewriter.replaceOp(op, pieces);
    return success();
  }
};

/// reduce(transpose(x, p), axes) == reduce(x, p[axes]) up to the order of
/// the dimensions kept: with keep_dims that order is p's, so the transpose
/// moves below; without, the kept dims come out in x's order, and a
/// transpose is needed only if p reorders them (reducing H and W of an
/// NCHW view of NHWC data needs none).
template <typename ReduceOp> struct SinkTransposeThroughReduction : OpRewritePattern<ReduceOp> {
  using OpRewritePattern<ReduceOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(ReduceOp op, PatternRewriter &rewriter) const override {
    auto t = op.getInput().template getDefiningOp<tfl::TransposeOp>();
    auto resultType = dyn_cast<RankedTensorType>(op.getType());
    if (!t || !resultType)
      return failure();
    ArrayRef<int64_t> perm = t.getPerm();
    int64_t rank = perm.size();
    SmallVector<int64_t> axes;
    llvm::SmallBitVector reduced(rank);
    for (int64_t a : op.getAxes()) {
      int64_t axis = a < 0 ? a + rank : a;
      reduced.set(axis);
      axes.push_back(perm[axis]);
    }
    llvm::sort(axes);
    auto inputType = cast<RankedTensorType>(t.getInput().getType());
    if (op.getKeepDims()) {
      SmallVector<int64_t> shape(inputType.getShape());
      for (int64_t a : axes)
        shape[a] = 1;
      Value reducedValue =
          ReduceOp::create(rewriter, op.getLoc(), resultType.clone(shape), t.getInput(),
                           rewriter.getDenseI64ArrayAttr(axes), op.getKeepDimsAttr());
      rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), reducedValue, perm));
      return success();
    }
    // Kept dims of x, in x's order, and where each lands in the result.
    SmallVector<int64_t> kept;
    for (int64_t i = 0; i < rank; ++i)
      if (!reduced.test(i))
        kept.push_back(perm[i]);
    SmallVector<int64_t> sortedKept(kept);
    llvm::sort(sortedKept);
    SmallVector<int64_t> shape;
    for (int64_t d : sortedKept)
      shape.push_back(inputType.getDimSize(d));
    Value reducedValue =
        ReduceOp::create(rewriter, op.getLoc(), resultType.clone(shape), t.getInput(),
                         rewriter.getDenseI64ArrayAttr(axes), op.getKeepDimsAttr());
    SmallVector<int64_t> order;
    for (int64_t d : kept)
      order.push_back(llvm::find(sortedKept, d) - sortedKept.begin());
    rewriter.replaceOp(op, transposed(rewriter, op.getLoc(), reducedValue, order));
    return success();
  }
};

} // namespace

void populateSinkTransposePatterns(RewritePatternSet &patterns) {
  patterns
      .add<SinkTransposeThroughElementwise, SinkTransposeThroughConcat,
           SinkTransposeThroughPad<tfl::PadV2Op>, SinkTransposeThroughPad<tfl::MirrorPadOp>,
           SinkTransposeThroughStridedSlice, SinkTransposeThroughGather, SinkTransposeThroughSplit,
           SinkTransposeThroughReduction<tfl::MeanOp>, SinkTransposeThroughReduction<tfl::SumOp>,
           SinkTransposeThroughReduction<tfl::ReduceMaxOp>,
           SinkTransposeThroughReduction<tfl::ReduceMinOp>,
           SinkTransposeThroughReduction<tfl::ReduceProdOp>>(patterns.getContext());
}

} // namespace t2t
