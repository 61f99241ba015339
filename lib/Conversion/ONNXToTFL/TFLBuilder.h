//===- TFLBuilder.h - Terse construction of tfl op chains -------*- C++ -*-===//
//
// Decompositions build chains of elementwise tfl ops; each result type is the
// broadcast of the operands' (an i1 element type for comparisons), so a
// pattern states its maths and not its types.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_TRANSFORMS_TFLBUILDER_H
#define T2T_LIB_TRANSFORMS_TFLBUILDER_H

#include "mlir/IR/Builders.h"

namespace t2t {

class TFLBuilder {
public:
  TFLBuilder(mlir::OpBuilder &builder, mlir::Location loc) : b(builder), loc(loc) {}

  /// A rank-0 constant of `element` type (float or integer) holding `value`.
  mlir::Value scalar(mlir::Type element, double value);
  /// A rank-0 constant of `like`'s element type.
  mlir::Value scalarLike(mlir::Value like, double value);

  // The binary ops also take a scalar right operand of `lhs`'s element type.
  // Op order must not depend on the compiler's argument evaluation order (it
  // decides the IR, and so the GraphDef): a call never gets two arguments
  // that each create ops; these overloads create the constant after `lhs`.
  mlir::Value add(mlir::Value lhs, mlir::Value rhs);
  mlir::Value sub(mlir::Value lhs, mlir::Value rhs);
  mlir::Value mul(mlir::Value lhs, mlir::Value rhs);
  mlir::Value div(mlir::Value lhs, mlir::Value rhs);
  mlir::Value floorDiv(mlir::Value lhs, mlir::Value rhs);
  mlir::Value maximum(mlir::Value lhs, mlir::Value rhs);
  mlir::Value minimum(mlir::Value lhs, mlir::Value rhs);
  mlir::Value greater(mlir::Value lhs, mlir::Value rhs);
  mlir::Value less(mlir::Value lhs, mlir::Value rhs);
  mlir::Value equal(mlir::Value lhs, mlir::Value rhs);
  mlir::Value notEqual(mlir::Value lhs, mlir::Value rhs);
  mlir::Value logicalAnd(mlir::Value lhs, mlir::Value rhs);
  mlir::Value logicalOr(mlir::Value lhs, mlir::Value rhs);
  mlir::Value add(mlir::Value lhs, double rhs) { return add(lhs, scalarLike(lhs, rhs)); }
  mlir::Value sub(mlir::Value lhs, double rhs) { return sub(lhs, scalarLike(lhs, rhs)); }
  mlir::Value mul(mlir::Value lhs, double rhs) { return mul(lhs, scalarLike(lhs, rhs)); }
  mlir::Value div(mlir::Value lhs, double rhs) { return div(lhs, scalarLike(lhs, rhs)); }
  mlir::Value maximum(mlir::Value lhs, double rhs) { return maximum(lhs, scalarLike(lhs, rhs)); }
  mlir::Value minimum(mlir::Value lhs, double rhs) { return minimum(lhs, scalarLike(lhs, rhs)); }
  mlir::Value greater(mlir::Value lhs, double rhs) { return greater(lhs, scalarLike(lhs, rhs)); }
  mlir::Value less(mlir::Value lhs, double rhs) { return less(lhs, scalarLike(lhs, rhs)); }
  mlir::Value equal(mlir::Value lhs, double rhs) { return equal(lhs, scalarLike(lhs, rhs)); }
  mlir::Value notEqual(mlir::Value lhs, double rhs) { return notEqual(lhs, scalarLike(lhs, rhs)); }
  /// condition ? x : y, broadcast.
  mlir::Value select(mlir::Value condition, mlir::Value x, mlir::Value y);
  mlir::Value castTo(mlir::Value x, mlir::Type element);

  /// Mean / sum over non-negative `axes`, keeping them as size-1 dims.
  mlir::Value meanKeepDims(mlir::Value x, llvm::ArrayRef<int64_t> axes);
  mlir::Value sumKeepDims(mlir::Value x, llvm::ArrayRef<int64_t> axes);
  /// Sum over every axis, to a rank-0 tensor.
  mlir::Value sumAll(mlir::Value x);
  /// The constant 0, 1, ..., n-1 of `element` type along `axis` of an
  /// otherwise size-1 rank-`rank` shape: compared with indices broadcast
  /// along `axis`, it gives their one-hot mask.
  mlir::Value iota(mlir::Type element, int64_t n, int64_t rank, int64_t axis);
  /// tfl.reshape of a ranked `x` to static `shape`.
  mlir::Value reshape(mlir::Value x, llvm::ArrayRef<int64_t> shape);

  mlir::OpBuilder &builder() { return b; }
  mlir::Location location() const { return loc; }

private:
  template <typename OpTy>
  mlir::Value binary(mlir::Value lhs, mlir::Value rhs, mlir::Type element = {});
  template <typename OpTy> mlir::Value reduceKeepDims(mlir::Value x, llvm::ArrayRef<int64_t> axes);

  mlir::OpBuilder &b;
  mlir::Location loc;
};

} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_TFLBUILDER_H
