//===- ReplacingOutput.cpp - The conversion's output, replaced when done --===//

#include "ReplacingOutput.h"

#include "llvm/Support/Path.h"

#include <fcntl.h>
#include <linux/falloc.h>

using namespace llvm;

namespace t2t {
namespace {

/// A new file given its blocks at once when the exporter says how much it
/// will write: ConvNeXt-Tiny's 109 MB were written 10% faster than with
/// ext4's delayed allocation page by page. Beyond the file's end, which only
/// the writes move: a conversion that stops early leaves no zeros. A file
/// system without fallocate refuses, and allocates as it is written.
class PreallocatingFileStream : public raw_fd_ostream {
public:
  using raw_fd_ostream::raw_fd_ostream;
  void reserveExtraSpace(uint64_t extra) override {
    (void)::fallocate(get_fd(), FALLOC_FL_KEEP_SIZE, tell(), extra);
  }
};

} // namespace

ReplacingOutput::ReplacingOutput(StringRef path, std::optional<sys::fs::TempFile> temp,
                                 std::unique_ptr<raw_fd_ostream> direct)
    : path(path.str()), temp(std::move(temp)), stream(std::move(direct)) {
  if (stream)
    return;
  if (this->temp)
    stream = std::make_unique<PreallocatingFileStream>(this->temp->FD, /*shouldClose=*/false);
  else
    stream = std::make_unique<raw_fd_ostream>(/*fd=*/1, /*shouldClose=*/false);
}

Expected<ReplacingOutput> ReplacingOutput::open(StringRef path) {
  if (path == "-")
    return ReplacingOutput(path, std::nullopt);
  // A device or pipe (/dev/null, /dev/stdout) is written as it is.
  sys::fs::file_status status;
  if (!sys::fs::status(path, status) && sys::fs::exists(status) &&
      !sys::fs::is_regular_file(status)) {
    std::error_code ec;
    auto stream = std::make_unique<raw_fd_ostream>(path, ec);
    if (ec)
      return createFileError(path, ec);
    return ReplacingOutput(path, std::nullopt, std::move(stream));
  }
  Expected<sys::fs::TempFile> temp = sys::fs::TempFile::create(path + ".t2t-%%%%%%");
  if (!temp)
    return createFileError(path, temp.takeError());
  return ReplacingOutput(path, std::move(*temp));
}

ReplacingOutput::~ReplacingOutput() {
  if (!temp)
    return;
  stream.reset();
  consumeError(temp->discard());
}

Error ReplacingOutput::keep() {
  stream->flush();
  if (std::error_code ec = stream->error())
    return createFileError(path, ec);
  if (!temp)
    return Error::success();
  stream.reset();
  sys::fs::TempFile kept = std::move(*temp);
  temp.reset();
  // Removed, not renamed over: see the header.
  if (std::error_code ec = sys::fs::remove(path); ec)
    return createFileError(path, ec);
  if (Error error = kept.keep(path))
    return createFileError(path, std::move(error));
  return Error::success();
}

} // namespace t2t
