//===- InputShapes.h - Pinning graph input dims -----------------*- C++ -*-===//
//
// `--input-shape` and `--batch`: a model exported with symbolic dims is
// pinned to the sizes the user will feed, then inferred and folded as if it
// had been exported static.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_INPUTSHAPES_H
#define T2T_LIB_IMPORT_INPUTSHAPES_H

#include "t2t/Import/ONNXImporter.h"

#include "onnx/onnx_pb.h"

namespace t2t::import {

/// Sets the dims `options` give on the main graph's inputs and drops every
/// inferred or declared shape downstream of them (value_info, output
/// shapes), which shape inference then recomputes. A name that is no graph
/// input is an error listing the inputs.
llvm::Error pinInputShapes(::onnx::ModelProto &model, const ImportOptions &options);

/// The graph input named `name` that the user feeds (not an initializer); an
/// error naming `option` and listing the inputs when there is none.
llvm::Expected<::onnx::ValueInfoProto *> findFedInput(::onnx::GraphProto &graph,
                                                     llvm::StringRef name, llvm::StringRef option);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_INPUTSHAPES_H
