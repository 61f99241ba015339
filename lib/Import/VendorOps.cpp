//===- VendorOps.cpp - com.microsoft operators as standard ONNX -----------===//
//
// Semantics from onnxruntime's ContribOperators.md.
//
//===----------------------------------------------------------------------===//

#include "VendorOps.h"
#include "Decompositions.h"
#include "GraphEditing.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <memory>

namespace t2t::import {
namespace {

using Result = llvm::Expected<Rewrite>;

constexpr llvm::StringLiteral kMicrosoft = "com.microsoft";

/// FusedConv: Conv, plus an optional sum input Z, then an activation.
Result fusedConv(NodeRewrite n) {
  std::vector<std::string> inputs(n.node.input().begin(),
                                  n.node.input().begin() + std::min(n.node.input_size(), 3));
  std::string activation = stringAttribute(n.node, "activation", "");
  const auto *params = findAttribute(n.node, "activation_params");
  auto param = [&](int i, float otherwise) {
    return params && params->floats_size() > i ? params->floats(i) : otherwise;
  };
  bool known = activation.empty() || activation == "Identity" || activation == "Relu" ||
               activation == "Tanh" || activation == "Sigmoid" || activation == "LeakyRelu" ||
               activation == "Clip" || activation == "HardSigmoid";
  if (!known)
    return n.fail("activation '" + activation + "' is not one FusedConv defines");
  bool last = activation.empty() || activation == "Identity";
  bool sum = n.hasInput(3);
  ::onnx::NodeProto &conv =
      last && !sum ? n.emit.node("Conv", inputs, {n.node.output(0)}) : n.emit.node("Conv", inputs);
  for (const char *attr : {"auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"})
    n.copyAttribute(conv, attr);
  std::string value = conv.output(0);
  if (sum)
    value = last ? n.emit.node("Add", {value, n.node.input(3)}, {n.node.output(0)}).output(0)
                 : n.emit.value("Add", {value, n.node.input(3)});
  if (last)
    return Rewrite::Replaced;
  if (activation == "Clip" && n.opset >= 11) {
    n.emit.node("Clip",
                {value, n.emit.scalar(param(0, -3.4e38f)), n.emit.scalar(param(1, 3.4e38f))},
                {n.node.output(0)});
    return Rewrite::Replaced;
  }
  ::onnx::NodeProto &act = n.emit.node(activation, {value}, {n.node.output(0)});
  if (activation == "LeakyRelu")
    setFloatAttribute(act, "alpha", param(0, 0.01f));
  if (activation == "Clip") { // Before opset 11, min and max are attributes.
    setFloatAttribute(act, "min", param(0, -3.4e38f));
    setFloatAttribute(act, "max", param(1, 3.4e38f));
  }
  if (activation == "HardSigmoid") {
    setFloatAttribute(act, "alpha", param(0, 0.2f));
    setFloatAttribute(act, "beta", param(1, 0.5f));
  }
  return Rewrite::Replaced;
}

/// FusedMatMul: alpha * op(A) @ op(B), op transposing the last two axes.
Result fusedMatMul(NodeRewrite n) {
  if (intAttribute(n.node, "transBatchA", 0) || intAttribute(n.node, "transBatchB", 0))
    return n.fail("transBatchA/transBatchB are not supported");
  auto operand = [&](int i, llvm::StringRef trans) -> llvm::Expected<std::string> {
    const std::string &name = n.node.input(i);
    if (!intAttribute(n.node, trans, 0))
      return name;
    std::optional<int> rank = n.constants.rank(name);
    if (!rank || *rank < 2)
      return n.fail(trans + "=1 needs the rank of input '" + name +
                    "' (at least 2), which the model does not declare");
    std::vector<int64_t> perm;
    for (int d = 0; d < *rank; ++d)
      perm.push_back(d);
    std::swap(perm[*rank - 1], perm[*rank - 2]);
    ::onnx::NodeProto &t = n.emit.node("Transpose", {name});
    setIntsAttribute(t, "perm", perm);
    return t.output(0);
  };
  auto a = operand(0, "transA");
  if (!a)
    return a.takeError();
  auto b = operand(1, "transB");
  if (!b)
    return b.takeError();
  float alpha = floatAttribute(n.node, "alpha", 1.0f);
  if (alpha == 1.0f) {
    n.emit.node("MatMul", {*a, *b}, {n.node.output(0)});
  } else {
    std::string product = n.emit.value("MatMul", {*a, *b});
    n.emit.node("Mul", {product, n.emit.scalar(alpha)}, {n.node.output(0)});
  }
  return Rewrite::Replaced;
}

/// Gelu (exact), BiasGelu (exact, of A + B), FastGelu (tanh form, of X +
/// optional bias).
Result gelu(NodeRewrite n, bool tanhApproximation) {
  std::string x = n.node.input(0);
  if (n.hasInput(1))
    x = n.emit.value("Add", {x, n.node.input(1)});
  emitGelu(n.emit, x, tanhApproximation, n.node.output(0));
  return Rewrite::Replaced;
}

/// QuickGelu: x * sigmoid(alpha * x).
Result quickGelu(NodeRewrite n) {
  const std::string &x = n.node.input(0);
  std::string scaled =
      n.emit.value("Mul", {x, n.emit.scalar(floatAttribute(n.node, "alpha", 1.702f))});
  n.emit.node("Mul", {x, n.emit.value("Sigmoid", {scaled})}, {n.node.output(0)});
  return Rewrite::Replaced;
}

/// BiasAdd: X + bias + skip.
Result biasAdd(NodeRewrite n) {
  if (n.node.input_size() != 3)
    return n.fail("expects inputs X, bias and skip");
  std::string sum = n.emit.value("Add", {n.node.input(0), n.node.input(1)});
  n.emit.node("Add", {sum, n.node.input(2)}, {n.node.output(0)});
  return Rewrite::Replaced;
}

/// SkipLayerNormalization: LayerNormalization over the last axis of
/// input + skip (+ bias); the optional fourth output is that sum.
Result skipLayerNormalization(NodeRewrite n) {
  if (n.node.input_size() < 3)
    return n.fail("expects inputs input, skip and gamma");
  std::string sum = n.emit.value("Add", {n.node.input(0), n.node.input(1)});
  if (n.hasInput(4))
    sum = n.emit.value("Add", {sum, n.node.input(4)});
  std::vector<std::string> outputs;
  for (int i = 0; i < 3; ++i)
    outputs.push_back(n.hasOutput(i) ? n.node.output(i) : "");
  emitLayerNormalization(n.emit, n.opset, sum, n.node.input(2),
                         n.hasInput(3) ? n.node.input(3) : "",
                         floatAttribute(n.node, "epsilon", 1e-12f), outputs);
  if (n.hasOutput(3))
    n.emit.node("Identity", {sum}, {n.node.output(3)});
  return Rewrite::Replaced;
}

/// The decomposition of a com.microsoft op, or Kept if there is none.
Result decompose(NodeRewrite n) {
  llvm::StringRef op = n.node.op_type();
  if (op == "FusedConv")
    return fusedConv(n);
  if (op == "FusedMatMul")
    return fusedMatMul(n);
  if (op == "Gelu" || op == "BiasGelu")
    return gelu(n, /*tanhApproximation=*/false);
  if (op == "FastGelu")
    return gelu(n, /*tanhApproximation=*/true);
  if (op == "QuickGelu")
    return quickGelu(n);
  if (op == "BiasAdd")
    return biasAdd(n);
  if (op == "SkipLayerNormalization")
    return skipLayerNormalization(n);
  return Rewrite::Kept;
}

bool isONNXDomain(llvm::StringRef domain) {
  return domain.empty() || domain == "ai.onnx" || domain == "ai.onnx.ml" ||
         domain == "ai.onnx.preview.training";
}

/// Lists every node left outside ONNX's domains, grouped by domain and op
/// type, at most five node names each.
llvm::Error reportForeignNodes(const ::onnx::GraphProto &graph) {
  llvm::MapVector<llvm::StringRef, std::vector<std::string>> left;
  std::vector<std::unique_ptr<std::string>> types; // The keys' storage.
  std::function<void(const ::onnx::GraphProto &)> walk = [&](const ::onnx::GraphProto &g) {
    for (int i = 0; i < g.node_size(); ++i) {
      const ::onnx::NodeProto &node = g.node(i);
      if (!isONNXDomain(node.domain())) {
        const std::string &type = *types.emplace_back(
            std::make_unique<std::string>(node.domain() + "::" + node.op_type()));
        left[type].push_back(nodeName(node, i));
      }
      forEachSubgraph(node, walk);
    }
  };
  walk(graph);
  if (left.empty())
    return llvm::Error::success();
  std::string message = "operators outside ONNX's domains that t2t does not decompose (it "
                        "decomposes com.microsoft FusedConv, FusedMatMul, Gelu, BiasGelu, "
                        "FastGelu, QuickGelu, BiasAdd, SkipLayerNormalization):";
  for (const auto &[type, names] : left) {
    message += "\n  " + type.str() + " x" + std::to_string(names.size()) + ":";
    for (size_t i = 0; i < std::min<size_t>(names.size(), 5); ++i)
      message += " " + names[i];
    if (names.size() > 5)
      message += " (and " + std::to_string(names.size() - 5) + " more)";
  }
  return llvm::createStringError(message);
}

} // namespace

llvm::Error decomposeVendorOps(::onnx::ModelProto &model) {
  if (llvm::Error err = rewriteNodes(model, [](NodeRewrite &n) -> Result {
        if (n.node.domain() != kMicrosoft)
          return Rewrite::Kept;
        return decompose(n);
      }))
    return err;
  if (llvm::Error err = reportForeignNodes(model.graph()))
    return err;
  // libonnx's version converter looks up every imported domain's opset.
  auto *imports = model.mutable_opset_import();
  for (int i = imports->size() - 1; i >= 0; --i)
    if (!isONNXDomain(imports->Get(i).domain()))
      imports->DeleteSubrange(i, 1);
  return llvm::Error::success();
}

} // namespace t2t::import
