//===- Decompositions.h - Ops written as opset-17 ONNX nodes ----*- C++ -*-===//
//
// Operators that opset 17 lacks (opset-20 Gelu, opset-18 Mish and
// GroupNormalization, onnxruntime's fused contrib ops) are written as the
// standard nodes they compute, in the forms the lowering's fusions recognize.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_DECOMPOSITIONS_H
#define T2T_LIB_IMPORT_DECOMPOSITIONS_H

#include "GraphEditing.h"

namespace t2t::import {

/// GELU of `x` into `output`. Exact: x * (1 + erf(x / sqrt(2))) * 0.5, the
/// node order torch exports (fused into one tfl.gelu). Tanh approximation:
/// x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 x^3))) * 0.5.
void emitGelu(NodeEmitter &emit, const std::string &x, bool tanhApproximation,
              const std::string &output);

/// Group normalization of x [N, C, ...] in `groups` groups, each normalized
/// over its channels and spatial positions: (x - mean) / sqrt(var + epsilon),
/// then scaled and shifted per group (opset 18, scale [groups]) or per channel
/// (opset 21, scale [C]).
void emitGroupNormalization(NodeEmitter &emit, const std::string &x, const std::string &scale,
                            const std::string &bias, int64_t groups, float epsilon,
                            bool perChannelScale, const std::string &output);

/// Layer normalization over the last axis of `x` into `outputs` (Y, then
/// optionally Mean and InvStdDev, "" where unused): a LayerNormalization node
/// from opset 17, its arithmetic before (ReduceMean takes `axes` as an
/// attribute up to opset 17).
void emitLayerNormalization(NodeEmitter &emit, int opset, const std::string &x,
                            const std::string &scale, const std::string &bias, float epsilon,
                            std::vector<std::string> outputs);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_DECOMPOSITIONS_H
