// Figures (accuracy, counts) that tests measure on real data. Each is printed to the test's output
// and also written to <build>/figures/<suite>.<test>.txt so scripts/test.sh can show every figure
// at the end of the run, where a reader looks for them.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "support/shared_data.h"

namespace faultline::testing {

inline void report_figure(const std::string& line) {
  std::cout << "[figure] " << line << std::endl;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "." + info->name() : "global";
  auto dir = binary_dir() / "figures";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::ofstream(dir / (name + ".txt"), std::ios::app) << line << '\n';
}

}  // namespace faultline::testing
