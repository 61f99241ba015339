//===- ConstantOperands.h - Constant operands of ONNX ops -----*- C++ -*-===//

#ifndef T2T_LIB_TRANSFORMS_CONSTANTOPERANDS_H
#define T2T_LIB_TRANSFORMS_CONSTANTOPERANDS_H

#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"

#include <cstring>
#include <optional>

namespace t2t {

/// The values of an integer constant operand (shape, axes, pads, ...).
inline std::optional<llvm::SmallVector<int64_t>> constantInts(mlir::Value value) {
  mlir::DenseIntElementsAttr attr;
  if (!value || !mlir::matchPattern(value, mlir::m_Constant(&attr)))
    return std::nullopt;
  llvm::SmallVector<int64_t> out;
  for (const llvm::APInt &v : attr.getValues<llvm::APInt>())
    out.push_back(v.getSExtValue());
  return out;
}

/// The values of a float constant operand (scales, BatchNormalization
/// statistics, ...), inline or in a resource blob (which ElementsAttr cannot
/// iterate as APFloat, and whose data need not be aligned).
inline std::optional<llvm::SmallVector<double>> constantFloats(mlir::Value value) {
  mlir::ElementsAttr attr;
  if (!value || !mlir::matchPattern(value, mlir::m_Constant(&attr)) ||
      !llvm::isa<mlir::FloatType>(attr.getElementType()))
    return std::nullopt;
  llvm::SmallVector<double> out;
  if (auto dense = llvm::dyn_cast<mlir::DenseElementsAttr>(attr)) {
    for (const llvm::APFloat &v : dense.getValues<llvm::APFloat>())
      out.push_back(v.convertToDouble());
    return out;
  }
  std::vector<char> storage;
  std::optional<llvm::ArrayRef<char>> bytes = tfl::constantBytes(attr, storage);
  auto read = [&](auto element) -> std::optional<llvm::SmallVector<double>> {
    using T = decltype(element);
    for (size_t at = 0; at + sizeof(T) <= bytes->size(); at += sizeof(T)) {
      std::memcpy(&element, bytes->data() + at, sizeof(T));
      out.push_back(element);
    }
    return out;
  };
  if (bytes && attr.getElementType().isF32())
    return read(float());
  if (bytes && attr.getElementType().isF64())
    return read(double());
  return std::nullopt;
}

/// The value of a constant single-element float operand.
inline std::optional<double> constantScalar(mlir::Value value) {
  mlir::ElementsAttr attr;
  if (!value || !mlir::matchPattern(value, mlir::m_Constant(&attr)) || attr.getNumElements() != 1 ||
      !llvm::isa<mlir::FloatType>(attr.getElementType()))
    return std::nullopt;
  return (*attr.getValues<llvm::APFloat>().begin()).convertToDouble();
}

/// True for an omitted optional operand (`none`).
inline bool isAbsent(mlir::Value value) { return llvm::isa<mlir::NoneType>(value.getType()); }

/// A tensor of static shape holding one element (a scalar, or [1]: the
/// limits, conditions and sizes ONNX passes as tensors), of element type
/// `element` when given.
inline bool isOneElement(mlir::Value value, mlir::Type element = {}) {
  auto type = llvm::dyn_cast<mlir::RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 1 &&
         (!element || type.getElementType() == element);
}

/// `axis` in [-rank, rank) made non-negative, or nullopt when out of range.
inline std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return std::nullopt;
  return axis < 0 ? axis + rank : axis;
}

} // namespace t2t

#endif // T2T_LIB_TRANSFORMS_CONSTANTOPERANDS_H
