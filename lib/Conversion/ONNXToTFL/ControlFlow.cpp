//===- ControlFlow.cpp - onnx If, Loop -> tfl.if, tfl.while ---------------===//
//
// If's branches move into a tfl.if as they are (their ops are lowered where
// they stand, by the same patterns as the main graph); their onnx.Yield
// terminators become tfl.yield. A condition that is constant (after
// folding, or a graph input bound with --bind) inlines the branch it takes:
// tfl.if's canonicalization.
// Loop(M, cond, v...) with body (i, cond, v...) -> (cond', v'..., scan...)
// is a tfl.while over (i, cond, v..., scans so far...):
//   cond region: i < M and cond (either alone when the other is absent);
//   body: ONNX's body on (i, cond, v...), then (i + 1, cond', v'...,
//         scans so far with each scan appended as a new leading row).
// The scans start empty ([0, ...]: a fill), so their rows must be static.
// Scan over a static length T is unrolled: ONNX's body cloned T times on
// the states so far and each scan input's slice t (T-1-t in reverse), the
// per-step scan outputs stacked along their axes (in reverse order for
// reverse outputs).
// C++: a declarative pattern cannot move or clone regions.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerIf : OpRewritePattern<onnx::IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::IfOp op, PatternRewriter &rewriter) const override {
    if (!isOneElement(op.getCond(), rewriter.getI1Type()))
      return rewriter.notifyMatchFailure(op, "needs a one-element bool condition");
    if (!llvm::all_of(op.getResultTypes(), llvm::IsaPred<RankedTensorType>))
      return rewriter.notifyMatchFailure(op, "needs ranked tensor results (no sequences)");
    Location loc = op.getLoc();
    Value predicate = op.getCond();
    if (cast<RankedTensorType>(predicate.getType()).getRank() != 0)
      predicate = TFLBuilder(rewriter, loc).reshape(predicate, {});
    auto lowered = tfl::IfOp::create(rewriter, loc, op.getResultTypes(), predicate);
    rewriter.inlineRegionBefore(op.getThenBranch(), lowered.getThenBranch(),
                                lowered.getThenBranch().end());
    rewriter.inlineRegionBefore(op.getElseBranch(), lowered.getElseBranch(),
                                lowered.getElseBranch().end());
    for (Region *branch : {&lowered.getThenBranch(), &lowered.getElseBranch()}) {
      auto yield = cast<onnx::YieldOp>(branch->front().getTerminator());
      rewriter.setInsertionPoint(yield);
      rewriter.replaceOpWithNewOp<tfl::YieldOp>(yield, yield.getOutputs());
    }
    rewriter.replaceOp(op, lowered.getResults());
    return success();
  }
};

struct LowerLoop : OpRewritePattern<onnx::LoopOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::LoopOp op, PatternRewriter &rewriter) const override {
    Value tripCount = op.getM(), condition = op.getCond();
    if (isAbsent(tripCount) && isAbsent(condition))
      return rewriter.notifyMatchFailure(op, "neither a trip count nor a condition ends the loop");
    if ((!isAbsent(tripCount) && !isOneElement(tripCount, rewriter.getI64Type())) ||
        (!isAbsent(condition) && !isOneElement(condition, rewriter.getI1Type())))
      return rewriter.notifyMatchFailure(op, "needs a one-element int64 M and bool cond");
    Block &onnxBody = op.getBody().front();
    size_t carried = op.getVInitial().size();
    size_t scans = op.getNumResults() - carried;
    if (onnxBody.getNumArguments() != 2 + carried ||
        onnxBody.getTerminator()->getNumOperands() != 1 + carried + scans)
      return rewriter.notifyMatchFailure(op, "body inputs and outputs disagree with the loop's");
    for (Value v : op.getVInitial())
      if (!isa<RankedTensorType>(v.getType()))
        return rewriter.notifyMatchFailure(op, "needs ranked tensor loop values");
    SmallVector<RankedTensorType> scanTypes;
    for (Value r : op.getResults().drop_front(carried)) {
      auto t = dyn_cast<RankedTensorType>(r.getType());
      if (!t || t.getRank() == 0 || llvm::any_of(t.getShape().drop_front(), ShapedType::isDynamic))
        return rewriter.notifyMatchFailure(op, "needs scan outputs of static rows");
      scanTypes.push_back(t);
    }
    for (auto [arg, init] : llvm::zip(onnxBody.getArguments().drop_front(2), op.getVInitial()))
      if (arg.getType() != init.getType())
        return rewriter.notifyMatchFailure(op, "body inputs differ in type from the loop values");
    for (auto [out, init] :
         llvm::zip(onnxBody.getTerminator()->getOperands().drop_front().take_front(carried),
                   op.getVInitial()))
      if (out.getType() != init.getType())
        return rewriter.notifyMatchFailure(op, "loop values change type from one iteration to the next");

    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    Type i64 = rewriter.getI64Type(), i1 = rewriter.getI1Type();
    Value limit = isAbsent(tripCount) ? Value() : math.reshape(tripCount, {});
    Value running = isAbsent(condition) ? tfl::ConstOp::create(
                                              rewriter, loc,
                                              DenseElementsAttr::get(RankedTensorType::get({}, i1), true))
                                              .getResult()
                                        : math.reshape(condition, {});
    SmallVector<Value> inits = {math.scalar(i64, 0), running};
    llvm::append_range(inits, op.getVInitial());
    for (RankedTensorType t : scanTypes) {
      SmallVector<int64_t> empty(t.getShape());
      empty[0] = 0;
      auto dimsType = RankedTensorType::get({t.getRank()}, i64);
      Value dims = tfl::ConstOp::create(rewriter, loc, DenseElementsAttr::get(dimsType, ArrayRef(empty)));
      inits.push_back(tfl::FillOp::create(rewriter, loc, t, dims,
                                          math.scalar(t.getElementType(), 0)));
    }
    SmallVector<Type> types(ValueRange(inits).getTypes());
    SmallVector<Location> locs(inits.size(), loc);
    auto loop = tfl::WhileOp::create(rewriter, loc, types, inits);

