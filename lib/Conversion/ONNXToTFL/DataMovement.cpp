//===- DataMovement.cpp - onnx ops that move elements -> tfl --------------===//
//
// The declarative patterns are in dialects/conversion/ONNXToTFL/DataMovement.td;
// two are C++ because their constants depend on a case split a declarative
// pattern would have to repeat per case:
//   Trilu(x, k) -> select(mask, x, 0) with a mask that keeps j - i >= k
//                  (upper) or j - i <= k (lower): a constant, or the constant
//                  offsets j - i compared with a k known at run time
//   OneHot      -> select(indices == 0..depth-1, on, off), negative indices
//                  counted from the end
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "PatternHelpers.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t {
namespace {
#include "dialects/conversion/ONNXToTFL/DataMovement.inc"

struct LowerTrilu : OpRewritePattern<onnx::TriluOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::TriluOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    if (!type || type.getRank() < 2 || type.isDynamicDim(type.getRank() - 1) ||
        type.isDynamicDim(type.getRank() - 2) || type != op.getOutput().getType())
      return rewriter.notifyMatchFailure(op, "needs static matrix dims");
    int64_t rows = type.getDimSize(type.getRank() - 2), cols = type.getDimSize(type.getRank() - 1);
    Location loc = op.getLoc();
    std::optional<SmallVector<int64_t>> constantK =
        isAbsent(op.getK()) ? SmallVector<int64_t>{0} : constantInts(op.getK());
    Value mask;
    if (constantK && constantK->size() == 1) {
      int64_t k = constantK->front();
      SmallVector<bool> keep;
      for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j)
          keep.push_back(op.getUpper() ? j - i >= k : j - i <= k);
      mask = tfl::ConstOp::create(
          rewriter, loc,
          DenseElementsAttr::get(RankedTensorType::get({rows, cols}, rewriter.getI1Type()), keep));
    } else {
      // A k known at run time: compare the constant diagonal offsets with it.
      auto kType = dyn_cast<RankedTensorType>(op.getK().getType());
      if (!kType || kType.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "k must be a single value");
      SmallVector<APInt> offsets;
      for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j)
          offsets.push_back(APInt(kType.getElementTypeBitWidth(), j - i, /*isSigned=*/true));
      Value offset = tfl::ConstOp::create(
          rewriter, loc,
          DenseElementsAttr::get(RankedTensorType::get({rows, cols}, kType.getElementType()),
                                 offsets));
      Value k = tfl::ReshapeOp::create(rewriter, loc, kType.clone(ArrayRef<int64_t>{}), op.getK());
      auto maskType = RankedTensorType::get({rows, cols}, rewriter.getI1Type());
      mask = op.getUpper() ? Value(tfl::GreaterEqualOp::create(rewriter, loc, maskType, offset, k))
                           : Value(tfl::LessEqualOp::create(rewriter, loc, maskType, offset, k));
    }
    auto scalarType = RankedTensorType::get({}, type.getElementType());
    Value zero = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(scalarType, rewriter.getZeroAttr(type.getElementType())));
    rewriter.replaceOpWithNewOp<tfl::SelectV2Op>(op, type, mask, op.getInput(), zero);
    return success();
  }
};

/// OneHot with the depth of its (static) result: a comparison of the indices
/// (counted from the end when negative) with 0..depth-1 along the new axis,
/// selecting values[1] where equal and values[0] elsewhere.
struct LowerOneHot : OpRewritePattern<onnx::OneHotOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::OneHotOp op, PatternRewriter &rewriter) const override {
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    auto values = dyn_cast<RankedTensorType>(op.getValues().getType());
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!indices || !values || !result || !indices.hasStaticShape() ||
        values.getNumElements() != 2 || result.getRank() != indices.getRank() + 1)
      return rewriter.notifyMatchFailure(op, "needs static indices and a ranked result");
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), result.getRank());
    if (!axis || result.isDynamicDim(*axis))
      return rewriter.notifyMatchFailure(op, "needs the result's depth static");
    int64_t depth = result.getDimSize(*axis);
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Value index = op.getIndices();
    Value negative = math.less(index, 0);
    Value wrapped = math.add(index, depth);
    index = math.select(negative, wrapped, index);
    SmallVector<int64_t> expanded(indices.getShape());
    expanded.insert(expanded.begin() + *axis, 1);
    Value column = math.reshape(index, expanded);
    Value hot =
        math.equal(column, math.iota(indices.getElementType(), depth, result.getRank(), *axis));
    auto scalarType = values.clone(ArrayRef<int64_t>{});
    auto pick = [&](int64_t k) -> Value {
      Value one = tfl::SliceOp::create(rewriter, loc, values.clone({1}), op.getValues(),
                                       rewriter.getDenseI64ArrayAttr({k}),
                                       rewriter.getDenseI64ArrayAttr({1}));
      return tfl::ReshapeOp::create(rewriter, loc, scalarType, one);
    };
    Value off = pick(0), on = pick(1);
    rewriter.replaceOp(op, math.select(hot, on, off));
    return success();
  }
};

} // namespace

void populateDataMovementLoweringPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
  patterns.add<LowerOneHot, LowerTrilu>(patterns.getContext());
}

} // namespace t2t
