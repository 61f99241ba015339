//===- TFLDialect.cpp - The channels-last tfl dialect ---------------------===//

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace t2t::tfl;

#include "dialects/tfl/TFLDialect.cpp.inc"
#include "dialects/tfl/TFLInterfaces.cpp.inc"

void TFLDialect::initialize() {
  registerAttributes();
  addOperations<
#define GET_OP_LIST
#include "dialects/tfl/TFLOps.cpp.inc"
      >();
}

Operation *TFLDialect::materializeConstant(OpBuilder &builder, Attribute value, Type type,
                                           Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstOp::create(builder, loc, elements);
}

bool t2t::tfl::isFusedActivation(StringRef name) {
  return llvm::is_contained({"NONE", "RELU", "RELU6", "RELU_N1_TO_1", "TANH"}, name);
}
