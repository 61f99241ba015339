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

bool isInferenceBatchNorm(Value x, Attribute trainingMode, Value runningMean, Value runningVar) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  return type && type.getRank() >= 2 && !type.isDynamicDim(1) && type.getElementType().isF32() &&
         intValue(trainingMode) == 0 && isAbsent(runningMean) && isAbsent(runningVar);
}

/// The float values of a constant [n] operand.
static std::optional<SmallVector<double>> constantVector(Value value, int64_t n) {
  std::optional<SmallVector<double>> values = constantFloats(value);
  if (!values || static_cast<int64_t>(values->size()) != n)
    return std::nullopt;
  return values;
}

static int64_t channels(Value x) { return cast<RankedTensorType>(x.getType()).getDimSize(1); }

bool areConstantChannelVectors(Value x, Value a, Value b) {
  int64_t c = channels(x);
  return constantVector(a, c) && constantVector(b, c);
}

/// A [1, C, 1, ...] f32 constant for input `x`.
static DenseElementsAttr perChannelConstant(Value x, ArrayRef<float> values) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getRank(), 1);
  shape[1] = type.getDimSize(1);
  return DenseElementsAttr::get(RankedTensorType::get(shape, type.getElementType()), values);
}

/// scale / sqrt(var + eps), per channel, in double precision.
static SmallVector<double> batchNormScales(Value x, Value scale, Value var, Attribute epsilon) {
  int64_t c = channels(x);
  SmallVector<double> s = *constantVector(scale, c), v = *constantVector(var, c);
  for (int64_t i = 0; i < c; ++i)
    s[i] /= std::sqrt(v[i] + floatValue(epsilon));
  return s;
}

DenseElementsAttr batchNormScale(Value x, Value scale, Value var, Attribute epsilon) {
  SmallVector<float> s;
  for (double si : batchNormScales(x, scale, var, epsilon))
    s.push_back(static_cast<float>(si));
  return perChannelConstant(x, s);
}

DenseElementsAttr batchNormOffset(Value x, Value scale, Value bias, Value mean, Value var,
                                  Attribute epsilon) {
  int64_t c = channels(x);
  SmallVector<double> s = batchNormScales(x, scale, var, epsilon);
  SmallVector<double> b = *constantVector(bias, c), m = *constantVector(mean, c);
  SmallVector<float> t;
  for (int64_t i = 0; i < c; ++i)
    t.push_back(static_cast<float>(b[i] - m[i] * s[i]));
  return perChannelConstant(x, t);
}

Type perChannelType(Value parameter, Value x) {
  SmallVector<int64_t> shape(cast<RankedTensorType>(x.getType()).getRank() - 1, 1);
  shape[0] = channels(x);
  return cast<RankedTensorType>(parameter.getType()).clone(shape);
}

bool hasChannelParameters(Value x, Value scale, Value bias) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  if (!isRankedFloat(x) || type.getRank() < 3 || type.isDynamicDim(1))
    return false;
  auto isChannelVector = [&](Value v) {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t && t.getShape() == ArrayRef<int64_t>{type.getDimSize(1)};
  };
  return isChannelVector(scale) && isChannelVector(bias);
}

bool broadcastsTo(Value parameter, Value x) {
  if (isAbsent(parameter))
    return true;
  auto p = dyn_cast<RankedTensorType>(parameter.getType());
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape;
  return p && OpTrait::util::getBroadcastedShape(type.getShape(), p.getShape(), shape) &&
         ArrayRef<int64_t>(shape) == type.getShape();
}

DenseI64ArrayAttr axesFrom(Attribute axis, Value x) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  return DenseI64ArrayAttr::get(x.getContext(),
                                llvm::to_vector(llvm::seq<int64_t>(*axisOf(x, axis), rank)));
}

DenseI64ArrayAttr spatialAxes(Value x) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  return DenseI64ArrayAttr::get(x.getContext(), llvm::to_vector(llvm::seq<int64_t>(2, rank)));
}

Type keptAxesType(Value x, DenseI64ArrayAttr axes) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getShape());
  for (int64_t a : axes.asArrayRef())
    shape[a] = 1;
  return type.clone(shape);
}

