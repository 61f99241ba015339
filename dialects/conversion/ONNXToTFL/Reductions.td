//===- Reductions.td - onnx reductions -> tfl ----------------*- tablegen -*-===//
//
// Axes are made non-negative and sorted; absent axes mean every axis. At
// opset 17 ReduceSum takes its axes as an input: constant, or known only at
// run time (TensorFlow's Sum takes them as a tensor), and with
// noop_with_empty_axes an empty list makes it the identity. The composite
// reductions are sums between elementwise ops:
//   L1 = sum |x|, L2 = sqrt(sum x^2), SumSquare = sum x^2,
//   LogSum = log(sum x), LogSumExp = log(sum e^x).
// ArgMax/ArgMin give the first extreme index (TensorFlow's); the last one
// (select_last_index) is the first one of the data reversed along the axis
// (a gather), counted from the end: n - 1 - arg(reverse(x)). keepdims keeps
// the axis as size 1 through a reshape.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_REDUCTIONS
#define T2T_ONNX_TO_TFL_REDUCTIONS

include "Common.td"


multiclass Reduction<Op src, Op dst> {
  def : Pat<(src:$y $data, $axes, $keepdims),
            (dst $data, (ReductionAxes $axes, $data), (BoolOf $keepdims)),
            [(IsRanked $y), (HasReductionAxes $axes, $data)]>;
}
defm LowerReduceMean : Reduction<ONNX_ReduceMeanOp, TFL_MeanOp>;
defm LowerReduceMax : Reduction<ONNX_ReduceMaxOp, TFL_ReduceMaxOp>;
defm LowerReduceMin : Reduction<ONNX_ReduceMinOp, TFL_ReduceMinOp>;
defm LowerReduceProd : Reduction<ONNX_ReduceProdOp, TFL_ReduceProdOp>;

// sum(pre(x)).
multiclass SumOf<Op src, Op pre> {
  def : Pat<(src:$y TFL_FloatTensor:$data, $axes, $keepdims),
            (TFL_SumOp (pre $data), (ReductionAxes $axes, $data), (BoolOf $keepdims)),
            [(IsRanked $y), (HasReductionAxes $axes, $data)]>;
}
defm LowerReduceL1 : SumOf<ONNX_ReduceL1Op, TFL_AbsOp>;
defm LowerReduceSumSquare : SumOf<ONNX_ReduceSumSquareOp, TFL_SquareOp>;

// post(sum(x)) and post(sum(pre(x))).
def LowerReduceL2 : Pat<(ONNX_ReduceL2Op:$y TFL_FloatTensor:$data, $axes, $keepdims),
    (TFL_SqrtOp (TFL_SumOp (TFL_SquareOp $data), (ReductionAxes $axes, $data), (BoolOf $keepdims),
                           (returnType $y))),
    [(IsRanked $y), (HasReductionAxes $axes, $data)]>;
def LowerReduceLogSum : Pat<(ONNX_ReduceLogSumOp:$y TFL_FloatTensor:$data, $axes, $keepdims),
    (TFL_LogOp (TFL_SumOp $data, (ReductionAxes $axes, $data), (BoolOf $keepdims), (returnType $y))),
    [(IsRanked $y), (HasReductionAxes $axes, $data)]>;
def LowerReduceLogSumExp : Pat<(ONNX_ReduceLogSumExpOp:$y TFL_FloatTensor:$data, $axes, $keepdims),
    (TFL_LogOp (TFL_SumOp (TFL_ExpOp $data), (ReductionAxes $axes, $data), (BoolOf $keepdims),
                          (returnType $y))),
    [(IsRanked $y), (HasReductionAxes $axes, $data)]>;

// ReduceSum's axes input: a constant (or absent) list, unless empty with
// noop_with_empty_axes (the identity); or known only at run time, when an
// empty list would sum nothing in TensorFlow, which is ONNX's meaning only
// with noop_with_empty_axes (or when the list cannot be empty).
def IsSumOverConstantAxes : Constraint<CPred<"::t2t::lowering::isSumOverConstantAxes($0, $1, $2)">,
                                       "constant axes in range">;
def IsNoopSum : Constraint<CPred<"::t2t::lowering::isNoopSum($0, $1)">,
                           "empty axes with noop_with_empty_axes">;
def IsSumOverRuntimeAxes : Constraint<CPred<"::t2t::lowering::isSumOverRuntimeAxes($0, $1)">,
                                      "run-time 1-D axes that cannot be empty">;
def LowerReduceSum : Pat<(ONNX_ReduceSumOp:$y $data, $axes, $keepdims, $noop),
    (TFL_SumOp $data, (ReductionAxes $axes, $data), (BoolOf $keepdims)),
    [(IsRanked $y), (IsSumOverConstantAxes $axes, $noop, $data)]>;
def LowerReduceSumNoop : Pat<(ONNX_ReduceSumOp:$y $data, $axes, $keepdims, $noop),
                             (replaceWithValue $data), [(IsNoopSum $axes, $noop), (SameTypes $data, $y)]>;
