//===- Quantization.td - onnx quantized ops -> float tfl -----*- tablegen -*-===//
//
// Quantized models run in float arithmetic that gives ONNX's integer results
// exactly (Quantization.cpp holds the arithmetic):
//   QuantizeLinear(x, s, zp)   -> cast(clip(round(x / s) + zp, qmin, qmax))
//                                 (round half to even, as ONNX and
//                                 TensorFlow's Round; s and zp per tensor or
//                                 along `axis`)
//   DequantizeLinear(x, s, zp) -> (float(x) - float(zp)) * s
//   DynamicQuantizeLinear(x)   -> s = (max(0, max x) - min(0, min x)) / 255,
//                                 zp = round(clip(-min(0, min x) / s, 0, 255)),
//                                 y = QuantizeLinear(x, s, zp) as uint8
//   ConvInteger, MatMulInteger -> the float Conv / MatMul of the operands
//                                 minus their zero points, cast to int32
//                                 (QLinearConv / QLinearMatMul: rescaled and
//                                 quantized instead):
//                                 exact while every sum stays below 2^24
//                                 (float32's integers), which the constant
//                                 weights bound; refused otherwise.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_QUANTIZATION
#define T2T_ONNX_TO_TFL_QUANTIZATION

include "Common.td"

def IsQuantization : Constraint<
    CPred<"::t2t::lowering::isQuantization($0, $1, $2, $3)">,
    "a float input, float scales, an 8-bit integer result of the zero point's type">;
def ScaleFitsAxis : Constraint<CPred<"::t2t::lowering::scaleFitsAxis($0, $1, $2)">,
                               "a scale per tensor or per element along the axis">;
def QuantizeLinear : NativeCodeCall<
    "::t2t::lowering::quantizeLinear($_builder, $_loc, $0, $1, $2, $3, $4)">;
def LowerQuantizeLinear : Pat<(ONNX_QuantizeLinearOp:$y $x, $scale, $zp, $axis),
                              (QuantizeLinear $x, $scale, $zp, $axis, $y),
                              [(IsQuantization $x, $scale, $zp, $y),
                               (ScaleFitsAxis $x, $scale, $axis)]>;

def IsDequantization : Constraint<
    CPred<"::t2t::lowering::isQuantization($2, $0, $1, $3)">,
    "an 8-bit integer input of the zero point's type (or int32 without), float scales and result">;
def DequantizeLinear : NativeCodeCall<
    "::t2t::lowering::dequantizeLinear($_builder, $_loc, $0, $1, $2, $3, $4)">;
def LowerDequantizeLinear : Pat<(ONNX_DequantizeLinearOp:$y $x, $scale, $zp, $axis),
                                (DequantizeLinear $x, $scale, $zp, $axis, $y),
                                [(IsDequantization $scale, $zp, $y, $x),
                                 (ScaleFitsAxis $x, $scale, $axis)]>;

def IsDynamicQuantization : Constraint<
    CPred<"::t2t::lowering::isDynamicQuantization($0, $1, $2, $3)">,
    "a ranked float input, uint8 results">;
def DynamicScale : NativeCodeCall<"::t2t::lowering::dynamicScale($_builder, $_loc, $0)">;
def DynamicZeroPoint : NativeCodeCall<
    "::t2t::lowering::dynamicZeroPoint($_builder, $_loc, $0, $1)">;
def QuantizedWith : NativeCodeCall<
    "::t2t::lowering::quantizedWith($_builder, $_loc, $0, $1, $2, $3)">;
def ZeroPointOf : NativeCodeCall<"::t2t::lowering::zeroPointOf($_builder, $_loc, $0, $1)">;
def LowerDynamicQuantizeLinear : Pattern<
    (ONNX_DynamicQuantizeLinearOp:$results $x),
    [(DynamicScale:$scale $x), (DynamicZeroPoint:$zp $x, $scale),
     (QuantizedWith $x, $scale, $zp, $results__0), (replaceWithValue $scale),
     (ZeroPointOf $zp, $results__2)],
    [(IsDynamicQuantization $x, $results__0, $results__1, $results__2)]>;

def HasExactIntegerConv : Constraint<
    CPred<"::t2t::lowering::hasExactIntegerConv($0, $1, $2, $3)">,
    "8-bit operands whose sums stay below 2^24, where float32 is exact">;
def IsInt32Result : Constraint<CPred<"::t2t::lowering::hasElementType($0, 32)">,
                               "an int32 result">;
// The float Conv / MatMul (an onnx op, lowered by its own family) of the
// operands minus their zero points, cast to int32.
def IntegerAsFloat : NativeCodeCall<
    "::t2t::lowering::integerAsFloat($_builder, $_loc, $0, $1, $2, $3, $4)">;
def LowerConvInteger : Pat<
    (ONNX_ConvIntegerOp:$y $x, $w, $xzp, $wzp, $auto_pad, $dilations, $group, $kernel_shape, $pads,
                        $strides),
    (IntegerAsFloat $y, $x, $w, $xzp, $wzp),
    [(HasExactIntegerConv $x, $w, $xzp, $wzp), (IsInt32Result $y)]>;
def LowerMatMulInteger : Pat<
    (ONNX_MatMulIntegerOp:$y $a, $b, $azp, $bzp),
    (IntegerAsFloat $y, $a, $b, $azp, $bzp),
    [(HasExactIntegerConv $a, $b, $azp, $bzp), (IsInt32Result $y)]>;

// QLinearMatMul / QLinearConv: the exact float sum of the operands minus
// their zero points (plus the int32 bias), rescaled by xs * ws / ys,
// rounded half to even, offset by the result's zero point and saturated.
def IsQuantizedResult : Constraint<CPred<"::t2t::lowering::isQuantizedResult($0, $1)">,
                                   "an 8-bit result of its zero point's type">;
def AreScales : Constraint<CPred<"::t2t::lowering::areScales($0, $1, $2)">,
                           "float scales per tensor or per channel">;
def QLinearAsFloat : NativeCodeCall<
    "::t2t::lowering::qlinearAsFloat($_builder, $_loc, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9)">;
def NoBias : NativeCodeCall<"::mlir::Value()">;
def LowerQLinearMatMul : Pat<
    (ONNX_QLinearMatMulOp:$y $a, $as, $azp, $b, $bs, $bzp, $ys, $yzp),
    (QLinearAsFloat $y, $a, $as, $azp, $b, $bs, $bzp, $ys, $yzp, (NoBias)),
    [(HasExactIntegerConv $a, $b, $azp, $bzp), (IsQuantizedResult $y, $yzp),
     (AreScales $as, $bs, $ys)]>;
def LowerQLinearConv : Pat<
    (ONNX_QLinearConvOp:$y $x, $xs, $xzp, $w, $ws, $wzp, $ys, $yzp, $bias, $auto_pad, $dilations,
                        $group, $kernel_shape, $pads, $strides),
    (QLinearAsFloat $y, $x, $xs, $xzp, $w, $ws, $wzp, $ys, $yzp, $bias),
    [(HasExactIntegerConv $x, $w, $xzp, $wzp), (IsQuantizedResult $y, $yzp),
     (AreScales $xs, $ws, $ys)]>;

#endif // T2T_ONNX_TO_TFL_QUANTIZATION
