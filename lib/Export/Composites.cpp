//===- Composites.cpp - tfl ops TensorFlow writes as several nodes --------===//
//
// hard_swish, gelu and prelu are written as the composition their tfl
// summaries give (TensorFlow has no single op TensorFlow.js runs for them).
//
//===----------------------------------------------------------------------===//

#include "GraphDefBuilder.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Support/ElementsAttrUtils.h"
#include "t2t/Support/Locations.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
namespace tf = t2t::tensorflow;

namespace t2t {

FailureOr<std::string> GraphDefBuilder::addMathNode(Operation *op, StringRef tfOp, StringRef base,
                                                    ArrayRef<std::string> inputs) {
  tf::NodeDef *node = addNode(tfOp, base, inputs);
  if (failed(setType(op, node, "T", op->getResult(0).getType())))
    return failure();
  return node->name();
}

FailureOr<std::string> GraphDefBuilder::addScalar(Operation *op, double value, StringRef base) {
  Type element = getElementTypeOrSelf(op->getResult(0).getType());
  return addConst(
      op,
      DenseElementsAttr::get(RankedTensorType::get({}, element), FloatAttr::get(element, value)),
      base);
}

LogicalResult GraphDefBuilder::exportHardSwish(tfl::HardSwishOp op) {
  FailureOr<std::string> x = input(op, op.getX());
  if (failed(x))
    return failure();
  std::string name =
      onnxNodeName(op.getLoc()).empty() ? "HardSwish" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> three = addScalar(op, 3.0, name + "/three");
  FailureOr<std::string> sixth = addScalar(op, 1.0 / 6.0, name + "/one_sixth");
  if (failed(three) || failed(sixth))
    return failure();
  FailureOr<std::string> shifted = addMathNode(op, "AddV2", name + "/add", {*x, *three});
  if (failed(shifted))
    return failure();
  FailureOr<std::string> gate = addMathNode(op, "Relu6", name + "/relu6", {*shifted});
  if (failed(gate))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*gate, *sixth});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "Mul", name, {*x, *scaled});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

LogicalResult GraphDefBuilder::exportGelu(tfl::GeluOp op) {
  FailureOr<std::string> x = input(op, op.getX());
  if (failed(x))
    return failure();
  std::string name = onnxNodeName(op.getLoc()).empty() ? "Gelu" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> invSqrt2 = addScalar(op, M_SQRT1_2, name + "/one_over_sqrt2");
  FailureOr<std::string> one = addScalar(op, 1.0, name + "/one");
  FailureOr<std::string> half = addScalar(op, 0.5, name + "/half");
  if (failed(invSqrt2) || failed(one) || failed(half))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*x, *invSqrt2});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> erf = addMathNode(op, "Erf", name + "/erf", {*scaled});
  if (failed(erf))
    return failure();
  FailureOr<std::string> gate = addMathNode(op, "AddV2", name + "/add", {*erf, *one});
  if (failed(gate))
    return failure();
  FailureOr<std::string> halfX = addMathNode(op, "Mul", name + "/half_x", {*x, *half});
  if (failed(halfX))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "Mul", name, {*halfX, *gate});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

LogicalResult GraphDefBuilder::exportPRelu(tfl::PReluOp op) {
  // relu(x) + alpha * min(x, 0)
  FailureOr<std::string> x = input(op, op.getX()), alpha = input(op, op.getAlpha());
  if (failed(x) || failed(alpha))
    return failure();
  std::string name = onnxNodeName(op.getLoc()).empty() ? "PRelu" : onnxNodeName(op.getLoc()).str();
  FailureOr<std::string> zero = addScalar(op, 0.0, name + "/zero");
  if (failed(zero))
    return failure();
  FailureOr<std::string> pos = addMathNode(op, "Relu", name + "/relu", {*x});
  FailureOr<std::string> neg = addMathNode(op, "Minimum", name + "/negative", {*x, *zero});
  if (failed(pos) || failed(neg))
    return failure();
  FailureOr<std::string> scaled = addMathNode(op, "Mul", name + "/scale", {*alpha, *neg});
  if (failed(scaled))
    return failure();
  FailureOr<std::string> out = addMathNode(op, "AddV2", name, {*pos, *scaled});
  if (failed(out))
    return failure();
  values[op.getResult()] = *out;
  return success();
}

} // namespace t2t
