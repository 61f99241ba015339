//===- Pad.cpp - ONNX Pad (constant mode) -> tfl.padv2 --------------------===//
//
// ONNX pads are [x1_begin, x2_begin, ..., x1_end, x2_end, ...]; tfl.padv2's
// are [x1_begin, x1_end, x2_begin, x2_end, ...]. Pads and the fill value must
// be constants and the pads non-negative (negative pads crop).
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

/// Pad's pads ([begins..., ends...]) as TensorFlow's [[begin, end], ...],
/// flattened; nullopt unless constant, non-negative and 2 * rank long.
std::optional<SmallVector<int64_t>> tfPaddings(onnx::PadOp op, int64_t rank) {
  std::optional<SmallVector<int64_t>> pads = constantInts(op.getPads());
  if (!pads || static_cast<int64_t>(pads->size()) != 2 * rank ||
      llvm::any_of(*pads, [](int64_t p) { return p < 0; }))
    return std::nullopt;
  SmallVector<int64_t> out;
  for (int64_t d = 0; d < rank; ++d) {
    out.push_back((*pads)[d]);
    out.push_back((*pads)[rank + d]);
  }
  return out;
}

/// A constant-mode pad's fill value (0 when absent), nullopt unless constant.
std::optional<double> fillValue(onnx::PadOp op) {
  if (isAbsent(op.getConstantValue()))
    return 0.0;
  return constantScalar(op.getConstantValue());
}

struct LowerConstantPad : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || op.getMode() != "constant" || !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a float, constant-mode pad");
    std::optional<SmallVector<int64_t>> paddings = tfPaddings(op, type.getRank());
    if (!paddings)
      return rewriter.notifyMatchFailure(op, "pads must be constant and non-negative");
    std::optional<double> fill = fillValue(op);
    if (!fill)
      return rewriter.notifyMatchFailure(op, "constant_value must be a constant scalar");
    rewriter.replaceOpWithNewOp<tfl::PadV2Op>(op, op.getOutput().getType(), op.getData(),
                                              rewriter.getDenseI64ArrayAttr(*paddings),
                                              rewriter.getF32FloatAttr(*fill));
    return success();
  }
};

/// Pads computed at run time: TensorFlow's [[begin, end], ...] rows gathered
/// from ONNX's [begins..., ends...] vector. A 4-D (NCHW) pad runs on NHWC
/// data, its rows taken in NHWC order, so that the transposes around it
/// cancel with their neighbours':
///   paddings = reshape(gather(pads, [p0, r + p0, p1, r + p1, ...]), [r, 2])
/// for the layout permutation p (identity below rank 4).
struct LowerRunTimePad : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    auto pads = dyn_cast<RankedTensorType>(op.getPads().getType());
    if (!type || op.getMode() != "constant" || !isa<FloatType>(type.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a float, constant-mode pad");
    int64_t rank = type.getRank();
    if (!pads || matchPattern(op.getPads(), m_Constant()) || pads.getRank() != 1 ||
        pads.getDimSize(0) != 2 * rank)
      return rewriter.notifyMatchFailure(
          op, "needs pads known only at run time, a begin and an end per dim");
    std::optional<double> fill = fillValue(op);
    if (!fill)
      return rewriter.notifyMatchFailure(op, "constant_value must be a constant scalar");
    Location loc = op.getLoc();
    SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    if (rank == 4)
      perm.assign(std::begin(kToNHWC), std::end(kToNHWC));
    SmallVector<int32_t> rows;
    for (int64_t d : perm) {
      rows.push_back(static_cast<int32_t>(d));
      rows.push_back(static_cast<int32_t>(rank + d));
    }
    Value indices = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(RankedTensorType::get({2 * rank}, rewriter.getI32Type()),
                               ArrayRef(rows)));
    Value gathered = tfl::GatherOp::create(rewriter, loc, pads, op.getPads(), indices,
                                           rewriter.getI64IntegerAttr(0));
    Value paddings = tfl::ReshapeOp::create(rewriter, loc, pads.clone({rank, 2}), gathered);
    auto element = type.getElementType();
    Value constant = tfl::ConstOp::create(
        rewriter, loc,
        DenseElementsAttr::get(RankedTensorType::get({}, element), FloatAttr::get(element, *fill)));
    auto result = cast<RankedTensorType>(op.getOutput().getType());
    Value input = rank == 4 ? transposed(rewriter, loc, op.getData(), kToNHWC) : op.getData();
    RankedTensorType padded = rank == 4 ? permuted(result, kToNHWC) : result;
    Value out = tfl::PadByOp::create(rewriter, loc, padded, input, paddings, constant);
    rewriter.replaceOp(op, rank == 4 ? transposed(rewriter, loc, out, kToNCHW) : out);
    return success();
  }
};

