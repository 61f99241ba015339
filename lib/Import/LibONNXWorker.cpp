//===- LibONNXWorker.cpp - libonnx's analyses in a worker process ---------===//
//
// This is the one translation unit that calls into libonnx's throwing APIs;
// it is compiled with exceptions and turns each into an error reply.
//
// The protocol: one socket pair; each message is a 64-bit length and that
// many bytes. A request is the analysis, the model's folder up to a NUL, and
// the serialized model; a reply is a tag, then the model or an error message.
//
//===----------------------------------------------------------------------===//

#include "LibONNXWorker.h"
#include "ModelLoader.h"
#include "PayloadSplitting.h"
#include "SchemaRepairs.h"

#include "t2t/Support/ElementsAttrUtils.h"

#include "onnx/checker.h"
#include "onnx/defs/schema.h"
#include "onnx/shape_inference/implementation.h"
#include "onnx/version_converter/convert.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>
#include <string_view>
#include <unordered_map>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
#define T2T_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define T2T_SANITIZED 1
#endif
#endif
#if T2T_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace t2t::import {
namespace {

constexpr char kModelTag = 'M', kErrorTag = 'E';

/// Repeats `transfer(done)` (a send or read of what is left after `done`
/// bytes) until `size` bytes have moved; false at the end of the stream or on
/// an error.
template <typename Transfer> bool transferAll(size_t size, Transfer transfer) {
  for (size_t done = 0; done < size;) {
    ssize_t n = transfer(done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    done += n;
  }
  return true;
}

bool sendAll(int fd, const char *data, size_t size) {
  // MSG_NOSIGNAL: a dead worker is an error to report, not a SIGPIPE.
  return transferAll(
      size, [&](size_t done) { return ::send(fd, data + done, size - done, MSG_NOSIGNAL); });
}

bool receiveAll(int fd, char *data, size_t size) {
  return transferAll(size, [&](size_t done) { return ::read(fd, data + done, size - done); });
}

bool sendMessage(int fd, const std::string &bytes) {
  uint64_t size = bytes.size();
  return sendAll(fd, reinterpret_cast<const char *>(&size), sizeof(size)) &&
         sendAll(fd, bytes.data(), bytes.size());
}

bool receiveMessage(int fd, std::string &bytes) {
  uint64_t size = 0;
  // Models are under protobuf's 2 GB limit; anything larger is a broken peer.
  if (!receiveAll(fd, reinterpret_cast<char *>(&size), sizeof(size)) || size > INT_MAX)
    return false;
  bytes.resize(size);
  return receiveAll(fd, bytes.data(), size);
}

/// ONNX's checker, as check_model(path) runs it but on the parsed model and
/// with external data resolved against `modelDir`.
void checkModel(const ::onnx::ModelProto &model, const std::string &modelDir) {
  ::onnx::checker::CheckerContext ctx;
  ctx.set_ir_version(static_cast<int>(model.ir_version()));
  std::unordered_map<std::string, int> opsets;
  for (const auto &entry : model.opset_import())
    opsets[entry.domain()] = static_cast<int>(entry.version());
  ctx.set_opset_imports(opsets);
  ctx.set_model_dir(modelDir.empty() ? "." : modelDir);
  ::onnx::checker::LexicalScopeContext scope;
  ::onnx::checker::check_graph(model.graph(), ctx, scope);
  ::onnx::checker::check_model_local_functions(model, ctx, scope);
}

/// ONNX's version converter rewrites every node to the canonical opset, e.g.
/// Split/Squeeze/Unsqueeze/Reduce* attributes into inputs. Some of its
/// adapters need input shapes, so they are inferred first.
void convertToCanonicalOpset(::onnx::ModelProto &model) {
  // Building a converter (every adapter, a copy of every schema) costs ~9 ms;
  // one instance serves all (convert_version is const).
  static const ::onnx::version_conversion::DefaultVersionConverter converter;
  ::onnx::shape_inference::InferShapes(model);
  model = converter.convert_version(model, ::onnx::OpSetID(aiOnnxOpset(model)),
                                    ::onnx::OpSetID(canonicalOpset()));
}

void analyse(Analysis analysis, ::onnx::ModelProto &model, const std::string &modelDir) {
  switch (analysis) {
  case Analysis::Check:
    return checkModel(model, modelDir);
  case Analysis::ConvertToCanonicalOpset:
    return convertToCanonicalOpset(model);
  case Analysis::InferShapes:
    return ::onnx::shape_inference::InferShapes(
        model, ::onnx::OpSchemaRegistry::Instance(),
        ::onnx::ShapeInferenceOptions(/*check_type=*/false, /*error_mode=*/0,
                                      /*enable_data_propagation=*/true));
  }
  throw std::invalid_argument("unknown analysis");
}

/// libonnx's message restated for a user: the node it concerns first, no
/// source locations, assertion or C++ library text.
std::string reword(Analysis analysis, std::string message) {
  auto trim = [](std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '.'))
      s.pop_back();
    return s;
  };
  // The checker: "<reason>\n\n==> Context: Bad node spec for node. Name: N OpType: T".
  static const std::string kNodeContext = "==> Context: Bad node spec for node. Name: ";
  if (size_t at = message.find(kNodeContext); at != std::string::npos) {
    std::string context = message.substr(at + kNodeContext.size());
    size_t type = context.find(" OpType: ");
    std::string name = context.substr(0, type);
    std::string op = type == std::string::npos ? "" : trim(context.substr(type + 9));
    std::string reason = trim(message.substr(0, at));
    return "node '" + (name.empty() ? op : name) + "' (" + op + "): " + reason;
  }
  // Shape inference: "[ShapeInferenceError] (op_type:T, node name: N): [Kind] reason".
  static const std::string kInference = "(op_type:";
  if (size_t at = message.find(kInference); at != std::string::npos) {
    size_t comma = message.find(", node name: ", at);
    size_t close = message.find("): ", at);
    if (comma != std::string::npos && close != std::string::npos && comma < close) {
      std::string op = message.substr(at + kInference.size(), comma - at - kInference.size());
      std::string name = message.substr(comma + 13, close - comma - 13);
      std::string reason = message.substr(close + 3);
      if (reason.rfind("[", 0) == 0 && reason.find("] ") != std::string::npos)
        reason = reason.substr(reason.find("] ") + 2);
      return "node '" + (name.empty() ? op : name) + "' (" + op +
             "): shape inference: " + trim(reason);
    }
  }
  const char *stage = analysis == Analysis::Check                     ? "ONNX's checker"
                      : analysis == Analysis::ConvertToCanonicalOpset ? "ONNX's version converter"
                                                                      : "ONNX shape inference";
  // ONNX_ASSERT: "<file>:<line>: <function>: Assertion `<condition>` failed: <reason>".
  if (size_t at = message.find("` failed");
      at != std::string::npos && message.find("Assertion") != std::string::npos) {
    std::string reason = message.substr(at + 8);
    if (reason.rfind(": ", 0) == 0)
      reason = reason.substr(2);
    return std::string(stage) + " cannot handle this model" +
           (reason.empty() ? "" : ": " + trim(reason));
  }
  // A C++ library exception (unordered_map::at, vector::_M_range_check):
  // libonnx looked up something the model lacks.
  if (message.find("::") != std::string::npos && message.find(' ') == std::string::npos)
    return std::string(stage) + " failed on this model: it refers to an operator, attribute or "
                                "value libonnx 1.12 does not know";
  return trim(message);
}

