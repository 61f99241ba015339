//===- Passes.h - t2t passes ------------------------------------*- C++ -*-===//

#ifndef T2T_TRANSFORMS_PASSES_H
#define T2T_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace t2t {

#define GEN_PASS_DECL
#include "dialects/transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "dialects/transforms/Passes.h.inc"

} // namespace t2t

#endif // T2T_TRANSFORMS_PASSES_H
