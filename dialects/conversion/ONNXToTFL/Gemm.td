//===- Gemm.td - onnx Gemm, MatMul, Einsum -> tfl ------------*- tablegen -*-===//
//
//   Gemm:   Y = alpha * A' B' + beta * C,  A' = transA ? A^T : A, B' likewise
//   fully_connected(input, filter[out, in], bias[out]) = input filter^T + bias
// so with alpha = beta = 1 and transA = 0: filter = transB ? B : B^T (a
// constant B is transposed at compile time by the transpose folder) and
// bias = C (1-D, or zeros when absent). MatMul of a 2-D input by a static
// [K, N] is the same without bias. Everything else is batch_matmul
// (adj_x/adj_y for the transposes), times alpha, plus beta * C.
//
// Einsum is TensorFlow's Einsum, its equation made explicit when implicit
// (the output labels are those appearing once, in alphabetical order).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_GEMM
#define T2T_ONNX_TO_TFL_GEMM

include "Common.td"

// fully_connected(a, b, bias) computes the op: 2-D float operands, a static B
// and a bias that is absent or 1-D of the output size ($2: B is [out, in]).
def FitsFullyConnected : Constraint<CPred<"::t2t::lowering::fitsFullyConnected($0, $1, $2, $3)">,
                                    "2-D float operands, a static B and a 1-D bias of the output size">;
def IsPlainGemm : Constraint<CPred<"::t2t::lowering::isPlainGemm($0, $1, $2)">,
                             "alpha = beta = 1 and no transA">;
// Zeros for the outputs of B ([in, out], or [out, in] when $2 is set).
def ZeroBias : NativeCodeCall<"::t2t::lowering::zeroBias($0, $1, $2)">;
def MatMulZeroBias : NativeCodeCall<"::t2t::lowering::zeroBias($0, $1)">;
def Transposed2D : ConstantAttr<DenseI64ArrayAttr, "{1, 0}">;

def LowerGemmAsFullyConnected : Pat<(ONNX_GemmOp $a, $b, $c, $alpha, $beta, $transA, I64AttrIsNonZero:$transB),
    (TFL_FullyConnectedOp $a, $b, $c, NoFusedActivation),
    [(IsPlainGemm $alpha, $beta, $transA), (FitsFullyConnected $a, $b, $transB, $c), (IsPresent $c)],
    [], (addBenefit 1)>;
def LowerGemmAsFullyConnectedNoBias : Pat<(ONNX_GemmOp $a, $b, $c, $alpha, $beta, $transA, I64AttrIsNonZero:$transB),
    (TFL_FullyConnectedOp $a, $b, (TFL_ConstOp (ZeroBias $a, $b, $transB)), NoFusedActivation),
    [(IsPlainGemm $alpha, $beta, $transA), (FitsFullyConnected $a, $b, $transB, $c), (IsNone $c)],
    [], (addBenefit 1)>;
def LowerGemmAsFullyConnectedOfTransposed : Pat<(ONNX_GemmOp $a, $b, $c, $alpha, $beta, $transA, I64AttrIsZero:$transB),
    (TFL_FullyConnectedOp $a, (TFL_TransposeOp $b, Transposed2D), $c, NoFusedActivation),
    [(IsPlainGemm $alpha, $beta, $transA), (FitsFullyConnected $a, $b, $transB, $c), (IsPresent $c)],
    [], (addBenefit 1)>;
def LowerGemmAsFullyConnectedOfTransposedNoBias : Pat<(ONNX_GemmOp $a, $b, $c, $alpha, $beta, $transA, I64AttrIsZero:$transB),
    (TFL_FullyConnectedOp $a, (TFL_TransposeOp $b, Transposed2D), (TFL_ConstOp (ZeroBias $a, $b, $transB)),
                          NoFusedActivation),
    [(IsPlainGemm $alpha, $beta, $transA), (FitsFullyConnected $a, $b, $transB, $c), (IsNone $c)],
    [], (addBenefit 1)>;

// x * factor with a scalar constant, unless the factor is 1.
def ScaledBy : NativeCodeCall<"::t2t::lowering::scaledBy($_builder, $_loc, $0, $1)">;
def Is2DFloatPair : Constraint<CPred<"::t2t::lowering::isRankedFloat($0, 2) && ::t2t::lowering::hasRank($1, 2)">,
                               "2-D float operands">;
def HasCTerm : Constraint<CPred<"::t2t::lowering::hasCTerm($0, $1)">, "C present and beta other than 0">;
def HasNoCTerm : Constraint<Neg<HasCTerm.predicate>, "C absent or beta 0">;
def LowerGemm : Pat<(ONNX_GemmOp:$y $a, $b, $c, $alpha, $beta, $transA, $transB),
    (TFL_AddOp (ScaledBy (TFL_BatchMatMulOp $a, $b, (BoolOf $transA), (BoolOf $transB), (returnType $y)),
                         $alpha),
               (ScaledBy $c, $beta), NoFusedActivation),
    [(Is2DFloatPair $a, $b), (IsRanked $y), (HasCTerm $c, $beta)]>;
def LowerGemmNoC : Pat<(ONNX_GemmOp:$y $a, $b, $c, $alpha, $beta, $transA, $transB),
    (ScaledBy (TFL_BatchMatMulOp $a, $b, (BoolOf $transA), (BoolOf $transB), (returnType $y)), $alpha),
    [(Is2DFloatPair $a, $b), (IsRanked $y), (HasNoCTerm $c, $beta)]>;

def MatMulFitsFullyConnected : Constraint<CPred<"::t2t::lowering::fitsFullyConnected($0, $1)">,
                                          "a 2-D float input and a static 2-D B">;
def LowerMatMulAsFullyConnected : Pat<(ONNX_MatMulOp $a, $b),
    (TFL_FullyConnectedOp $a, (TFL_TransposeOp $b, Transposed2D), (TFL_ConstOp (MatMulZeroBias $a, $b)),
                          NoFusedActivation),
    [(MatMulFitsFullyConnected $a, $b)], [], (addBenefit 1)>;
def IsBatchMatMul : Constraint<CPred<"::t2t::lowering::isBatchMatMul($0, $1)">,
                               "operands of rank 2 or more and one element type">;
def LowerMatMul : Pat<(ONNX_MatMulOp:$y $a, $b), (TFL_BatchMatMulOp $a, $b, ConstBoolAttrFalse, ConstBoolAttrFalse),
                      [(IsRanked $y), (IsBatchMatMul $a, $b)]>;

def HasExplicitEquation : Constraint<CPred<"::t2t::lowering::explicitEquation($0) != nullptr">,
                                     "an equation without ellipsis">;
def ExplicitEquation : NativeCodeCall<"::t2t::lowering::explicitEquation($0)">;
def LowerEinsum : Pat<(ONNX_EinsumOp:$y $inputs, $equation), (TFL_EinsumOp $inputs, (ExplicitEquation $equation)),
                      [(IsRanked $y), (HasExplicitEquation $equation)]>;

#endif // T2T_ONNX_TO_TFL_GEMM
