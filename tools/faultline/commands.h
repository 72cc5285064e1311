// Registration of the `faultline` subcommands. Each subcommand lives in its own file and adds itself
// through register_<name>(); main.cc calls register_all().
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#ifndef FAULTLINE_VERSION_STRING
#define FAULTLINE_VERSION_STRING "0.1.0"
#endif

namespace faultline::cli {

class CommandRegistry {
 public:
  explicit CommandRegistry(CLI::App& app) : app_(app) {}

  // Adds a subcommand; `run` is called when it was selected and returns the process exit code.
  CLI::App* add(const std::string& name, const std::string& description, std::function<int()> run) {
    CLI::App* sub = app_.add_subcommand(name, description);
    entries_.push_back({sub, std::move(run)});
    return sub;
  }

  int run_selected() {
    for (auto& e : entries_) {
      if (e.app->parsed()) return e.run();
    }
    return 2;
  }

 private:
  struct Entry {
    CLI::App* app;
    std::function<int()> run;
  };
  CLI::App& app_;
  std::vector<Entry> entries_;
};

void register_all(CommandRegistry& registry);

}  // namespace faultline::cli
