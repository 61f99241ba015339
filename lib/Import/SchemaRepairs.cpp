//===- SchemaRepairs.cpp - libonnx 1.12 inference bugs, fixed -------------===//
//
// STFT-17: libonnx 1.12 reads `onesided` with a default of 0 (the spec's is
// 1), and when it is 1 counts the frames with the halved bin count as the
// frame length. torch writes onesided = 1, so both forms meet real models: a
// signal of 3200 samples, frames of 400, hop 160 gave 19 frames (not 18) or
// 400 bins (not 201).
//
//===----------------------------------------------------------------------===//

#include "SchemaRepairs.h"

#include "onnx/defs/schema.h"
#include "onnx/defs/shape_inference.h"
#include "onnx/defs/tensor_proto_util.h"

#include <optional>

namespace t2t::import {

namespace {

/// The value of a one-element int32/int64 tensor known to inference.
std::optional<int64_t> scalarInput(::onnx::InferenceContext &ctx, size_t index) {
  if (index >= ctx.getNumInputs())
    return std::nullopt;
  const ::onnx::TensorProto *tensor = ctx.getInputData(index);
  if (!tensor)
    return std::nullopt;
  if (tensor->data_type() == ::onnx::TensorProto::INT64) {
    std::vector<int64_t> values = ::onnx::ParseData<int64_t>(tensor);
    return values.size() == 1 ? std::optional(values[0]) : std::nullopt;
  }
  if (tensor->data_type() == ::onnx::TensorProto::INT32) {
    std::vector<int32_t> values = ::onnx::ParseData<int32_t>(tensor);
    return values.size() == 1 ? std::optional<int64_t>(values[0]) : std::nullopt;
  }
  return std::nullopt;
}

/// output [batch, frames, bins, 2]: N = the window's length or frame_length,
/// frames = (T - N) / step + 1, bins = N / 2 + 1 if onesided, else N.
void inferSTFT(::onnx::InferenceContext &ctx) {
  ::onnx::propagateElemTypeFromInputToOutput(ctx, 0, 0);
  if (!::onnx::hasInputShape(ctx, 0))
    return;
  const ::onnx::TensorShapeProto &signal = ::onnx::getInputShape(ctx, 0);
  if (signal.dim_size() != 3)
    fail_shape_inference("signal must have rank 3 ([batch, length, 1 or 2]), got rank ",
                         signal.dim_size());
  std::optional<int64_t> length = scalarInput(ctx, 3);
  if (const ::onnx::TensorShapeProto *window = ::onnx::getOptionalInputShape(ctx, 2)) {
    if (window->dim_size() != 1)
      fail_shape_inference("window must have rank 1, got rank ", window->dim_size());
    if (window->dim(0).has_dim_value()) {
      int64_t windowLength = window->dim(0).dim_value();
      if (length && *length != windowLength)
        fail_shape_inference("the window has ", windowLength, " samples but frame_length is ",
                             *length);
      length = windowLength;
    }
  }
  std::optional<int64_t> step = scalarInput(ctx, 1);
  bool onesided = ::onnx::getAttribute(ctx, "onesided", 1) != 0;
  ::onnx::TensorShapeProto output;
  *output.add_dim() = signal.dim(0);
  ::onnx::TensorShapeProto_Dimension *frames = output.add_dim();
  if (signal.dim(1).has_dim_value() && length && step && *step > 0 &&
      signal.dim(1).dim_value() >= *length)
    frames->set_dim_value((signal.dim(1).dim_value() - *length) / *step + 1);
  ::onnx::TensorShapeProto_Dimension *bins = output.add_dim();
  if (length)
    bins->set_dim_value(onesided ? *length / 2 + 1 : *length);
  output.add_dim()->set_dim_value(2);
  ::onnx::updateOutputShape(ctx, 0, output);
}

} // namespace

void repairSchemas() {
  // The registry hands out const schemas; they live in its map, mutable, and
  // only this worker's inference reads them.
  if (const ::onnx::OpSchema *stft = ::onnx::OpSchemaRegistry::Schema("STFT", 17))
    const_cast<::onnx::OpSchema *>(stft)->TypeAndShapeInferenceFunction(inferSTFT);
}

} // namespace t2t::import
