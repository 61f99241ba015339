//===- Normalization.cpp - onnx normalizations -> tfl ---------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Normalization.td);
// here is the arithmetic they call: BatchNormalization's folded scale and
// offset, per-channel parameter shapes, the standardization axes, LRN's
// TensorFlow attributes.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

using namespace mlir;

namespace t2t::lowering {

bool isInferenceBatchNorm(Value x, Attribute trainingMode, Value runningMean, Value runningVar) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  return type && type.getRank() >= 2 && !type.isDynamicDim(1) && type.getElementType().isF32() &&
         intValue(trainingMode) == 0 && isAbsent(runningMean) && isAbsent(runningVar);
}

/// The float values of a constant [n] operand.
std::optional<SmallVector<double>> constantVector(Value value, int64_t n) {
  std::optional<SmallVector<double>> values = constantFloats(value);
  if (!values || static_cast<int64_t>(values->size()) != n)
    return std::nullopt;
  return values;
}

int64_t channels(Value x) { return cast<RankedTensorType>(x.getType()).getDimSize(1); }

bool areConstantChannelVectors(Value x, Value a, Value b) {
  int64_t c = channels(x);
  return constantVector(a, c) && constantVector(b, c);
}

/// A [1, C, 1, ...] f32 constant for input `x`.
DenseElementsAttr perChannelConstant(Value x, ArrayRef<float> values) {
  auto type = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getRank(), 1);
  shape[1] = type.getDimSize(1);
  return DenseElementsAttr::get(RankedTensorType::get(shape, type.getElementType()), values);
}

/// scale / sqrt(var + eps), per channel, in double precision.
SmallVector<double> batchNormScales(Value x, Value scale, Value var, Attribute epsilon) {
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
  int64_t first = *normalizeAxis(intValue(axis), rank);
  return DenseI64ArrayAttr::get(x.getContext(), llvm::to_vector(llvm::seq<int64_t>(first, rank)));
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

/// The one-element reduction axis list of LpNormalization's `axis` (known to
/// be in range of ranked `x`), non-negative.
mlir::DenseI64ArrayAttr axisList(mlir::Attribute axis, mlir::Value x) {
  int64_t rank = llvm::cast<mlir::RankedTensorType>(x.getType()).getRank();
  return mlir::DenseI64ArrayAttr::get(x.getContext(), {*normalizeAxis(intValue(axis), rank)});
}
} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Normalization.inc"
} // namespace

void t2t::populateNormalizationLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
