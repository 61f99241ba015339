//===- AsyncOutput.cpp - Exporter output written by a thread of its own ---===//

#include "AsyncOutput.h"
#include "t2t/Dialect/TFL/TFLDialect.h"

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
/// Stored pieces from this size on are written from where they are (smaller
/// ones are copied: a system call each costs more), and at most this many
/// bytes of them are queued, so that their pages are given back as they go.
constexpr size_t kStoredPieceBytes = 256 << 10;
constexpr size_t kStoredQueuedBytes = 32 << 20;
/// The writer's system calls write this much at most: the kernel's copy of
/// it into the page cache stays in L2 (ConvNeXt-Tiny's 109 MB from its
/// mapping: 35 ms in 1 MiB writes or more, 26 ms in 256 KiB ones).
constexpr size_t kWriteBytes = 256 << 10;

AsyncOutput::AsyncOutput(llvm::raw_ostream &os, size_t size) : os(os), writer([this] { drain(); }) {
  os.reserveExtraSpace(size);
}

AsyncOutput::~AsyncOutput() {
  std::unique_lock<std::mutex> lock(mutex);
  queueCurrent();
  closing = true;
  changed.notify_all();
  // The callbacks run as their bytes are written: a stored weight's pages
  // are given back before the last ones are written.
  while (!callbacks.empty()) {
    changed.wait(lock, [&] { return writtenCount >= callbacks.front().first; });
    lock.unlock();
    runWrittenCallbacks();
    lock.lock();
  }
  lock.unlock();
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
  // A buffer at a time: a stored weight comes whole, and needs no buffer of
  // its size.
  while (!bytes.empty()) {
    size_t size = std::min(bytes.size(), kBufferBytes);
    std::memcpy(claim(size).data(), bytes.data(), size);
    bytes = bytes.drop_front(size);
  }
  lastClaim = nullptr;
}

bool AsyncOutput::appendWeight(mlir::ElementsAttr value, BlobRelease *release) {
  if (!tfl::forEachConstantPiece(
          value, kWeightPieceBytes, [&](size_t size) { return claim(size); },
          [&](llvm::ArrayRef<char> piece) { appendWeightPiece(piece); }))
    return false;
  if (release)
    whenWritten([release, value] { release->written(value); });
  return true;
}

void AsyncOutput::appendWeightPiece(llvm::ArrayRef<char> piece) {
  if (piece.data() == lastClaim) {
    lastClaim = nullptr;
    return;
  }
  if (piece.size() < kStoredPieceBytes)
    return append(piece);
  std::unique_lock<std::mutex> lock(mutex);
  queueCurrent();
  changed.wait(
      lock, [&] { return storedQueued == 0 || storedQueued + piece.size() <= kStoredQueuedBytes; });
  Buffer stored;
  stored.stored = piece;
  queue.push_back(std::move(stored));
  lastStored = ++queuedCount;
  storedQueued += piece.size();
  lock.unlock();
  changed.notify_all();
  byteCount += piece.size();
  runWrittenCallbacks();
}

void AsyncOutput::whenWritten(std::function<void()> fn) {
  callbacks.emplace_back(lastStored, std::move(fn));
  runWrittenCallbacks();
}

void AsyncOutput::runWrittenCallbacks() {
  uint64_t done;
  {
    std::lock_guard<std::mutex> lock(mutex);
    done = writtenCount;
  }
  while (!callbacks.empty() && callbacks.front().first <= done) {
    std::function<void()> fn = std::move(callbacks.front().second);
    callbacks.pop_front();
    fn();
  }
}

size_t AsyncOutput::bufferBytes() {
  std::lock_guard<std::mutex> lock(mutex);
  return allocated;
}

void AsyncOutput::queueCurrent() {
  if (current.used) {
    queue.push_back(std::move(current));
    ++queuedCount;
  } else if (current.size()) {
    written.push_back(std::move(current));
  }
  current = Buffer();
}

void AsyncOutput::startBuffer(size_t size) {
  runWrittenCallbacks();
  size = std::max(size, kBufferBytes);
  std::unique_lock<std::mutex> lock(mutex);
  queueCurrent();
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
    llvm::ArrayRef<char> bytes =
        buffer.stored.empty() ? llvm::ArrayRef<char>(buffer.data(), buffer.used) : buffer.stored;
    for (size_t at = 0; at < bytes.size(); at += kWriteBytes)
      os.write(bytes.data() + at, std::min(kWriteBytes, bytes.size() - at));
    lock.lock();
    ++writtenCount;
    storedQueued -= buffer.stored.size();
    if (buffer.size()) {
      buffer.used = 0;
      written.push_back(std::move(buffer));
    }
    changed.notify_all();
  }
}

} // namespace t2t
