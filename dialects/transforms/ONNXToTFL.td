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
def IsRanked : Constraint<CPred<"::llvm::isa<::mlir::RankedTensorType>($0.getType())">,
                          "a ranked result">;

// Constants in the `value` form (the importer's and ONNX's usual one).
def : Pat<(ONNX_ConstantOp $sparse_value, ElementsAttr:$value, $value_float, $value_floats,
                           $value_int, $value_ints, $value_string, $value_strings),
          (TFL_ConstOp $value)>;

def : Pat<(ONNX_ReluOp TFL_FloatTensor:$x), (TFL_ReluOp $x)>;

def : Pat<(ONNX_AddOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_AddOp $lhs, $rhs, NoFusedActivation)>;

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
defm : UnaryFloat<ONNX_NegOp, TFL_NegOp>;

// Binary broadcasting ops that map one to one.
multiclass Binary<Op src, Op dst> {
  def : Pat<(src TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs), (dst $lhs, $rhs)>;
}
defm : Binary<ONNX_SubOp, TFL_SubOp>;
defm : Binary<ONNX_DivOp, TFL_DivOp>;
defm : Binary<ONNX_PowOp, TFL_PowOp>;

def : Pat<(ONNX_LeakyReluOp TFL_FloatTensor:$x, $alpha), (TFL_LeakyReluOp $x, $alpha)>;

// Softmax over the last dimension (ONNX's default axis, -1, since opset 13).
def IsLastAxis : Constraint<
    CPred<"::llvm::isa<::mlir::RankedTensorType>($1.getType()) && "
          "($0.getInt() == -1 || $0.getInt() == "
          "::llvm::cast<::mlir::RankedTensorType>($1.getType()).getRank() - 1)">,
    "the last axis">;
def : Pat<(ONNX_SoftmaxOp TFL_FloatTensor:$x, $axis),
          (TFL_SoftmaxOp $x, ConstantAttr<F32Attr, "1.0">), [(IsLastAxis $axis, $x)]>;

// Cast between numeric types TensorFlow has.
def : Pat<(ONNX_CastOp:$result TFL_NumericTensor:$x, $to), (TFL_CastOp $x),
          [(IsRanked $result)]>;

def : Pat<(ONNX_MulOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_MulOp $lhs, $rhs, NoFusedActivation)>;

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

// Identity is its input.
def : Pat<(ONNX_IdentityOp $x), (replaceWithValue $x)>;

// Concat's axis, made non-negative (ONNX allows -rank..rank-1).
def NormalizedAxis : NativeCodeCall<
    "$_builder.getI64IntegerAttr($0.getInt() < 0 ? $0.getInt() + "
    "::llvm::cast<::mlir::RankedTensorType>($1.getType()).getRank() : $0.getInt())">;
def : Pat<(ONNX_ConcatOp:$result $values, $axis),
          (TFL_ConcatenationOp $values, (NormalizedAxis $axis, $result)),
          [(IsRanked $result)]>;

#endif // T2T_ONNX_TO_TFL
