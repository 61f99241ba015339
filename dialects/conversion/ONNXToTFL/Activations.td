//===- Activations.td - onnx activations -> tfl -------------*- tablegen -*-===//
//
// Activations map to TensorFlow's op when it has one with ONNX's constants;
// the others become the ops TensorFlow has, with scalar constants (which
// broadcast in any layout):
//   HardSigmoid(x)     = clip(alpha x + beta, 0, 1) = relu6(6 alpha x + 6 beta) / 6
//   Elu(x)             = x > 0 ? x : alpha (e^x - 1)
//   Selu(x)            = gamma Elu_alpha(x)
//   Celu(x)            = max(0, x) + min(0, alpha (e^(x / alpha) - 1))
//   ThresholdedRelu(x) = x > alpha ? x : 0
//   Softsign(x)        = x / (1 + |x|)        (TensorFlow.js has no Softsign kernel)
//   Shrink(x)          = x < -lambd ? x + bias : (x > lambd ? x - bias : 0)
//   IsInf(x) of one sign = x == +inf, or x == -inf
//   Hardmax(x)         = (argmax_axis(x) == iota along the axis) as float
//                        (argmax takes the first of equal maxima, as Hardmax)
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_ACTIVATIONS
#define T2T_ONNX_TO_TFL_ACTIVATIONS

include "Common.td"

def LowerRelu : Pat<(ONNX_ReluOp TFL_FloatTensor:$x), (TFL_ReluOp $x)>;

def LowerLeakyRelu : Pat<(ONNX_LeakyReluOp TFL_FloatTensor:$x, $alpha), (TFL_LeakyReluOp $x, $alpha)>;

// (Only when the slope broadcasts: opset 6 and older meant a [C] slope per
// channel, which ONNX's version converter leaves as it is.)
def LowerPRelu : Pat<(ONNX_PReluOp TFL_FloatTensor:$x, TFL_FloatTensor:$slope),
                     (TFL_PReluOp $x, $slope), [(Broadcastable $x, $slope)]>;


def LowerElu : Pat<(ONNX_EluOp TFL_FloatTensor:$x, F32AttrIs<"1.0">:$alpha), (TFL_EluOp $x)>;
def LowerEluAlpha : Pat<(ONNX_EluOp:$y TFL_FloatTensor:$x, F32AttrIsNot<"1.0">:$alpha),
    (TFL_SelectV2Op (TFL_GreaterOp $x, (TFL_ConstOp (ScalarLike<"0.0"> $x))), $x,
        (TFL_MulOp (TFL_SubOp (TFL_ExpOp $x), (TFL_ConstOp (ScalarLike<"1.0"> $x))),
                   (TFL_ConstOp (AttrScalarLike<> $x, $alpha)), NoFusedActivation)),
    [(IsRanked $y)]>;

def SeluConstants : Constraint<CPred<"::t2t::lowering::isSeluConstants($0, $1)">,
                               "SELU's alpha and gamma">;
def NotSeluConstants : Constraint<Neg<SeluConstants.predicate>, "other than SELU's constants">;
def LowerSelu : Pat<(ONNX_SeluOp TFL_FloatTensor:$x, $alpha, $gamma), (TFL_SeluOp $x),
                    [(SeluConstants $alpha, $gamma)]>;
def LowerSeluAlphaGamma : Pat<(ONNX_SeluOp:$y TFL_FloatTensor:$x, $alpha, $gamma),
    (TFL_MulOp
        (TFL_SelectV2Op (TFL_GreaterOp $x, (TFL_ConstOp (ScalarLike<"0.0"> $x))), $x,
            (TFL_MulOp (TFL_SubOp (TFL_ExpOp $x), (TFL_ConstOp (ScalarLike<"1.0"> $x))),
                       (TFL_ConstOp (AttrScalarLike<> $x, $alpha)), NoFusedActivation)),
        (TFL_ConstOp (AttrScalarLike<> $x, $gamma)), NoFusedActivation),
    [(NotSeluConstants $alpha, $gamma), (IsRanked $y)]>;

