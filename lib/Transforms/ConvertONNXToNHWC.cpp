//===- ConvertONNXToNHWC.cpp - Lower onnx to the tfl dialect --------------===//

#include "BlobReleaser.h"
#include "Patterns.h"
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
#define GEN_PASS_DEF_CONVERTONNXTONHWC
#include "dialects/transforms/Passes.h.inc"
} // namespace t2t

using namespace mlir;

namespace {
#include "dialects/transforms/ONNXToTFL.inc"

/// Fails with one diagnostic listing every onnx op left, by op type with
/// count and node names, so a user sees all missing support at once.
LogicalResult reportUnsupported(ModuleOp module) {
  llvm::MapVector<StringRef, SmallVector<Operation *>> left;
  module.walk([&](Operation *op) {
    if (isa<t2t::onnx::ONNXDialect>(op->getDialect()) && !isa<t2t::onnx::NoValueOp>(op))
      left[op->getName().stripDialect()].push_back(op);
  });
  if (left.empty())
    return success();
  InFlightDiagnostic diag = module.emitError("unsupported ONNX operators: ");
  for (auto &[type, ops] : left) {
    diag << "\n  " << type << " x" << ops.size() << ":";
    for (Operation *op : ops) {
      StringRef name = t2t::onnxNodeName(op->getLoc());
      diag << " " << (name.empty() ? "<unnamed>" : name);
    }
  }
  return diag;
}

/// Permutes or reshapes a constant at compile time: what folding does in the
/// optimized layout, kept in the naive one (where folding is off so that no
/// activation transpose is composed away).
template <typename OpTy>
struct FoldConstantLayoutOp : OpRewritePattern<OpTy> {
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

struct ConvertONNXToNHWC : t2t::impl::ConvertONNXToNHWCBase<ConvertONNXToNHWC> {
  using ConvertONNXToNHWCBase::ConvertONNXToNHWCBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateWithGenerated(patterns);
    t2t::populateConvLoweringPatterns(patterns);
    t2t::populatePoolLoweringPatterns(patterns);
    t2t::populateGemmLoweringPatterns(patterns);
    t2t::populateNormalizationLoweringPatterns(patterns);
    t2t::populateClipLoweringPatterns(patterns);
    t2t::populateReduceLoweringPatterns(patterns);
    t2t::populateActivationLoweringPatterns(patterns);
    t2t::populateResizeLoweringPatterns(patterns);
    t2t::populatePadLoweringPatterns(patterns);
    t2t::populateVariadicLoweringPatterns(patterns);
    t2t::populateLossLoweringPatterns(patterns);
    t2t::populateModLoweringPatterns(patterns);
    t2t::populateRecurrentLoweringPatterns(patterns);
    t2t::populateSlicingLoweringPatterns(patterns);
    t2t::populateDataMovementLoweringPatterns(patterns);
    // In the optimized layout, the driver's folding composes and cancels the
    // transposes the lowering inserts and permutes constant filters once
    // (tfl.transpose's folder), and transposes sink through elementwise ops.
    GreedyRewriteConfig config;
    t2t::BlobReleaser releaser(getOperation());
    config.setListener(&releaser);
    if (naiveLayout) {
      config.enableFolding(false);
      patterns.add<FoldConstantLayoutOp<t2t::tfl::TransposeOp>,
                   FoldConstantLayoutOp<t2t::tfl::ReshapeOp>>(&getContext());
    } else {
      t2t::populateSinkTransposePatterns(patterns);
      t2t::populateFlattenPermutationPatterns(patterns);
      t2t::populateChannelShufflePatterns(patterns);
    }
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)) ||
        failed(reportUnsupported(getOperation())))
      signalPassFailure();
  }
};
} // namespace
