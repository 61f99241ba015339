//===- Shape.cpp - onnx shape-only ops -> tfl -----------------------------===//
//
// The patterns are declarative: dialects/conversion/ONNXToTFL/Shape.td.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "PatternHelpers.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

#include <algorithm>

namespace t2t::lowering {

/// Shape's start and end (ONNX clamps them to [-rank, rank], negatives
/// counting from the end) select every dim of `x`.
static bool coversAllDims(mlir::Value x, mlir::Attribute start, mlir::Attribute end) {
  int64_t rank = mlir::cast<mlir::RankedTensorType>(x.getType()).getRank();
  auto clamp = [&](int64_t i) { return std::clamp(i < 0 ? i + rank : i, int64_t{0}, rank); };
  int64_t first = start ? clamp(mlir::cast<mlir::IntegerAttr>(start).getInt()) : 0;
  int64_t last = end ? clamp(mlir::cast<mlir::IntegerAttr>(end).getInt()) : rank;
  return first == 0 && last == rank;
}

/// A reshape that hasReshapeableType does not take: a ranked result with
/// more dims known only at run time, from an int64 shape vector of static
/// length.
static bool hasRunTimeReshape(mlir::Value x, mlir::Value shape, mlir::Value result) {
  auto input = mlir::dyn_cast<mlir::RankedTensorType>(x.getType());
  auto vector = mlir::dyn_cast<mlir::RankedTensorType>(shape.getType());
  return input && vector && mlir::isa<mlir::RankedTensorType>(result.getType()) &&
         !hasReshapeableType(result) && vector.getRank() == 1 && !vector.isDynamicDim(0) &&
         vector.getElementType().isInteger(64);
}

/// Zeros of `value`'s (static) type.
static mlir::DenseElementsAttr zerosLike(mlir::Value value) {
  auto type = mlir::cast<mlir::ShapedType>(value.getType());
  return mlir::DenseElementsAttr::get(type, mlir::IntegerAttr::get(type.getElementType(), 0));
}

/// x's dims read at run time as a vector as long as `shape`: its first ones,
/// or all of them followed by ones (entries past x's rank, where ONNX allows
/// no 0, so that the select never takes them).
static mlir::Value inputDimsFor(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value x,
                                mlir::Value shape) {
  auto vector = mlir::cast<mlir::RankedTensorType>(shape.getType());
  int64_t rank = mlir::cast<mlir::RankedTensorType>(x.getType()).getRank();
  int64_t length = vector.getDimSize(0);
  mlir::Value dims = tfl::ShapeOp::create(builder, loc, vector.clone({rank}), x);
  if (length <= rank)
    return tfl::SliceOp::create(builder, loc, vector, dims, builder.getDenseI64ArrayAttr({0}),
                                builder.getDenseI64ArrayAttr({length}));
  auto onesType = vector.clone({length - rank});
  mlir::Value ones = tfl::ConstOp::create(
      builder, loc,
      mlir::DenseElementsAttr::get(onesType, mlir::IntegerAttr::get(vector.getElementType(), 1)));
  return tfl::ConcatenationOp::create(builder, loc, vector, mlir::ValueRange{dims, ones},
                                      builder.getI64IntegerAttr(0));
}

/// Where each dim of a Squeeze's or Unsqueeze's ranked `result` comes from
/// in x's dims followed by one 1 (index rank(x): an inserted dim), given the
/// constant `axes`; empty when the axes are not constant or disagree with
/// the ranks. Squeeze without axes removes x's static 1s.
static llvm::SmallVector<int64_t> movedDims(mlir::Value x, mlir::Value axes, mlir::Value result,
                                            bool squeeze) {
  auto input = mlir::dyn_cast<mlir::RankedTensorType>(x.getType());
  auto output = mlir::dyn_cast<mlir::RankedTensorType>(result.getType());
  if (!input || !output)
    return {};
  int64_t rank = input.getRank(), outRank = output.getRank();
  llvm::SmallVector<bool> marked(squeeze ? rank : outRank, false);
  if (isAbsent(axes)) {
    if (!squeeze)
      return {};
    for (int64_t d = 0; d < rank; ++d)
      marked[d] = input.getDimSize(d) == 1;
  } else {
    std::optional<llvm::SmallVector<int64_t>> values = constantInts(axes);
    if (!values)
      return {};
    for (int64_t axis : *values) {
      std::optional<int64_t> d = normalizeAxis(axis, marked.size());
      if (!d || marked[*d])
        return {};
      marked[*d] = true;
    }
  }
  llvm::SmallVector<int64_t> moved;
  for (int64_t d = 0, next = 0; d < static_cast<int64_t>(marked.size()); ++d) {
    if (squeeze && !marked[d])
      moved.push_back(d);
    else if (!squeeze)
      moved.push_back(marked[d] ? rank : next++);
  }
  if (static_cast<int64_t>(moved.size()) != outRank)
    return {};
  return moved;
}

/// A Squeeze (or Unsqueeze) whose result has more than one dim known only at
/// run time, and whose axes say where its dims come from.
static bool hasRunTimeSqueeze(mlir::Value x, mlir::Value axes, mlir::Value result, bool squeeze) {
  return mlir::isa<mlir::RankedTensorType>(result.getType()) && !hasReshapeableType(result) &&
         !movedDims(x, axes, result, squeeze).empty();
}

/// The result's dims at run time: x's dims and a 1, gathered by movedDims.
static mlir::Value movedDimsAtRunTime(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value x,
                                      mlir::Value axes, mlir::Value result, bool squeeze) {
  llvm::SmallVector<int64_t> moved = movedDims(x, axes, result, squeeze);
  int64_t rank = mlir::cast<mlir::RankedTensorType>(x.getType()).getRank();
  auto i32 = builder.getI32Type();
  auto vector = [&](int64_t n) { return mlir::RankedTensorType::get({n}, i32); };
  mlir::Value dims = tfl::ShapeOp::create(builder, loc, vector(rank), x);
  mlir::Value one = tfl::ConstOp::create(
      builder, loc, mlir::DenseElementsAttr::get(vector(1), builder.getI32IntegerAttr(1)));
  mlir::Value dimsAndOne = tfl::ConcatenationOp::create(
      builder, loc, vector(rank + 1), mlir::ValueRange{dims, one}, builder.getI64IntegerAttr(0));
  llvm::SmallVector<int32_t> indices(moved.begin(), moved.end());
  mlir::Value order = tfl::ConstOp::create(
      builder, loc, mlir::DenseElementsAttr::get(vector(indices.size()), llvm::ArrayRef(indices)));
  return tfl::GatherOp::create(builder, loc, vector(indices.size()), dimsAndOne, order,
                               builder.getI64IntegerAttr(0));
}

} // namespace t2t::lowering

namespace {
#include "dialects/conversion/ONNXToTFL/Shape.inc"
} // namespace

void t2t::populateShapeLoweringPatterns(mlir::RewritePatternSet &patterns) {
  populateWithGenerated(patterns);
}
