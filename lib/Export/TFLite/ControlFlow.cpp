//===- ControlFlow.cpp - tfl.while and tfl.if as TFLite WHILE and IF ------===//
//
// TFLite's control flow operators run subgraphs: WHILE(cond, body) carries
// its inputs through `body` while `cond` of them is true; IF(then, else)
// runs one branch on its inputs. A subgraph sees only its inputs, so the
// values a region uses from the enclosing graph (tfl regions capture them)
// are extra inputs: a loop carries them unchanged, a branch takes them after
// the condition. Constants are tensors of each subgraph that uses them, on
// one shared buffer.
//
//===----------------------------------------------------------------------===//

#include "ModelBuilder.h"

using namespace mlir;

namespace t2t::tflite_export {

LogicalResult ModelBuilder::exportWhile(tfl::WhileOp op) {
  std::string name = nodeNameOrOpName(op);
  SmallVector<Value> captures = capturesOf({&op.getCond(), &op.getBody()});
  FailureOr<int32_t> cond = regionSubgraph(op.getCond(), captures, false, name + "/cond");
  if (failed(cond))
    return failure();
  FailureOr<int32_t> body = regionSubgraph(op.getBody(), captures, true, name + "/body");
  FailureOr<std::vector<int32_t>> inputs = operandTensors(op);
  FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
  if (failed(body) || failed(inputs) || failed(outputs))
    return failure();
  // The carried captures come out again, unused.
  for (Value captured : captures) {
    FailureOr<int32_t> in = tensorOf(op, captured);
    FailureOr<int32_t> out = addTensor(op, captured.getType(), name + "/carried");
    if (failed(in) || failed(out))
      return failure();
    inputs->push_back(*in);
    outputs->push_back(*out);
  }
  addOperator(
      tflite::BuiltinOperator_WHILE, std::move(*inputs), std::move(*outputs),
      {tflite::BuiltinOptions_WhileOptions, tflite::CreateWhileOptions(fbb, *cond, *body).Union()});
  return success();
}

LogicalResult ModelBuilder::exportIf(tfl::IfOp op) {
  std::string name = nodeNameOrOpName(op);
  SmallVector<Value> captures = capturesOf({&op.getThenBranch(), &op.getElseBranch()});
  FailureOr<int32_t> thenIndex =
      regionSubgraph(op.getThenBranch(), captures, false, name + "/then");
  if (failed(thenIndex))
    return failure();
  FailureOr<int32_t> elseIndex =
      regionSubgraph(op.getElseBranch(), captures, false, name + "/else");
  FailureOr<int32_t> condition = tensorOf(op, op.getCond());
  FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
  if (failed(elseIndex) || failed(condition) || failed(outputs))
    return failure();
  std::vector<int32_t> inputs{*condition};
  for (Value captured : captures) {
    FailureOr<int32_t> in = tensorOf(op, captured);
    if (failed(in))
      return failure();
    inputs.push_back(*in);
  }
  addOperator(tflite::BuiltinOperator_IF, std::move(inputs), std::move(*outputs),
              {tflite::BuiltinOptions_IfOptions,
               tflite::CreateIfOptions(fbb, *thenIndex, *elseIndex).Union()});
  return success();
}

} // namespace t2t::tflite_export
