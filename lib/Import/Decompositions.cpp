//===- Decompositions.cpp - Ops written as opset-17 ONNX nodes ------------===//

#include "Decompositions.h"

namespace t2t::import {

void emitGelu(NodeEmitter &emit, const std::string &x, bool tanhApproximation,
              const std::string &output) {
  std::string inner;
  if (tanhApproximation) {
    std::string cube = emit.value("Mul", {x, emit.value("Mul", {x, x})});
    std::string sum = emit.value("Add", {x, emit.value("Mul", {cube, emit.scalar(0.044715f)})});
    inner = emit.value("Tanh", {emit.value("Mul", {sum, emit.scalar(0.7978845608f)})});
  } else {
    inner = emit.value("Erf", {emit.value("Div", {x, emit.scalar(1.4142135623730951f)})});
  }
  std::string onePlus = emit.value("Add", {inner, emit.scalar(1.0f)});
  emit.node("Mul", {emit.value("Mul", {x, onePlus}), emit.scalar(0.5f)}, {output});
}

/// ReduceMean over `axis` with the dim kept (up to opset 17, axes is an
/// attribute), into `output` if given.
static std::string meanOver(NodeEmitter &emit, const std::string &x, int64_t axis,
                            const std::string &output = "") {
  ::onnx::NodeProto &mean =
      output.empty() ? emit.node("ReduceMean", {x}) : emit.node("ReduceMean", {x}, {output});
  setIntsAttribute(mean, "axes", {axis});
  return mean.output(0);
}

void emitLayerNormalization(NodeEmitter &emit, int opset, const std::string &x,
                            const std::string &scale, const std::string &bias, float epsilon,
                            std::vector<std::string> outputs) {
  outputs.resize(3);
  if (opset >= 17) {
    while (outputs.back().empty())
      outputs.pop_back();
    std::vector<std::string> inputs = {x, scale};
    if (!bias.empty())
      inputs.push_back(bias);
    ::onnx::NodeProto &norm = emit.node("LayerNormalization", inputs, outputs);
    setIntAttribute(norm, "axis", -1);
    setFloatAttribute(norm, "epsilon", epsilon);
    return;
  }
  std::string mean = meanOver(emit, x, -1, outputs[1]);
  std::string centered = emit.value("Sub", {x, mean});
  std::string variance = meanOver(emit, emit.value("Mul", {centered, centered}), -1);
  std::string deviation = emit.value("Sqrt", {emit.value("Add", {variance, emit.scalar(epsilon)})});
  if (!outputs[2].empty())
    emit.node("Reciprocal", {deviation}, {outputs[2]});
  std::string normalized = emit.value("Div", {centered, deviation});
  if (bias.empty()) {
    emit.node("Mul", {normalized, scale}, {outputs[0]});
    return;
  }
  emit.node("Add", {emit.value("Mul", {normalized, scale}), bias}, {outputs[0]});
}

void emitGroupNormalization(NodeEmitter &emit, const std::string &x, const std::string &scale,
                            const std::string &bias, int64_t groups, float epsilon,
                            bool perChannelScale, const std::string &output) {
  // [N, C, ...] -> [N, groups, C / groups * spatial]: each group one row.
  std::string grouped = emit.value("Reshape", {x, emit.ints({0, groups, -1})});
  std::string centered = emit.value("Sub", {grouped, meanOver(emit, grouped, 2)});
  std::string variance = meanOver(emit, emit.value("Mul", {centered, centered}), 2);
  std::string deviation = emit.value("Sqrt", {emit.value("Add", {variance, emit.scalar(epsilon)})});
  std::string normalized = emit.value("Div", {centered, deviation});
  std::string one = emit.ints({1});
  if (perChannelScale) {
    // [N, C, rest]: C is scale's length.
    std::string channels = emit.value("Shape", {scale});
    ::onnx::NodeProto &target = emit.node("Concat", {emit.ints({0}), channels, emit.ints({-1})});
    setIntAttribute(target, "axis", 0);
    normalized = emit.value("Reshape", {normalized, target.output(0)});
  }
  std::string scaled = emit.value("Mul", {normalized, emit.value("Unsqueeze", {scale, one})});
  std::string shifted = emit.value("Add", {scaled, emit.value("Unsqueeze", {bias, one})});
  emit.node("Reshape", {shifted, emit.value("Shape", {x})}, {output});
}

} // namespace t2t::import
