//===- Shape.td - onnx ops that change only shapes -> tfl ----*- tablegen -*-===//
//
// Reshapes, squeezes, flattens, transposes, concatenation, identities,
// Range, and Shape: ops whose result is the input's elements in a new shape
// or order, or its dims.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_SHAPE
#define T2T_ONNX_TO_TFL_SHAPE

include "Common.td"

// Reshapes whose result type is fully known but for at most the batch: the
// element order is unchanged, only the type. The shape operand is then
// redundant (its value is what ONNX shape inference used for the type).
def HasReshapeableType : Constraint<
    CPred<"::t2t::lowering::hasReshapeableType($0)">, "a ranked result with at most one dynamic dim">;

def LowerFlatten : Pat<(ONNX_FlattenOp:$result $x, $axis), (TFL_ReshapeOp $x),
                       [(HasReshapeableType $result)]>;
def LowerReshape : Pat<(ONNX_ReshapeOp:$result $x, $shape, $allowzero), (TFL_ReshapeOp $x),
                       [(HasReshapeableType $result)]>;
// A reshape whose result has more than one dim known only at run time
// (x.view(x.size(0), -1) over maps of any height and width) takes its shape
// at run time. ONNX's 0 copies the input's dim (allowzero = 0), TensorFlow's
// is a 0: shape[i] == 0 ? dims(x)[i] : shape[i].
def HasRunTimeShape : Constraint<
    CPred<"::t2t::lowering::hasRunTimeReshape($0, $1, $2)">,
    "a ranked result of more dynamic dims, an int64 shape vector">;
def ZerosLike : NativeCodeCall<"::t2t::lowering::zerosLike($0)">;
// x's dims, as many as `shape` has entries (cut, or padded with ones where
// ONNX allows no 0).
def InputDimsFor : NativeCodeCall<"::t2t::lowering::inputDimsFor($_builder, $_loc, $0, $1)">;
def LowerReshapeAtRunTime : Pat<
    (ONNX_ReshapeOp:$result $x, $shape, I64AttrIsZero:$allowzero),
    (TFL_ReshapeToOp $x,
        (TFL_SelectV2Op (TFL_EqualOp $shape, (TFL_ConstOp (ZerosLike $shape))),
                        (InputDimsFor $x, $shape), $shape)),
    [(HasRunTimeShape $x, $shape, $result)]>;

// Squeeze and Unsqueeze only change the type: reshapes.
def LowerSqueeze : Pat<(ONNX_SqueezeOp:$result $x, $axes), (TFL_ReshapeOp $x),
                       [(HasReshapeableType $result)]>;
// With more than one dim known only at run time, the result's dims are
// gathered at run time from x's and a 1 (for each inserted dim).
def HasRunTimeSqueeze : Constraint<
    CPred<"::t2t::lowering::hasRunTimeSqueeze($0, $1, $2, /*squeeze=*/true)">,
    "constant axes and a result of more dynamic dims">;
def HasRunTimeUnsqueeze : Constraint<
    CPred<"::t2t::lowering::hasRunTimeSqueeze($0, $1, $2, /*squeeze=*/false)">,
    "constant axes and a result of more dynamic dims">;
def SqueezedDims : NativeCodeCall<
    "::t2t::lowering::movedDimsAtRunTime($_builder, $_loc, $0, $1, $2, /*squeeze=*/true)">;
def UnsqueezedDims : NativeCodeCall<
    "::t2t::lowering::movedDimsAtRunTime($_builder, $_loc, $0, $1, $2, /*squeeze=*/false)">;
def LowerSqueezeAtRunTime : Pat<(ONNX_SqueezeOp:$result $x, $axes),
    (TFL_ReshapeToOp $x, (SqueezedDims $x, $axes, $result)),
    [(HasRunTimeSqueeze $x, $axes, $result)]>;
def LowerUnsqueezeAtRunTime : Pat<(ONNX_UnsqueezeOp:$result $x, $axes),
    (TFL_ReshapeToOp $x, (UnsqueezedDims $x, $axes, $result)),
    [(HasRunTimeUnsqueeze $x, $axes, $result)]>;
def LowerUnsqueeze : Pat<(ONNX_UnsqueezeOp:$result $x, $axes), (TFL_ReshapeOp $x),
                         [(HasReshapeableType $result)]>;

// Transpose with an explicit permutation (ONNX's default reverses the dims).
def LowerTranspose : Pat<(ONNX_TransposeOp:$result $x, DenseI64ArrayAttr:$perm),
                         (TFL_TransposeOp $x, $perm), [(IsRanked $result)]>;

// Identity is its input (when it does not change the type).
def LowerIdentity : Pat<(ONNX_IdentityOp:$result $x), (replaceWithValue $x),
                        [(SameTypes $x, $result)]>;

// Dropout keeping everything (inference: training_mode absent or 0; or a
// ratio of 0) is its input; a mask asked for is all true.
def KeepsEverything : Constraint<CPred<"::t2t::lowering::keepsEverything($0, $1)">,
                                 "inference or a ratio of 0 (training mode is random)">;
def AllTrue : NativeCodeCall<"::t2t::lowering::allTrue($0)">;
def LowerDropout : Pattern<(ONNX_DropoutOp:$results $x, $ratio, $training_mode, $seed),
                           [(replaceWithValue $x), (replaceWithValue $x)],
                           [(HasNoUses $results__1), (KeepsEverything $ratio, $training_mode)]>;
def LowerDropoutWithMask : Pattern<(ONNX_DropoutOp:$results $x, $ratio, $training_mode, $seed),
                                   [(replaceWithValue $x), (TFL_ConstOp (AllTrue $results__1))],
                                   [(KeepsEverything $ratio, $training_mode),
                                    (HasUses $results__1), (HasStaticShape $results__1)]>;

// Concat's axis is made non-negative (ONNX allows -rank..rank-1).
def LowerConcat : Pat<(ONNX_ConcatOp:$result $values, $axis),
                      (TFL_ConcatenationOp $values, (NonNegativeAxis $axis, $result)),
                      [(IsRanked $result)]>;

// Shape of all dims (start and end, opset 15, at their defaults), read at
// run time: a static shape folds to a constant (ShapeOp's folder), and the
// layout pass permutes the vector of an NHWC tensor back to ONNX's order.
def AllDims : Constraint<CPred<"::t2t::lowering::coversAllDims($0, $1, $2)">,
                         "start and end selecting every dim">;
def LowerShape : Pat<(ONNX_ShapeOp:$result $x, $end, $start), (TFL_ShapeOp $x),
                     [(IsRanked $x), (IsRanked $result), (AllDims $x, $start, $end)]>;

// Range with start, limit and delta of one numeric type (TensorFlow's Range
// computes the same count, ceil((limit - start) / delta)).
def LowerRange : Pat<(ONNX_RangeOp:$result TFL_NumericTensor:$start, TFL_NumericTensor:$limit,
                                   TFL_NumericTensor:$delta),
                     (TFL_RangeOp $start, $limit, $delta),
                     [(IsRanked $result), (SameElementTypes $start, $limit),
                      (SameElementTypes $start, $delta)]>;

#endif // T2T_ONNX_TO_TFL_SHAPE
