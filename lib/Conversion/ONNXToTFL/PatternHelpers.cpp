//===- PatternHelpers.cpp - The arithmetic the lowering patterns call -----===//

#include "PatternHelpers.h"

#include "UnitHeight.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Layout.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/TypeUtilities.h"

#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <map>

using namespace mlir;

namespace t2t::lowering {

double floatValue(Attribute attr) { return cast<FloatAttr>(attr).getValueAsDouble(); }

int64_t intValue(Attribute attr) { return cast<IntegerAttr>(attr).getInt(); }

double reciprocal(Attribute attr) { return 1.0 / floatValue(attr); }

bool nearlyEqual(Attribute attr, double value) {
  return std::abs(floatValue(attr) - value) <= 1e-6 * std::abs(value);
}

bool isSeluConstants(Attribute alpha, Attribute gamma) {
  return nearlyEqual(alpha, 1.6732632423543772) && nearlyEqual(gamma, 1.0507009873554805);
}

DenseElementsAttr scalarLike(Value like, double value, double factor) {
  Type element = getElementTypeOrSelf(like.getType());
  auto type = RankedTensorType::get({}, element);
  Builder b(like.getContext());
  double scaled = value * factor;
  Attribute attr = isa<FloatType>(element)
                       ? Attribute(b.getFloatAttr(element, scaled))
                       : Attribute(b.getIntegerAttr(element, static_cast<int64_t>(scaled)));
  return DenseElementsAttr::get(type, attr);
}

DenseElementsAttr allTrue(Value mask) {
  return DenseElementsAttr::get(cast<ShapedType>(mask.getType()), true);
}

Type withElementTypeOf(Value value, Value like) {
  return cast<ShapedType>(value.getType()).clone(getElementTypeOrSelf(like.getType()));
}

bool hasStaticShape(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape();
}

bool hasReshapeableType(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && llvm::count_if(type.getShape(), ShapedType::isDynamic) <= 1;
}

IntegerAttr nonNegativeAxis(Attribute axis, Value like) {
  int64_t value = intValue(axis);
  int64_t rank = cast<RankedTensorType>(like.getType()).getRank();
  return Builder(like.getContext()).getI64IntegerAttr(value < 0 ? value + rank : value);
}

/// `axis` made non-negative for ranked `x`, or nullopt when `x` is unranked
/// or the axis out of range.
static std::optional<int64_t> axisOf(Value x, Attribute axis) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  if (!type)
    return std::nullopt;
  return normalizeAxis(intValue(axis), type.getRank());
}

bool hasStaticAxis(Value x, Attribute axis) {
  std::optional<int64_t> d = axisOf(x, axis);
  return d && !cast<RankedTensorType>(x.getType()).isDynamicDim(*d);
}

bool isLastAxis(Attribute axis, Value x) {
  std::optional<int64_t> d = axisOf(x, axis);
  return d && *d == cast<RankedTensorType>(x.getType()).getRank() - 1;
}

bool isInnerAxis(Attribute axis, Value x) { return axisOf(x, axis) && !isLastAxis(axis, x); }

DenseI64ArrayAttr swapWithLast(Value x, Attribute axis) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  std::swap(perm[*axisOf(x, axis)], perm.back());
  return DenseI64ArrayAttr::get(x.getContext(), perm);
}

Type argReducedType(Value x, Attribute axis) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + *axisOf(x, axis));
  return RankedTensorType::get(shape, IntegerType::get(x.getContext(), 32));
}

Type argKeptType(Value x, Attribute axis) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[*axisOf(x, axis)] = 1;
  return RankedTensorType::get(shape, IntegerType::get(x.getContext(), 32));
}

DenseElementsAttr iotaAlongAxis(Value x, Attribute axis) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t d = *axisOf(x, axis), n = type.getDimSize(d);
  SmallVector<int64_t> shape(type.getRank(), 1);
  shape[d] = n;
  SmallVector<int32_t> values = llvm::to_vector(llvm::seq<int32_t>(0, n));
  return DenseElementsAttr::get(RankedTensorType::get(shape, IntegerType::get(x.getContext(), 32)),
                                ArrayRef(values));
}

bool hasAxis(Value x, Attribute axis) { return axisOf(x, axis).has_value(); }

Type withoutAxis(Value x, Attribute axis, Value like) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + *axisOf(x, axis));
  return RankedTensorType::get(shape, getElementTypeOrSelf(like.getType()));
}

DenseElementsAttr reversedIndices(Value x, Attribute axis) {
  int64_t n = cast<RankedTensorType>(x.getType()).getDimSize(*axisOf(x, axis));
  SmallVector<int32_t> reversed;
  for (int64_t i = n - 1; i >= 0; --i)
    reversed.push_back(static_cast<int32_t>(i));
  return DenseElementsAttr::get(RankedTensorType::get({n}, IntegerType::get(x.getContext(), 32)),
                                ArrayRef(reversed));
}

DenseElementsAttr lastIndex(Value x, Attribute axis, Value like) {
  int64_t n = cast<RankedTensorType>(x.getType()).getDimSize(*axisOf(x, axis));
  return scalarLike(like, static_cast<double>(n - 1));
}

