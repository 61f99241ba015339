//===- ShapeValue.h - Abstract values of small shape tensors ----*- C++ -*-===//
//
// The values shape folding tracks through a graph: shape vectors whose
// entries are numbers, symbolic dims or unknown, and the evaluation of the
// ONNX ops that compute them (ShapeEvaluation.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_SHAPEVALUE_H
#define T2T_LIB_IMPORT_SHAPEVALUE_H

#include "onnx/onnx_pb.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>
#include <vector>

namespace t2t::import {

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

inline bool isFloat(int elementType) { return elementType == ::onnx::TensorProto::FLOAT; }

/// Integer or float values of a small 0-D or 1-D INT64 / INT32 / FLOAT tensor.
std::optional<ShapeValue> constantValue(const ::onnx::TensorProto &t);

/// The shapes (value_info) and abstract values known of a graph's tensors,
/// and the value of a node's output computed from its operands'.
class ShapeEnvironment {
public:
  /// The value of `node`'s first output, when its operands' values and
  /// shapes determine it.
  std::optional<ShapeValue> evaluateOp(const ::onnx::NodeProto &node) const;

protected:
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

  llvm::StringMap<const ::onnx::TypeProto *> types;
  llvm::StringMap<ShapeValue> values;
};

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_SHAPEVALUE_H