IntegerAttr lrnRadius(Attribute size) {
  return Builder(size.getContext()).getI64IntegerAttr((intValue(size) - 1) / 2);
}

FloatAttr lrnAlpha(Attribute alpha, Attribute size) {
  // In float, as ONNX's attribute is.
  float a = static_cast<float>(floatValue(alpha));
  return Builder(alpha.getContext()).getF32FloatAttr(a / intValue(size));
}

bool hasRank(Value value, int64_t rank) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.getRank() == rank;
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

DenseElementsAttr constantOfShape(Attribute value, Value y) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  if (!type || !type.hasStaticShape())
    return {};
  Attribute fill = Builder(y.getContext()).getZeroAttr(type.getElementType());
  if (value) {
    auto dense = dyn_cast<DenseElementsAttr>(value);
    if (!dense || dense.getNumElements() != 1 || dense.getElementType() != type.getElementType())
      return {};
    fill = *dense.getValues<Attribute>().begin();
  }
  return DenseElementsAttr::get(type, fill);
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

bool fitsFullyConnected(Value a, Value b, Attribute transB, Value bias) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  if (!aType || !bType || aType.getRank() != 2 || bType.getRank() != 2 || !bType.hasStaticShape() ||
      !isa<FloatType>(aType.getElementType()))
    return false;
  if (!bias || isAbsent(bias))
    return true;
  auto c = dyn_cast<RankedTensorType>(bias.getType());
  bool bTransposed = transB && intValue(transB) != 0;
  return c && c.getRank() == 1 && c.getDimSize(0) == bType.getDimSize(bTransposed ? 0 : 1);
}

bool fitsFullyConnected(Value a, Value b) { return fitsFullyConnected(a, b, {}, {}); }

bool isPlainGemm(Attribute alpha, Attribute beta, Attribute transA) {
  return floatValue(alpha) == 1.0 && floatValue(beta) == 1.0 && intValue(transA) == 0;
}

DenseElementsAttr zeroBias(Value a, Value b, Attribute transB) {
  bool bTransposed = transB && intValue(transB) != 0;
  int64_t outputs = cast<RankedTensorType>(b.getType()).getDimSize(bTransposed ? 0 : 1);
  Type element = getElementTypeOrSelf(a.getType());
  return DenseElementsAttr::get(RankedTensorType::get({outputs}, element),
                                Builder(a.getContext()).getZeroAttr(element));
}

Value scaledBy(OpBuilder &builder, Location loc, Value x, Attribute factor) {
  if (floatValue(factor) == 1.0)
    return x;
  auto type = cast<RankedTensorType>(x.getType());
  Value c = tfl::ConstOp::create(builder, loc, scalarLike(x, floatValue(factor)));
  return tfl::MulOp::create(builder, loc, type, x, c, builder.getStringAttr("NONE"));
}

bool hasCTerm(Value c, Attribute beta) { return !isAbsent(c) && floatValue(beta) != 0.0; }

bool isBatchMatMul(Value a, Value b) {
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  auto bType = dyn_cast<RankedTensorType>(b.getType());
  return aType && bType && aType.getRank() >= 2 && bType.getRank() >= 2 &&
         aType.getElementType() == bType.getElementType();
}

StringAttr explicitEquation(Attribute equation) {
  std::string eq;
  for (char c : cast<StringAttr>(equation).getValue())
    if (c != ' ')
      eq += c;
  if (StringRef(eq).contains("..."))
    return {};
  if (!StringRef(eq).contains("->")) {
    // Implicit: the output labels are those appearing once, alphabetically.
    std::map<char, int> counts;
    for (char c : eq)
      if (llvm::isAlpha(c))
        ++counts[c];
    std::string output;
    for (auto [label, count] : counts)
      if (count == 1)
        output += label;
    eq += "->" + output;
  }
  return StringAttr::get(equation.getContext(), eq);
}

bool keepsEverything(Value ratio, Value trainingMode) {
  std::optional<SmallVector<int64_t>> training = constantInts(trainingMode);
  bool inference =
      isAbsent(trainingMode) || (training && training->size() == 1 && training->front() == 0);
  std::optional<double> r = constantScalar(ratio);
  return inference || (r && *r == 0.0);
}

} // namespace t2t::lowering
