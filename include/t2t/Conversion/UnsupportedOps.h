//===- UnsupportedOps.h - Why ONNX operators were not lowered ---*- C++ -*-===//
//
// When the lowering leaves ONNX operators behind, the user needs to know
// which nodes, what they saw and why: the lowering patterns' own match-failure
// messages, recorded on each operation left (attribute `t2t.unsupported`),
// grouped by operator and reason for the diagnostic and for
// `t2t-convert --report`.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_CONVERSION_UNSUPPORTEDOPS_H
#define T2T_CONVERSION_UNSUPPORTEDOPS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Rewrite/FrozenRewritePatternSet.h"

#include <string>
#include <vector>

namespace t2t {

/// The discardable attribute holding why an operation was not lowered.
inline constexpr llvm::StringLiteral kUnsupportedReasonAttr = "t2t.unsupported";

/// ONNX nodes of one operator left for one reason.
struct UnsupportedGroup {
  std::string domain; // "" for ai.onnx
  std::string opType;
  std::string reason;
  /// The operand types the first node saw, e.g. "(tensor<1x3x?x?xf32>, none)".
  std::string inputTypes;
  std::vector<std::string> nodes;
};

/// Applies `patterns` once more to each of `ops` (operations the lowering
/// left) with a listener that records the last match-failure message at each
/// one, forwarding changes to `listener`, and stores the reason on each op
/// still left (kUnsupportedReasonAttr).
void recordUnsupportedReasons(llvm::ArrayRef<mlir::Operation *> ops,
                              const mlir::FrozenRewritePatternSet &patterns,
                              mlir::OpBuilder::Listener *listener);

/// The onnx operations under `module`, grouped by operator and reason, in
/// order of first appearance.
std::vector<UnsupportedGroup> groupUnsupportedOps(mlir::ModuleOp module);

/// At most this many node names are listed per group.
inline constexpr size_t kListedNodes = 5;

} // namespace t2t

#endif // T2T_CONVERSION_UNSUPPORTEDOPS_H
