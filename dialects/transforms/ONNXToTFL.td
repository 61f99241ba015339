//===- ONNXToTFL.td - onnx -> tfl lowering patterns ---------*- tablegen -*-===//
//
// Layout-agnostic ops map one to one. Layout-sensitive ops (Conv, pools, ...)
// are lowered between NCHW<->NHWC transposes that the layout passes remove.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_ONNX_TO_TFL
#define T2T_ONNX_TO_TFL

include "mlir/IR/PatternBase.td"
include "ONNXOps.td"
include "TFLOps.td"

def NoFusedActivation : ConstantStrAttr<StrAttr, "NONE">;

// Constants in the `value` form (the importer's and ONNX's usual one).
def : Pat<(ONNX_ConstantOp $sparse_value, ElementsAttr:$value, $value_float, $value_floats,
                           $value_int, $value_ints, $value_string, $value_strings),
          (TFL_ConstOp $value)>;

def : Pat<(ONNX_ReluOp TFL_FloatTensor:$x), (TFL_ReluOp $x)>;

def : Pat<(ONNX_AddOp TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs),
          (TFL_AddOp $lhs, $rhs, NoFusedActivation)>;

#endif // T2T_ONNX_TO_TFL
