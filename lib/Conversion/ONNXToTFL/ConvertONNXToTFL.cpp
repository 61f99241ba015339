//===- ConvertONNXToTFL.cpp - Lower onnx to the tfl dialect ---------------===//

#include "Patterns.h"

#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Conversion/UnsupportedOps.h"
#include "t2t/Support/BlobReleaser.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Locations.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Traits.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/MapVector.h"

namespace t2t {
#define GEN_PASS_DEF_CONVERTONNXTOTFL
#define GEN_PASS_DEF_CONVERTONNXTONHWC
#include "dialects/transforms/Passes.h.inc"
} // namespace t2t

using namespace mlir;

namespace {

/// Fails with one diagnostic listing every onnx op left, grouped by operator
/// and the reason its patterns gave, with the operand types the first node
/// saw and at most kListedNodes node names, so a user sees all missing
/// support at once.
LogicalResult reportUnsupported(ModuleOp module) {
  std::vector<t2t::UnsupportedGroup> groups = t2t::groupUnsupportedOps(module);
  if (groups.empty())
    return success();
  InFlightDiagnostic diag = module.emitError("unsupported ONNX operators: ");
  for (const t2t::UnsupportedGroup &group : groups) {
    diag << "\n  " << (group.domain.empty() ? "" : group.domain + "::") << group.opType << " x"
         << group.nodes.size() << ":";
    for (size_t i = 0; i < std::min(group.nodes.size(), t2t::kListedNodes); ++i)
      diag << " " << group.nodes[i];
    if (group.nodes.size() > t2t::kListedNodes)
      diag << " (and " << group.nodes.size() - t2t::kListedNodes << " more)";
    diag << "\n    why: " << group.reason << "\n    inputs: " << group.inputTypes;
  }
  return diag;
}

/// Permutes or reshapes a constant at compile time: what folding does in the
/// optimized layout, kept in the naive one (where folding is off so that no
/// activation transpose is composed away).
template <typename OpTy> struct FoldConstantLayoutOp : OpRewritePattern<OpTy> {
  using OpRewritePattern<OpTy>::OpRewritePattern;
  LogicalResult matchAndRewrite(OpTy op, PatternRewriter &rewriter) const override {
    Attribute input;
    if (!matchPattern(op.getInput(), m_Constant(&input)))
      return failure();
    SmallVector<Attribute> operands = {input};
    SmallVector<OpFoldResult> results;
    if (failed(op->fold(operands, results)) || results.size() != 1)
      return failure();
    auto value = dyn_cast_if_present<ElementsAttr>(dyn_cast<Attribute>(results.front()));
    if (!value)
      return failure();
    rewriter.replaceOpWithNewOp<t2t::tfl::ConstOp>(op, value);
    return success();
  }
};

/// Applies the lowering patterns, with the layout patterns when
/// `optimizeLayout`, and reports the onnx ops left.
LogicalResult lower(ModuleOp module, bool naiveLayout, bool optimizeLayout) {
  MLIRContext *context = module.getContext();
  RewritePatternSet patterns(context);
  t2t::populateONNXToTFLPatterns(patterns);
  if (optimizeLayout) {
    t2t::populateSinkTransposePatterns(patterns);
    t2t::populateFlattenPermutationPatterns(patterns);
    t2t::populateShapeLayoutPatterns(patterns);
    t2t::populateChannelShufflePatterns(patterns);
  }
  // Folding composes and cancels the transposes the lowering inserts and
  // permutes constant filters once (tfl.transpose's folder).
  GreedyRewriteConfig config;
  t2t::BlobReleaser releaser(module);
  config.setListener(&releaser);
  if (naiveLayout) {
    config.enableFolding(false);
    patterns.add<FoldConstantLayoutOp<t2t::tfl::TransposeOp>,
                 FoldConstantLayoutOp<t2t::tfl::ReshapeOp>>(context);
  }
  FrozenRewritePatternSet frozen(std::move(patterns));
  // Never silent: a pattern that keeps rewriting (a bug) is named by the
  // driver's limit.
  if (failed(applyPatternsGreedily(module, frozen, config)))
    return module.emitError("the lowering patterns did not converge (rewrites kept changing the "
                            "graph); please report this model");
  // Only when operators are left: the patterns run once more on them,
  // recording why each failed to match (the dialect's own NoValue and
  // Yield are not operators: their users are reported).
  SmallVector<Operation *> left;
  module.walk([&](Operation *op) {
    if (isa<t2t::onnx::ONNXDialect>(op->getDialect()) && !isa<t2t::onnx::NoValueOp, t2t::onnx::YieldOp>(op))
      left.push_back(op);
  });
  if (left.empty())
    return success();
  t2t::recordUnsupportedReasons(left, frozen, &releaser);
  return reportUnsupported(module);
}

struct ConvertONNXToTFL : t2t::impl::ConvertONNXToTFLBase<ConvertONNXToTFL> {
  using ConvertONNXToTFLBase::ConvertONNXToTFLBase;
  void runOnOperation() override {
    if (failed(lower(getOperation(), naiveLayout, /*optimizeLayout=*/false)))
      signalPassFailure();
  }
};

struct ConvertONNXToNHWC : t2t::impl::ConvertONNXToNHWCBase<ConvertONNXToNHWC> {
  using ConvertONNXToNHWCBase::ConvertONNXToNHWCBase;
  void runOnOperation() override {
    if (failed(lower(getOperation(), naiveLayout, /*optimizeLayout=*/!naiveLayout)))
      signalPassFailure();
  }
};
} // namespace
