//===- TFLBuilder.cpp - Terse construction of tfl op chains ---------------===//

#include "TFLBuilder.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t {
namespace {

/// Ops with a fused activation take it as their last builder argument.
template <typename OpTy>
Value createBinary(OpBuilder &b, Location loc, Type type, Value lhs, Value rhs) {
  if constexpr (std::is_same_v<OpTy, tfl::AddOp> || std::is_same_v<OpTy, tfl::MulOp>)
    return OpTy::create(b, loc, type, lhs, rhs, b.getStringAttr("NONE"));
  else
    return OpTy::create(b, loc, type, lhs, rhs);
}

} // namespace

Value TFLBuilder::scalar(Type element, double value) {
  auto type = RankedTensorType::get({}, element);
  Attribute attr = isa<FloatType>(element)
                       ? Attribute(b.getFloatAttr(element, value))
                       : Attribute(b.getIntegerAttr(element, static_cast<int64_t>(value)));
  return tfl::ConstOp::create(b, loc, DenseElementsAttr::get(type, attr));
}

Value TFLBuilder::scalarLike(Value like, double value) {
  return scalar(getElementTypeOrSelf(like.getType()), value);
}

template <typename OpTy> Value TFLBuilder::binary(Value lhs, Value rhs, Type element) {
  Type type =
      tfl::broadcastType({lhs, rhs}, element ? element : getElementTypeOrSelf(lhs.getType()));
  return createBinary<OpTy>(b, loc, type, lhs, rhs);
}

Value TFLBuilder::add(Value lhs, Value rhs) { return binary<tfl::AddOp>(lhs, rhs); }
Value TFLBuilder::sub(Value lhs, Value rhs) { return binary<tfl::SubOp>(lhs, rhs); }
Value TFLBuilder::mul(Value lhs, Value rhs) { return binary<tfl::MulOp>(lhs, rhs); }
Value TFLBuilder::div(Value lhs, Value rhs) { return binary<tfl::DivOp>(lhs, rhs); }
Value TFLBuilder::floorDiv(Value lhs, Value rhs) { return binary<tfl::FloorDivOp>(lhs, rhs); }
Value TFLBuilder::maximum(Value lhs, Value rhs) { return binary<tfl::MaximumOp>(lhs, rhs); }
Value TFLBuilder::minimum(Value lhs, Value rhs) { return binary<tfl::MinimumOp>(lhs, rhs); }
Value TFLBuilder::greater(Value lhs, Value rhs) {
  return binary<tfl::GreaterOp>(lhs, rhs, b.getI1Type());
}
Value TFLBuilder::less(Value lhs, Value rhs) {
  return binary<tfl::LessOp>(lhs, rhs, b.getI1Type());
}
Value TFLBuilder::equal(Value lhs, Value rhs) {
  return binary<tfl::EqualOp>(lhs, rhs, b.getI1Type());
}
Value TFLBuilder::notEqual(Value lhs, Value rhs) {
  return binary<tfl::NotEqualOp>(lhs, rhs, b.getI1Type());
}
Value TFLBuilder::logicalAnd(Value lhs, Value rhs) {
  return binary<tfl::LogicalAndOp>(lhs, rhs, b.getI1Type());
}

Value TFLBuilder::logicalOr(Value lhs, Value rhs) {
  return binary<tfl::LogicalOrOp>(lhs, rhs, b.getI1Type());
}

Value TFLBuilder::select(Value condition, Value x, Value y) {
  Type values = tfl::broadcastType({x, y}, getElementTypeOrSelf(x.getType()));
  Type type =
      OpTrait::util::getBroadcastedType(condition.getType(), values, getElementTypeOrSelf(values));
  assert(type && "operands do not broadcast");
  return tfl::SelectV2Op::create(b, loc, type, condition, x, y);
}

Value TFLBuilder::castTo(Value x, Type element) {
  return tfl::CastOp::create(b, loc, llvm::cast<ShapedType>(x.getType()).clone(element), x);
}

template <typename OpTy> Value TFLBuilder::reduceKeepDims(Value x, ArrayRef<int64_t> axes) {
  auto type = llvm::cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> shape(type.getShape());
  for (int64_t a : axes)
    shape[a] = 1;
  return OpTy::create(b, loc, type.clone(shape), x, b.getDenseI64ArrayAttr(axes),
                      b.getBoolAttr(true));
}

Value TFLBuilder::meanKeepDims(Value x, ArrayRef<int64_t> axes) {
  return reduceKeepDims<tfl::MeanOp>(x, axes);
}
Value TFLBuilder::sumKeepDims(Value x, ArrayRef<int64_t> axes) {
  return reduceKeepDims<tfl::SumOp>(x, axes);
}

Value TFLBuilder::sumAll(Value x) {
  auto type = llvm::cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> axes = llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()));
  return tfl::SumOp::create(b, loc, type.clone(ArrayRef<int64_t>{}), x,
                            b.getDenseI64ArrayAttr(axes), b.getBoolAttr(false));
}

Value TFLBuilder::iota(Type element, int64_t n, int64_t rank, int64_t axis) {
  SmallVector<int64_t> shape(rank, 1);
  shape[axis] = n;
  auto type = RankedTensorType::get(shape, element);
  SmallVector<Attribute> values;
  for (int64_t i = 0; i < n; ++i)
    values.push_back(isa<FloatType>(element) ? Attribute(b.getFloatAttr(element, i))
                                             : Attribute(b.getIntegerAttr(element, i)));
  return tfl::ConstOp::create(b, loc, DenseElementsAttr::get(type, values));
}

Value TFLBuilder::reshape(Value x, ArrayRef<int64_t> shape) {
  return tfl::ReshapeOp::create(b, loc, llvm::cast<RankedTensorType>(x.getType()).clone(shape), x);
}

} // namespace t2t
