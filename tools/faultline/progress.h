// A one-line progress display for long jobs: shown on a terminal, silent when stderr is piped.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "faultline/pipeline.h"

namespace faultline::cli {

class Progress {
 public:
  // total_bytes: expected input size for the ETA (0 = unknown). enabled: false forces silence.
  Progress(uint64_t total_bytes, bool enabled);
  ~Progress();

  void update(const RunCounts& counts);
  void finish();  // clears the line

  // Sum of the sizes of the regular files under `inputs` (directories walked); 0 for stdin.
  static uint64_t input_size(const std::vector<std::string>& inputs);

 private:
  uint64_t total_bytes_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace faultline::cli
