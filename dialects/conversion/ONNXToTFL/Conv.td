//===- Conv.td - onnx Conv, ConvTranspose -> tfl convs -------*- tablegen -*-===//
//
//   Y[n, o, y, x] = B[o] + sum_{i, kh, kw} X[n, i, y*sh + kh*dh - top, x*sw + kw*dw - left]
//                                          * W[o, i, kh, kw]
// is tfl.conv_2d on NHWC data with an HWIO filter (tfl.depthwise_conv_2d,
// filter [kh, kw, C, M], when group == C and each group has one input
// channel): X is transposed [0, 2, 3, 1], W by [2, 3, 1, 0] (folded away when
// W is constant), the NHWC result transposed back by [0, 3, 1, 2]; the layout
// passes then cancel the activation transposes between consecutive
// layout-sensitive ops. Grouped convolutions are one conv_2d per group on its
// slice of the channels, joined (TensorFlow.js and TensorFlow's CPU kernels
// take no filter with fewer input channels).
//
// Padding: TensorFlow's SAME, VALID or EXPLICIT from ONNX's auto_pad and pads
// (Padding.h). Dilation with a stride above 1 (TensorFlow's CPU kernels and
// TensorFlow.js reject the pair) and dilated transposed convolutions (which
// TensorFlow.js computes without the dilation) get a constant filter with
// the dilation written into it: taps (kh, kw) move to (kh * dh, kw * dw) of a
// ((k - 1) * d + 1)-sized filter, zeros between, and dilation 1. The output
// is the same: the zero taps add nothing.
//
// ConvTranspose (one group) is Conv2DBackpropInput's full VALID output, of
// size s*(in-1) + (k-1)*d + 1 per spatial dim, cropped by pads [begin, end]
// and extended by output_padding at the end (extension pixels only get the
// bias):
//   out = s*(in-1) + output_padding + (k-1)*d + 1 - begin - end.
// With output_shape given, the total padding follows from it (SAME_UPPER
// puts the odd pixel at the end, else at the start).
//
// 1-D convolutions over [N, C, L] are the 2-D ones over [N, C, 1, L], their
// window attributes lifted, between reshapes.
//
// The window arithmetic (Conv.cpp) reads the matched conv through its result.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_CONV
#define T2T_ONNX_TO_TFL_CONV

include "Common.td"

def OIHWToHWIO : ConstantAttr<DenseI64ArrayAttr, "{2, 3, 1, 0}">;

def GroupsDivideChannels : Constraint<CPred<"::t2t::lowering::groupsDivideChannels($0)">,
                                      "groups dividing the (static) channels">;
def HasDilatableFilter : Constraint<CPred<"::t2t::lowering::hasDilatableFilter($0)">,
    "a constant filter, to write the dilation into (TensorFlow's convs take no dilation with a "
    "stride, TensorFlow.js's transposed conv none)">;
def HasConvPadding : Constraint<CPred<"::t2t::lowering::hasConvPadding($0)">,
                                "padding TensorFlow can express (SAME_LOWER needs static H and W)">;
// A 2-D float conv with a static filter that TensorFlow can compute.
class Conv2D<dag result, dag kind> : Pat<
    (ONNX_ConvOp:$y TFL_FloatTensor:$x, $w, $b, $auto_pad, $dilations, $group, $kernel_shape, $pads, $strides),
    result,
    [(IsRank4 $x), (IsRanked $y), (HasStaticShape $w), (GroupsDivideChannels $y), (HasDilatableFilter $y),
     (HasConvPadding $y), kind]>;
def IsPlainConv : Constraint<CPred<"::t2t::lowering::convKind($0) == ::t2t::lowering::ConvKind::Plain">,
                             "one group">;
def IsDepthwiseConv : Constraint<CPred<"::t2t::lowering::convKind($0) == ::t2t::lowering::ConvKind::Depthwise">,
                                 "one input channel per group">;
def IsGroupedConv : Constraint<CPred<"::t2t::lowering::convKind($0) == ::t2t::lowering::ConvKind::Grouped">,
                               "several input channels per group">;
// The filter, its dilation written in when TensorFlow needs it; the window
// attributes that go with it; the bias, or zeros.
def ConvFilter : NativeCodeCall<"::t2t::lowering::convFilter($_builder, $_loc, $0)">;
def ConvStrides : NativeCodeCall<"::t2t::lowering::convStrides($0)">;
def ConvDilations : NativeCodeCall<"::t2t::lowering::convDilations($0)">;
def ConvPadding : NativeCodeCall<"::t2t::lowering::convPadding($0)">;
def ConvExplicitPadding : NativeCodeCall<"::t2t::lowering::convExplicitPadding($0)">;
def ConvBias : NativeCodeCall<"::t2t::lowering::convBias($_builder, $_loc, $0, $1)">;
def DepthwiseFilterType : NativeCodeCall<"::t2t::lowering::depthwiseFilterType($0)">;
// One conv_2d per group, joined along the channels: a variadic decomposition.
def GroupedConv2D : NativeCodeCall<"::t2t::lowering::groupedConv2D($_builder, $_loc, $0, $1, $2, $3)">;

