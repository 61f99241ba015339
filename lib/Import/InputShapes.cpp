//===- InputShapes.cpp - Pinning graph input dims -------------------------===//

#include "InputShapes.h"

#include "llvm/ADT/StringSet.h"

namespace t2t {

llvm::Expected<InputShape> parseInputShape(llvm::StringRef text) {
  auto [name, dims] = text.rsplit(':');
  if (name.empty() || !text.contains(':'))
    return llvm::createStringError("--input-shape '%s': expected NAME:d0,d1,... (a dim is a "
                                   "size or ?)",
                                   text.str().c_str());
  InputShape shape{name.str(), {}};
  llvm::SmallVector<llvm::StringRef> parts;
  if (!dims.empty())
    dims.split(parts, ',');
  for (llvm::StringRef part : parts) {
    part = part.trim();
    if (part == "?") {
      shape.dims.push_back(std::nullopt);
      continue;
    }
    int64_t value;
    if (part.getAsInteger(10, value) || value < 0)
      return llvm::createStringError("--input-shape '%s': dim '%s' is not a size or ?",
                                     text.str().c_str(), part.str().c_str());
    shape.dims.push_back(value);
  }
  return shape;
}

namespace import {

/// The graph inputs that are not initializers: what a user feeds.
static std::vector<::onnx::ValueInfoProto *> fedInputs(::onnx::GraphProto &graph) {
  llvm::StringSet<> initializers;
  for (const auto &tensor : graph.initializer())
    initializers.insert(tensor.name());
  std::vector<::onnx::ValueInfoProto *> inputs;
  for (auto &input : *graph.mutable_input())
    if (!initializers.contains(input.name()))
      inputs.push_back(&input);
  return inputs;
}

llvm::Expected<::onnx::ValueInfoProto *> findFedInput(::onnx::GraphProto &graph,
                                                     llvm::StringRef name, llvm::StringRef option) {
  std::vector<::onnx::ValueInfoProto *> inputs = fedInputs(graph);
  auto it = llvm::find_if(inputs, [&](auto *input) { return input->name() == name; });
  if (it != inputs.end())
    return *it;
  std::string names;
  for (auto *input : inputs)
    names += (names.empty() ? "'" : ", '") + input->name() + "'";
  return llvm::createStringError("%s: the model has no input '%s' (its inputs: %s)",
                                 option.str().c_str(), name.str().c_str(),
                                 names.empty() ? "none" : names.c_str());
}

static void setDim(::onnx::TensorShapeProto_Dimension &dim, int64_t value) {
  dim.clear_dim_param();
  dim.set_dim_value(value);
}

llvm::Error pinInputShapes(::onnx::ModelProto &model, const ImportOptions &options) {
  if (options.inputShapes.empty() && !options.batch)
    return llvm::Error::success();
  ::onnx::GraphProto &graph = *model.mutable_graph();
  std::vector<::onnx::ValueInfoProto *> inputs = fedInputs(graph);
  for (const InputShape &pin : options.inputShapes) {
    llvm::Expected<::onnx::ValueInfoProto *> input = findFedInput(graph, pin.name, "--input-shape");
    if (!input)
      return input.takeError();
    if (!(*input)->type().has_tensor_type())
      return llvm::createStringError("--input-shape: input '%s' is not a tensor", pin.name.c_str());
    auto *shape = (*input)->mutable_type()->mutable_tensor_type()->mutable_shape();
    if (shape->dim_size() && shape->dim_size() != static_cast<int>(pin.dims.size()))
      return llvm::createStringError("--input-shape: input '%s' has rank %d, %zu dims given",
                                     pin.name.c_str(), shape->dim_size(), pin.dims.size());
    while (shape->dim_size() < static_cast<int>(pin.dims.size()))
      shape->add_dim();
    for (auto [i, dim] : llvm::enumerate(pin.dims))
      if (dim)
        setDim(*shape->mutable_dim(i), *dim);
  }
  if (options.batch)
    for (auto *input : inputs)
      if (input->type().has_tensor_type() && input->type().tensor_type().has_shape()) {
        auto *shape = input->mutable_type()->mutable_tensor_type()->mutable_shape();
        if (shape->dim_size() && !shape->dim(0).has_dim_value())
          setDim(*shape->mutable_dim(0), *options.batch);
      }
  // Shapes computed from the symbolic dims are stale: inference redoes them.
  graph.clear_value_info();
  for (auto &output : *graph.mutable_output())
    if (output.type().has_tensor_type())
      output.mutable_type()->mutable_tensor_type()->clear_shape();
  return llvm::Error::success();
}

} // namespace import
} // namespace t2t