def LowerCelu : Pattern<(ONNX_CeluOp:$y TFL_FloatTensor:$x, $alpha),
    [(TFL_ConstOp:$zero (ScalarLike<"0.0"> $x)),
     (TFL_MulOp:$negative
         (TFL_SubOp (TFL_ExpOp (TFL_MulOp $x, (TFL_ConstOp (ReciprocalAttrScalarLike $x, $alpha)),
                                          NoFusedActivation)),
                    (TFL_ConstOp (ScalarLike<"1.0"> $x))),
         (TFL_ConstOp (AttrScalarLike<> $x, $alpha)), NoFusedActivation),
     (TFL_AddOp (TFL_MaximumOp $x, $zero), (TFL_MinimumOp $negative, $zero), NoFusedActivation)],
    [(IsRanked $y)]>;

def LowerHardSigmoid : Pat<(ONNX_HardSigmoidOp:$y TFL_FloatTensor:$x, $alpha, $beta),
    (TFL_MulOp (TFL_Relu6Op (TFL_AddOp (TFL_MulOp $x, (TFL_ConstOp (AttrScalarLike<"6.0"> $x, $alpha)),
                                                  NoFusedActivation),
                                       (TFL_ConstOp (AttrScalarLike<"6.0"> $x, $beta)), NoFusedActivation)),
               (TFL_ConstOp (ScalarLike<"1.0 / 6.0"> $x)), NoFusedActivation),
    [(IsRanked $y)]>;

def LowerHardSwish : Pat<(ONNX_HardSwishOp TFL_FloatTensor:$x), (TFL_HardSwishOp $x)>;
def LowerSoftplus : Pat<(ONNX_SoftplusOp TFL_FloatTensor:$x), (TFL_SoftplusOp $x)>;

def LowerThresholdedRelu : Pat<(ONNX_ThresholdedReluOp:$y TFL_FloatTensor:$x, $alpha),
    (TFL_SelectV2Op (TFL_GreaterOp $x, (TFL_ConstOp (AttrScalarLike<> $x, $alpha))), $x,
                    (TFL_ConstOp (ScalarLike<"0.0"> $x))),
    [(IsRanked $y)]>;

def LowerSoftsign : Pat<(ONNX_SoftsignOp:$y TFL_FloatTensor:$x),
    (TFL_DivOp $x, (TFL_AddOp (TFL_AbsOp $x), (TFL_ConstOp (ScalarLike<"1.0"> $x)), NoFusedActivation)),
    [(IsRanked $y)]>;

def LowerShrink : Pattern<(ONNX_ShrinkOp:$y TFL_FloatTensor:$x, $bias, $lambd),
    [(TFL_SelectV2Op:$upper (TFL_GreaterOp $x, (TFL_ConstOp (AttrScalarLike<> $x, $lambd))),
                            (TFL_SubOp $x, (TFL_ConstOp (AttrScalarLike<> $x, $bias))),
                            (TFL_ConstOp (ScalarLike<"0.0"> $x))),
     (TFL_SelectV2Op (TFL_LessOp $x, (TFL_ConstOp (AttrScalarLike<"-1.0"> $x, $lambd))),
                     (TFL_AddOp $x, (TFL_ConstOp (AttrScalarLike<> $x, $bias)), NoFusedActivation),
                     $upper)],
    [(IsRanked $y)]>;

def LowerIsInf : Pat<(ONNX_IsInfOp TFL_FloatTensor:$x, I64AttrIsNonZero:$negative,
                                   I64AttrIsNonZero:$positive),
                     (TFL_IsInfOp $x)>;
def LowerIsPositiveInf : Pat<(ONNX_IsInfOp TFL_FloatTensor:$x, I64AttrIsZero:$negative,
                                           I64AttrIsNonZero:$positive),
    (TFL_EqualOp $x, (TFL_ConstOp (ScalarLike<"::t2t::lowering::kInfinity"> $x)))>;
def LowerIsNegativeInf : Pat<(ONNX_IsInfOp TFL_FloatTensor:$x, I64AttrIsNonZero:$negative,
                                           I64AttrIsZero:$positive),
    (TFL_EqualOp $x, (TFL_ConstOp (ScalarLike<"-::t2t::lowering::kInfinity"> $x)))>;

