//===- GridSample.cpp - onnx GridSample -> gathers of NHWC maps -----------===//
//
// TensorFlow has no grid sampler: the samples are gathered (GatherNd) from
// the maps in NHWC, flattened to [N, H * W, C], at the integer neighbours of
// every grid point, and weighted. For grid point (gx, gy) in [-1, 1]:
//   x = (gx + 1) / 2 * (W - 1)        align_corners = 1
//   x = ((gx + 1) * W - 1) / 2        align_corners = 0   (y likewise)
//   nearest:  x = round half to even (x)
//   border:   x outside [lo, hi] ([0, W - 1] aligned, else [-0.5, W - 0.5])
//             clamped to [0, W - 1]
//   reflection: x reflected into [lo, hi] ([0, W - 1] aligned, else
//             [-0.5, W - 0.5]) by the near border until within: with
//             d = distance past the border, n = floor(d / (hi - lo)),
//             r = d - n (hi - lo): the border plus (n even) or the other
//             border minus r
//   bilinear: y = (y2 - y)((x2 - x) p11 + (x - x1) p12)
//               + (y - y1)((x2 - x) p21 + (x - x1) p22),  x1 = floor(x), x2 = x1 + 1
//   bicubic:  the 4 x 4 neighbours from floor(x) - 1, weighted by Keys'
//             cubic (a = -0.75) of t = x - floor(x) in each direction:
//             ((a(t+1) - 5a)(t+1) + 8a)(t+1) - 4a, ((a+2)t - (a+3))t^2 + 1,
//             and the same two of 1 - t mirrored
// A neighbour outside the maps is 0 (zeros), clamped (border) or reflected
// into them (reflection), as ONNX's reference does.
// C++: the sampling is a computation over several gathers, not a rewrite
// of one op into another.
//
//===----------------------------------------------------------------------===//

#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/Layout.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

enum class Padding { Zeros, Border, Reflection };

/// The sampling of one GridSample: its maps and sizes.
class GridSampler {
public:
  GridSampler(PatternRewriter &rewriter, Location loc, Value maps, int64_t n, int64_t h,
              int64_t w, int64_t c, int64_t ho, int64_t wo, bool aligned, Padding padding)
      : rewriter(rewriter), loc(loc), math(rewriter, loc), maps(maps), n(n), h(h), w(w), c(c),
        ho(ho), wo(wo), aligned(aligned), padding(padding) {
    // Each gather's batch coordinate: n, for every output point.
    auto i32 = rewriter.getI32Type();
    batch = tfl::BroadcastToOp::create(rewriter, loc, RankedTensorType::get({n, ho, wo, 1}, i32),
                                       math.iota(i32, n, 4, 0));
  }

  /// A grid coordinate in [-1, 1] as a pixel position along a dim of `size`.
  Value denormalize(Value g, int64_t size) {
    if (aligned)
      return math.mul(math.add(g, 1.0), (size - 1) / 2.0);
    return math.div(math.sub(math.mul(math.add(g, 1.0), double(size)), 1.0), 2.0);
  }

  /// x reflected into [lo, hi] by the near border until within.
  Value reflect(Value x, double lo, double hi) {
    double range = hi - lo;
    auto into = [&](Value distance, double border, double other, bool fromLow) {
      Value turns = tfl::FloorOp::create(rewriter, loc, math.div(distance, range));
      Value rest = math.sub(distance, math.mul(turns, range));
      Value even = math.equal(tfl::FloorModOp::create(rewriter, loc, turns.getType(), turns,
                                                      math.scalarLike(turns, 2.0)),
                              0.0);
      Value near = fromLow ? math.add(math.scalarLike(rest, border), rest)
                           : math.sub(math.scalarLike(rest, border), rest);
      Value far = fromLow ? math.sub(math.scalarLike(rest, other), rest)
                          : math.add(math.scalarLike(rest, other), rest);
      return math.select(even, near, far);
    };
    Value below = math.sub(math.scalarLike(x, lo), x);
    Value above = math.sub(x, math.scalarLike(x, hi));
    Value low = into(below, lo, hi, /*fromLow=*/true);
    Value high = into(above, hi, lo, /*fromLow=*/false);
    return math.select(math.less(x, lo), low, math.select(math.greater(x, hi), high, x));
  }

