//===- TFLBase.td - The tfl dialect, its attributes and op base *- tablegen -*-===//

#ifndef T2T_TFL_BASE
#define T2T_TFL_BASE

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

def TFL_Dialect : Dialect {
  let name = "tfl";
  let summary = "TensorFlow inference ops on channels-last (NHWC) tensors";
  let description = [{
    TFLite-like ops whose operands are laid out exactly as the TensorFlow op
    they export to expects, so that GraphDef export is a 1:1 mapping with no
    data movement: images are NHWC and conv filters are HWIO (TensorFlow's
    Conv2D layout, not TFLite's OHWI).
  }];
  let cppNamespace = "::t2t::tfl";
  let hasConstantMaterializer = 1;
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    void registerAttributes();
  }];
}

def TFL_PermutedElementsAttr : AttrDef<TFL_Dialect, "PermutedElements",
                                       [ElementsAttrInterface, TypedAttrInterface]> {
  let mnemonic = "permuted";
  let summary = "A constant's elements with its dimensions permuted, computed when read";
  let description = [{
    The elements of `source` with its dimensions permuted (result dim i is
    source dim perm[i]), read in row-major order into `type`, which has as
    many elements (a reshape keeps the permutation). Folding a transpose of
    a weight gives this rather than a permuted copy: the exporter writes the
    permuted bytes straight into the GraphDef, so no weight is held twice
    and no memory is taken for the copies. Readers get the elements' bytes
    through `t2t::tfl::constantBytes`.

    ```mlir
    #tfl.permuted<dense_resource<w> : tensor<64x3x7x7xf32>, [2, 3, 1, 0]> : tensor<7x7x3x64xf32>
    ```
  }];
  let parameters = (ins AttributeSelfTypeParameter<"", "::mlir::ShapedType">:$type,
                        "::mlir::ElementsAttr":$source,
                        ArrayRefParameter<"int64_t">:$perm);
  let builders = [
    AttrBuilderWithInferredContext<(ins "::mlir::ShapedType":$type,
                                        "::mlir::ElementsAttr":$source,
                                        "::llvm::ArrayRef<int64_t>":$perm), [{
      return $_get(type.getContext(), type, source, perm);
    }]>
  ];
  let assemblyFormat = "`<` $source `,` `[` $perm `]` `>`";
  let genVerifyDecl = 1;
}

def TFL_ScaledElementsAttr : AttrDef<TFL_Dialect, "ScaledElements",
                                     [ElementsAttrInterface, TypedAttrInterface]> {
  let mnemonic = "scaled";
  let summary = "A float weight with one factor per channel, computed when read";
  let description = [{
    The f32 elements of `source` (a weight, possibly permuted), element i
    multiplied by `scale[(i / stride) % size(scale)]`: the channel of a
    filter's element in its layout (HWIO: stride 1; OI: the input count).
    Folding a per-channel scale (a BatchNormalization's) into a filter gives
    this rather than a scaled copy: the exporter scales the bytes as it
    writes them, so the filter is read once and written once. Readers get the
    elements' bytes through `t2t::tfl::constantBytes`.

    ```mlir
    #tfl.scaled<dense_resource<w> : tensor<3x3x8x16xf32>, dense<...> : tensor<16xf32>, 1> : tensor<3x3x8x16xf32>
    ```
  }];
  let parameters = (ins AttributeSelfTypeParameter<"", "::mlir::ShapedType">:$type,
                        "::mlir::ElementsAttr":$source,
                        "::mlir::DenseFPElementsAttr":$scale,
                        "int64_t":$stride);
  let builders = [
    AttrBuilderWithInferredContext<(ins "::mlir::ElementsAttr":$source,
                                        "::mlir::DenseFPElementsAttr":$scale,
                                        "int64_t":$stride), [{
      return $_get(source.getContext(), ::mlir::cast<::mlir::ShapedType>(source.getType()),
                   source, scale, stride);
    }]>
  ];
  let assemblyFormat = "`<` $source `,` $scale `,` $stride `>`";
  let genVerifyDecl = 1;
}

// The builder of an elementwise op with numpy broadcasting that computes its
// result type: the broadcast of the operands' shapes, with `element` (a C++
// expression over the builder's arguments). Rewrite patterns create such ops
// inside a result with no type given.
class TFL_BroadcastBuilder<dag ins, string operands, string element, string attrs = ""> :
    OpBuilder<ins, "build($_builder, $_state, ::t2t::tfl::broadcastType({" # operands # "}, " #
                   element # "), " # operands # attrs # ");">;
def TFL_BinaryBuilder : TFL_BroadcastBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs),
    "lhs, rhs", "::mlir::getElementTypeOrSelf(lhs)">;
