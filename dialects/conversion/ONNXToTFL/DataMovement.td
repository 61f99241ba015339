//===- DataMovement.td - onnx ops that move elements -> tfl --*- tablegen -*-===//
//
// Ops that only move, replicate or generate elements:
//   Tile(x, repeats)    -> tile (repeats constant, or what the static shapes say)
//   Expand(x, shape)    -> broadcast_to the (static) result shape, or
//                          broadcast_to_dims max(dims(x), shape) at run time
//   NonZero(x)          -> transpose(where(x))
//   DepthToSpace DCR    -> NHWC depth_to_space (TensorFlow's order)
//   DepthToSpace CRD    -> reshape [N, C/b^2, b, b, H, W], transpose
//                          [0, 1, 4, 2, 5, 3], reshape [N, C/b^2, H*b, W*b]
//   SpaceToDepth        -> reshape [N, C, H/b, b, W/b, b], transpose
//                          [0, 3, 5, 1, 2, 4], reshape [N, C*b*b, H/b, W/b]
//                          (TensorFlow.js has no SpaceToDepth kernel)
//   ConstantOfShape, EyeLike, Size of static shapes -> constants
//   ConstantOfShape of a shape known at run time -> fill(shape, value)
// Trilu and OneHot are C++ (DataMovement.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL_DATA_MOVEMENT
#define T2T_ONNX_TO_TFL_DATA_MOVEMENT

include "Common.td"

def HasTileMultiples : Constraint<CPred<"::t2t::lowering::tileMultiples($0, $1, $2) != nullptr">,
                                  "constant repeats (or static shapes), one per dimension">;
def TileMultiples : NativeCodeCall<"::t2t::lowering::tileMultiples($0, $1, $2)">;
def LowerTile : Pat<(ONNX_TileOp:$y $x, $repeats), (TFL_TileOp $x, (TileMultiples $repeats, $x, $y)),
                    [(HasTileMultiples $repeats, $x, $y)]>;

def LowerExpand : Pat<(ONNX_ExpandOp:$y $x, $shape), (TFL_BroadcastToOp $x), [(HasStaticShape $y)],
                      [], (addBenefit 1)>;
def HasRunTimeExpand : Constraint<CPred<"::t2t::lowering::hasRunTimeExpand($0, $1, $2)">,
                                  "ranked x and y and a shape vector of static length">;
def ExpandedDims : NativeCodeCall<"::t2t::lowering::expandedDims($_builder, $_loc, $0, $1)">;
def LowerExpandAtRunTime : Pat<(ONNX_ExpandOp:$y $x, $shape),
    (TFL_BroadcastToDimsOp $x, (ExpandedDims $x, $shape)), [(HasRunTimeExpand $x, $shape, $y)]>;

// NonZero is the transpose of TensorFlow's Where ([count, rank] -> [rank,
// count]); its count is known only at run time.
def NonZeroIndexType : NativeCodeCall<"::t2t::lowering::nonZeroIndexType($0)">;
def LowerNonZero : Pat<(ONNX_NonZeroOp:$y $x),
    (TFL_TransposeOp (TFL_WhereOp $x, (returnType (NonZeroIndexType $x))),
                     ConstantAttr<DenseI64ArrayAttr, "{1, 0}">),
    [(IsRanked $x), (IsRanked $y)]>;

def IsDCR : AttrConstraint<CPred<"::llvm::cast<::mlir::StringAttr>($_self).getValue() == \"DCR\"">,
                           "DCR mode">;
def IsCRD : AttrConstraint<CPred<"::llvm::cast<::mlir::StringAttr>($_self).getValue() == \"CRD\"">,
                           "CRD mode">;
def IsStaticRank4 : Constraint<CPred<"::t2t::lowering::hasRank($0, 4) && "
                                     "::t2t::lowering::hasStaticShape($0)">, "a static 4-D tensor">;
// The 6-D views of the block reorderings: [N, C/b^2, b, b, H, W] (CRD) and
// [N, C, H/b, b, W/b, b] (SpaceToDepth).
def CRDBlocksType : NativeCodeCall<"::t2t::lowering::crdBlocksType($0, $1)">;
def SpaceBlocksType : NativeCodeCall<"::t2t::lowering::spaceBlocksType($0, $1)">;