  /// The sampling position of a coordinate, after the padding mode's
  /// treatment of points outside the maps.
  Value position(Value x, int64_t size) {
    double lo = aligned ? 0 : -0.5, hi = aligned ? size - 1 : size - 0.5;
    if (padding == Padding::Border) {
      Value outside = math.logicalOr(math.less(x, lo), math.greater(x, hi));
      return math.select(outside, math.minimum(math.maximum(x, 0.0), double(size - 1)), x);
    }
    if (padding == Padding::Reflection)
      return reflect(x, lo, hi);
    return x;
  }

  /// Keys' cubic convolution weights (a = -0.75) of the 4 neighbours at
  /// offsets -1, 0, 1, 2 from floor(x), for t = x - floor(x).
  SmallVector<Value> cubicWeights(Value t) {
    constexpr double a = -0.75;
    auto outer = [&](Value u) { // ((a u - 5a) u + 8a) u - 4a, for u in [1, 2]
      Value v = math.add(math.mul(math.sub(math.mul(u, a), 5 * a), u), 8 * a);
      return math.sub(math.mul(v, u), 4 * a);
    };
    auto inner = [&](Value u) { // ((a + 2) u - (a + 3)) u^2 + 1, for u in [0, 1]
      Value v = math.sub(math.mul(u, a + 2), a + 3);
      return math.add(math.mul(math.mul(v, u), u), 1.0);
    };
    Value one = math.scalarLike(t, 1.0), two = math.scalarLike(t, 2.0);
    return {weight(outer(math.add(t, 1.0))), weight(inner(t)), weight(inner(math.sub(one, t))),
            weight(outer(math.sub(two, t)))};
  }

  /// The maps at integer-valued (x, y) [N, Ho, Wo]: [N, Ho, Wo, C].
  Value fetch(Value x, Value y) {
    Value valid;
    if (padding == Padding::Zeros) {
      Value inX = math.logicalAnd(math.greater(x, -1.0), math.less(x, double(w)));
      Value inY = math.logicalAnd(math.greater(y, -1.0), math.less(y, double(h)));
      valid = math.logicalAnd(inX, inY);
    } else if (padding == Padding::Reflection) {
      x = aligned ? reflect(x, 0, w - 1) : reflect(x, -0.5, w - 0.5);
      y = aligned ? reflect(y, 0, h - 1) : reflect(y, -0.5, h - 0.5);
    }
    Value xc = math.minimum(math.maximum(x, 0.0), double(w - 1));
    Value yc = math.minimum(math.maximum(y, 0.0), double(h - 1));
    Value index = math.castTo(math.add(math.mul(yc, double(w)), xc), rewriter.getI32Type());
    auto i32 = rewriter.getI32Type();
    Value indices = tfl::ConcatenationOp::create(
        rewriter, loc, RankedTensorType::get({n, ho, wo, 2}, i32),
        ValueRange{batch, math.reshape(index, {n, ho, wo, 1})}, 3);
    Value sampled = tfl::GatherNdOp::create(
        rewriter, loc, RankedTensorType::get({n, ho, wo, c}, rewriter.getF32Type()), maps, indices);
    if (valid)
      sampled = math.mul(sampled, math.castTo(math.reshape(valid, {n, ho, wo, 1}),
                                              rewriter.getF32Type()));
    return sampled;
  }

  /// A [N, Ho, Wo] weight as [N, Ho, Wo, 1].
  Value weight(Value v) { return math.reshape(v, {n, ho, wo, 1}); }

  PatternRewriter &rewriter;
  Location loc;
  TFLBuilder math;
  Value maps, batch;
  int64_t n, h, w, c, ho, wo;
  bool aligned;
  Padding padding;
};

