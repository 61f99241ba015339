//===- AsyncOutput.cpp - protobuf output written by a thread of its own --===//

#include "AsyncOutput.h"

namespace t2t {

/// The queue holds at most this many chunks (of the stream's chunk size):
/// a few MiB, enough that neither side waits on the other's jitter.
constexpr size_t kQueuedChunks = 32;

AsyncOutput::AsyncOutput(llvm::raw_ostream &os) : os(os), writer([this] { drain(); }) {}

AsyncOutput::~AsyncOutput() {
  {
    std::lock_guard<std::mutex> lock(mutex);
    closing = true;
  }
  changed.notify_all();
  writer.join();
}

bool AsyncOutput::Write(const void *buffer, int size) {
  std::string chunk(static_cast<const char *>(buffer), size);
  std::unique_lock<std::mutex> lock(mutex);
  changed.wait(lock, [&] { return chunks.size() < kQueuedChunks; });
  chunks.push_back(std::move(chunk));
  lock.unlock();
  changed.notify_all();
  return true;
}

void AsyncOutput::drain() {
  std::unique_lock<std::mutex> lock(mutex);
  while (true) {
    changed.wait(lock, [&] { return closing || !chunks.empty(); });
    if (chunks.empty())
      return;
    std::string chunk = std::move(chunks.front());
    chunks.pop_front();
    lock.unlock();
    changed.notify_all();
    os.write(chunk.data(), chunk.size());
    lock.lock();
  }
}

} // namespace t2t
