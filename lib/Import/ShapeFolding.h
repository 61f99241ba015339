//===- ShapeFolding.h - Constant shape operands -----------------*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_SHAPEFOLDING_H
#define T2T_LIB_IMPORT_SHAPEFOLDING_H

#include "onnx/onnx_pb.h"

namespace t2t::import {

/// Replaces Reshape shapes, Resize sizes and Expand shapes that the graph
/// computes from tensor shapes by constants with the same meaning, using the
/// shapes inferred so far (value_info). Returns whether any operand changed,
/// i.e. whether shape inference has more to find.
bool foldShapeOperands(::onnx::ModelProto &model);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_SHAPEFOLDING_H