def TFL_PredicateBuilder : TFL_BroadcastBuilder<(ins "::mlir::Value":$lhs, "::mlir::Value":$rhs),
    "lhs, rhs", "$_builder.getI1Type()">;
def TFL_FusedBinaryBuilder : TFL_BroadcastBuilder<
    (ins "::mlir::Value":$lhs, "::mlir::Value":$rhs, "::mlir::StringAttr":$fused_activation_function),
    "lhs, rhs", "::mlir::getElementTypeOrSelf(lhs)", ", fused_activation_function">;
def TFL_SelectBuilder : TFL_BroadcastBuilder<
    (ins "::mlir::Value":$condition, "::mlir::Value":$x, "::mlir::Value":$y),
    "condition, x, y", "::mlir::getElementTypeOrSelf(x)">;

// What an op is in a TFLite flatbuffer: the builtin operator `tfliteBuiltin`,
// by default the mnemonic upper-cased (tfl's mnemonics follow TFLite's
// operator names), "" where TFLite has no builtin for it. Its inputs and
// options are mapped in lib/Export/TFLite/OperatorMapping.cpp, with the index
// operands ExportsWithIndexInput declares for both formats.
def TFL_ExportsToTFLite : OpInterface<"ExportsToTFLite"> {
  let cppNamespace = "::t2t::tfl";
  let description = "An op with the name of the TFLite builtin operator it writes as";
  let methods = [
    StaticInterfaceMethod<"The TFLite builtin operator (\"\" for none)", "::llvm::StringRef",
                          "getTFLiteBuiltin">,
  ];
}

class TFL_Op<string mnemonic, list<Trait> traits = []> :
    Op<TFL_Dialect, mnemonic, traits # [TFL_ExportsToTFLite]> {
  string tfliteBuiltin = !toupper(mnemonic);
  code tfliteDeclaration = [{
    static ::llvm::StringRef getTFLiteBuiltin() { return "}] # tfliteBuiltin # [{"; }
  }];
  let extraClassDeclaration = tfliteDeclaration;
}

// The activation a producer applies to its result; the exporter emits it as
// a separate TensorFlow node.
def TFL_FusedActivation : AttrConstraint<
    CPred<"::t2t::tfl::isFusedActivation(::llvm::cast<::mlir::StringAttr>($_self).getValue())">,
    "one of NONE, RELU, RELU6, RELU_N1_TO_1, TANH">;
def TFL_FusedActivationAttr :
    DefaultValuedStrAttr<ConfinedAttr<StrAttr, [TFL_FusedActivation]>, "NONE">;

def TFL_Padding : AttrConstraint<
    CPred<"::llvm::is_contained({\"SAME\", \"VALID\", \"EXPLICIT\"}, "
          "::llvm::cast<::mlir::StringAttr>($_self).getValue())">,
    "one of SAME, VALID, EXPLICIT">;
def TFL_PaddingAttr : ConfinedAttr<StrAttr, [TFL_Padding]>;

// Elementwise with numpy broadcasting: result[i] depends only on the
// (broadcast) operands at i, so a transpose of every operand commutes with it.
def TFL_Elementwise : NativeOpTrait<"Elementwise"> {
  let cppNamespace = "::t2t::tfl::OpTrait";
}

// An op exported as exactly one TensorFlow node of type `tfOp` whose inputs
// are the op's operands in order; `typeAttr` (T unless "") carries the
// element type of operand `typeOperand`, `indexTypeAttr` (none unless given)
// that of operand `indexTypeOperand`. The exporter needs nothing more, so
// such ops are added in ODS alone.
def TFL_ExportsAsNode : OpInterface<"ExportsAsNode"> {
  let cppNamespace = "::t2t::tfl";
  let description = "An op that maps to one TensorFlow node with its operands as inputs";
  let methods = [
    StaticInterfaceMethod<"The TensorFlow op type", "::llvm::StringRef", "getTFOp">,
    StaticInterfaceMethod<"The type attr's name (\"\" for none)", "::llvm::StringRef",
                          "getTFTypeAttr">,
    StaticInterfaceMethod<"The operand whose element type the type attr carries",
                          "unsigned", "getTFTypeOperand">,
    StaticInterfaceMethod<"The index type attr's name (\"\" for none)", "::llvm::StringRef",
                          "getTFIndexTypeAttr">,
    StaticInterfaceMethod<"The operand whose element type the index type attr carries",
                          "unsigned", "getTFIndexTypeOperand">,
    StaticInterfaceMethod<"Attributes copied to the node under their own names",
                          "::llvm::SmallVector<::llvm::StringRef>", "getTFCopiedAttrs">,
  ];
}

