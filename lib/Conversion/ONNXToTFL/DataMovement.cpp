//===- DataMovement.cpp - onnx ops that move elements -> tfl --------------===//
//
// The declarative patterns are in dialects/conversion/ONNXToTFL/DataMovement.td,
// with the helpers they call (Tile multiples, block views, folded constants)
// here; two are C++ because their constants depend on a case split a declarative
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

namespace t2t::lowering {

DenseI64ArrayAttr tileMultiples(Value repeats, Value x, Value y) {
  std::optional<SmallVector<int64_t>> multiples = constantInts(repeats);
  auto type = dyn_cast<RankedTensorType>(x.getType());
  auto result = dyn_cast<RankedTensorType>(y.getType());
  if (!type || !result)
    return {};
  // Repeats known only at run time are what the static shapes say.
  if (!multiples && type.hasStaticShape() && result.hasStaticShape() &&
      type.getRank() == result.getRank() &&
      llvm::all_of(llvm::seq<int64_t>(0, type.getRank()), [&](int64_t d) {
        return type.getDimSize(d) > 0 && result.getDimSize(d) % type.getDimSize(d) == 0;
      })) {
    multiples.emplace();
    for (int64_t d = 0; d < type.getRank(); ++d)
      multiples->push_back(result.getDimSize(d) / type.getDimSize(d));
  }
  if (!multiples || static_cast<int64_t>(multiples->size()) != type.getRank())
    return {};
  return DenseI64ArrayAttr::get(x.getContext(), *multiples);
}

Type crdBlocksType(Value x, Attribute blocksize) {
  auto type = cast<RankedTensorType>(x.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t b = intValue(blocksize);
  return type.clone({shape[0], shape[1] / (b * b), b, b, shape[2], shape[3]});
}

Type spaceBlocksType(Value x, Attribute blocksize) {
  auto type = cast<RankedTensorType>(x.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t b = intValue(blocksize);
  return type.clone({shape[0], shape[1], shape[2] / b, b, shape[3] / b, b});
}

bool hasRunTimeExpand(Value x, Value shape, Value y) {
  auto input = dyn_cast<RankedTensorType>(x.getType());
  auto vector = dyn_cast<RankedTensorType>(shape.getType());
  auto output = dyn_cast<RankedTensorType>(y.getType());
  return input && vector && output && vector.getRank() == 1 && !vector.isDynamicDim(0) &&
         output.getRank() == std::max(input.getRank(), vector.getDimSize(0));
}

Value expandedDims(OpBuilder &builder, Location loc, Value x, Value shape) {
  auto vector = cast<RankedTensorType>(shape.getType());
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank(), length = vector.getDimSize(0);
  // Both aligned to the longer rank by leading ones, as broadcasting does.
  auto padded = [&](Value dims, int64_t size) -> Value {
    int64_t total = std::max(rank, length);
    if (size == total)
      return dims;
    Value ones = tfl::ConstOp::create(
        builder, loc,
        DenseElementsAttr::get(vector.clone({total - size}),
                               IntegerAttr::get(vector.getElementType(), 1)));
    return tfl::ConcatenationOp::create(builder, loc, vector.clone({total}), ValueRange{ones, dims},
                                        builder.getI64IntegerAttr(0));
  };
  Value dims = padded(tfl::ShapeOp::create(builder, loc, vector.clone({rank}), x), rank);
  Value target = padded(shape, length);
  return tfl::MaximumOp::create(builder, loc, dims.getType(), dims, target);
}

Type nonZeroIndexType(Value x) {
  auto type = cast<RankedTensorType>(x.getType());
  return RankedTensorType::get({ShapedType::kDynamic, type.getRank()},
                               IntegerType::get(x.getContext(), 64));
}

bool isCompress(Value input, Value condition, Value output) {
  auto cond = dyn_cast<RankedTensorType>(condition.getType());
  return isa<RankedTensorType>(input.getType()) && isa<RankedTensorType>(output.getType()) &&
         cond && cond.getRank() == 1 && cond.getElementType().isInteger(1);
}

Value compressed(OpBuilder &builder, Location loc, Value input, Value condition, Attribute axis,
                 Value output) {
  // gather(input, where(condition)[:, 0], axis), on the flattened input
  // when no axis is given; a condition shorter than the axis keeps only
  // indices below its length, as ONNX asks.
  auto type = cast<RankedTensorType>(input.getType());
  TFLBuilder math(builder, loc);
  Value index = tfl::WhereOp::create(
      builder, loc, RankedTensorType::get({ShapedType::kDynamic, 1}, builder.getI64Type()), condition);
  index = math.reshape(index, {ShapedType::kDynamic});
  int64_t along = 0;
  if (axis) {
    along = *normalizeAxis(cast<IntegerAttr>(axis).getInt(), type.getRank());
  } else {
    int64_t count = type.hasStaticShape() ? type.getNumElements() : ShapedType::kDynamic;
    input = math.reshape(input, {count});
  }
  return tfl::GatherOp::create(builder, loc, output.getType(), input, index,
                               builder.getI64IntegerAttr(along));
}

/// ConstantOfShape's element: `value`'s one element (zero when absent), or
/// null when it is not one element of `element`.
static Attribute fillElement(Attribute value, Type element) {
  if (!value)
    return Builder(element.getContext()).getZeroAttr(element);
  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (!dense || dense.getNumElements() != 1 || dense.getElementType() != element)
    return {};
  return *dense.getValues<Attribute>().begin();
}

DenseElementsAttr constantOfShape(Attribute value, Value y) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  if (!type || !type.hasStaticShape())
    return {};
  Attribute fill = fillElement(value, type.getElementType());
  return fill ? DenseElementsAttr::get(type, fill) : DenseElementsAttr();
}

DenseElementsAttr fillScalar(Attribute value, Value y) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  if (!type)
    return {};
  Attribute fill = fillElement(value, type.getElementType());
  return fill ? DenseElementsAttr::get(RankedTensorType::get({}, type.getElementType()), fill)
              : DenseElementsAttr();
}

DenseElementsAttr eyeLike(Value y, Attribute k) {
  auto type = cast<RankedTensorType>(y.getType());
  Builder b(y.getContext());
  Type element = type.getElementType();
  Attribute one = isa<FloatType>(element) ? Attribute(b.getFloatAttr(element, 1.0))
                                          : Attribute(b.getIntegerAttr(element, 1));
  SmallVector<Attribute> values(type.getNumElements(), b.getZeroAttr(element));
  int64_t rows = type.getDimSize(0), cols = type.getDimSize(1);
  for (int64_t i = 0; i < rows; ++i)
    if (int64_t j = i + intValue(k); j >= 0 && j < cols)
      values[i * cols + j] = one;
  return DenseElementsAttr::get(type, values);
}

DenseElementsAttr elementCount(Value x, Value y) {
  auto type = cast<RankedTensorType>(y.getType());
  return DenseElementsAttr::get(
      type, Builder(y.getContext())
                .getIntegerAttr(type.getElementType(),
                                cast<RankedTensorType>(x.getType()).getNumElements()));
}

} // namespace t2t::lowering

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
