//===- Normalization.td - onnx normalizations -> tfl ---------*- tablegen -*-===//
//
// BatchNormalization in inference mode, with constant statistics and
// parameters:
//   y = (x - mean) / sqrt(var + eps) * scale + B = x * s + t
//   s = scale / sqrt(var + eps),  t = B - mean * s
// computed once at compile time in double precision, s and t [1, C, 1, 1] so
// that they broadcast over NCHW and permute with the data when transposes
// move. Statistics known only at run time (the pattern of lower benefit) get
// the same formula in the graph.
//
// Layer, instance and mean-variance normalization standardize over a set of
// axes A (kept as size-1 dims so that the statistics broadcast back):
//   mean = mean_A(x),  d = x - mean,  var = mean_A(d * d)
//   LayerNormalization (A = axis..rank-1):  y = d * rsqrt(var + eps) * Scale + B
//     (also returning mean and rsqrt(var + eps) when asked)
//   InstanceNormalization (A = 2..rank-1):  y = d * rsqrt(var + eps) * scale[c] + B[c]
//   MeanVarianceNormalization (A = axes):   y = d / (sqrt(var) + 1e-9)
// (1e-9 is the epsilon of ONNX's function body for MVN).
//
// LpNormalization: x / sqrt(sum x^2) (p = 2) or x / sum |x| (p = 1) along
// its axis.
//
// LRN over channels [c - floor((size-1)/2), c + ceil((size-1)/2)] with
//   y = x / (bias + alpha / size * sum x^2)^beta
// is TensorFlow's LRN (NHWC) with depth_radius (size-1)/2 and alpha/size, for
// odd sizes (TensorFlow's window is symmetric).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_NORMALIZATION
#define T2T_ONNX_TO_TFL_NORMALIZATION

include "Common.td"

def IsInferenceBatchNorm : Constraint<
    CPred<"::t2t::lowering::isInferenceBatchNorm($0, $1, $2, $3)">,
    "f32 input with static channels in inference mode (training mode is not supported)">;
def AreConstantChannelVectors : Constraint<
    CPred<"::t2t::lowering::areConstantChannelVectors($0, $1, $2)">,
    "constant [C] statistics (scale, bias, mean, variance)">;
def BatchNormScale : NativeCodeCall<"::t2t::lowering::batchNormScale($0, $1, $2, $3)">;
def BatchNormOffset : NativeCodeCall<"::t2t::lowering::batchNormOffset($0, $1, $2, $3, $4, $5)">;
// A [C] parameter of an [N, C, D1, ...] input $1 as [C, 1, ..., 1], which
// broadcasts over N, C, D1, ...
def PerChannelType : NativeCodeCall<"::t2t::lowering::perChannelType($0, $1)">;

def LowerBatchNormalization : Pattern<
    (ONNX_BatchNormalizationOp:$results $x, $scale, $b, $mean, $var, $epsilon, $momentum,
                                        $training_mode),
    [(TFL_ConstOp:$s (BatchNormScale $x, $scale, $var, $epsilon)),
     (TFL_ConstOp:$t (BatchNormOffset $x, $scale, $b, $mean, $var, $epsilon)),
     (TFL_AddOp (TFL_MulOp $x, $s, NoFusedActivation, (returnType $results__0)), $t,
                NoFusedActivation),
     (replaceWithValue $results__1), (replaceWithValue $results__2)],
    [(IsInferenceBatchNorm $x, $training_mode, $results__1, $results__2),
     (AreConstantChannelVectors $x, $scale, $b), (AreConstantChannelVectors $x, $mean, $var)],
    [], (addBenefit 1)>;

