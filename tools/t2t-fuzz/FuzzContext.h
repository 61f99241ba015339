//===- FuzzContext.h - A quiet MLIRContext for one fuzzer input -*- C++ -*-===//
//
// Each input gets a fresh context: uniqued attributes and resource blobs live
// as long as their context, so a shared one would grow over millions of runs
// and hide leaks. Threading is off: one input is tiny and libFuzzer runs one
// input at a time per process.
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

inline std::unique_ptr<mlir::MLIRContext> makeQuietContext() {
  static const mlir::DialectRegistry registry = [] {
    mlir::DialectRegistry r;
    registerAllDialects(r);
    return r;
  }();
  auto context =
      std::make_unique<mlir::MLIRContext>(registry, mlir::MLIRContext::Threading::DISABLED);
  context->loadAllAvailableDialects();
  // Rejecting an input is the expected outcome; its message is not a finding.
  context->getDiagEngine().registerHandler([](mlir::Diagnostic &) { return mlir::success(); });
  return context;
}

} // namespace t2t::fuzz

#endif // T2T_TOOLS_FUZZCONTEXT_H
