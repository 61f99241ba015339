//===- OpMapping.cpp - Which TensorFlow node each tfl op becomes ----------===//
//
// Ops that export as one node with their operands as inputs declare it in
// ODS (TFL_NodeOp: ExportsAsNode) and go through exportAsNode; the others,
// with attrs or index operands TensorFlow takes as Const inputs, are mapped
// here.
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

/// An op's `axis` (an I64Attr, whose accessor is unsigned) as the int64_t
/// index-constant writers take.
template <typename OpTy> static int64_t axisOf(OpTy op) {
  return static_cast<int64_t>(op.getAxis());
}

LogicalResult GraphDefBuilder::exportOp(Operation *op) {
  StringRef base = onnxNodeName(op->getLoc());
  // Ops whose single TF node takes the operands as they are, with attr T.
  auto simple = [&](StringRef tfOp, StringRef activation = "NONE") -> LogicalResult {
    FailureOr<tf::NodeDef *> node = addSimpleNode(op, tfOp);
    if (failed(node))
      return failure();
    FailureOr<std::string> out = addActivation(op, activation, (*node)->name());
    if (failed(out))
      return failure();
    values[op->getResult(0)] = *out;
    return success();
  };
  std::string name = nodeNameOrOpName(op);
  // Ops whose last input is an int32 index-like Const (perm, shape, axes,
  // paddings), with `indexAttr` naming its type.
  auto withIndexInput =
      [&](StringRef tfOp, ArrayRef<int64_t> index, StringRef suffix, StringRef indexAttr,
          std::optional<ArrayRef<int64_t>> shape = std::nullopt) -> FailureOr<tf::NodeDef *> {
    FailureOr<tf::NodeDef *> node =
        addSimpleNode(op, tfOp, {addInt32Const(index, name + "/" + suffix.str(), shape)});
    if (succeeded(node))
      (*(*node)->mutable_attr())[indexAttr.str()].set_type(tf::DT_INT32);
    return node;
  };
  auto pool = [&](StringRef tfOp, ArrayRef<int64_t> filter, ArrayRef<int64_t> strides,
                  StringRef padding) -> LogicalResult {
    FailureOr<tf::NodeDef *> node = addSimpleNode(op, tfOp);
    if (failed(node))
      return failure();
    setInts(*node, "ksize", {1, filter[0], filter[1], 1});
    setInts(*node, "strides", {1, strides[0], strides[1], 1});
    setString(*node, "padding", padding);
    setString(*node, "data_format", "NHWC");
    if (tfOp == "MaxPool") // AvgPool has no explicit_paddings attr.
      (*(*node)->mutable_attr())["explicit_paddings"].mutable_list();
    return success();
  };
  // The size is the operand when known only at run time, else the result's.
  auto resize = [&](StringRef tfOp, Type type, Value size, bool alignCorners,
                    bool halfPixelCenters) -> LogicalResult {
    auto shape = cast<RankedTensorType>(type).getShape();
    FailureOr<tf::NodeDef *> node =
        size ? addSimpleNode(op, tfOp)
             : addSimpleNode(op, tfOp, {addInt32Const({shape[1], shape[2]}, name + "/size")});
    if (failed(node))
      return failure();
    (*(*node)->mutable_attr())["align_corners"].set_b(alignCorners);
    (*(*node)->mutable_attr())["half_pixel_centers"].set_b(halfPixelCenters);
    return success();
  };

  if (auto loop = dyn_cast<tfl::WhileOp>(op))
    return exportWhile(loop);
  if (auto branch = dyn_cast<tfl::IfOp>(op))
    return exportIf(branch);
  if (auto node = dyn_cast<tfl::ExportsAsNode>(op))
    return exportAsNode(op, node);
  if (auto node = dyn_cast<tfl::ExportsWithIndexInput>(op))
    return exportWithIndexInput(op, node);

  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](tfl::ConstOp c) -> LogicalResult {
        FailureOr<std::string> name = addConst(op, c.getValue(), base.empty() ? "Const" : base);
        if (failed(name))
          return failure();
        values[c.getResult()] = *name;
        return success();
      })
      .Case([&](tfl::LeakyReluOp l) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "LeakyRelu");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["alpha"].set_f(l.getAlpha().convertToFloat());
        return success();
      })
      .Case([&](tfl::SoftmaxOp s) -> LogicalResult {
        if (!s.getBeta().isExactlyValue(1.0))
          return op->emitError("softmax with beta != 1 has no export mapping yet");
        return success(succeeded(addSimpleNode(op, "Softmax")));
      })
      .Case([&](tfl::NonMaxSuppressionV5Op n) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "NonMaxSuppressionV5");
        if (failed(node) || failed(setType(op, *node, "T", n.getBoxes().getType())))
          return failure();
        (*(*node)->mutable_attr())["pad_to_max_output_size"].set_b(false);
        values[n.getSelectedScores()] = (*node)->name() + ":1";
        values[n.getValidOutputs()] = (*node)->name() + ":2";
        return success();
      })
      .Case([&](tfl::TopKV2Op t) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "TopKV2");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["sorted"].set_b(true);
        values[t.getIndices()] = (*node)->name() + ":1";
        return success();
      })
      .Case([&](tfl::ShapeOp s) -> LogicalResult {
        FailureOr<std::string> in = input(op, s.getInput());
        if (failed(in))
          return failure();
        tf::NodeDef *node = addNode("Shape", name, {*in});
        if (failed(setType(op, node, "T", s.getInput().getType())) ||
            failed(setType(op, node, "out_type", s.getType())))
          return failure();
        values[s.getResult()] = node->name();
        return success();
      })
      .Case([&](tfl::CastOp c) -> LogicalResult {
        FailureOr<std::string> in = input(op, c.getInput());
        if (failed(in))
          return failure();
        tf::NodeDef *node = addNode("Cast", name, {*in});
        if (failed(setType(op, node, "SrcT", c.getInput().getType())) ||
            failed(setType(op, node, "DstT", c.getType())))
          return failure();
        (*node->mutable_attr())["Truncate"].set_b(false);
        values[c.getResult()] = node->name();
        return success();
      })
      .Case([&](tfl::AddOp a) { return simple("AddV2", a.getFusedActivationFunction()); })
      .Case([&](tfl::MulOp m) { return simple("Mul", m.getFusedActivationFunction()); })
      .Case([&](tfl::Conv2DOp c) { return exportConv(c, "Conv2D"); })
      .Case([&](tfl::DepthwiseConv2DOp c) { return exportConv(c, "DepthwiseConv2dNative"); })
      .Case([&](tfl::ConcatenationOp c) -> LogicalResult {
        FailureOr<tf::NodeDef *> node =
            withIndexInput("ConcatV2", {axisOf(c)}, "axis", "Tidx", ArrayRef<int64_t>{});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["N"].set_i(c.getValues().size());
        return success();
      })
      .Case([&](tfl::FullyConnectedOp f) { return exportFullyConnected(f); })
      .Case([&](tfl::MaxPool2DOp m) {
        return pool("MaxPool", m.getFilter(), m.getStrides(), m.getPadding());
      })
      .Case([&](tfl::AveragePool2DOp m) {
        return pool("AvgPool", m.getFilter(), m.getStrides(), m.getPadding());
      })
      .Case([&](tfl::ResizeBilinearOp r) {
        return resize("ResizeBilinear", r.getType(), r.getSize(), r.getAlignCorners(),
                      r.getHalfPixelCenters());
      })
      .Case([&](tfl::ResizeNearestNeighborOp r) {
        return resize("ResizeNearestNeighbor", r.getType(), r.getSize(), r.getAlignCorners(),
                      r.getHalfPixelCenters());
      })
      .Case([&](tfl::PadV2Op p) -> LogicalResult {
        Type element = getElementTypeOrSelf(p.getType());
        Attribute fill =
            isa<FloatType>(element)
                ? Attribute(FloatAttr::get(element, p.getConstantValue().convertToDouble()))
                : Attribute(IntegerAttr::get(element, p.getConstantValue().convertToDouble()));
        FailureOr<std::string> value =
            addConst(op, DenseElementsAttr::get(RankedTensorType::get({}, element), fill),
                     name + "/constant_values");
        if (failed(value))
          return failure();
        int64_t rank = static_cast<int64_t>(p.getPaddings().size()) / 2;
        FailureOr<tf::NodeDef *> node = addSimpleNode(
            op, "PadV2",
            {addInt32Const(p.getPaddings(), name + "/paddings", ArrayRef<int64_t>{rank, 2}),
             *value});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["Tpaddings"].set_type(tf::DT_INT32);
        return success();
      })
      .Case([&](tfl::EinsumOp e) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "Einsum");
        if (failed(node))
          return failure();
        setString(*node, "equation", e.getEquation());
        (*(*node)->mutable_attr())["N"].set_i(e.getInputs().size());
        return success();
      })
      .Case([&](tfl::SumByOperandOp m) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "Sum");
        if (failed(node) || failed(setType(op, *node, "Tidx", m.getAxes().getType())))
          return failure();
        (*(*node)->mutable_attr())["keep_dims"].set_b(m.getKeepDims());
        return success();
      })
      .Case([&](tfl::HardSwishOp h) { return exportHardSwish(h); })
      .Case([&](tfl::GeluOp g) { return exportGelu(g); })
      .Case([&](tfl::PReluOp p) { return exportPRelu(p); })
      .Case([&](tfl::TransposeConvOp t) { return exportTransposeConv(t); })
      .Case<tfl::ArgMaxOp, tfl::ArgMinOp>([&](auto a) -> LogicalResult {
        FailureOr<tf::NodeDef *> node =
            withIndexInput(isa<tfl::ArgMaxOp>(op) ? "ArgMax" : "ArgMin", {axisOf(a)}, "dimension",
                           "Tidx", ArrayRef<int64_t>{});
        if (failed(node) || failed(setType(op, *node, "T", a.getInput().getType())) ||
            failed(setType(op, *node, "output_type", a.getType())))
          return failure();
        return success();
      })
      .Case([&](tfl::BatchMatMulOp b) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "BatchMatMulV2");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["adj_x"].set_b(b.getAdjX());
        (*(*node)->mutable_attr())["adj_y"].set_b(b.getAdjY());
        return success();
      })
      .Case([&](tfl::SliceOp sl) -> LogicalResult {
        FailureOr<tf::NodeDef *> node =
            addSimpleNode(op, "Slice",
                          {addInt32Const(sl.getBegin(), name + "/begin"),
                           addInt32Const(sl.getSize(), name + "/size")});
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["Index"].set_type(tf::DT_INT32);
        return success();
      })
      .Case([&](tfl::StridedSliceOp sl) -> LogicalResult {
        FailureOr<tf::NodeDef *> node =
            addSimpleNode(op, "StridedSlice",
                          {addInt32Const(sl.getBegin(), name + "/begin"),
                           addInt32Const(sl.getEnd(), name + "/end"),
                           addInt32Const(sl.getStrides(), name + "/strides")});
        if (failed(node))
          return failure();
        auto &attrs = *(*node)->mutable_attr();
        attrs["Index"].set_type(tf::DT_INT32);
        attrs["begin_mask"].set_i(sl.getBeginMask());
        attrs["end_mask"].set_i(sl.getEndMask());
        attrs["ellipsis_mask"].set_i(0);
        attrs["new_axis_mask"].set_i(0);
        attrs["shrink_axis_mask"].set_i(sl.getShrinkAxisMask());
        return success();
      })
      .Case([&](tfl::GatherOp g) -> LogicalResult {
        FailureOr<std::string> params = input(op, g.getParams()),
                               indices = input(op, g.getIndices());
        if (failed(params) || failed(indices))
          return failure();
        std::string axis = addInt32Const({axisOf(g)}, name + "/axis", ArrayRef<int64_t>{});
        tf::NodeDef *node = addNode("GatherV2", name, {*params, *indices, axis});
        if (failed(setType(op, node, "Tparams", g.getType())) ||
            failed(setType(op, node, "Tindices", g.getIndices().getType())))
          return failure();
        (*node->mutable_attr())["Taxis"].set_type(tf::DT_INT32);
        (*node->mutable_attr())["batch_dims"].set_i(0);
        values[g.getResult()] = node->name();
        return success();
      })
      .Case([&](tfl::SplitOp sp) -> LogicalResult {
        FailureOr<std::string> in = input(op, sp.getInput());
        if (failed(in))
          return failure();
        tf::NodeDef *node =
            addNode("SplitV", name,
                    {*in, addInt32Const(sp.getSizeSplits(), name + "/size_splits"),
                     addInt32Const({axisOf(sp)}, name + "/axis", ArrayRef<int64_t>{})});
        if (failed(setType(op, node, "T", sp.getInput().getType())))
          return failure();
        (*node->mutable_attr())["Tlen"].set_type(tf::DT_INT32);
        (*node->mutable_attr())["num_split"].set_i(sp.getNumResults());
        for (auto [k, result] : llvm::enumerate(sp.getResults()))
          values[result] = k == 0 ? node->name() : node->name() + ":" + std::to_string(k);
        return success();
      })
      .Case([&](tfl::MirrorPadOp m) -> LogicalResult {
        int64_t rank = static_cast<int64_t>(m.getPaddings().size()) / 2;
        FailureOr<tf::NodeDef *> node = withIndexInput("MirrorPad", m.getPaddings(), "paddings",
                                                       "Tpaddings", ArrayRef<int64_t>{rank, 2});
        if (failed(node))
          return failure();
        setString(*node, "mode", m.getMode());
        return success();
      })
      .Case([&](tfl::DepthToSpaceOp b) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "DepthToSpace");
        if (failed(node))
          return failure();
        (*(*node)->mutable_attr())["block_size"].set_i(b.getBlockSize());
        setString(*node, "data_format", "NHWC");
        return success();
      })
      .Case([&](tfl::LocalResponseNormalizationOp l) -> LogicalResult {
        FailureOr<tf::NodeDef *> node = addSimpleNode(op, "LRN");
        if (failed(node))
          return failure();
        auto &attrs = *(*node)->mutable_attr();
        attrs["depth_radius"].set_i(l.getRadius());
        attrs["bias"].set_f(l.getBias().convertToFloat());
        attrs["alpha"].set_f(l.getAlpha().convertToFloat());
        attrs["beta"].set_f(l.getBeta().convertToFloat());
        return success();
      })
      .Default([&](Operation *) {
        return op->emitError("'") << op->getName() << "' has no GraphDef export mapping";
      });
}

} // namespace t2t
