//===- Recurrent.cpp - LSTM, GRU, RNN as unrolled steps or a loop ---------===//
//
// Per direction d the input projection of every step is one fully_connected
// over [T * B, I]:
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
// A static T is unrolled; a T known only at run time becomes a tfl.while
// over (i, H[, C], Y so far) whose body is the same step, reading XW[t] by a
// gather and appending H to Y (prepending in reverse, so Y stays in time
// order). The batch may be known only at run time either way. Only ONNX's
// default activations are taken; no clip, input_forget or sequence_lens.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"
#include "t2t/Support/Layout.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

namespace t2t {
namespace {

enum class Cell { LSTM, GRU, RNN };

int64_t gatesOf(Cell cell) { return cell == Cell::LSTM ? 4 : cell == Cell::GRU ? 3 : 1; }

/// A slice size of dimension size `d`: -1 (to the end) when dynamic.
int64_t sliceSize(int64_t d) { return ShapedType::isDynamic(d) ? -1 : d; }

/// The tfl ops of one recurrent op: its cell's step, and the steps over the
/// sequence, unrolled or as a loop.
class RecurrentBuilder {
public:
  RecurrentBuilder(PatternRewriter &rewriter, Location loc, Cell cell, int64_t t, int64_t b,
                   int64_t h, Type element)
      : rewriter(rewriter), loc(loc), math(rewriter, loc), cell(cell), steps(t), batch(b),
        hidden(h), element(element) {}

  RankedTensorType type(ArrayRef<int64_t> shape) { return RankedTensorType::get(shape, element); }

  /// value[index] along dim 0 of a [N, ...] value, without that dim.
  Value take(Value value, int64_t index) {
    auto t = cast<RankedTensorType>(value.getType());
    SmallVector<int64_t> begin(t.getRank(), 0), size(t.getShape()), sliced(t.getShape());
    begin[0] = index;
    size[0] = sliced[0] = 1;
    for (int64_t &d : size)
      d = sliceSize(d);
    Value slice = tfl::SliceOp::create(rewriter, loc, t.clone(sliced), value,
                                       rewriter.getDenseI64ArrayAttr(begin),
                                       rewriter.getDenseI64ArrayAttr(size));
    return math.reshape(slice, t.getShape().drop_front());
  }

