//===- OptimizeTFLLayout.cpp - Move and cancel layout transposes ----------===//

#include "t2t/Transforms/LayoutPatterns.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/BlobReleaser.h"
#include "t2t/Transforms/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace t2t {
#define GEN_PASS_DEF_OPTIMIZETFLLAYOUT
#include "dialects/transforms/Passes.h.inc"
} // namespace t2t

using namespace mlir;

namespace {

struct OptimizeTFLLayout : t2t::impl::OptimizeTFLLayoutBase<OptimizeTFLLayout> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    t2t::populateSinkTransposePatterns(patterns);
    t2t::populateFlattenPermutationPatterns(patterns);
    t2t::populateShapeLayoutPatterns(patterns);
    t2t::populateChannelShufflePatterns(patterns);
    // The driver's folding composes and cancels the transposes the patterns
    // bring together (tfl.transpose's folder).
    GreedyRewriteConfig config;
    t2t::BlobReleaser releaser(getOperation());
    config.setListener(&releaser);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns), config)))
      signalPassFailure();
  }
};

} // namespace
