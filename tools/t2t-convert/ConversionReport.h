//===- ConversionReport.h - t2t-convert --report as JSON --------*- C++ -*-===//
//
// What a conversion did, for tools and CI: the outcome, every diagnostic, and
// per ONNX operator its domain, count, whether it was converted, and for the
// unsupported ones the reason and node names (UnsupportedOps.h).
//
//===----------------------------------------------------------------------===//

#ifndef T2T_TOOLS_CONVERSIONREPORT_H
#define T2T_TOOLS_CONVERSIONREPORT_H

#include "t2t/Conversion/UnsupportedOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/MapVector.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace t2t {

/// The outcomes t2t-convert reports, with its exit status.
enum class Outcome : int {
  Converted = 0,
  /// Bad options, unreadable input or unwritable output.
  UsageError = 1,
  /// The model was refused on import (not valid ONNX, or a feature t2t does
  /// not read), before any lowering.
  ImportFailed = 2,
  /// Operators t2t cannot lower; all of them are listed.
  UnsupportedOps = 3,
  /// The lowered graph could not be written (e.g. over protobuf's 2 GB).
  ExportFailed = 4,
};

class ConversionReport {
public:
  ConversionReport(std::string model, std::string output);

  /// Records every diagnostic emitted on `context` from now on (they are
  /// still printed by the handlers registered before).
  void captureDiagnostics(mlir::MLIRContext *context);
  /// Counts the onnx operations of the imported module, by operator.
  void countImported(mlir::ModuleOp module);
  /// Takes the groups of operators the lowering left in `module`.
  void takeUnsupported(mlir::ModuleOp module);
  void setSummary(int64_t tfNodes, int64_t transposes, int64_t fusions);

  /// Writes the report as JSON to `path`; false (with a message on stderr)
  /// if it cannot be written.
  bool write(const std::string &path, Outcome outcome) const;

private:
  std::string model, output;
  std::vector<std::string> messages;
  /// (domain, op type) -> count, in order of appearance.
  llvm::MapVector<std::pair<std::string, std::string>, int64_t,
                  std::map<std::pair<std::string, std::string>, unsigned>>
      imported;
  std::vector<UnsupportedGroup> unsupported;
  std::optional<std::array<int64_t, 3>> summary;
  std::optional<mlir::ScopedDiagnosticHandler> capture;
};

} // namespace t2t

#endif // T2T_TOOLS_CONVERSIONREPORT_H
