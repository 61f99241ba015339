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
// C++: a declarative pattern cannot move regions.
//
//===----------------------------------------------------------------------===//

#include "ConstantOperands.h"
#include "Patterns.h"
#include "TFLBuilder.h"

#include "t2t/Dialect/ONNX/ONNXDialect.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;

namespace t2t {
namespace {

struct LowerIf : OpRewritePattern<onnx::IfOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(onnx::IfOp op, PatternRewriter &rewriter) const override {
    auto cond = dyn_cast<RankedTensorType>(op.getCond().getType());
    if (!cond || !cond.hasStaticShape() || cond.getNumElements() != 1 ||
        !cond.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(op, "needs a one-element bool condition");
    if (!llvm::all_of(op.getResultTypes(), llvm::IsaPred<RankedTensorType>))
      return rewriter.notifyMatchFailure(op, "needs ranked tensor results (no sequences)");
    Location loc = op.getLoc();
    Value predicate = op.getCond();
    if (cond.getRank() != 0)
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
    auto oneElement = [](Value v, unsigned width) {
      auto t = dyn_cast<RankedTensorType>(v.getType());
      return isAbsent(v) || (t && t.hasStaticShape() && t.getNumElements() == 1 &&
                             t.getElementType().isInteger(width));
    };
    if (!oneElement(tripCount, 64) || !oneElement(condition, 1))
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

} // namespace

void populateControlFlowLoweringPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerIf, LowerLoop>(patterns.getContext());
  tfl::IfOp::getCanonicalizationPatterns(patterns, patterns.getContext());
}

} // namespace t2t
