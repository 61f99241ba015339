//===- ShapeFolding.cpp - Constant shape operands before shape inference --===//
//
// Exporters compute Reshape targets and Resize sizes from tensor shapes at
// run time (Shape -> Gather / Slice -> Unsqueeze -> Concat, with arithmetic
// such as channels / groups). ONNX 1.12's data propagation stops at some of
// these ops (Div), which leaves the Reshape, and everything after it,
// untyped. This evaluates such chains (also torch's expand: ConstantOfShape,
// Equal, Where) over dims that are either numbers or
// symbols (a named or anonymous dynamic dim of a tensor) and replaces the
// operand by a constant with the same meaning:
//   Reshape: a symbol equal to the input's dim at the same position is 0
//            (copy it, allowzero = 0); one other unknown dim is -1;
//   Resize:  sizes all known are sizes; sizes that keep the input's symbolic
//            dims become scales (1 there, out / in elsewhere) when
//            floor(in * scale) gives back the size;
//   Expand:  a symbol equal to the input's aligned dim is 1 (broadcast keeps it).
//   any other operand whose value is fully known becomes that constant;
//   an If whose condition is known becomes the branch it takes.
// Shape inference is then run again; each pass types the next chain.
//
//===----------------------------------------------------------------------===//

#include "ShapeFolding.h"
#include "ShapeValue.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <cstring>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace t2t::import {
namespace {

class ShapeFolder : ShapeEnvironment {
public:
  explicit ShapeFolder(::onnx::GraphProto &graph) : graph(graph) {
    for (const auto &vi : graph.input())
      types[vi.name()] = &vi.type();
    for (const auto &vi : graph.value_info())
      types[vi.name()] = &vi.type();
    for (const auto &vi : graph.output())
      types[vi.name()] = &vi.type();
    for (const auto &init : graph.initializer()) {
      constants.insert(init.name());
      if (auto v = constantValue(init))
        values[init.name()] = *v;
    }
  }

  bool run() {
    bool changed = false;
    // An If whose condition is known is replaced by its branch's nodes (and
    // an Identity per output), which are folded in turn.
    google::protobuf::RepeatedPtrField<::onnx::NodeProto> pending;
    pending.Swap(graph.mutable_node());
    for (int i = 0; i < pending.size(); ++i) {
      ::onnx::NodeProto &node = pending[i];
      if (const ::onnx::GraphProto *branch = knownBranch(node)) {
        google::protobuf::RepeatedPtrField<::onnx::NodeProto> inlined = inlineBranch(node, *branch);
        int at = i + 1;
        for (::onnx::NodeProto &n : inlined)
          pending.Add()->Swap(&n);
        // Moved right after the If, in order (Add appended them at the end).
        std::rotate(pending.begin() + at, pending.end() - inlined.size(), pending.end());
        changed = true;
        continue;
      }
      evaluate(node);
      changed |= rewrite(node);
      graph.mutable_node()->Add()->Swap(&node);
    }
    if (newConstants.empty())
      return changed;
    // The new constants go first: they have no inputs, so the graph stays
    // topologically sorted.
    google::protobuf::RepeatedPtrField<::onnx::NodeProto> nodes;
    for (::onnx::NodeProto &c : newConstants)
      nodes.Add()->Swap(&c);
    for (::onnx::NodeProto &n : *graph.mutable_node())
      nodes.Add()->Swap(&n);
    graph.mutable_node()->Swap(&nodes);
    return changed;
  }

private:
  void evaluate(const ::onnx::NodeProto &node) {
    if (node.output_size() < 1 || !node.domain().empty())
      return;
    std::optional<ShapeValue> result = evaluateOp(node);
    if (!result)
      return;
    if (node.op_type() == "Constant")
      constants.insert(node.output(0));
    values[node.output(0)] = std::move(*result);
  }

