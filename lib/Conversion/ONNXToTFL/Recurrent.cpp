//===- Recurrent.cpp - LSTM, GRU, RNN unrolled over static sequences ------===//
//
// TensorFlow.js runs no While loops of GraphDefs, so recurrent layers are
// unrolled over their (static) sequence length T. Per direction d the input
// projection of every step is one fully_connected over [T * B, I]:
//   XW[t] = X[t] W_d^T + Wb_d                         [T, B, G * H]
// then each step t (T-1 down to 0 in reverse) adds H R_d^T + Rb_d and splits
// the G gate blocks (ONNX orders: LSTM i, o, f, c; GRU z, r, h; RNN one):
//   LSTM: i, o, f = sigmoid, c~ = tanh; C = f * C + i * c~; H = o * tanh(C)
//         (peepholes P add P_i * C_{t-1} to i, P_f * C_{t-1} to f, P_o * C_t to o)
//   GRU:  z, r = sigmoid(XW + H R^T + Rb) of their blocks;
//         h~ = tanh(XW_h + r * (H R_h^T + Rb_h))      linear_before_reset = 1
//         h~ = tanh(XW_h + (r * H) R_h^T + Rb_h)      linear_before_reset = 0
//         H = h~ + z * (H - h~)                       (= (1 - z) h~ + z H)
//   RNN:  H = tanh(XW + H R^T + Rb)
// Y stacks each step's H as [T, num_directions, B, H]; Y_h (and LSTM's Y_c)
// is the last step's state per direction, [num_directions, B, H]. layout = 1
// (batch first) transposes X, Y, Y_h and Y_c around the same computation.
// Only ONNX's default activations are taken; no clip, input_forget or
// sequence_lens.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

enum class Cell { LSTM, GRU, RNN };

int64_t gatesOf(Cell cell) { return cell == Cell::LSTM ? 4 : cell == Cell::GRU ? 3 : 1; }

/// The unrolled computation of one recurrent op.
class Unroller {
public:
  Unroller(PatternRewriter &rewriter, Location loc, Cell cell, int64_t t, int64_t b, int64_t h,
           Type element)
      : rewriter(rewriter), loc(loc), math(rewriter, loc), cell(cell), steps(t), batch(b),
        hidden(h), element(element) {}

  RankedTensorType type(ArrayRef<int64_t> shape) { return RankedTensorType::get(shape, element); }

  /// value[index] along dim 0 of a [N, ...] value, without that dim.
  Value take(Value value, int64_t index) {
    auto t = cast<RankedTensorType>(value.getType());
    SmallVector<int64_t> begin(t.getRank(), 0), size(t.getShape());
    begin[0] = index;
    size[0] = 1;
    Value slice = tfl::SliceOp::create(rewriter, loc, t.clone(size), value,
                                       rewriter.getDenseI64ArrayAttr(begin),
                                       rewriter.getDenseI64ArrayAttr(size));
    return math.reshape(slice, t.getShape().drop_front());
  }

  /// Columns [k * hidden, (k + 1) * hidden) of a [B, G * H] value.
  Value block(Value value, int64_t k) {
    return tfl::SliceOp::create(rewriter, loc, type({batch, hidden}), value,
                                rewriter.getDenseI64ArrayAttr({0, k * hidden}),
                                rewriter.getDenseI64ArrayAttr({batch, hidden}));
  }

  /// block(a, k) + block(b, k).
  Value sumOfBlocks(Value a, Value b, int64_t k) {
    Value first = block(a, k);
    return math.add(first, block(b, k));
  }

  /// Elements [k * hidden, (k + 1) * hidden) of a [G * H] bias.
  Value biasBlock(Value bias, int64_t k) {
    return tfl::SliceOp::create(rewriter, loc, type({hidden}), bias,
                                rewriter.getDenseI64ArrayAttr({k * hidden}),
                                rewriter.getDenseI64ArrayAttr({hidden}));
  }

