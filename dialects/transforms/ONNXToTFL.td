//===- ONNXToTFL.td - onnx -> tfl lowering patterns ---------*- tablegen -*-===//
//
// Layout-agnostic ops map one to one. Layout-sensitive ops (Conv, pools, ...)
// are lowered between NCHW<->NHWC transposes that the layout passes remove.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL
#define T2T_ONNX_TO_TFL

include "mlir/IR/PatternBase.td"
include "ONNXOps.td"
include "TFLOps.td"

def NoFusedActivation : ConstantStrAttr<StrAttr, "NONE">;
def SameElementTypes : Constraint<
    CPred<"::mlir::getElementTypeOrSelf($0.getType()) == ::mlir::getElementTypeOrSelf($1.getType())">,
    "operands of one element type">;
def IsRanked : Constraint<CPred<"::llvm::isa<::mlir::RankedTensorType>($0.getType())">,
                          "a ranked result">;

// Constants in the `value` form (the importer's and ONNX's usual one).
def : Pat<(ONNX_ConstantOp $sparse_value, ElementsAttr:$value, $value_float, $value_floats,
                           $value_int, $value_ints, $value_string, $value_strings),
          (TFL_ConstOp $value)>;

// The scalar and list forms (value_float, value_int, value_floats,
// value_ints) as elements (onnx::constantElements).
def FoldedElements : NativeCodeCall<
    "::t2t::onnx::constantElements($0.getDefiningOp<::t2t::onnx::ConstantOp>())">;
def HasFoldedElements : Constraint<CPred<
    "static_cast<bool>(::t2t::onnx::constantElements("
    "$0.getDefiningOp<::t2t::onnx::ConstantOp>()))">,
    "a numeric value_float, value_int, value_floats or value_ints">;
def : Pat<(ONNX_ConstantOp:$constant $sparse_value, $value, $value_float, $value_floats,
                                     $value_int, $value_ints, $value_string, $value_strings),
          (TFL_ConstOp (FoldedElements $constant)), [(HasFoldedElements $constant)]>;

def : Pat<(ONNX_ReluOp TFL_FloatTensor:$x), (TFL_ReluOp $x)>;

def : Pat<(ONNX_AddOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_AddOp $lhs, $rhs, NoFusedActivation), [(SameElementTypes $lhs, $rhs)]>;

// Unary float ops that map one to one.
multiclass UnaryFloat<Op src, Op dst> {
  def : Pat<(src TFL_FloatTensor:$x), (dst $x)>;
}
defm : UnaryFloat<ONNX_SigmoidOp, TFL_LogisticOp>;
defm : UnaryFloat<ONNX_TanhOp, TFL_TanhOp>;
defm : UnaryFloat<ONNX_ExpOp, TFL_ExpOp>;
defm : UnaryFloat<ONNX_LogOp, TFL_LogOp>;
defm : UnaryFloat<ONNX_SqrtOp, TFL_SqrtOp>;
defm : UnaryFloat<ONNX_AbsOp, TFL_AbsOp>;
defm : UnaryFloat<ONNX_SinOp, TFL_SinOp>;
defm : UnaryFloat<ONNX_CosOp, TFL_CosOp>;
defm : UnaryFloat<ONNX_TanOp, TFL_TanOp>;
defm : UnaryFloat<ONNX_AsinOp, TFL_AsinOp>;
defm : UnaryFloat<ONNX_AcosOp, TFL_AcosOp>;
defm : UnaryFloat<ONNX_AtanOp, TFL_AtanOp>;
defm : UnaryFloat<ONNX_SinhOp, TFL_SinhOp>;
defm : UnaryFloat<ONNX_CoshOp, TFL_CoshOp>;
defm : UnaryFloat<ONNX_AsinhOp, TFL_AsinhOp>;
defm : UnaryFloat<ONNX_AcoshOp, TFL_AcoshOp>;
defm : UnaryFloat<ONNX_AtanhOp, TFL_AtanhOp>;
defm : UnaryFloat<ONNX_FloorOp, TFL_FloorOp>;
defm : UnaryFloat<ONNX_CeilOp, TFL_CeilOp>;
defm : UnaryFloat<ONNX_RoundOp, TFL_RoundOp>;
defm : UnaryFloat<ONNX_ErfOp, TFL_ErfOp>;
defm : UnaryFloat<ONNX_ReciprocalOp, TFL_ReciprocalOp>;
defm : UnaryFloat<ONNX_SoftplusOp, TFL_SoftplusOp>;
defm : UnaryFloat<ONNX_HardSwishOp, TFL_HardSwishOp>;
defm : UnaryFloat<ONNX_IsNaNOp, TFL_IsNanOp>;

