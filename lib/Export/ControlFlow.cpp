//===- ControlFlow.cpp - tfl.while as a TensorFlow loop frame -------------===//
//
// TensorFlow's own loop form (what tf.while_loop builds in graph mode), which
// TensorFlow and TensorFlow.js (executeAsync) both run; per loop value k:
//   Enter_k(input_k)  Merge_k(Enter_k, NextIteration_k)
//   cond region on the Merges -> LoopCond(pred)
//   Switch_k(Merge_k, LoopCond): :0 -> Exit_k (the result), :1 -> Identity_k
//   body region on the Identities -> NextIteration_k(yield_k)
// Values from outside the loop enter its frame once, through an Enter with
// is_constant (GraphDefBuilder::input); a node of the frame that reads no
// loop value (a Const, or arithmetic on entered values alone) hangs on the
// frame's pivot by a control input, so that it runs in every iteration.
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

FailureOr<std::string> GraphDefBuilder::inputInFrame(Operation *user, Value value, size_t depth) {
  if (depth == 0 || frames[depth - 1].loop->isAncestor(value.getParentRegion()->getParentOp())) {
    auto it = values.find(value);
    if (it == values.end())
      return user->emitError("operand is not produced by an exported node");
    return it->second;
  }
  LoopFrame &frame = frames[depth - 1];
  if (auto it = frame.entered.find(value); it != frame.entered.end())
    return it->second;
  FailureOr<std::string> outer = inputInFrame(user, value, depth - 1);
  FailureOr<tf::DataType> type = convertType(getElementTypeOrSelf(value.getType()));
  if (failed(outer) || failed(type))
    return user->emitError("value entering a loop has no TensorFlow type");
  // `frames` is not grown while entering: `frame` stays valid.
  std::string name = addEnter(frame.name, *outer, *type, /*isConstant=*/true)->name();
  frame.entered[value] = name;
  frame.invariants.insert(name);
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
  frames.push_back({frame, merges.front()->name(), loop, {}, {}});
  auto popFrame = llvm::make_scope_exit([&] { frames.pop_back(); });

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

} // namespace t2t
