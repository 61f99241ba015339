//===- AsyncOutput.cpp - Exporter output written by a thread of its own ---===//

#include "AsyncOutput.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace t2t {

/// A new buffer's size when nothing larger is asked for: large enough that
/// system calls do not count next to the copying. A buffer holding this much
/// is queued: a large one reused for small weights kept the writer idle
/// until it was full (FCN-ResNet50: 0.075 -> 0.06 s).
constexpr size_t kBufferBytes = 1 << 20;
/// The buffers' memory may reach twice the largest claim (one weight being
/// written while the next is computed) and this much more.
constexpr size_t kSlackBytes = 8 << 20;

AsyncOutput::AsyncOutput(llvm::raw_ostream &os) : os(os), writer([this] { drain(); }) {}

AsyncOutput::~AsyncOutput() {
  std::unique_lock<std::mutex> lock(mutex);
  if (current.used)
    queue.push_back(std::move(current));
  closing = true;
  lock.unlock();
  changed.notify_all();
  writer.join();
}

bool AsyncOutput::Next(void **data, int *size) {
  if (current.used == current.size() || current.used >= kBufferBytes)
    startBuffer(kBufferBytes);
  size_t spare = std::min<size_t>(current.size() - current.used, INT_MAX);
  *data = current.data() + current.used;
  *size = static_cast<int>(spare);
  current.used += spare;
  byteCount += spare;
  return true;
}

void AsyncOutput::BackUp(int count) {
  current.used -= count;
  byteCount -= count;
}

llvm::MutableArrayRef<char> AsyncOutput::claim(size_t size) {
  if (current.size() - current.used < size || current.used >= kBufferBytes)
    startBuffer(size);
  llvm::MutableArrayRef<char> bytes(current.data() + current.used, size);
  current.used += size;
  byteCount += size;
  lastClaim = bytes.data();
  return bytes;
}

void AsyncOutput::append(llvm::ArrayRef<char> bytes) {
  bool claimed = bytes.data() == lastClaim;
  lastClaim = nullptr;
  if (claimed)
    return;
  // A buffer at a time: a stored weight comes whole, and needs no buffer of
  // its size.
  while (!bytes.empty()) {
    size_t size = std::min(bytes.size(), kBufferBytes);
    std::memcpy(claim(size).data(), bytes.data(), size);
    bytes = bytes.drop_front(size);
  }
  lastClaim = nullptr;
}

size_t AsyncOutput::bufferBytes() {
  std::lock_guard<std::mutex> lock(mutex);
  return allocated;
}

void AsyncOutput::startBuffer(size_t size) {
  size = std::max(size, kBufferBytes);
  std::unique_lock<std::mutex> lock(mutex);
  if (current.used)
    queue.push_back(std::move(current));
  else if (current.size())
    written.push_back(std::move(current));
  current = Buffer();
  lock.unlock();
  changed.notify_all();
  lock.lock();
  budget = std::max(budget, 2 * size + kSlackBytes);
  while (true) {
    // The smallest written buffer that holds `size`.
    auto best = written.end();
    for (auto it = written.begin(); it != written.end(); ++it)
      if (it->size() >= size && (best == written.end() || it->size() < best->size()))
        best = it;
    if (best != written.end()) {
      current = std::move(*best);
      written.erase(best);
      return;
    }
    // Else a new one, freeing written ones that are too small to make room.
    while (allocated + size > budget && !written.empty()) {
      allocated -= written.back().size();
      written.pop_back();
    }
    if (allocated + size <= budget)
      break;
    changed.wait(lock);
  }
  allocated += size;
  lock.unlock();
  current.memory = WeightMemory(size);
}

void AsyncOutput::drain() {
  std::unique_lock<std::mutex> lock(mutex);
  while (true) {
    changed.wait(lock, [&] { return closing || !queue.empty(); });
    if (queue.empty())
      return;
    Buffer buffer = std::move(queue.front());
    queue.pop_front();
    lock.unlock();
    os.write(buffer.data(), buffer.used);
    buffer.used = 0;
    lock.lock();
    written.push_back(std::move(buffer));
    changed.notify_all();
  }
}

} // namespace t2t