/// A constant single-element axis operand made non-negative for ranked `x`.
static std::optional<int64_t> constantAxisOf(Value axis, Value x) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  std::optional<SmallVector<int64_t>> values = constantInts(axis);
  if (!type || !values || values->size() != 1)
    return std::nullopt;
  return normalizeAxis(values->front(), type.getRank());
}

bool hasConstantAxis(Value axis, Value x) { return constantAxisOf(axis, x).has_value(); }

IntegerAttr constantAxis(Value axis, Value x) {
  return Builder(x.getContext()).getI64IntegerAttr(*constantAxisOf(axis, x));
}

/// Non-negative, sorted reduction axes of a rank-`rank` tensor; every axis
/// when `axes` is empty; nullopt when one is out of range.
static std::optional<SmallVector<int64_t>> normalizeAxes(ArrayRef<int64_t> axes, int64_t rank) {
  SmallVector<int64_t> out;
  if (axes.empty())
    out = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  for (int64_t a : axes) {
    std::optional<int64_t> d = normalizeAxis(a, rank);
    if (!d)
      return std::nullopt;
    out.push_back(*d);
  }
  llvm::sort(out);
  return out;
}

/// The listed axes: of an attribute (none when null), or of ReduceSum's
/// operand (none when absent or known empty; nullopt when not constant).
static std::optional<SmallVector<int64_t>> listedAxes(Attribute axes) {
  if (!axes)
    return SmallVector<int64_t>();
  return llvm::to_vector(cast<DenseI64ArrayAttr>(axes).asArrayRef());
}
static std::optional<SmallVector<int64_t>> listedAxes(Value axes) {
  auto type = dyn_cast<RankedTensorType>(axes.getType());
  if (isAbsent(axes) || (type && type.hasStaticShape() && type.getNumElements() == 0))
    return SmallVector<int64_t>();
  return constantInts(axes);
}

template <typename Axes>
static std::optional<SmallVector<int64_t>> reductionAxesOf(Axes axes, Value data) {
  auto type = dyn_cast<RankedTensorType>(data.getType());
  std::optional<SmallVector<int64_t>> listed = listedAxes(axes);
  if (!type || !listed)
    return std::nullopt;
  return normalizeAxes(*listed, type.getRank());
}

DenseI64ArrayAttr reductionAxes(Attribute axes, Value data) {
  return DenseI64ArrayAttr::get(data.getContext(), *reductionAxesOf(axes, data));
}
DenseI64ArrayAttr reductionAxes(Value axes, Value data) {
  return DenseI64ArrayAttr::get(data.getContext(), *reductionAxesOf(axes, data));
}

bool hasReductionAxes(Attribute axes, Value data) {
  return reductionAxesOf(axes, data).has_value();
}

bool isNoopSum(Value axes, Attribute noop) {
  std::optional<SmallVector<int64_t>> listed = listedAxes(axes);
  return listed && listed->empty() && intValue(noop) != 0;
}

bool isSumOverConstantAxes(Value axes, Attribute noop, Value data) {
  return !isNoopSum(axes, noop) && reductionAxesOf(axes, data).has_value();
}

bool isSumOverRuntimeAxes(Value axes, Attribute noop) {
  auto type = dyn_cast<RankedTensorType>(axes.getType());
  if (listedAxes(axes) || !type || type.getRank() != 1 || !isa<IntegerType>(type.getElementType()))
    return false;
  bool nonEmpty = !type.isDynamicDim(0) && type.getDimSize(0) > 0;
  return nonEmpty || intValue(noop) != 0;
}

BoolAttr boolOf(Attribute attr) { return BoolAttr::get(attr.getContext(), intValue(attr) != 0); }

bool isRankedFloat(Value value, int64_t rank) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && isa<FloatType>(type.getElementType()) && (rank < 0 || type.getRank() == rank);
}

bool hasRank(Value value, int64_t rank) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.getRank() == rank;
}

DenseElementsAttr rankLike(Value x, Value index) {
  Type element = cast<ShapedType>(index.getType()).getElementType();
  return DenseElementsAttr::get(RankedTensorType::get({}, element),
                                IntegerAttr::get(element, cast<RankedTensorType>(x.getType()).getRank()));
}

Type nhwcType(Value value) { return tfl::transposedType(value, kToNHWC); }

bool is1DWindow(Value x, Value y) {
  auto xt = dyn_cast<RankedTensorType>(x.getType());
  auto yt = dyn_cast<RankedTensorType>(y.getType());
  return xt && yt && xt.getRank() == 3 && yt.getRank() == 3 &&
         llvm::count_if(xt.getShape(), ShapedType::isDynamic) <= 1 &&
         llvm::count_if(yt.getShape(), ShapedType::isDynamic) <= 1;
}

Type unitHeightType(Value value) { return withUnitHeight(cast<RankedTensorType>(value.getType())); }

DenseI64ArrayAttr liftTo2D(Attribute values, int64_t fill) {
  if (!values)
    return {};
  OpBuilder builder(values.getContext());
  return t2t::liftTo2D(builder, cast<DenseI64ArrayAttr>(values).asArrayRef(), fill);
}

bool keepsEverything(Value ratio, Value trainingMode) {
  std::optional<SmallVector<int64_t>> training = constantInts(trainingMode);
  bool inference =
      isAbsent(trainingMode) || (training && training->size() == 1 && training->front() == 0);
  std::optional<double> r = constantScalar(ratio);
  return inference || (r && *r == 0.0);
}

} // namespace t2t::lowering