  /// The branch an If takes when its condition is known.
  const ::onnx::GraphProto *knownBranch(const ::onnx::NodeProto &node) const {
    if (node.op_type() != "If" || !node.domain().empty())
      return nullptr;
    const ShapeValue *cond = valueOf(node, 0);
    if (!cond || cond->dims.size() != 1 || !cond->allKnown() || isFloat(cond->elementType))
      return nullptr;
    const char *taken = *cond->dims[0].value ? "then_branch" : "else_branch";
    for (const auto &attr : node.attribute())
      if (attr.name() == taken && attr.has_g())
        return &attr.g();
    return nullptr;
  }

  /// The branch's nodes (its initializers as Constants), then Identity
  /// nodes giving the If's outputs the branch's; its value_info joins the
  /// graph's. Subgraph names are unique in the model (SSA), so none clashes.
  google::protobuf::RepeatedPtrField<::onnx::NodeProto>
  inlineBranch(const ::onnx::NodeProto &node, const ::onnx::GraphProto &branch) {
    google::protobuf::RepeatedPtrField<::onnx::NodeProto> nodes;
    for (const ::onnx::TensorProto &init : branch.initializer()) {
      ::onnx::NodeProto *c = nodes.Add();
      c->set_op_type("Constant");
      c->set_name(init.name());
      c->add_output(init.name());
      ::onnx::AttributeProto *attr = c->add_attribute();
      attr->set_name("value");
      attr->set_type(::onnx::AttributeProto::TENSOR);
      *attr->mutable_t() = init;
    }
    for (const ::onnx::NodeProto &n : branch.node())
      *nodes.Add() = n;
    for (int k = 0; k < node.output_size() && k < branch.output_size(); ++k) {
      ::onnx::NodeProto *identity = nodes.Add();
      identity->set_op_type("Identity");
      identity->set_name(node.name() + "/t2t_inlined_" + std::to_string(k));
      identity->add_input(branch.output(k).name());
      identity->add_output(node.output(k));
    }
    for (const auto &vi : branch.value_info())
      *graph.add_value_info() = vi;
    for (const auto &vi : branch.output())
      *graph.add_value_info() = vi;
    return nodes;
  }

  /// A new Constant node (placed first in the graph by run()) holding
  /// `tensor`; returns its output's name. Nodes rather than initializers:
  /// before IR version 4, initializers must also be graph inputs.
  std::string addConstant(const ::onnx::NodeProto &consumer, const std::string &role,
                          ::onnx::TensorProto tensor) {
    std::string name = consumer.output(0) + "/t2t_folded_" + role;
    ::onnx::NodeProto &node = newConstants.emplace_back();
    node.set_op_type("Constant");
    node.set_name(name);
    node.add_output(name);
    ::onnx::AttributeProto *attr = node.add_attribute();
    attr->set_name("value");
    attr->set_type(::onnx::AttributeProto::TENSOR);
    *attr->mutable_t() = std::move(tensor);
    constants.insert(name);
    return name;
  }

  std::string addInts(const ::onnx::NodeProto &consumer, const std::string &role,
                      const std::vector<int64_t> &values) {
    ::onnx::TensorProto t;
    t.set_data_type(::onnx::TensorProto::INT64);
    t.add_dims(static_cast<int64_t>(values.size()));
    for (int64_t v : values)
      t.add_int64_data(v);
    return addConstant(consumer, role, std::move(t));
  }

  std::string addFloats(const ::onnx::NodeProto &consumer, const std::string &role,
                        const std::vector<float> &values) {
    ::onnx::TensorProto t;
    t.set_data_type(::onnx::TensorProto::FLOAT);
    t.add_dims(static_cast<int64_t>(values.size()));
    for (float v : values)
      t.add_float_data(v);
    return addConstant(consumer, role, std::move(t));
  }

