// `faultline serve`: the HTTP JSON API over a store and the web dashboard (docs/api.md).
//
// The dashboard is served from the directory the build was configured with (web/dist of the source
// tree, built by scripts/build-web.sh) unless --web-dir names another; the API works without it.
#include <csignal>
#include <cstdio>
#include <memory>

#include "api/http_server.h"
#include "tools/faultline/commands.h"

namespace faultline::cli {
namespace {

struct ServeOptions {
  std::string db = "faultline.db";
  api::ServerOptions server;
  api::ApiLimits limits;
};

api::HttpServer* g_server = nullptr;

void on_signal(int) {
  if (g_server) g_server->stop();
}

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

int run_serve(const ServeOptions& opt) {
  auto service = api::ApiService::open(opt.db, opt.limits);
  if (!service) {
    std::fprintf(stderr, "faultline serve: %s\n", service.status().message().c_str());
    return 1;
  }
  if (!is_loopback(opt.server.host)) {
    std::fprintf(stderr,
                 "faultline serve: warning: listening on %s makes the store readable from other machines "
                 "(no authentication)\n",
                 opt.server.host.c_str());
  }
  api::HttpServer server(**service, opt.server);
  g_server = &server;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  Status s = server.run([&](int port) {
    const std::string shown = opt.server.host.find(':') != std::string::npos ? "[" + opt.server.host + "]" : opt.server.host;
    std::printf("faultline serve: %s on http://%s:%d/ (API under /api/, Ctrl-C stops)\n", opt.db.c_str(),
                shown.c_str(), port);
    std::fflush(stdout);
  });
  g_server = nullptr;
  if (!s.ok()) {
    std::fprintf(stderr, "faultline serve: %s\n", s.message().c_str());
    return 1;
  }
  return 0;
}

}  // namespace

void register_serve(CommandRegistry& registry) {
  auto opt = std::make_shared<ServeOptions>();
  opt->server.web_dir = api::default_web_dir();
  CLI::App* cmd = registry.add("serve", "Serve the store read-only as a JSON API and the web dashboard",
                               [opt] { return run_serve(*opt); });
  cmd->add_option("--db", opt->db, "Store to serve (opened read-only)")->capture_default_str();
  cmd->add_option("--port", opt->server.port, "TCP port (0: any free port)")->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", opt->server.host, "Address to bind (loopback unless you mean otherwise)")
      ->capture_default_str();
  cmd->add_option("--web-dir", opt->server.web_dir, "Directory of the built dashboard")->capture_default_str();
  cmd->add_option("--threads", opt->server.threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 64));
  cmd->add_option("--max-page", opt->limits.max_page, "Largest page size a request may ask for")
      ->capture_default_str()->check(CLI::Range(1, 10000));
  cmd->add_option("--query-timeout-ms", opt->limits.query_timeout_ms, "Interrupt a store query after this long")
      ->capture_default_str()->check(CLI::Range(10, 600000));
  cmd->add_option("--text-scan-sentences", opt->limits.text_scan_sentences,
                  "Matching sentences a text search (q=) reads per request before it returns a short page")
      ->capture_default_str()->check(CLI::Range(int64_t{100}, int64_t{100000000}));
  cmd->add_option("--max-url-bytes", opt->server.max_url_bytes, "Longest request target accepted")
      ->capture_default_str()->check(CLI::Range(256, 8192));
  cmd->add_option("--read-timeout", opt->server.read_timeout_s, "Seconds to wait for a client's request")
      ->capture_default_str()->check(CLI::Range(1, 300));
}

}  // namespace faultline::cli