    OpBuilder::InsertionGuard guard(rewriter);
    Block *cond = rewriter.createBlock(&loop.getCond(), {}, types, locs);
    Value more = cond->getArgument(1);
    if (limit) {
      Value below = math.less(cond->getArgument(0), limit);
      more = isAbsent(condition) ? below : math.logicalAnd(below, more);
    }
    tfl::YieldOp::create(rewriter, loc, ValueRange{more});

    Block *body = rewriter.createBlock(&loop.getBody(), {}, types, locs);
    auto onnxYield = cast<onnx::YieldOp>(onnxBody.getTerminator());
    rewriter.inlineBlockBefore(&onnxBody, body, body->end(),
                               body->getArguments().take_front(2 + carried));
    // Read after inlining: outputs that were the body's arguments are now
    // the loop's.
    SmallVector<Value> outputs(onnxYield.getOutputs());
    rewriter.setInsertionPoint(onnxYield);
    SmallVector<Value> next = {math.add(body->getArgument(0), 1.0), math.reshape(outputs[0], {})};
    llvm::append_range(next, ArrayRef(outputs).slice(1, carried));
    for (auto [k, t] : llvm::enumerate(scanTypes)) {
      Value soFar = body->getArgument(2 + carried + k);
      SmallVector<int64_t> row(t.getShape());
      row[0] = 1;
      Value step = math.reshape(outputs[1 + carried + k], row);
      next.push_back(tfl::ConcatenationOp::create(rewriter, loc, t, ValueRange{soFar, step}, 0));
    }
    rewriter.replaceOpWithNewOp<tfl::YieldOp>(onnxYield, next);
    rewriter.replaceOp(op, loop.getResults().drop_front(2));
    return success();
  }
};

/// More steps than this would unroll into a graph too large to be meant.
constexpr int64_t kMaxUnrolledSteps = 1024;

