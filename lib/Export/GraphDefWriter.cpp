//===- GraphDefWriter.cpp - Binary GraphDef with weights written in place -===//
//
// A Const node with external content is written as the node without its
// `value` attr followed by that attr's map entry built by hand:
//   NodeDef.attr (5) { key (1): "value", value (2): AttrValue {
//     tensor (8): TensorProto { <dtype, shape>, tensor_content (4): <bytes> } } }
// Deterministic serialization orders map entries by key and fields by
// number; "value" sorts after the Const's other attr ("dtype"), attr is
// NodeDef's last field set, and tensor_content is the last TensorProto field
// set, so these bytes are the ones SerializeWithCachedSizes would write.
//
//===----------------------------------------------------------------------===//

#include "GraphDefWriter.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

using google::protobuf::io::CodedOutputStream;
using WireFormat = google::protobuf::internal::WireFormatLite;
namespace tf = t2t::tensorflow;

namespace t2t {
namespace {

// Field numbers of TensorFlow's schema (lib/Export/graphdef.proto).
constexpr int kGraphNode = 1;
constexpr int kNodeAttr = 5;
constexpr int kMapKey = 1, kMapValue = 2;
constexpr int kAttrTensor = 8;
constexpr int kTensorContent = 4;
constexpr const char kValueAttr[] = "value";

size_t delimitedSize(int field, size_t payload) {
  return CodedOutputStream::VarintSize32(
             WireFormat::MakeTag(field, WireFormat::WIRETYPE_LENGTH_DELIMITED)) +
         CodedOutputStream::VarintSize64(payload) + payload;
}

void writeDelimitedHeader(CodedOutputStream &out, int field, size_t payload) {
  out.WriteTag(WireFormat::MakeTag(field, WireFormat::WIRETYPE_LENGTH_DELIMITED));
  out.WriteVarint64(payload);
}

/// The sizes of the nested messages of a Const whose content is external.
struct ConstLayout {
  tf::NodeDef head;       // The node without its `value` attr.
  tf::TensorProto tensor; // The value tensor without its content.
  size_t tensorSize, attrSize, entrySize, nodeSize;

  ConstLayout(const tf::NodeDef &node, size_t contentSize) : head(node) {
    tensor = head.attr().at(kValueAttr).tensor();
    head.mutable_attr()->erase(kValueAttr);
    tensorSize = tensor.ByteSizeLong() + delimitedSize(kTensorContent, contentSize);
    attrSize = delimitedSize(kAttrTensor, tensorSize);
    entrySize = delimitedSize(kMapKey, sizeof(kValueAttr) - 1) + delimitedSize(kMapValue, attrSize);
    nodeSize = head.ByteSizeLong() + delimitedSize(kNodeAttr, entrySize);
  }
};

/// The graph's fields after `node` (versions), written after the nodes: a
/// message's serializations concatenate.
tf::GraphDef graphTail(const tf::GraphDef &graph) {
  tf::GraphDef tail;
  if (graph.has_versions())
    *tail.mutable_versions() = graph.versions();
  return tail;
}

size_t contentSize(mlir::ElementsAttr value) {
  return value.getNumElements() * (value.getElementType().getIntOrFloatBitWidth() / 8);
}

size_t nodeSize(const tf::NodeDef &node, const ExternalContents &contents) {
  auto it = contents.find(&node);
  return it == contents.end() ? node.ByteSizeLong()
                              : ConstLayout(node, contentSize(it->second)).nodeSize;
}

constexpr const char kContentsHaveBytes[] =
    "the exporter takes only constants with bytes as external contents";

} // namespace

size_t graphDefSize(const tf::GraphDef &graph, const ExternalContents &contents) {
  size_t size = graphTail(graph).ByteSizeLong();
  for (const tf::NodeDef &node : graph.node())
    size += delimitedSize(kGraphNode, nodeSize(node, contents));
  return size;
}

void writeGraphDef(const tf::GraphDef &graph, const ExternalContents &contents, AsyncOutput &sink,
                   BlobRelease *release) {
  CodedOutputStream out(&sink);
  out.SetSerializationDeterministic(true);
  for (const tf::NodeDef &node : graph.node()) {
    auto it = contents.find(&node);
    if (it == contents.end()) {
      writeDelimitedHeader(out, kGraphNode, node.ByteSizeLong());
      node.SerializeWithCachedSizes(&out);
      continue;
    }
    size_t size = contentSize(it->second);
    ConstLayout layout(node, size);
    writeDelimitedHeader(out, kGraphNode, layout.nodeSize);
    layout.head.SerializeWithCachedSizes(&out);
    writeDelimitedHeader(out, kNodeAttr, layout.entrySize);
    writeDelimitedHeader(out, kMapKey, sizeof(kValueAttr) - 1);
    out.WriteRaw(kValueAttr, sizeof(kValueAttr) - 1);
    writeDelimitedHeader(out, kMapValue, layout.attrSize);
    writeDelimitedHeader(out, kAttrTensor, layout.tensorSize);
    layout.tensor.SerializeWithCachedSizes(&out);
    writeDelimitedHeader(out, kTensorContent, size);
    // The content goes into `sink` after what `out` wrote, computed there.
    out.Trim();
    [[maybe_unused]] bool hasBytes = sink.appendWeight(it->second, release);
    assert(hasBytes && kContentsHaveBytes);
  }
  tf::GraphDef tail = graphTail(graph);
  tail.ByteSizeLong();
  tail.SerializeWithCachedSizes(&out);
}

void inlineContents(tf::GraphDef &graph, const ExternalContents &contents) {
  std::vector<char> scratch;
  for (tf::NodeDef &node : *graph.mutable_node())
    if (auto it = contents.find(&node); it != contents.end()) {
      std::string *content =
          (*node.mutable_attr())[kValueAttr].mutable_tensor()->mutable_tensor_content();
      content->reserve(contentSize(it->second));
      [[maybe_unused]] bool hasBytes = tfl::forEachConstantPiece(
          it->second, kWeightPieceBytes, scratchClaim(scratch),
          [&](llvm::ArrayRef<char> piece) { content->append(piece.data(), piece.size()); });
      assert(hasBytes && kContentsHaveBytes);
    }
}

} // namespace t2t
