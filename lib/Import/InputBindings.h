//===- InputBindings.h - Graph inputs frozen to constants -------*- C++ -*-===//
//
// `--bind NAME=VALUE`: a graph input the user will always feed the same
// value (a sample rate, a mode flag) becomes an initializer of that value
// and leaves the interface; folding then decides what it decided at run
// time (an If on it is inlined).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_INPUTBINDINGS_H
#define T2T_LIB_IMPORT_INPUTBINDINGS_H

#include "t2t/Import/ONNXImporter.h"

#include "onnx/onnx_pb.h"

namespace t2t::import {

/// Replaces each bound graph input by an initializer holding its values, of
/// the input's element type and static shape. An unknown name (the error
/// lists the inputs), a shape with symbolic dims, a count of values other
/// than the shape's, or a non-numeric input is an error.
llvm::Error bindInputs(::onnx::ModelProto &model, const ImportOptions &options);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_INPUTBINDINGS_H
