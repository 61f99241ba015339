//===- LegacyOpsets.cpp - Older opsets ready for version conversion -------===//

#include "LegacyOpsets.h"
#include "GraphEditing.h"

#include <algorithm>
#include <set>

namespace t2t::import {
namespace {

/// The element type declared for `name` in `graph`'s interface or
/// value_info, or 0.
int32_t declaredElementType(const ::onnx::GraphProto &graph, const std::string &name) {
  for (const auto *infos : {&graph.input(), &graph.value_info(), &graph.output()})
    for (const auto &info : *infos)
      if (info.name() == name && info.type().has_tensor_type())
        return info.type().tensor_type().elem_type();
  for (const auto &tensor : graph.initializer())
    if (tensor.name() == name)
      return tensor.data_type();
  return 0;
}

/// Before opset 13, Softmax, LogSoftmax and Hardmax coerced their input to
/// 2-D at `axis` and normalized each row; from 13 on they normalize along
/// `axis` alone. Where `axis` is the last one both agree and the node stays;
/// otherwise op(x, axis) -> Reshape(op(Flatten(x, axis), 1), Shape(x)), with
/// the flattened value declared 2-D so that the converter's adapter needs no
/// inference to see it.
Rewrite coerceToRows(::onnx::NodeProto &node, NodeEmitter &emit, const ConstantIndex &constants,
                     ::onnx::GraphProto &declarations, int32_t elementType) {
  int64_t axis = intAttribute(node, "axis", 1);
  std::optional<int> rank = constants.rank(node.input(0));
  if (rank && (axis == -1 || axis == *rank - 1))
    return Rewrite::Kept;
  ::onnx::NodeProto &flatten = emit.node("Flatten", {node.input(0)});
  setIntAttribute(flatten, "axis", axis);
  ::onnx::NodeProto &rows = emit.node(node.op_type(), {flatten.output(0)});
  setIntAttribute(rows, "axis", 1);
  if (elementType) {
    ::onnx::ValueInfoProto *info = declarations.add_value_info();
    info->set_name(flatten.output(0));
    auto *tensor = info->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(elementType);
    tensor->mutable_shape()->add_dim();
    tensor->mutable_shape()->add_dim();
    *declarations.add_value_info() = *info;
    declarations.mutable_value_info()->rbegin()->set_name(rows.output(0));
  }
  emit.node("Reshape", {rows.output(0), emit.value("Shape", {node.input(0)})}, {node.output(0)});
  return Rewrite::Replaced;
}

/// Scan 8 scans dim 1 of [batch, T, ...] inputs, with states [batch, ...];
/// Scan 9 has no batch. libonnx's 8->9 adapter only drops sequence_lens and
/// strips dim 0 from the declared shapes of the node's values (the graph's
/// interface included). For a batch of 1 the node is put between a Squeeze
/// and an Unsqueeze of dim 0 first, so that what the adapter makes of it is
///   Unsqueeze(Scan9(Squeeze(s, 0), Squeeze(x, 0)), 0)
/// (Scan 9 stacks scan outputs along dim 0, so dim 1 after the Unsqueeze, as
/// in Scan 8); only the shapes it strips from the node's own values are wrong
/// (completeLegacyConversion forgets them). Other batches, a state of one
/// element per batch (the adapter drops inputs of rank 0) and sequence_lens
/// are refused by name.
llvm::Expected<Rewrite> unbatchScan(NodeRewrite &rewrite) {
  ::onnx::NodeProto &node = rewrite.node;
  if (rewrite.hasInput(0))
    return rewrite.fail("opset 8's Scan with sequence_lens is not supported; export the model "
                        "at opset 9 or later");
  for (int i = 1; i < node.input_size(); ++i) {
    std::optional<std::vector<int64_t>> dims = rewrite.constants.dims(node.input(i));
    std::string batch = !dims || dims->empty() || (*dims)[0] < 0 ? std::string("unknown")
                                                                  : std::to_string((*dims)[0]);
    if (batch != "1")
      return rewrite.fail("opset 8's batched Scan is supported for a batch of 1; input '" +
                          node.input(i) + "' has batch " + batch +
                          "; export the model at opset 9 or later");
    if (dims->size() < 2)
      return rewrite.fail("opset 8's Scan input '" + node.input(i) +
                          "' has one element per batch; export the model at opset 9 or later");
  }
  NodeEmitter &emit = rewrite.emit;
  for (int i = 1; i < node.input_size(); ++i) {
    ::onnx::NodeProto &squeeze = emit.node("Squeeze", {node.input(i)});
    setIntsAttribute(squeeze, "axes", {0});
    node.set_input(i, squeeze.output(0));
  }
  std::vector<std::string> batched(node.output().begin(), node.output().end());
  for (int i = 0; i < node.output_size(); ++i)
    node.set_output(i, emit.fresh("unbatched"));
  emit.append(node);
  for (int i = 0; i < node.output_size(); ++i) {
    ::onnx::NodeProto &unsqueeze = emit.node("Unsqueeze", {node.output(i)}, {batched[i]});
    setIntsAttribute(unsqueeze, "axes", {0});
  }
  return Rewrite::Replaced;
}

/// Drops the declared shapes of the values of `graph`'s Scans (all of them
/// unbatched by unbatchScan, their shapes stripped by the adapter): the next
/// inference gives them again.
void forgetScanShapes(::onnx::GraphProto &graph) {
  std::set<std::string> scanValues;
  for (auto &node : *graph.mutable_node()) {
    if (node.op_type() == "Scan" && node.domain().empty()) {
      scanValues.insert(node.input().begin(), node.input().end());
      scanValues.insert(node.output().begin(), node.output().end());
    }
    forEachSubgraph(node, forgetScanShapes);
  }
  auto *infos = graph.mutable_value_info();
  infos->erase(std::remove_if(infos->begin(), infos->end(),
                              [&](const auto &info) { return scanValues.count(info.name()) != 0; }),
               infos->end());
}

} // namespace

llvm::Error prepareLegacyOpsets(::onnx::ModelProto &model, int64_t opset) {
  ::onnx::GraphProto &graph = *model.mutable_graph();
  // New value_info entries are added after the walk: the walk reads the graph.
  ::onnx::GraphProto declarations;
  llvm::Error err = rewriteNodes(model, [&](NodeRewrite &rewrite) -> llvm::Expected<Rewrite> {
    ::onnx::NodeProto &node = rewrite.node;
    if (!node.domain().empty() && node.domain() != "ai.onnx")
      return Rewrite::Kept;
    const std::string &op = node.op_type();
    if (opset < 9 && op == "Scan")
      return unbatchScan(rewrite);
    if (opset < 13 && (op == "Softmax" || op == "LogSoftmax" || op == "Hardmax") &&
        node.input_size() == 1)
      return coerceToRows(node, rewrite.emit, rewrite.constants, declarations,
                          declaredElementType(graph, node.input(0)));
    // The 10->11 adapter reads `value` of a constant pad unconditionally;
    // its default is 0.
    if (opset < 11 && op == "Pad" && !findAttribute(node, "value") &&
        stringAttribute(node, "mode", "constant") == "constant")
      setFloatAttribute(node, "value", 0.0f);
    return Rewrite::Kept;
  });
  if (err)
    return err;
  for (auto &info : *declarations.mutable_value_info())
    graph.add_value_info()->Swap(&info);
  return llvm::Error::success();
}

void completeLegacyConversion(::onnx::ModelProto &model, int64_t opset) {
  if (opset >= 11)
    return;
  if (opset < 9)
    forgetScanShapes(*model.mutable_graph());
  // Before opset 11, Upsample and Resize map output to input coordinates as
  // x_out / scale ("asymmetric") and nearest takes the floor (onnxruntime's
  // opset<11 semantics); the converter's Resize has opset 11's defaults
  // (half_pixel, round_prefer_floor), which shift every sample. Every Resize
  // of such a model came from one of them.
  auto restoreMapping = [](NodeRewrite &rewrite) -> llvm::Expected<Rewrite> {
    if (rewrite.node.op_type() == "Resize" && rewrite.node.domain().empty()) {
      setStringAttribute(rewrite.node, "coordinate_transformation_mode", "asymmetric");
      setStringAttribute(rewrite.node, "nearest_mode", "floor");
    }
    return Rewrite::Kept;
  };
  llvm::cantFail(rewriteNodes(model, restoreMapping));
}

} // namespace t2t::import
