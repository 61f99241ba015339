//===- Composites.cpp - Ops TFLite has no builtin for, in builtins --------===//
//
// Only builtin operators are written (no Flex ops), so these tfl ops become
// chains of builtins, each step a tensor of the op's shape:
//   softplus(x)   = relu(x) + log(1 + exp(-|x|))        (no overflow for large x)
//   selu(x)       = scale * (relu(x) + alpha * min(elu(x), 0))
//   reciprocal(x) = 1 / x
//   is_nan(x)     = x != x
//   is_inf(x)     = |x| == inf
//   erf(x)        = sign(x) (1 - t (a1 + t (a2 + t (a3 + t (a4 + t a5)))) e^(-x^2)),
//                   t = 1 / (1 + p |x|)   (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7)
//
//===----------------------------------------------------------------------===//

#include "ModelBuilder.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;

namespace t2t::tflite_export {

LogicalResult ModelBuilder::exportComposite(Operation *op) {
  std::string name = nodeNameOrOpName(op);
  Value x = op->getOperand(0);
  auto type = cast<RankedTensorType>(x.getType());
  FailureOr<int32_t> input = tensorOf(op, x);
  if (failed(input))
    return failure();
  int steps = 0;
  // An operator into a new tensor of x's type (x has a tensor, so the type
  // has a TFLite form and the steps cannot fail).
  auto step = [&](tflite::BuiltinOperator builtin, std::vector<int32_t> inputs) {
    int32_t out = *addTensor(op, type, name + "/" + std::to_string(steps++));
    addOperator(builtin, std::move(inputs), {out});
    return out;
  };
  auto scalar = [&](double value) {
    return *constantTensor(op,
                           DenseElementsAttr::get(RankedTensorType::get({}, type.getElementType()),
                                                  FloatAttr::get(type.getElementType(), value)),
                           name + "/" + std::to_string(steps++));
  };
  // The last step writes the op's result.
  auto finish = [&](tflite::BuiltinOperator builtin, std::vector<int32_t> inputs) {
    FailureOr<std::vector<int32_t>> outputs = resultTensors(op);
    if (failed(outputs))
      return failure();
    addOperator(builtin, std::move(inputs), std::move(*outputs));
    return success();
  };
  int32_t in = *input;
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](tfl::SoftplusOp) {
        int32_t exp =
            step(tflite::BuiltinOperator_EXP,
                 {step(tflite::BuiltinOperator_NEG, {step(tflite::BuiltinOperator_ABS, {in})})});
        int32_t log = step(tflite::BuiltinOperator_LOG,
                           {step(tflite::BuiltinOperator_ADD, {exp, scalar(1.0)})});
        return finish(tflite::BuiltinOperator_ADD, {step(tflite::BuiltinOperator_RELU, {in}), log});
      })
      .Case([&](tfl::SeluOp) {
        // SELU's constants (TensorFlow's, ONNX's defaults).
        constexpr double kAlpha = 1.6732632423543772, kScale = 1.0507009873554805;
        int32_t negative = step(tflite::BuiltinOperator_MINIMUM,
                                {step(tflite::BuiltinOperator_ELU, {in}), scalar(0.0)});
        int32_t scaled = step(tflite::BuiltinOperator_MUL, {negative, scalar(kAlpha)});
        int32_t sum =
            step(tflite::BuiltinOperator_ADD, {step(tflite::BuiltinOperator_RELU, {in}), scaled});
        return finish(tflite::BuiltinOperator_MUL, {sum, scalar(kScale)});
      })
      .Case([&](tfl::ReciprocalOp) {
        return finish(tflite::BuiltinOperator_DIV, {scalar(1.0), in});
      })
      .Case([&](tfl::IsNanOp) {
        return finish(tflite::BuiltinOperator_NOT_EQUAL, {in, in});
      })
      .Case([&](tfl::IsInfOp) {
        int32_t magnitude = step(tflite::BuiltinOperator_ABS, {in});
        return finish(tflite::BuiltinOperator_EQUAL,
                      {magnitude, scalar(std::numeric_limits<double>::infinity())});
      })
      .Case([&](tfl::ErfOp) {
        constexpr double kP = 0.3275911;
        constexpr double kA[] = {0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429};
        int32_t magnitude = step(tflite::BuiltinOperator_ABS, {in});
        int32_t t =
            step(tflite::BuiltinOperator_DIV,
                 {scalar(1.0),
                  step(tflite::BuiltinOperator_ADD,
                       {step(tflite::BuiltinOperator_MUL, {magnitude, scalar(kP)}), scalar(1.0)})});
        // Horner: t (a1 + t (a2 + ... + t a5)).
        int32_t poly = step(tflite::BuiltinOperator_MUL, {t, scalar(kA[4])});
        for (int k = 3; k >= 0; --k)
          poly = step(tflite::BuiltinOperator_MUL,
                      {t, step(tflite::BuiltinOperator_ADD, {poly, scalar(kA[k])})});
        int32_t gauss = step(
            tflite::BuiltinOperator_EXP,
            {step(tflite::BuiltinOperator_NEG, {step(tflite::BuiltinOperator_MUL, {in, in})})});
        int32_t positive = step(tflite::BuiltinOperator_SUB,
                                {scalar(1.0), step(tflite::BuiltinOperator_MUL, {poly, gauss})});
        int32_t negative = step(tflite::BuiltinOperator_NEG, {positive});
        auto boolType = type.clone(IntegerType::get(op->getContext(), 1));
        int32_t below = *addTensor(op, boolType, name + "/" + std::to_string(steps++));
        addOperator(tflite::BuiltinOperator_LESS, {in, scalar(0.0)}, {below});
        return finish(tflite::BuiltinOperator_SELECT_V2, {below, negative, positive});
      })
      .Default([&](Operation *) { return op->emitError("no TFLite composite for this op"); });
}

} // namespace t2t::tflite_export
