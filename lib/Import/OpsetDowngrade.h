//===- OpsetDowngrade.h - ai.onnx opsets 18-21 to 17 ------------*- C++ -*-===//
//
// libonnx 1.12 knows ai.onnx up to opset 17, the form the onnx dialect holds.
// Models of opsets 18 to 21 (what current exporters write) are brought down
// before libonnx sees them: every operator whose schema changed is rewritten
// to its opset-17 form with the same meaning, or refused with the reason
// where opset 17 cannot express it.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_OPSETDOWNGRADE_H
#define T2T_LIB_IMPORT_OPSETDOWNGRADE_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"

namespace t2t::import {

/// The newest ai.onnx opset t2t reads.
inline constexpr int kNewestOpset = 21;

/// Rewrites a model of ai.onnx opset 18..kNewestOpset to opset `target`
/// (17) and an IR version libonnx reads; other models are left alone.
llvm::Error downgradeOpset(::onnx::ModelProto &model, int target);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_OPSETDOWNGRADE_H
