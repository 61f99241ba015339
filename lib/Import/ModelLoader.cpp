//===- ModelLoader.cpp - Parse, check and normalize an ONNX model ---------===//
//
// libonnx's own analyses run in a worker process (LibONNXWorker.h); the checks
// here run between them: after ONNX's checker, before the version converter
// and shape inference, on what those would crash on or t2t refuses anyway.
//
//===----------------------------------------------------------------------===//

#include "ModelLoader.h"
#include "GraphEditing.h"
#include "GraphHygiene.h"
#include "InputBindings.h"
#include "InputShapes.h"
#include "LegacyOpsets.h"
#include "LibONNXWorker.h"
#include "OpsetDowngrade.h"
#include "PayloadSplitting.h"
#include "ShapeFolding.h"
#include "TensorImport.h"
#include "VendorOps.h"
#include "t2t/Support/ElementsAttrUtils.h"

#include "onnx/defs/schema.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <climits>
#include <unordered_set>

using llvm::createStringError;

namespace t2t::import {

int canonicalOpset() {
  return ::onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map().at("").second;
}

// The newest IR version libonnx's checker accepts.
static constexpr int64_t kMaxIrVersion = ::onnx::IR_VERSION;
static constexpr int kMinOpset = 1;

/// Brings a model of an older ai.onnx opset to canonicalOpset(): shapes are
/// inferred at its own opset first, for the adapters that read them.
static llvm::Error convertOlderOpset(::onnx::ModelProto &model, llvm::StringRef modelDir) {
  int64_t opset = aiOnnxOpset(model);
  // Only ai.onnx.ml or training operators, or already canonical (newer
  // opsets were brought down by downgradeOpset).
  if (opset < 0 || opset >= canonicalOpset())
    return llvm::Error::success();
  if (llvm::Error err = runInWorker(Analysis::InferShapes, model, modelDir))
    return err;
  if (llvm::Error err = prepareLegacyOpsets(model, opset))
    return err;
  if (llvm::Error err = runInWorker(Analysis::ConvertToCanonicalOpset, model, modelDir))
    return err;
  completeLegacyConversion(model, opset);
  return llvm::Error::success();
}

/// Our stricter rules on external data run before the checker so that a
/// hostile path is reported as such rather than as a missing file.
static llvm::Error checkExternalData(const ::onnx::GraphProto &graph, llvm::StringRef modelDir) {
  for (const auto &tensor : graph.initializer()) {
    if (tensor.data_location() != ::onnx::TensorProto::EXTERNAL)
      continue;
    if (auto path = resolveExternalLocation(tensor, modelDir); !path)
      return createStringError("initializer '%s': %s", tensor.name().c_str(),
                               llvm::toString(path.takeError()).c_str());
  }
  return llvm::Error::success();
}

/// Runs `check` on each subgraph (If branches, Loop and Scan bodies) of
/// `node`, stopping at the first error.
static llvm::Error
checkSubgraphs(const ::onnx::NodeProto &node,
               llvm::function_ref<llvm::Error(const ::onnx::GraphProto &)> check) {
  llvm::Error error = llvm::Error::success();
  forEachSubgraph(node, [&](const ::onnx::GraphProto &sub) {
    if (!error)
      error = check(sub);
  });
  return error;
}

/// Every graph output must name a value of its graph (a node output, an
/// input or an initializer) or, in a subgraph, of an enclosing graph. ONNX's
/// checker does not check it, and libonnx's version converter dereferences
/// the missing value (found by utils/fuzz).
static llvm::Error checkOutputsProduced(const ::onnx::GraphProto &graph,
                                        std::vector<std::string> &visible) {
  size_t outer = visible.size();
  llvm::scope_exit restore([&] { visible.resize(outer); });
  for (const auto &input : graph.input())
    visible.push_back(input.name());
  for (const auto &tensor : graph.initializer())
    visible.push_back(tensor.name());
  for (const auto &node : graph.node())
    for (const std::string &name : node.output())
      visible.push_back(name);
  std::unordered_set<std::string> names(visible.begin(), visible.end());
  for (const auto &output : graph.output())
    if (!names.count(output.name()))
      return createStringError("%s output '%s' is not produced by any node, input or initializer",
                               outer ? "subgraph" : "graph", output.name().c_str());
  for (const auto &node : graph.node())
    if (llvm::Error err = checkSubgraphs(
            node, [&](const ::onnx::GraphProto &g) { return checkOutputsProduced(g, visible); }))
      return err;
  return llvm::Error::success();
}

/// The kind of an opaque or sparse type anywhere in `type` (sequence,
/// optional and map element types included), else null. libonnx's shape
/// inference assumes tensor-like inputs for tensor ops and dereferences null
/// for these (found by utils/fuzz); t2t converts neither.
static const char *unsupportedKind(const ::onnx::TypeProto &type) {
  using ::onnx::TypeProto;
  switch (type.value_case()) {
  case TypeProto::kOpaqueType:
    return "opaque";
  case TypeProto::kSparseTensorType:
    return "sparse tensor";
  case TypeProto::kSequenceType:
    return unsupportedKind(type.sequence_type().elem_type());
  case TypeProto::kOptionalType:
    return unsupportedKind(type.optional_type().elem_type());
  case TypeProto::kMapType:
    return unsupportedKind(type.map_type().value_type());
  default:
    return nullptr;
  }
}

/// Refuses opaque and sparse types in the interface and value_info of the
/// graph and its subgraphs before shape inference sees them.
static llvm::Error checkValueKinds(const ::onnx::GraphProto &graph) {
  auto check = [](const auto &infos, const char *what) -> llvm::Error {
    for (const ::onnx::ValueInfoProto &info : infos)
      if (const char *kind = unsupportedKind(info.type()))
        return createStringError("%s '%s': %s types are not supported (t2t converts tensors)", what,
                                 info.name().c_str(), kind);
    return llvm::Error::success();
  };
  if (llvm::Error err = check(graph.input(), "graph input"))
    return err;
  if (llvm::Error err = check(graph.output(), "graph output"))
    return err;
  if (llvm::Error err = check(graph.value_info(), "value"))
    return err;
  for (const auto &node : graph.node())
    if (llvm::Error err = checkSubgraphs(node, checkValueKinds))
      return err;
  return llvm::Error::success();
}

/// Conv/pool-family nodes whose data and weight ranks, or whose per-axis
/// attributes, disagree: libonnx 1.12's convPoolShapeInference reads out of
/// bounds on them (found by utils/fuzz), so they are refused before shape
/// inference wherever the ranks are declared (graph inputs, value_info,
/// initializers).
static llvm::Error checkConvPoolRanks(const ::onnx::GraphProto &graph) {
  std::unordered_map<std::string, int> ranks;
  auto declare = [&](const auto &infos) {
    for (const ::onnx::ValueInfoProto &info : infos)
      if (info.type().has_tensor_type() && info.type().tensor_type().has_shape())
        ranks[info.name()] = info.type().tensor_type().shape().dim_size();
  };
  declare(graph.input());
  declare(graph.value_info());
  for (const auto &tensor : graph.initializer())
    ranks[tensor.name()] = tensor.dims_size();
  auto rankOf = [&](const ::onnx::NodeProto &node, int i) {
    if (i < 0 || i >= node.input_size()) // Pools have no weights: -1.
      return -1;
    auto it = ranks.find(node.input(i));
    return it == ranks.end() ? -1 : it->second;
  };
  static const std::unordered_map<std::string, int> kWeightInput = {
      {"Conv", 1},     {"ConvInteger", 1},  {"ConvTranspose", 1}, {"QLinearConv", 3},
      {"MaxPool", -1}, {"AveragePool", -1}, {"LpPool", -1},       {"MaxRoiPool", -1}};
  for (const auto &[index, node] : llvm::enumerate(graph.node())) {
    auto kind = kWeightInput.find(node.op_type());
    if (node.domain().empty() && kind != kWeightInput.end()) {
      int rank = rankOf(node, 0), weightRank = rankOf(node, kind->second);
      auto fail = [&](const std::string &why) {
        return nodeError(node, static_cast<int>(index), why);
      };
      if (rank >= 0 && rank < 3)
        return fail("input X has rank " + std::to_string(rank) + ", expected at least 3");
      if (rank >= 0 && weightRank >= 0 && rank != weightRank)
        return fail("input X has rank " + std::to_string(rank) + " but the weights have rank " +
                    std::to_string(weightRank));
      for (const auto &attr : node.attribute()) {
        int perAxis = attr.name() == "pads" ? 2 : 1;
        bool spatial = attr.name() == "pads" || attr.name() == "kernel_shape" ||
                       attr.name() == "strides" || attr.name() == "dilations";
        if (rank >= 0 && spatial && attr.ints_size() != perAxis * (rank - 2))
          return fail("attribute '" + attr.name() + "' has " + std::to_string(attr.ints_size()) +
                      " values for " + std::to_string(rank - 2) + " spatial axes");
      }
    }
    if (llvm::Error err = checkSubgraphs(node, checkConvPoolRanks))
      return err;
  }
  return llvm::Error::success();
}

static constexpr const char *kParseError =
    "not a valid ONNX model: the protobuf cannot be parsed (truncated or not an ONNX file)";
static constexpr const char *kTooLarge =
    "the model is larger than protobuf's 2 GB limit; store its weights as ONNX external data";

/// Checks, normalizes and infers the shapes of a freshly parsed model.
static llvm::Error prepareModel(::onnx::ModelProto &model, llvm::StringRef modelDir,
                                const ImportOptions &options) {
  if (!model.has_graph())
    return createStringError("not a valid ONNX model: it has no graph");
  if (model.ir_version() < 1)
    return createStringError("not a valid ONNX model: it has no ir_version");
  if (int64_t opset = aiOnnxOpset(model); opset != -1 && opset < kMinOpset)
    return createStringError("ai.onnx opset %lld is not valid (opsets start at %d)",
                             (long long)opset, kMinOpset);
  // What other exporters write and libonnx 1.12 cannot read is repaired
  // first: newer opsets, vendor operators, node order, shapeless interfaces.
  if (llvm::Error err = downgradeOpset(model, canonicalOpset()))
    return err;
  if (model.ir_version() > kMaxIrVersion)
    return createStringError("ir_version %lld is newer than this importer supports (%lld)",
                             (long long)model.ir_version(), (long long)kMaxIrVersion);
  if (llvm::Error err = checkExternalData(model.graph(), modelDir))
    return err;
  // No analysis reads weight values, and the model travels to the worker and
  // back for each.
  PayloadStash payloads(model);
  if (llvm::Error err = decomposeVendorOps(model))
    return err;
  if (llvm::Error err = sortTopologically(*model.mutable_graph()))
    return err;
  if (llvm::Error err = bindInputs(model, options))
    return err;
  if (llvm::Error err = pinInputShapes(model, options))
    return err;
  ShapelessInterface shapeless(*model.mutable_graph());
  if (llvm::Error err = runInWorker(Analysis::Check, model, modelDir))
    return err;
  shapeless.restore(*model.mutable_graph());
  std::vector<std::string> visible;
  if (llvm::Error err = checkOutputsProduced(model.graph(), visible))
    return err;
  if (llvm::Error err = checkValueKinds(model.graph()))
    return err;
  if (llvm::Error err = checkConvPoolRanks(model.graph()))
    return err;
  if (llvm::Error err = convertOlderOpset(model, modelDir))
    return err;
  // Each pass of shape operand folding can type what follows a Reshape or
  // Resize, and so the next shape computation: infer until nothing folds.
  // Each operand folds once, but a pass re-infers the whole graph, so the
  // passes are capped (ShuffleNet needs 17): a longer chain of dependent
  // shape computations stays untyped and is reported, never slow.
  constexpr int kMaxShapeFoldingPasses = 64;
  for (int pass = 0; pass < kMaxShapeFoldingPasses; ++pass) {
    if (llvm::Error err = runInWorker(Analysis::InferShapes, model, modelDir))
      return err;
    if (!foldShapeOperands(model))
      break;
  }
  payloads.restore(model);
  return llvm::Error::success();
}

std::optional<HeldPayload> LoadedModel::payloadOf(const ::onnx::TensorProto &initializer) const {
  if (initializer.raw_data() != kPayloadPlaceholder)
    return std::nullopt;
  auto it = payloads.find(initializer.name());
  if (it == payloads.end())
    return std::nullopt;
  return HeldPayload{it->second, file};
}

/// Parses `bytes` with the large initializer payloads left in them.
static llvm::Expected<LoadedModel> parseModel(llvm::StringRef bytes) {
  if (bytes.empty())
    return createStringError("the file is empty");
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    return createStringError(kTooLarge);
  LoadedModel loaded;
  loaded.proto = std::make_unique<::onnx::ModelProto>();
  std::optional<ModelSkeleton> skeleton = splitInitializerPayloads(bytes);
  bool parsed = skeleton
                    ? loaded.proto->ParseFromString(skeleton->bytes)
                    : loaded.proto->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()));
  if (!parsed)
    return createStringError(kParseError);
  if (skeleton)
    for (auto &[name, payload] : skeleton->payloads)
      loaded.payloads[name] = payload;
  return loaded;
}

