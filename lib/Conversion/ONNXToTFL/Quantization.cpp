//===- Quantization.cpp - onnx quantized ops -> float tfl -----------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Quantization.td;
// the arithmetic of each is here.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "PatternHelpers.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

namespace t2t::lowering {
namespace {

using namespace mlir;

/// The values an integer element type holds, for the 8- and 32-bit types
/// quantized tensors use.
std::optional<std::pair<double, double>> integerRange(Type type, bool allowInt32) {
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer)
    return std::nullopt;
  if (integer.getWidth() == 8)
    return integer.isUnsigned() ? std::pair<double, double>{0, 255}
                                : std::pair<double, double>{-128, 127};
  if (allowInt32 && integer.getWidth() == 32 && !integer.isUnsigned())
    return std::pair<double, double>{-2147483648.0, 2147483647.0};
  return std::nullopt;
}

/// A scale or zero point `v` (0-D, or 1-D along `axis` of a rank-`rank`
/// tensor) shaped to broadcast against that tensor.
Value alongAxis(OpBuilder &builder, Location loc, Value v, int64_t axis, int64_t rank) {
  auto type = cast<RankedTensorType>(v.getType());
  if (type.getRank() == 0 || type.getNumElements() == 1)
    return TFLBuilder(builder, loc).reshape(v, {});
  SmallVector<int64_t> shape(rank, 1);
  shape[axis] = type.getDimSize(0);
  return TFLBuilder(builder, loc).reshape(v, shape);
}

Value asFloat(OpBuilder &builder, Location loc, Value v) {
  return TFLBuilder(builder, loc).castTo(v, builder.getF32Type());
}

/// clip(round(q), lo, hi) cast to `type`: round half to even (TensorFlow's
/// Round, ONNX's rounding), saturated.
Value saturated(OpBuilder &builder, Location loc, Value q, Type type) {
  TFLBuilder math(builder, loc);
  auto [lo, hi] = *integerRange(getElementTypeOrSelf(type), /*allowInt32=*/false);
  Value clipped = math.minimum(math.maximum(q, lo), hi);
  return tfl::CastOp::create(builder, loc, type, clipped);
}

/// The largest |v - zp| over v's type's range and zp's values (the whole
/// range's width when zp is not constant).
double largestOffset(Value v, Value zp) {
  auto [lo, hi] = *integerRange(getElementTypeOrSelf(v.getType()), false);
  if (isAbsent(zp))
    return std::max(std::abs(lo), std::abs(hi));
  std::optional<SmallVector<int64_t>> zps = constantInts(zp);
  if (!zps)
    return hi - lo;
  double largest = 0;
  for (int64_t z : *zps)
    largest = std::max({largest, std::abs(lo - z), std::abs(hi - z)});
  return largest;
}

} // namespace

bool isQuantization(Value real, Value scale, Value zp, Value integer) {
  auto realType = dyn_cast<RankedTensorType>(real.getType());
  auto intType = dyn_cast<RankedTensorType>(integer.getType());
  auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
  if (!realType || !intType || !scaleType || !realType.getElementType().isF32() ||
      !scaleType.getElementType().isF32() || scaleType.getRank() > 1 || !scaleType.hasStaticShape())
    return false;
  // A dequantized int32 (a bias) has no zero point.
  if (!integerRange(intType.getElementType(), /*allowInt32=*/isAbsent(zp)))
    return false;
  if (isAbsent(zp))
    return true;
  auto zpType = dyn_cast<RankedTensorType>(zp.getType());
  return zpType && zpType.getShape() == scaleType.getShape() &&
         zpType.getElementType() == intType.getElementType();
}

bool scaleFitsAxis(Value x, Value scale, Attribute axis) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
  if (!type || !scaleType || !scaleType.hasStaticShape())
    return false;
  if (scaleType.getNumElements() == 1)
    return true;
  std::optional<int64_t> along = normalizeAxis(intValue(axis), type.getRank());
  return scaleType.getRank() == 1 && along && !type.isDynamicDim(*along) &&
         type.getDimSize(*along) == scaleType.getNumElements();
}

bool hasElementType(Value v, unsigned width) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  return type && type.getElementType().isSignlessInteger(width);
}

Value quantizeLinear(OpBuilder &builder, Location loc, Value x, Value scale, Value zp,
                     Attribute axis, Value y) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  int64_t along = *normalizeAxis(intValue(axis), rank);
  TFLBuilder math(builder, loc);
  Value q = tfl::RoundOp::create(builder, loc, math.div(x, alongAxis(builder, loc, scale, along, rank)));
  if (!isAbsent(zp))
    q = math.add(q, alongAxis(builder, loc, asFloat(builder, loc, zp), along, rank));
  return saturated(builder, loc, q, y.getType());
}

