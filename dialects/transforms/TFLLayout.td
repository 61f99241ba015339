//===- TFLLayout.td - Declarative layout patterns on tfl ----*- tablegen -*-===//
//
// Shape values keep the layout the ONNX model meant: a shape read from an
// NCHW view of NHWC data (shape(transpose(y, perm))) is the NHWC tensor's
// own shape permuted the same way, so the vector is permuted, never the
// activations, and the transpose can cancel against the others:
//   shape(transpose(y, perm))[i] == shape(y)[perm[i]]
//
//===----------------------------------------------------------------------===//

#ifndef T2T_TFL_LAYOUT
#define T2T_TFL_LAYOUT

include "mlir/IR/PatternBase.td"
include "TFLOps.td"

// `perm` as the int32 indices of a gather.
def PermutationIndices : NativeCodeCall<"::t2t::permutationIndices($_builder, $0)">;

def ShapeOfTranspose : Pat<(TFL_ShapeOp:$shape (TFL_TransposeOp $y, $perm)),
                           (TFL_GatherOp (TFL_ShapeOp $y, (returnType $shape)),
                                         (TFL_ConstOp (PermutationIndices $perm)),
                                         ConstantAttr<I64Attr, "0">)>;

#endif // T2T_TFL_LAYOUT
