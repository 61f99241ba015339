//===- ControlFlow.cpp - tfl.while and tfl.if as TensorFlow control flow --===//
//
// TensorFlow's own forms (what tf.while_loop and tf.cond build in graph
// mode), which TensorFlow and TensorFlow.js (executeAsync) both run.
// A loop, per loop value k:
//   Enter_k(input_k)  Merge_k(Enter_k, NextIteration_k)
//   cond region on the Merges -> LoopCond(pred)
//   Switch_k(Merge_k, LoopCond): :0 -> Exit_k (the result), :1 -> Identity_k
//   body region on the Identities -> NextIteration_k(yield_k)
// Values from outside the loop enter its frame once, through an Enter with
// is_constant (GraphDefBuilder::input); a node of the frame that reads no
// loop value (a Const, or arithmetic on entered values alone) hangs on the
// frame's pivot by a control input, so that it runs in every iteration.
// An if: Switch(pred, pred) gives the branches' pivots (Identity of output 1
// for then, 0 for else); each value from outside that a branch uses is
// switched by pred once (constants are used as they are: they never fail),
// so the branch not taken never runs; each branch output goes through an
// Identity hanging on its pivot (a branch yielding a constant must not feed
// the Merge when not taken), and Merge joins them into the result.
//
//===----------------------------------------------------------------------===//

#include "GraphDefBuilder.h"

#include "t2t/Support/Locations.h"

#include "llvm/ADT/ScopeExit.h"

using namespace mlir;
namespace tf = t2t::tensorflow;

