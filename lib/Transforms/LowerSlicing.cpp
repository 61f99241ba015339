//===- LowerSlicing.cpp - Slice, Split, Gather -> tfl ------------------------===//
//
// ONNX Slice clamps its constant starts/ends like Python slicing; TensorFlow's
// StridedSlice clamps the same way once negative indices are resolved, except
// that a negative stride's "before the first element" end has no index: it is
// the end mask. Gather's negative indices count from the end of the axis,
// which TensorFlow rejects: they are resolved at compile time when constant,
// else by a select on index < 0.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerSlice : OpRewritePattern<onnx::SliceOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::SliceOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || !isa<RankedTensorType>(op.getOutput().getType()))
      return rewriter.notifyMatchFailure(op, "needs ranked types");
    int64_t rank = type.getRank();
    std::optional<SmallVector<int64_t>> starts = constantInts(op.getStarts());
    std::optional<SmallVector<int64_t>> ends = constantInts(op.getEnds());
    std::optional<SmallVector<int64_t>> axes =
        isAbsent(op.getAxes()) ? std::optional(llvm::to_vector(llvm::seq<int64_t>(0, starts ? starts->size() : 0)))
                               : constantInts(op.getAxes());
    std::optional<SmallVector<int64_t>> steps =
        isAbsent(op.getSteps()) ? std::optional(SmallVector<int64_t>(starts ? starts->size() : 0, 1))
                                : constantInts(op.getSteps());
    if (!starts || !ends || !axes || !steps || ends->size() != starts->size() ||
        axes->size() != starts->size() || steps->size() != starts->size())
      return rewriter.notifyMatchFailure(op, "starts, ends, axes and steps must be constants");

    SmallVector<int64_t> begin(rank, 0), end(rank, 0), strides(rank, 1);
    int64_t beginMask = 0, endMask = 0;
    for (int64_t d = 0; d < rank; ++d) {
      beginMask |= int64_t(1) << d;
      endMask |= int64_t(1) << d;
    }
    for (auto [start, stop, axis, step] : llvm::zip(*starts, *ends, *axes, *steps)) {
      std::optional<int64_t> d = normalizeAxis(axis, rank);
      if (!d || step == 0)
        return rewriter.notifyMatchFailure(op, "axis out of range or zero step");
      int64_t size = type.getDimSize(*d);
      if (ShapedType::isDynamic(size))
        return rewriter.notifyMatchFailure(op, "sliced dimensions must be static");
      auto resolve = [&](int64_t i, int64_t lo, int64_t hi) {
        if (i < 0)
          i += size;
        return std::clamp(i, lo, hi);
      };
      strides[*d] = step;
      beginMask &= ~(int64_t(1) << *d);
      endMask &= ~(int64_t(1) << *d);
      if (step > 0) {
        begin[*d] = resolve(start, 0, size);
        end[*d] = resolve(stop, 0, size);
      } else {
        begin[*d] = resolve(start, 0, size - 1);
        int64_t last = resolve(stop, -1, size - 1);
        if (last < 0)
          endMask |= int64_t(1) << *d; // Through index 0.
        else
          end[*d] = last;
      }
    }
    rewriter.replaceOpWithNewOp<tfl::StridedSliceOp>(
        op, op.getOutput().getType(), op.getData(), rewriter.getDenseI64ArrayAttr(begin),
        rewriter.getDenseI64ArrayAttr(end), rewriter.getDenseI64ArrayAttr(strides), beginMask,
        endMask, /*shrink_axis_mask=*/0);
    return success();
  }
};

struct LowerSplit : OpRewritePattern<onnx::SplitOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::SplitOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), type.getRank());
    if (!axis || type.isDynamicDim(*axis))
      return rewriter.notifyMatchFailure(op, "the split axis must be static");
    int64_t size = type.getDimSize(*axis), parts = op->getNumResults();
    SmallVector<int64_t> sizes;
    if (isAbsent(op.getSplit())) {
      if (size % parts != 0)
        return rewriter.notifyMatchFailure(op, "the axis does not split evenly");
      sizes.assign(parts, size / parts);
    } else if (std::optional<SmallVector<int64_t>> given = constantInts(op.getSplit())) {
      sizes = *given;
    } else {
      return rewriter.notifyMatchFailure(op, "split sizes must be constant");
    }
    if (static_cast<int64_t>(sizes.size()) != parts)
      return rewriter.notifyMatchFailure(op, "one size per output needed");
    rewriter.replaceOpWithNewOp<tfl::SplitOp>(op, op->getResultTypes(), op.getInput(), *axis,
                                              rewriter.getDenseI64ArrayAttr(sizes));
    return success();
  }
};

struct LowerGather : OpRewritePattern<onnx::GatherOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::GatherOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    auto indicesType = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!type || !indicesType || !isa<RankedTensorType>(op.getOutput().getType()) ||
        !indicesType.getElementType().isSignlessInteger())
      return rewriter.notifyMatchFailure(op, "needs ranked types and integer indices");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), type.getRank());
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    int64_t size = type.getDimSize(*axis);
    Location loc = op.getLoc();
    Value indices = op.getIndices();
    if (std::optional<SmallVector<int64_t>> values = constantInts(indices)) {
      if (llvm::any_of(*values, [](int64_t i) { return i < 0; })) {
        if (ShapedType::isDynamic(size))
          return rewriter.notifyMatchFailure(op, "negative indices into a dynamic axis");
        SmallVector<APInt> resolved;
        for (int64_t i : *values)
          resolved.push_back(APInt(indicesType.getElementTypeBitWidth(), i < 0 ? i + size : i,
                                   /*isSigned=*/true));
        indices = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(indicesType, resolved));
      }
    } else {
      if (ShapedType::isDynamic(size))
        return rewriter.notifyMatchFailure(op, "non-constant indices into a dynamic axis");
      // select(indices < 0, indices + size, indices)
      auto scalarType = RankedTensorType::get({}, indicesType.getElementType());
      auto scalar = [&](int64_t v) {
        return tfl::ConstOp::create(
            rewriter, loc,
            DenseElementsAttr::get(scalarType, rewriter.getIntegerAttr(scalarType.getElementType(), v)));
      };
      Value negative = tfl::LessOp::create(rewriter, loc, indicesType.clone(rewriter.getI1Type()),
                                           indices, scalar(0));
      Value wrapped = tfl::AddOp::create(rewriter, loc, indicesType, indices, scalar(size),
                                         rewriter.getStringAttr("NONE"));
      indices = tfl::SelectV2Op::create(rewriter, loc, indicesType, negative, wrapped, indices);
    }
    rewriter.replaceOpWithNewOp<tfl::GatherOp>(op, op.getOutput().getType(), op.getData(), indices,
                                               *axis);
    return success();
  }
};

} // namespace

void populateSlicingLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerSlice, LowerSplit, LowerGather>(patterns.getContext());
}

} // namespace t2t
