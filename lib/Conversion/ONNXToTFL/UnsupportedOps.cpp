//===- UnsupportedOps.cpp - Why ONNX operators were not lowered -----------===//

#include "t2t/Conversion/UnsupportedOps.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

using namespace mlir;

namespace t2t {
namespace {

/// The text of a declarative constraint quoted at the start of `rest`:
/// "'TEXT'" or "'TEXT': TEXT" (ops' attribute and operand constraints repeat
/// it). TEXT may hold apostrophes.
std::optional<StringRef> quotedConstraint(StringRef rest) {
  if (!rest.consume_front("'"))
    return std::nullopt;
  if (rest.ends_with("'") && !rest.contains("': "))
    return rest.drop_back();
  for (size_t at = rest.find("': "); at != StringRef::npos; at = rest.find("': ", at + 1))
    if (rest.substr(at + 3) == rest.take_front(at))
      return rest.take_front(at);
  return rest.ends_with("'") ? std::optional<StringRef>(rest.drop_back()) : std::nullopt;
}

/// A declarative pattern's failure, "entities 'min' failed to satisfy
/// constraint: 'the constant 0.0'" (or "op 'onnx.IsInf' attribute
/// 'detect_negative' failed to satisfy constraint: ...", "operand 0 of op
/// ..."), as "min: needs the constant 0.0"; other messages as they are.
std::string plainReason(std::string reason) {
  static const llvm::Regex entities("^entities '([^']*)' failed to satisfy constraint: ");
  static const llvm::Regex attribute(
      "^op '[^']*' attribute '([^']*)' failed to satisfy constraint: ");
  static const llvm::Regex operand("^(operand [0-9]+) of op '[^']*' failed to satisfy constraint: ");
  SmallVector<StringRef> groups;
  if (!entities.match(reason, &groups) && !attribute.match(reason, &groups) &&
      !operand.match(reason, &groups))
    return reason;
  std::optional<StringRef> constraint =
      quotedConstraint(StringRef(reason).drop_front(groups[0].size()));
  if (!constraint)
    return reason;
  // A multi-result op's results are bound as `results__N`.
  static const llvm::Regex result("[a-z]+__([0-9]+)");
  std::string names = groups[1].str();
  while (result.match(names))
    names = result.sub("result \\1", names);
  return names + ": needs " + constraint->str();
}

/// Keeps the distinct match-failure messages reported at each location, in
/// the order the patterns were tried (an op with several patterns, e.g. 2-D
/// and 1-D convolutions, gets each one's reason).
struct MatchFailureRecorder : RewriterBase::ForwardingListener {
  using ForwardingListener::ForwardingListener;

  void notifyMatchFailure(Location loc, function_ref<void(Diagnostic &)> reasonCallback) override {
    Diagnostic diag(loc, DiagnosticSeverity::Remark);
    reasonCallback(diag);
    std::string reason = plainReason(diag.str());
    std::vector<std::string> &known = reasons[loc];
    if (!reason.empty() && !llvm::is_contained(known, reason))
      known.push_back(std::move(reason));
    ForwardingListener::notifyMatchFailure(loc, reasonCallback);
  }

  llvm::DenseMap<Location, std::vector<std::string>> reasons;
};

} // namespace

void recordUnsupportedReasons(ArrayRef<Operation *> ops, const FrozenRewritePatternSet &patterns,
                              OpBuilder::Listener *listener) {
  MatchFailureRecorder recorder(listener);
  GreedyRewriteConfig config;
  config.setListener(&recorder);
  config.setStrictness(GreedyRewriteStrictness::ExistingOps);
  // Erased ops are not touched again: keep their locations, not pointers.
  SmallVector<std::pair<Operation *, Location>> left;
  for (Operation *op : ops)
    left.emplace_back(op, op->getLoc());
  bool allErased = false;
  (void)applyOpPatternsGreedily(ops, patterns, config, /*changed=*/nullptr, &allErased);
  const auto &byName = patterns.getOpSpecificNativePatterns();
  ops.front()->getParentOfType<ModuleOp>().walk([&](Operation *op) {
    if (!isa<onnx::ONNXDialect>(op->getDialect()) || isa<onnx::NoValueOp, onnx::YieldOp>(op))
      return;
    std::string reason;
    if (auto it = recorder.reasons.find(op->getLoc()); it != recorder.reasons.end())
      reason = llvm::join(it->second, "; ");
    else if (!byName.count(op->getName()))
      reason = "t2t has no lowering for this operator";
    else
      reason = "no lowering pattern applies to this case";
    op->setAttr(kUnsupportedReasonAttr, StringAttr::get(op->getContext(), reason));
  });
}

std::vector<UnsupportedGroup> groupUnsupportedOps(ModuleOp module) {
  llvm::MapVector<std::pair<StringRef, StringRef>, UnsupportedGroup> groups;
  module.walk([&](Operation *op) {
    if (!isa<onnx::ONNXDialect>(op->getDialect()) || isa<onnx::NoValueOp, onnx::YieldOp>(op))
      return;
    StringRef name = op->getName().stripDialect(), domain;
    if (name.consume_front("ml."))
      domain = "ai.onnx.ml";
    else if (name.consume_front("training."))
      domain = "ai.onnx.preview.training";
    auto reasonAttr = op->getAttrOfType<StringAttr>(kUnsupportedReasonAttr);
    StringRef reason = reasonAttr ? reasonAttr.getValue() : "";
    UnsupportedGroup &group = groups[{op->getName().getStringRef(), reason}];
    if (group.nodes.empty()) {
      group.domain = domain.str();
      group.opType = name.str();
      group.reason = reason.str();
      llvm::raw_string_ostream os(group.inputTypes);
      os << "(";
      llvm::interleaveComma(op->getOperandTypes(), os);
      os << ")";
    }
    StringRef node = onnxNodeName(op->getLoc());
    group.nodes.push_back(node.empty() ? "<unnamed>" : node.str());
  });
  std::vector<UnsupportedGroup> result;
  for (auto &entry : groups)
    result.push_back(std::move(entry.second));
  return result;
}

} // namespace t2t
