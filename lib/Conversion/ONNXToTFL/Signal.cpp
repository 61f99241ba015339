//===- Signal.cpp - onnx window functions -> tfl --------------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Signal.td; the
// arithmetic is here.
//
//===----------------------------------------------------------------------===//

#include "PatternHelpers.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

namespace t2t::lowering {

using namespace mlir;

bool isWindow(Value size, Value y) {
  auto sizeType = dyn_cast<RankedTensorType>(size.getType());
  auto type = dyn_cast<RankedTensorType>(y.getType());
  return sizeType && sizeType.hasStaticShape() && sizeType.getNumElements() == 1 &&
         isa<IntegerType>(sizeType.getElementType()) && type && type.getRank() == 1 &&
         isa<FloatType>(type.getElementType());
}

Value cosineWindow(OpBuilder &builder, Location loc, Value size, Attribute periodic, Value y,
                   double a0, double a1, double a2) {
  TFLBuilder math(builder, loc);
  Type f32 = builder.getF32Type();
  Value length = math.castTo(math.reshape(size, {}), f32);
  auto vector = RankedTensorType::get({ShapedType::kDynamic}, f32);
  Value n = tfl::RangeOp::create(builder, loc, vector, math.scalar(f32, 0), length,
                                 math.scalar(f32, 1));
  Value period = intValue(periodic) != 0 ? length : math.sub(length, 1.0);
  // 2 pi n / N, then a0 - a1 cos(x) + a2 cos(2x).
  Value x = math.div(math.mul(n, 2 * M_PI), period);
  Value window = math.sub(math.scalar(f32, a0), math.mul(tfl::CosOp::create(builder, loc, x), a1));
  if (a2 != 0)
    window = math.add(window, math.mul(tfl::CosOp::create(builder, loc, math.mul(x, 2.0)), a2));
  auto type = cast<RankedTensorType>(y.getType());
  if (!type.getElementType().isF32())
    window = math.castTo(window, type.getElementType());
  if (window.getType() != type)
    window = math.reshape(window, type.getShape());
  return window;
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Signal.inc"
} // namespace

void t2t::populateSignalLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
