//===- t2t-convert.cpp - ONNX model in, TensorFlow GraphDef or TFLite out -===//
//
// The one-shot user command: the same import, pass pipeline and export as
//   t2t-translate --import-onnx | t2t-opt --convert-onnx-to-nhwc |
//   t2t-translate --to-graphdef
// with a one-screen summary.
//
//===----------------------------------------------------------------------===//

#include "ConversionReport.h"
#include "ReplacingOutput.h"

#include "t2t/Dialect/TFL/TFLDialect.h"
#include "t2t/Export/DotExporter.h"
#include "t2t/Export/GraphDefExporter.h"
#include "t2t/Export/TFLiteExporter.h"
#include "t2t/Import/ONNXImporter.h"
#include "t2t/InitAll.h"
#include "t2t/Transforms/Pipeline.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <atomic>
#include <chrono>
#include <cstdlib>

using namespace mlir;
namespace cl = llvm::cl;

namespace {
enum class Emit { Auto, Pb, Pbtxt, Tflite, Mlir, Dot };
enum class IOLayout { NHWC, NCHW };

// --help lists these; LLVM's and MLIR's own options (hundreds, from every
// backend libLLVM carries) are unlisted but still work.
cl::OptionCategory convertCategory("t2t-convert options");

cl::opt<std::string> inputPath(cl::Positional, cl::desc("<model.onnx>"), cl::Required,
                               cl::cat(convertCategory));
cl::opt<std::string> outputPath("o", cl::desc("Output file (.pb, .pbtxt, .tflite, .mlir or .dot)"),
                                cl::value_desc("file"), cl::Required, cl::cat(convertCategory));
cl::opt<Emit> emit("emit", cl::desc("Output format (default: from the output's extension)"),
                   cl::init(Emit::Auto),
                   cl::values(clEnumValN(Emit::Pb, "pb", "binary GraphDef"),
                              clEnumValN(Emit::Pbtxt, "pbtxt", "text GraphDef"),
                              clEnumValN(Emit::Tflite, "tflite",
                                         "TensorFlow Lite flatbuffer (builtin operators)"),
                              clEnumValN(Emit::Mlir, "mlir", "the lowered tfl dialect"),
                              clEnumValN(Emit::Dot, "dot",
                                         "the lowered graph for Graphviz (transposes red, "
                                         "fused layers labelled; dot -Tsvg draws it)")),
                   cl::cat(convertCategory));
cl::opt<IOLayout> ioLayout(
    "io-layout", cl::desc("Layout of 4-D graph inputs and outputs"), cl::init(IOLayout::NHWC),
    cl::values(clEnumValN(IOLayout::NHWC, "nhwc", "channels-last, as TensorFlow expects"),
               clEnumValN(IOLayout::NCHW, "nchw", "keep the ONNX (channels-first) interface")),
    cl::cat(convertCategory));
enum class Layout { Optimized, Naive };
cl::opt<Layout>
    layout("layout", cl::desc("Where transposes go"), cl::init(Layout::Optimized),
           cl::values(clEnumValN(Layout::Optimized, "optimized",
                                 "move, fold and cancel transposes (the default)"),
                      clEnumValN(Layout::Naive, "naive",
                                 "a transpose pair around every layout-sensitive op, as onnx-tf "
                                 "emits (the benchmark baseline)")),
           cl::cat(convertCategory));
cl::opt<bool> quiet("q", cl::desc("Print no summary"), cl::cat(convertCategory));
cl::opt<std::string> mapPath(
    "map",
    cl::desc("Write where each ONNX node's output is in the GraphDef or TFLite model (node "
             "output or tensor, and its shape, NHWC where the layout moved), for verify.mjs "
             "--per-op; a .tflite then also outputs those tensors (a model for checking)"),
    cl::value_desc("map.json"), cl::cat(convertCategory));
cl::opt<std::string> reportPath(
    "report",
    cl::desc("Write what the conversion did as JSON: outcome, messages, and per ONNX operator "
             "its domain, count, status, and for unsupported ones the reason and nodes"),
    cl::value_desc("report.json"), cl::cat(convertCategory));

constexpr const char *kOverview = R"(t2t: ONNX model -> channels-last TensorFlow GraphDef or TFLite model

Exit status:
  0  converted
  1  usage error, or the output cannot be written
  2  the model cannot be read or was refused on import (not valid ONNX, or a
     feature t2t does not read); the message names the node and the reason
  3  operators t2t cannot lower; every one is listed with its reason
  4  the lowered graph cannot be exported (e.g. over protobuf's 2 GB)
)";

Emit resolveEmit() {
  if (emit != Emit::Auto)
    return emit;
  StringRef out(outputPath);
  if (out.ends_with(".pbtxt"))
    return Emit::Pbtxt;
  if (out.ends_with(".mlir"))
    return Emit::Mlir;
  if (out.ends_with(".tflite"))
    return Emit::Tflite;
  if (out.ends_with(".dot"))
    return Emit::Dot;
  return Emit::Pb;
}

/// Counts the operations FuseTFL folds into layers (bias adds, scales and
/// BatchNormalizations, zero paddings, activations, decomposed activations):
/// its non-constant operations before, less those after.
class FusionCounter : public PassInstrumentation {
public:
  void runBeforePass(Pass *pass, Operation *op) override { track(pass, op, 1); }
  void runAfterPass(Pass *pass, Operation *op) override { track(pass, op, -1); }
  int64_t folded() const { return count; }

private:
  void track(Pass *pass, Operation *op, int64_t sign) {
    if (pass->getArgument() != "fuse-tfl")
      return;
    int64_t ops = 0;
    op->walk([&](Operation *nested) { ops += !isa<t2t::tfl::ConstOp>(nested); });
    count += sign * ops;
  }
  std::atomic<int64_t> count{0};
};

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Ends a conversion whose output is complete without destroying main's
/// module, context and parsed model: the system takes their memory back at
/// once, where destroying them took 3.5 ms (ConvNeXt-Tiny; clang's
/// -disable-free alike). exit() still runs the static destructors, which
/// reap libonnx's worker. Sanitized builds return and destroy them, for the
/// leak check.
int exitKeepingMain(int code) {
  if (LLVM_ADDRESS_SANITIZER_BUILD)
    return code;
  llvm::outs().flush();
  std::exit(code);
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerPassManagerCLOptions();
  t2t::registerImportCLOptions(&convertCategory);
  cl::HideUnrelatedOptions(convertCategory);
  cl::ParseCommandLineOptions(argc, argv, kOverview);

  DialectRegistry registry;
  t2t::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Diagnostics name the ONNX node; dumping a whole model after them helps nobody.
  context.printOpOnDiagnostic(false);
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagnostics(sourceMgr, &context);
  t2t::ConversionReport report(inputPath, outputPath);
  report.captureDiagnostics(&context);
  auto finish = [&](t2t::Outcome outcome) {
    if (!reportPath.empty() && !report.write(reportPath, outcome) &&
        outcome == t2t::Outcome::Converted)
      outcome = t2t::Outcome::UsageError;
    return static_cast<int>(outcome);
  };
  auto start = std::chrono::steady_clock::now();

  auto importOptions = t2t::importOptionsFromCommandLine();
  if (!importOptions) {
    llvm::errs() << "t2t-convert: " << llvm::toString(importOptions.takeError()) << "\n";
    return finish(t2t::Outcome::UsageError);
  }
  OwningOpRef<ModuleOp> module = t2t::importONNXFile(inputPath, &context, *importOptions);
  if (!module)
    return finish(t2t::Outcome::ImportFailed);
  report.countImported(*module);
  size_t onnxOps = 0;
  module->walk([&](Operation *op) {
    if (op->getDialect() && op->getDialect()->getNamespace() == "onnx" &&
        op->getName().getStringRef() != "onnx.NoValue")
      ++onnxOps;
  });
  double importSeconds = secondsSince(start);

  PassManager pm(&context);
  if (failed(applyPassManagerCLOptions(pm)))
    return finish(t2t::Outcome::UsageError);
  t2t::PipelineOptions options;
  options.nhwcInterface = ioLayout == IOLayout::NHWC;
  options.naiveLayout = layout == Layout::Naive;
  t2t::buildConversionPipeline(pm, options);
  auto fusions = std::make_unique<FusionCounter>();
  FusionCounter *fusionCounter = fusions.get();
  pm.addInstrumentation(std::move(fusions));
  if (failed(pm.run(*module))) {
    report.takeUnsupported(*module);
    return finish(t2t::Outcome::UnsupportedOps);
  }
  double lowerSeconds = secondsSince(start) - importSeconds;

  llvm::Expected<t2t::ReplacingOutput> output = t2t::ReplacingOutput::open(outputPath);
  if (!output) {
    llvm::errs() << "t2t-convert: " << llvm::toString(output.takeError()) << "\n";
    return finish(t2t::Outcome::UsageError);
  }
  t2t::ExportStats stats;
  Emit format = resolveEmit();
  if (format == Emit::Mlir) {
    module->print(output->os());
  } else if (format == Emit::Dot) {
    if (failed(t2t::exportDot(*module, output->os())))
      return finish(t2t::Outcome::ExportFailed);
  } else if (format == Emit::Tflite) {
    if (failed(t2t::exportTFLite(*module, output->os(), &stats, t2t::WeightRelease::AfterWriting,
                                 /*exposeOnnxValues=*/!mapPath.empty())))
      return finish(t2t::Outcome::ExportFailed);
  } else if (failed(t2t::exportGraphDef(*module, output->os(),
                                        format == Emit::Pb ? t2t::GraphDefFormat::Binary
                                                           : t2t::GraphDefFormat::Text,
                                        &stats, t2t::WeightRelease::AfterWriting))) {
    return finish(t2t::Outcome::ExportFailed);
  }
  if (llvm::Error error = output->keep()) {
    llvm::errs() << "t2t-convert: " << llvm::toString(std::move(error)) << "\n";
    return finish(t2t::Outcome::ExportFailed);
  }
  if (!mapPath.empty()) {
    if (format != Emit::Pb && format != Emit::Tflite) {
      llvm::errs() << "t2t-convert: --map is written for binary GraphDefs and TFLite models\n";
      return finish(t2t::Outcome::UsageError);
    }
    llvm::json::Array values;
    for (const t2t::MappedValue &value : stats.onnxValues)
      values.push_back(llvm::json::Object{{"onnx_node", value.onnxNode},
                                          {"output", value.output},
                                          {"shape", llvm::json::Array(value.shape)},
                                          {"fused", llvm::json::Array(value.fused)}});
    std::error_code error;
    llvm::raw_fd_ostream mapFile(mapPath, error);
    if (error) {
      llvm::errs() << "t2t-convert: cannot write " << mapPath << ": " << error.message() << "\n";
      return finish(t2t::Outcome::UsageError);
    }
    mapFile << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                          {"format", format == Emit::Pb ? "graphdef" : "tflite"},
                                          {"values", std::move(values)}}))
            << "\n";
  }
  // The same summary for both formats: GraphDef nodes or TFLite operators.
  size_t transposes = stats.opCounts.lookup(format == Emit::Tflite ? "TRANSPOSE" : "Transpose");
  report.setSummary(stats.nodes, transposes, fusionCounter->folded());
  if (quiet)
    return exitKeepingMain(finish(t2t::Outcome::Converted));

  llvm::outs() << "t2t-convert: " << inputPath << " -> " << outputPath << "\n"
               << "  ONNX ops in:      " << onnxOps << "\n";
  if (format != Emit::Mlir && format != Emit::Dot) {
    llvm::outs() << (format == Emit::Tflite ? "  TFLite ops out:   " : "  TF nodes out:     ")
                 << stats.nodes << " (" << stats.bytes << " bytes)\n"
                 << "  transposes left:  " << transposes << "\n";
  }
  llvm::outs() << "  fusions:          " << fusionCounter->folded() << " ops folded into layers\n";
  llvm::outs() << llvm::format(
      "  time:             %.3f s (import %.3f, lower %.3f, export %.3f)\n", secondsSince(start),
      importSeconds, lowerSeconds, secondsSince(start) - importSeconds - lowerSeconds);
  return exitKeepingMain(finish(t2t::Outcome::Converted));
}
