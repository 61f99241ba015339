//===- GraphDefWriter.h - Binary GraphDef with weights written in place ---===//
//
// Large Const values stay in their MLIR resource blobs: the NodeDef holds the
// tensor's dtype and shape only, and the writer emits the blob's bytes where
// the tensor's `tensor_content` field goes, permuting them on the way for a
// weight the lowering transposed (tfl::PermutedElementsAttr). The bytes are
// those protobuf's deterministic serialization of the complete graph would
// give, without a second in-memory copy of the weights.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_EXPORT_GRAPHDEFWRITER_H
#define T2T_LIB_EXPORT_GRAPHDEFWRITER_H

#include "AsyncOutput.h"
#include "lib/Export/graphdef.pb.h"

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "llvm/ADT/DenseMap.h"

namespace t2t {

/// Const nodes whose `value` tensor's tensor_content is held outside the
/// proto: the constant it is the bytes of (tfl::constantBytes), a resource
/// blob or a permutation of one.
using ExternalContents = llvm::DenseMap<const t2t::tensorflow::NodeDef *, mlir::ElementsAttr>;

/// The serialized size of `graph` with the external contents in place.
size_t graphDefSize(const tensorflow::GraphDef &graph, const ExternalContents &contents);

/// Writes `graph` in protobuf's deterministic binary form (map entries in key
/// order), each external content in its node's tensor_content
/// (AsyncOutput::appendWeight, freeing its blobs through `release` if any).
void writeGraphDef(const tensorflow::GraphDef &graph, const ExternalContents &contents,
                   AsyncOutput &out, BlobRelease *release);

/// Moves the external contents into the protos (for the text form).
void inlineContents(tensorflow::GraphDef &graph, const ExternalContents &contents);

} // namespace t2t

#endif // T2T_LIB_EXPORT_GRAPHDEFWRITER_H
