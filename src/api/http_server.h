// The HTTP side of `faultline serve`: the JSON API under /api/ and the dashboard's static files.
//
// Contract: binds to `host` (127.0.0.1 unless told otherwise), answers GET and HEAD only, refuses
// request targets longer than max_url_bytes (414) and any request body (413), and times out slow
// clients (read/write timeouts). Runs until stop() is called from another thread or the process
// receives SIGINT/SIGTERM through run_until_signal().
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "api/api_service.h"
#include "faultline/status.h"

namespace faultline::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;       // 0: any free port (the bound port is reported through on_listening)
  std::string web_dir;   // the built dashboard; empty or missing: the API only, "/" explains
  int threads = 4;       // worker threads
  size_t max_url_bytes = 4096;
  int read_timeout_s = 5;
  int write_timeout_s = 10;
  int keep_alive_s = 5;
};

// Where this build looks for the dashboard: the web/dist folder of the source tree it was configured
// from (CMake's FAULTLINE_WEB_DIR), built by scripts/build-web.sh.
std::string default_web_dir();

class HttpServer {
 public:
  HttpServer(ApiService& api, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and serves until stop(); `on_listening(port)` runs once the socket is bound.
  Status run(const std::function<void(int port)>& on_listening);
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline::api
