//===- LowerPad.cpp - ONNX Pad (constant mode) -> tfl.padv2 ---------------===//
//
// ONNX pads are [x1_begin, x2_begin, ..., x1_end, x2_end, ...]; tfl.padv2's
// are [x1_begin, x1_end, x2_begin, x2_end, ...]. Pads and the fill value must
// be constants and the pads non-negative (negative pads crop).
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerConstantPad : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || op.getMode() != "constant" || !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a float, constant-mode pad");
    DenseIntElementsAttr pads;
    if (!matchPattern(op.getPads(), m_Constant(&pads)) ||
        pads.getNumElements() != 2 * type.getRank())
      return rewriter.notifyMatchFailure(op, "pads must be a constant of 2 * rank entries");
    double fill = 0.0;
    if (!isa<NoneType>(op.getConstantValue().getType())) {
      ElementsAttr value;
      if (!matchPattern(op.getConstantValue(), m_Constant(&value)) ||
          value.getNumElements() != 1)
        return rewriter.notifyMatchFailure(op, "constant_value must be a constant scalar");
      fill = (*value.getValues<APFloat>().begin()).convertToDouble();
    }
    SmallVector<int64_t> onnxPads;
    for (const APInt &p : pads.getValues<APInt>())
      onnxPads.push_back(p.getSExtValue());
    if (llvm::any_of(onnxPads, [](int64_t p) { return p < 0; }))
      return rewriter.notifyMatchFailure(op, "negative pads (cropping)");
    int64_t rank = type.getRank();
    SmallVector<int64_t> tfPads;
    for (int64_t d = 0; d < rank; ++d) {
      tfPads.push_back(onnxPads[d]);
      tfPads.push_back(onnxPads[rank + d]);
    }
    rewriter.replaceOpWithNewOp<tfl::PadV2Op>(op, op.getOutput().getType(), op.getData(),
                                              rewriter.getDenseI64ArrayAttr(tfPads),
                                              rewriter.getF32FloatAttr(fill));
    return success();
  }
};

} // namespace

void populatePadLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerConstantPad>(patterns.getContext());
}

} // namespace t2t