/// reflect: TensorFlow's MirrorPad REFLECT (the edge is not repeated).
struct LowerReflectPad : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || op.getMode() != "reflect")
      return rewriter.notifyMatchFailure(op, "needs a ranked reflect-mode pad");
    std::optional<SmallVector<int64_t>> paddings = tfPaddings(op, type.getRank());
    if (!paddings)
      return rewriter.notifyMatchFailure(op, "pads must be constant and non-negative");
    rewriter.replaceOpWithNewOp<tfl::MirrorPadOp>(op, op.getOutput().getType(), op.getData(),
                                                  rewriter.getDenseI64ArrayAttr(*paddings),
                                                  rewriter.getStringAttr("REFLECT"));
    return success();
  }
};

/// edge: per padded dimension, concatenation of the first slice tiled
/// `before` times, the data, and the last slice tiled `after` times.
struct LowerEdgePad : OpRewritePattern<onnx::PadOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::PadOp op, PatternRewriter &rewriter) const override {
    auto type = dyn_cast<RankedTensorType>(op.getData().getType());
    if (!type || op.getMode() != "edge" || !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "needs a static edge-mode pad");
    int64_t rank = type.getRank();
    std::optional<SmallVector<int64_t>> paddings = tfPaddings(op, rank);
    if (!paddings)
      return rewriter.notifyMatchFailure(op, "pads must be constant and non-negative");
    Location loc = op.getLoc();
    Value v = op.getData();
    for (int64_t d = 0; d < rank; ++d) {
      int64_t before = (*paddings)[2 * d], after = (*paddings)[2 * d + 1];
      if (!before && !after)
        continue;
      auto current = cast<RankedTensorType>(v.getType());
      auto edge = [&](int64_t index, int64_t times) {
        SmallVector<int64_t> begin(rank, 0), size(current.getShape());
        begin[d] = index;
        size[d] = 1;
        Value slice = tfl::SliceOp::create(rewriter, loc, current.clone(size), v,
                                           rewriter.getDenseI64ArrayAttr(begin),
                                           rewriter.getDenseI64ArrayAttr(size));
        SmallVector<int64_t> multiples(rank, 1), tiled(size);
        multiples[d] = tiled[d] = times;
        return tfl::TileOp::create(rewriter, loc, current.clone(tiled), slice,
                                   rewriter.getDenseI64ArrayAttr(multiples));
      };
      SmallVector<Value> parts;
      if (before)
        parts.push_back(edge(0, before));
      parts.push_back(v);
      if (after)
        parts.push_back(edge(current.getDimSize(d) - 1, after));
      SmallVector<int64_t> shape(current.getShape());
      shape[d] += before + after;
      v = tfl::ConcatenationOp::create(rewriter, loc, current.clone(shape), parts, d);
    }
    rewriter.replaceOp(op, v);
    return success();
  }
};

} // namespace

void populatePadLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerConstantPad, LowerRunTimePad, LowerReflectPad, LowerEdgePad>(
      patterns.getContext());
}

} // namespace t2t
