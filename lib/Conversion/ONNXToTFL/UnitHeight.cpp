//===- UnitHeight.cpp - 1-D windows as 2-D ones over height 1 -------------===//

#include "UnitHeight.h"

#include "t2t/Dialect/TFL/TFLDialect.h"

using namespace mlir;

namespace t2t {

DenseI64ArrayAttr liftTo2D(OpBuilder &builder, std::optional<ArrayRef<int64_t>> values,
                           int64_t fill) {
  if (!values)
    return {};
  if (values->size() == 2) // pads [begin, end] -> [0, begin, 0, end]
    return builder.getDenseI64ArrayAttr({fill, (*values)[0], fill, (*values)[1]});
  return builder.getDenseI64ArrayAttr({fill, values->front()});
}

RankedTensorType withUnitHeight(RankedTensorType type) {
  return type.clone({type.getDimSize(0), type.getDimSize(1), 1, type.getDimSize(2)});
}

Value addUnitHeight(OpBuilder &builder, Location loc, Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  return tfl::ReshapeOp::create(builder, loc, withUnitHeight(type), value);
}

} // namespace t2t
