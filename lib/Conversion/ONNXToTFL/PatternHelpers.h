//===- PatternHelpers.h - Helpers the lowering patterns call ---*- C++ -*-===//
//
// Named helpers that the declarative patterns of dialects/conversion/ONNXToTFL
// call as constraints (bool), attribute and type builders when several
// families need them: axis normalization, scalar constants, shapes of
// intermediate results. A family's own helpers are in its <Family>.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNHELPERS_H
#define T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNHELPERS_H

#include "ConstantOperands.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Value.h"

#include <limits>

namespace t2t::lowering {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

double floatValue(mlir::Attribute attr);
int64_t intValue(mlir::Attribute attr);
/// 1 / a float attribute.
double reciprocal(mlir::Attribute attr);
/// A float attribute within 1e-6 (relative) of `value`.
bool nearlyEqual(mlir::Attribute attr, double value);
/// Selu's alpha and gamma are TensorFlow's fixed constants.
bool isSeluConstants(mlir::Attribute alpha, mlir::Attribute gamma);

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

/// A rank-0 elements attribute of `like`'s element type holding
/// `value * factor` (rounded to the element type).
mlir::DenseElementsAttr scalarLike(mlir::Value like, double value, double factor = 1.0);
/// An all-true constant of `mask`'s (static, i1) type.
mlir::DenseElementsAttr allTrue(mlir::Value mask);

//===----------------------------------------------------------------------===//
// Types and axes
//===----------------------------------------------------------------------===//

/// `value`'s shaped type with `like`'s element type.
mlir::Type withElementTypeOf(mlir::Value value, mlir::Value like);
bool hasStaticShape(mlir::Value value);
/// A ranked float tensor (of rank `rank` unless -1).
bool isRankedFloat(mlir::Value value, int64_t rank = -1);
/// Ranked with at most one dynamic dim: a reshape needs no shape operand.
bool hasReshapeableType(mlir::Value value);
/// An integer axis attribute `axis` of ranked `like`, made non-negative.
mlir::IntegerAttr nonNegativeAxis(mlir::Attribute axis, mlir::Value like);
/// `axis` is in range of ranked `x` and its dim is static.
bool hasStaticAxis(mlir::Value x, mlir::Attribute axis);
/// `axis` is the last of ranked `x` (-1 or rank - 1).
bool isLastAxis(mlir::Attribute axis, mlir::Value x);
/// `axis` is in range of ranked `x` and not the last.
bool isInnerAxis(mlir::Attribute axis, mlir::Value x);
/// The permutation swapping `axis` with the last dim of ranked `x`.
mlir::DenseI64ArrayAttr swapWithLast(mlir::Value x, mlir::Attribute axis);
/// The i32 index type of an arg reduction of `x` over `axis`: without the
/// axis (argReducedType), or with it kept as size 1 (argKeptType).
mlir::Type argReducedType(mlir::Value x, mlir::Attribute axis);
mlir::Type argKeptType(mlir::Value x, mlir::Attribute axis);
/// The i32 constant 0, 1, ..., n-1 along `axis` of an otherwise size-1 shape
/// of `x`'s rank (n = the axis' size): compared with indices kept along the
/// axis, it gives their one-hot mask.
mlir::DenseElementsAttr iotaAlongAxis(mlir::Value x, mlir::Attribute axis);

/// `axis` is in range of ranked `x`.
bool hasAxis(mlir::Value x, mlir::Attribute axis);
/// The type of ranked `x` without dim `axis`, with `like`'s element type.
mlir::Type withoutAxis(mlir::Value x, mlir::Attribute axis, mlir::Value like);
/// The i32 indices n-1, ..., 0 of dim `axis` of `x` (a reversing gather).
mlir::DenseElementsAttr reversedIndices(mlir::Value x, mlir::Attribute axis);
/// The scalar n - 1 (n: dim `axis` of `x`) of `like`'s element type.
mlir::DenseElementsAttr lastIndex(mlir::Value x, mlir::Attribute axis, mlir::Value like);
/// A constant single-element axis operand in range of ranked `x`, and its
/// value made non-negative.
bool hasConstantAxis(mlir::Value axis, mlir::Value x);
mlir::IntegerAttr constantAxis(mlir::Value axis, mlir::Value x);

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

/// The axes of a reduction of ranked `data`, non-negative and sorted; every
/// axis when there are none. The axes are an attribute (absent: null) or, for
/// ReduceSum, an operand (absent, known empty or constant).
mlir::DenseI64ArrayAttr reductionAxes(mlir::Attribute axes, mlir::Value data);
mlir::DenseI64ArrayAttr reductionAxes(mlir::Value axes, mlir::Value data);
bool hasReductionAxes(mlir::Attribute axes, mlir::Value data);
/// ReduceSum's axes operand is absent, known empty or constant, the reduction
/// is not the no-op of empty axes with noop_with_empty_axes, and the axes are
/// in range.
bool isSumOverConstantAxes(mlir::Value axes, mlir::Attribute noop, mlir::Value data);
/// ReduceSum with no axes and noop_with_empty_axes: the identity.
bool isNoopSum(mlir::Value axes, mlir::Attribute noop);
/// ReduceSum's axes known only at run time, 1-D, and either not empty or with
/// noop_with_empty_axes (TensorFlow's Sum over no axes is the identity).
bool isSumOverRuntimeAxes(mlir::Value axes, mlir::Attribute noop);
/// An i64 attribute (ONNX's booleans) as a BoolAttr.
mlir::BoolAttr boolOf(mlir::Attribute attr);

//===----------------------------------------------------------------------===//
// Layout and windows
//===----------------------------------------------------------------------===//

bool hasRank(mlir::Value value, int64_t rank);
/// The rank of ranked `x` as a 0-D constant of `index`'s element type.
mlir::DenseElementsAttr rankLike(mlir::Value x, mlir::Value index);
/// `value`'s NCHW type as NHWC.
mlir::Type nhwcType(mlir::Value value);
/// A 1-D window (conv, pool) over [N, C, L] to [N, C, L'] with at most one
/// dynamic dim each: the 2-D one over [N, C, 1, L] computes it.
bool is1DWindow(mlir::Value x, mlir::Value y);
/// The [N, C, 1, L] type of [N, C, L] `value`.
mlir::Type unitHeightType(mlir::Value value);
/// A 1-D window attribute (null when absent) as the 2-D one over [1, L].
mlir::DenseI64ArrayAttr liftTo2D(mlir::Attribute values, int64_t fill);

//===----------------------------------------------------------------------===//
/// Tile's multiples: the constant repeats, or what the static shapes of
/// `x` and `y` say; null when neither gives one per dimension.
mlir::DenseI64ArrayAttr tileMultiples(mlir::Value repeats, mlir::Value x, mlir::Value y);
/// [N, C/b^2, b, b, H, W] and [N, C, H/b, b, W/b, b] for a static [N, C, H, W] `x`.
mlir::Type crdBlocksType(mlir::Value x, mlir::Attribute blocksize);
mlir::Type spaceBlocksType(mlir::Value x, mlir::Attribute blocksize);
/// ConstantOfShape's result: static `y` filled with `value` (zero when
/// null); null when `value` is not one element of `y`'s element type.
mlir::DenseElementsAttr constantOfShape(mlir::Attribute value, mlir::Value y);
/// BitShift of ranked unsigned x by ranked y of its type.
bool isUnsignedShift(mlir::Value x, mlir::Value y);
/// x shifted by y ("LEFT" or "RIGHT"), as z's type (Elementwise.cpp).
mlir::Value shifted(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value x, mlir::Value y,
                    mlir::Attribute direction, mlir::Value z);
/// Compress: ranked input, a ranked bool condition, a ranked result.
bool isCompress(mlir::Value input, mlir::Value condition, mlir::Value output);
/// The input's elements (or slices along `axis`, when given) where the
/// condition holds (DataMovement.cpp).
mlir::Value compressed(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value input,
                       mlir::Value condition, mlir::Attribute axis, mlir::Value output);
/// Expand(x, shape) to a computed shape: ranked x and y, a 1-D shape of
/// static length, y of the longer rank.
bool hasRunTimeExpand(mlir::Value x, mlir::Value shape, mlir::Value y);
/// Expand's result dims at run time: max(dims(x), shape), both aligned by
/// leading ones (ONNX lets shape hold a 1 where x is larger; TensorFlow's
/// BroadcastTo wants the result's dims).
mlir::Value expandedDims(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value x,
                         mlir::Value shape);
/// TensorFlow Where's [count, rank(x)] int64 index type.
mlir::Type nonZeroIndexType(mlir::Value x);
/// ConstantOfShape's element as a 0-D tensor of `y`'s element type (null
/// when `value` is not one element of it).
mlir::DenseElementsAttr fillScalar(mlir::Attribute value, mlir::Value y);
/// The static 2-D identity of `y`'s type with ones on diagonal `k`.
mlir::DenseElementsAttr eyeLike(mlir::Value y, mlir::Attribute k);
/// The element count of static `x` as `y`'s scalar.
mlir::DenseElementsAttr elementCount(mlir::Value x, mlir::Value y);

//===----------------------------------------------------------------------===//
// Operands
//===----------------------------------------------------------------------===//

/// Dropout keeps every element: inference (training_mode absent or the
/// constant 0) or a constant ratio of 0.
bool keepsEverything(mlir::Value ratio, mlir::Value trainingMode);

} // namespace t2t::lowering

#endif // T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNHELPERS_H
