//===- Elementwise.cpp - onnx elementwise math -> tfl ---------------------===//
//
// The patterns are declarative (dialects/conversion/ONNXToTFL/Elementwise.td,
// the arithmetic of BitShift here) but for ONNX's variadic Max/Min/Sum/Mean, which fold left to right into
// binary broadcasting ops (Mean is Sum times 1/N): C++, because a
// declarative pattern matches a fixed number of operands.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t::lowering {

bool isUnsignedShift(Value x, Value y) {
  auto type = dyn_cast<RankedTensorType>(x.getType());
  return type && type.getElementType().isUnsignedInteger() &&
         getElementTypeOrSelf(y.getType()) == type.getElementType() &&
         isa<RankedTensorType>(y.getType());
}

Value shifted(OpBuilder &builder, Location loc, Value x, Value y, Attribute direction, Value z) {
  // x << y = x * 2^y and x >> y = floor(x / 2^y) for unsigned x, 2^y read
  // from the table [1, 2, 4, ...] of x's type (exact, and TensorFlow.js has
  // no bit shifts).
  auto element = cast<IntegerType>(getElementTypeOrSelf(x.getType()));
  unsigned width = element.getWidth();
  SmallVector<APInt> powers;
  for (unsigned k = 0; k < width; ++k)
    powers.push_back(APInt::getOneBitSet(width, k));
  Value table = tfl::ConstOp::create(
      builder, loc, DenseElementsAttr::get(RankedTensorType::get({width}, element), powers));
  auto yType = cast<RankedTensorType>(y.getType());
  Value index = tfl::CastOp::create(builder, loc, yType.clone(builder.getI32Type()), y);
  Value power = tfl::GatherOp::create(builder, loc, yType, table, index, builder.getI64IntegerAttr(0));
  if (cast<StringAttr>(direction).getValue() == "LEFT")
    return tfl::MulOp::create(builder, loc, z.getType(), x, power, builder.getStringAttr("NONE"));
  return tfl::FloorDivOp::create(builder, loc, z.getType(), x, power);
}

} // namespace t2t::lowering

namespace t2t {
namespace {
#include "dialects/conversion/ONNXToTFL/Elementwise.inc"

/// The binary op combining two partial results.
Value combine(OpBuilder &builder, Location loc, Operation *op, Type type, Value lhs, Value rhs) {
  if (isa<onnx::MaxOp>(op))
    return tfl::MaximumOp::create(builder, loc, type, lhs, rhs);
  if (isa<onnx::MinOp>(op))
    return tfl::MinimumOp::create(builder, loc, type, lhs, rhs);
  return tfl::AddOp::create(builder, loc, type, lhs, rhs, builder.getStringAttr("NONE"));
}

template <typename OnnxOp> struct LowerVariadic : OpRewritePattern<OnnxOp> {
  using OpRewritePattern<OnnxOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(OnnxOp op, PatternRewriter &rewriter) const override {
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!resultType || op->getNumOperands() == 0)
      return rewriter.notifyMatchFailure(op, "needs a ranked result");
    Type element = resultType.getElementType();
    if (!isa<FloatType>(element) && (!isa<IntegerType>(element) || element.isInteger(1)))
      return rewriter.notifyMatchFailure(op, "needs floats or integers");
    bool isMean = isa<onnx::MeanOp>(op);
    if (isMean && !isa<FloatType>(resultType.getElementType()))
      return rewriter.notifyMatchFailure(op, "Mean needs floats");
    // The partial results' broadcast shapes, checked before any op is built.
    SmallVector<RankedTensorType> partialTypes;
    auto acc = dyn_cast<RankedTensorType>(op->getOperand(0).getType());
    for (Value next : op->getOperands().drop_front()) {
      auto b = dyn_cast<RankedTensorType>(next.getType());
      SmallVector<int64_t> shape;
      if (!acc || !b || !OpTrait::util::getBroadcastedShape(acc.getShape(), b.getShape(), shape))
        return rewriter.notifyMatchFailure(op, "operands do not broadcast");
      acc = resultType.clone(shape);
      partialTypes.push_back(acc);
    }
    if (acc != resultType)
      return rewriter.notifyMatchFailure(op, "the broadcast shape differs from the result's");

    Value result = op->getOperand(0);
    for (auto [next, type] : llvm::zip(op->getOperands().drop_front(), partialTypes))
      result = combine(rewriter, op.getLoc(), op, type, result, next);
    if (isMean && op->getNumOperands() > 1) {
      auto scalarType = RankedTensorType::get({}, element);
      Value scale = tfl::ConstOp::create(
          rewriter, op.getLoc(),
          DenseElementsAttr::get(scalarType,
                                 rewriter.getFloatAttr(element, 1.0 / op->getNumOperands())));
      result = tfl::MulOp::create(rewriter, op.getLoc(), resultType, result, scale,
                                  rewriter.getStringAttr("NONE"));
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void populateElementwiseLoweringPatterns(RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
  patterns.add<LowerVariadic<onnx::MaxOp>, LowerVariadic<onnx::MinOp>, LowerVariadic<onnx::SumOp>,
               LowerVariadic<onnx::MeanOp>>(patterns.getContext());
}

} // namespace t2t