Value dequantizeLinear(OpBuilder &builder, Location loc, Value x, Value scale, Value zp,
                       Attribute axis, Value y) {
  int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
  int64_t along = *normalizeAxis(intValue(axis), rank);
  TFLBuilder math(builder, loc);
  Value v = asFloat(builder, loc, x);
  if (!isAbsent(zp))
    v = math.sub(v, alongAxis(builder, loc, asFloat(builder, loc, zp), along, rank));
  return math.mul(v, alongAxis(builder, loc, scale, along, rank));
}

bool isDynamicQuantization(Value x, Value y, Value scale, Value zp) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  auto isUInt8 = [](Value v) {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t && t.getElementType().isUnsignedInteger(8);
  };
  auto scaleType = dyn_cast<RankedTensorType>(scale.getType());
  return type && type.getElementType().isF32() && isUInt8(y) && isUInt8(zp) && scaleType &&
         scaleType.getRank() == 0 && scaleType.getElementType().isF32();
}

Value dynamicScale(OpBuilder &builder, Location loc, Value x) {
  TFLBuilder math(builder, loc);
  auto type = cast<RankedTensorType>(x.getType());
  auto all = builder.getDenseI64ArrayAttr(llvm::to_vector(llvm::seq<int64_t>(0, type.getRank())));
  auto scalar = type.clone(ArrayRef<int64_t>{});
  Value low = tfl::ReduceMinOp::create(builder, loc, scalar, x, all, builder.getBoolAttr(false));
  Value high = tfl::ReduceMaxOp::create(builder, loc, scalar, x, all, builder.getBoolAttr(false));
  // The range always holds 0, so that 0 is exactly representable.
  Value span = math.sub(math.maximum(high, 0.0), math.minimum(low, 0.0));
  return math.div(span, 255.0);
}

Value dynamicZeroPoint(OpBuilder &builder, Location loc, Value x, Value scale) {
  TFLBuilder math(builder, loc);
  auto type = cast<RankedTensorType>(x.getType());
  auto all = builder.getDenseI64ArrayAttr(llvm::to_vector(llvm::seq<int64_t>(0, type.getRank())));
  Value low = tfl::ReduceMinOp::create(builder, loc, type.clone(ArrayRef<int64_t>{}), x, all,
                                       builder.getBoolAttr(false));
  // qmin - min / scale, saturated to [0, 255], then rounded.
  Value zero = math.sub(math.scalarLike(low, 0.0), math.div(math.minimum(low, 0.0), scale));
  return tfl::RoundOp::create(builder, loc, math.minimum(math.maximum(zero, 0.0), 255.0));
}

Value quantizedWith(OpBuilder &builder, Location loc, Value x, Value scale, Value zeroPoint,
                    Value y) {
  TFLBuilder math(builder, loc);
  Value q = tfl::RoundOp::create(builder, loc, math.div(x, scale));
  return saturated(builder, loc, math.add(q, zeroPoint), y.getType());
}

Value zeroPointOf(OpBuilder &builder, Location loc, Value zeroPoint, Value result) {
  return tfl::CastOp::create(builder, loc, result.getType(), zeroPoint);
}

bool hasExactIntegerConv(Value x, Value w, Value xzp, Value wzp) {
  auto xType = dyn_cast<RankedTensorType>(x.getType());
  auto wType = dyn_cast<RankedTensorType>(w.getType());
  if (!xType || !wType || !wType.hasStaticShape() || !integerRange(xType.getElementType(), false) ||
      !integerRange(wType.getElementType(), false) || wType.getRank() < 2)
    return false;
  for (auto [v, zp] : {std::pair(x, xzp), std::pair(w, wzp)})
    if (!isAbsent(zp) && getElementTypeOrSelf(zp.getType()) != getElementTypeOrSelf(v.getType()))
      return false;
  // A conv's filter is [M, C/group, k...], summed over all but dim 0; a
  // matmul's B is [..., K, N], summed over K.
  bool conv = wType.getRank() >= 3 && wType.getRank() == xType.getRank();
  int64_t rank = wType.getRank(), channels = conv ? wType.getDimSize(0) : wType.getDimSize(rank - 1);
  int64_t terms = conv ? wType.getNumElements() / channels : wType.getDimSize(rank - 2);
  double largestWeightSum = terms * largestOffset(w, wzp);
  DenseElementsAttr weights;
  std::optional<SmallVector<int64_t>> wzps =
      isAbsent(wzp) ? std::optional<SmallVector<int64_t>>(SmallVector<int64_t>{0}) : constantInts(wzp);
  if (matchPattern(w, m_Constant(&weights)) && wzps) {
    // The exact bound: each output channel's sum of |w - zp|.
    SmallVector<double> sums(channels, 0.0);
    int64_t i = 0;
    for (const APInt &value : weights.getValues<APInt>()) {
      int64_t channel = conv ? i / terms : i % channels;
      int64_t z = (*wzps)[wzps->size() == 1 ? 0 : channel];
      int64_t v = wType.getElementType().isUnsignedInteger() ? value.getZExtValue() : value.getSExtValue();
      sums[channel] += std::abs(static_cast<double>(v - z));
      ++i;
    }
    largestWeightSum = *std::max_element(sums.begin(), sums.end());
  }
  return largestOffset(x, xzp) * largestWeightSum < 16777216.0;
}