  /// A fully known value, of its element type and rank.
  std::string addKnown(const ::onnx::NodeProto &consumer, int input, const ShapeValue &value) {
    ::onnx::TensorProto t;
    t.set_data_type(value.elementType);
    for (int64_t d : value.tensorShape())
      t.add_dims(d);
    for (const Dim &d : value.dims) {
      if (isFloat(value.elementType))
        t.add_float_data(static_cast<float>(*d.real));
      else if (value.elementType == ::onnx::TensorProto::INT32 ||
               value.elementType == ::onnx::TensorProto::BOOL)
        t.add_int32_data(static_cast<int32_t>(*d.value));
      else
        t.add_int64_data(*d.value);
    }
    return addConstant(consumer, std::to_string(input), std::move(t));
  }

  /// The operand `i` of `node` if it is computed (not already a constant).
  const ShapeValue *foldable(const ::onnx::NodeProto &node, int i) const {
    if (i >= node.input_size() || constants.count(node.input(i)))
      return nullptr;
    return valueOf(node, i);
  }

  /// Folds the computed operands of a node outside the shape computations:
  /// partly known ones of Reshape / Resize / Expand, fully known ones of any.
  bool rewrite(::onnx::NodeProto &node) {
    if (!node.domain().empty() || (node.output_size() && values.count(node.output(0))))
      return false;
    const std::string &op = node.op_type();
    bool changed = op == "Reshape"  ? rewriteReshape(node)
                   : op == "Resize" ? rewriteResize(node)
                   : op == "Expand" ? rewriteExpand(node)
                                    : false;
    for (int i = 0; i < node.input_size(); ++i) {
      const ShapeValue *v = foldable(node, i);
      // (Empty values stay computed: ONNX 1.12's Concat inference rejects
      // an empty constant as if it were a scalar.)
      if (v && v->allKnown() && (v->scalar || !v->dims.empty())) {
        node.set_input(i, addKnown(node, i, *v));
        changed = true;
      }
    }
    return changed;
  }

  bool rewriteReshape(::onnx::NodeProto &node) {
    const ShapeValue *target = foldable(node, 1);
    if (target && (isFloat(target->elementType) || !target->matrix.empty()))
      return false;
    const ::onnx::TensorShapeProto *data = shapeOf(node.input(0));
    if (!target || target->scalar)
      return false;
    bool allowZero = attrInt(node, "allowzero", 0) != 0;
    std::vector<int64_t> shape;
    int unknown = 0;
    for (auto [i, d] : llvm::enumerate(target->dims)) {
      if (d.known()) {
        if (*d.value == -1)
          ++unknown;
        shape.push_back(*d.value);
      } else if (!allowZero && data && static_cast<int>(i) < data->dim_size() &&
                 !d.symbol.empty() && dimOf(node.input(0), *data, static_cast<int>(i)) == d) {
        shape.push_back(0);
      } else {
        ++unknown;
        shape.push_back(-1);
      }
    }
    if (unknown > 1)
      return false;
    node.set_input(1, addInts(node, "shape", shape));
    return true;
  }

  bool rewriteResize(::onnx::NodeProto &node) {
    const ShapeValue *sizes = foldable(node, 3);
    if (sizes && (isFloat(sizes->elementType) || !sizes->matrix.empty()))
      return false;
    if (!sizes || sizes->scalar)
      return false;
    if (llvm::all_of(sizes->dims, [](const Dim &d) { return d.known(); })) {
      std::vector<int64_t> values;
      for (const Dim &d : sizes->dims)
        values.push_back(*d.value);
      node.set_input(3, addInts(node, "sizes", values));
      return true;
    }
    const ::onnx::TensorShapeProto *data = shapeOf(node.input(0));
    if (!data || data->dim_size() != static_cast<int>(sizes->dims.size()))
      return false;
    // Sizes with another tensor's run-time dims stay computed; what they
    // say of the output (numbers, symbols) becomes its shape, which ONNX's
    // inference leaves unknown: a resize to another tensor's size keeps its
    // channel count.
    if (llvm::any_of(sizes->dims, [&](const Dim &d) { return !d.known() && d.symbol.empty(); }))
      return false;
    if (llvm::any_of(llvm::enumerate(sizes->dims), [&](auto it) {
          return !it.value().known() &&
                 !(dimOf(node.input(0), *data, static_cast<int>(it.index())) == it.value());
        }))
      return annotateShape(node, *sizes);
    std::vector<float> scales;
    for (auto [i, d] : llvm::enumerate(sizes->dims)) {
      Dim in = dimOf(node.input(0), *data, static_cast<int>(i));
      if (!d.known()) {
        if (d.symbol.empty() || !(in == d))
          return false;
        scales.push_back(1.0f);
        continue;
      }
      if (!in.known() || *in.value <= 0)
        return false;
      float scale = static_cast<float>(*d.value) / static_cast<float>(*in.value);
      if (static_cast<int64_t>(std::floor(static_cast<float>(*in.value) * scale)) != *d.value)
        return false;
      scales.push_back(scale);
    }
    node.set_input(2, addFloats(node, "scales", scales));
    // Dropped rather than left empty: ONNX 1.12's inference ignores scales
    // when an empty sizes input follows them.
    node.mutable_input()->RemoveLast();
    return true;
  }

