//===- Layout.h - NCHW <-> NHWC permutations of values ----------*- C++ -*-===//

#ifndef T2T_SUPPORT_LAYOUT_H
#define T2T_SUPPORT_LAYOUT_H

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Builders.h"

namespace t2t {

inline constexpr int64_t kToNHWC[] = {0, 2, 3, 1};
inline constexpr int64_t kToNCHW[] = {0, 3, 1, 2};

/// `type` with its dimensions permuted: result dim i is input dim perm[i].
inline mlir::RankedTensorType permuted(mlir::RankedTensorType type, llvm::ArrayRef<int64_t> perm) {
  llvm::SmallVector<int64_t> shape;
  for (int64_t d : perm)
    shape.push_back(type.getDimSize(d));
  return mlir::RankedTensorType::get(shape, type.getElementType());
}

/// The permutation that undoes `perm`.
inline llvm::SmallVector<int64_t> inversePermutation(llvm::ArrayRef<int64_t> perm) {
  llvm::SmallVector<int64_t> inverse(perm.size());
  for (auto [i, d] : llvm::enumerate(perm))
    inverse[d] = i;
  return inverse;
}

/// tfl.transpose of a ranked `value` by `perm`.
inline mlir::Value transposed(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value value,
                              llvm::ArrayRef<int64_t> perm) {
  auto type = llvm::cast<mlir::RankedTensorType>(value.getType());
  return tfl::TransposeOp::create(builder, loc, permuted(type, perm), value,
                                  builder.getDenseI64ArrayAttr(perm));
}

} // namespace t2t

#endif // T2T_SUPPORT_LAYOUT_H
