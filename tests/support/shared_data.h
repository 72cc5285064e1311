// Access to ../shared (seeds, corpora, peers' test suites) from tests.
//
// The folder sits beside the checkout on developer machines and in CI; a user's fresh clone may not
// have it. Tests that need it call FAULTLINE_REQUIRE_SHARED(path): when the path is missing the test
// is skipped with a clear message, except under CI=true where a missing shared folder is a failure.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace faultline::testing {

// The shared folder: $FAULTLINE_SHARED if set, else <source>/../shared.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("FAULTLINE_SHARED"); env && *env) return env;
  return std::filesystem::path(FAULTLINE_SOURCE_DIR).parent_path() / "shared";
}

inline bool running_in_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

inline std::filesystem::path source_dir() { return FAULTLINE_SOURCE_DIR; }
inline std::filesystem::path binary_dir() { return FAULTLINE_BINARY_DIR; }
inline std::filesystem::path tool_path() { return FAULTLINE_TOOL; }

}  // namespace faultline::testing

// Skips the current test (or fails it in CI) when ../shared/<relative> is missing; otherwise
// defines nothing. Use at the top of a test body.
#define FAULTLINE_REQUIRE_SHARED(relative)                                                         \
  do {                                                                                            \
    auto faultline_shared_path_ = ::faultline::testing::shared_dir() / (relative);                 \
    if (!std::filesystem::exists(faultline_shared_path_)) {                                        \
      if (::faultline::testing::running_in_ci()) {                                                 \
        FAIL() << "CI=true but shared data is missing: " << faultline_shared_path_;                \
      } else {                                                                                     \
        GTEST_SKIP() << "shared data not found at " << faultline_shared_path_                      \
                     << " (set FAULTLINE_SHARED or place the shared folder beside the checkout)"; \
      }                                                                                           \
    }                                                                                             \
  } while (0)
