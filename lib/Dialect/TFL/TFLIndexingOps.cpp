//===- TFLIndexingOps.cpp - Verifiers of the axis and index ops -----------===//
//
// Ops that take axes, per-dimension lists (slices, pads, tiles) or
// indices: their attributes must fit the ranks of their operands.
//
//===----------------------------------------------------------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;
using namespace t2t::tfl;

//===----------------------------------------------------------------------===//
// Axis-taking ops
//===----------------------------------------------------------------------===//

/// `axis` must index a dimension of `value` when its rank is known.
static LogicalResult verifyAxis(Operation *op, Value value, int64_t axis, int64_t extra = 0) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (type && (axis < 0 || axis >= type.getRank() + extra))
    return op->emitOpError("axis ")
           << axis << " is not a dimension of the rank-" << type.getRank() + extra << " tensor";
  return success();
}

LogicalResult ArgMaxOp::verify() { return verifyAxis(*this, getInput(), getAxis()); }
LogicalResult ArgMinOp::verify() { return verifyAxis(*this, getInput(), getAxis()); }
LogicalResult CumsumOp::verify() { return verifyAxis(*this, getInput(), getAxis()); }
LogicalResult GatherOp::verify() { return verifyAxis(*this, getParams(), getAxis()); }

LogicalResult SplitOp::verify() {
  if (failed(verifyAxis(*this, getInput(), getAxis())))
    return failure();
  if (getSizeSplits().size() != getNumResults())
    return emitOpError("has ") << getNumResults() << " results for " << getSizeSplits().size()
                               << " sizes";
  auto type = dyn_cast<RankedTensorType>(getInput().getType());
  int64_t total = 0;
  for (int64_t size : getSizeSplits())
    total += size;
  if (type && !type.isDynamicDim(getAxis()) && total != type.getDimSize(getAxis()))
    return emitOpError("sizes add up to ")
           << total << ", the axis has " << type.getDimSize(getAxis());
  return success();
}

//===----------------------------------------------------------------------===//
// Per-dimension attribute lists
//===----------------------------------------------------------------------===//

/// `list` must have `perDim` entries per dimension of `value`.
static LogicalResult verifyPerDim(Operation *op, Value value, ArrayRef<int64_t> list,
                                  StringRef name, int64_t perDim = 1) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (type && static_cast<int64_t>(list.size()) != perDim * type.getRank())
    return op->emitOpError(name) << " needs " << perDim * type.getRank() << " entries, has "
                                 << list.size();
  return success();
}

LogicalResult SliceOp::verify() {
  if (failed(verifyPerDim(*this, getInput(), getBegin(), "begin")) ||
      failed(verifyPerDim(*this, getInput(), getSize(), "size")))
    return failure();
  if (llvm::any_of(getBegin(), [](int64_t b) { return b < 0; }) ||
      llvm::any_of(getSize(), [](int64_t s) { return s < -1; }))
    return emitOpError("begin must be non-negative and size at least -1");
  return success();
}

/// TensorFlow's StridedSlice size of one dimension of static size `n`:
/// begin/end are made non-negative, clamped to [0, n] going forward and to
/// [-1, n-1] going backward (masked ones cover the whole range), and the
/// result has ceil(|end - begin| / |stride|) elements when that is positive.
static int64_t stridedSliceDimSize(int64_t n, int64_t begin, int64_t end, int64_t stride,
                                   bool beginMasked, bool endMasked) {
  auto canonical = [&](int64_t index, bool masked, bool isEnd) {
    if (masked)
      return isEnd ? (stride > 0 ? n : int64_t(-1)) : (stride > 0 ? 0 : n - 1);
    if (index < 0)
      index += n;
    return stride > 0 ? std::clamp<int64_t>(index, 0, n) : std::clamp<int64_t>(index, -1, n - 1);
  };
  int64_t first = canonical(begin, beginMasked, /*isEnd=*/false);
  int64_t last = canonical(end, endMasked, /*isEnd=*/true);
  int64_t span = stride > 0 ? last - first : first - last;
  int64_t step = std::abs(stride);
  return span <= 0 ? 0 : (span + step - 1) / step;
}

/// The result must have the shape the slice produces.
static LogicalResult verifyStridedSliceShape(StridedSliceOp op) {
  auto input = dyn_cast<RankedTensorType>(op.getInput().getType());
  auto result = dyn_cast<RankedTensorType>(op.getType());
  if (!input || !result)
    return success();
  SmallVector<int64_t> expected;
  for (int64_t d = 0, e = input.getRank(); d < e; ++d) {
    bool shrink = op.getShrinkAxisMask() & (int64_t(1) << d);
    int64_t n = input.getDimSize(d);
    if (ShapedType::isDynamic(n)) {
      if (!shrink)
        expected.push_back(ShapedType::kDynamic);
      continue;
    }
    if (shrink) {
      if (op.getBegin()[d] < -n || op.getBegin()[d] >= n)
        return op.emitOpError("shrunk dimension ") << d << " begins out of range";
      continue;
    }
    expected.push_back(stridedSliceDimSize(n, op.getBegin()[d], op.getEnd()[d], op.getStrides()[d],
                                           op.getBeginMask() & (int64_t(1) << d),
                                           op.getEndMask() & (int64_t(1) << d)));
  }
  if (failed(verifyCompatibleShape(expected, result.getShape())))
    return op.emitOpError("result type ")
           << result << " differs from the sliced shape "
           << RankedTensorType::get(expected, result.getElementType());
  return success();
}

LogicalResult StridedSliceOp::verify() {
  if (failed(verifyPerDim(*this, getInput(), getBegin(), "begin")) ||
      failed(verifyPerDim(*this, getInput(), getEnd(), "end")) ||
      failed(verifyPerDim(*this, getInput(), getStrides(), "strides")))
    return failure();
  if (llvm::is_contained(getStrides(), 0))
    return emitOpError("strides must be non-zero");
  return verifyStridedSliceShape(*this);
}

LogicalResult MirrorPadOp::verify() {
  if (failed(verifyPerDim(*this, getInput(), getPaddings(), "paddings", 2)))
    return failure();
  if (llvm::any_of(getPaddings(), [](int64_t p) { return p < 0; }))
    return emitOpError("paddings must be non-negative");
  return success();
}

LogicalResult TileOp::verify() {
  if (failed(verifyPerDim(*this, getInput(), getMultiples(), "multiples")))
    return failure();
  if (llvm::any_of(getMultiples(), [](int64_t m) { return m < 0; }))
    return emitOpError("multiples must be non-negative");
  return success();
}

LogicalResult BroadcastToOp::verify() {
  SmallVector<int64_t> shape;
  auto input = dyn_cast<RankedTensorType>(getInput().getType());
  ArrayRef<int64_t> output = getType().getShape();
  if (input && (!mlir::OpTrait::util::getBroadcastedShape(input.getShape(), output, shape) ||
                ArrayRef<int64_t>(shape) != output))
    return emitOpError("cannot broadcast ") << input << " to " << getType();
  return success();
}
