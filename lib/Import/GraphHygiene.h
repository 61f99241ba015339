//===- GraphHygiene.h - Graph structure repairs before checking -*- C++ -*-===//
//
// What exporters write and onnxruntime accepts but ONNX 1.12's checker does
// not: nodes out of topological order (float16 converters append their Casts),
// graph inputs and outputs declared without a shape.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_GRAPHHYGIENE_H
#define T2T_LIB_IMPORT_GRAPHHYGIENE_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"

#include <vector>

namespace t2t::import {

/// Orders the nodes of `graph` and of its subgraphs topologically, keeping
/// the given order wherever it is one. A value produced twice, an input that
/// nothing produces and a cycle are errors naming the node.
llvm::Error sortTopologically(::onnx::GraphProto &graph);

/// The main graph's inputs and outputs declared as tensors without a shape
/// (valid ONNX; ONNX 1.12's checker requires one). The constructor gives them
/// an empty shape for the checker; restore() removes it again, so that shape
/// inference fills it in. Positions are kept, not pointers: the checked model
/// comes back from the worker as a new message.
class ShapelessInterface {
public:
  explicit ShapelessInterface(::onnx::GraphProto &graph);
  void restore(::onnx::GraphProto &graph) const;

private:
  std::vector<int> inputs, outputs;
};

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_GRAPHHYGIENE_H
