//===- OpsetDowngrade.cpp - ai.onnx opsets 18-21 to 17 --------------------===//
//
// One adapter per operator whose schema changed in opsets 18-21 (ONNX's
// Changelog.md); operators whose later versions only added types need none.
//
//===----------------------------------------------------------------------===//

#include "OpsetDowngrade.h"
#include "Decompositions.h"
#include "GraphEditing.h"
#include "LibONNXWorker.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace t2t::import {
namespace {

using Result = llvm::Expected<Rewrite>;

/// An adapter's refusal: what opset 17 cannot express.
llvm::Error noOpset17Form(const NodeRewrite &a, const llvm::Twine &what) {
  return a.fail(what + " has no opset-17 form");
}

/// Reduce* (18; ReduceSum at 13): `axes` moved from an attribute to an
/// input, with `noop_with_empty_axes` for the empty case.
Result reduceAxesToAttribute(NodeRewrite a) {
  bool noop = intAttribute(a.node, "noop_with_empty_axes", 0) != 0;
  eraseAttribute(a.node, "noop_with_empty_axes");
  std::vector<int64_t> axes;
  if (a.hasInput(1)) {
    auto values = a.constantInput(1, "axes");
    if (!values)
      return values.takeError();
    axes = *values;
  }
  a.truncateInputs(1);
  if (axes.empty() && noop) {
    a.emit.node("Identity", {a.node.input(0)}, {a.node.output(0)});
    return Rewrite::Replaced;
  }
  if (!axes.empty())
    setIntsAttribute(a.node, "axes", axes);
  return Rewrite::Kept;
}

/// Split (18): `num_outputs` equal parts, the last smaller when the axis does
/// not divide (ceil-sized chunks). Opset 17 splits evenly into as many parts
/// as outputs; an uneven split gets explicit sizes where the dim is known.
Result splitNumOutputs(NodeRewrite a) {
  if (!eraseAttribute(a.node, "num_outputs") || a.hasInput(1))
    return Rewrite::Kept;
  int64_t parts = a.node.output_size();
  int64_t axis = intAttribute(a.node, "axis", 0);
  auto dims = a.constants.dims(a.node.input(0));
  if (!dims)
    return Rewrite::Kept;
  int64_t rank = dims->size();
  if (axis < -rank || axis >= rank)
    return a.fail("axis " + llvm::Twine(axis) + " is out of range for rank " + llvm::Twine(rank));
  int64_t size = (*dims)[axis < 0 ? axis + rank : axis];
  if (size < 0 || size % parts == 0)
    return Rewrite::Kept;
  int64_t chunk = (size + parts - 1) / parts;
  std::vector<int64_t> sizes(parts, chunk);
  sizes.back() = size - chunk * (parts - 1);
  if (sizes.back() <= 0)
    return a.fail("num_outputs " + llvm::Twine(parts) + " leaves an empty part of a dim of " +
                  llvm::Twine(size));
  a.truncateInputs(1);
  a.node.add_input(a.emit.ints(sizes));
  return Rewrite::Kept;
}

/// Pad (18): an `axes` input says which axes `pads` covers; opset 17 pads
/// every axis. (19: mode "wrap", which opset 17 lacks.)
Result padAxes(NodeRewrite a) {
  std::string mode = stringAttribute(a.node, "mode", "constant");
  if (mode == "wrap")
    return noOpset17Form(a, "mode 'wrap' (opset 19)");
  if (!a.hasInput(3)) {
    a.truncateInputs(3);
    return Rewrite::Kept;
  }
  auto axes = a.constantInput(3, "axes");
  if (!axes)
    return axes.takeError();
  auto pads = a.constantInput(1, "pads");
  if (!pads)
    return pads.takeError();
  std::optional<int> rank = a.constants.rank(a.node.input(0));
  if (!rank)
    return a.fail("input 'data' has no declared rank, which 'axes' needs to be expanded");
  if (pads->size() != 2 * axes->size())
    return a.fail("'pads' has " + llvm::Twine(pads->size()) + " values for " +
                  llvm::Twine(axes->size()) + " axes");
  std::vector<int64_t> full(2 * *rank, 0);
  for (size_t i = 0; i < axes->size(); ++i) {
    int64_t axis = (*axes)[i] < 0 ? (*axes)[i] + *rank : (*axes)[i];
    if (axis < 0 || axis >= *rank)
      return a.fail("axis " + llvm::Twine((*axes)[i]) + " is out of range for rank " +
                    llvm::Twine(*rank));
    full[axis] = (*pads)[i];
    full[axis + *rank] = (*pads)[i + axes->size()];
  }
  std::string value = a.node.input_size() > 2 ? a.node.input(2) : "";
  a.truncateInputs(1);
  a.node.add_input(a.emit.ints(full));
  if (!value.empty())
    a.node.add_input(value);
  return Rewrite::Kept;
}

/// Resize (18): antialias, axes and keep_aspect_ratio_policy; (19):
/// coordinate_transformation_mode "half_pixel_symmetric".
Result resizeAttributes(NodeRewrite a) {
  if (intAttribute(a.node, "antialias", 0))
    return noOpset17Form(a, "antialias=1 (opset 18)");
  if (findAttribute(a.node, "axes"))
    return noOpset17Form(a, "attribute 'axes' (opset 18)");
  std::string policy = stringAttribute(a.node, "keep_aspect_ratio_policy", "stretch");
  if (policy != "stretch")
    return noOpset17Form(a, "keep_aspect_ratio_policy '" + policy + "' (opset 18)");
  if (stringAttribute(a.node, "coordinate_transformation_mode", "") == "half_pixel_symmetric")
    return noOpset17Form(a, "coordinate_transformation_mode 'half_pixel_symmetric' (opset 19)");
  eraseAttribute(a.node, "antialias");
  eraseAttribute(a.node, "keep_aspect_ratio_policy");
  return Rewrite::Kept;
}

/// ScatterElements/ScatterND (18): reductions max and min.
Result scatterReduction(NodeRewrite a) {
  std::string reduction = stringAttribute(a.node, "reduction", "none");
  if (reduction == "max" || reduction == "min")
    return noOpset17Form(a, "reduction '" + reduction + "' (opset 18)");
  return Rewrite::Kept;
}

/// AveragePool (19) gained dilations, LpPool (18) ceil_mode.
Result poolAttributes(NodeRewrite a) {
  if (const auto *dilations = findAttribute(a.node, "dilations")) {
    for (int64_t d : dilations->ints())
      if (d != 1)
        return a.fail("dilations other than 1 (opset 19) have no opset-17 form");
    eraseAttribute(a.node, "dilations");
  }
  if (a.node.op_type() == "LpPool") {
    if (intAttribute(a.node, "ceil_mode", 0))
      return noOpset17Form(a, "ceil_mode=1 (opset 18)");
    eraseAttribute(a.node, "ceil_mode");
  }
  return Rewrite::Kept;
}

/// Cast/CastLike (19): `saturate` only concerns float8 targets.
Result castSaturate(NodeRewrite a) {
  eraseAttribute(a.node, "saturate");
  return Rewrite::Kept;
}

/// QuantizeLinear/DequantizeLinear (21): blocked quantization and an
/// explicit output type.
Result quantizeAttributes(NodeRewrite a) {
  if (intAttribute(a.node, "block_size", 0))
    return noOpset17Form(a, "blocked quantization (block_size, opset 21)");
  int64_t dtype = intAttribute(a.node, "output_dtype", 0);
  if (dtype && dtype != ::onnx::TensorProto::UINT8)
    return noOpset17Form(a,
                         "output_dtype " + llvm::Twine(dtype) + " without a zero point (opset 21)");
  eraseAttribute(a.node, "block_size");
  eraseAttribute(a.node, "output_dtype");
  return Rewrite::Kept;
}

/// GridSample (20): modes renamed linear/cubic (opset 16: bilinear/bicubic).
Result gridSampleModes(NodeRewrite a) {
  std::string mode = stringAttribute(a.node, "mode", "linear");
  std::string legacy = llvm::StringSwitch<std::string>(mode)
                           .Case("linear", "bilinear")
                           .Case("cubic", "bicubic")
                           .Default(mode);
  setStringAttribute(a.node, "mode", legacy);
  return Rewrite::Kept;
}

/// DFT (20): `axis` moved from an attribute to an input.
Result dftAxis(NodeRewrite a) {
  if (a.hasInput(2)) {
    auto axis = a.constantInput(2, "axis");
    if (!axis)
      return axis.takeError();
    if (axis->size() != 1)
      return a.fail("input 'axis' must hold one value");
    setIntAttribute(a.node, "axis", axis->front());
  }
  a.truncateInputs(2);
  return Rewrite::Kept;
}

/// Gelu (20): decomposed.
Result gelu(NodeRewrite a) {
  std::string approximate = stringAttribute(a.node, "approximate", "none");
  if (approximate != "none" && approximate != "tanh")
    return a.fail("approximate '" + approximate + "' is not 'none' or 'tanh'");
  emitGelu(a.emit, a.node.input(0), approximate == "tanh", a.node.output(0));
  return Rewrite::Replaced;
}

/// Mish (18): x * tanh(softplus(x)).
Result mish(NodeRewrite a) {
  const std::string &x = a.node.input(0);
  a.emit.node("Mul", {x, a.emit.value("Tanh", {a.emit.value("Softplus", {x})})},
              {a.node.output(0)});
  return Rewrite::Replaced;
}

/// GroupNormalization (18; 21 scales per channel instead of per group).
Result groupNormalization(NodeRewrite a) {
  if (a.node.input_size() != 3 || !a.hasInput(1) || !a.hasInput(2))
    return a.fail("expects inputs X, scale and bias");
  const auto *groups = findAttribute(a.node, "num_groups");
  if (!groups || groups->i() <= 0)
    return a.fail("attribute 'num_groups' must be a positive integer");
  emitGroupNormalization(a.emit, a.node.input(0), a.node.input(1), a.node.input(2), groups->i(),
                         floatAttribute(a.node, "epsilon", 1e-5f), a.opset >= 21, a.node.output(0));
  return Rewrite::Replaced;
}

/// Operators new in opsets 18-21 that opset 17 cannot express.
const llvm::StringSet<> kWithoutOpset17Form = {
    "AffineGrid", "BitwiseAnd", "BitwiseNot",   "BitwiseOr",      "BitwiseXor",   "CenterCropPad",
    "Col2Im",     "DeformConv", "ImageDecoder", "RegexFullMatch", "StringConcat", "StringSplit"};

Result adapt(NodeRewrite a) {
  llvm::StringRef op = a.node.op_type();
  if (op.starts_with("Reduce") && op != "ReduceSum")
    return reduceAxesToAttribute(a);
  if (op == "Split")
    return splitNumOutputs(a);
  if (op == "Pad")
    return padAxes(a);
  if (op == "Resize")
    return resizeAttributes(a);
  if (op == "ScatterElements" || op == "ScatterND")
    return scatterReduction(a);
  if (op == "AveragePool" || op == "LpPool")
    return poolAttributes(a);
  if (op == "Cast" || op == "CastLike")
    return castSaturate(a);
  if (op == "QuantizeLinear" || op == "DequantizeLinear")
    return quantizeAttributes(a);
  if (op == "GridSample")
    return gridSampleModes(a);
  if (op == "DFT")
    return dftAxis(a);
  if (op == "Gelu")
    return gelu(a);
  if (op == "Mish")
    return mish(a);
  if (op == "GroupNormalization")
    return groupNormalization(a);
  if (kWithoutOpset17Form.contains(op))
    return a.fail("operator " + op + " (opset " + llvm::Twine(a.opset) +
                  ") has no opset-17 form t2t can convert to");
  return Rewrite::Kept;
}

/// Element types newer than IR version 8 (float8, int4), by TensorProto
/// data type, or null.
const char *newerElementType(int32_t type) {
  switch (type) {
  case 17:
    return "FLOAT8E4M3FN";
  case 18:
    return "FLOAT8E4M3FNUZ";
  case 19:
    return "FLOAT8E5M2";
  case 20:
    return "FLOAT8E5M2FNUZ";
  case 21:
    return "UINT4";
  case 22:
    return "INT4";
  default:
    return nullptr;
  }
}

llvm::Error checkElementTypes(const ::onnx::GraphProto &graph) {
  for (const auto &tensor : graph.initializer())
    if (const char *type = newerElementType(tensor.data_type()))
      return llvm::createStringError("initializer '%s' has element type %s, which t2t does not "
                                     "convert",
                                     tensor.name().c_str(), type);
  auto check = [](const auto &infos, const char *what) -> llvm::Error {
    for (const ::onnx::ValueInfoProto &info : infos)
      if (info.type().has_tensor_type())
        if (const char *type = newerElementType(info.type().tensor_type().elem_type()))
          return llvm::createStringError("%s '%s' has element type %s, which t2t does not "
                                         "convert",
                                         what, info.name().c_str(), type);
    return llvm::Error::success();
  };
  if (llvm::Error err = check(graph.input(), "graph input"))
    return err;
  if (llvm::Error err = check(graph.output(), "graph output"))
    return err;
  return check(graph.value_info(), "value");
}

} // namespace

llvm::Error downgradeOpset(::onnx::ModelProto &model, int target) {
  int64_t opset = aiOnnxOpset(model);
  if (opset <= target)
    return llvm::Error::success();
  if (opset > kNewestOpset)
    return llvm::createStringError("ai.onnx opset %lld is newer than t2t reads (opsets 1 to %d)",
                                   (long long)opset, kNewestOpset);
  if (llvm::Error err = checkElementTypes(model.graph()))
    return err;
  if (llvm::Error err = rewriteNodes(model, [](NodeRewrite &a) -> Result {
        if (!a.node.domain().empty() && a.node.domain() != "ai.onnx")
          return Rewrite::Kept;
        return adapt(a);
      }))
    return err;
  for (auto &entry : *model.mutable_opset_import())
    if (entry.domain().empty() || entry.domain() == "ai.onnx")
      entry.set_version(target);
  // IR versions 9 and 10 added only the element types refused above.
  model.set_ir_version(std::min<int64_t>(model.ir_version(), ::onnx::IR_VERSION));
  return llvm::Error::success();
}

} // namespace t2t::import