std::string answer(const std::string &request) {
  size_t end = request.find('\0', 1);
  ::onnx::ModelProto model;
  if (request.empty() || end == std::string::npos ||
      !model.ParseFromArray(request.data() + end + 1, static_cast<int>(request.size() - end - 1)))
    return kErrorTag + std::string("malformed request to the libonnx worker");
  auto analysis = static_cast<Analysis>(request[0]);
  try {
    analyse(analysis, model, request.substr(1, end - 1));
  } catch (const std::exception &e) {
    return kErrorTag + reword(analysis, e.what());
  }
  std::string reply(1, kModelTag);
  model.AppendToString(&reply);
  return reply;
}

[[noreturn]] void serve(int fd) {
  // A crash here is the parent's to report: no stack dump, no sanitizer
  // report from handlers inherited from the tool.
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
    ::signal(sig, SIG_DFL);
#if T2T_SANITIZED
  // Nor a fuzzer's: a sanitizer report in libonnx's header code (compiled
  // into this file) ends the worker, which the parent reports as a crash;
  // libFuzzer's callback would record it as the parent's finding.
  __sanitizer_set_death_callback(nullptr);
#endif
  repairSchemas();
  std::string request;
  while (receiveMessage(fd, request))
    if (!sendMessage(fd, answer(request)))
      break;
  // _exit: the parent's buffers, atexit handlers and leak checks are not the
  // worker's to run.
  ::_exit(0);
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;

  /// Stops the worker at exit and reaps it: an orphan would stay a zombie
  /// where PID 1 does not reap (containers).
  ~Worker() {
    if (pid < 0)
      return;
    ::close(fd); // The worker reads EOF and exits.
    while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
};

/// The one worker of this process, started on first use; requests from
/// several threads take turns.
std::mutex workerMutex;
Worker worker;

llvm::Error startWorker() {
  // Built before the fork, libonnx's schema registry (every operator's
  // schema, tens of milliseconds) serves the importer here and the analyses
  // there; built after it, each process would build its own.
  (void)::onnx::OpSchemaRegistry::Schema("Relu", INT_MAX, "");
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
    return llvm::createStringError("cannot create a socket pair: %s", std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return llvm::createStringError("cannot fork: %s", std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    serve(fds[1]);
  }
  ::close(fds[1]);
  worker.pid = pid;
  worker.fd = fds[0];
  return llvm::Error::success();
}

/// Reaps a worker that stopped answering and says why.
llvm::Error workerLost() {
  ::close(worker.fd);
  int status = 0;
  while (::waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
  }
  worker.pid = worker.fd = -1;
  if (WIFSIGNALED(status))
    return llvm::createStringError(
        "ONNX's checker or shape inference crashed on this model (signal %d, %s): it is "
        "malformed in a way libonnx does not check",
        WTERMSIG(status), strsignal(WTERMSIG(status)));
  return llvm::createStringError(
      "ONNX's checker or shape inference failed on this model (exit status %d): it is "
      "malformed in a way libonnx does not check",
      WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

} // namespace

int64_t aiOnnxOpset(const ::onnx::ModelProto &model) {
  int64_t opset = -1;
  for (const auto &entry : model.opset_import())
    if (entry.domain().empty() || entry.domain() == "ai.onnx")
      opset = entry.version();
  return opset;
}

llvm::Error runInWorker(Analysis analysis, ::onnx::ModelProto &model, llvm::StringRef modelDir) {
  std::string request(1, static_cast<char>(analysis));
  request.append(modelDir.data(), modelDir.size());
  request.push_back('\0');
  if (!model.AppendToString(&request))
    return llvm::createStringError("the model cannot be serialized for libonnx");

  std::lock_guard<std::mutex> lock(workerMutex);
  if (worker.pid < 0)
    if (llvm::Error err = startWorker())
      return err;
  std::string reply;
  if (!sendMessage(worker.fd, request) || !receiveMessage(worker.fd, reply) || reply.empty())
    return workerLost();
  if (reply.front() == kErrorTag)
    return llvm::createStringError("%s", reply.c_str() + 1);
  ::onnx::ModelProto result;
  if (!result.ParseFromArray(reply.data() + 1, static_cast<int>(reply.size() - 1)))
    return llvm::createStringError("the analysed model could not be read back");
  model = std::move(result);
  return llvm::Error::success();
}

/// Calls `fn(key, tensor)` for each tensor of the main graph that can hold a
/// weight: the initializers, keyed 'i' + name, and the values of Constant
/// nodes, keyed 'c' + output (unique in SSA form). Some exporters store
/// weights in Constant nodes; without the stash they would travel to the
/// worker and back on every shape inference pass.
template <typename Fn> static void forEachWeightTensor(::onnx::ModelProto &model, Fn fn) {
  ::onnx::GraphProto &graph = *model.mutable_graph();
  for (auto &tensor : *graph.mutable_initializer())
    fn('i' + tensor.name(), tensor);
  for (auto &node : *graph.mutable_node())
    if (node.op_type() == "Constant" && node.domain().empty() && node.output_size() == 1)
      for (auto &attr : *node.mutable_attribute())
        if (attr.name() == "value" && attr.has_t())
          fn('c' + node.output(0), *attr.mutable_t());
}

PayloadStash::PayloadStash(::onnx::ModelProto &model) {
  forEachWeightTensor(model, [&](std::string key, ::onnx::TensorProto &tensor) {
    if (tensor.raw_data().size() < kBlobThresholdBytes)
      return;
    auto &[name, bytes] = payloads.emplace_back(std::move(key), std::string(kPayloadPlaceholder));
    bytes.swap(*tensor.mutable_raw_data());
  });
}

void PayloadStash::restore(::onnx::ModelProto &model) {
  // Tensors that share a key (duplicate initializer names, which the checker
  // refuses) take their payloads in order.
  std::unordered_map<std::string_view, std::vector<std::string *>> byKey;
  for (auto it = payloads.rbegin(); it != payloads.rend(); ++it)
    byKey[it->first].push_back(&it->second);
  forEachWeightTensor(model, [&](const std::string &key, ::onnx::TensorProto &tensor) {
    auto it = byKey.find(key);
    if (it == byKey.end() || it->second.empty() || tensor.raw_data() != kPayloadPlaceholder)
      return;
    tensor.mutable_raw_data()->swap(*it->second.back());
    it->second.pop_back();
  });
}

} // namespace t2t::import
