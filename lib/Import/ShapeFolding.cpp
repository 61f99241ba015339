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
//   any other operand whose value is fully known becomes that constant.
// Shape inference is then run again; each pass types the next chain.
//
//===----------------------------------------------------------------------===//

#include "ShapeFolding.h"
#include "SmallTensorValues.h"

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

/// One entry of a shape tensor: a number, a symbolic dim, or unknown. Float
/// entries (scales computed from sizes, as opset-9 exports of Upsample do)
/// hold `real` instead of `value`.
struct Dim {
  std::optional<int64_t> value;
  std::string symbol;
  std::optional<double> real;
  /// An integer entry's value is known (float entries: `real`).
  bool known() const { return value.has_value(); }
  bool operator==(const Dim &o) const {
    return value == o.value && symbol == o.symbol && real == o.real;
  }
};

/// The abstract value of a small integer or float tensor: a shape vector, or
/// (torch's F.pad export reverses its pads as a [n, 2] matrix) a small matrix.
struct ShapeValue {
  /// The entries, row-major.
  std::vector<Dim> dims;
  bool scalar = false;
  /// The tensor's dims when its rank is 2 or more; empty for 0-D and 1-D.
  std::vector<int64_t> matrix;
  int elementType = ::onnx::TensorProto::INT64;
  std::vector<int64_t> tensorShape() const {
    if (!matrix.empty())
      return matrix;
    if (scalar)
      return {};
    return {static_cast<int64_t>(dims.size())};
  }
  bool allKnown() const {
    return llvm::all_of(dims, [&](const Dim &d) {
      return elementType == ::onnx::TensorProto::FLOAT ? d.real.has_value() : d.known();
    });
  }
};

bool isFloat(int elementType) { return elementType == ::onnx::TensorProto::FLOAT; }

/// Integer or float values of a small 0-D or 1-D INT64 / INT32 / FLOAT tensor.
std::optional<ShapeValue> constantValue(const ::onnx::TensorProto &t) {
  constexpr size_t kMaxElements = 64;
  if (t.dims_size() > 1 || t.data_location() == ::onnx::TensorProto::EXTERNAL)
    return std::nullopt;
  ShapeValue out;
  out.scalar = t.dims_size() == 0;
  out.elementType = t.data_type();
  if (isFloat(t.data_type())) {
    auto reals = readSmallTensor<float, double>(t, t.float_data(), kMaxElements);
    if (!reals)
      return std::nullopt;
    for (double r : *reals)
      out.dims.push_back(Dim{std::nullopt, {}, r});
    return out;
  }
  std::optional<std::vector<int64_t>> values;
  if (t.data_type() == ::onnx::TensorProto::INT64)
    values = readSmallTensor<int64_t, int64_t>(t, t.int64_data(), kMaxElements);
  else if (t.data_type() == ::onnx::TensorProto::INT32)
    values = readSmallTensor<int32_t, int64_t>(t, t.int32_data(), kMaxElements);
  if (!values)
    return std::nullopt;
  for (int64_t v : *values)
    out.dims.push_back(Dim{v, {}});
  return out;
}

