//===- Elementwise.td - onnx elementwise math -> tfl ---------*- tablegen -*-===//
//
// Elementwise ops broadcast like numpy in ONNX and TensorFlow alike, so they
// map one to one in any layout. Where TensorFlow lacks the op:
//   Xor(a, b)          = a != b on bools
//   Pow(a, b)          with b of another type: b cast to a's
//   Mod(a, b), fmod 0  = FloorMod (the divisor's sign)
//   Mod(a, b), fmod 1  = a - trunc(a / b) b,  trunc(a / b) = floor(|a| / |b|) sign(a) sign(b)
//                        (C's fmod; TensorFlow's TruncateMod has no TensorFlow.js
//                        kernel; FloorDiv of magnitudes is exact for integers)
// Max/Min/Sum/Mean of N inputs are C++ (Elementwise.cpp): a variadic fold.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_ELEMENTWISE
#define T2T_ONNX_TO_TFL_ELEMENTWISE

include "Common.td"

multiclass UnaryFloat<Op src, Op dst> {
  def : Pat<(src TFL_FloatTensor:$x), (dst $x)>;
}
defm LowerSigmoid : UnaryFloat<ONNX_SigmoidOp, TFL_LogisticOp>;
defm LowerTanh : UnaryFloat<ONNX_TanhOp, TFL_TanhOp>;
defm LowerExp : UnaryFloat<ONNX_ExpOp, TFL_ExpOp>;
defm LowerLog : UnaryFloat<ONNX_LogOp, TFL_LogOp>;
defm LowerSqrt : UnaryFloat<ONNX_SqrtOp, TFL_SqrtOp>;
defm LowerSin : UnaryFloat<ONNX_SinOp, TFL_SinOp>;
defm LowerCos : UnaryFloat<ONNX_CosOp, TFL_CosOp>;
defm LowerTan : UnaryFloat<ONNX_TanOp, TFL_TanOp>;
defm LowerAsin : UnaryFloat<ONNX_AsinOp, TFL_AsinOp>;
defm LowerAcos : UnaryFloat<ONNX_AcosOp, TFL_AcosOp>;
defm LowerAtan : UnaryFloat<ONNX_AtanOp, TFL_AtanOp>;
defm LowerSinh : UnaryFloat<ONNX_SinhOp, TFL_SinhOp>;
defm LowerCosh : UnaryFloat<ONNX_CoshOp, TFL_CoshOp>;
defm LowerAsinh : UnaryFloat<ONNX_AsinhOp, TFL_AsinhOp>;
defm LowerAcosh : UnaryFloat<ONNX_AcoshOp, TFL_AcoshOp>;
defm LowerAtanh : UnaryFloat<ONNX_AtanhOp, TFL_AtanhOp>;
defm LowerFloor : UnaryFloat<ONNX_FloorOp, TFL_FloorOp>;
defm LowerCeil : UnaryFloat<ONNX_CeilOp, TFL_CeilOp>;
defm LowerRound : UnaryFloat<ONNX_RoundOp, TFL_RoundOp>;
defm LowerErf : UnaryFloat<ONNX_ErfOp, TFL_ErfOp>;
defm LowerReciprocal : UnaryFloat<ONNX_ReciprocalOp, TFL_ReciprocalOp>;
defm LowerIsNaN : UnaryFloat<ONNX_IsNaNOp, TFL_IsNanOp>;

// Unary ops that also take integers.
multiclass UnaryNumeric<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$x), (dst $x)>;
}
defm LowerAbs : UnaryNumeric<ONNX_AbsOp, TFL_AbsOp>;
defm LowerNeg : UnaryNumeric<ONNX_NegOp, TFL_NegOp>;
defm LowerSign : UnaryNumeric<ONNX_SignOp, TFL_SignOp>;

def LowerNot : Pat<(ONNX_NotOp TFL_BoolTensor:$x), (TFL_LogicalNotOp $x)>;