/// v - zp in float; a 1-D zp runs along `channelAxis` of v (negative: from
/// the end): a conv filter's output channels, a matmul's rows of A or
/// columns of B.
static Value floatOperand(OpBuilder &builder, Location loc, Value v, Value zp, int64_t channelAxis) {
  Value real = asFloat(builder, loc, v);
  if (isAbsent(zp))
    return real;
  int64_t rank = cast<RankedTensorType>(v.getType()).getRank();
  int64_t axis = channelAxis < 0 ? channelAxis + rank : channelAxis;
  return TFLBuilder(builder, loc).sub(real, alongAxis(builder, loc, asFloat(builder, loc, zp), axis, rank));
}

/// The float Conv (NCHW) or MatMul of x - xzp and w - wzp, of `like`'s shape:
/// an onnx op lowered by its own family, taking `integer`'s attributes
/// (Conv's are ConvInteger's and QLinearConv's).
static Value floatSum(OpBuilder &builder, Location loc, Operation *integer, Value x, Value xzp,
                      Value w, Value wzp, RankedTensorType like, bool conv) {
  SmallVector<Value> operands = {floatOperand(builder, loc, x, xzp, conv ? 0 : -2),
                                 floatOperand(builder, loc, w, wzp, conv ? 0 : -1)};
  if (conv)
    operands.push_back(onnx::NoValueOp::create(builder, loc));
  OperationState state(loc, conv ? onnx::ConvOp::getOperationName() : onnx::MatMulOp::getOperationName());
  state.addOperands(operands);
  for (NamedAttribute attr : integer->getAttrs())
    if (llvm::is_contained({"auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"},
                           attr.getName().getValue()))
      state.addAttribute(attr.getName(), attr.getValue());
  state.addTypes(like.clone(builder.getF32Type()));
  return builder.create(state)->getResult(0);
}

Value integerAsFloat(OpBuilder &builder, Location loc, Value y, Value x, Value w, Value xzp,
                     Value wzp) {
  Operation *integer = y.getDefiningOp();
  auto yType = cast<RankedTensorType>(y.getType());
  Value real = floatSum(builder, loc, integer, x, xzp, w, wzp, yType, isa<onnx::ConvIntegerOp>(integer));
  return onnx::CastOp::create(builder, loc, yType, real,
                              builder.getI64IntegerAttr(6 /* ONNX's INT32 */));
}

Value qlinearAsFloat(OpBuilder &builder, Location loc, Value y, Value x, Value xScale, Value xzp,
                     Value w, Value wScale, Value wzp, Value yScale, Value yzp, Value bias) {
  // y = saturate(round((sum + bias) * xs * ws / ys) + yzp), the int32 sum
  // exact in float; ws per output channel (a conv's dim 1, a matmul's last).
  Operation *integer = y.getDefiningOp();
  bool conv = isa<onnx::QLinearConvOp>(integer);
  auto yType = cast<RankedTensorType>(y.getType());
  int64_t rank = yType.getRank(), channel = conv ? 1 : rank - 1;
  TFLBuilder math(builder, loc);
  Value sum = floatSum(builder, loc, integer, x, xzp, w, wzp, yType, conv);
  if (bias && !isAbsent(bias))
    sum = math.add(sum, alongAxis(builder, loc, asFloat(builder, loc, bias), channel, rank));
  Value multiplier = math.div(math.mul(alongAxis(builder, loc, xScale, 0, 1),
                                       alongAxis(builder, loc, wScale, channel, rank)),
                              alongAxis(builder, loc, yScale, 0, 1));
  Value q = tfl::RoundOp::create(builder, loc, math.mul(sum, multiplier));
  q = math.add(q, alongAxis(builder, loc, asFloat(builder, loc, yzp), 0, 1));
  return saturated(builder, loc, q, yType);
}

bool isQuantizedResult(Value y, Value yzp) {
  auto type = dyn_cast<RankedTensorType>(y.getType());
  return type && integerRange(type.getElementType(), false) &&
         getElementTypeOrSelf(yzp.getType()) == type.getElementType();
}

bool areScales(Value a, Value b, Value c) {
  return llvm::all_of(std::initializer_list<Value>{a, b, c}, [](Value v) {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t && t.hasStaticShape() && t.getElementType().isF32() && t.getRank() <= 1;
  });
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Quantization.inc"
} // namespace

void t2t::populateQuantizationLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