def LowerBatchNormalizationRuntimeStatistics : Pattern<
    (ONNX_BatchNormalizationOp:$results $x, $scale, $b, $mean, $var, $epsilon, $momentum,
                                        $training_mode),
    [(TFL_RsqrtOp:$inverseStdDev
         (TFL_AddOp (TFL_ReshapeOp $var, (returnType (PerChannelType $var, $x))),
                    (TFL_ConstOp (AttrScalarLike<> $var, $epsilon)), NoFusedActivation)),
     (TFL_MulOp:$s (TFL_ReshapeOp $scale, (returnType (PerChannelType $scale, $x))), $inverseStdDev,
                   NoFusedActivation),
     (TFL_AddOp (TFL_MulOp (TFL_SubOp $x, (TFL_ReshapeOp $mean, (returnType (PerChannelType $mean, $x)))),
                           $s, NoFusedActivation),
                (TFL_ReshapeOp $b, (returnType (PerChannelType $b, $x))), NoFusedActivation),
     (replaceWithValue $results__1), (replaceWithValue $results__2)],
    [(IsInferenceBatchNorm $x, $training_mode, $results__1, $results__2)]>;

def IsOddSize : AttrConstraint<CPred<"::t2t::lowering::intValue($_self) % 2 != 0">, "an odd size">;
def IsRank4Float : Constraint<CPred<"::t2t::lowering::isRankedFloat($0, 4)">, "a 4-D float tensor">;
def LRNRadius : NativeCodeCall<"::t2t::lowering::lrnRadius($0)">;
def LRNAlpha : NativeCodeCall<"::t2t::lowering::lrnAlpha($0, $1)">;
def LowerLRN : Pat<(ONNX_LRNOp $x, $alpha, $beta, $bias, IsOddSize:$size),
    (TFL_TransposeOp (TFL_LocalResponseNormalizationOp (TFL_TransposeOp $x, ToNHWC), (LRNRadius $size),
                                                       $bias, (LRNAlpha $alpha, $size), $beta),
                     ToNCHW),
    [(IsRank4Float $x)]>;

// Standardization over axes: mean, d = x - mean and inverse standard
// deviation rsqrt(mean(d * d) + eps), the means keeping the axes.
def KeptAxesType : NativeCodeCall<"::t2t::lowering::keptAxesType($0, $1)">;
def AxesFrom : NativeCodeCall<"::t2t::lowering::axesFrom($0, $1)">;
def SpatialAxes : NativeCodeCall<"::t2t::lowering::spatialAxes($0)">;
def IsRankedFloat : Constraint<CPred<"::t2t::lowering::isRankedFloat($0)">, "a ranked float tensor">;
def BroadcastsTo : Constraint<CPred<"::t2t::lowering::broadcastsTo($0, $1)">,
                              "a parameter that broadcasts to the input (or none)">;

// The statistics of LayerNormalization over axis..rank-1 ($mean,
// $inverseStdDev, also its optional results) and the standardized input.
class LayerNormalizationPattern<dag y, dag hasBias> : Pattern<
    (ONNX_LayerNormalizationOp:$results $x, $scale, $b, $axis, $epsilon, $stash_type),
    [(TFL_MeanOp:$mean $x, (AxesFrom $axis, $x), ConstBoolAttrTrue,
                       (returnType (KeptAxesType $x, (AxesFrom $axis, $x)))),
     (TFL_SubOp:$centered $x, $mean),
     (TFL_RsqrtOp:$inverseStdDev
         (TFL_AddOp (TFL_MeanOp (TFL_MulOp $centered, $centered, NoFusedActivation),
                                (AxesFrom $axis, $x), ConstBoolAttrTrue,
                                (returnType (KeptAxesType $x, (AxesFrom $axis, $x)))),
                    (TFL_ConstOp (AttrScalarLike<> $x, $epsilon)), NoFusedActivation)),
     y, (replaceWithValue $mean), (replaceWithValue $inverseStdDev)],
    [(IsRankedFloat $x), (IsRankedFloat $results__0), (HasAxis $x, $axis),
     (BroadcastsTo $scale, $x), (BroadcastsTo $b, $x), hasBias]>;
def LowerLayerNormalization : LayerNormalizationPattern<
    (TFL_AddOp (TFL_MulOp (TFL_MulOp $centered, $inverseStdDev, NoFusedActivation), $scale,
                          NoFusedActivation),
               $b, NoFusedActivation),
    (IsPresent $b)>;
