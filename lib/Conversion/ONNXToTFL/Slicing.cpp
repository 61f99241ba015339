//===- Slicing.cpp - Slice, Split, Gather* -> tfl -------------------------===//
//
// ONNX Slice clamps its constant starts/ends like Python slicing; TensorFlow's
// StridedSlice clamps the same way once negative indices are resolved, except
// that a negative stride's "before the first element" end has no index: it is
// the end mask. Run-time starts/ends are given to StridedSlice unresolved: it
// resolves them as ONNX does. Gather's negative indices count from the end of the axis,
// which TensorFlow rejects: they are resolved at compile time when constant,
// else by a select on index < 0.
//
// GatherElements (out[p] = data[p with p_axis = indices[p]]) is a one-hot
// masked sum over the axis, with data sliced to the indices' extent on the
// other axes and its axis moved last (TensorFlow.js has no GatherNd batch
// form to do it directly):
//   out[p] = sum_j (indices[p] == j ? data'[p without p_axis, j] : 0)
// GatherND without batch dims is TensorFlow's GatherNd, index components
// made non-negative against the data dims the same way; ScatterND and
// ScatterElements without a reduction are TensorScatterUpdate (the latter
// with each index completed to full coordinates).
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
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

/// Indices into an axis of `size` elements, counted from its end when
/// negative: select(indices < 0, indices + size, indices).
Value wrapNegative(TFLBuilder &math, Value indices, int64_t size) {
  Value negative = math.less(indices, 0);
  Value wrapped = math.add(indices, size);
  return math.select(negative, wrapped, indices);
}

/// [..., K] indices into the K leading dims `sizes`, each component made
/// non-negative against its dim.
Value wrapNegativeComponents(TFLBuilder &math, Value indices, ArrayRef<int64_t> sizes) {
  Type element = getElementTypeOrSelf(indices.getType());
  SmallVector<Attribute> values;
  for (int64_t d : sizes)
    values.push_back(math.builder().getIntegerAttr(element, d));
  Value dims = tfl::ConstOp::create(
      math.builder(), math.location(),
      DenseElementsAttr::get(RankedTensorType::get({static_cast<int64_t>(sizes.size())}, element),
                             values));
  Value negative = math.less(indices, 0);
  Value wrapped = math.add(indices, dims);
  return math.select(negative, wrapped, indices);
}

/// The data dims that [..., K] indices (GatherND, ScatterND) address: the K
/// leading ones, when K and they are static.
std::optional<ArrayRef<int64_t>> indexedDims(RankedTensorType data, RankedTensorType indices) {
  int64_t depth = indices.getDimSize(indices.getRank() - 1);
  if (ShapedType::isDynamic(depth) || depth > data.getRank() ||
      llvm::any_of(data.getShape().take_front(depth), ShapedType::isDynamic))
    return std::nullopt;
  return data.getShape().take_front(depth);
}

struct LowerSlice : OpRewritePattern<onnx::SliceOp> {
  using OpRewritePattern::OpRewritePattern;

  /// Starts, ends, axes or steps known only at run time: TensorFlow's
  /// StridedSlice with vectors computed at run time, which resolves and
  /// clamps the indices as ONNX does. Per dim d, from the defaults (0, d's
  /// size, 1: the whole dim) with the sliced axes' entries scattered in:
  ///   begin = scatter(zeros, axes, starts), end = scatter(dims(x), axes, ends),
  ///   strides = scatter(ones, axes, steps); axes made non-negative by
  ///   floor_mod(axes, rank).
  LogicalResult lowerAtRunTime(onnx::SliceOp op, PatternRewriter &rewriter) const {
    auto type = cast<RankedTensorType>(op.getData().getType());
    auto starts = dyn_cast<RankedTensorType>(op.getStarts().getType());
    auto ends = dyn_cast<RankedTensorType>(op.getEnds().getType());
    auto sameVector = [&](Value v) {
      auto t = dyn_cast<RankedTensorType>(v.getType());
      return isAbsent(v) || (t && starts && t == starts);
    };
    if (!starts || !ends || starts.getRank() != 1 || starts.isDynamicDim(0) || ends != starts ||
        !sameVector(op.getAxes()) || !sameVector(op.getSteps()))
      return rewriter.notifyMatchFailure(
          op, "needs starts, ends, axes and steps of one static length and index type");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    int64_t rank = type.getRank(), count = starts.getDimSize(0);
    Type index = starts.getElementType();
    auto vectorOf = [&](int64_t n) { return RankedTensorType::get({n}, index); };
    auto filled = [&](int64_t value) -> Value {
      return tfl::ConstOp::create(rewriter, loc,
                                  DenseElementsAttr::get(vectorOf(rank), IntegerAttr::get(index, value)));
    };
    Value axes = isAbsent(op.getAxes())
                     ? tfl::ConstOp::create(
                           rewriter, loc,
                           DenseElementsAttr::get(
                               vectorOf(count),
                               llvm::to_vector(llvm::map_range(
                                   llvm::seq<int64_t>(0, count),
                                   [&](int64_t d) -> Attribute { return IntegerAttr::get(index, d); }))))
                           .getResult()
                     : tfl::FloorModOp::create(rewriter, loc, op.getAxes(),
                                               math.scalar(index, rank))
                           .getResult();
    Value positions = math.reshape(axes, {count, 1});
    auto scatter = [&](Value into, Value updates) -> Value {
      return tfl::TensorScatterUpdateOp::create(rewriter, loc, vectorOf(rank), into, positions,
                                                updates);
    };
    Value begin = scatter(filled(0), op.getStarts());
    Value dims = tfl::ShapeOp::create(rewriter, loc, vectorOf(rank), op.getData());
    Value end = scatter(dims, op.getEnds());
    Value strides = isAbsent(op.getSteps()) ? filled(1) : scatter(filled(1), op.getSteps());
    auto resultType = dyn_cast<RankedTensorType>(op.getOutput().getType());
    if (!resultType)
      resultType = type.clone(SmallVector<int64_t>(rank, ShapedType::kDynamic));
    rewriter.replaceOpWithNewOp<tfl::StridedSliceByOp>(op, resultType, op.getData(),
                                                       begin, end, strides);
    return success();
  }

