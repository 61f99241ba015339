//===- InputBindings.cpp - Graph inputs frozen to constants ---------------===//

#include "InputBindings.h"
#include "InputShapes.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>

namespace t2t {

llvm::Expected<InputBinding> parseInputBinding(llvm::StringRef text) {
  auto [name, list] = text.split('=');
  if (name.empty() || list.empty() || !text.contains('='))
    return llvm::createStringError("--bind '%s': expected NAME=v0,v1,...", text.str().c_str());
  InputBinding binding{name.str(), {}};
  llvm::SmallVector<llvm::StringRef> parts;
  list.split(parts, ',');
  for (llvm::StringRef part : parts) {
    double value;
    if (part.trim().getAsDouble(value))
      return llvm::createStringError("--bind '%s': '%s' is not a number", text.str().c_str(),
                                     part.str().c_str());
    binding.values.push_back(value);
  }
  return binding;
}

namespace import {

/// Stores `values` in the field of `tensor`'s element type; false for types
/// a bound value cannot have (strings, complex numbers).
static bool setValues(::onnx::TensorProto &tensor, llvm::ArrayRef<double> values) {
  using T = ::onnx::TensorProto;
  for (double v : values) {
    switch (tensor.data_type()) {
    case T::FLOAT:
    case T::FLOAT16:
    case T::BFLOAT16:
      if (tensor.data_type() != T::FLOAT)
        return false;
      tensor.add_float_data(static_cast<float>(v));
      break;
    case T::DOUBLE:
      tensor.add_double_data(v);
      break;
    case T::INT64:
      tensor.add_int64_data(static_cast<int64_t>(v));
      break;
    case T::UINT32:
    case T::UINT64:
      tensor.add_uint64_data(static_cast<uint64_t>(v));
      break;
    case T::INT32:
    case T::INT16:
    case T::INT8:
    case T::UINT16:
    case T::UINT8:
    case T::BOOL:
      tensor.add_int32_data(static_cast<int32_t>(v));
      break;
    default:
      return false;
    }
  }
  return true;
}

llvm::Error bindInputs(::onnx::ModelProto &model, const ImportOptions &options) {
  ::onnx::GraphProto &graph = *model.mutable_graph();
  for (const InputBinding &binding : options.bindings) {
    llvm::Expected<::onnx::ValueInfoProto *> input = findFedInput(graph, binding.name, "--bind");
    if (!input)
      return input.takeError();
    const ::onnx::ValueInfoProto *fed = *input;
    if (!fed->type().has_tensor_type() || !fed->type().tensor_type().has_shape())
      return llvm::createStringError("--bind: input '%s' is not a tensor of known shape",
                                     binding.name.c_str());
    const auto &type = fed->type().tensor_type();
    ::onnx::TensorProto tensor;
    tensor.set_name(binding.name);
    tensor.set_data_type(type.elem_type());
    int64_t count = 1;
    for (const auto &dim : type.shape().dim()) {
      if (!dim.has_dim_value())
        return llvm::createStringError("--bind: input '%s' has a symbolic dim ('%s'); pin it with "
                                       "--input-shape",
                                       binding.name.c_str(), dim.dim_param().c_str());
      tensor.add_dims(dim.dim_value());
      count *= dim.dim_value();
    }
    if (count != static_cast<int64_t>(binding.values.size()))
      return llvm::createStringError("--bind: input '%s' has %lld elements, %zu values given",
                                     binding.name.c_str(), (long long)count,
                                     binding.values.size());
    if (!setValues(tensor, binding.values))
      return llvm::createStringError("--bind: input '%s' is of an element type a value cannot be "
                                     "bound to (ONNX type %d)",
                                     binding.name.c_str(), type.elem_type());
    *graph.add_initializer() = std::move(tensor);
    auto *inputs = graph.mutable_input();
    inputs->erase(llvm::find_if(*inputs, [&](const auto &in) { return &in == fed; }));
  }
  return llvm::Error::success();
}

} // namespace import
} // namespace t2t