  /// Columns [k * hidden, (k + 1) * hidden) of a [B, G * H] value.
  Value block(Value value, int64_t k) {
    return tfl::SliceOp::create(rewriter, loc, type({batch, hidden}), value,
                                rewriter.getDenseI64ArrayAttr({0, k * hidden}),
                                rewriter.getDenseI64ArrayAttr({sliceSize(batch), hidden}));
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

  /// The hidden state and, for an LSTM, the cell state.
  struct State {
    Value h, c;
  };

  /// The weights of one direction: r is [G * H, H], rb [G * H], peepholes
  /// [3 * H] or null.
  struct Direction {
    Value r, rb, peepholes;
    bool reverse, linearBeforeReset;
  };

  /// One step from `state` on x = XW[t], [B, G * H].
  State step(Value x, const Direction &d, State state) {
    Value h = state.h, c = state.c;
    if (cell == Cell::LSTM) {
      Value gates = math.add(x, dense(h, d.r, d.rb));
      // Peepholes add P_i * C_{t-1}, P_f * C_{t-1} and P_o * C_t.
      auto peep = [&](Value gate, int64_t k, Value cellState) {
        if (!d.peepholes)
          return gate;
        return math.add(gate, math.mul(biasBlock(d.peepholes, k), cellState));
      };
      Value in = sigmoid(peep(block(gates, 0), 0, c));
      Value f = sigmoid(peep(block(gates, 2), 2, c));
      Value candidate = tanh(block(gates, 3));
      Value kept = math.mul(f, c);
      c = math.add(kept, math.mul(in, candidate));
      Value o = sigmoid(peep(block(gates, 1), 1, c));
      return {math.mul(o, tanh(c)), c};
    }
    if (cell == Cell::GRU) {
      Value hr = dense(h, d.r, d.rb);
      Value z = sigmoid(sumOfBlocks(x, hr, 0));
      Value reset = sigmoid(sumOfBlocks(x, hr, 1));
      Value candidate;
      if (d.linearBeforeReset) {
        Value xCandidate = block(x, 2);
        candidate = tanh(math.add(xCandidate, math.mul(reset, block(hr, 2))));
      } else {
        Value resetState = math.mul(reset, h);
        Value recurrent = rowBlock(d.r, 2);
        Value resetH = dense(resetState, recurrent, biasBlock(d.rb, 2));
        candidate = tanh(math.add(block(x, 2), resetH));
      }
      return {math.add(candidate, math.mul(z, math.sub(h, candidate))), Value()};
    }
    return {tanh(math.add(x, dense(h, d.r, d.rb))), Value()};
  }

  /// h as one step of Y: [1, 1, B, H].
  Value asStep(Value h) { return math.reshape(h, {1, 1, batch, hidden}); }

  /// Y of one direction, [T, 1, B, H], and its last state.
  struct Run {
    Value y;
    State last;
  };

  /// The steps over a static T, unrolled; xw is [T, B, G * H].
  Run unrolled(Value xw, const Direction &d, State state) {
    SmallVector<Value> states(steps);
    for (int64_t i = 0; i < steps; ++i) {
      int64_t t = d.reverse ? steps - 1 - i : i;
      Value x = take(xw, t);
      state = step(x, d, state);
      states[t] = state.h;
    }
    SmallVector<Value> ys;
    for (Value h : states)
      ys.push_back(asStep(h));
    return {tfl::ConcatenationOp::create(rewriter, loc, type({steps, 1, batch, hidden}), ys, 0),
            state};
  }

  /// The steps over T known at run time (`length`, a tensor<i32>) as a
  /// loop; `emptyY` is Y's [0, 1, B, H] start.
  Run looped(Value xw, Value length, Value emptyY, const Direction &d, State state) {
    Value zero = math.scalar(rewriter.getI32Type(), 0);
    SmallVector<Value> inits = {zero, state.h};
    if (state.c)
      inits.push_back(state.c);
    inits.push_back(emptyY);
    SmallVector<Type> types(ValueRange(inits).getTypes());
    SmallVector<Location> locs(inits.size(), loc);
    auto loop = tfl::WhileOp::create(rewriter, loc, types, inits);

    OpBuilder::InsertionGuard guard(rewriter);
    Block *cond = rewriter.createBlock(&loop.getCond(), {}, types, locs);
    tfl::YieldOp::create(rewriter, loc, ValueRange{math.less(cond->getArgument(0), length)});

    Block *body = rewriter.createBlock(&loop.getBody(), {}, types, locs);
    Value i = body->getArgument(0), ySoFar = body->getArguments().back();
    Value t = d.reverse ? math.sub(math.sub(length, 1.0), i) : i;
    Value x = tfl::GatherOp::create(rewriter, loc, type({batch, gatesOf(cell) * hidden}), xw, t,
                                    rewriter.getI64IntegerAttr(0));
    State next = step(x, d, {body->getArgument(1), state.c ? body->getArgument(2) : Value()});
    Value y = asStep(next.h);
    SmallVector<Value> parts = d.reverse ? SmallVector<Value>{y, ySoFar}
                                         : SmallVector<Value>{ySoFar, y};
    Value grown = tfl::ConcatenationOp::create(rewriter, loc, ySoFar.getType(), parts, 0);
    SmallVector<Value> yielded = {math.add(i, 1.0), next.h};
    if (next.c)
      yielded.push_back(next.c);
    yielded.push_back(grown);
    tfl::YieldOp::create(rewriter, loc, yielded);

    ValueRange results = loop.getResults();
    return {results.back(), {results[1], state.c ? results[2] : Value()}};
  }

  PatternRewriter &rewriter;
  Location loc;
  TFLBuilder math;
  Cell cell;
  int64_t steps, batch, hidden;
  Type element;
};

/// Run-time shape values of the [T, B, I] input.
class RunTimeDims {
public:
  RunTimeDims(PatternRewriter &rewriter, Location loc, Value input)
      : rewriter(rewriter), loc(loc), i32(rewriter.getI32Type()),
        shape(tfl::ShapeOp::create(rewriter, loc, RankedTensorType::get({3}, i32), input)) {}

