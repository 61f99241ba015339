//===- LowerNormalization.cpp - inference BatchNormalization -> mul, add --===//
//
// In inference mode, with constant statistics and parameters,
//   y = (x - mean) / sqrt(var + eps) * scale + B = x * s + t
//   s = scale / sqrt(var + eps),  t = B - mean * s
// computed once here in double precision. s and t are [1, C, 1, 1] so that
// they broadcast over NCHW and permute with the data when transposes move.
//
//===----------------------------------------------------------------------===//

#include "Layout.h"
#include "Patterns.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>

using namespace mlir;

namespace t2t {
namespace {

/// The float values of a constant 1-D operand of length `n`.
std::optional<SmallVector<double>> constantVector(Value value, int64_t n) {
  ElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)) || attr.getNumElements() != n ||
      !isa<FloatType>(attr.getElementType()))
    return std::nullopt;
  SmallVector<double> out;
  for (APFloat v : attr.getValues<APFloat>())
    out.push_back(v.convertToDouble());
  return out;
}

struct LowerBatchNormalization : OpRewritePattern<onnx::BatchNormalizationOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(onnx::BatchNormalizationOp op,
                                PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    if (!x || x.getRank() < 2 || ShapedType::isDynamic(x.getDimSize(1)) || !x.getElementType().isF32())
      return rewriter.notifyMatchFailure(op, "needs f32 input with static channels");
    if (op.getTrainingMode() != 0 || !isa<NoneType>(op.getRunningMean().getType()) ||
        !isa<NoneType>(op.getRunningVar().getType()))
      return rewriter.notifyMatchFailure(op, "training mode is not supported");
    int64_t c = x.getDimSize(1);
    auto scale = constantVector(op.getScale(), c), bias = constantVector(op.getB(), c);
    auto mean = constantVector(op.getInputMean(), c), var = constantVector(op.getInputVar(), c);
    if (!scale || !bias || !mean || !var)
      return rewriter.notifyMatchFailure(op, "needs constant scale, B, mean and var");

    SmallVector<float> s(c), t(c);
    for (int64_t i = 0; i < c; ++i) {
      double si = (*scale)[i] / std::sqrt((*var)[i] + op.getEpsilon());
      s[i] = static_cast<float>(si);
      t[i] = static_cast<float>((*bias)[i] - (*mean)[i] * si);
    }
    SmallVector<int64_t> shape(x.getRank(), 1);
    shape[1] = c;
    auto constType = RankedTensorType::get(shape, x.getElementType());
    Location loc = op.getLoc();
    Value sConst = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(constType, ArrayRef(s)));
    Value tConst = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(constType, ArrayRef(t)));
    StringAttr none = rewriter.getStringAttr("NONE");
    Value scaled = tfl::MulOp::create(rewriter, loc, op.getY().getType(), op.getX(), sConst, none);
    Value shifted = tfl::AddOp::create(rewriter, loc, op.getY().getType(), scaled, tConst, none);
    rewriter.replaceOp(op, {shifted, op.getRunningMean(), op.getRunningVar()});
    return success();
  }
};

/// LRN over channels [c - floor((size-1)/2), c + ceil((size-1)/2)] with
///   y = x / (bias + alpha / size * sum x^2)^beta
/// is TensorFlow's LRN (NHWC) with depth_radius (size-1)/2 and alpha/size,
/// for odd sizes (TensorFlow's window is symmetric).
struct LowerLRN : OpRewritePattern<onnx::LRNOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::LRNOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    int64_t size = op.getSize();
    if (!x || x.getRank() != 4 || !isa<FloatType>(x.getElementType()) || size % 2 == 0)
      return rewriter.notifyMatchFailure(op, "needs a 4-D float input and an odd size");
    Location loc = op.getLoc();
    Value nhwc = transposed(rewriter, loc, op.getX(), kToNHWC);
    Value lrn = tfl::LocalResponseNormalizationOp::create(
        rewriter, loc, nhwc, rewriter.getI64IntegerAttr((size - 1) / 2),
        rewriter.getF32FloatAttr(op.getBias()),
        rewriter.getF32FloatAttr(op.getAlpha() / size), rewriter.getF32FloatAttr(op.getBeta()));
    rewriter.replaceOp(op, transposed(rewriter, loc, lrn, kToNCHW));
    return success();
  }
};

} // namespace

void populateNormalizationLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerBatchNormalization, LowerLRN>(patterns.getContext());
}

} // namespace t2t
