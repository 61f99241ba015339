//===- GraphDefExporter.cpp - tfl dialect -> TensorFlow GraphDef ----------===//
//
// Each tfl op maps to one TensorFlow node (plus BiasAdd / activation nodes for
// what tfl fuses), with every attr TensorFlow's OpDef declares set explicitly:
// TensorFlow.js does not apply TF's attr defaults.
//
//===----------------------------------------------------------------------===//

#include "t2t/Export/GraphDefExporter.h"

#include "AsyncOutput.h"
#include "BlobRelease.h"
#include "GraphDefBuilder.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <google/protobuf/text_format.h>

#include <climits>

using namespace mlir;
namespace tf = t2t::tensorflow;

namespace t2t {

LogicalResult exportGraphDef(ModuleOp module, llvm::raw_ostream &os, GraphDefFormat format,
                             ExportStats *stats, WeightRelease release) {
  auto func = module.lookupSymbol<func::FuncOp>("main");
  if (!func || func.getBody().getBlocks().size() != 1)
    return module.emitError("expected a single-block func.func @main to export");
  GraphDefBuilder builder;
  if (failed(builder.build(func)))
    return failure();

  tf::GraphDef &graph = builder.graph();
  // Checked before anything is written, so a failure leaves no partial file.
  size_t size = graphDefSize(graph, builder.externalContents());
  if (size > static_cast<size_t>(INT_MAX))
    return module.emitError("the GraphDef would be ")
           << size << " bytes, over protobuf's 2 GB limit on one message";

  // Before `sink`, which runs its callbacks until it is destroyed.
  std::optional<BlobRelease> blobs;
  if (release == WeightRelease::AfterWriting && format == GraphDefFormat::Binary)
    blobs.emplace(llvm::make_second_range(builder.externalContents()));
  // Streamed into `os`: no second in-memory copy of the serialized graph.
  AsyncOutput sink(os, format == GraphDefFormat::Binary ? size : 0);
  if (format == GraphDefFormat::Text) {
    inlineContents(graph, builder.externalContents());
    if (!google::protobuf::TextFormat::Print(graph, &sink))
      return module.emitError("cannot print the GraphDef as text");
  } else {
    // Deterministic: attr maps are written in key order, so the same module
    // always gives the same bytes; weights go from their blobs to `os`, and
    // each blob is freed once the last of its bytes is written.
    writeGraphDef(graph, builder.externalContents(), sink, blobs ? &*blobs : nullptr);
  }
  if (stats) {
    stats->onnxValues = builder.mappedValues(func);
    stats->nodes = graph.node_size();
    for (const tf::NodeDef &node : graph.node())
      ++stats->opCounts[node.op()];
    stats->bytes = format == GraphDefFormat::Text ? sink.ByteCount() : size;
  }
  return success();
}

} // namespace t2t