// Unary ops that also take integers.
multiclass UnaryNumeric<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$x), (dst $x)>;
}
defm : UnaryNumeric<ONNX_AbsOp, TFL_AbsOp>;
defm : UnaryNumeric<ONNX_NegOp, TFL_NegOp>;
defm : UnaryNumeric<ONNX_SignOp, TFL_SignOp>;

def : Pat<(ONNX_NotOp TFL_BoolTensor:$x), (TFL_LogicalNotOp $x)>;

// TensorFlow's Elu and Selu have fixed constants: ONNX's defaults.
class F32AttrIs<string value> : AttrConstraint<
    CPred<"::std::abs(::llvm::cast<::mlir::FloatAttr>($_self).getValueAsDouble() - " # value #
          ") <= 1e-6 * ::std::abs(" # value # ")">, "equal to " # value>;
def : Pat<(ONNX_EluOp TFL_FloatTensor:$x, F32AttrIs<"1.0">:$alpha), (TFL_EluOp $x)>;
def : Pat<(ONNX_SeluOp TFL_FloatTensor:$x, F32AttrIs<"1.6732632423543772">:$alpha,
                       F32AttrIs<"1.0507009873554805">:$gamma),
          (TFL_SeluOp $x)>;
// IsInf detecting both signs.
def : Pat<(ONNX_IsInfOp TFL_FloatTensor:$x, ConstantAttr<ONNX_I64Attr, "1">,
                        ConstantAttr<ONNX_I64Attr, "1">),
          (TFL_IsInfOp $x)>;


// Binary broadcasting ops that map one to one.
multiclass Binary<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs), (dst $lhs, $rhs),
            [(SameElementTypes $lhs, $rhs)]>;
}
defm : Binary<ONNX_SubOp, TFL_SubOp>;
defm : Binary<ONNX_DivOp, TFL_DivOp>;
defm : Binary<ONNX_PowOp, TFL_PowOp>;
// ONNX Pow may raise to an exponent of another type: it is cast to the base's.
def CastToTypeOf : NativeCodeCall<
    "::t2t::tfl::CastOp::create($_builder, $_loc, ::llvm::cast<::mlir::ShapedType>($0.getType())"
    ".clone(::mlir::getElementTypeOrSelf($1.getType())), $0)">;
def DifferentElementTypes : Constraint<Neg<SameElementTypes.predicate>, "different element types">;
def : Pat<(ONNX_PowOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_PowOp $lhs, (CastToTypeOf $rhs, $lhs)), [(DifferentElementTypes $lhs, $rhs)]>;
// Integer Mod takes the divisor's sign, as FloorMod does (fmod = 0).
def : Pat<(ONNX_ModOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                      ConstantAttr<ONNX_I64Attr, "0">),
          (TFL_FloorModOp $lhs, $rhs)>;

multiclass Comparison<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs), (dst $lhs, $rhs),
            [(SameElementTypes $lhs, $rhs)]>;
}
defm : Comparison<ONNX_EqualOp, TFL_EqualOp>;
defm : Comparison<ONNX_LessOp, TFL_LessOp>;
defm : Comparison<ONNX_LessOrEqualOp, TFL_LessEqualOp>;
defm : Comparison<ONNX_GreaterOp, TFL_GreaterOp>;
defm : Comparison<ONNX_GreaterOrEqualOp, TFL_GreaterEqualOp>;
def : Pat<(ONNX_EqualOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_EqualOp $lhs, $rhs)>;

def : Pat<(ONNX_AndOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_LogicalAndOp $lhs, $rhs)>;
def : Pat<(ONNX_OrOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_LogicalOrOp $lhs, $rhs)>;
// a xor b is a != b on bools (TensorFlow has no LogicalXor).
def : Pat<(ONNX_XorOp TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs), (TFL_NotEqualOp $lhs, $rhs)>;

def : Pat<(ONNX_WhereOp TFL_BoolTensor:$condition, $x, $y), (TFL_SelectV2Op $condition, $x, $y),
          [(SameElementTypes $x, $y)]>;

// (Only when the slope broadcasts: opset 6 and older meant a [C] slope
// per channel, which ONNX's version converter leaves as it is.)
def Broadcastable : Constraint<
    CPred<"::mlir::OpTrait::util::getBroadcastedType($0.getType(), $1.getType()) != nullptr">,
    "operands that broadcast">;
def : Pat<(ONNX_PReluOp TFL_FloatTensor:$x, TFL_FloatTensor:$slope), (TFL_PReluOp $x, $slope),
          [(Broadcastable $x, $slope)]>;

def : Pat<(ONNX_LeakyReluOp TFL_FloatTensor:$x, $alpha), (TFL_LeakyReluOp $x, $alpha)>;

