#include "api/http_server.h"

#include <httplib.h>

#include <filesystem>

#include <fmt/format.h>

namespace faultline::api {
namespace {

constexpr std::string_view kNoDashboard =
    "<!doctype html><meta charset=utf-8><title>Faultline</title>"
    "<p>The Faultline API is running (see <a href=\"/api/info\">/api/info</a>), but the dashboard has not "
    "been built: run <code>scripts/build-web.sh</code> (or <code>scripts/setup.sh</code>) and restart, or "
    "give <code>--web-dir</code>.</p>";

void security_headers(httplib::Response& res) {
  // The dashboard loads nothing from elsewhere; say so to the browser.
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
}

}  // namespace

std::string default_web_dir() { return FAULTLINE_DEFAULT_WEB_DIR; }

struct HttpServer::Impl {
  Impl(ApiService& a, ServerOptions o) : api(a), options(std::move(o)) {}
  ApiService& api;
  ServerOptions options;
  httplib::Server server;
};

HttpServer::HttpServer(ApiService& api, ServerOptions options)
    : impl_(std::make_unique<Impl>(api, std::move(options))) {
  httplib::Server& srv = impl_->server;
  const ServerOptions& opt = impl_->options;
  const int threads = std::max(1, opt.threads);
  srv.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  srv.set_read_timeout(opt.read_timeout_s, 0);
  srv.set_write_timeout(opt.write_timeout_s, 0);
  srv.set_keep_alive_timeout(opt.keep_alive_s);
  srv.set_payload_max_length(0);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and the
  // client's delayed ACK hold the body back ~40 ms.
  srv.set_tcp_nodelay(true);  // read-only: no request carries a body

  srv.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    security_headers(res);
    if (req.target.size() > impl_->options.max_url_bytes) {
      res.status = 414;
      res.set_content(R"({"error":"request target too long"})", "application/json");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content(R"({"error":"the API is read-only: GET and HEAD only"})", "application/json");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  srv.Get(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    QueryParams params(req.params.begin(), req.params.end());
    ApiResponse r = impl_->api.handle(req.path, params);
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(r.body), "application/json; charset=utf-8");
  });

  std::error_code ec;
  const bool have_web = !opt.web_dir.empty() && std::filesystem::exists(opt.web_dir + "/index.html", ec);
  if (have_web) {
    srv.set_mount_point("/", opt.web_dir);
    srv.set_file_extension_and_mimetype_mapping("js", "text/javascript; charset=utf-8");
    srv.set_file_extension_and_mimetype_mapping("geojson", "application/geo+json");
  } else {
    srv.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(kNoDashboard), "text/html; charset=utf-8");
    });
  }
  srv.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (req.path.rfind("/api/", 0) == 0 || res.status != 404) {
      res.set_content(fmt::format(R"({{"error":"HTTP {}"}})", res.status), "application/json");
    } else {
      res.set_content("not found", "text/plain");
    }
  });
}

HttpServer::~HttpServer() = default;

Status HttpServer::run(const std::function<void(int port)>& on_listening) {
  httplib::Server& srv = impl_->server;
  const ServerOptions& opt = impl_->options;
  int port = opt.port;
  if (port == 0) {
    port = srv.bind_to_any_port(opt.host);
  } else if (!srv.bind_to_port(opt.host, port)) {
    port = -1;
  }
  if (port < 0) {
    return io_error(fmt::format("cannot listen on {}:{} (address in use, or not an address of this machine)",
                                opt.host, opt.port));
  }
  if (on_listening) on_listening(port);
  if (!srv.listen_after_bind()) return io_error("the server stopped with a socket error");
  return Status::ok_status();
}

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace faultline::api