def LowerAdd : Pat<(ONNX_AddOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
                   (TFL_AddOp $lhs, $rhs, NoFusedActivation), [(SameElementTypes $lhs, $rhs)]>;
def LowerMul : Pat<(ONNX_MulOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
                   (TFL_MulOp $lhs, $rhs, NoFusedActivation), [(SameElementTypes $lhs, $rhs)]>;

// Binary broadcasting ops that map one to one (comparisons included).
multiclass Binary<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs), (dst $lhs, $rhs),
            [(SameElementTypes $lhs, $rhs)]>;
}
defm LowerSub : Binary<ONNX_SubOp, TFL_SubOp>;
defm LowerDiv : Binary<ONNX_DivOp, TFL_DivOp>;
defm LowerPow : Binary<ONNX_PowOp, TFL_PowOp>;
defm LowerEqual : Binary<ONNX_EqualOp, TFL_EqualOp>;
defm LowerLess : Binary<ONNX_LessOp, TFL_LessOp>;
defm LowerLessOrEqual : Binary<ONNX_LessOrEqualOp, TFL_LessEqualOp>;
defm LowerGreater : Binary<ONNX_GreaterOp, TFL_GreaterOp>;
defm LowerGreaterOrEqual : Binary<ONNX_GreaterOrEqualOp, TFL_GreaterEqualOp>;

def LowerPowOfOtherType : Pat<(ONNX_PowOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
    (TFL_PowOp $lhs, (TFL_CastOp $rhs, (returnType (WithElementTypeOf $rhs, $lhs)))),
    [(DifferentElementTypes $lhs, $rhs)]>;

def LowerFloorMod : Pat<(ONNX_ModOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                                    I64AttrIsZero:$fmod),
                        (TFL_FloorModOp $lhs, $rhs)>;
def LowerFMod : Pattern<(ONNX_ModOp:$y TFL_NumericTensor:$a, TFL_NumericTensor:$b, I64AttrIsNonZero:$fmod),
    [(TFL_AbsOp:$absA $a),
     (TFL_FloorDivOp:$magnitude $absA, (TFL_AbsOp $b)),
     (TFL_SignOp:$signA $a),
     (TFL_SubOp $a, (TFL_MulOp (TFL_MulOp $magnitude, (TFL_MulOp $signA, (TFL_SignOp $b), NoFusedActivation),
                                          NoFusedActivation),
                               $b, NoFusedActivation))],
    [(SameElementTypes $a, $b), (IsRanked $a), (IsRanked $b)]>;

def LowerBoolEqual : Pat<(ONNX_EqualOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs),
                         (TFL_EqualOp $lhs, $rhs)>;
def LowerAnd : Pat<(ONNX_AndOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_LogicalAndOp $lhs, $rhs)>;
def LowerOr : Pat<(ONNX_OrOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_LogicalOrOp $lhs, $rhs)>;
def LowerXor : Pat<(ONNX_XorOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_NotEqualOp $lhs, $rhs)>;

def LowerWhere : Pat<(ONNX_WhereOp TFL_BoolTensor:$condition, $x, $y),
                     (TFL_SelectV2Op $condition, $x, $y), [(SameElementTypes $x, $y)]>;

// Cast between numeric and bool types TensorFlow has (a bool to bool, as
// exporters write before an If, is its input); CastLike casts to the element
// type of its second operand: the result's.
def LowerCastToSameType : Pat<(ONNX_CastOp:$result $x, $to), (replaceWithValue $x),
                              [(SameTypes $x, $result)], [], (addBenefit 1)>;
def LowerCast : Pat<(ONNX_CastOp:$result TFL_NumericOrBoolTensor:$x, $to), (TFL_CastOp $x),
                    [(IsRanked $result)]>;
def LowerCastLike : Pat<(ONNX_CastLikeOp:$result TFL_NumericTensor:$x, TFL_NumericTensor:$like),
                        (TFL_CastOp $x), [(IsRanked $result)]>;

// BitShift of unsigned integers: x * 2^y or floor(x / 2^y), 2^y gathered
// from a table of x's type (TensorFlow.js has no bit shifts).
def IsUnsignedShift : Constraint<CPred<"::t2t::lowering::isUnsignedShift($0, $1)">,
                                 "ranked unsigned integers of one type">;
def Shifted : NativeCodeCall<"::t2t::lowering::shifted($_builder, $_loc, $0, $1, $2, $3)">;
def LowerBitShift : Pat<(ONNX_BitShiftOp:$z $x, $y, $direction), (Shifted $x, $y, $direction, $z),
                        [(IsUnsignedShift $x, $y), (IsRanked $z)]>;

#endif // T2T_ONNX_TO_TFL_ELEMENTWISE
