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

// Constants in the `value` form (the importer's and ONNX's usual one).
def : Pat<(ONNX_ConstantOp $sparse_value, ElementsAttr:$value, $value_float, $value_floats,
                           $value_int, $value_ints, $value_string, $value_strings),
          (TFL_ConstOp $value)>;

def : Pat<(ONNX_ReluOp TFL_FloatTensor:$x), (TFL_ReluOp $x)>;

def : Pat<(ONNX_AddOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_AddOp $lhs, $rhs, NoFusedActivation)>;

def : Pat<(ONNX_SigmoidOp TFL_FloatTensor:$x), (TFL_LogisticOp $x)>;

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

// Identity is its input.
def : Pat<(ONNX_IdentityOp $x), (replaceWithValue $x)>;

// Concat's axis, made non-negative (ONNX allows -rank..rank-1).
def NormalizedAxis : NativeCodeCall<
    "$_builder.getI64IntegerAttr($0.getInt() < 0 ? $0.getInt() + "
    "::llvm::cast<::mlir::RankedTensorType>($1.getType()).getRank() : $0.getInt())">;
def IsRanked : Constraint<CPred<"::llvm::isa<::mlir::RankedTensorType>($0.getType())">,
                          "a ranked result">;
def : Pat<(ONNX_ConcatOp:$result $values, $axis),
          (TFL_ConcatenationOp $values, (NormalizedAxis $axis, $result)),
          [(IsRanked $result)]>;

#endif // T2T_ONNX_TO_TFL
