#include "tools/faultline/progress.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace faultline::cli {

Progress::Progress(uint64_t total_bytes, bool enabled)
    : total_bytes_(total_bytes), enabled_(enabled && isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() { finish(); }

uint64_t Progress::input_size(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& input : inputs) {
    if (input == "-") continue;
    if (fs::is_directory(input, ec)) {
      for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::end(it); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(input, ec)) {
      total += fs::file_size(input, ec);
    }
  }
  return total;
}

void Progress::update(const RunCounts& c) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  drawn_ = true;
  const double secs = c.seconds > 0 ? c.seconds : 1e-9;
  char eta[32] = "";
  if (total_bytes_ > 0 && c.bytes > 0 && c.bytes < total_bytes_) {
    const double remaining = static_cast<double>(total_bytes_ - c.bytes) * secs / static_cast<double>(c.bytes);
    std::snprintf(eta, sizeof eta, "  ETA %d:%02d", static_cast<int>(remaining) / 60, static_cast<int>(remaining) % 60);
  }
  std::fprintf(stderr, "\r\033[K%zu docs  %.0f docs/s  %zu sentences  %zu tokens  %.0fk tokens/s  %.1f MB%s",
               c.documents, static_cast<double>(c.documents) / secs, c.sentences, c.tokens,
               static_cast<double>(c.tokens) / secs / 1000.0, static_cast<double>(c.bytes) / 1e6, eta);
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_ && drawn_) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace faultline::cli