  LogicalResult matchAndRewrite(onnx::SliceOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type)
      return rewriter.notifyMatchFailure(op, "needs a ranked input");
    // A result ONNX's inference left unranked (inside a loop body) has the
    // input's rank: sliced at run time.
    if (!isa<RankedTensorType>(op.getOutput().getType()))
      return lowerAtRunTime(op, rewriter);
    int64_t rank = type.getRank();
    std::optional<SmallVector<int64_t>> starts = constantInts(op.getStarts());
    std::optional<SmallVector<int64_t>> ends = constantInts(op.getEnds());
    std::optional<SmallVector<int64_t>> axes =
        isAbsent(op.getAxes())
            ? std::optional(llvm::to_vector(llvm::seq<int64_t>(0, starts ? starts->size() : 0)))
            : constantInts(op.getAxes());
    std::optional<SmallVector<int64_t>> steps =
        isAbsent(op.getSteps())
            ? std::optional(SmallVector<int64_t>(starts ? starts->size() : 0, 1))
            : constantInts(op.getSteps());
    if (!starts || !ends || !axes || !steps)
      return lowerAtRunTime(op, rewriter);
    if (ends->size() != starts->size() || axes->size() != starts->size() ||
        steps->size() != starts->size())
      return rewriter.notifyMatchFailure(op, "starts, ends, axes and steps differ in length");

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
        indices =
            tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(indicesType, resolved));
      }
    } else {
      if (ShapedType::isDynamic(size))
        return rewriter.notifyMatchFailure(op, "non-constant indices into a dynamic axis");
      TFLBuilder math(rewriter, loc);
      indices = wrapNegative(math, indices, size);
    }
    rewriter.replaceOpWithNewOp<tfl::GatherOp>(op, op.getOutput().getType(), op.getData(), indices,
                                               *axis);
    return success();
  }
};

struct LowerGatherElements : OpRewritePattern<onnx::GatherElementsOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GatherElementsOp op,
                                PatternRewriter &rewriter) const override {
    auto data = dyn_cast<RankedTensorType>(op.getData().getType());
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!data || !indices || !data.hasStaticShape() || !indices.hasStaticShape() ||
        data.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(op, "needs static shapes and numeric data");
    int64_t rank = data.getRank();
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), rank);
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    int64_t n = data.getDimSize(*axis);

    // data' = data[:i0, ..., :, ..., :ik] with the axis moved last, then a
    // size-1 dim where the axis was, to broadcast against the indices.
    SmallVector<int64_t> extent(indices.getShape());
    extent[*axis] = n;
    Value values = op.getData();
    if (ArrayRef<int64_t>(extent) != data.getShape())
      values = tfl::SliceOp::create(rewriter, loc, data.clone(extent), values,
                                    rewriter.getDenseI64ArrayAttr(SmallVector<int64_t>(rank, 0)),
                                    rewriter.getDenseI64ArrayAttr(extent));
    SmallVector<int64_t> perm;
    for (int64_t d = 0; d < rank; ++d)
      if (d != *axis)
        perm.push_back(d);
    perm.push_back(*axis);
    values = transposed(rewriter, loc, values, perm);
    SmallVector<int64_t> broadcastShape(cast<RankedTensorType>(values.getType()).getShape());
    broadcastShape.insert(broadcastShape.begin() + *axis, 1);
    values = math.reshape(values, broadcastShape);

    SmallVector<int64_t> expanded(indices.getShape());
    expanded.push_back(1);
    Value column = math.reshape(wrapNegative(math, op.getIndices(), n), expanded);
    Value mask = math.equal(column, math.iota(indices.getElementType(), n, rank + 1, rank));
    Value picked =
        math.sumKeepDims(math.select(mask, values, math.scalar(data.getElementType(), 0)), {rank});
    rewriter.replaceOp(op, math.reshape(picked, indices.getShape()));
    return success();
  }
};

