//===- Isolated.cpp - libonnx's analyses in a child process ---------------===//

#include "Isolated.h"

#include "t2t/Support/ElementsAttrUtils.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <unordered_map>

#include <sys/wait.h>
#include <unistd.h>

namespace t2t::import {
namespace {

bool isLargePayload(const ::onnx::TensorProto &tensor) {
  return tensor.raw_data().size() >= kBlobThresholdBytes;
}

bool writeAll(int fd, const std::string &bytes) {
  for (size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return false;
    done += n;
  }
  return true;
}

std::string readAll(int fd) {
  std::string bytes;
  char chunk[65536];
  while (true) {
    ssize_t n = ::read(fd, chunk, sizeof(chunk));
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return bytes;
    bytes.append(chunk, n);
  }
}

// The child's reply: a tag byte, then the model or the error's message.
constexpr char kModelTag = 'M', kErrorTag = 'E';

} // namespace

void dropLargePayloads(::onnx::ModelProto &model) {
  for (auto &tensor : *model.mutable_graph()->mutable_initializer())
    if (isLargePayload(tensor))
      tensor.clear_raw_data();
}

llvm::Error runIsolated(::onnx::ModelProto &model,
                        llvm::function_ref<llvm::Error(::onnx::ModelProto &)> work) {
#ifdef T2T_LIBONNX_IN_PROCESS
  // The fuzzing build: libFuzzer must see libonnx's crashes (they are
  // findings), and a fork per input would cost more than the input.
  return work(model);
#endif
  int fds[2];
  if (::pipe(fds) != 0)
    return llvm::createStringError("cannot create a pipe: %s", std::strerror(errno));
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return llvm::createStringError("cannot fork: %s", std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    // A crash here is the parent's to report: no stack dump, no sanitizer
    // report from handlers inherited from the tool.
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
      ::signal(sig, SIG_DFL);
    std::string reply;
    if (llvm::Error err = work(model)) {
      reply = kErrorTag + llvm::toString(std::move(err));
    } else {
      dropLargePayloads(model);
      reply = kModelTag;
      model.AppendToString(&reply);
    }
    // _exit: the parent's buffers, atexit handlers and leak checks are not
    // the child's to run.
    ::_exit(writeAll(fds[1], reply) ? 0 : 1);
  }
  ::close(fds[1]);
  std::string reply = readAll(fds[0]);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status))
    return llvm::createStringError(
        "ONNX's checker or shape inference crashed on this model (signal %d, %s): it is "
        "malformed in a way libonnx does not check",
        WTERMSIG(status), strsignal(WTERMSIG(status)));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty())
    return llvm::createStringError(
        "ONNX's checker or shape inference failed on this model (exit status %d): it is "
        "malformed in a way libonnx does not check",
        WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  if (reply.front() == kErrorTag)
    return llvm::createStringError("%s", reply.c_str() + 1);
  ::onnx::ModelProto result;
  if (!result.ParseFromArray(reply.data() + 1, static_cast<int>(reply.size() - 1)))
    return llvm::createStringError("the analysed model could not be read back");
  // The payloads the child dropped move over from the parent's model, by
  // initializer name (which the analyses keep).
  std::unordered_map<std::string, std::string *> payloads;
  for (auto &tensor : *model.mutable_graph()->mutable_initializer())
    if (isLargePayload(tensor))
      payloads[tensor.name()] = tensor.mutable_raw_data();
  for (auto &tensor : *result.mutable_graph()->mutable_initializer())
    if (auto it = payloads.find(tensor.name()); it != payloads.end() && !tensor.has_raw_data())
      tensor.mutable_raw_data()->swap(*it->second);
  model = std::move(result);
  return llvm::Error::success();
}

} // namespace t2t::import
