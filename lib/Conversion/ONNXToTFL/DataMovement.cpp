//===- DataMovement.cpp - Tile, Expand, DepthToSpace, ... -> tfl -----===//
//
// Ops that only move or replicate elements, with constant parameters:
//   Tile(x, repeats)         -> tile
//   Expand(x, shape)         -> broadcast_to the (static) result shape
//   DepthToSpace DCR          -> NHWC depth_to_space (TensorFlow's order)
//   DepthToSpace CRD          -> reshape [N, C, b, b, H, W], transpose
//                                [0, 1, 4, 2, 5, 3], reshape [N, C, H*b, W*b]
//   SpaceToDepth             -> reshapes around a 6-D transpose
//   Trilu(x, k)              -> select(mask, x, 0) with a mask that keeps
//                                j - i >= k (upper) or j - i <= k (lower):
//                                a constant, or the constant offsets j - i
//                                compared with a k known at run time
//   EyeLike, Size, ConstantOfShape -> constants (static shapes)
//   Tile with run-time repeats -> tfl.tile, repeats from the static shapes
//   OneHot                     -> select(indices == 0..depth-1, on, off)
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "t2t/Support/Layout.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerTile : OpRewritePattern<onnx::TileOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::TileOp op, PatternRewriter &rewriter) const override {
    std::optional<SmallVector<int64_t>> repeats = constantInts(op.getRepeats());
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    // Repeats known only at run time are what the static shapes say.
    if (!repeats && type && result && type.hasStaticShape() && result.hasStaticShape() &&
        type.getRank() == result.getRank() &&
        llvm::all_of(llvm::seq<int64_t>(0, type.getRank()), [&](int64_t d) {
          return type.getDimSize(d) > 0 && result.getDimSize(d) % type.getDimSize(d) == 0;
        })) {
      repeats.emplace();
      for (int64_t d = 0; d < type.getRank(); ++d)
        repeats->push_back(result.getDimSize(d) / type.getDimSize(d));
    }
    if (!repeats || !type || static_cast<int64_t>(repeats->size()) != type.getRank() ||
        !isa<RankedTensorType>(op.getOutput().getType()))
      return rewriter.notifyMatchFailure(op, "repeats must be a constant, one per dimension");
    rewriter.replaceOpWithNewOp<tfl::TileOp>(op, op.getOutput().getType(), op.getInput(),
                                             rewriter.getDenseI64ArrayAttr(*repeats));
    return success();
  }
};

struct LowerExpand : OpRewritePattern<onnx::ExpandOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ExpandOp op, PatternRewriter &rewriter) const override {
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!result || !result.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "needs a static result shape");
    rewriter.replaceOpWithNewOp<tfl::BroadcastToOp>(op, result, op.getInput());
    return success();
  }
};

/// NCHW op -> transpose to NHWC, `build`, transpose back.
template <typename BuildFn>
LogicalResult replaceInNHWC(Operation *op, Value input, PatternRewriter &rewriter, BuildFn build) {
  auto result = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  auto type = dyn_cast<RankedTensorType>(input.getType());
  if (!type || !result || type.getRank() != 4 || result.getRank() != 4)
    return rewriter.notifyMatchFailure(op, "needs 4-D NCHW tensors");
  Location loc = op->getLoc();
  Value nhwc = transposed(rewriter, loc, input, kToNHWC);
  Value out = build(nhwc, permuted(result, kToNHWC));
  rewriter.replaceOp(op, transposed(rewriter, loc, out, kToNCHW));
  return success();
}

struct LowerDepthToSpace : OpRewritePattern<onnx::DepthToSpaceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::DepthToSpaceOp op, PatternRewriter &rewriter) const override {
    int64_t b = op.getBlocksize();
    if (op.getMode() == "DCR")
      return replaceInNHWC(op, op.getInput(), rewriter, [&](Value x, RankedTensorType type) {
        return tfl::DepthToSpaceOp::create(rewriter, op.getLoc(), type, x, b);
      });
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!type || !result || type.getRank() != 4 || !type.hasStaticShape() ||
        !result.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "CRD mode needs static 4-D shapes");
    auto shape = type.getShape();
    Location loc = op.getLoc();
    Value split = tfl::ReshapeOp::create(
        rewriter, loc, type.clone({shape[0], shape[1] / (b * b), b, b, shape[2], shape[3]}),
        op.getInput());
    Value moved = transposed(rewriter, loc, split, {0, 1, 4, 2, 5, 3});
    rewriter.replaceOpWithNewOp<tfl::ReshapeOp>(op, result, moved);
    return success();
  }
};

