//===- UnitHeight.h - 1-D windows as 2-D ones over height 1 -----*- C++ -*-===//
//
// A 1-D convolution or pool over [N, C, L] is the 2-D one over the image
// [N, C, 1, L]: its window attributes gain a unit (or zero) leading entry.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_TRANSFORMS_UNITHEIGHT_H
#define T2T_LIB_TRANSFORMS_UNITHEIGHT_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

#include <optional>

namespace t2t {

/// A 1-D window attribute as the 2-D one over [1, L]: `fill` for the new H.
mlir::DenseI64ArrayAttr liftTo2D(mlir::OpBuilder &builder,
                                 std::optional<llvm::ArrayRef<int64_t>> values, int64_t fill);

/// [N, C, L] -> [N, C, 1, L] (a filter [O, I, K] likewise).
mlir::Value addUnitHeight(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value value);

/// The [N, C, 1, L] type of a [N, C, L] one.
mlir::RankedTensorType withUnitHeight(mlir::RankedTensorType type);

} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_UNITHEIGHT_H