def LowerReduceSumRuntimeAxes : Pat<(ONNX_ReduceSumOp:$y $data, $axes, $keepdims, $noop),
    (TFL_SumByOperandOp $data, $axes, (BoolOf $keepdims)),
    [(IsRanked $y), (IsSumOverRuntimeAxes $axes, $noop)]>;

// The type of an arg reduction of $0 over axis $1 with the axis removed, with
// $2's element type.
def WithoutAxis : NativeCodeCall<"::t2t::lowering::withoutAxis($0, $1, $2)">;
// The indices n-1, ..., 0 along the axis, and n - 1.
def ReversedIndices : NativeCodeCall<"::t2t::lowering::reversedIndices($0, $1)">;
def LastIndex : NativeCodeCall<"::t2t::lowering::lastIndex($0, $1, $2)">;

multiclass ArgReduction<Op src, Op dst> {
  def : Pat<(src:$y $data, $axis, I64AttrIsZero:$keepdims, I64AttrIsZero:$last),
            (dst $data, (NonNegativeAxis $axis, $data)), [(IsRanked $y), (HasAxis $data, $axis)]>;
  def : Pat<(src:$y $data, $axis, I64AttrIsNonZero:$keepdims, I64AttrIsZero:$last),
            (TFL_ReshapeOp (dst $data, (NonNegativeAxis $axis, $data),
                                (returnType (WithoutAxis $data, $axis, $y)))),
            [(IsRanked $y), (HasAxis $data, $axis)]>;
  def : Pattern<(src:$y $data, $axis, I64AttrIsZero:$keepdims, I64AttrIsNonZero:$last),
      [(dst:$index (TFL_GatherOp $data, (TFL_ConstOp (ReversedIndices $data, $axis)),
                                 (NonNegativeAxis $axis, $data), (returnType $data)),
                   (NonNegativeAxis $axis, $data), (returnType (WithoutAxis $data, $axis, $y))),
       (TFL_SubOp (TFL_ConstOp (LastIndex $data, $axis, $y)), $index)],
      [(IsRanked $y), (HasStaticAxis $data, $axis)]>;
  def : Pattern<(src:$y $data, $axis, I64AttrIsNonZero:$keepdims, I64AttrIsNonZero:$last),
      [(dst:$index (TFL_GatherOp $data, (TFL_ConstOp (ReversedIndices $data, $axis)),
                                 (NonNegativeAxis $axis, $data), (returnType $data)),
                   (NonNegativeAxis $axis, $data), (returnType (WithoutAxis $data, $axis, $y))),
       (TFL_ReshapeOp (TFL_SubOp (TFL_ConstOp (LastIndex $data, $axis, $y)), $index))],
      [(IsRanked $y), (HasStaticAxis $data, $axis)]>;
}
defm LowerArgMax : ArgReduction<ONNX_ArgMaxOp, TFL_ArgMaxOp>;
defm LowerArgMin : ArgReduction<ONNX_ArgMinOp, TFL_ArgMinOp>;

def ConstantAxis : NativeCodeCall<"::t2t::lowering::constantAxis($0, $1)">;
def HasConstantAxis : Constraint<CPred<"::t2t::lowering::hasConstantAxis($0, $1)">,
                                 "a constant axis in range of a ranked input">;
def LowerCumSum : Pat<(ONNX_CumSumOp $x, $axis, $exclusive, $reverse),
                      (TFL_CumsumOp $x, (ConstantAxis $axis, $x), (BoolOf $exclusive), (BoolOf $reverse)),
                      [(HasConstantAxis $axis, $x)], [], (addBenefit 1)>;
// An axis known only at run time is TensorFlow's Cumsum input, made a 0-D
// index in [0, rank) (ONNX allows [1], and negative axes count from the
// end: floor_mod(axis, rank); TensorFlow.js mishandles negative ones).
def HasOneIndex : Constraint<CPred<"::t2t::isOneElement($0) && "
                                   "::llvm::cast<::mlir::ShapedType>($0.getType()).getRank() <= 1">,
                             "a one-element axis">;
def ScalarIndexType : NativeCodeCall<"::mlir::RankedTensorType::get({}, "
    "::llvm::cast<::mlir::ShapedType>($0.getType()).getElementType())">;
def RankLike : NativeCodeCall<"::t2t::lowering::rankLike($0, $1)">;
def LowerCumSumAlong : Pat<(ONNX_CumSumOp $x, $axis, $exclusive, $reverse),
    (TFL_CumsumAlongOp $x,
        (TFL_FloorModOp (TFL_ReshapeOp $axis, (returnType (ScalarIndexType $axis))),
                        (TFL_ConstOp (RankLike $x, $axis))),
        (BoolOf $exclusive), (BoolOf $reverse)),
    [(HasOneIndex $axis), (IsRanked $x)]>;

#endif // T2T_ONNX_TO_TFL_REDUCTIONS