class TFL_NodeOp<string mnemonic, string tfOp, list<Trait> traits = [],
                 string typeAttr = "T", int typeOperand = 0,
                 string indexTypeAttr = "", int indexTypeOperand = 1,
                 list<string> copiedAttrs = []> :
    TFL_Op<mnemonic, traits # [TFL_ExportsAsNode]> {
  let extraClassDeclaration = tfliteDeclaration # [{
    static ::llvm::SmallVector<::llvm::StringRef> getTFCopiedAttrs() {
      return {}] # !interleave(!foreach(a, copiedAttrs, "\"" # a # "\""), ", ") # [{};
    }
    static ::llvm::StringRef getTFOp() { return "}] # tfOp # [{"; }
    static ::llvm::StringRef getTFTypeAttr() { return "}] # typeAttr # [{"; }
    static unsigned getTFTypeOperand() { return }] # typeOperand # [{; }
    static ::llvm::StringRef getTFIndexTypeAttr() { return "}] # indexTypeAttr # [{"; }
    static unsigned getTFIndexTypeOperand() { return }] # indexTypeOperand # [{; }
  }];
}

// An op exported as one TensorFlow node of type `tfOp` whose inputs are the
// op's operands and then an int32 Const named `<node>/<suffix>`: attribute
// `indexSource` (an array; an integer as a scalar when `scalar`), or the
// result's shape (dynamic dims -1) when `indexSource` is ""; `indexTypeAttr`
// carries the Const's type, attr T the result's element type, and the
// attributes `copiedAttrs` are copied to the node under their own names.
def TFL_ExportsWithIndexInput : OpInterface<"ExportsWithIndexInput"> {
  let cppNamespace = "::t2t::tfl";
  let description = "An op that maps to one TensorFlow node with an int32 index input";
  let methods = [
    StaticInterfaceMethod<"The TensorFlow op type", "::llvm::StringRef", "getTFOp">,
    StaticInterfaceMethod<"The attribute holding the index (\"\": the result's shape)",
                          "::llvm::StringRef", "getTFIndexSource">,
    StaticInterfaceMethod<"The index Const's name suffix", "::llvm::StringRef", "getTFIndexSuffix">,
    StaticInterfaceMethod<"The index type attr's name", "::llvm::StringRef", "getTFIndexTypeAttr">,
    StaticInterfaceMethod<"Whether the index is a scalar", "bool", "isTFIndexScalar">,
    StaticInterfaceMethod<"The attributes copied to the node",
                          "::llvm::SmallVector<::llvm::StringRef>", "getTFCopiedAttrs">,
  ];
}

class TFL_IndexInputOp<string mnemonic, string tfOp, string indexSource, string suffix,
                       string indexTypeAttr, list<Trait> traits = [], bit scalar = 0,
                       list<string> copiedAttrs = []> :
    TFL_Op<mnemonic, traits # [TFL_ExportsWithIndexInput]> {
  let extraClassDeclaration = tfliteDeclaration # [{
    static ::llvm::StringRef getTFOp() { return "}] # tfOp # [{"; }
    static ::llvm::StringRef getTFIndexSource() { return "}] # indexSource # [{"; }
    static ::llvm::StringRef getTFIndexSuffix() { return "}] # suffix # [{"; }
    static ::llvm::StringRef getTFIndexTypeAttr() { return "}] # indexTypeAttr # [{"; }
    static bool isTFIndexScalar() { return }] # !if(scalar, "true", "false") # [{; }
    static ::llvm::SmallVector<::llvm::StringRef> getTFCopiedAttrs() {
      return {}] # !interleave(!foreach(a, copiedAttrs, "\"" # a # "\""), ", ") # [{};
    }
  }];
}

def TFL_Float : AnyTypeOf<[F32, F16, BF16, F64]>;
def TFL_FloatTensor : TensorOf<[TFL_Float]>;
def TFL_NumericTensor : TensorOf<[TFL_Float, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>;
def TFL_BoolTensor : TensorOf<[I1]>;
def TFL_NumericOrBoolTensor : TensorOf<[TFL_Float, I1, I8, I16, I32, I64, UI8, UI16, UI32, UI64]>;
def TFL_IndexTensor : TensorOf<[I32, I64]>;

#endif // T2T_TFL_BASE
