//===- Isolated.h - libonnx's analyses in a child process -------*- C++ -*-===//

#ifndef T2T_LIB_IMPORT_ISOLATED_H
#define T2T_LIB_IMPORT_ISOLATED_H

#include "onnx/onnx_pb.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"

namespace t2t::import {

/// Runs `work` on `model` in a forked child process and takes the model it
/// leaves. libonnx 1.12's checker, version converter and shape inference
/// index protobuf fields without bounds checks on malformed models (utils/fuzz
/// found out-of-bounds reads in the inference of Gemm, Shape and the conv/pool
/// family): in the child such a crash is contained and becomes an error.
/// Initializer payloads of at least kBlobThresholdBytes stay in the parent;
/// only the rest of the model travels back. The libFuzzer build runs `work`
/// in process (T2T_LIBONNX_IN_PROCESS), where libonnx's crashes are findings.
llvm::Error runIsolated(::onnx::ModelProto &model,
                        llvm::function_ref<llvm::Error(::onnx::ModelProto &)> work);

/// In the child: clears the initializer payloads of at least
/// kBlobThresholdBytes (the parent keeps its own), e.g. once the checker has
/// seen them, so that the version converter's copies of the model stay small.
void dropLargePayloads(::onnx::ModelProto &model);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_ISOLATED_H