  /// Gives node's output the dims `shape` holds where its type has none:
  /// numbers as values, symbols as dim_params. True if anything was added.
  bool annotateShape(const ::onnx::NodeProto &node, const ShapeValue &shape) {
    ::onnx::TypeProto *type = nullptr;
    for (auto &vi : *graph.mutable_output())
      if (vi.name() == node.output(0))
        type = vi.mutable_type();
    for (auto &vi : *graph.mutable_value_info())
      if (!type && vi.name() == node.output(0))
        type = vi.mutable_type();
    auto input = types.find(node.input(0));
    if (input == types.end() || !input->second->has_tensor_type())
      return false;
    if (!type) {
      ::onnx::ValueInfoProto *vi = graph.add_value_info();
      vi->set_name(node.output(0));
      type = vi->mutable_type();
    }
    ::onnx::TypeProto_Tensor *tensor = type->mutable_tensor_type();
    if (!tensor->has_elem_type())
      tensor->set_elem_type(input->second->tensor_type().elem_type());
    ::onnx::TensorShapeProto *dims = tensor->mutable_shape();
    if (dims->dim_size() != 0 && dims->dim_size() != static_cast<int>(shape.dims.size()))
      return false;
    while (dims->dim_size() < static_cast<int>(shape.dims.size()))
      dims->add_dim();
    bool changed = false;
    for (auto [i, d] : llvm::enumerate(shape.dims)) {
      ::onnx::TensorShapeProto_Dimension *dim = dims->mutable_dim(static_cast<int>(i));
      if (dim->has_dim_value() || (!d.known() && dim->has_dim_param()))
        continue;
      if (d.known())
        dim->set_dim_value(*d.value);
      else
        dim->set_dim_param(d.symbol);
      changed = true;
    }
    types[node.output(0)] = type;
    return changed;
  }

  bool rewriteExpand(::onnx::NodeProto &node) {
    const ShapeValue *target = foldable(node, 1);
    if (target && (isFloat(target->elementType) || !target->matrix.empty()))
      return false;
    const ::onnx::TensorShapeProto *data = shapeOf(node.input(0));
    if (!target || target->scalar || !data)
      return false;
    int offset = static_cast<int>(target->dims.size()) - data->dim_size();
    std::vector<int64_t> shape;
    for (auto [i, d] : llvm::enumerate(target->dims)) {
      int axis = static_cast<int>(i) - offset;
      if (d.known())
        shape.push_back(*d.value);
      else if (axis >= 0 && !d.symbol.empty() && dimOf(node.input(0), *data, axis) == d)
        shape.push_back(1);
      else
        return false;
    }
    node.set_input(1, addInts(node, "shape", shape));
    return true;
  }

  ::onnx::GraphProto &graph;
  llvm::StringSet<> constants;
  std::vector<::onnx::NodeProto> newConstants;
};

} // namespace

bool foldShapeOperands(::onnx::ModelProto &model) {
  return ShapeFolder(*model.mutable_graph()).run();
}

} // namespace t2t::import
