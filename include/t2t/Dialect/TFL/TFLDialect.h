//===- TFLDialect.h - The channels-last tfl dialect -------------*- C++ -*-===//

#ifndef T2T_DIALECT_TFL_TFLDIALECT_H
#define T2T_DIALECT_TFL_TFLDIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace t2t::tfl {
/// True for the activation names a tfl op may fuse into its result.
bool isFusedActivation(llvm::StringRef name);

namespace OpTrait {
/// Elementwise with numpy broadcasting (TFL_Elementwise in ODS): transposes
/// of all operands commute with the op.
template <typename ConcreteType>
class Elementwise : public mlir::OpTrait::TraitBase<ConcreteType, Elementwise> {};
} // namespace OpTrait
} // namespace t2t::tfl

#include "dialects/tfl/TFLDialect.h.inc"
#include "dialects/tfl/TFLInterfaces.h.inc"

#define GET_OP_CLASSES
#include "dialects/tfl/TFLOps.h.inc"

#endif // T2T_DIALECT_TFL_TFLDIALECT_H