// Softmax over the last dimension (ONNX's default axis, -1, since opset 13).
def IsLastAxis : Constraint<
    CPred<"::llvm::isa<::mlir::RankedTensorType>($1.getType()) && "
          "($0.getInt() == -1 || $0.getInt() == "
          "::llvm::cast<::mlir::RankedTensorType>($1.getType()).getRank() - 1)">,
    "the last axis">;
def : Pat<(ONNX_SoftmaxOp TFL_FloatTensor:$x, $axis),
          (TFL_SoftmaxOp $x, ConstantAttr<F32Attr, "1.0">), [(IsLastAxis $axis, $x)]>;
def : Pat<(ONNX_LogSoftmaxOp TFL_FloatTensor:$x, $axis), (TFL_LogSoftmaxOp $x),
          [(IsLastAxis $axis, $x)]>;

// Cast between numeric types TensorFlow has.
def : Pat<(ONNX_CastOp:$result TFL_NumericTensor:$x, $to), (TFL_CastOp $x),
          [(IsRanked $result)]>;
// CastLike casts to the element type of its second operand: the result's.
def : Pat<(ONNX_CastLikeOp:$result TFL_NumericTensor:$x, TFL_NumericTensor:$like), (TFL_CastOp $x),
          [(IsRanked $result)]>;

def : Pat<(ONNX_MulOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_MulOp $lhs, $rhs, NoFusedActivation), [(SameElementTypes $lhs, $rhs)]>;

// Reshapes whose result type is fully known but for at most the batch: the
// element order is unchanged, only the type. The shape operand is then
// redundant (its value is what ONNX shape inference used for the type).
def HasReshapeableType : Constraint<
    CPred<"::llvm::isa<::mlir::RankedTensorType>($0.getType()) && "
          "::llvm::count_if(::llvm::cast<::mlir::RankedTensorType>($0.getType()).getShape(), "
          "::mlir::ShapedType::isDynamic) <= 1">,
    "a ranked result with at most one dynamic dim">;

def : Pat<(ONNX_FlattenOp:$result $x, $axis), (TFL_ReshapeOp $x),
          [(HasReshapeableType $result)]>;
def : Pat<(ONNX_ReshapeOp:$result $x, $shape, $allowzero), (TFL_ReshapeOp $x),
          [(HasReshapeableType $result)]>;

// Squeeze and Unsqueeze only change the type: reshapes.
def : Pat<(ONNX_SqueezeOp:$result $x, $axes), (TFL_ReshapeOp $x),
          [(HasReshapeableType $result)]>;
def : Pat<(ONNX_UnsqueezeOp:$result $x, $axes), (TFL_ReshapeOp $x),
          [(HasReshapeableType $result)]>;

// Transpose with an explicit permutation (ONNX's default reverses the dims).
def : Pat<(ONNX_TransposeOp:$result $x, DenseI64ArrayAttr:$perm), (TFL_TransposeOp $x, $perm),
          [(IsRanked $result)]>;

// Identity is its input (when it does not change the type).
def SameTypes : Constraint<CPred<"$0.getType() == $1.getType()">, "the same type">;
def : Pat<(ONNX_IdentityOp:$result $x), (replaceWithValue $x), [(SameTypes $x, $result)]>;

// Inference Dropout is the identity when its mask is unused (an absent
// training_mode means inference).
def HasNoUses : Constraint<CPred<"$0.use_empty()">, "unused">;
def IsNone : Constraint<CPred<"::llvm::isa<::mlir::NoneType>($0.getType())">, "absent">;
def : Pattern<(ONNX_DropoutOp:$results $x, $ratio, $training_mode, $seed),
              [(replaceWithValue $x), (replaceWithValue $x)],
              [(HasNoUses $results__1), (IsNone $training_mode)]>;

// Concat's axis, made non-negative (ONNX allows -rank..rank-1).
def NormalizedAxis : NativeCodeCall<
    "$_builder.getI64IntegerAttr($0.getInt() < 0 ? $0.getInt() + "
    "::llvm::cast<::mlir::RankedTensorType>($1.getType()).getRank() : $0.getInt())">;
def : Pat<(ONNX_ConcatOp:$result $values, $axis),
          (TFL_ConcatenationOp $values, (NormalizedAxis $axis, $result)),
          [(IsRanked $result)]>;

// Range with start, limit and delta of one numeric type (TensorFlow's
// Range computes the same count, ceil((limit - start) / delta)).
def : Pat<(ONNX_RangeOp:$result TFL_NumericTensor:$start, TFL_NumericTensor:$limit,
                        TFL_NumericTensor:$delta),
          (TFL_RangeOp $start, $limit, $delta),
          [(IsRanked $result), (SameElementTypes $start, $limit),
           (SameElementTypes $start, $delta)]>;

#endif // T2T_ONNX_TO_TFL