/// SpaceToDepth as reshapes around a 6-D transpose (TensorFlow.js has no
/// SpaceToDepth kernel): [N, C, H, W] -> [N, C, H/b, b, W/b, b] ->
/// transpose [0, 3, 5, 1, 2, 4] -> [N, C*b*b, H/b, W/b].
struct LowerSpaceToDepth : OpRewritePattern<onnx::SpaceToDepthOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::SpaceToDepthOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto result = dyn_cast<RankedTensorType>(op.getOutput().getType());
    int64_t b = op.getBlocksize();
    if (!type || !result || type.getRank() != 4 || !type.hasStaticShape() ||
        !result.hasStaticShape() || b < 1)
      return rewriter.notifyMatchFailure(op, "needs static 4-D shapes");
    auto shape = type.getShape();
    Location loc = op.getLoc();
    Value split = tfl::ReshapeOp::create(
        rewriter, loc, type.clone({shape[0], shape[1], shape[2] / b, b, shape[3] / b, b}),
        op.getInput());
    Value moved = transposed(rewriter, loc, split, {0, 3, 5, 1, 2, 4});
    rewriter.replaceOpWithNewOp<tfl::ReshapeOp>(op, result, moved);
    return success();
  }
};

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
    Value zero = tfl::ConstOp::create(rewriter, loc,
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
    Value hot = math.equal(column,
                           math.iota(indices.getElementType(), depth, result.getRank(), *axis));
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

/// ConstantOfShape with a static result is that constant (its shape
/// operand, even when known only at run time, must be the result's).
struct FoldConstantOfShape : OpRewritePattern<onnx::ConstantOfShapeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ConstantOfShapeOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!type || !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "needs a static result");
    Attribute fill = rewriter.getZeroAttr(type.getElementType());
    if (std::optional<ElementsAttr> value = op.getValue()) {
      auto dense = dyn_cast<DenseElementsAttr>(*value);
      if (!dense || dense.getNumElements() != 1 || dense.getElementType() != type.getElementType())
        return rewriter.notifyMatchFailure(op, "needs a one-element value of the result type");
      fill = *dense.getValues<Attribute>().begin();
    }
    rewriter.replaceOpWithNewOp<tfl::ConstOp>(op, DenseElementsAttr::get(type, fill));
    return success();
  }
};

/// EyeLike and Size of static shapes are constants.
struct FoldEyeLike : OpRewritePattern<onnx::EyeLikeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::EyeLikeOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!type || !type.hasStaticShape() || type.getRank() != 2)
      return rewriter.notifyMatchFailure(op, "needs a static 2-D result");
    Type element = type.getElementType();
    Attribute one = isa<FloatType>(element) ? Attribute(rewriter.getFloatAttr(element, 1.0))
                                            : Attribute(rewriter.getIntegerAttr(element, 1));
    SmallVector<Attribute> values(type.getNumElements(), rewriter.getZeroAttr(element));
    int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
    for (int64_t i = 0; i < rows; ++i)
      if (int64_t j = i + op.getK(); j >= 0 && j < cols)
        values[i * cols + j] = one;
    rewriter.replaceOpWithNewOp<tfl::ConstOp>(op, DenseElementsAttr::get(type, values));
    return success();
  }
};

struct FoldSize : OpRewritePattern<onnx::SizeOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::SizeOp op, PatternRewriter &rewriter) const override {
    auto input = dyn_cast<RankedTensorType>(op.getData().getType());
    auto type = dyn_cast<RankedTensorType>(op.getSize().getType());
    if (!input || !input.hasStaticShape() || !type)
      return rewriter.notifyMatchFailure(op, "needs a static input shape");
    rewriter.replaceOpWithNewOp<tfl::ConstOp>(
        op, DenseElementsAttr::get(type, rewriter.getIntegerAttr(type.getElementType(),
                                                                 input.getNumElements())));
    return success();
  }
};

} // namespace

void populateDataMovementLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerOneHot, FoldConstantOfShape, FoldEyeLike, FoldSize>(
      patterns.getContext());
  patterns.add<LowerTile, LowerExpand, LowerDepthToSpace, LowerSpaceToDepth, LowerTrilu>(patterns.getContext());
}

} // namespace t2t
