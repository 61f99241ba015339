//===- TFLFusion.td - Fusions on the tfl dialect ------------*- tablegen -*-===//
//
// What a TensorFlow engineer writes by hand: one convolution (or fully
// connected layer) with its bias, scale and activation, not a chain of
// elementwise ops after it. Each fusion is exact algebra on constants:
//
//   conv(x, W, b) + c           == conv(x, W, b + c)             (per channel c)
//   conv(x, W, b) * s           == conv(x, W * s, b * s)         (per channel s)
//   act(conv(x, W, b))          == conv(x, W, b, activation = act)
//
// where "per channel" means one value per output channel (or one for all),
// broadcast over the other dims. A BatchNormalization with constant
// statistics is lowered to x * s + c and so folds into the convolution
// before it by the first two. The producer must have no other user (its
// unfused value would otherwise be computed twice) and no activation yet
// (the scale or bias would apply after it).
//
// The activations' decomposed forms are recognized too:
//   x * (relu6(x + 3) / 6)                  == hard_swish(x)
//   x * (1 + erf(x / sqrt(2))) * 0.5         == gelu(x)
//
// Padding folded into a convolution is C++ (FuseTFL.cpp): whether the sum
// equals TensorFlow's SAME depends on the input size.
//
//===----------------------------------------------------------------------===//

#ifndef T2T_TFL_FUSION
#define T2T_TFL_FUSION

include "mlir/IR/PatternBase.td"
include "TFLOps.td"

def HasOneUse : Constraint<CPred<"$0.hasOneUse()">, "a single user">;
def NoActivation : AttrConstraint<
    CPred<"::llvm::cast<::mlir::StringAttr>($_self).getValue() == \"NONE\"">,
    "no fused activation">;
// One float per channel of $1's last dim, or one for all, shaped to
// broadcast: [C], [1, C], [1, 1, 1, C], ...
def PerChannel : Constraint<CPred<"::t2t::isPerChannel($0, $1)">,
                            "a constant with one value per output channel">;
class SplatNear<string value> : AttrConstraint<
    CPred<"::t2t::isSplatNear($_self, " # value # ")">, "a constant equal to " # value>;

def AddPerChannel : NativeCodeCall<"::t2t::addPerChannel($0, $1)">;
def ScalePerChannel : NativeCodeCall<"::t2t::scalePerChannel($0, $1)">;
class ScaleFilter<string layout> :
    NativeCodeCall<"::t2t::scaleFilter($0, $1, ::t2t::FilterLayout::" # layout # ")">;

//===----------------------------------------------------------------------===//
// Bias and scale
//===----------------------------------------------------------------------===//

// conv_2d and depthwise_conv_2d share their operand list.
multiclass FuseIntoConv<Op ConvOp, string layout> {
  def : Pat<(TFL_AddOp (ConvOp:$conv $x, $f, (TFL_ConstOp $b), $s, $d, $p, $ep, NoActivation),
                       (TFL_ConstOp $c), $act),
            (ConvOp $x, $f, (TFL_ConstOp (AddPerChannel $b, $c)), $s, $d, $p, $ep, $act),
            [(HasOneUse $conv), (PerChannel $c, $conv)]>;
  def : Pat<(TFL_MulOp (ConvOp:$conv $x, (TFL_ConstOp $f), (TFL_ConstOp $b), $s, $d, $p, $ep,
                               NoActivation),
                       (TFL_ConstOp $c), $act),
            (ConvOp $x, (TFL_ConstOp (ScaleFilter<layout> $f, $c)),
                    (TFL_ConstOp (ScalePerChannel $b, $c)), $s, $d, $p, $ep, $act),
            [(HasOneUse $conv), (PerChannel $c, $conv)]>;
}
defm : FuseIntoConv<TFL_Conv2DOp, "HWIO">;
defm : FuseIntoConv<TFL_DepthwiseConv2DOp, "HWCM">;

def : Pat<(TFL_AddOp (TFL_TransposeConvOp:$conv $x, $f, (TFL_ConstOp $b), $s, $d, $p,
                                         NoActivation),
                     (TFL_ConstOp $c), $act),
          (TFL_TransposeConvOp $x, $f, (TFL_ConstOp (AddPerChannel $b, $c)), $s, $d, $p, $act),
          [(HasOneUse $conv), (PerChannel $c, $conv)]>;
def : Pat<(TFL_MulOp (TFL_TransposeConvOp:$conv $x, (TFL_ConstOp $f), (TFL_ConstOp $b), $s, $d,
                                         $p, NoActivation),
                     (TFL_ConstOp $c), $act),
          (TFL_TransposeConvOp $x, (TFL_ConstOp (ScaleFilter<"HWOI"> $f, $c)),
                               (TFL_ConstOp (ScalePerChannel $b, $c)), $s, $d, $p, $act),
          [(HasOneUse $conv), (PerChannel $c, $conv)]>;

