//===- ONNXOps.cpp - Hand-written hooks of the generated onnx ops ---------===//
//
// The ops are generated (utils/onnx-odsgen); dialects/onnx/ONNXOpExtras.txt
// says which of them have the verifiers and folders defined here.
//
//===----------------------------------------------------------------------===//

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Support/Permutation.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace t2t::onnx;

#define GET_OP_CLASSES
#include "dialects/onnx/ONNXOps.cpp.inc"

//===----------------------------------------------------------------------===//
// NoValue
//===----------------------------------------------------------------------===//

OpFoldResult NoValueOp::fold(FoldAdaptor) { return UnitAttr::get(getContext()); }

//===----------------------------------------------------------------------===//
// Constant
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  Attribute forms[] = {getValueAttr(),       getSparseValueAttr(), getValueFloatAttr(),
                       getValueFloatsAttr(), getValueIntAttr(),    getValueIntsAttr(),
                       getValueStringAttr(), getValueStringsAttr()};
  if (llvm::count_if(forms, [](Attribute a) { return bool(a); }) != 1)
    return emitOpError("needs exactly one of value, sparse_value, value_float, "
                       "value_floats, value_int, value_ints, value_string, value_strings");
  if (auto value = getValueAttr(); value && value.getType() != getType())
    return emitOpError("result type ")
           << getType() << " differs from the value's type " << value.getType();
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

//===----------------------------------------------------------------------===//
// Conv
//===----------------------------------------------------------------------===//

LogicalResult ConvOp::verify() {
  auto x = dyn_cast<RankedTensorType>(getX().getType());
  auto w = dyn_cast<RankedTensorType>(getW().getType());
  int64_t group = getGroup();
  if (group < 1)
    return emitOpError("group must be at least 1, got ") << group;
  if (!x)
    return success();
  int64_t spatial = x.getRank() - 2;
  if (spatial < 1)
    return emitOpError("input X must have rank at least 3, got ") << x.getRank();
  if (w && w.getRank() != x.getRank())
    return emitOpError("weight W has rank ") << w.getRank() << ", input X has rank " << x.getRank();

  auto checkSize = [&](StringRef name, std::optional<ArrayRef<int64_t>> values,
                       int64_t expected) -> LogicalResult {
    if (values && static_cast<int64_t>(values->size()) != expected)
      return emitOpError() << name << " has " << values->size() << " entries, expected "
                           << expected;
    return success();
  };
  if (failed(checkSize("kernel_shape", getKernelShape(), spatial)) ||
      failed(checkSize("strides", getStrides(), spatial)) ||
      failed(checkSize("dilations", getDilations(), spatial)) ||
      failed(checkSize("pads", getPads(), 2 * spatial)))
    return failure();

  if (w) {
    int64_t channels = x.getDimSize(1), perGroup = w.getDimSize(1), filters = w.getDimSize(0);
    if (!ShapedType::isDynamic(channels) && !ShapedType::isDynamic(perGroup) &&
        channels != perGroup * group)
      return emitOpError("input has ")
             << channels << " channels but W expects " << perGroup << " x group " << group;
    if (!ShapedType::isDynamic(filters) && filters % group != 0)
      return emitOpError("W has ") << filters << " filters, not divisible by group " << group;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::verify() {
  auto input = dyn_cast<RankedTensorType>(getData().getType());
  std::optional<ArrayRef<int64_t>> perm = getPerm();
  if (!input || !perm)
    return success();
  if (static_cast<int64_t>(perm->size()) != input.getRank() || !t2t::isPermutation(*perm))
    return emitOpError("perm is not a permutation of the ") << input.getRank()
                                                           << " input dimensions";
  return success();
}
