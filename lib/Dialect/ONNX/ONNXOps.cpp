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

ElementsAttr t2t::onnx::constantElements(ConstantOp op) {
  if (auto value = op.getValueAttr())
    return value;
  auto type = dyn_cast<RankedTensorType>(op.getType());
  if (!type || !type.hasStaticShape())
    return {};
  Type element = type.getElementType();
  auto matches = [&](int64_t count) { return type.getNumElements() == count; };
  if (auto f = op.getValueFloatAttr(); f && element.isF32() && matches(1))
    return DenseElementsAttr::get(type, f.getValue());
  if (auto i = op.getValueIntAttr(); i && element.isInteger(64) && matches(1))
    return DenseElementsAttr::get(type, i.getValue());
  if (auto fs = op.getValueFloatsAttr(); fs && element.isF32() && matches(fs.size()))
    return DenseElementsAttr::get(type, fs.asArrayRef());
  if (auto is = op.getValueIntsAttr(); is && element.isInteger(64) && matches(is.size()))
    return DenseElementsAttr::get(type, is.asArrayRef());
  return {};
}

/// Every numeric form folds: a ConstantLike op must (MLIR's m_Constant reads
/// the fold result without checking it).
OpFoldResult ConstantOp::fold(FoldAdaptor) { return constantElements(*this); }

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
    return emitOpError("perm is not a permutation of the ")
           << input.getRank() << " input dimensions";
  return success();
}

//===----------------------------------------------------------------------===//
// Folders of shape computations: integer constants of rank <= 1 only.
//===----------------------------------------------------------------------===//

/// The values of a constant integer tensor of rank <= 1.
static std::optional<SmallVector<int64_t>> intVector(Attribute attr) {
  auto dense = dyn_cast_if_present<DenseIntElementsAttr>(attr);
  if (!dense || dense.getType().getRank() > 1)
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &v : dense.getValues<APInt>())
    values.push_back(v.getSExtValue());
  return values;
}

/// `values` as a constant of the op's result type, if that type is a static
/// integer tensor of the right size.
static Attribute intConstant(Type type, ArrayRef<int64_t> values) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked || !ranked.hasStaticShape() || !isa<IntegerType>(ranked.getElementType()) ||
      ranked.getNumElements() != static_cast<int64_t>(values.size()))
    return {};
  unsigned width = ranked.getElementType().getIntOrFloatBitWidth();
  SmallVector<APInt> bits;
  for (int64_t v : values)
    bits.push_back(APInt(width, v, /*isSigned=*/true, /*implicitTrunc=*/true));
  return DenseElementsAttr::get(ranked, bits);
}

OpFoldResult ShapeOp::fold(FoldAdaptor) {
  auto input = dyn_cast<RankedTensorType>(getData().getType());
  if (!input)
    return {};
  int64_t rank = input.getRank();
  auto clampIndex = [&](int64_t i) { return std::clamp<int64_t>(i < 0 ? i + rank : i, 0, rank); };
  int64_t start = clampIndex(getStart()), end = clampIndex(getEnd().value_or(rank));
  SmallVector<int64_t> dims;
  for (int64_t d = start; d < end; ++d) {
    if (input.isDynamicDim(d))
      return {};
    dims.push_back(input.getDimSize(d));
  }
  return intConstant(getType(), dims);
}

OpFoldResult SliceOp::fold(FoldAdaptor adaptor) {
  auto data = intVector(adaptor.getData()), starts = intVector(adaptor.getStarts()),
       ends = intVector(adaptor.getEnds());
  if (!data || !starts || !ends || starts->size() != 1 || ends->size() != 1)
    return {};
  if (!isa<NoneType>(getAxes().getType())) {
    auto axes = intVector(adaptor.getAxes());
    if (!axes || axes->size() != 1 || ((*axes)[0] != 0 && (*axes)[0] != -1))
      return {};
  }
  int64_t step = 1;
  if (!isa<NoneType>(getSteps().getType())) {
    auto steps = intVector(adaptor.getSteps());
    if (!steps || steps->size() != 1 || (*steps)[0] == 0)
      return {};
    step = (*steps)[0];
  }
  // ONNX clamps start to [0, n] ([0, n - 1] for negative steps), end likewise.
  int64_t n = data->size(), start = (*starts)[0], end = (*ends)[0];
  start = start < 0 ? start + n : start;
  end = end < 0 ? end + n : end;
  SmallVector<int64_t> out;
  if (step > 0) {
    start = std::clamp<int64_t>(start, 0, n);
    end = std::clamp<int64_t>(end, 0, n);
    for (int64_t i = start; i < end; i += step)
      out.push_back((*data)[i]);
  } else {
    start = std::clamp<int64_t>(start, 0, n - 1);
    end = std::clamp<int64_t>(end, -1, n - 1);
    for (int64_t i = start; i > end; i += step)
      out.push_back((*data)[i]);
  }
  return intConstant(getType(), out);
}

OpFoldResult GatherOp::fold(FoldAdaptor adaptor) {
  auto data = intVector(adaptor.getData()), indices = intVector(adaptor.getIndices());
  auto dataType = dyn_cast<RankedTensorType>(getData().getType());
  if (!data || !indices || !dataType || dataType.getRank() != 1 || getAxis() != 0)
    return {};
  SmallVector<int64_t> out;
  int64_t n = data->size();
  for (int64_t i : *indices) {
    if (i < -n || i >= n)
      return {};
    out.push_back((*data)[i < 0 ? i + n : i]);
  }
  return intConstant(getType(), out);
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor adaptor) {
  auto data = intVector(adaptor.getData());
  return data ? intConstant(getType(), *data) : OpFoldResult();
}

OpFoldResult ConcatOp::fold(FoldAdaptor adaptor) {
  SmallVector<int64_t> out;
  for (Attribute operand : adaptor.getInputs()) {
    auto values = intVector(operand);
    if (!values)
      return {};
    out.append(*values);
  }
  return intConstant(getType(), out);
}

OpFoldResult CastOp::fold(FoldAdaptor adaptor) {
  // Integer shape values cast to another integer type.
  auto values = intVector(adaptor.getInput());
  return values ? intConstant(getType(), *values) : OpFoldResult();
}