// MatMul + Add is a fully connected layer with a bias.
def : Pat<(TFL_AddOp (TFL_FullyConnectedOp:$fc $x, $f, (TFL_ConstOp $b), NoActivation),
                     (TFL_ConstOp $c), $act),
          (TFL_FullyConnectedOp $x, $f, (TFL_ConstOp (AddPerChannel $b, $c)), $act),
          [(HasOneUse $fc), (PerChannel $c, $fc)]>;
def : Pat<(TFL_MulOp (TFL_FullyConnectedOp:$fc $x, (TFL_ConstOp $f), (TFL_ConstOp $b),
                                           NoActivation),
                     (TFL_ConstOp $c), $act),
          (TFL_FullyConnectedOp $x, (TFL_ConstOp (ScaleFilter<"OI"> $f, $c)),
                                (TFL_ConstOp (ScalePerChannel $b, $c)), $act),
          [(HasOneUse $fc), (PerChannel $c, $fc)]>;

//===----------------------------------------------------------------------===//
// Activations
//===----------------------------------------------------------------------===//

multiclass FuseActivation<Op ActOp, string name> {
  defvar act = ConstantStrAttr<StrAttr, name>;
  def : Pat<(ActOp (TFL_Conv2DOp:$conv $x, $f, $b, $s, $d, $p, $ep, NoActivation)),
            (TFL_Conv2DOp $x, $f, $b, $s, $d, $p, $ep, act), [(HasOneUse $conv)]>;
  def : Pat<(ActOp (TFL_DepthwiseConv2DOp:$conv $x, $f, $b, $s, $d, $p, $ep, NoActivation)),
            (TFL_DepthwiseConv2DOp $x, $f, $b, $s, $d, $p, $ep, act), [(HasOneUse $conv)]>;
  def : Pat<(ActOp (TFL_TransposeConvOp:$conv $x, $f, $b, $s, $d, $p, NoActivation)),
            (TFL_TransposeConvOp $x, $f, $b, $s, $d, $p, act), [(HasOneUse $conv)]>;
  def : Pat<(ActOp (TFL_FullyConnectedOp:$fc $x, $f, $b, NoActivation)),
            (TFL_FullyConnectedOp $x, $f, $b, act), [(HasOneUse $fc)]>;
  def : Pat<(ActOp (TFL_AddOp:$add $l, $r, NoActivation)),
            (TFL_AddOp $l, $r, act), [(HasOneUse $add)]>;
}
defm : FuseActivation<TFL_ReluOp, "RELU">;
defm : FuseActivation<TFL_Relu6Op, "RELU6">;
defm : FuseActivation<TFL_TanhOp, "TANH">;

// Clip(x, -1, 1), lowered to min(max(x, -1), 1), is ReluN1To1.
def : Pat<(TFL_MinimumOp (TFL_MaximumOp (TFL_Conv2DOp:$conv $x, $f, $b, $s, $d, $p, $ep,
                                                      NoActivation),
                                        (TFL_ConstOp SplatNear<"-1.0">:$lo)),
                         (TFL_ConstOp SplatNear<"1.0">:$hi)),
          (TFL_Conv2DOp $x, $f, $b, $s, $d, $p, $ep, ConstantStrAttr<StrAttr, "RELU_N1_TO_1">),
          [(HasOneUse $conv)]>;

//===----------------------------------------------------------------------===//
// Decomposed activations
//===----------------------------------------------------------------------===//

// HardSigmoid(x) * x with HardSigmoid's defaults (alpha 1/6, beta 1/2), as
// lowered: relu6(x * 1 + 3) * (1/6).
def : Pat<(TFL_MulOp $x,
                     (TFL_MulOp (TFL_Relu6Op (TFL_AddOp (TFL_MulOp $x,
                                                                   (TFL_ConstOp SplatNear<"1.0">:$one),
                                                                   NoActivation),
                                                        (TFL_ConstOp SplatNear<"3.0">:$three),
                                                        NoActivation)),
                                (TFL_ConstOp SplatNear<"0.16666667">:$sixth), NoActivation),
                     NoActivation),
          (TFL_HardSwishOp $x)>;

// torch's exact GELU: Div, Erf, Add, Mul, Mul.
def : Pat<(TFL_MulOp (TFL_MulOp $x,
                                (TFL_AddOp (TFL_ErfOp (TFL_DivOp $x,
                                                                 (TFL_ConstOp SplatNear<"1.4142135">:$sqrt2))),
                                           (TFL_ConstOp SplatNear<"1.0">:$one), NoActivation),
                                NoActivation),
                     (TFL_ConstOp SplatNear<"0.5">:$half), NoActivation),
          (TFL_GeluOp $x)>;

#endif // T2T_TFL_FUSION