  /// Dims [first, first + count) of the input, as a 1-D int32 tensor.
  Value dims(int64_t first, int64_t count) {
    return tfl::SliceOp::create(rewriter, loc, RankedTensorType::get({count}, i32), shape,
                                rewriter.getDenseI64ArrayAttr({first}),
                                rewriter.getDenseI64ArrayAttr({count}));
  }
  Value constant(ArrayRef<int32_t> values) {
    auto type = RankedTensorType::get({static_cast<int64_t>(values.size())}, i32);
    return tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(type, values));
  }
  /// The parts joined into one 1-D shape.
  Value join(ArrayRef<Value> parts) {
    int64_t n = 0;
    for (Value p : parts)
      n += cast<RankedTensorType>(p.getType()).getDimSize(0);
    return tfl::ConcatenationOp::create(rewriter, loc, RankedTensorType::get({n}, i32), parts, 0);
  }
  /// T as a tensor<i32>.
  Value length() {
    return tfl::ReshapeOp::create(rewriter, loc, RankedTensorType::get({}, i32), dims(0, 1));
  }
  /// `type` (a shape with the input's batch as its dynamic dims) filled with
  /// zeros; `shapeParts` says its dims.
  Value zeros(RankedTensorType type, ArrayRef<Value> shapeParts) {
    Value zero = TFLBuilder(rewriter, loc).scalar(type.getElementType(), 0.0);
    return tfl::FillOp::create(rewriter, loc, type, join(shapeParts), zero);
  }

private:
  PatternRewriter &rewriter;
  Location loc;
  Type i32;
  Value shape;
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
  if (!x || !w || x.getRank() != 3 || x.isDynamicDim(2) || !w.hasStaticShape() ||
      w.getRank() != 3 || !isa<FloatType>(x.getElementType()))
    return rewriter.notifyMatchFailure(op, "needs float X of static features and static W");
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
    return t && succeeded(verifyCompatibleShape(t.getShape(), shape));
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
  bool runTimeLength = ShapedType::isDynamic(steps);
  RecurrentBuilder u(rewriter, loc, cell, steps, batch, hidden, element);
  TFLBuilder &math = u.math;
  std::optional<RunTimeDims> dims;
  Value batchDim, hiddenDim;
  if (runTimeLength || ShapedType::isDynamic(batch)) {
    dims.emplace(rewriter, loc, input);
    batchDim = dims->dims(1, 1);
    hiddenDim = dims->constant({int32_t(hidden)});
  }

  int64_t rows = runTimeLength || ShapedType::isDynamic(batch) ? ShapedType::kDynamic
                                                               : steps * batch;
  Value flat = math.reshape(input, {rows, features});
  Value zeroState =
      dims ? dims->zeros(u.type({batch, hidden}), {batchDim, hiddenDim})
           : tfl::ConstOp::create(rewriter, loc,
                                  DenseElementsAttr::get(u.type({batch, hidden}),
                                                         rewriter.getZeroAttr(element)))
                 .getResult();
  Value zeroBias = tfl::ConstOp::create(
      rewriter, loc,
      DenseElementsAttr::get(u.type({gates * hidden}), rewriter.getZeroAttr(element)));
  Value length, emptyY;
  if (runTimeLength) {
    length = dims->length();
    emptyY = dims->zeros(u.type({ShapedType::kDynamic, 1, batch, hidden}),
                         {dims->constant({0, 1}), batchDim, hiddenDim});
  }

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
    Value projected = u.dense(flat, wd, wb);
    // [T * B, G * H] -> [T, B, G * H]: by the run-time dims when both vary.
    Value xw = runTimeLength && ShapedType::isDynamic(batch)
                   ? tfl::ReshapeToOp::create(
                         rewriter, loc, u.type({steps, batch, gates * hidden}), projected,
                         dims->join({dims->dims(0, 2), dims->constant({int32_t(gates * hidden)})}))
                         .getResult()
                   : math.reshape(projected, {steps, batch, gates * hidden});
    auto initial = [&](Value given) {
      if (!given || isAbsent(given))
        return zeroState;
      Value v = given;
      if (batchFirst)
        v = transposed(rewriter, loc, v, {1, 0, 2});
      return u.take(v, d);
    };
    RecurrentBuilder::Direction dir{
        rd, rb, peepholes && !isAbsent(peepholes) ? u.take(peepholes, d) : Value(),
        direction == "reverse" || d == 1, linearBeforeReset};
    RecurrentBuilder::State start{initial(op.getInitialH()),
                                  cell == Cell::LSTM ? initial(initialC) : Value()};
    RecurrentBuilder::Run r = runTimeLength ? u.looped(xw, length, emptyY, dir, start)
                                            : u.unrolled(xw, dir, start);
    ys.push_back(r.y);
    hs.push_back(math.reshape(r.last.h, {1, batch, hidden}));
    if (r.last.c)
      cs.push_back(math.reshape(r.last.c, {1, batch, hidden}));
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
      return rewriter.notifyMatchFailure(op, "result types differ from the lowered ones");
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
