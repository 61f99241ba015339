//===- ConversionReport.cpp - t2t-convert --report as JSON ----------------===//

#include "ConversionReport.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace t2t {

ConversionReport::ConversionReport(std::string model, std::string output)
    : model(std::move(model)), output(std::move(output)) {}

void ConversionReport::captureDiagnostics(MLIRContext *context) {
  // Handlers run newest first; failure() passes the diagnostic on to the
  // printing handler.
  capture.emplace(context, [this](Diagnostic &diag) {
    std::string text = diag.str();
    for (const Diagnostic &note : diag.getNotes())
      if (!note.str().empty() && note.str().rfind("see current operation", 0) != 0)
        text += "\n" + note.str();
    messages.push_back(std::move(text));
    return failure();
  });
}

/// (domain, op type) of an onnx dialect operation.
static std::pair<std::string, std::string> onnxOperator(Operation *op) {
  StringRef name = op->getName().stripDialect();
  if (name.consume_front("ml."))
    return {"ai.onnx.ml", name.str()};
  if (name.consume_front("training."))
    return {"ai.onnx.preview.training", name.str()};
  return {"", name.str()};
}

void ConversionReport::countImported(ModuleOp module) {
  module.walk([&](Operation *op) {
    if (isa<onnx::ONNXDialect>(op->getDialect()) && !isa<onnx::NoValueOp>(op))
      ++imported[onnxOperator(op)];
  });
}

void ConversionReport::takeUnsupported(ModuleOp module) {
  unsupported = groupUnsupportedOps(module);
}

void ConversionReport::setSummary(int64_t tfNodes, int64_t transposes, int64_t fusions) {
  summary = {tfNodes, transposes, fusions};
}

static const char *outcomeName(Outcome outcome) {
  switch (outcome) {
  case Outcome::Converted:
    return "converted";
  case Outcome::UsageError:
    return "usage-error";
  case Outcome::ImportFailed:
    return "import-failed";
  case Outcome::UnsupportedOps:
    return "unsupported-operators";
  case Outcome::ExportFailed:
    return "export-failed";
  }
  return "unknown";
}

bool ConversionReport::write(const std::string &path, Outcome outcome) const {
  // Operators converted: what was imported less what was left.
  auto converted = imported;
  for (const UnsupportedGroup &group : unsupported)
    converted[{group.domain, group.opType}] -= group.nodes.size();
  llvm::json::Array ops;
  for (const auto &[key, count] : converted)
    if (count > 0)
      ops.push_back(llvm::json::Object{
          {"domain", key.first}, {"op", key.second}, {"count", count}, {"status", "converted"}});
  for (const UnsupportedGroup &group : unsupported)
    ops.push_back(llvm::json::Object{{"domain", group.domain},
                                     {"op", group.opType},
                                     {"count", static_cast<int64_t>(group.nodes.size())},
                                     {"status", "unsupported"},
                                     {"reason", group.reason},
                                     {"input_types", group.inputTypes},
                                     {"nodes", llvm::json::Array(group.nodes)}});
  llvm::json::Object report{{"model", model},
                            {"output", output},
                            {"status", outcomeName(outcome)},
                            {"exit_code", static_cast<int>(outcome)},
                            {"messages", llvm::json::Array(messages)},
                            {"ops", std::move(ops)}};
  if (summary)
    report["summary"] = llvm::json::Object{
        {"tf_nodes", (*summary)[0]}, {"transposes", (*summary)[1]}, {"fusions", (*summary)[2]}};
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_Text);
  if (ec) {
    llvm::errs() << "t2t-convert: cannot write the report '" << path << "': " << ec.message()
                 << "\n";
    return false;
  }
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(report))) << "\n";
  return true;
}

} // namespace t2t