  /// Rows [k * hidden, (k + 1) * hidden) of a [G * H, H] weight.
  Value rowBlock(Value weight, int64_t k) {
    return tfl::SliceOp::create(rewriter, loc, type({hidden, hidden}), weight,
                                rewriter.getDenseI64ArrayAttr({k * hidden, 0}),
                                rewriter.getDenseI64ArrayAttr({hidden, hidden}));
  }

  Value dense(Value x, Value weight, Value bias) {
    auto w = cast<RankedTensorType>(weight.getType());
    auto xt = cast<RankedTensorType>(x.getType());
    return tfl::FullyConnectedOp::create(rewriter, loc, type({xt.getDimSize(0), w.getDimSize(0)}),
                                         x, weight, bias, rewriter.getStringAttr("NONE"));
  }

  Value sigmoid(Value v) { return tfl::LogisticOp::create(rewriter, loc, v); }
  Value tanh(Value v) { return tfl::TanhOp::create(rewriter, loc, v); }

  /// One direction: the per-step hidden states (in time order) and the final
  /// hidden (and cell) state.
  struct Run {
    SmallVector<Value> states;
    Value lastH, lastC;
  };

  /// xw: [T, B, G * H] input projections with Wb; r: [G * H, H]; rb: [G * H].
  Run run(Value xw, Value r, Value rb, Value h, Value c, bool reverse, bool linearBeforeReset,
          Value peepholes) {
    Run out;
    out.states.resize(steps);
    for (int64_t i = 0; i < steps; ++i) {
      int64_t t = reverse ? steps - 1 - i : i;
      Value x = take(xw, t);
      if (cell == Cell::LSTM) {
        Value gates = math.add(x, dense(h, r, rb));
        // Peepholes add P_i * C_{t-1}, P_f * C_{t-1} and P_o * C_t.
        auto peep = [&](Value gate, int64_t k, Value state) {
          if (!peepholes)
            return gate;
          return math.add(gate, math.mul(biasBlock(peepholes, k), state));
        };
        Value in = sigmoid(peep(block(gates, 0), 0, c));
        Value f = sigmoid(peep(block(gates, 2), 2, c));
        Value candidate = tanh(block(gates, 3));
        Value kept = math.mul(f, c);
        c = math.add(kept, math.mul(in, candidate));
        Value o = sigmoid(peep(block(gates, 1), 1, c));
        h = math.mul(o, tanh(c));
      } else if (cell == Cell::GRU) {
        Value z, candidate;
        if (linearBeforeReset) {
          Value hr = dense(h, r, rb);
          z = sigmoid(sumOfBlocks(x, hr, 0));
          Value reset = sigmoid(sumOfBlocks(x, hr, 1));
          Value xCandidate = block(x, 2);
          candidate = tanh(math.add(xCandidate, math.mul(reset, block(hr, 2))));
        } else {
          Value hzr = dense(h, r, rb);
          z = sigmoid(sumOfBlocks(x, hzr, 0));
          Value reset = sigmoid(sumOfBlocks(x, hzr, 1));
          Value resetState = math.mul(reset, h);
          Value recurrent = rowBlock(r, 2);
          Value resetH = dense(resetState, recurrent, biasBlock(rb, 2));
          candidate = tanh(math.add(block(x, 2), resetH));
        }
        h = math.add(candidate, math.mul(z, math.sub(h, candidate)));
      } else {
        h = tanh(math.add(x, dense(h, r, rb)));
      }
      out.states[t] = h;
    }
    out.lastH = h;
    out.lastC = cell == Cell::LSTM ? c : Value();
    return out;
  }

  PatternRewriter &rewriter;
  Location loc;
  TFLBuilder math;
  Cell cell;
  int64_t steps, batch, hidden;
  Type element;
};