def ArgReducedType : NativeCodeCall<"::t2t::lowering::argReducedType($0, $1)">;
def ArgKeptType : NativeCodeCall<"::t2t::lowering::argKeptType($0, $1)">;
def IotaAlongAxis : NativeCodeCall<"::t2t::lowering::iotaAlongAxis($0, $1)">;
def LowerHardmax : Pat<(ONNX_HardmaxOp TFL_FloatTensor:$x, $axis),
    (TFL_CastOp (TFL_EqualOp
        (TFL_ReshapeOp (TFL_ArgMaxOp $x, (NonNegativeAxis $axis, $x), (returnType (ArgReducedType $x, $axis))),
                       (returnType (ArgKeptType $x, $axis))),
        (TFL_ConstOp (IotaAlongAxis $x, $axis)))),
    [(HasStaticAxis $x, $axis)]>;

// Softmax over the last dimension (ONNX's default axis, -1, since opset 13);
// over another, that axis swapped with the last around it.
def IsLastAxis : Constraint<CPred<"::t2t::lowering::isLastAxis($0, $1)">, "the last axis">;
def IsInnerAxis : Constraint<CPred<"::t2t::lowering::isInnerAxis($0, $1)">,
                             "an axis in range other than the last">;
def SwapWithLast : NativeCodeCall<"::t2t::lowering::swapWithLast($0, $1)">;
def LowerSoftmax : Pat<(ONNX_SoftmaxOp TFL_FloatTensor:$x, $axis),
                       (TFL_SoftmaxOp $x, ConstantAttr<F32Attr, "1.0">), [(IsLastAxis $axis, $x)]>;
def LowerSoftmaxOnAxis : Pat<(ONNX_SoftmaxOp TFL_FloatTensor:$x, $axis),
    (TFL_TransposeOp (TFL_SoftmaxOp (TFL_TransposeOp $x, (SwapWithLast $x, $axis)),
                                    ConstantAttr<F32Attr, "1.0">),
                     (SwapWithLast $x, $axis)),
    [(IsInnerAxis $axis, $x)]>;
def LowerLogSoftmax : Pat<(ONNX_LogSoftmaxOp TFL_FloatTensor:$x, $axis), (TFL_LogSoftmaxOp $x),
                          [(IsLastAxis $axis, $x)]>;
def LowerLogSoftmaxOnAxis : Pat<(ONNX_LogSoftmaxOp TFL_FloatTensor:$x, $axis),
    (TFL_TransposeOp (TFL_LogSoftmaxOp (TFL_TransposeOp $x, (SwapWithLast $x, $axis))),
                     (SwapWithLast $x, $axis)),
    [(IsInnerAxis $axis, $x)]>;

// Clip(x, 0) is relu and Clip(x, 0, 6) relu6 (torchvision's clamp(min=0) and
// ReLU6); any other is a maximum with the lower bound, then a minimum with
// the upper one (ONNX's bounds are scalars, which broadcast).
def LowerClipToRelu : Pat<(ONNX_ClipOp:$y TFL_FloatTensor:$x, $min, $max), (TFL_ReluOp $x),
                          [(SameTypes $x, $y), (ConstantScalarIs<"0.0"> $min), (IsNone $max)],
                          [], (addBenefit 1)>;
def LowerClipToRelu6 : Pat<(ONNX_ClipOp:$y TFL_FloatTensor:$x, $min, $max), (TFL_Relu6Op $x),
                           [(SameTypes $x, $y), (ConstantScalarIs<"0.0"> $min),
                            (ConstantScalarIs<"6.0"> $max)],
                           [], (addBenefit 1)>;
def LowerClip : Pat<(ONNX_ClipOp:$y $x, $min, $max), (TFL_MinimumOp (TFL_MaximumOp $x, $min), $max),
                    [(SameTypes $x, $y), (IsRanked $x), (IsPresent $min), (IsPresent $max)]>;
def LowerClipBelow : Pat<(ONNX_ClipOp:$y $x, $min, $max), (TFL_MaximumOp $x, $min),
                         [(SameTypes $x, $y), (IsRanked $x), (IsPresent $min), (IsNone $max)]>;
def LowerClipAbove : Pat<(ONNX_ClipOp:$y $x, $min, $max), (TFL_MinimumOp $x, $max),
                         [(SameTypes $x, $y), (IsRanked $x), (IsNone $min), (IsPresent $max)]>;
def LowerClipUnbounded : Pat<(ONNX_ClipOp:$y $x, $min, $max), (replaceWithValue $x),
                             [(SameTypes $x, $y), (IsNone $min), (IsNone $max)]>;

#endif // T2T_ONNX_TO_TFL_ACTIVATIONS
