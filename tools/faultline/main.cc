// The `faultline` command: one subcommand per file in this folder, registered here.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "tools/faultline/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Faultline: a fast, self-contained political event coder and crisis monitor"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("faultline ") + FAULTLINE_VERSION_STRING);
  faultline::cli::CommandRegistry registry(app);
  faultline::cli::register_all(registry);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return registry.run_selected();
}
