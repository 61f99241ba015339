//===- GraphHygiene.cpp - Graph structure repairs before checking ---------===//

#include "GraphHygiene.h"
#include "GraphEditing.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <queue>

namespace t2t::import {

/// The values `graph` defines: its inputs, initializers and node outputs.
static llvm::StringSet<> definedNames(const ::onnx::GraphProto &graph) {
  llvm::StringSet<> defined;
  for (const auto &input : graph.input())
    defined.insert(input.name());
  for (const auto &tensor : graph.initializer())
    defined.insert(tensor.name());
  for (const auto &node : graph.node())
    for (const auto &output : node.output())
      defined.insert(output);
  return defined;
}

/// The names `graph` reads from enclosing scopes (its nodes' inputs, nested
/// subgraphs included, that it does not define itself).
static void collectCaptures(const ::onnx::GraphProto &graph, llvm::StringSet<> &captures) {
  llvm::StringSet<> defined = definedNames(graph);
  llvm::StringSet<> used;
  for (const auto &node : graph.node()) {
    for (const auto &input : node.input())
      used.insert(input);
    forEachSubgraph(node, [&](const ::onnx::GraphProto &sub) { collectCaptures(sub, used); });
  }
  for (const auto &entry : used)
    if (!entry.getKey().empty() && !defined.contains(entry.getKey()))
      captures.insert(entry.getKey());
}

/// What node `n` reads: its inputs and what its subgraphs capture.
static std::vector<std::string> readsOf(const ::onnx::NodeProto &node) {
  std::vector<std::string> reads(node.input().begin(), node.input().end());
  llvm::StringSet<> captures;
  forEachSubgraph(node, [&](const ::onnx::GraphProto &sub) { collectCaptures(sub, captures); });
  for (const auto &entry : captures)
    reads.push_back(entry.getKey().str());
  return reads;
}

static llvm::Error sortGraph(::onnx::GraphProto &graph) {
  int count = graph.node_size();
  llvm::StringSet<> given;
  for (const auto &tensor : graph.initializer())
    given.insert(tensor.name());
  for (const auto &input : graph.input())
    given.insert(input.name());
  llvm::StringMap<int> producer;
  for (int i = 0; i < count; ++i)
    for (const auto &output : graph.node(i).output()) {
      if (output.empty())
        continue;
      if (given.contains(output))
        return nodeError(graph.node(i), i,
                         "output '" + output +
                             "' is also a graph input or initializer (ONNX values have one "
                             "producer)");
      auto [it, inserted] = producer.try_emplace(output, i);
      if (!inserted)
        return nodeError(graph.node(i), i,
                         "output '" + output + "' is also produced by " +
                             describeNode(graph.node(it->second), it->second) +
                             " (ONNX values have one producer)");
    }
  // Edges from each producer to the nodes reading its outputs; names not
  // produced here are inputs, initializers or outer-scope values.
  std::vector<std::vector<int>> users(count);
  std::vector<int> pending(count, 0);
  std::vector<std::vector<std::string>> reads(count);
  for (int i = 0; i < count; ++i) {
    reads[i] = readsOf(graph.node(i));
    for (const std::string &name : reads[i])
      if (auto it = producer.find(name); it != producer.end()) {
        users[it->second].push_back(i);
        ++pending[i];
      }
  }
  // Kahn's algorithm, lowest original position first: a sorted graph keeps
  // its order.
  std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
  for (int i = 0; i < count; ++i)
    if (!pending[i])
      ready.push(i);
  std::vector<int> order;
  order.reserve(count);
  while (!ready.empty()) {
    int i = ready.top();
    ready.pop();
    order.push_back(i);
    for (int user : users[i])
      if (--pending[user] == 0)
        ready.push(user);
  }
  if (static_cast<int>(order.size()) != count) {
    for (int i = 0; i < count; ++i)
      if (pending[i])
        for (const std::string &name : reads[i])
          if (auto it = producer.find(name); it != producer.end() && pending[it->second])
            return nodeError(graph.node(i), i,
                             "the graph has a cycle: input '" + name +
                                 "' depends on this node's own output");
  }
  bool sorted = true;
  for (int i = 0; i < count; ++i)
    sorted &= order[i] == i;
  if (!sorted) {
    google::protobuf::RepeatedPtrField<::onnx::NodeProto> nodes;
    nodes.Swap(graph.mutable_node());
    for (int i : order)
      graph.add_node()->Swap(&nodes[i]);
  }
  for (auto &node : *graph.mutable_node()) {
    llvm::Error error = llvm::Error::success();
    forEachSubgraph(node, [&](::onnx::GraphProto &sub) {
      if (!error)
        error = sortGraph(sub);
    });
    if (error)
      return error;
  }
  return llvm::Error::success();
}

/// Inputs that no node, graph input, initializer or enclosing graph
/// provides: named with the node that reads them.
static llvm::Error checkInputsDefined(const ::onnx::GraphProto &graph,
                                      std::vector<const llvm::StringSet<> *> &outer) {
  llvm::StringSet<> defined = definedNames(graph);
  outer.push_back(&defined);
  auto visible = [&](const std::string &name) {
    for (const auto *scope : outer)
      if (scope->contains(name))
        return true;
    return false;
  };
  llvm::Error error = llvm::Error::success();
  for (int i = 0; i < graph.node_size() && !error; ++i) {
    const ::onnx::NodeProto &node = graph.node(i);
    for (const auto &input : node.input())
      if (!input.empty() && !visible(input)) {
        error = nodeError(node, i,
                          "input '" + input +
                              "' is not produced by any node, graph input or initializer");
        break;
      }
    forEachSubgraph(node, [&](const ::onnx::GraphProto &sub) {
      if (!error)
        error = checkInputsDefined(sub, outer);
    });
  }
  outer.pop_back();
  return error;
}

llvm::Error sortTopologically(::onnx::GraphProto &graph) {
  std::vector<const llvm::StringSet<> *> outer;
  if (llvm::Error err = checkInputsDefined(graph, outer))
    return err;
  return sortGraph(graph);
}

ShapelessInterface::ShapelessInterface(::onnx::GraphProto &graph) {
  auto patch = [](auto &infos, std::vector<int> &positions) {
    for (int i = 0; i < infos.size(); ++i) {
      ::onnx::TypeProto &type = *infos.Mutable(i)->mutable_type();
      if (type.has_tensor_type() && !type.tensor_type().has_shape()) {
        type.mutable_tensor_type()->mutable_shape();
        positions.push_back(i);
      }
    }
  };
  patch(*graph.mutable_input(), inputs);
  patch(*graph.mutable_output(), outputs);
}

void ShapelessInterface::restore(::onnx::GraphProto &graph) const {
  for (int i : inputs)
    graph.mutable_input(i)->mutable_type()->mutable_tensor_type()->clear_shape();
  for (int i : outputs)
    graph.mutable_output(i)->mutable_type()->mutable_tensor_type()->clear_shape();
}

} // namespace t2t::import
