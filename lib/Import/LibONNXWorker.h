//===- LibONNXWorker.h - libonnx's analyses in a worker process -*- C++ -*-===//
//
// libonnx 1.12's checker, version converter and shape inference index
// protobuf fields without bounds checks on malformed models (utils/fuzz found
// out-of-bounds reads in the inference of Gemm, Shape and the conv/pool
// family). They run in a worker process forked on first use: a crash there is
// contained, becomes an error, and the next request starts a new worker. All
// of t2t's own code stays in the calling process, where sanitizers and the
// fuzzer see it.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_LIBONNXWORKER_H
#define T2T_LIB_IMPORT_LIBONNXWORKER_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace t2t::import {

/// What the worker runs on a model. Every libonnx exception becomes the
/// request's error.
enum class Analysis : char {
  /// ONNX's checker, with external data resolved against the model's folder.
  Check = 'C',
  /// Shape inference, then ONNX's version converter to canonicalOpset().
  ConvertToCanonicalOpset = 'V',
  /// Shape inference with data propagation.
  InferShapes = 'I',
};

/// Runs `analysis` on `model` in the worker and takes the model it returns.
/// The model travels both ways serialized: empty its large payloads first
/// (PayloadStash); no analysis reads weight values.
llvm::Error runInWorker(Analysis analysis, ::onnx::ModelProto &model, llvm::StringRef modelDir);

/// The ai.onnx opset `model` imports, or -1 if it imports none.
int64_t aiOnnxOpset(const ::onnx::ModelProto &model);

/// Holds the weight payloads (raw_data of initializers and Constant nodes) of
/// at least kBlobThresholdBytes while the model goes through the worker: each
/// becomes one placeholder byte and comes back by initializer name or
/// Constant output, which the analyses keep.
class PayloadStash {
public:
  explicit PayloadStash(::onnx::ModelProto &model);
  void restore(::onnx::ModelProto &model);

private:
  std::vector<std::pair<std::string, std::string>> payloads;
};

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_LIBONNXWORKER_H