/// Whether the op's activations are ONNX's defaults for its cell.
bool defaultActivations(std::optional<ArrayAttr> activations, Cell cell) {
  if (!activations)
    return true;
  SmallVector<StringRef> expected = cell == Cell::LSTM
                                        ? SmallVector<StringRef>{"Sigmoid", "Tanh", "Tanh"}
                                    : cell == Cell::GRU ? SmallVector<StringRef>{"Sigmoid", "Tanh"}
                                                        : SmallVector<StringRef>{"Tanh"};
  for (auto [i, a] : llvm::enumerate(*activations))
    if (cast<StringAttr>(a).getValue() != expected[i % expected.size()])
      return false;
  return true;
}

template <typename OpTy>
LogicalResult lowerRecurrent(OpTy op, Cell cell, Value initialC, Value yC, bool linearBeforeReset,
                             Value peepholes, PatternRewriter &rewriter) {
  auto x = dyn_cast<RankedTensorType>(op.getX().getType());
  auto w = dyn_cast<RankedTensorType>(op.getW().getType());
  if (!x || !w || !x.hasStaticShape() || !w.hasStaticShape() || x.getRank() != 3 ||
      w.getRank() != 3 || !isa<FloatType>(x.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs static float X and W");
  if (!isAbsent(op.getSequenceLens()) || op.getClip() || op.getActivationAlpha() ||
      op.getActivationBeta() || !defaultActivations(op.getActivations(), cell))
    return rewriter.notifyMatchFailure(op, "sequence_lens, clip or custom activations");
  StringRef direction = op.getDirection();
  int64_t numDirections = direction == "bidirectional" ? 2 : 1;
  int64_t gates = gatesOf(cell), hidden = w.getDimSize(1) / gates;
  bool batchFirst = op.getLayout() != 0;
  // Every operand's shape follows from X, W and the direction; a model that
  // says otherwise is malformed (found by utils/fuzz) and is not lowered.
  int64_t batch = x.getDimSize(batchFirst ? 0 : 1), features = x.getDimSize(2);
  auto hasShape = [](Value v, ArrayRef<int64_t> shape) {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t && t.hasStaticShape() && t.getShape() == shape;
  };
  auto absentOr = [&](Value v, ArrayRef<int64_t> shape) {
    return !v || isAbsent(v) || hasShape(v, shape);
  };
  SmallVector<int64_t> stateShape = batchFirst ? SmallVector<int64_t>{batch, numDirections, hidden}
                                               : SmallVector<int64_t>{numDirections, batch, hidden};
  if (w.getDimSize(1) % gates != 0 ||
      w.getShape() != ArrayRef<int64_t>{numDirections, gates * hidden, features} ||
      !hasShape(op.getR(), {numDirections, gates * hidden, hidden}) ||
      !absentOr(op.getB(), {numDirections, 2 * gates * hidden}) ||
      !absentOr(op.getInitialH(), stateShape) || !absentOr(initialC, stateShape) ||
      !absentOr(peepholes, {numDirections, 3 * hidden}))
    return rewriter.notifyMatchFailure(op, "operand shapes disagree with X, W and the direction");
  Location loc = op.getLoc();
  Type element = x.getElementType();

  Value input = op.getX();
  if (batchFirst)
    input = transposed(rewriter, loc, input, {1, 0, 2});
  int64_t steps = cast<RankedTensorType>(input.getType()).getDimSize(0);
  Unroller u(rewriter, loc, cell, steps, batch, hidden, element);
  TFLBuilder &math = u.math;

  Value flat = math.reshape(input, {steps * batch, features});
  Value zeroState = tfl::ConstOp::create(
      rewriter, loc,
      DenseElementsAttr::get(u.type({batch, hidden}), rewriter.getZeroAttr(element)));
  Value zeroBias = tfl::ConstOp::create(
      rewriter, loc,
      DenseElementsAttr::get(u.type({gates * hidden}), rewriter.getZeroAttr(element)));

  SmallVector<Value> ys, hs, cs;
  for (int64_t d = 0; d < numDirections; ++d) {
    Value wd = u.take(op.getW(), d), rd = u.take(op.getR(), d);
    Value wb = zeroBias, rb = zeroBias;
    if (!isAbsent(op.getB())) {
      Value bd = u.take(op.getB(), d);
      wb = tfl::SliceOp::create(rewriter, loc, u.type({gates * hidden}), bd,
                                rewriter.getDenseI64ArrayAttr({0}),
                                rewriter.getDenseI64ArrayAttr({gates * hidden}));
      rb = tfl::SliceOp::create(rewriter, loc, u.type({gates * hidden}), bd,
                                rewriter.getDenseI64ArrayAttr({gates * hidden}),
                                rewriter.getDenseI64ArrayAttr({gates * hidden}));
    }
    Value xw = math.reshape(u.dense(flat, wd, wb), {steps, batch, gates * hidden});
    auto initial = [&](Value given) {
      if (!given || isAbsent(given))
        return zeroState;
      Value v = given;
      if (batchFirst)
        v = transposed(rewriter, loc, v, {1, 0, 2});
      return u.take(v, d);
    };
    bool reverse = direction == "reverse" || d == 1;
    Value pd = peepholes && !isAbsent(peepholes) ? u.take(peepholes, d) : Value();
    Unroller::Run r = u.run(xw, rd, rb, initial(op.getInitialH()), initial(initialC), reverse,
                            linearBeforeReset, pd);
    SmallVector<Value> steps4;
    for (Value state : r.states)
      steps4.push_back(math.reshape(state, {1, 1, batch, hidden}));
    ys.push_back(
        tfl::ConcatenationOp::create(rewriter, loc, u.type({steps, 1, batch, hidden}), steps4, 0));
    hs.push_back(math.reshape(r.lastH, {1, batch, hidden}));
    if (r.lastC)
      cs.push_back(math.reshape(r.lastC, {1, batch, hidden}));
  }
  auto join = [&](ArrayRef<Value> parts, RankedTensorType type, int64_t axis) -> Value {
    return parts.size() == 1
               ? parts.front()
               : tfl::ConcatenationOp::create(rewriter, loc, type, parts, axis).getResult();
  };
  Value y = join(ys, u.type({steps, numDirections, batch, hidden}), 1);
  Value yh = join(hs, u.type({numDirections, batch, hidden}), 0);
  Value yc = cs.empty() ? Value() : join(cs, u.type({numDirections, batch, hidden}), 0);
  if (batchFirst) {
    y = transposed(rewriter, loc, y, {2, 0, 1, 3});
    yh = transposed(rewriter, loc, yh, {1, 0, 2});
    if (yc)
      yc = transposed(rewriter, loc, yc, {1, 0, 2});
  }
  SmallVector<Value> results = {isAbsent(op.getY()) ? op.getY() : y,
                                isAbsent(op.getYH()) ? op.getYH() : yh};
  if (yC)
    results.push_back(isAbsent(yC) ? yC : yc);
  for (auto [old, replacement] : llvm::zip(op->getResults(), results))
    if (!isAbsent(old) && old.getType() != replacement.getType())
      return rewriter.notifyMatchFailure(op, "result types differ from the unrolled ones");
  rewriter.replaceOp(op, results);
  return success();
}

struct LowerLSTM : OpRewritePattern<onnx::LSTMOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::LSTMOp op, PatternRewriter &rewriter) const override {
    if (op.getInputForget() != 0)
      return rewriter.notifyMatchFailure(op, "input_forget");
    return lowerRecurrent(op, Cell::LSTM, op.getInitialC(), op.getYC(), false, op.getP(), rewriter);
  }
};

struct LowerGRU : OpRewritePattern<onnx::GRUOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::GRUOp op, PatternRewriter &rewriter) const override {
    return lowerRecurrent(op, Cell::GRU, Value(), Value(), op.getLinearBeforeReset() != 0, Value(),
                          rewriter);
  }
};

struct LowerRNN : OpRewritePattern<onnx::RNNOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::RNNOp op, PatternRewriter &rewriter) const override {
    return lowerRecurrent(op, Cell::RNN, Value(), Value(), false, Value(), rewriter);
  }
};

} // namespace

void populateRecurrentLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerLSTM, LowerGRU, LowerRNN>(patterns.getContext());
}

} // namespace t2t
