//===- Constants.td - onnx.Constant -> tfl.const -------------*- tablegen -*-===//

#ifndef T2T_ONNX_TO_TFL_CONSTANTS
#define T2T_ONNX_TO_TFL_CONSTANTS

include "Common.td"

// Constants in the `value` form (the importer's and ONNX's usual one).
def LowerConstant : Pat<(ONNX_ConstantOp $sparse_value, ElementsAttr:$value, $value_float,
                                         $value_floats, $value_int, $value_ints, $value_string,
                                         $value_strings),
                        (TFL_ConstOp $value)>;

// The scalar and list forms (value_float, value_int, value_floats,
// value_ints) as elements (onnx::constantElements).
def FoldedElements : NativeCodeCall<
    "::t2t::onnx::constantElements($0.getDefiningOp<::t2t::onnx::ConstantOp>())">;
def HasFoldedElements : Constraint<CPred<
    "static_cast<bool>(::t2t::onnx::constantElements("
    "$0.getDefiningOp<::t2t::onnx::ConstantOp>()))">,
    "a numeric value_float, value_int, value_floats or value_ints">;
def LowerConstantScalarOrList : Pat<
    (ONNX_ConstantOp:$constant $sparse_value, $value, $value_float, $value_floats, $value_int,
                               $value_ints, $value_string, $value_strings),
    (TFL_ConstOp (FoldedElements $constant)), [(HasFoldedElements $constant)]>;

#endif // T2T_ONNX_TO_TFL_CONSTANTS
