//===- ShapeEvaluation.cpp - The shape ops on abstract shape values -------===//
//
// Shape, Gather, Slice, Concat, Unsqueeze, Squeeze, Cast, arithmetic, Equal,
// Where, Reshape/Transpose of small matrices, ... over ShapeValues.
//
//===----------------------------------------------------------------------===//

#include "ShapeValue.h"
#include "SmallTensorValues.h"

#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace t2t::import {

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

std::optional<ShapeValue> ShapeEnvironment::evaluateOp(const ::onnx::NodeProto &node) const {
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
    auto clampIndex = [&](int64_t i) { return std::clamp<int64_t>(i < 0 ? i + rank : i, 0, rank); };
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
      // To bool (an If's condition): non-zero is true.
      if (out.elementType == ::onnx::TensorProto::BOOL && !isFloat(v->elementType)) {
        for (Dim &d : out.dims)
          d = d.value ? Dim{*d.value != 0, {}} : Dim{};
        return out;
      }
      if (out.elementType != ::onnx::TensorProto::INT64 &&
          out.elementType != ::onnx::TensorProto::INT32 && !isFloat(out.elementType))
        return std::nullopt;
      // int -> float is exact for dims; float -> int truncates toward zero.
      for (Dim &d : out.dims) {
        if (isFloat(out.elementType) && !isFloat(v->elementType))
          d = Dim{std::nullopt, d.symbol, d.value ? std::optional<double>(*d.value) : std::nullopt};
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

} // namespace t2t::import
