//===- TFLOps.td - The tfl dialect's ops --------------------*- tablegen -*-===//

#ifndef T2T_TFL_OPS
#define T2T_TFL_OPS

include "TFLBase.td"

def TFL_ConstOp : TFL_Op<"const", [ConstantLike, Pure, AllTypesMatch<["value", "output"]>]> {
  let tfliteBuiltin = "";
  let summary = "Constant tensor";
  let arguments = (ins ElementsAttr:$value);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

def TFL_AddOp : TFL_Op<"add", [Pure, Commutative, SameOperandsAndResultElementType, TFL_Elementwise]> {
  let summary = "Elementwise sum with numpy broadcasting and a fused activation";
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_FusedBinaryBuilder];
}

def TFL_Conv2DOp : TFL_Op<"conv_2d", [Pure]> {
  let summary = "2-D convolution: NHWC input, HWIO filter, per-channel bias";
  let description = [{
    output[n, y, x, o] = bias[o] + sum over (kh, kw, i) of
      input[n, y*sh + kh*dh - pad_top, x*sw + kw*dw - pad_left, g*I + i] * filter[kh, kw, i, o]
    where g is the group of output channel o (filter I = input C / groups).
    `explicit_padding` is [top, bottom, left, right] and is used only when
    `padding` is EXPLICIT.
  }];
  let arguments = (ins TFL_FloatTensor:$input, TFL_FloatTensor:$filter,
                       TFL_FloatTensor:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       TFL_PaddingAttr:$padding,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$explicit_padding,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_DepthwiseConv2DOp : TFL_Op<"depthwise_conv_2d", [Pure]> {
  let summary = "Depthwise 2-D convolution: NHWC input, [H, W, C, multiplier] filter";
  let description = [{
    output[n, y, x, c * M + m] = bias[c * M + m] + sum over (kh, kw) of
      input[n, y*sh + kh*dh - pad_top, x*sw + kw*dw - pad_left, c] * filter[kh, kw, c, m]
    (TensorFlow's DepthwiseConv2dNative layout). `explicit_padding` is
    [top, bottom, left, right], used only when `padding` is EXPLICIT.
  }];
  let arguments = (ins TFL_FloatTensor:$input, TFL_FloatTensor:$filter,
                       TFL_FloatTensor:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       TFL_PaddingAttr:$padding,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$explicit_padding,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_ConcatenationOp : TFL_Op<"concatenation", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Joins tensors along `axis`";
  let arguments = (ins Variadic<AnyTensor>:$values, I64Attr:$axis);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$values attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_TransposeOp : TFL_IndexInputOp<"transpose", "Transpose", "perm", "perm", "Tperm",
                                       [Pure, SameOperandsAndResultElementType]> {
  let summary = "Permutes dimensions: output dim i is input dim perm[i]";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$perm);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input `,` $perm attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
  // The result type is the input's, permuted (for patterns creating one
  // inside a result).
  let builders = [OpBuilder<(ins "::mlir::Value":$input, "::mlir::DenseI64ArrayAttr":$perm), [{
    build($_builder, $_state, ::t2t::tfl::transposedType(input, perm), input, perm);
  }]>];
}

class TFL_UnaryOp<string mnemonic, string tfOp, string summaryText, TypeConstraint type> :
    TFL_NodeOp<mnemonic, tfOp, [Pure, SameOperandsAndResultType, TFL_Elementwise]> {
  let summary = summaryText;
  let arguments = (ins type:$x);
  let results = (outs type:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}
class TFL_UnaryFloatOp<string mnemonic, string tfOp, string summaryText> :
    TFL_UnaryOp<mnemonic, tfOp, summaryText, TFL_FloatTensor>;

def TFL_ReluOp : TFL_UnaryFloatOp<"relu", "Relu", "max(x, 0)">;
def TFL_Relu6Op : TFL_UnaryFloatOp<"relu6", "Relu6", "min(max(x, 0), 6)">;
def TFL_LogisticOp : TFL_UnaryFloatOp<"logistic", "Sigmoid", "1 / (1 + exp(-x))">;
def TFL_TanhOp : TFL_UnaryFloatOp<"tanh", "Tanh", "tanh(x)">;
def TFL_ExpOp : TFL_UnaryFloatOp<"exp", "Exp", "e^x">;
def TFL_LogOp : TFL_UnaryFloatOp<"log", "Log", "natural logarithm">;
def TFL_SqrtOp : TFL_UnaryFloatOp<"sqrt", "Sqrt", "square root">;
def TFL_RsqrtOp : TFL_UnaryFloatOp<"rsqrt", "Rsqrt", "1 / sqrt(x)">;
def TFL_SinOp : TFL_UnaryFloatOp<"sin", "Sin", "sine">;
def TFL_CosOp : TFL_UnaryFloatOp<"cos", "Cos", "cosine">;
def TFL_TanOp : TFL_UnaryFloatOp<"tan", "Tan", "tangent"> {
  let tfliteBuiltin = "";
}
def TFL_AsinOp : TFL_UnaryFloatOp<"asin", "Asin", "arcsine"> {
  let tfliteBuiltin = "";
}
def TFL_AcosOp : TFL_UnaryFloatOp<"acos", "Acos", "arccosine"> {
  let tfliteBuiltin = "";
}
def TFL_AtanOp : TFL_UnaryFloatOp<"atan", "Atan", "arctangent"> {
  let tfliteBuiltin = "";
}
def TFL_SinhOp : TFL_UnaryFloatOp<"sinh", "Sinh", "hyperbolic sine"> {
  let tfliteBuiltin = "";
}
def TFL_CoshOp : TFL_UnaryFloatOp<"cosh", "Cosh", "hyperbolic cosine"> {
  let tfliteBuiltin = "";
}
def TFL_AsinhOp : TFL_UnaryFloatOp<"asinh", "Asinh", "inverse hyperbolic sine"> {
  let tfliteBuiltin = "";
}
def TFL_AcoshOp : TFL_UnaryFloatOp<"acosh", "Acosh", "inverse hyperbolic cosine"> {
  let tfliteBuiltin = "";
}
def TFL_AtanhOp : TFL_UnaryFloatOp<"atanh", "Atanh", "inverse hyperbolic tangent"> {
  let tfliteBuiltin = "";
}
def TFL_FloorOp : TFL_UnaryFloatOp<"floor", "Floor", "largest integer <= x">;
def TFL_CeilOp : TFL_UnaryFloatOp<"ceil", "Ceil", "smallest integer >= x">;
def TFL_RoundOp : TFL_UnaryFloatOp<"round", "Round", "nearest integer, halves to even">;
def TFL_ErfOp : TFL_UnaryFloatOp<"erf", "Erf", "the Gauss error function"> {
  let tfliteBuiltin = "";
}
def TFL_ReciprocalOp : TFL_UnaryFloatOp<"reciprocal", "Reciprocal", "1 / x"> {
  let tfliteBuiltin = "";
}
def TFL_SoftplusOp : TFL_UnaryFloatOp<"softplus", "Softplus", "log(exp(x) + 1)"> {
  let tfliteBuiltin = "";
}
def TFL_EluOp : TFL_UnaryFloatOp<"elu", "Elu", "x if x > 0, else exp(x) - 1">;
def TFL_SeluOp : TFL_UnaryFloatOp<"selu", "Selu",
    "scale * (x if x > 0, else alpha * (exp(x) - 1)) with SELU's fixed alpha and scale"> {
  let tfliteBuiltin = "";
}
def TFL_LogSoftmaxOp : TFL_NodeOp<"log_softmax", "LogSoftmax", [Pure, SameOperandsAndResultType]> {
  let summary = "x - log(sum(exp(x))) over the last dimension";
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}
def TFL_AbsOp : TFL_UnaryOp<"abs", "Abs", "|x|", TFL_NumericTensor>;
def TFL_NegOp : TFL_UnaryOp<"neg", "Neg", "-x", TFL_NumericTensor>;
def TFL_SignOp : TFL_UnaryOp<"sign", "Sign", "-1, 0 or 1", TFL_NumericTensor>;
def TFL_SquareOp : TFL_UnaryOp<"square", "Square", "x * x", TFL_NumericTensor>;
def TFL_LogicalNotOp : TFL_NodeOp<"logical_not", "LogicalNot",
                                  [Pure, SameOperandsAndResultType, TFL_Elementwise], ""> {
  let summary = "!x";
  let arguments = (ins TFL_BoolTensor:$x);
  let results = (outs TFL_BoolTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}

// Float predicates with a bool result.
class TFL_FloatPredicateOp<string mnemonic, string tfOp, string summaryText> :
    TFL_NodeOp<mnemonic, tfOp, [Pure, SameOperandsAndResultShape, TFL_Elementwise]> {
  let summary = summaryText;
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_BoolTensor:$y);
  let assemblyFormat = "$x attr-dict `:` functional-type(operands, results)";
}
def TFL_IsNanOp : TFL_FloatPredicateOp<"is_nan", "IsNan", "x is NaN"> {
  let tfliteBuiltin = "";
}
def TFL_IsInfOp : TFL_FloatPredicateOp<"is_inf", "IsInf", "x is +inf or -inf"> {
  let tfliteBuiltin = "";
}

// Activations TensorFlow has no single op for: the exporter writes their
// decomposition (maths in the summary).
def TFL_HardSwishOp : TFL_Op<"hard_swish", [Pure, SameOperandsAndResultType, TFL_Elementwise]> {
  let summary = "x * relu6(x + 3) / 6";
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}
def TFL_GeluOp : TFL_Op<"gelu", [Pure, SameOperandsAndResultType, TFL_Elementwise]> {
  let summary = "x * (1 + erf(x / sqrt(2))) / 2";
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}
def TFL_PReluOp : TFL_Op<"prelu", [Pure, SameOperandsAndResultElementType, TFL_Elementwise]> {
  let summary = "x if x >= 0, else alpha * x, with alpha broadcast against x";
  let arguments = (ins TFL_FloatTensor:$x, TFL_FloatTensor:$alpha);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x `,` $alpha attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_LeakyReluOp : TFL_Op<"leaky_relu", [Pure, SameOperandsAndResultType, TFL_Elementwise]> {
  let summary = "x if x >= 0, else alpha * x";
  let arguments = (ins TFL_FloatTensor:$x, F32Attr:$alpha);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}

def TFL_SoftmaxOp : TFL_Op<"softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "exp(beta * x) / sum(exp(beta * x)) over the last dimension";
  let arguments = (ins TFL_FloatTensor:$x, DefaultValuedAttr<F32Attr, "1.0">:$beta);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
  let hasVerifier = 1;
}

// Elementwise binary ops with numpy broadcasting and no fused activation.
class TFL_BinaryOp<string mnemonic, string tfOp, string summaryText> :
    TFL_NodeOp<mnemonic, tfOp, [Pure, SameOperandsAndResultElementType, TFL_Elementwise]> {
  let summary = summaryText;
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_BinaryBuilder];
}

def TFL_SubOp : TFL_BinaryOp<"sub", "Sub", "lhs - rhs">;
def TFL_DivOp : TFL_BinaryOp<"div", "RealDiv", "lhs / rhs">;
def TFL_PowOp : TFL_BinaryOp<"pow", "Pow", "lhs ^ rhs">;
def TFL_MaximumOp : TFL_BinaryOp<"maximum", "Maximum", "max(lhs, rhs)">;
def TFL_MinimumOp : TFL_BinaryOp<"minimum", "Minimum", "min(lhs, rhs)">;
def TFL_FloorModOp : TFL_BinaryOp<"floor_mod", "FloorMod",
    "lhs - floor(lhs / rhs) * rhs (the result has the sign of rhs)">;
def TFL_FloorDivOp : TFL_BinaryOp<"floor_div", "FloorDiv", "floor(lhs / rhs)">;

// Broadcasting comparisons with a bool result.
class TFL_ComparisonOp<string mnemonic, string tfOp, string summaryText> :
    TFL_NodeOp<mnemonic, tfOp, [Pure, TFL_Elementwise]> {
  let summary = summaryText;
  let arguments = (ins AnyTensor:$lhs, AnyTensor:$rhs);
  let results = (outs TFL_BoolTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_PredicateBuilder];
}
def TFL_EqualOp : TFL_ComparisonOp<"equal", "Equal", "lhs == rhs">;
def TFL_NotEqualOp : TFL_ComparisonOp<"not_equal", "NotEqual", "lhs != rhs">;
def TFL_LessOp : TFL_ComparisonOp<"less", "Less", "lhs < rhs">;
def TFL_LessEqualOp : TFL_ComparisonOp<"less_equal", "LessEqual", "lhs <= rhs">;
def TFL_GreaterOp : TFL_ComparisonOp<"greater", "Greater", "lhs > rhs">;
def TFL_GreaterEqualOp : TFL_ComparisonOp<"greater_equal", "GreaterEqual", "lhs >= rhs">;

class TFL_LogicalBinaryOp<string mnemonic, string tfOp, string summaryText> :
    TFL_NodeOp<mnemonic, tfOp, [Pure, Commutative, TFL_Elementwise], ""> {
  let summary = summaryText;
  let arguments = (ins TFL_BoolTensor:$lhs, TFL_BoolTensor:$rhs);
  let results = (outs TFL_BoolTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_PredicateBuilder];
}
def TFL_LogicalAndOp : TFL_LogicalBinaryOp<"logical_and", "LogicalAnd", "lhs && rhs">;
def TFL_LogicalOrOp : TFL_LogicalBinaryOp<"logical_or", "LogicalOr", "lhs || rhs">;

def TFL_SelectV2Op : TFL_NodeOp<"select_v2", "SelectV2", [Pure, TFL_Elementwise], "T", 1> {
  let summary = "condition ? x : y, elementwise with numpy broadcasting";
  let arguments = (ins TFL_BoolTensor:$condition, AnyTensor:$x, AnyTensor:$y);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = [{
    $condition `,` $x `,` $y attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_SelectBuilder];
}

def TFL_MulOp : TFL_Op<"mul", [Pure, Commutative, SameOperandsAndResultElementType, TFL_Elementwise]> {
  let summary = "Elementwise product with numpy broadcasting and a fused activation";
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let builders = [TFL_FusedBinaryBuilder];
}

def TFL_MaxPool2DOp : TFL_Op<"max_pool_2d", [Pure, SameOperandsAndResultElementType]> {
  let summary = "2-D max pooling over an NHWC tensor";
  let description = [{
    Padding is SAME or VALID only: explicit padding is a preceding tfl.padv2
    with the lowest float, as TensorFlow.js has no EXPLICIT MaxPool.
  }];
  let arguments = (ins TFL_FloatTensor:$input, DenseI64ArrayAttr:$filter,
                       DenseI64ArrayAttr:$strides,
                       ConfinedAttr<StrAttr, [TFL_Padding]>:$padding);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_AveragePool2DOp : TFL_Op<"average_pool_2d", [Pure, SameOperandsAndResultElementType]> {
  let summary = "2-D average pooling over an NHWC tensor";
  let description = [{
    SAME averages only the input pixels a window covers (TensorFlow's
    semantics); explicit padding is a preceding tfl.padv2 of zeros.
  }];
  let arguments = (ins TFL_FloatTensor:$input, DenseI64ArrayAttr:$filter,
                       DenseI64ArrayAttr:$strides,
                       ConfinedAttr<StrAttr, [TFL_Padding]>:$padding);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

class TFL_ResizeOp<string mnemonic, string summaryText> :
    TFL_Op<mnemonic, [Pure, AllElementTypesMatch<["input", "output"]>]> {
  let summary = summaryText;
  let description = [{
    Resizes H and W of an NHWC tensor to the result's H and W, or to `size`
    ([H, W], int32) when they are known only at run time, with TensorFlow's
    coordinate conventions: align_corners maps corner pixel centres onto
    each other; half_pixel_centers samples at pixel centres (ONNX
    half_pixel); neither is ONNX asymmetric.
  }];
  let arguments = (ins TFL_FloatTensor:$input, Optional<1DTensorOf<[I32]>>:$size,
                       BoolAttr:$align_corners, BoolAttr:$half_pixel_centers);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = [{
    $input (`,` $size^)? attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_ResizeBilinearOp : TFL_ResizeOp<"resize_bilinear", "Bilinear resize of H and W">;
def TFL_ResizeNearestNeighborOp :
    TFL_ResizeOp<"resize_nearest_neighbor", "Nearest-neighbour resize of H and W">;

def TFL_PadV2Op : TFL_Op<"padv2", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Pads each dimension by [before, after] with a constant value";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$paddings, F32Attr:$constant_value);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input `,` $paddings attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  // No padding is the input.
  let hasFolder = 1;
}

def TFL_PadByOp : TFL_NodeOp<"pad_by", "PadV2", [Pure], "T", 0, "Tpaddings", 1> {
  let tfliteBuiltin = "PADV2";
  let summary = "Pads by `paddings` ([rank, 2]: before, after), computed at run time";
  let description = [{
    TensorFlow's PadV2 with its paddings known only at run time (pads that
    round a map of any size up to a multiple); `tfl.padv2` takes constant
    ones. TensorFlow refuses negative paddings when it runs.
  }];
  let arguments = (ins AnyTensor:$input, 2DTensorOf<[I32, I64]>:$paddings,
                       0DTensorOf<[AnyType]>:$constant_values);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = [{
    $input `,` $paddings `,` $constant_values attr-dict `:` functional-type(operands, results)
  }];
}

class TFL_ReductionOp<string mnemonic, string tfOp, string summaryText> :
    TFL_IndexInputOp<mnemonic, tfOp, "axes", "reduction_indices", "Tidx",
                     [Pure, SameOperandsAndResultElementType], 0, ["keep_dims"]> {
  let summary = summaryText;
  let arguments = (ins TFL_NumericTensor:$input, DenseI64ArrayAttr:$axes, BoolAttr:$keep_dims);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$input `,` $axes attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_MeanOp : TFL_ReductionOp<"mean", "Mean", "Mean over the given axes">;
def TFL_SumOp : TFL_ReductionOp<"sum", "Sum", "Sum over the given axes">;
def TFL_ReduceMaxOp : TFL_ReductionOp<"reduce_max", "Max", "Maximum over the given axes">;
def TFL_ReduceMinOp : TFL_ReductionOp<"reduce_min", "Min", "Minimum over the given axes">;
def TFL_ReduceProdOp : TFL_ReductionOp<"reduce_prod", "Prod", "Product over the given axes">;

def TFL_SumByOperandOp : TFL_Op<"sum_by_operand", [Pure, AllElementTypesMatch<["input", "output"]>]> {
  let tfliteBuiltin = "SUM";
  let summary = "Sum over the axes an int tensor gives at run time (TensorFlow's Sum)";
  let description = [{
    Negative axes count from the end; an empty list sums nothing (TensorFlow's
    semantics, ONNX ReduceSum's with noop_with_empty_axes).
  }];
  let arguments = (ins TFL_NumericTensor:$input, TFL_IndexTensor:$axes, BoolAttr:$keep_dims);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$input `,` $axes attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

class TFL_ArgReductionOp<string mnemonic, string summaryText> :
    TFL_Op<mnemonic, [Pure]> {
  let summary = summaryText;
  let description = "The axis is removed; the result's element type (i32 or i64) is TF's output_type.";
  let arguments = (ins TFL_NumericTensor:$input, I64Attr:$axis);
  let results = (outs TFL_IndexTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}
def TFL_ArgMaxOp : TFL_ArgReductionOp<"arg_max", "Index of the first maximum along `axis`">;
def TFL_ArgMinOp : TFL_ArgReductionOp<"arg_min", "Index of the first minimum along `axis`">;

def TFL_CumsumOp : TFL_IndexInputOp<"cumsum", "Cumsum", "axis", "axis", "Tidx",
                                    [Pure, SameOperandsAndResultType], 1, ["exclusive", "reverse"]> {
  let summary = "Running sum along `axis` (exclusive: starts at 0; reverse: from the end)";
  let arguments = (ins TFL_NumericTensor:$input, I64Attr:$axis, BoolAttr:$exclusive,
                       BoolAttr:$reverse);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def TFL_TopKV2Op : TFL_Op<"topk_v2", [Pure]> {
  let summary = "The k largest elements along the last dim, largest first, and their indices";
  let description = [{
    TensorFlow's TopKV2 (sorted): equal elements keep their order (the lower
    index first), as ONNX's TopK asks. k is known at run time.
  }];
  let arguments = (ins TFL_NumericTensor:$input, 0DTensorOf<[I32]>:$k);
  let results = (outs TFL_NumericTensor:$values, TensorOf<[I32]>:$indices);
  let assemblyFormat = "$input `,` $k attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_NonMaxSuppressionV5Op : TFL_Op<"non_max_suppression_v5", [Pure]> {
  let summary = "Greedy non-maximum suppression of one set of boxes, best score first";
  let description = [{
    TensorFlow's NonMaxSuppressionV5 over boxes [N, 4] (corners [y1, x1,
    y2, x2], in either order) and their scores [N]: the indices of at most
    `max_output_size` boxes, by decreasing score, each overlapping every
    box kept before it by an IoU of at most `iou_threshold`, scores above
    `score_threshold`; soft-NMS when `soft_nms_sigma` is positive. Also
    gives the kept scores and their count.
  }];
  let arguments = (ins TFL_FloatTensor:$boxes, TFL_FloatTensor:$scores,
                       0DTensorOf<[I32]>:$max_output_size, 0DTensorOf<[F32]>:$iou_threshold,
                       0DTensorOf<[F32]>:$score_threshold, 0DTensorOf<[F32]>:$soft_nms_sigma);
  let results = (outs 1DTensorOf<[I32]>:$selected_indices, TFL_FloatTensor:$selected_scores,
                      0DTensorOf<[I32]>:$valid_outputs);
  let assemblyFormat = [{
    $boxes `,` $scores `,` $max_output_size `,` $iou_threshold `,` $score_threshold `,`
    $soft_nms_sigma attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_CumsumAlongOp : TFL_NodeOp<"cumsum_along", "Cumsum", [Pure, AllTypesMatch<["input", "output"]>],
                                   "T", 0, "Tidx", 1, ["exclusive", "reverse"]> {
  let tfliteBuiltin = "CUMSUM";
  let summary = "Running sum along an axis known at run time (negative: from the end)";
  let description = [{
    TensorFlow's Cumsum with its axis input computed at run time (ONNX's
    CumSum takes the axis as an input); `tfl.cumsum` when it is constant.
  }];
  let arguments = (ins TFL_NumericTensor:$input, TFL_IndexTensor:$axis, BoolAttr:$exclusive,
                       BoolAttr:$reverse);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$input `,` $axis attr-dict `:` functional-type(operands, results)";
}

def TFL_ShapeOp : TFL_Op<"shape", [Pure]> {
  let summary = "The input's dims as a 1-D int32 or int64 tensor, read at run time";
  let description = [{
    TensorFlow's Shape: what a shape computation of a model with dims known
    only at run time (a symbolic batch, height or width) starts from. The
    dims are the input's own, in its layout (NHWC for activations): the
    layout pass permutes this vector, never the activations, where the
    ONNX model asked for an NCHW shape.
  }];
  let arguments = (ins AnyRankedTensor:$input);
  let results = (outs 1DTensorOf<[I32, I64]>:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  // A static shape is a constant.
  let hasFolder = 1;
}

def TFL_FillOp : TFL_NodeOp<"fill", "Fill", [Pure, AllElementTypesMatch<["value", "output"]>],
                           "T", 1, "index_type", 0> {
  let summary = "A tensor of shape `dims`, known at run time, with every element `value`";
  let description = [{
    TensorFlow's Fill: ONNX's ConstantOfShape when the shape is computed at
    run time (zeros of a symbolic batch: a recurrent layer's initial state).
  }];
  let arguments = (ins 1DTensorOf<[I32, I64]>:$dims, AnyTensor:$value);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = "$dims `,` $value attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_CastOp : TFL_Op<"cast", [Pure, SameOperandsAndResultShape, TFL_Elementwise]> {
  let summary = "Converts the element type";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  // Float weights stored in another float type (float16 converters' Casts)
  // are converted once, at compile time.
  let hasFolder = 1;
}

def TFL_ReshapeOp : TFL_IndexInputOp<"reshape", "Reshape", "", "shape", "Tshape",
                                     [Pure, SameOperandsAndResultElementType]> {
  let summary = "Reshape to the result's type (at most one dynamic dim, the batch)";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TFL_ReshapeToOp : TFL_NodeOp<"reshape_to", "Reshape", [Pure], "T", 0, "Tshape", 1> {
  let tfliteBuiltin = "RESHAPE";
  let summary = "Reshape to `shape`, computed at run time (-1: the one dim inferred)";
  let description = [{
    TensorFlow's Reshape with its shape input known only at run time: the
    result has more than one dim known only at run time (a flatten of a
    batch of maps of any height and width), so its type cannot say the
    shape, as `tfl.reshape`'s does.
  }];
  let arguments = (ins AnyTensor:$input, 1DTensorOf<[I32, I64]>:$shape);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = "$input `,` $shape attr-dict `:` functional-type(operands, results)";
}

def TFL_FullyConnectedOp : TFL_Op<"fully_connected", [Pure]> {
  let summary = "output[n, o] = sum_i input[n, i] * filter[o, i] + bias[o]";
  let description = [{
    The filter is [out, in] (TensorFlow MatMul with transpose_b), so ONNX
    Gemm(transB = 1) weights are used as they are.
  }];
  let arguments = (ins TFL_FloatTensor:$input, TFL_FloatTensor:$filter, TFL_FloatTensor:$bias,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_TransposeConvOp : TFL_Op<"transpose_conv", [Pure]> {
  let summary = "2-D transposed convolution: NHWC input, [H, W, O, I] filter, per-channel bias";
  let description = [{
    The gradient of conv_2d with respect to its input (TensorFlow's
    Conv2DBackpropInput): each input pixel scatters input[n, y, x, i] *
    filter[kh, kw, o, i] to output[n, y*sh + kh*dh - pad_top, x*sw + kw*dw - pad_left, o].
    The result's static H and W are the output size TensorFlow is given;
    padding is SAME or VALID (explicit padding is a following slice).
  }];
  let arguments = (ins TFL_FloatTensor:$input, TFL_FloatTensor:$filter,
                       TFL_FloatTensor:$bias,
                       DenseI64ArrayAttr:$strides, DenseI64ArrayAttr:$dilations,
                       ConfinedAttr<StrAttr, [TFL_Padding]>:$padding,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_BatchMatMulOp : TFL_Op<"batch_matmul", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Matrix product over the last two dims, broadcasting the batch dims";
  let arguments = (ins TFL_NumericTensor:$x, TFL_NumericTensor:$y,
                       DefaultValuedAttr<BoolAttr, "false">:$adj_x,
                       DefaultValuedAttr<BoolAttr, "false">:$adj_y);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$x `,` $y attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_SliceOp : TFL_Op<"slice", [Pure, SameOperandsAndResultElementType]> {
  let summary = "The block of `size` elements starting at `begin` (size -1: to the end)";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$begin, DenseI64ArrayAttr:$size);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_StridedSliceOp : TFL_Op<"strided_slice", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Elements begin, begin + stride, ... before end in each dimension";
  let description = [{
    TensorFlow's StridedSlice with one entry per input dimension: negative
    begin/end count from the end; bit i of begin_mask/end_mask ignores
    begin[i]/end[i] (the whole range in the stride's direction);
    shrink_axis_mask removes dimension i (its size must then be 1).
  }];
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$begin, DenseI64ArrayAttr:$end,
                       DenseI64ArrayAttr:$strides,
                       DefaultValuedAttr<I64Attr, "0">:$begin_mask,
                       DefaultValuedAttr<I64Attr, "0">:$end_mask,
                       DefaultValuedAttr<I64Attr, "0">:$shrink_axis_mask);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_StridedSliceByOp : TFL_NodeOp<"strided_slice_by", "StridedSlice",
    [Pure, AllElementTypesMatch<["input", "output"]>,
     AllTypesMatch<["begin", "end", "strides"]>], "T", 0, "Index", 1,
    ["begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask"]> {
  let tfliteBuiltin = "STRIDED_SLICE";
  let summary = "Elements begin, begin + stride, ... before end, all three known at run time";
  let description = [{
    TensorFlow's StridedSlice with one entry per input dimension in each
    vector, read at run time: negative indices count from the end and are
    clamped like Python's (and ONNX Slice's) slicing. The masks stay 0.
  }];
  let arguments = (ins AnyTensor:$input, 1DTensorOf<[I32, I64]>:$begin,
                       1DTensorOf<[I32, I64]>:$end, 1DTensorOf<[I32, I64]>:$strides,
                       DefaultValuedAttr<I64Attr, "0">:$begin_mask,
                       DefaultValuedAttr<I64Attr, "0">:$end_mask,
                       DefaultValuedAttr<I64Attr, "0">:$ellipsis_mask,
                       DefaultValuedAttr<I64Attr, "0">:$new_axis_mask,
                       DefaultValuedAttr<I64Attr, "0">:$shrink_axis_mask);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = [{
    $input `,` $begin `,` $end `,` $strides attr-dict `:` functional-type(operands, results)
  }];
}

def TFL_GatherOp : TFL_Op<"gather", [Pure]> {
  let summary = "Slices of `params` along `axis` at non-negative `indices`";
  let description = [{
    output[p0..p(axis-1), i..., p(axis+1)...] = params[p0.., indices[i...], ..];
    out-of-range indices are an error in TensorFlow (ONNX's negative indices
    are made non-negative before).
  }];
  let arguments = (ins AnyTensor:$params, TFL_IndexTensor:$indices, I64Attr:$axis);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$params `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_GatherNdOp : TFL_NodeOp<"gather_nd", "GatherNd", [Pure], "Tparams", 0, "Tindices"> {
  let summary = "params[indices[..., :]]: the last dim of indices indexes params' leading dims";
  let arguments = (ins AnyTensor:$params, TFL_IndexTensor:$indices);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$params `,` $indices attr-dict `:` functional-type(operands, results)";
}

def TFL_TensorScatterUpdateOp : TFL_NodeOp<"tensor_scatter_update", "TensorScatterUpdate",
    [Pure, AllTypesMatch<["tensor", "output"]>], "T", 0, "Tindices"> {
  let tfliteBuiltin = "";
  let summary = "A copy of `tensor` with the slices indices[i, :] replaced by updates[i, ...]";
  let arguments = (ins AnyTensor:$tensor, TFL_IndexTensor:$indices, AnyTensor:$updates);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = [{
    $tensor `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)
  }];
}

def TFL_RangeOp : TFL_NodeOp<"range", "Range", [Pure], "Tidx"> {
  let summary = "start, start + delta, ... before limit (scalars known at run time)";
  let arguments = (ins TFL_NumericTensor:$start, TFL_NumericTensor:$limit,
                       TFL_NumericTensor:$delta);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $start `,` $limit `,` $delta attr-dict `:` functional-type(operands, results)
  }];
}

def TFL_EinsumOp : TFL_Op<"einsum", [Pure, SameOperandsAndResultElementType]> {
  let tfliteBuiltin = "";
  let summary = "Einstein summation over the operands as `equation` (explicit form) says";
  let arguments = (ins Variadic<TFL_NumericTensor>:$inputs, StrAttr:$equation);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_SplitOp : TFL_Op<"split", [Pure]> {
  let tfliteBuiltin = "SPLIT_V";
  let summary = "Cuts `input` along `axis` into pieces of the given sizes";
  let arguments = (ins AnyTensor:$input, I64Attr:$axis, DenseI64ArrayAttr:$size_splits);
  let results = (outs Variadic<AnyTensor>:$outputs);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_MirrorPadMode : AttrConstraint<
    CPred<"::llvm::is_contained({\"REFLECT\", \"SYMMETRIC\"}, "
          "::llvm::cast<::mlir::StringAttr>($_self).getValue())">,
    "REFLECT or SYMMETRIC">;
def TFL_MirrorPadModeAttr : ConfinedAttr<StrAttr, [TFL_MirrorPadMode]>;

def TFL_MirrorPadOp : TFL_Op<"mirror_pad", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Pads by mirroring: REFLECT leaves the edge out, SYMMETRIC repeats it";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$paddings,
                       TFL_MirrorPadModeAttr:$mode);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input `,` $paddings attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  // No padding is the input.
  let hasFolder = 1;
}

def TFL_TileOp : TFL_IndexInputOp<"tile", "Tile", "multiples", "multiples", "Tmultiples",
                                  [Pure, SameOperandsAndResultElementType]> {
  let summary = "Repeats the input `multiples[i]` times along dimension i";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$multiples);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_BroadcastToOp : TFL_IndexInputOp<"broadcast_to", "BroadcastTo", "", "shape", "Tidx",
                                         [Pure, SameOperandsAndResultElementType]> {
  let summary = "Broadcasts the input to the result's static shape (numpy rules)";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyStaticShapeTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_BroadcastToDimsOp : TFL_NodeOp<"broadcast_to_dims", "BroadcastTo",
    [Pure, AllElementTypesMatch<["input", "output"]>], "T", 0, "Tidx", 1> {
  let tfliteBuiltin = "BROADCAST_TO";
  let summary = "Broadcasts the input to `dims`, computed at run time (numpy rules)";
  let description = [{
    TensorFlow's BroadcastTo with its shape input known only at run time:
    ONNX's Expand to a computed shape. `dims` must be a shape the input
    broadcasts to (TensorFlow refuses a 1 where the input is larger).
  }];
  let arguments = (ins AnyTensor:$input, 1DTensorOf<[I32, I64]>:$dims);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = "$input `,` $dims attr-dict `:` functional-type(operands, results)";
}

def TFL_WhereOp : TFL_NodeOp<"where", "Where", [Pure], "T"> {
  let summary = "The coordinates of the input's non-zero (true) elements, [count, rank] int64";
  let description = [{
    TensorFlow's Where with one input: row-major order, so ONNX's NonZero
    is its transpose. The count is known only at run time.
  }];
  let arguments = (ins AnyRankedTensor:$input);
  let results = (outs 2DTensorOf<[I64]>:$index);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_DepthToSpaceOp : TFL_Op<"depth_to_space", [Pure, SameOperandsAndResultElementType]> {
  let summary = "NHWC: output[n, h*b + i, w*b + j, c] = input[n, h, w, (i*b + j)*C + c]";
  let arguments = (ins AnyTensor:$input, ConfinedAttr<I64Attr, [IntMinValue<2>]>:$block_size);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_LocalResponseNormalizationOp : TFL_Op<"local_response_normalization",
                                              [Pure, SameOperandsAndResultType]> {
  let summary = "x / (bias + alpha * sum of x^2 over channels c-radius..c+radius)^beta (NHWC)";
  let arguments = (ins TFL_FloatTensor:$input, I64Attr:$radius, F32Attr:$bias, F32Attr:$alpha,
                       F32Attr:$beta);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

def TFL_WhileOp : TFL_Op<"while", [RecursiveMemoryEffects, SingleBlockImplicitTerminator<"YieldOp">]> {
  let summary = "Runs `body` on the loop values while `cond` of them is true";
  let description = [{
    The loop values start as `inputs`; each iteration, `cond` (one yielded
    tensor<i1>) decides on them and `body` yields their next values; the
    results are the values `cond` ended on. Both regions may use values
    defined above the loop (the exporter passes them into the loop's frame).
    Written as TensorFlow's Enter / Merge / LoopCond / Switch /
    NextIteration / Exit frame, which TensorFlow and TensorFlow.js run.
  }];
  let arguments = (ins Variadic<AnyTensor>:$inputs);
  let results = (outs Variadic<AnyTensor>:$outputs);
  let regions = (region SizedRegion<1>:$cond, SizedRegion<1>:$body);
  let assemblyFormat = [{
    `(` $inputs `)` attr-dict `:` functional-type($inputs, results) `cond` $cond `body` $body
  }];
  let hasVerifier = 1;
}

def TFL_IfOp : TFL_Op<"if", [RecursiveMemoryEffects, NoRegionArguments,
                             SingleBlockImplicitTerminator<"YieldOp">]> {
  let summary = "The values `then_branch` yields when `cond` is true, else `else_branch`'s";
  let description = [{
    Only the branch taken runs. Both regions may use values defined above
    (the exporter switches them into the branch that uses them). Written as
    TensorFlow's Switch / Merge conditional, which TensorFlow and
    TensorFlow.js run; an if on a constant is its branch (canonicalization).
  }];
  let arguments = (ins 0DTensorOf<[I1]>:$cond);
  let results = (outs Variadic<AnyTensor>:$outputs);
  let regions = (region SizedRegion<1>:$then_branch, SizedRegion<1>:$else_branch);
  let assemblyFormat = [{
    $cond attr-dict `:` functional-type($cond, results) `then` $then_branch `else` $else_branch
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def TFL_YieldOp : TFL_Op<"yield", [Pure, Terminator, ParentOneOf<["WhileOp", "IfOp"]>]> {
  let tfliteBuiltin = "";
  let summary = "The values a control-flow region ends with";
  let arguments = (ins Variadic<AnyTensor>:$values);
  let builders = [OpBuilder<(ins), [{ build($_builder, $_state, ::mlir::ValueRange()); }]>];
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
}

#endif // T2T_TFL_OPS
