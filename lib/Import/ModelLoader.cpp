//===- ModelLoader.cpp - Parse, check and normalize an ONNX model ---------===//
//
// This is the one translation unit that calls into libonnx's throwing APIs;
// it is compiled with exceptions and turns each into an llvm::Error.
//
//===----------------------------------------------------------------------===//

#include "ModelLoader.h"

#include "onnx/checker.h"
#include "onnx/defs/schema.h"
#include "onnx/shape_inference/implementation.h"
#include "onnx/version_converter/convert.h"

#include <climits>

using llvm::createStringError;

namespace t2t::import {

int canonicalOpset() {
  return ::onnx::OpSchemaRegistry::DomainToVersionRange::Instance().Map().at("").second;
}

// The newest IR version libonnx's checker accepts.
static constexpr int64_t kMaxIrVersion = ::onnx::IR_VERSION;
static constexpr int kMinOpset = 1;

static llvm::Error checkOpset(::onnx::ModelProto &model) {
  int64_t opset = -1;
  for (const auto &entry : model.opset_import())
    if (entry.domain().empty() || entry.domain() == "ai.onnx")
      opset = entry.version();
  if (opset < 0)
    return llvm::Error::success(); // Only ai.onnx.ml or training operators.
  if (opset < kMinOpset || opset > canonicalOpset())
    return createStringError("ai.onnx opset %lld is not supported (supported: %d to %d)",
                             (long long)opset, kMinOpset, canonicalOpset());
  if (opset < canonicalOpset()) {
    // ONNX's version converter rewrites every node to the canonical opset,
    // e.g. Split/Squeeze/Unsqueeze/Reduce* attributes into inputs. Some of its
    // adapters need input shapes, so infer them first.
    ::onnx::shape_inference::InferShapes(model);
    model = ::onnx::version_conversion::ConvertVersion(model, canonicalOpset());
  }
  return llvm::Error::success();
}

llvm::Expected<std::unique_ptr<::onnx::ModelProto>> loadModel(llvm::MemoryBufferRef buffer) {
  if (buffer.getBufferSize() == 0)
    return createStringError("the file is empty");
  if (buffer.getBufferSize() > static_cast<size_t>(INT_MAX))
    return createStringError("the model is larger than protobuf's 2 GB limit; store its "
                             "weights as ONNX external data");
  auto model = std::make_unique<::onnx::ModelProto>();
  if (!model->ParseFromArray(buffer.getBufferStart(), static_cast<int>(buffer.getBufferSize())))
    return createStringError("not a valid ONNX model: the protobuf cannot be parsed (truncated "
                             "or not an ONNX file)");
  if (!model->has_graph())
    return createStringError("not a valid ONNX model: it has no graph");
  if (model->ir_version() > kMaxIrVersion)
    return createStringError("ir_version %lld is newer than this importer supports (%lld)",
                             (long long)model->ir_version(), (long long)kMaxIrVersion);
  try {
    ::onnx::checker::check_model(*model);
    if (llvm::Error err = checkOpset(*model))
      return std::move(err);
    ::onnx::shape_inference::InferShapes(
        *model, ::onnx::OpSchemaRegistry::Instance(),
        ::onnx::ShapeInferenceOptions(/*check_type=*/false, /*error_mode=*/0,
                                      /*enable_data_propagation=*/true));
  } catch (const std::exception &e) {
    return createStringError("%s", e.what());
  }
  return model;
}

} // namespace t2t::import