/// `loaded`, checked, normalized and with its shapes inferred.
static llvm::Expected<LoadedModel> prepare(llvm::Expected<LoadedModel> loaded,
                                           llvm::StringRef modelDir, const ImportOptions &options) {
  if (!loaded)
    return loaded.takeError();
  if (llvm::Error err = prepareModel(*loaded->proto, modelDir, options))
    return std::move(err);
  return loaded;
}

llvm::Expected<LoadedModel> loadModel(llvm::MemoryBufferRef buffer, llvm::StringRef modelDir,
                                      const ImportOptions &options) {
  return prepare(parseModel(buffer.getBuffer()), modelDir, options);
}

llvm::Expected<LoadedModel> loadModelFile(llvm::StringRef path, const ImportOptions &options) {
  llvm::sys::fs::file_status status;
  if (std::error_code ec = llvm::sys::fs::status(path, status))
    return createStringError("cannot open '%s': %s", path.str().c_str(), ec.message().c_str());
  if (status.type() != llvm::sys::fs::file_type::regular_file)
    return createStringError("'%s' is not a regular file", path.str().c_str());
  if (status.getSize() > static_cast<uint64_t>(INT_MAX))
    return createStringError(kTooLarge);
  // Mapped, not read: the weights' pages are touched only when the lowering
  // or the export reads them, and are never copied into the parsed model.
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
  if (!file)
    return createStringError("cannot read '%s': %s", path.str().c_str(),
                             file.getError().message().c_str());
  llvm::Expected<LoadedModel> loaded = parseModel((*file)->getBuffer());
  if (loaded)
    loaded->file = std::move(*file);
  return prepare(std::move(loaded), llvm::sys::path::parent_path(path), options);
}

} // namespace t2t::import
