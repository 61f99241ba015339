//===- TFLOps.td - The tfl dialect's ops --------------------*- tablegen -*-===//

#ifndef T2T_TFL_OPS
#define T2T_TFL_OPS

include "TFLBase.td"

def TFL_ConstOp : TFL_Op<"const", [ConstantLike, Pure, AllTypesMatch<["value", "output"]>]> {
  let summary = "Constant tensor";
  let arguments = (ins ElementsAttr:$value);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
}

def TFL_ReluOp : TFL_Op<"relu", [Pure, SameOperandsAndResultType]> {
  let summary = "max(x, 0)";
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}

def TFL_AddOp : TFL_Op<"add", [Pure, Commutative, SameOperandsAndResultElementType]> {
  let summary = "Elementwise sum with numpy broadcasting and a fused activation";
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
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

def TFL_TransposeOp : TFL_Op<"transpose", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Permutes dimensions: output dim i is input dim perm[i]";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$perm);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input `,` $perm attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

class TFL_UnaryFloatOp<string mnemonic, string summaryText> :
    TFL_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let summary = summaryText;
  let arguments = (ins TFL_FloatTensor:$x);
  let results = (outs TFL_FloatTensor:$y);
  let assemblyFormat = "$x attr-dict `:` type($x)";
}

def TFL_Relu6Op : TFL_UnaryFloatOp<"relu6", "min(max(x, 0), 6)">;
def TFL_LogisticOp : TFL_UnaryFloatOp<"logistic", "1 / (1 + exp(-x))">;
def TFL_TanhOp : TFL_UnaryFloatOp<"tanh", "tanh(x)">;
def TFL_ExpOp : TFL_UnaryFloatOp<"exp", "e^x">;
def TFL_LogOp : TFL_UnaryFloatOp<"log", "natural logarithm">;
def TFL_SqrtOp : TFL_UnaryFloatOp<"sqrt", "square root">;
def TFL_RsqrtOp : TFL_UnaryFloatOp<"rsqrt", "1 / sqrt(x)">;
def TFL_AbsOp : TFL_UnaryFloatOp<"abs", "|x|">;
def TFL_NegOp : TFL_UnaryFloatOp<"neg", "-x">;

def TFL_LeakyReluOp : TFL_Op<"leaky_relu", [Pure, SameOperandsAndResultType]> {
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
class TFL_BinaryOp<string mnemonic, string summaryText> :
    TFL_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = summaryText;
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TFL_SubOp : TFL_BinaryOp<"sub", "lhs - rhs">;
def TFL_DivOp : TFL_BinaryOp<"div", "lhs / rhs">;
def TFL_PowOp : TFL_BinaryOp<"pow", "lhs ^ rhs">;
def TFL_MaximumOp : TFL_BinaryOp<"maximum", "max(lhs, rhs)">;
def TFL_MinimumOp : TFL_BinaryOp<"minimum", "min(lhs, rhs)">;

def TFL_MulOp : TFL_Op<"mul", [Pure, Commutative, SameOperandsAndResultElementType]> {
  let summary = "Elementwise product with numpy broadcasting and a fused activation";
  let arguments = (ins TFL_NumericTensor:$lhs, TFL_NumericTensor:$rhs,
                       TFL_FusedActivationAttr:$fused_activation_function);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
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
    TFL_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = summaryText;
  let description = [{
    Resizes H and W of an NHWC tensor to the result's (static) H and W, with
    TensorFlow's coordinate conventions: align_corners maps corner pixel
    centres onto each other; half_pixel_centers samples at pixel centres
    (ONNX half_pixel); neither is ONNX asymmetric.
  }];
  let arguments = (ins TFL_FloatTensor:$input, BoolAttr:$align_corners,
                       BoolAttr:$half_pixel_centers);
  let results = (outs TFL_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
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
}

class TFL_ReductionOp<string mnemonic, string summaryText> :
    TFL_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = summaryText;
  let arguments = (ins TFL_NumericTensor:$input, DenseI64ArrayAttr:$axes, BoolAttr:$keep_dims);
  let results = (outs TFL_NumericTensor:$output);
  let assemblyFormat = "$input `,` $axes attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TFL_MeanOp : TFL_ReductionOp<"mean", "Mean over the given axes">;
def TFL_SumOp : TFL_ReductionOp<"sum", "Sum over the given axes">;
def TFL_ReduceMaxOp : TFL_ReductionOp<"reduce_max", "Maximum over the given axes">;
def TFL_ReduceMinOp : TFL_ReductionOp<"reduce_min", "Minimum over the given axes">;

def TFL_CastOp : TFL_Op<"cast", [Pure, SameOperandsAndResultShape]> {
  let summary = "Converts the element type";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
}

def TFL_ReshapeOp : TFL_Op<"reshape", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Reshape to the result's type (at most one dynamic dim, the batch)";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyRankedTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
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

#endif // T2T_TFL_OPS