struct LowerScan : OpRewritePattern<onnx::ScanOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::ScanOp op, PatternRewriter &rewriter) const override {
    int64_t scanned = op.getNumScanInputs();
    ValueRange operands = op.getInitialStateAndScanInputs();
    int64_t states = static_cast<int64_t>(operands.size()) - scanned;
    int64_t outputs = static_cast<int64_t>(op.getNumResults()) - states;
    Block &body = op.getBody().front();
    if (states < 0 || outputs < 0 || body.getNumArguments() != operands.size() ||
        body.getTerminator()->getNumOperands() != op.getNumResults())
      return rewriter.notifyMatchFailure(op, "body inputs and outputs disagree with the scan's");
    auto attrOr = [](std::optional<ArrayRef<int64_t>> values, int64_t count, int64_t fallback) {
      return values ? SmallVector<int64_t>(*values) : SmallVector<int64_t>(count, fallback);
    };
    SmallVector<int64_t> inAxes = attrOr(op.getScanInputAxes(), scanned, 0);
    SmallVector<int64_t> inReverse = attrOr(op.getScanInputDirections(), scanned, 0);
    SmallVector<int64_t> outAxes = attrOr(op.getScanOutputAxes(), outputs, 0);
    SmallVector<int64_t> outReverse = attrOr(op.getScanOutputDirections(), outputs, 0);
    if (static_cast<int64_t>(inAxes.size()) != scanned ||
        static_cast<int64_t>(inReverse.size()) != scanned ||
        static_cast<int64_t>(outAxes.size()) != outputs ||
        static_cast<int64_t>(outReverse.size()) != outputs)
      return rewriter.notifyMatchFailure(op, "one axis and direction per scan input and output");
    // Every scan input's length along its axis: one static T.
    int64_t steps = ShapedType::kDynamic;
    for (auto [j, input] : llvm::enumerate(operands.drop_front(states))) {
      auto type = dyn_cast<RankedTensorType>(input.getType());
      std::optional<int64_t> axis = type ? normalizeAxis(inAxes[j], type.getRank()) : std::nullopt;
      auto element = dyn_cast<RankedTensorType>(body.getArgument(states + j).getType());
      if (!axis || type.isDynamicDim(*axis) || !element || !element.hasStaticShape() ||
          (!ShapedType::isDynamic(steps) && steps != type.getDimSize(*axis)))
        return rewriter.notifyMatchFailure(op, "needs scan inputs of one static length");
      inAxes[j] = *axis;
      steps = type.getDimSize(*axis);
    }
    if (ShapedType::isDynamic(steps) || steps > kMaxUnrolledSteps)
      return rewriter.notifyMatchFailure(op, "needs at most 1024 steps to unroll");
    SmallVector<RankedTensorType> outTypes;
    for (auto [k, result] : llvm::enumerate(op.getResults().drop_front(states))) {
      auto type = dyn_cast<RankedTensorType>(result.getType());
      std::optional<int64_t> axis = type ? normalizeAxis(outAxes[k], type.getRank()) : std::nullopt;
      if (!axis)
        return rewriter.notifyMatchFailure(op, "needs ranked scan outputs");
      outAxes[k] = *axis;
      outTypes.push_back(type);
    }

    Location loc = op.getLoc();
    TFLBuilder math(rewriter, loc);
    SmallVector<Value> carried(operands.take_front(states));
    SmallVector<SmallVector<Value>> rows(outputs);
    for (int64_t step = 0; step < steps; ++step) {
      IRMapping mapping;
      for (int64_t i = 0; i < states; ++i)
        mapping.map(body.getArgument(i), carried[i]);
      for (auto [j, input] : llvm::enumerate(operands.drop_front(states))) {
        auto type = cast<RankedTensorType>(input.getType());
        int64_t t = inReverse[j] ? steps - 1 - step : step;
        SmallVector<int64_t> begin(type.getRank(), 0), size(type.getShape());
        begin[inAxes[j]] = t;
        size[inAxes[j]] = 1;
        Value slice = tfl::SliceOp::create(rewriter, loc, type.clone(size), input,
                                           rewriter.getDenseI64ArrayAttr(begin),
                                           rewriter.getDenseI64ArrayAttr(size));
        auto element = cast<RankedTensorType>(body.getArgument(states + j).getType());
        mapping.map(body.getArgument(states + j), math.reshape(slice, element.getShape()));
      }
      for (Operation &inner : body.without_terminator())
        rewriter.clone(inner, mapping);
      ValueRange yielded = body.getTerminator()->getOperands();
      for (int64_t i = 0; i < states; ++i)
        carried[i] = mapping.lookupOrDefault(yielded[i]);
      for (int64_t k = 0; k < outputs; ++k)
        rows[k].push_back(mapping.lookupOrDefault(yielded[states + k]));
    }
    SmallVector<Value> results(carried);
    for (auto [k, type] : llvm::enumerate(outTypes)) {
      if (outReverse[k])
        std::reverse(rows[k].begin(), rows[k].end());
      SmallVector<Value> stacked;
      for (Value row : rows[k]) {
        SmallVector<int64_t> shape(type.getShape());
        shape[outAxes[k]] = 1;
        stacked.push_back(math.reshape(row, shape));
      }
      results.push_back(tfl::ConcatenationOp::create(rewriter, loc, type, stacked, outAxes[k]));
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void populateControlFlowLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerIf, LowerLoop, LowerScan>(patterns.getContext());
  tfl::IfOp::getCanonicalizationPatterns(patterns, patterns.getContext());
}

} // namespace t2t
