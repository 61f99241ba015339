//===- FuzzContext.h - A quiet MLIRContext for fuzzer inputs ----*- C++ -*-===//
//
// Creating a context (loading the dialects) costs more than importing a small
// model, most of all under the sanitizers; one serves a batch of inputs and is
// then replaced, because uniqued attributes and resource blobs live as long as
// their context: a context kept for millions of inputs would only grow.
// Threading is off: inputs are small and libFuzzer runs one at a time.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_TOOLS_FUZZCONTEXT_H
#define T2T_TOOLS_FUZZCONTEXT_H

#include "t2t/InitAll.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringRef.h"

#include <memory>

namespace t2t::fuzz {

/// The model's path for locations and external data: a folder that does not
/// exist, so that no input can make the importer read the fuzzer's files.
inline constexpr llvm::StringLiteral kModelPath = "/nonexistent-t2t-fuzz/model.onnx";

/// How many inputs share one context.
inline constexpr int kInputsPerContext = 256;

/// The context for the next input: a fresh one every kInputsPerContext.
inline mlir::MLIRContext &nextContext() {
  static const mlir::DialectRegistry registry = [] {
    mlir::DialectRegistry r;
    registerAllDialects(r);
    return r;
  }();
  static std::unique_ptr<mlir::MLIRContext> context;
  static int uses = 0;
  if (!context || ++uses == kInputsPerContext) {
    uses = 0;
    context.reset();
    context = std::make_unique<mlir::MLIRContext>(registry, mlir::MLIRContext::Threading::DISABLED);
    context->loadAllAvailableDialects();
    // Rejecting an input is the expected outcome; its message is not a finding.
    context->getDiagEngine().registerHandler([](mlir::Diagnostic &) { return mlir::success(); });
  }
  return *context;
}

} // namespace t2t::fuzz

#endif // T2T_TOOLS_FUZZCONTEXT_H