namespace t2t {

/// One iteration at a time: each step of t2t's loops needs the last one's
/// values anyway.
static constexpr int64_t kParallelIterations = 1;

tf::NodeDef *GraphDefBuilder::addEnter(const std::string &frame, const std::string &from,
                                       tf::DataType type, bool isConstant) {
  tf::NodeDef *node = addNode("Enter", frame + "/Enter", {from});
  auto &attrs = *node->mutable_attr();
  attrs["T"].set_type(type);
  attrs["frame_name"].set_s(frame);
  attrs["is_constant"].set_b(isConstant);
  attrs["parallel_iterations"].set_i(kParallelIterations);
  return node;
}

tf::NodeDef *GraphDefBuilder::addTypedNode(StringRef op, StringRef base,
                                           ArrayRef<std::string> inputs, tf::DataType type) {
  tf::NodeDef *node = addNode(op, base, inputs);
  (*node->mutable_attr())["T"].set_type(type);
  return node;
}

FailureOr<std::string> GraphDefBuilder::inputInFrame(Operation *user, Value value, size_t depth) {
  if (depth == 0 || frames[depth - 1].op->isAncestor(value.getParentRegion()->getParentOp())) {
    auto it = values.find(value);
    if (it == values.end())
      return user->emitError("operand is not produced by an exported node");
    return it->second;
  }
  RegionScope &scope = frames[depth - 1];
  if (auto it = scope.entered.find(value); it != scope.entered.end())
    return it->second;
  FailureOr<std::string> outer = inputInFrame(user, value, depth - 1);
  FailureOr<tf::DataType> type = convertType(getElementTypeOrSelf(value.getType()));
  if (failed(outer) || failed(type))
    return user->emitError("value used in a loop or branch has no TensorFlow type");
  bool isBranch = isa<tfl::IfOp>(scope.op);
  if (isBranch && value.getDefiningOp<tfl::ConstOp>())
    return *outer;
  // `frames` is not grown here: `scope` stays valid.
  std::string name;
  if (isBranch) {
    name = addTypedNode("Switch", scope.name + "/Switch", {*outer, scope.predicate}, *type)->name();
    if (scope.taken)
      name += ":1";
  } else {
    name = addEnter(scope.name, *outer, *type, /*isConstant=*/true)->name();
    scope.invariants.insert(name);
  }
  scope.entered[value] = name;
  return name;
}

LogicalResult GraphDefBuilder::exportRegion(Region &region) {
  for (Operation &op : region.front().without_terminator())
    if (failed(exportOp(&op)))
      return failure();
  return success();
}

LogicalResult GraphDefBuilder::exportWhile(tfl::WhileOp loop) {
  if (loop.getInputs().empty())
    return loop.emitError("a loop without loop values has no TensorFlow frame");
  StringRef base = onnxNodeName(loop->getLoc());
  std::string frame = sanitize((base.empty() ? "while" : base.str()) + "/while");
  for (int suffix = 1; !usedNames.insert(frame).second; ++suffix)
    frame = sanitize((base.empty() ? "while" : base.str()) + "/while_" + std::to_string(suffix));

  size_t count = loop.getInputs().size();
  SmallVector<tf::DataType> types;
  SmallVector<tf::NodeDef *> merges, nextIterations;
  for (Value v : loop.getInputs()) {
    FailureOr<std::string> in = input(loop, v);
    FailureOr<tf::DataType> type = convertType(getElementTypeOrSelf(v.getType()));
    if (failed(in) || failed(type))
      return loop.emitError("loop value has no TensorFlow type");
    types.push_back(*type);
    tf::NodeDef *enter = addEnter(frame, *in, *type, /*isConstant=*/false);
    // The Merge's second input, the NextIteration, is written after the body.
    tf::NodeDef *merge = addNode("Merge", frame + "/Merge", {enter->name()});
    (*merge->mutable_attr())["T"].set_type(*type);
    (*merge->mutable_attr())["N"].set_i(2);
    merges.push_back(merge);
  }
  frames.push_back({loop, frame, merges.front()->name(), "", false, {}, {}});
  llvm::scope_exit popFrame([&] { frames.pop_back(); });

  Block &cond = loop.getCond().front();
  for (auto [arg, merge] : llvm::zip(cond.getArguments(), merges))
    values[arg] = merge->name();
  if (failed(exportRegion(loop.getCond())))
    return failure();
  FailureOr<std::string> predicate = input(loop, cond.getTerminator()->getOperand(0));
  if (failed(predicate))
    return failure();
  std::string loopCond = addNode("LoopCond", frame + "/LoopCond", {*predicate})->name();

  Block &body = loop.getBody().front();
  SmallVector<std::string> exits;
  for (size_t k = 0; k < count; ++k) {
    tf::NodeDef *sw = addNode("Switch", frame + "/Switch", {merges[k]->name(), loopCond});
    (*sw->mutable_attr())["T"].set_type(types[k]);
    tf::NodeDef *exit = addNode("Exit", frame + "/Exit", {sw->name()});
    (*exit->mutable_attr())["T"].set_type(types[k]);
    exits.push_back(exit->name());
    tf::NodeDef *identity = addNode("Identity", frame + "/Identity", {sw->name() + ":1"});
    (*identity->mutable_attr())["T"].set_type(types[k]);
    values[body.getArgument(k)] = identity->name();
    if (k == 0)
      frames.back().pivot = identity->name();
  }
  if (failed(exportRegion(loop.getBody())))
    return failure();
  for (auto [k, next] : llvm::enumerate(body.getTerminator()->getOperands())) {
    FailureOr<std::string> in = input(loop, next);
    if (failed(in))
      return failure();
    tf::NodeDef *nextIteration = addNode("NextIteration", frame + "/NextIteration", {*in});
    (*nextIteration->mutable_attr())["T"].set_type(types[k]);
    merges[k]->add_input(nextIteration->name());
  }
  for (auto [result, exit] : llvm::zip(loop.getResults(), exits))
    values[result] = exit;
  return success();
}

LogicalResult GraphDefBuilder::exportIf(tfl::IfOp op) {
  FailureOr<std::string> predicate = input(op, op.getCond());
  if (failed(predicate))
    return failure();
  StringRef base = onnxNodeName(op->getLoc());
  std::string name = sanitize(base.empty() ? "cond" : base.str());
  tf::NodeDef *pivots = addTypedNode("Switch", name + "/pivots", {*predicate, *predicate}, tf::DT_BOOL);
  SmallVector<SmallVector<std::string>> outputs;
  for (bool taken : {false, true}) {
    Region &branch = taken ? op.getThenBranch() : op.getElseBranch();
    std::string branchName = name + (taken ? "/then" : "/else");
    std::string pivot = addTypedNode("Identity", branchName + "/pivot",
                                     {pivots->name() + (taken ? ":1" : "")}, tf::DT_BOOL)
                            ->name();
    frames.push_back({op, branchName, pivot, *predicate, taken, {}, {}});
    llvm::scope_exit popScope([&] { frames.pop_back(); });
    if (failed(exportRegion(branch)))
      return failure();
    SmallVector<std::string> &yielded = outputs.emplace_back();
    for (Value v : branch.front().getTerminator()->getOperands()) {
      FailureOr<std::string> in = input(op, v);
      FailureOr<tf::DataType> type = convertType(getElementTypeOrSelf(v.getType()));
      if (failed(in) || failed(type))
        return op.emitError("branch output has no TensorFlow type");
      yielded.push_back(
          addTypedNode("Identity", branchName + "/output", {*in, "^" + pivot}, *type)->name());
    }
  }
  for (auto [k, result] : llvm::enumerate(op.getResults())) {
    FailureOr<tf::DataType> type = convertType(getElementTypeOrSelf(result.getType()));
    if (failed(type))
      return op.emitError("result has no TensorFlow type");
    tf::NodeDef *merge = addTypedNode("Merge", name + "/Merge", {outputs[0][k], outputs[1][k]}, *type);
    (*merge->mutable_attr())["N"].set_i(2);
    values[result] = merge->name();
  }
  return success();
}

} // namespace t2t