def LowerLayerNormalizationNoBias : LayerNormalizationPattern<
    (TFL_MulOp (TFL_MulOp $centered, $inverseStdDev, NoFusedActivation), $scale, NoFusedActivation),
    (IsNone $b)>;

def HasChannelParameters : Constraint<CPred<"::t2t::lowering::hasChannelParameters($0, $1, $2)">,
                                      "a ranked float [N, C, D...] input with static C and [C] scale and bias">;
def LowerInstanceNormalization : Pattern<(ONNX_InstanceNormalizationOp $x, $scale, $b, $epsilon),
    [(TFL_MeanOp:$mean $x, (SpatialAxes $x), ConstBoolAttrTrue,
                       (returnType (KeptAxesType $x, (SpatialAxes $x)))),
     (TFL_SubOp:$centered $x, $mean),
     (TFL_RsqrtOp:$inverseStdDev
         (TFL_AddOp (TFL_MeanOp (TFL_MulOp $centered, $centered, NoFusedActivation), (SpatialAxes $x),
                                ConstBoolAttrTrue, (returnType (KeptAxesType $x, (SpatialAxes $x)))),
                    (TFL_ConstOp (AttrScalarLike<> $x, $epsilon)), NoFusedActivation)),
     (TFL_AddOp (TFL_MulOp (TFL_MulOp $centered, $inverseStdDev, NoFusedActivation),
                           (TFL_ReshapeOp $scale, (returnType (PerChannelType $scale, $x))),
                           NoFusedActivation),
                (TFL_ReshapeOp $b, (returnType (PerChannelType $b, $x))), NoFusedActivation)],
    [(HasChannelParameters $x, $scale, $b)]>;

def LowerMeanVarianceNormalization : Pattern<(ONNX_MeanVarianceNormalizationOp $x, $axes),
    [(TFL_MeanOp:$mean $x, (ReductionAxes $axes, $x), ConstBoolAttrTrue,
                       (returnType (KeptAxesType $x, (ReductionAxes $axes, $x)))),
     (TFL_SubOp:$centered $x, $mean),
     (TFL_DivOp $centered,
                (TFL_AddOp (TFL_SqrtOp (TFL_MeanOp (TFL_MulOp $centered, $centered, NoFusedActivation),
                                                   (ReductionAxes $axes, $x), ConstBoolAttrTrue,
                                                   (returnType (KeptAxesType $x, (ReductionAxes $axes, $x))))),
                           (TFL_ConstOp (ScalarLike<"1e-9"> $x)), NoFusedActivation))],
    [(IsRankedFloat $x), (HasReductionAxes $axes, $x)]>;

// LpNormalization(x) = x / ||x||_p along `axis`: for p = 2 the norm is
// sqrt(sum x^2), for p = 1 sum |x|; the sums keep the axis so that they
// broadcast back.
def AxisList : NativeCodeCall<"::t2t::lowering::axisList($0, $1)">;
def LowerLpNormalizationL2 : Pat<(ONNX_LpNormalizationOp:$y TFL_FloatTensor:$x, $axis,
                                                         ConstantAttr<ONNX_I64Attr, "2">:$p),
    (TFL_DivOp $x, (TFL_SqrtOp (TFL_SumOp (TFL_SquareOp $x), (AxisList $axis, $x), ConstBoolAttrTrue,
                                          (returnType (KeptAxesType $x, (AxisList $axis, $x)))))),
    [(HasAxis $x, $axis), (IsRanked $y)]>;
def LowerLpNormalizationL1 : Pat<(ONNX_LpNormalizationOp:$y TFL_FloatTensor:$x, $axis,
                                                         ConstantAttr<ONNX_I64Attr, "1">:$p),
    (TFL_DivOp $x, (TFL_SumOp (TFL_AbsOp $x), (AxisList $axis, $x), ConstBoolAttrTrue,
                              (returnType (KeptAxesType $x, (AxisList $axis, $x))))),
    [(HasAxis $x, $axis), (IsRanked $y)]>;

#endif // T2T_ONNX_TO_TFL_NORMALIZATION