/// GatherND without batch dims is TensorFlow's GatherNd once each index
/// component k is made non-negative against data dim k.
struct LowerGatherND : OpRewritePattern<onnx::GatherNDOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GatherNDOp op, PatternRewriter &rewriter) const override {
    auto data = dyn_cast<RankedTensorType>(op.getData().getType());
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!data || !indices || op.getBatchDims() != 0 ||
        !isa<RankedTensorType>(op.getOutput().getType()))
      return rewriter.notifyMatchFailure(op, "needs ranked types and batch_dims = 0");
    std::optional<ArrayRef<int64_t>> indexed = indexedDims(data, indices);
    if (!indexed)
      return rewriter.notifyMatchFailure(op, "needs the indexed data dims static");
    TFLBuilder math(rewriter, op.getLoc());
    Value index = wrapNegativeComponents(math, op.getIndices(), *indexed);
    rewriter.replaceOpWithNewOp<tfl::GatherNdOp>(op, op.getOutput().getType(), op.getData(), index);
    return success();
  }
};

/// ScatterND without a reduction is TensorScatterUpdate (index components
/// made non-negative as for GatherND).
struct LowerScatterND : OpRewritePattern<onnx::ScatterNDOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ScatterNDOp op, PatternRewriter &rewriter) const override {
    auto data = dyn_cast<RankedTensorType>(op.getData().getType());
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!data || !indices || op.getReduction() != "none" || data != op.getOutput().getType())
      return rewriter.notifyMatchFailure(op, "needs ranked types and no reduction");
    std::optional<ArrayRef<int64_t>> indexed = indexedDims(data, indices);
    if (!indexed)
      return rewriter.notifyMatchFailure(op, "needs the indexed data dims static");
    TFLBuilder math(rewriter, op.getLoc());
    Value index = wrapNegativeComponents(math, op.getIndices(), *indexed);
    rewriter.replaceOpWithNewOp<tfl::TensorScatterUpdateOp>(op, data, op.getData(), index,
                                                            op.getUpdates());
    return success();
  }
};

/// ScatterElements without a reduction is TensorScatterUpdate with full
/// coordinates: each element of `indices` scatters to its own position with
/// the axis coordinate replaced by its value,
///   coords[p] = (p_0, ..., indices[p], ..., p_{r-1}).
struct LowerScatterElements : OpRewritePattern<onnx::ScatterElementsOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ScatterElementsOp op,
                                PatternRewriter &rewriter) const override {
    auto data = dyn_cast<RankedTensorType>(op.getData().getType());
    auto indices = dyn_cast<RankedTensorType>(op.getIndices().getType());
    if (!data || !indices || !data.hasStaticShape() || !indices.hasStaticShape() ||
        op.getReduction() != "none" || data != op.getOutput().getType())
      return rewriter.notifyMatchFailure(op, "needs static shapes and no reduction");
    int64_t rank = data.getRank();
    std::optional<int64_t> axis = normalizeAxis(op.getAxis(), rank);
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Type indexType = indices.getElementType();
    // Each position's own coordinates, [I..., rank], and which one is the axis.
    SmallVector<int64_t> coordShape(indices.getShape());
    coordShape.push_back(rank);
    SmallVector<APInt> grid;
    SmallVector<int64_t> position(rank, 0);
    for (int64_t n = 0, e = indices.getNumElements(); n < e; ++n) {
      for (int64_t d = rank - 1, rest = n; d >= 0; --d) {
        position[d] = rest % indices.getDimSize(d);
        rest /= indices.getDimSize(d);
      }
      for (int64_t d = 0; d < rank; ++d)
        grid.push_back(APInt(indexType.getIntOrFloatBitWidth(), position[d]));
    }
    Value positions = tfl::ConstOp::create(
        rewriter, loc, DenseElementsAttr::get(RankedTensorType::get(coordShape, indexType), grid));
    SmallVector<bool> isAxis(rank, false);
    isAxis[*axis] = true;
    Value axisMask = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(RankedTensorType::get({rank}, rewriter.getI1Type()),
                               ArrayRef<bool>(isAxis)));
    SmallVector<int64_t> expanded(indices.getShape());
    expanded.push_back(1);
    Value index =
        math.reshape(wrapNegative(math, op.getIndices(), data.getDimSize(*axis)), expanded);
    Value coords = math.select(axisMask, index, positions);
    rewriter.replaceOpWithNewOp<tfl::TensorScatterUpdateOp>(op, data, op.getData(), coords,
                                                            op.getUpdates());
    return success();
  }
};

} // namespace

void populateSlicingLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerSlice, LowerSplit, LowerGather, LowerGatherElements, LowerGatherND,
               LowerScatterND, LowerScatterElements>(patterns.getContext());
}

} // namespace t2t
