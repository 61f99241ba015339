//===- Common.td - What every onnx -> tfl pattern file uses --*- tablegen -*-===//
//
// Constraints and native calls shared by the op families' pattern files. The
// arithmetic behind a call is a named C++ helper in
// lib/Conversion/ONNXToTFL/PatternHelpers.h.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_COMMON
#define T2T_ONNX_TO_TFL_COMMON

include "mlir/IR/PatternBase.td"
include "ONNXOps.td"
include "TFLOps.td"

def NoFusedActivation : ConstantStrAttr<StrAttr, "NONE">;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

def IsRanked : Constraint<CPred<"::llvm::isa<::mlir::RankedTensorType>($0.getType())">,
                          "a ranked result">;
def SameTypes : Constraint<CPred<"$0.getType() == $1.getType()">, "the same type">;
def SameElementTypes : Constraint<
    CPred<"::mlir::getElementTypeOrSelf($0.getType()) == ::mlir::getElementTypeOrSelf($1.getType())">,
    "operands of one element type">;
def DifferentElementTypes : Constraint<Neg<SameElementTypes.predicate>, "different element types">;
def Broadcastable : Constraint<
    CPred<"::mlir::OpTrait::util::getBroadcastedType($0.getType(), $1.getType()) != nullptr">,
    "operands that broadcast">;
// $0's shaped type with $1's element type.
def WithElementTypeOf : NativeCodeCall<"::t2t::lowering::withElementTypeOf($0, $1)">;
// An axis attribute $0 of ranked $1, made non-negative.
def NonNegativeAxis : NativeCodeCall<"::t2t::lowering::nonNegativeAxis($0, $1)">;
def HasStaticAxis : Constraint<CPred<"::t2t::lowering::hasStaticAxis($0, $1)">,
                               "a ranked input with a static axis in range">;
def HasAxis : Constraint<CPred<"::t2t::lowering::hasAxis($0, $1)">, "an axis in range of a ranked input">;
// Reduction axes $0 (an attribute, or an operand) of ranked $1, non-negative
// and sorted; every axis when there are none.
def ReductionAxes : NativeCodeCall<"::t2t::lowering::reductionAxes($0, $1)">;
def HasReductionAxes : Constraint<CPred<"::t2t::lowering::hasReductionAxes($0, $1)">,
                                  "axes in range of a ranked input">;
def HasStaticShape : Constraint<CPred<"::t2t::lowering::hasStaticShape($0)">, "a static shape">;
def TFL_F32Tensor : TensorOf<[F32]>;
def IsNone : Constraint<CPred<"::llvm::isa<::mlir::NoneType>($0.getType())">, "an absent operand">;
def IsPresent : Constraint<Neg<IsNone.predicate>, "a present operand">;
def HasNoUses : Constraint<CPred<"$0.use_empty()">, "unused">;
def HasUses : Constraint<Neg<HasNoUses.predicate>, "used">;

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

// A float attribute equal to `value` within float precision.
class F32AttrIs<string value> : AttrConstraint<
    CPred<"::t2t::lowering::nearlyEqual($_self, " # value # ")">, "equal to " # value>;
class F32AttrIsNot<string value> : AttrConstraint<
    Neg<F32AttrIs<value>.predicate>, "other than " # value>;
// An ONNX boolean (an i64 attribute) as a BoolAttr.
def BoolOf : NativeCodeCall<"::t2t::lowering::boolOf($0)">;
def I64AttrIsZero : AttrConstraint<CPred<"::t2t::lowering::intValue($_self) == 0">, "the value 0">;
def I64AttrIsNonZero : AttrConstraint<CPred<"::t2t::lowering::intValue($_self) != 0">,
                                      "a value other than 0">;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

// A rank-0 elements attribute of $0's element type holding `value`
// (ScalarLike), a float attribute $1 times `factor` (AttrScalarLike) or its
// reciprocal (ReciprocalAttrScalarLike), for a tfl.const.
class ScalarLike<string value> : NativeCodeCall<"::t2t::lowering::scalarLike($0, " # value # ")">;
class AttrScalarLike<string factor = "1.0"> :
    NativeCodeCall<"::t2t::lowering::scalarLike($0, ::t2t::lowering::floatValue($1), " # factor # ")">;
def ReciprocalAttrScalarLike :
    NativeCodeCall<"::t2t::lowering::scalarLike($0, ::t2t::lowering::reciprocal($1))">;

// A constant operand: its single value equal to `value`.
class ConstantScalarIs<string value> : Constraint<
    CPred<"::t2t::constantScalar($0) == " # value>, "the constant " # value>;

//===----------------------------------------------------------------------===//
// Layout
//===----------------------------------------------------------------------===//

// The permutations between ONNX's NCHW and TensorFlow's NHWC.
def ToNHWC : ConstantAttr<DenseI64ArrayAttr, "{0, 2, 3, 1}">;
def ToNCHW : ConstantAttr<DenseI64ArrayAttr, "{0, 3, 1, 2}">;

def IsRank4 : Constraint<CPred<"::t2t::lowering::hasRank($0, 4)">, "a 4-D tensor">;
// The NHWC type of an NCHW value.
def NHWCType : NativeCodeCall<"::t2t::lowering::nhwcType($0)">;
def Valid : ConstantStrAttr<StrAttr, "VALID">;
def TypeOf : NativeCodeCall<"$0.getType()">;

// 1-D windows as 2-D ones over height 1: [N, C, L] -> [N, C, 1, L], and a
// window attribute gaining a leading `fill` (pads [b, e] -> [fill, b, fill, e]).
def UnitHeightType : NativeCodeCall<"::t2t::lowering::unitHeightType($0)">;
class LiftTo2D<string fill> : NativeCodeCall<"::t2t::lowering::liftTo2D($0, " # fill # ")">;

#endif // T2T_ONNX_TO_TFL_COMMON
