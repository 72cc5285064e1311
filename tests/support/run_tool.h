// Runs the built `faultline` command in a shell and captures what it printed.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "support/shared_data.h"

namespace faultline::testing {

struct ToolRun {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `args` is appended to the tool path verbatim (quote paths yourself).
inline ToolRun run_tool(const std::string& args, const std::string& stdin_file = "") {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("faultline-tool-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  // Built by appending: gcc 12 warns falsely (-Wrestrict) on chains of operator+ here.
  std::string cmd;
  for (const std::string& part : {std::string("'"), tool_path().string(), std::string("' "), args,
                                  std::string(" >'"), (dir / "out").string(), std::string("' 2>'"),
                                  (dir / "err").string(), std::string("'")}) {
    cmd.append(part);
  }
  if (stdin_file.empty()) {
    cmd.append(" </dev/null");
  } else {
    cmd.append(" <'").append(stdin_file).append("'");
  }
  ToolRun run;
  int status = std::system(cmd.c_str());
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(dir / "out");
  run.err = read_file(dir / "err");
  std::filesystem::remove_all(dir);
  return run;
}

// A fresh temporary directory, removed when the object goes out of scope.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("faultline-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& content) const {
    auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::filesystem::path path_;
};

}  // namespace faultline::testing