struct LowerGridSample : OpRewritePattern<onnx::GridSampleOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GridSampleOp op, PatternRewriter &rewriter) const override {
    auto x = dyn_cast<RankedTensorType>(op.getX().getType());
    auto grid = dyn_cast<RankedTensorType>(op.getGrid().getType());
    auto y = dyn_cast<RankedTensorType>(op.getY().getType());
    if (!x || !grid || !y || x.getRank() != 4 || grid.getRank() != 4 || !x.hasStaticShape() ||
        !grid.hasStaticShape() || grid.getDimSize(3) != 2 || !x.getElementType().isF32() ||
        !grid.getElementType().isF32() || grid.getDimSize(0) != x.getDimSize(0))
      return rewriter.notifyMatchFailure(op, "needs static float32 2-D maps and grid");
    StringRef mode = op.getMode();
    if (mode != "bilinear" && mode != "linear" && mode != "nearest" && mode != "bicubic" &&
        mode != "cubic")
      return rewriter.notifyMatchFailure(op, "needs bilinear, nearest or bicubic sampling");
    StringRef paddingMode = op.getPaddingMode();
    Padding padding = paddingMode == "border"       ? Padding::Border
                      : paddingMode == "reflection" ? Padding::Reflection
                                                    : Padding::Zeros;
    int64_t n = x.getDimSize(0), c = x.getDimSize(1), h = x.getDimSize(2), w = x.getDimSize(3);
    int64_t ho = grid.getDimSize(1), wo = grid.getDimSize(2);
    if (y != RankedTensorType::get({n, c, ho, wo}, x.getElementType()))
      return rewriter.notifyMatchFailure(op, "needs a [N, C, H_out, W_out] result");
    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Value maps = math.reshape(transposed(rewriter, loc, op.getX(), {0, 2, 3, 1}), {n, h * w, c});
    GridSampler s(rewriter, loc, maps, n, h, w, c, ho, wo, op.getAlignCorners() != 0, padding);
    auto coordinate = [&](int64_t k) {
      Value slice = tfl::SliceOp::create(rewriter, loc, grid.clone({n, ho, wo, 1}), op.getGrid(),
                                         rewriter.getDenseI64ArrayAttr({0, 0, 0, k}),
                                         rewriter.getDenseI64ArrayAttr({n, ho, wo, 1}));
      return math.reshape(slice, {n, ho, wo});
    };
    Value px = s.denormalize(coordinate(0), w), py = s.denormalize(coordinate(1), h);
    Value sampled;
    if (mode == "nearest") {
      px = s.position(tfl::RoundOp::create(rewriter, loc, px), w);
      py = s.position(tfl::RoundOp::create(rewriter, loc, py), h);
      sampled = s.fetch(px, py);
    } else if (mode == "bicubic" || mode == "cubic") {
      px = s.position(px, w);
      py = s.position(py, h);
      Value fx = tfl::FloorOp::create(rewriter, loc, px), fy = tfl::FloorOp::create(rewriter, loc, py);
      SmallVector<Value> wx = s.cubicWeights(math.sub(px, fx)), wy = s.cubicWeights(math.sub(py, fy));
      for (int64_t i = 0; i < 4; ++i) {
        Value yi = math.add(fy, double(i - 1)), rowSum;
        for (int64_t j = 0; j < 4; ++j) {
          Value term = math.mul(wx[j], s.fetch(math.add(fx, double(j - 1)), yi));
          rowSum = rowSum ? math.add(rowSum, term) : term;
        }
        Value term = math.mul(wy[i], rowSum);
        sampled = sampled ? math.add(sampled, term) : term;
      }
    } else {
      px = s.position(px, w);
      py = s.position(py, h);
      Value x1 = tfl::FloorOp::create(rewriter, loc, px), y1 = tfl::FloorOp::create(rewriter, loc, py);
      Value x2 = math.add(x1, 1.0), y2 = math.add(y1, 1.0);
      Value dx1 = s.weight(math.sub(px, x1)), dx2 = s.weight(math.sub(x2, px));
      Value dy1 = s.weight(math.sub(py, y1)), dy2 = s.weight(math.sub(y2, py));
      Value top = math.add(math.mul(dx2, s.fetch(x1, y1)), math.mul(dx1, s.fetch(x2, y1)));
      Value bottom = math.add(math.mul(dx2, s.fetch(x1, y2)), math.mul(dx1, s.fetch(x2, y2)));
      sampled = math.add(math.mul(dy2, top), math.mul(dy1, bottom));
    }
    rewriter.replaceOp(op, transposed(rewriter, loc, sampled, {0, 3, 1, 2}));
    return success();
  }
};

} // namespace

void populateGridSampleLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerGridSample>(patterns.getContext());
}

} // namespace t2t
