//===- LegacyOpsets.h - Older opsets ready for version conversion -*- C++ -*-===//
//
// libonnx 1.12's version converter asserts where an old model leaves out what
// its adapters read (the input shape of Softmax 12->13, Pad's optional
// `value` before opset 11) and treats Hardmax as unchanged though opset 13
// changed its meaning, and gives pre-11 Upsample/Resize opset 11's
// coordinate mapping. These nodes are put in a form it converts exactly (after
// shapes were inferred at the model's own opset) or repaired after it.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_LIB_IMPORT_LEGACYOPSETS_H
#define T2T_LIB_IMPORT_LEGACYOPSETS_H

#include "onnx/onnx_pb.h"

#include "llvm/Support/Error.h"

namespace t2t::import {

/// Rewrites the nodes of a model of ai.onnx `opset` (older than the canonical
/// one) that libonnx's converter would mistranslate or assert on.
llvm::Error prepareLegacyOpsets(::onnx::ModelProto &model, int64_t opset);

/// Restores what the converter lost of a model that was of ai.onnx `opset`:
/// the coordinate mapping of pre-11 Upsample and Resize.
void completeLegacyConversion(::onnx::ModelProto &model, int64_t opset);

} // namespace t2t::import

#endif // T2T_LIB_IMPORT_LEGACYOPSETS_H