def LowerDepthToSpace : Pat<(ONNX_DepthToSpaceOp:$y $x, $blocksize, IsDCR:$mode),
    (TFL_TransposeOp (TFL_DepthToSpaceOp (TFL_TransposeOp $x, ToNHWC), $blocksize,
                                         (returnType (NHWCType $y))),
                     ToNCHW),
    [(IsRank4 $x), (IsRank4 $y)]>;
def LowerDepthToSpaceCRD : Pat<(ONNX_DepthToSpaceOp:$y $x, $blocksize, IsCRD:$mode),
    (TFL_ReshapeOp (TFL_TransposeOp (TFL_ReshapeOp $x, (returnType (CRDBlocksType $x, $blocksize))),
                                    ConstantAttr<DenseI64ArrayAttr, "{0, 1, 4, 2, 5, 3}">)),
    [(IsStaticRank4 $x), (HasStaticShape $y)]>;

def IsPositive : AttrConstraint<CPred<"::t2t::lowering::intValue($_self) >= 1">, "at least 1">;
def LowerSpaceToDepth : Pat<(ONNX_SpaceToDepthOp:$y $x, IsPositive:$blocksize),
    (TFL_ReshapeOp (TFL_TransposeOp (TFL_ReshapeOp $x, (returnType (SpaceBlocksType $x, $blocksize))),
                                    ConstantAttr<DenseI64ArrayAttr, "{0, 3, 5, 1, 2, 4}">)),
    [(IsStaticRank4 $x), (HasStaticShape $y)]>;

// ConstantOfShape with a static result is that constant (its shape operand,
// even when known only at run time, must be the result's).
def HasFill : Constraint<CPred<"::t2t::lowering::constantOfShape($0, $1) != nullptr">,
                         "a static result and a one-element value of its type">;
def ConstantOfShape : NativeCodeCall<"::t2t::lowering::constantOfShape($0, $1)">;
def LowerConstantOfShape : Pat<(ONNX_ConstantOfShapeOp:$y $shape, $value),
                               (TFL_ConstOp (ConstantOfShape $value, $y)), [(HasFill $value, $y)],
                               [], (addBenefit 1)>;
def HasFillScalar : Constraint<CPred<"::t2t::lowering::fillScalar($0, $1) != nullptr">,
                               "a one-element value of the result's type">;
def FillScalar : NativeCodeCall<"::t2t::lowering::fillScalar($0, $1)">;
def LowerConstantOfShapeAtRunTime : Pat<(ONNX_ConstantOfShapeOp:$y $shape, $value),
    (TFL_FillOp $shape, (TFL_ConstOp (FillScalar $value, $y))),
    [(HasFillScalar $value, $y)]>;

def IsStaticRank2 : Constraint<CPred<"::t2t::lowering::hasRank($0, 2) && "
                                     "::t2t::lowering::hasStaticShape($0)">, "a static 2-D result">;
def EyeLike : NativeCodeCall<"::t2t::lowering::eyeLike($0, $1)">;
def LowerEyeLike : Pat<(ONNX_EyeLikeOp:$y $x, $dtype, $k), (TFL_ConstOp (EyeLike $y, $k)),
                       [(IsStaticRank2 $y)]>;

def ElementCount : NativeCodeCall<"::t2t::lowering::elementCount($0, $1)">;
def LowerSize : Pat<(ONNX_SizeOp:$y $x), (TFL_ConstOp (ElementCount $x, $y)),
                    [(HasStaticShape $x), (IsRanked $y)]>;

// Compress is a gather of where(condition) along the axis (of the flattened
// input when there is none).
def IsCompress : Constraint<CPred<"::t2t::lowering::isCompress($0, $1, $2)">,
                            "a ranked input and result, a 1-D bool condition">;
def AxisInRangeOrAbsent : Constraint<CPred<"!$1 || ::t2t::lowering::hasAxis($0, $1)">,
                                     "an axis of the input, or none">;
def Compressed : NativeCodeCall<"::t2t::lowering::compressed($_builder, $_loc, $0, $1, $2, $3)">;
def LowerCompress : Pat<(ONNX_CompressOp:$y $x, $condition, $axis),
                        (Compressed $x, $condition, $axis, $y),
                        [(IsCompress $x, $condition, $y), (AxisInRangeOrAbsent $x, $axis)]>;

#endif // T2T_ONNX_TO_TFL_DATA_MOVEMENT
