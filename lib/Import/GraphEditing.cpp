//===- GraphEditing.cpp - Rewriting ONNX graphs before import -------------===//

#include "GraphEditing.h"
#include "LibONNXWorker.h"
#include "SmallTensorValues.h"

#include "llvm/ADT/Twine.h"

namespace t2t::import {

const ::onnx::AttributeProto *findAttribute(const ::onnx::NodeProto &node, llvm::StringRef name) {
  for (const auto &attr : node.attribute())
    if (attr.name() == name)
      return &attr;
  return nullptr;
}

int64_t intAttribute(const ::onnx::NodeProto &node, llvm::StringRef name, int64_t otherwise) {
  const auto *attr = findAttribute(node, name);
  return attr ? attr->i() : otherwise;
}

float floatAttribute(const ::onnx::NodeProto &node, llvm::StringRef name, float otherwise) {
  const auto *attr = findAttribute(node, name);
  return attr ? attr->f() : otherwise;
}

std::string stringAttribute(const ::onnx::NodeProto &node, llvm::StringRef name,
                            llvm::StringRef otherwise) {
  const auto *attr = findAttribute(node, name);
  return attr ? attr->s() : otherwise.str();
}

bool eraseAttribute(::onnx::NodeProto &node, llvm::StringRef name) {
  auto *attrs = node.mutable_attribute();
  for (int i = 0; i < attrs->size(); ++i)
    if (attrs->Get(i).name() == name) {
      attrs->DeleteSubrange(i, 1);
      return true;
    }
  return false;
}

/// The attribute `name` of `node`, emptied and typed `type`.
static ::onnx::AttributeProto &resetAttribute(::onnx::NodeProto &node, llvm::StringRef name,
                                              ::onnx::AttributeProto::AttributeType type) {
  eraseAttribute(node, name);
  ::onnx::AttributeProto *attr = node.add_attribute();
  attr->set_name(name.str());
  attr->set_type(type);
  return *attr;
}

void setIntAttribute(::onnx::NodeProto &node, llvm::StringRef name, int64_t value) {
  resetAttribute(node, name, ::onnx::AttributeProto::INT).set_i(value);
}

void setIntsAttribute(::onnx::NodeProto &node, llvm::StringRef name,
                      const std::vector<int64_t> &values) {
  auto &attr = resetAttribute(node, name, ::onnx::AttributeProto::INTS);
  attr.mutable_ints()->Add(values.begin(), values.end());
}

void setFloatAttribute(::onnx::NodeProto &node, llvm::StringRef name, float value) {
  resetAttribute(node, name, ::onnx::AttributeProto::FLOAT).set_f(value);
}

void setStringAttribute(::onnx::NodeProto &node, llvm::StringRef name, llvm::StringRef value) {
  resetAttribute(node, name, ::onnx::AttributeProto::STRING).set_s(value.str());
}

std::string nodeName(const ::onnx::NodeProto &node, int index) {
  return node.name().empty() ? node.op_type() + "_" + std::to_string(index) : node.name();
}

std::string describeNode(const ::onnx::NodeProto &node, int index) {
  std::string name = nodeName(node, index);
  std::string type = node.domain().empty() || node.domain() == "ai.onnx"
                         ? node.op_type()
                         : node.domain() + "::" + node.op_type();
  return "node '" + name + "' (" + type + ")";
}

llvm::Error nodeError(const ::onnx::NodeProto &node, int index, const llvm::Twine &why) {
  return llvm::createStringError(describeNode(node, index) + ": " + why.str());
}

void ConstantIndex::add(const ::onnx::GraphProto &graph) {
  for (const auto &tensor : graph.initializer()) {
    tensors[tensor.name()] = &tensor;
    shapes[tensor.name()].assign(tensor.dims().begin(), tensor.dims().end());
  }
  auto declare = [&](const auto &infos) {
    for (const ::onnx::ValueInfoProto &info : infos) {
      if (!info.type().has_tensor_type() || !info.type().tensor_type().has_shape())
        continue;
      std::vector<int64_t> &dims = shapes[info.name()];
      dims.clear();
      for (const auto &dim : info.type().tensor_type().shape().dim())
        dims.push_back(dim.has_dim_value() ? dim.dim_value() : -1);
    }
  };
  declare(graph.input());
  declare(graph.value_info());
  declare(graph.output());
  for (const auto &node : graph.node())
    if (node.op_type() == "Constant" && node.domain().empty() && node.output_size() == 1)
      if (const auto *value = findAttribute(node, "value"); value && value->has_t()) {
        tensors[node.output(0)] = &value->t();
        shapes[node.output(0)].assign(value->t().dims().begin(), value->t().dims().end());
      }
}

std::optional<std::vector<int64_t>> ConstantIndex::ints(const std::string &name) const {
  // Axes, pads, sizes: a few values; nothing an adapter reads is larger.
  constexpr size_t kMaxValues = 4096;
  auto it = tensors.find(name);
  if (it == tensors.end())
    return std::nullopt;
  const ::onnx::TensorProto &t = *it->second;
  if (t.data_location() == ::onnx::TensorProto::EXTERNAL)
    return std::nullopt;
  if (t.data_type() == ::onnx::TensorProto::INT64)
    return readSmallTensor<int64_t, int64_t>(t, t.int64_data(), kMaxValues);
  if (t.data_type() == ::onnx::TensorProto::INT32)
    return readSmallTensor<int32_t, int64_t>(t, t.int32_data(), kMaxValues);
  return std::nullopt;
}

std::optional<int> ConstantIndex::rank(const std::string &name) const {
  auto it = shapes.find(name);
  if (it == shapes.end())
    return std::nullopt;
  return static_cast<int>(it->second.size());
}

std::optional<std::vector<int64_t>> ConstantIndex::dims(const std::string &name) const {
  auto it = shapes.find(name);
  if (it == shapes.end())
    return std::nullopt;
  return it->second;
}

NodeEmitter::NodeEmitter(std::deque<::onnx::NodeProto> &out, const ::onnx::NodeProto &replaced,
                         int index)
    : out(out), base(replaced.output_size() && !replaced.output(0).empty() ? replaced.output(0)
                                                                           : replaced.name()),
      nodeBase(nodeName(replaced, index)) {}

std::string NodeEmitter::fresh(llvm::StringRef hint) {
  return base + "/t2t_" + hint.str() + "_" + std::to_string(counter++);
}

::onnx::NodeProto &NodeEmitter::node(llvm::StringRef opType, std::vector<std::string> inputs,
                                     std::vector<std::string> outputs) {
  ::onnx::NodeProto &n = out.emplace_back();
  n.set_op_type(opType.str());
  if (outputs.empty())
    outputs.push_back(fresh(opType));
  n.set_name(nodeBase + "/" + opType.str() + "_" + std::to_string(counter++));
  for (auto &in : inputs)
    n.add_input(std::move(in));
  for (auto &o : outputs)
    n.add_output(std::move(o));
  return n;
}

std::string NodeEmitter::value(llvm::StringRef opType, std::vector<std::string> inputs) {
  return node(opType, std::move(inputs)).output(0);
}

std::string NodeEmitter::constant(::onnx::TensorProto tensor) {
  ::onnx::NodeProto &n = node("Constant", {});
  ::onnx::AttributeProto *attr = n.add_attribute();
  attr->set_name("value");
  attr->set_type(::onnx::AttributeProto::TENSOR);
  *attr->mutable_t() = std::move(tensor);
  return n.output(0);
}

std::string NodeEmitter::ints(const std::vector<int64_t> &values) {
  ::onnx::TensorProto t;
  t.set_data_type(::onnx::TensorProto::INT64);
  t.add_dims(static_cast<int64_t>(values.size()));
  t.mutable_int64_data()->Add(values.begin(), values.end());
  return constant(std::move(t));
}

std::string NodeEmitter::scalar(float value) {
  ::onnx::TensorProto t;
  t.set_data_type(::onnx::TensorProto::FLOAT);
  t.add_float_data(value);
  return constant(std::move(t));
}

void forEachSubgraph(::onnx::NodeProto &node, llvm::function_ref<void(::onnx::GraphProto &)> fn) {
  for (auto &attr : *node.mutable_attribute()) {
    if (attr.has_g())
      fn(*attr.mutable_g());
    for (auto &g : *attr.mutable_graphs())
      fn(g);
  }
}

void forEachSubgraph(const ::onnx::NodeProto &node,
                     llvm::function_ref<void(const ::onnx::GraphProto &)> fn) {
  for (const auto &attr : node.attribute()) {
    if (attr.has_g())
      fn(attr.g());
    for (const auto &g : attr.graphs())
      fn(g);
  }
}

llvm::Error NodeRewrite::fail(const llvm::Twine &why) const { return nodeError(node, index, why); }

llvm::Expected<std::vector<int64_t>> NodeRewrite::constantInput(int i, llvm::StringRef what) const {
  if (auto values = constants.ints(node.input(i)))
    return *values;
  std::string value = node.input(i) == what ? "" : " ('" + node.input(i) + "')";
  return fail("input '" + what + "'" + value +
              " is computed at run time; opset 17 needs it as a constant");
}

void NodeRewrite::truncateInputs(int i) const {
  while (node.input_size() > i)
    node.mutable_input()->RemoveLast();
}

void NodeRewrite::copyAttribute(::onnx::NodeProto &to, llvm::StringRef name) const {
  if (const auto *attr = findAttribute(node, name))
    *to.add_attribute() = *attr;
}

static llvm::Error
rewriteGraph(::onnx::GraphProto &graph, ConstantIndex index, int64_t opset,
             llvm::function_ref<llvm::Expected<Rewrite>(NodeRewrite &)> rewrite) {
  index.add(graph);
  llvm::Error error = llvm::Error::success();
  std::deque<::onnx::NodeProto> nodes;
  for (int i = 0; i < graph.node_size(); ++i) {
    ::onnx::NodeProto &node = *graph.mutable_node(i);
    forEachSubgraph(node, [&](::onnx::GraphProto &sub) {
      if (!error)
        error = rewriteGraph(sub, index, opset, rewrite);
    });
    if (error)
      return error;
    NodeEmitter emitter(nodes, node, i);
    NodeRewrite context{node, i, emitter, index, opset};
    llvm::Expected<Rewrite> done = rewrite(context);
    if (!done)
      return done.takeError();
    // A kept node may read constants emitted for it, which precede it.
    if (*done == Rewrite::Kept)
      nodes.push_back(std::move(node));
  }
  graph.clear_node();
  for (auto &node : nodes)
    graph.add_node()->Swap(&node);
  return error;
}

llvm::Error rewriteNodes(::onnx::ModelProto &model,
                         llvm::function_ref<llvm::Expected<Rewrite>(NodeRewrite &)> rewrite) {
  return rewriteGraph(*model.mutable_graph(), ConstantIndex(), aiOnnxOpset(model), rewrite);
}

} // namespace t2t::import
