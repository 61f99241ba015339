//===- Pool.td - onnx pooling -> tfl NHWC pooling ------------*- tablegen -*-===//
//
// Pools run on NHWC data between transposes (which the layout passes cancel
// between consecutive layout-sensitive ops).
// MaxPool: tfl.max_pool_2d. TensorFlow.js has no EXPLICIT MaxPool, so
// explicit pads become a tfl.padv2 with the lowest float first (max over a
// window never picks it unless the window is all padding, which ONNX
// forbids: pads are smaller than the kernel), then VALID pooling.
// ceil_mode = 1 makes the last window start inside the input and run past
// it: that is extra bottom/right padding of
//   (out - 1) * stride + kernel - (in + pad_begin + pad_end)
// with out = ceil((in + pads - kernel) / stride) + 1; for an H or W known
// only at run time, stride - 1 (when the kernel is at least the stride plus
// the end pad, so that no last window is dropped).
// AveragePool: TensorFlow's SAME averages the covered input pixels only
// (count_include_pad = 0). Otherwise pads are zeros (tfl.padv2) and VALID
// pooling divides by the kernel size, which is count_include_pad = 1; for
// count_include_pad = 0 the result is then scaled, per output pixel, by
// kernel size / number of input pixels the window covers (a constant).
// A 1-D pool over [N, C, L] is the 2-D one over [N, C, 1, L] between
// reshapes (which the layout passes fold with the transposes around it).
// GlobalAveragePool, GlobalMaxPool: tfl.mean, tfl.reduce_max over H and W
// (axes 1, 2 in NHWC), keep_dims; over L of [N, C, L] data.
//
// The window arithmetic (Pool.cpp) reads the matched pool through its result.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_POOL
#define T2T_ONNX_TO_TFL_POOL

include "Common.td"

def Is2DUndilatedKernel : Constraint<CPred<"::t2t::lowering::is2DUndilatedKernel($0, $1)">,
                                     "a 2-D kernel without dilation">;
// TensorFlow's padding for the pool: SAME_LOWER, ceil_mode, and SAME or
// count_include_pad = 0 with explicit pads need static H and W.
def HasPoolWindow : Constraint<CPred<"::t2t::lowering::hasPoolWindow($0)">,
    "padding TensorFlow can express (static H and W for SAME_LOWER, ceil_mode with a "
    "stride over the kernel, or SAME and count_include_pad)">;
def Is2DKernel : Constraint<CPred<"::t2t::lowering::is2DUndilatedKernel($0, {})">, "a 2-D kernel">;
def IsAbsentIndices : Constraint<IsNone.predicate, "no Indices output (not supported)">;
def HasImplicitPadding : Constraint<CPred<"!::t2t::lowering::poolNeedsPad($0)">, "SAME or VALID padding">;
def HasExplicitPadding : Constraint<CPred<"::t2t::lowering::poolNeedsPad($0)">, "explicit padding">;
def HasCoverageCorrection : Constraint<CPred<"::t2t::lowering::poolNeedsCoverageCorrection($0)">,
                                       "count_include_pad = 0 with explicit padding">;
def HasNoCoverageCorrection : Constraint<Neg<HasCoverageCorrection.predicate>,
                                         "count_include_pad = 1, or no explicit padding">;
def PoolStrides : NativeCodeCall<"::t2t::lowering::poolStrides($0)">;
def PoolPadding : NativeCodeCall<"::t2t::lowering::poolPadding($0)">;
// tfl.padv2's paddings for the pool's explicit pads, and the padded NHWC type.
def PoolPadV2Paddings : NativeCodeCall<"::t2t::lowering::poolPadV2Paddings($0)">;
def PoolPaddedType : NativeCodeCall<"::t2t::lowering::poolPaddedType($0, $1)">;
def LowestFloat : NativeCodeCall<"$_builder.getF32FloatAttr(-FLT_MAX)">;
def ZeroFloat : NativeCodeCall<"$_builder.getF32FloatAttr(0.0f)">;
def CoverageCorrection : NativeCodeCall<"::t2t::lowering::coverageCorrection($0)">;

// A supported 2-D MaxPool, its padding implicit or explicit.
class MaxPool2D<list<dag> results, dag padding> : Pattern<
    (ONNX_MaxPoolOp:$results TFL_FloatTensor:$x, $auto_pad, $ceil_mode, $dilations, $kernel_shape,
                             $pads, I64AttrIsZero:$storage_order, $strides),
    results,
    [(IsRank4 $x), (IsRank4 $results__0), (IsAbsentIndices $results__1),
     (Is2DUndilatedKernel $kernel_shape, $dilations), (HasPoolWindow $results__0), padding]>;
class AveragePool2D<dag result, list<dag> constraints> : Pat<
    (ONNX_AveragePoolOp:$y TFL_F32Tensor:$x, $auto_pad, I64AttrIsZero:$ceil_mode, $count_include_pad,
                        $kernel_shape, $pads, $strides),
    result,
    !listconcat([(IsRank4 $x), (IsRank4 $y), (Is2DKernel $kernel_shape),
                 (HasPoolWindow $y)], constraints)>;

def LowerMaxPool : MaxPool2D<
    [(TFL_TransposeOp (TFL_MaxPool2DOp (TFL_TransposeOp $x, ToNHWC), $kernel_shape,
                                       (PoolStrides $results__0), (PoolPadding $results__0),
                                       (returnType (NHWCType $results__0))),
                      ToNCHW),
     (replaceWithValue $results__1)],
    (HasImplicitPadding $results__0)>;
