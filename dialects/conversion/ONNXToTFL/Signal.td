//===- Signal.td - onnx window functions -> tfl --------------*- tablegen -*-===//
//
// The generalized cosine windows over n = 0 .. size - 1, N = size (periodic)
// or size - 1 (symmetric), computed at run time from the size (Signal.cpp):
//   Hann:     0.5 - 0.5 cos(2 pi n / N)
//   Hamming:  25/46 - 21/46 cos(2 pi n / N)
//   Blackman: 0.42 - 0.5 cos(2 pi n / N) + 0.08 cos(4 pi n / N)
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_SIGNAL
#define T2T_ONNX_TO_TFL_SIGNAL

include "Common.td"

def IsWindow : Constraint<CPred<"::t2t::lowering::isWindow($0, $1)">,
                          "a one-element integer size and a ranked float result">;
class CosineWindow<string a0, string a1, string a2> : NativeCodeCall<
    "::t2t::lowering::cosineWindow($_builder, $_loc, $0, $1, $2, " # a0 # ", " # a1 # ", " # a2 # ")">;

def LowerHannWindow : Pat<(ONNX_HannWindowOp:$y $size, $type, $periodic),
                          (CosineWindow<"0.5", "0.5", "0.0"> $size, $periodic, $y),
                          [(IsWindow $size, $y)]>;
def LowerHammingWindow : Pat<(ONNX_HammingWindowOp:$y $size, $type, $periodic),
                             (CosineWindow<"25.0 / 46.0", "21.0 / 46.0", "0.0"> $size, $periodic, $y),
                             [(IsWindow $size, $y)]>;
def LowerBlackmanWindow : Pat<(ONNX_BlackmanWindowOp:$y $size, $type, $periodic),
                              (CosineWindow<"0.42", "0.5", "0.08"> $size, $periodic, $y),
                              [(IsWindow $size, $y)]>;

// MelWeightMatrix of run-time sizes and edges: the triangles computed by the
// graph (Signal.cpp), weights[bin, band].
def IsMelWeightMatrix : Constraint<CPred<"::t2t::lowering::isMelWeightMatrix($0, $1, $2, $3)">,
                                   "one-element integer sizes and float edges, a rank-2 result">;
def IsMelWeightResult : Constraint<CPred<"::t2t::lowering::isMelWeightResult($0, $1)">,
                                   "a float upper edge and a rank-2 result">;
def MelWeightMatrix : NativeCodeCall<
    "::t2t::lowering::melWeightMatrix($_builder, $_loc, $0, $1, $2, $3, $4, $5)">;
def LowerMelWeightMatrix : Pat<(ONNX_MelWeightMatrixOp:$y $bins, $length, $rate, $low, $high, $type),
                               (MelWeightMatrix $bins, $length, $rate, $low, $high, $y),
                               [(IsMelWeightMatrix $bins, $length, $rate, $low),
                                (IsMelWeightResult $high, $y)]>;

#endif // T2T_ONNX_TO_TFL_SIGNAL