def LowerConv : Conv2D<
    (TFL_TransposeOp (TFL_Conv2DOp (TFL_TransposeOp $x, ToNHWC), (TFL_TransposeOp (ConvFilter $y), OIHWToHWIO),
                                   (ConvBias $b, $y), (ConvStrides $y), (ConvDilations $y), (ConvPadding $y),
                                   (ConvExplicitPadding $y), NoFusedActivation, (returnType (NHWCType $y))),
                     ToNCHW),
    (IsPlainConv $y)>;
def LowerDepthwiseConv : Conv2D<
    (TFL_TransposeOp (TFL_DepthwiseConv2DOp (TFL_TransposeOp $x, ToNHWC),
                                            (TFL_ReshapeOp (TFL_TransposeOp (ConvFilter $y), OIHWToHWIO),
                                                           (returnType (DepthwiseFilterType $y))),
                                            (ConvBias $b, $y), (ConvStrides $y), (ConvDilations $y),
                                            (ConvPadding $y), (ConvExplicitPadding $y), NoFusedActivation,
                                            (returnType (NHWCType $y))),
                     ToNCHW),
    (IsDepthwiseConv $y)>;
def LowerGroupedConv : Conv2D<
    (TFL_TransposeOp (GroupedConv2D (TFL_TransposeOp $x, ToNHWC), (TFL_TransposeOp (ConvFilter $y), OIHWToHWIO),
                                    (ConvBias $b, $y), $y),
                     ToNCHW),
    (IsGroupedConv $y)>;

def Is1DConv : Constraint<CPred<"::t2t::lowering::is1DWindow($0, $2) && "
                                "::t2t::lowering::hasRank($1, 3) && ::t2t::lowering::hasStaticShape($1)">,
                          "[N, C, L] input and result with at most one dynamic dim, a static filter">;
def LowerConv1D : Pat<(ONNX_ConvOp:$y $x, $w, $b, $auto_pad, $dilations, $group, $kernel_shape, $pads, $strides),
    (TFL_ReshapeOp (ONNX_ConvOp (TFL_ReshapeOp $x, (returnType (UnitHeightType $x))),
                                (TFL_ReshapeOp $w, (returnType (UnitHeightType $w))), $b, $auto_pad,
                                (LiftTo2D<"1"> $dilations), $group, (LiftTo2D<"1"> $kernel_shape),
                                (LiftTo2D<"0"> $pads), (LiftTo2D<"1"> $strides),
                                (returnType (UnitHeightType $y)))),
    [(Is1DConv $x, $w, $y)]>;

def HasTransposedConvShapes : Constraint<CPred<"::t2t::lowering::hasTransposedConvShapes($0, $1)">,
    "static C out, and H and W out static where they are in">;
def HasConvTransposeCrop : Constraint<CPred<"::t2t::lowering::hasConvTransposeCrop($0)">,
    "non-negative padding (explicit pads of at least the output padding for a run-time H or W)">;
def IOHWToHWOI : ConstantAttr<DenseI64ArrayAttr, "{2, 3, 1, 0}">;
// The full VALID output's NHWC type, and the bias that goes into the conv
// (zeros when the extension pixels need the bias added after).
def ConvTransposeFullType : NativeCodeCall<"::t2t::lowering::convTransposeFullType($0)">;
def ConvTransposeBias : NativeCodeCall<"::t2t::lowering::convTransposeBias($_builder, $_loc, $0, $1)">;
// The full output cropped by the pads and extended by output_padding (pad,
// slice and bias add only where needed).
def CroppedToOutput : NativeCodeCall<"::t2t::lowering::croppedToOutput($_builder, $_loc, $0, $1, $2)">;
def LowerConvTranspose : Pat<(ONNX_ConvTransposeOp:$y TFL_FloatTensor:$x, $w, $b, $auto_pad, $dilations,
                                                  ConstantAttr<ONNX_I64Attr, "1">:$group, $kernel_shape,
                                                  $output_padding, $output_shape, $pads, $strides),
    (TFL_TransposeOp
        (CroppedToOutput
            (TFL_TransposeConvOp (TFL_TransposeOp $x, ToNHWC), (TFL_TransposeOp (ConvFilter $y), IOHWToHWOI),
                                 (ConvTransposeBias $b, $y), (ConvStrides $y), (ConvDilations $y), Valid,
                                 NoFusedActivation, (returnType (ConvTransposeFullType $y))),
            $b, $y),
        ToNCHW),
    [(IsRank4 $x), (HasStaticShape $w), (HasTransposedConvShapes $x, $y), (HasDilatableFilter $y),
     (HasConvTransposeCrop $y)]>;
def LowerConvTranspose1D : Pat<(ONNX_ConvTransposeOp:$y $x, $w, $b, $auto_pad, $dilations, $group,
                                                    $kernel_shape, $output_padding, $output_shape, $pads,
                                                    $strides),
    (TFL_ReshapeOp (ONNX_ConvTransposeOp (TFL_ReshapeOp $x, (returnType (UnitHeightType $x))),
                                         (TFL_ReshapeOp $w, (returnType (UnitHeightType $w))), $b, $auto_pad,
                                         (LiftTo2D<"1"> $dilations), $group, (LiftTo2D<"1"> $kernel_shape),
                                         (LiftTo2D<"0"> $output_padding), (LiftTo2D<"1"> $output_shape),
                                         (LiftTo2D<"0"> $pads), (LiftTo2D<"1"> $strides),
                                         (returnType (UnitHeightType $y)))),
    [(Is1DConv $x, $w, $y)]>;

#endif // T2T_ONNX_TO_TFL_CONV