def LowerMaxPoolPadded : MaxPool2D<
    [(TFL_TransposeOp (TFL_MaxPool2DOp (TFL_PadV2Op (TFL_TransposeOp $x, ToNHWC), (PoolPadV2Paddings $results__0),
                                                    (LowestFloat), (returnType (PoolPaddedType $results__0, $x))),
                                       $kernel_shape, (PoolStrides $results__0), Valid,
                                       (returnType (NHWCType $results__0))),
                      ToNCHW),
     (replaceWithValue $results__1)],
    (HasExplicitPadding $results__0)>;

def LowerAveragePool : AveragePool2D<
    (TFL_TransposeOp (TFL_AveragePool2DOp (TFL_TransposeOp $x, ToNHWC), $kernel_shape, (PoolStrides $y),
                                          (PoolPadding $y), (returnType (NHWCType $y))),
                     ToNCHW),
    [(HasImplicitPadding $y)]>;
def LowerAveragePoolPadded : AveragePool2D<
    (TFL_TransposeOp (TFL_AveragePool2DOp (TFL_PadV2Op (TFL_TransposeOp $x, ToNHWC), (PoolPadV2Paddings $y),
                                                       (ZeroFloat), (returnType (PoolPaddedType $y, $x))),
                                          $kernel_shape, (PoolStrides $y), Valid, (returnType (NHWCType $y))),
                     ToNCHW),
    [(HasExplicitPadding $y), (HasNoCoverageCorrection $y)]>;
def LowerAveragePoolPaddedExcluded : AveragePool2D<
    (TFL_TransposeOp
        (TFL_MulOp (TFL_AveragePool2DOp (TFL_PadV2Op (TFL_TransposeOp $x, ToNHWC), (PoolPadV2Paddings $y),
                                                     (ZeroFloat), (returnType (PoolPaddedType $y, $x))),
                                        $kernel_shape, (PoolStrides $y), Valid, (returnType (NHWCType $y))),
                   (TFL_ConstOp (CoverageCorrection $y)), NoFusedActivation),
        ToNCHW),
    [(HasExplicitPadding $y), (HasCoverageCorrection $y)]>;

// 1-D pools: the 2-D pool over [N, C, 1, L], its window attributes lifted.
def Is1DPool : Constraint<CPred<"::t2t::lowering::is1DWindow($0, $1)">,
                          "[N, C, L] input and result with at most one dynamic dim">;
def LowerMaxPool1D : Pattern<(ONNX_MaxPoolOp:$results $x, $auto_pad, $ceil_mode, $dilations, $kernel_shape,
                                             $pads, $storage_order, $strides),
    [(ONNX_MaxPoolOp:$pooled (TFL_ReshapeOp $x, (returnType (UnitHeightType $x))), $auto_pad, $ceil_mode,
                             (LiftTo2D<"1"> $dilations), (LiftTo2D<"1"> $kernel_shape), (LiftTo2D<"0"> $pads),
                             $storage_order, (LiftTo2D<"1"> $strides),
                             (returnType (UnitHeightType $results__0), (TypeOf $results__1))),
     (TFL_ReshapeOp $pooled__0), (replaceWithValue $pooled__1)],
    [(Is1DPool $x, $results__0)]>;
def LowerAveragePool1D : Pat<(ONNX_AveragePoolOp:$y $x, $auto_pad, $ceil_mode, $count_include_pad,
                                                 $kernel_shape, $pads, $strides),
    (TFL_ReshapeOp (ONNX_AveragePoolOp (TFL_ReshapeOp $x, (returnType (UnitHeightType $x))), $auto_pad,
                                       $ceil_mode, $count_include_pad, (LiftTo2D<"1"> $kernel_shape),
                                       (LiftTo2D<"0"> $pads), (LiftTo2D<"1"> $strides),
                                       (returnType (UnitHeightType $y)))),
    [(Is1DPool $x, $y)]>;

def SpatialAxesNHWC : ConstantAttr<DenseI64ArrayAttr, "{1, 2}">;
def LastAxis3D : ConstantAttr<DenseI64ArrayAttr, "{2}">;
def IsFloatRank4 : Constraint<CPred<"::t2t::lowering::isRankedFloat($0, 4)">, "a 4-D float input">;
def IsFloatRank3 : Constraint<CPred<"::t2t::lowering::isRankedFloat($0, 3)">, "a 3-D float input">;
multiclass GlobalPool<Op src, Op dst> {
  def : Pat<(src:$y $x),
            (TFL_TransposeOp (dst (TFL_TransposeOp $x, ToNHWC), SpatialAxesNHWC, ConstBoolAttrTrue,
                                  (returnType (NHWCType $y))),
                             ToNCHW),
            [(IsFloatRank4 $x), (IsRanked $y)]>;
  def : Pat<(src:$y $x), (dst $x, LastAxis3D, ConstBoolAttrTrue), [(IsFloatRank3 $x), (IsRanked $y)]>;
}
defm LowerGlobalAveragePool : GlobalPool<ONNX_GlobalAveragePoolOp, TFL_MeanOp>;
defm LowerGlobalMaxPool : GlobalPool<ONNX_GlobalMaxPoolOp, TFL_ReduceMaxOp>;

#endif // T2T_ONNX_TO_TFL_POOL
