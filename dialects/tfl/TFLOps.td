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

def TFL_TransposeOp : TFL_Op<"transpose", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Permutes dimensions: output dim i is input dim perm[i]";
  let arguments = (ins AnyTensor:$input, DenseI64ArrayAttr:$perm);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$input `,` $perm attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

#endif // T2T_TFL_OPS
