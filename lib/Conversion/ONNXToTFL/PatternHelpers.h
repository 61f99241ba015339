//===- PatternHelpers.h - The arithmetic the lowering patterns call -*- C++ -*-===//
//
// Named helpers that the declarative patterns of dialects/conversion/ONNXToTFL
// call as constraints (bool), attribute and type builders: axis
// normalization, scalar constants, shapes of intermediate results. A pattern
// file says which tfl ops an ONNX op becomes; the numbers come from here.
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
// Normalization
//===----------------------------------------------------------------------===//

/// A ranked float tensor (of rank `rank` unless -1).
bool isRankedFloat(mlir::Value value, int64_t rank = -1);
/// BatchNormalization of an f32 input with static channels, in inference
/// mode (training_mode 0, no running statistics asked for).
bool isInferenceBatchNorm(mlir::Value x, mlir::Attribute trainingMode, mlir::Value runningMean,
                          mlir::Value runningVar);
/// `a` and `b` are constant [C] vectors for input `x`.
bool areConstantChannelVectors(mlir::Value x, mlir::Value a, mlir::Value b);
/// s = scale / sqrt(var + eps) and t = bias - mean * s as [1, C, 1, ...]
/// constants, computed in double precision.
mlir::DenseElementsAttr batchNormScale(mlir::Value x, mlir::Value scale, mlir::Value var,
                                       mlir::Attribute epsilon);
mlir::DenseElementsAttr batchNormOffset(mlir::Value x, mlir::Value scale, mlir::Value bias,
                                        mlir::Value mean, mlir::Value var, mlir::Attribute epsilon);
/// The [C, 1, ..., 1] type of a [C] `parameter` of an [N, C, D1, ...] input
/// `x`, which broadcasts over it.
mlir::Type perChannelType(mlir::Value parameter, mlir::Value x);
/// A ranked float [N, C, D...] input with static C, and [C] scale and bias.
bool hasChannelParameters(mlir::Value x, mlir::Value scale, mlir::Value bias);
/// `parameter` (absent counts) broadcasts to `x`'s shape without growing it.
bool broadcastsTo(mlir::Value parameter, mlir::Value x);
/// The axes axis..rank-1 and 2..rank-1 of ranked `x`.
mlir::DenseI64ArrayAttr axesFrom(mlir::Attribute axis, mlir::Value x);
mlir::DenseI64ArrayAttr spatialAxes(mlir::Value x);
/// `x`'s type with `axes` kept as size 1 (a keep_dims reduction).
mlir::Type keptAxesType(mlir::Value x, mlir::DenseI64ArrayAttr axes);
/// TensorFlow's LRN depth_radius (size - 1) / 2 and alpha / size.
mlir::IntegerAttr lrnRadius(mlir::Attribute size);
mlir::FloatAttr lrnAlpha(mlir::Attribute alpha, mlir::Attribute size);

//===----------------------------------------------------------------------===//
// Layout and windows
//===----------------------------------------------------------------------===//

bool hasRank(mlir::Value value, int64_t rank);
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
// Data movement
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
/// The static 2-D identity of `y`'s type with ones on diagonal `k`.
mlir::DenseElementsAttr eyeLike(mlir::Value y, mlir::Attribute k);
/// The element count of static `x` as `y`'s scalar.
mlir::DenseElementsAttr elementCount(mlir::Value x, mlir::Value y);

//===----------------------------------------------------------------------===//
// Gemm
//===----------------------------------------------------------------------===//

/// fully_connected(a, b, bias) computes Gemm or MatMul: 2-D float operands, a
/// static B ([out, in] when `transB` is set) and a bias that is absent or 1-D
/// of the output size.
bool fitsFullyConnected(mlir::Value a, mlir::Value b, mlir::Attribute transB, mlir::Value bias);
bool fitsFullyConnected(mlir::Value a, mlir::Value b);
/// Gemm with alpha = beta = 1 and no transA.
bool isPlainGemm(mlir::Attribute alpha, mlir::Attribute beta, mlir::Attribute transA);
/// Zeros for the outputs of B ([in, out], or [out, in] with `transB`) of
/// `a`'s element type.
mlir::DenseElementsAttr zeroBias(mlir::Value a, mlir::Value b, mlir::Attribute transB = {});
/// `x` times a scalar constant `factor`, unless the factor is 1.
mlir::Value scaledBy(mlir::OpBuilder &builder, mlir::Location loc, mlir::Value x,
                     mlir::Attribute factor);
/// Gemm's C term counts: C present and beta other than 0.
bool hasCTerm(mlir::Value c, mlir::Attribute beta);
/// Operands of rank 2 or more and one element type.
bool isBatchMatMul(mlir::Value a, mlir::Value b);
/// An Einsum equation made explicit ("ij,jk->ik"); null with an ellipsis.
mlir::StringAttr explicitEquation(mlir::Attribute equation);

//===----------------------------------------------------------------------===//
// Operands
//===----------------------------------------------------------------------===//

/// Dropout keeps every element: inference (training_mode absent or the
/// constant 0) or a constant ratio of 0.
bool keepsEverything(mlir::Value ratio, mlir::Value trainingMode);

} // namespace t2t::lowering

#endif // T2T_LIB_CONVERSION_ONNXTOTFL_PATTERNHELPERS_H
