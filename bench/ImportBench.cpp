//===- ImportBench.cpp - Time and memory of importing one ONNX model ------===//
//
// Prints, for one model file: the I/O floor (read the file and write as many
// bytes), the import time (t2t::importONNXFile), their ratio, and the
// process's peak RSS against the file size. One line of key=value pairs.
//
//===----------------------------------------------------------------------===//

#include "t2t/Import/ONNXImporter.h"
#include "t2t/InitAll.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <vector>

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// Reads `path` in 1 MiB chunks and writes the bytes to `scratch`.
double ioFloor(const char *path, const char *scratch) {
  double start = now();
  FILE *in = std::fopen(path, "rb"), *out = std::fopen(scratch, "wb");
  if (!in || !out)
    return -1;
  std::vector<char> chunk(1 << 20);
  for (size_t n; (n = std::fread(chunk.data(), 1, chunk.size(), in)) > 0;)
    std::fwrite(chunk.data(), 1, n, out);
  std::fclose(in);
  std::fflush(out);
  std::fclose(out);
  double seconds = now() - start;
  std::remove(scratch);
  return seconds;
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    llvm::errs() << "usage: t2t-bench-import MODEL.onnx SCRATCH_FILE\n";
    return 2;
  }
  uint64_t size = 0;
  llvm::sys::fs::file_size(argv[1], size);
  double floor = ioFloor(argv[1], argv[2]);

  mlir::DialectRegistry registry;
  t2t::registerAllDialects(registry);
  mlir::MLIRContext context(registry);
  double start = now();
  auto module = t2t::importONNXFile(argv[1], &context);
  double seconds = now() - start;
  if (!module)
    return 1;

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double rssMB = usage.ru_maxrss / 1024.0, fileMB = size / 1048576.0;
  llvm::outs() << llvm::format("file_mb=%.1f io_floor_s=%.3f import_s=%.3f ratio=%.2f "
                               "peak_rss_mb=%.1f rss_per_file=%.2f\n",
                               fileMB, floor, seconds, seconds / floor, rssMB, rssMB / fileMB);
  return 0;
}