class ShapeFolder {
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
    for (auto &node : *graph.mutable_node()) {
      evaluate(node);
      changed |= rewrite(node);
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
  const ::onnx::TensorShapeProto *shapeOf(const std::string &name) const {
    auto it = types.find(name);
    if (it == types.end() || !it->second->has_tensor_type() ||
        !it->second->tensor_type().has_shape())
      return nullptr;
    return &it->second->tensor_type().shape();
  }

  /// Dim `axis` of tensor `name`; anonymous dynamic dims are named after it.
  static Dim dimOf(const std::string &name, const ::onnx::TensorShapeProto &shape, int axis) {
    const auto &d = shape.dim(axis);
    if (d.has_dim_value())
      return Dim{d.dim_value(), {}};
    if (d.has_dim_param() && !d.dim_param().empty())
      return Dim{std::nullopt, d.dim_param()};
    return Dim{std::nullopt, name + "#" + std::to_string(axis)};
  }

  const ShapeValue *valueOf(const ::onnx::NodeProto &node, int i) const {
    if (i >= node.input_size() || node.input(i).empty())
      return nullptr;
    auto it = values.find(node.input(i));
    return it == values.end() ? nullptr : &it->second;
  }

  /// The single integer of a constant operand (an index, an axis).
  std::optional<std::vector<int64_t>> constantInts(const ::onnx::NodeProto &node, int i) const {
    const ShapeValue *v = valueOf(node, i);
    if (!v || isFloat(v->elementType) || !v->matrix.empty() ||
        !llvm::all_of(v->dims, [](const Dim &d) { return d.known(); }))
      return std::nullopt;
    std::vector<int64_t> out;
    for (const Dim &d : v->dims)
      out.push_back(*d.value);
    return out;
  }

  static int64_t attrInt(const ::onnx::NodeProto &node, const char *name, int64_t fallback) {
    for (const auto &a : node.attribute())
      if (a.name() == name)
        return a.i();
    return fallback;
  }

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

  std::optional<ShapeValue> evaluateOp(const ::onnx::NodeProto &node) const {
    const std::string &op = node.op_type();
    // Matrices only pass through the ops that move entries around.
    static const llvm::StringSet<> kAnyRank = {"Reshape", "Slice", "Transpose", "Cast", "Identity"};
    if (!kAnyRank.contains(op))
      for (int i = 0; i < node.input_size(); ++i)
        if (const ShapeValue *v = valueOf(node, i); v && !v->matrix.empty())
          return std::nullopt;
    if (op == "Constant") {
      for (const auto &a : node.attribute())
        if (a.name() == "value" && a.has_t())
          return constantValue(a.t());
      return std::nullopt;
    }
    if (op == "Shape") {
      const ::onnx::TensorShapeProto *shape = shapeOf(node.input(0));
      if (!shape)
        return std::nullopt;
      int64_t rank = shape->dim_size();
      auto clampIndex = [&](int64_t i) {
        return std::clamp<int64_t>(i < 0 ? i + rank : i, 0, rank);
      };
      int64_t start = clampIndex(attrInt(node, "start", 0)),
              end = clampIndex(attrInt(node, "end", rank));
      ShapeValue out;
      for (int64_t a = start; a < end; ++a)
        out.dims.push_back(dimOf(node.input(0), *shape, static_cast<int>(a)));
      return out;
    }
    if (op == "Identity" || op == "Cast") {
      const ShapeValue *v = valueOf(node, 0);
      if (!v)
        return std::nullopt;
      ShapeValue out = *v;
      if (op == "Cast") {
        out.elementType = static_cast<int>(attrInt(node, "to", 0));
        if (out.elementType != ::onnx::TensorProto::INT64 &&
            out.elementType != ::onnx::TensorProto::INT32 && !isFloat(out.elementType))
          return std::nullopt;
        // int -> float is exact for dims; float -> int truncates toward zero.
        for (Dim &d : out.dims) {
          if (isFloat(out.elementType) && !isFloat(v->elementType))
            d = Dim{std::nullopt, d.symbol,
                    d.value ? std::optional<double>(*d.value) : std::nullopt};
          else if (!isFloat(out.elementType) && isFloat(v->elementType))
            d = Dim{d.real ? std::optional<int64_t>(static_cast<int64_t>(*d.real)) : std::nullopt,
                    {},
                    std::nullopt};
        }
      }
      return out;
    }
    if (op == "Gather") {
      const ShapeValue *data = valueOf(node, 0);
      std::optional<std::vector<int64_t>> indices = constantInts(node, 1);
      if (!data || data->scalar || !indices || attrInt(node, "axis", 0) != 0)
        return std::nullopt;
      ShapeValue out = *data;
      out.dims.clear();
      out.scalar = valueOf(node, 1)->scalar;
      int64_t n = data->dims.size();
      for (int64_t i : *indices) {
        if (i < -n || i >= n)
          return std::nullopt;
        out.dims.push_back(data->dims[i < 0 ? i + n : i]);
      }
      return out;
    }
    if (op == "Unsqueeze" || op == "Squeeze") {
      const ShapeValue *data = valueOf(node, 0);
      if (!data || (op == "Unsqueeze") != data->scalar || data->dims.size() != 1)
        return std::nullopt;
      ShapeValue out = *data;
      out.scalar = op == "Squeeze";
      return out;
    }
    if (op == "Concat") {
      if (attrInt(node, "axis", 0) != 0 && attrInt(node, "axis", 0) != -1)
        return std::nullopt;
      ShapeValue out;
      for (int i = 0; i < node.input_size(); ++i) {
        const ShapeValue *v = valueOf(node, i);
        if (!v || v->scalar || (i && v->elementType != out.elementType))
          return std::nullopt;
        out.elementType = v->elementType;
        llvm::append_range(out.dims, v->dims);
      }
      return out;
    }
    if (op == "Slice") {
      // One axis, any step (torch's F.pad reverses its [n, 2] pads with
      // step -1). ONNX clamps starts and ends into the axis, to [0, dim]
      // for positive steps and [-1, dim - 1] for negative ones.
      const ShapeValue *data = valueOf(node, 0);
      auto given = [&](int i) { return node.input_size() > i && !node.input(i).empty(); };
      std::optional<std::vector<int64_t>> starts = constantInts(node, 1),
                                          ends = constantInts(node, 2);
      std::optional<std::vector<int64_t>> axes =
          given(3) ? constantInts(node, 3) : std::vector<int64_t>{0};
      std::optional<std::vector<int64_t>> steps =
          given(4) ? constantInts(node, 4) : std::vector<int64_t>{1};
      if (!data || data->scalar || !starts || !ends || !axes || !steps || starts->size() != 1 ||
          ends->size() != 1 || axes->size() != 1 || steps->size() != 1 || (*steps)[0] == 0)
        return std::nullopt;
      std::vector<int64_t> shape = data->tensorShape();
      int64_t rank = shape.size(), axis = (*axes)[0] < 0 ? (*axes)[0] + rank : (*axes)[0];
      if (axis < 0 || axis >= rank)
        return std::nullopt;
      int64_t dim = shape[axis], step = (*steps)[0];
      auto adjust = [&](int64_t i, int64_t low, int64_t high) {
        return std::clamp<int64_t>(i < 0 ? i + dim : i, low, high);
      };
      int64_t start = step > 0 ? adjust((*starts)[0], 0, dim) : adjust((*starts)[0], -1, dim - 1);
      int64_t end = step > 0 ? adjust((*ends)[0], 0, dim) : adjust((*ends)[0], -1, dim - 1);
      std::vector<int64_t> picked;
      for (int64_t i = start; step > 0 ? i < end : i > end; i += step)
        picked.push_back(i);
      // Entries as [outer, dim, inner] blocks around the axis.
      int64_t inner = 1, outer = 1;
      for (int64_t d = axis + 1; d < rank; ++d)
        inner *= shape[d];
      for (int64_t d = 0; d < axis; ++d)
        outer *= shape[d];
      ShapeValue out = *data;
      out.dims.clear();
      for (int64_t o = 0; o < outer; ++o)
        for (int64_t i : picked)
          for (int64_t k = 0; k < inner; ++k)
            out.dims.push_back(data->dims[(o * dim + i) * inner + k]);
      shape[axis] = picked.size();
      out.matrix = rank >= 2 ? shape : std::vector<int64_t>();
      return out;
    }
    if (op == "ConstantOfShape") {
      std::optional<std::vector<int64_t>> shape = constantInts(node, 0);
      std::optional<ShapeValue> fill;
      for (const auto &a : node.attribute())
        if (a.name() == "value" && a.has_t())
          fill = constantValue(a.t());
      if (!shape || shape->size() != 1 || (*shape)[0] < 0 || (*shape)[0] > 64 || !fill ||
          fill->dims.size() != 1)
        return std::nullopt;
      ShapeValue out;
      out.elementType = fill->elementType;
      out.dims.assign((*shape)[0], fill->dims[0]);
      return out;
    }
    if (op == "Reshape") {
      // The entries keep their row-major order; 0 copies the input's dim
      // (allowzero = 0), -1 takes what is left.
      const ShapeValue *data = valueOf(node, 0);
      std::optional<std::vector<int64_t>> shape = constantInts(node, 1);
      if (!data || !shape)
        return std::nullopt;
      std::vector<int64_t> from = data->tensorShape(), to = *shape;
      int64_t count = data->dims.size(), known = 1, inferred = -1;
      bool allowZero = attrInt(node, "allowzero", 0) != 0;
      for (size_t i = 0; i < to.size(); ++i) {
        if (to[i] == 0 && !allowZero) {
          if (i >= from.size())
            return std::nullopt;
          to[i] = from[i];
        }
        if (to[i] == -1) {
          if (inferred >= 0)
            return std::nullopt;
          inferred = i;
        } else if (to[i] < 0) {
          return std::nullopt;
        } else {
          known *= to[i];
        }
      }
      if (inferred >= 0) {
        if (known == 0 || count % known)
          return std::nullopt;
        to[inferred] = count / known;
      } else if (known != count) {
        return std::nullopt;
      }
      ShapeValue out = *data;
      out.scalar = to.empty();
      out.matrix = to.size() >= 2 ? to : std::vector<int64_t>();
      return out;
    }
    if (op == "Transpose") {
      const ShapeValue *data = valueOf(node, 0);
      if (!data)
        return std::nullopt;
      std::vector<int64_t> shape = data->tensorShape(), perm;
      for (const auto &a : node.attribute())
        if (a.name() == "perm")
          perm.assign(a.ints().begin(), a.ints().end());
      if (perm.empty())
        for (int64_t d = shape.size() - 1; d >= 0; --d)
          perm.push_back(d);
      if (perm.size() != shape.size())
        return std::nullopt;
      std::vector<int64_t> outShape, strides(shape.size(), 1);
      for (int64_t d = static_cast<int64_t>(shape.size()) - 2; d >= 0; --d)
        strides[d] = strides[d + 1] * shape[d + 1];
      for (int64_t p : perm) {
        if (p < 0 || p >= static_cast<int64_t>(shape.size()))
          return std::nullopt;
        outShape.push_back(shape[p]);
      }
      ShapeValue out = *data;
      // Output entry at index (i_0, ..., i_n) is input entry i_k at axis perm[k].
      std::vector<int64_t> index(outShape.size(), 0);
      for (Dim &d : out.dims) {
        int64_t offset = 0;
        for (size_t k = 0; k < index.size(); ++k)
          offset += index[k] * strides[perm[k]];
        d = data->dims[offset];
        for (int64_t k = static_cast<int64_t>(index.size()) - 1; k >= 0; --k) {
          if (++index[k] < outShape[k])
            break;
          index[k] = 0;
        }
      }
      out.matrix = outShape.size() >= 2 ? outShape : std::vector<int64_t>();
      return out;
    }
    if (op == "Equal") {
      // Dims are never negative: a symbol differs from any negative number.
      const ShapeValue *lhs = valueOf(node, 0), *rhs = valueOf(node, 1);
      if (!lhs || !rhs || lhs->dims.size() != rhs->dims.size() || isFloat(lhs->elementType) ||
          isFloat(rhs->elementType))
        return std::nullopt;
      ShapeValue out;
      out.scalar = lhs->scalar && rhs->scalar;
      out.elementType = ::onnx::TensorProto::BOOL;
      for (auto [a, b] : llvm::zip(lhs->dims, rhs->dims)) {
        Dim d;
        if (a.known() && b.known())
          d.value = *a.value == *b.value;
        else if ((a.known() && *a.value < 0) || (b.known() && *b.value < 0))
          d.value = 0;
        else if (!a.symbol.empty() && a.symbol == b.symbol)
          d.value = 1;
        out.dims.push_back(d);
      }
      return out;
    }
    if (op == "Where") {
      const ShapeValue *cond = valueOf(node, 0), *a = valueOf(node, 1), *b = valueOf(node, 2);
      if (!cond || !a || !b || !cond->allKnown() || a->dims.size() != cond->dims.size() ||
          b->dims.size() != cond->dims.size())
        return std::nullopt;
      ShapeValue out = *a;
      for (size_t i = 0; i < cond->dims.size(); ++i)
        out.dims[i] = *cond->dims[i].value ? a->dims[i] : b->dims[i];
      return out;
    }
    if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div") {
      const ShapeValue *lhs = valueOf(node, 0), *rhs = valueOf(node, 1);
      if (!lhs || !rhs)
        return std::nullopt;
      size_t n = std::max(lhs->dims.size(), rhs->dims.size());
      if ((lhs->dims.size() != n && lhs->dims.size() != 1) ||
          (rhs->dims.size() != n && rhs->dims.size() != 1))
        return std::nullopt;
      if (isFloat(lhs->elementType) != isFloat(rhs->elementType))
        return std::nullopt;
      ShapeValue out;
      out.scalar = lhs->scalar && rhs->scalar;
      out.elementType = lhs->elementType;
      for (size_t i = 0; i < n; ++i) {
        const Dim &a = lhs->dims[lhs->dims.size() == 1 ? 0 : i];
        const Dim &b = rhs->dims[rhs->dims.size() == 1 ? 0 : i];
        Dim d;
        if (isFloat(out.elementType)) {
          if (a.real && b.real)
            d.real = op == "Add"   ? *a.real + *b.real
                     : op == "Sub" ? *a.real - *b.real
                     : op == "Mul" ? *a.real * *b.real
                                   : *a.real / *b.real;
          out.dims.push_back(d);
          continue;
        }
        if (a.known() && b.known() && !(op == "Div" && *b.value == 0))
          d.value = op == "Add"   ? *a.value + *b.value
                    : op == "Sub" ? *a.value - *b.value
                    : op == "Mul" ? *a.value * *b.value
                                  : *a.value / *b.value; // ONNX integer Div truncates.
        out.dims.push_back(d);
      }
      return out;
    }
    return std::nullopt;
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
  llvm::StringMap<const ::onnx::TypeProto *> types;
  llvm::StringMap<ShapeValue> values;
  llvm::StringSet<> constants;
  std::vector<::onnx::NodeProto> newConstants;
};

} // namespace

bool foldShapeOperands(::onnx::ModelProto &model) {
  return ShapeFolder(*model.mutable_graph()).run();
}

} // namespace t2t::import
