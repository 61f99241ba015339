//===- GraphEditing.h - Rewriting ONNX graphs before import -----*- C++ -*-===//
//
// The front end's adapters (opsets, vendor ops, legacy semantics) rewrite the
// ModelProto before libonnx sees it: a node is replaced in place by standard
// nodes, whose outputs are named after it so that names stay unique.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_GRAPHEDITING_H
#define T2T_LIB_IMPORT_GRAPHEDITING_H

#include "onnx/onnx_pb.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace t2t::import {

/// The attribute `name` of `node`, or null.
const ::onnx::AttributeProto *findAttribute(const ::onnx::NodeProto &node, llvm::StringRef name);
int64_t intAttribute(const ::onnx::NodeProto &node, llvm::StringRef name, int64_t otherwise);
float floatAttribute(const ::onnx::NodeProto &node, llvm::StringRef name, float otherwise);
std::string stringAttribute(const ::onnx::NodeProto &node, llvm::StringRef name,
                            llvm::StringRef otherwise);
/// Removes the attribute `name`; true if it was there.
bool eraseAttribute(::onnx::NodeProto &node, llvm::StringRef name);
void setIntAttribute(::onnx::NodeProto &node, llvm::StringRef name, int64_t value);
void setIntsAttribute(::onnx::NodeProto &node, llvm::StringRef name,
                      const std::vector<int64_t> &values);
void setFloatAttribute(::onnx::NodeProto &node, llvm::StringRef name, float value);
void setStringAttribute(::onnx::NodeProto &node, llvm::StringRef name, llvm::StringRef value);

/// A node's name, else its op type and position in its graph: how the
/// importer's locations and every diagnostic name an unnamed node.
std::string nodeName(const ::onnx::NodeProto &node, int index);

/// How diagnostics name a node: nodeName, with the op type and any
/// non-standard domain.
std::string describeNode(const ::onnx::NodeProto &node, int index);

/// An error about `node` (see describeNode): "node 'n' (Op): why".
llvm::Error nodeError(const ::onnx::NodeProto &node, int index, const llvm::Twine &why);

/// The values of a graph known before it runs: initializers and Constant
/// nodes' `value` tensors, of this graph and the graphs enclosing it.
class ConstantIndex {
public:
  void add(const ::onnx::GraphProto &graph);
  /// The integer values of `name` if it is a known int32/int64 constant.
  std::optional<std::vector<int64_t>> ints(const std::string &name) const;
  /// The rank declared for `name` (initializer dims, value_info, graph
  /// input/output), if any.
  std::optional<int> rank(const std::string &name) const;
  /// The dims declared for `name`, -1 where unknown.
  std::optional<std::vector<int64_t>> dims(const std::string &name) const;

private:
  llvm::StringMap<const ::onnx::TensorProto *> tensors;
  llvm::StringMap<std::vector<int64_t>> shapes;
};

/// Emits the nodes that replace one node, in its place (references to emitted
/// nodes stay valid: a deque), with fresh names
/// derived from the replaced node's first output.
class NodeEmitter {
public:
  /// `index` is the replaced node's position, which names it if it has no
  /// name of its own.
  NodeEmitter(std::deque<::onnx::NodeProto> &out, const ::onnx::NodeProto &replaced, int index);

  /// A value name no graph value has: "<base>/t2t_<hint>_<n>".
  std::string fresh(llvm::StringRef hint);
  /// Appends a standard node named after the replaced one; its outputs are
  /// `outputs` or one fresh value.
  ::onnx::NodeProto &node(llvm::StringRef opType, std::vector<std::string> inputs,
                          std::vector<std::string> outputs = {});
  /// Appends `node` as it is (the replaced node, edited).
  void append(const ::onnx::NodeProto &node) { out.push_back(node); }
  /// The first output of node(...): for single-result chains.
  std::string value(llvm::StringRef opType, std::vector<std::string> inputs);
  /// A Constant node's output holding an int64 vector / a float scalar.
  std::string ints(const std::vector<int64_t> &values);
  std::string scalar(float value);

private:
  std::string constant(::onnx::TensorProto tensor);

  std::deque<::onnx::NodeProto> &out;
  /// Emitted values are named after the replaced node's first output,
  /// emitted nodes after the node ("<node>/<OpType>_<n>"), so diagnostics
  /// about them name the user's node.
  std::string base, nodeBase;
  int counter = 0;
};

/// What a rewrite did with a node.
enum class Rewrite { Kept, Replaced };

/// A node being rewritten, with what its rewrite may use.
struct NodeRewrite {
  ::onnx::NodeProto &node;
  /// Its position in its graph (which names an unnamed node).
  int index;
  NodeEmitter &emit;
  const ConstantIndex &constants;
  /// The model's ai.onnx opset.
  int64_t opset;

  /// An error naming the node (nodeError).
  llvm::Error fail(const llvm::Twine &why) const;
  bool hasInput(int i) const { return node.input_size() > i && !node.input(i).empty(); }
  bool hasOutput(int i) const { return node.output_size() > i && !node.output(i).empty(); }
  /// The constant integer values of input `i`, called `what` by the schema;
  /// an error if they are computed at run time.
  llvm::Expected<std::vector<int64_t>> constantInput(int i, llvm::StringRef what) const;
  /// Drops input `i` and every input after it.
  void truncateInputs(int i) const;
  /// Copies the node's attribute `name`, if it has one, onto `to`.
  void copyAttribute(::onnx::NodeProto &to, llvm::StringRef name) const;
};

/// Calls `rewrite` for each node of the model's graph and of its subgraphs
/// (inner graphs first); the emitted nodes take the node's place, followed
/// by the node itself unless it was replaced. Stops at the first error.
llvm::Error rewriteNodes(::onnx::ModelProto &model,
                         llvm::function_ref<llvm::Expected<Rewrite>(NodeRewrite &)> rewrite);

/// Calls `fn` on every graph attribute (If branches, Loop and Scan bodies)
/// of `node`.
void forEachSubgraph(::onnx::NodeProto &node, llvm::function_ref<void(::onnx::GraphProto &)> fn);
void forEachSubgraph(const ::onnx::NodeProto &node,
                     llvm::function_ref<void(const ::onnx::GraphProto &)> fn);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_GRAPHEDITING_H
