// The HTTP JSON API of `faultline serve`, independent of the HTTP library: a request is a path and
// its query parameters, a response a status code and a JSON body. docs/api.md is the reference.
//
// Contract
// - Read-only: the store is opened with SQLITE_OPEN_READONLY and PRAGMA query_only; no endpoint
//   writes. An ingest may run beside the server (WAL): each request sees a consistent snapshot.
// - Thread-safe: handle() may be called from any number of threads at once; each call borrows one of
//   the service's connections (one per concurrent request, opened on demand, kept for reuse).
// - Every failure is a JSON body {"error": "..."} with a 4xx/5xx status; unknown parameters and
//   malformed values are 400, not ignored, so a typo never silently widens a query.
// - Page sizes are capped by ApiLimits::max_page; a statement running past
//   ApiLimits::query_timeout_ms is interrupted (503).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "api/sqlite_statement.h"
#include "faultline/status.h"

namespace faultline::api {

struct ApiLimits {
  int default_page = 50;
  int max_page = 500;
  int query_timeout_ms = 5000;
  int busy_timeout_ms = 2000;
  size_t max_connections = 16;  // connections kept open; more concurrent requests wait for one
  // Matching sentences one full-text search (q=) reads at most; a page that reaches it ends short,
  // with a `next` cursor to continue from.
  int64_t text_scan_sentences = 5000;
};

using QueryParams = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

class ApiService {
 public:
  // Opens one connection to check that `db_path` is a readable store with an events table.
  static Result<std::unique_ptr<ApiService>> open(const std::string& db_path, ApiLimits limits);

  // `path` starts with /api/ (e.g. "/api/events", "/api/documents/12").
  ApiResponse handle(std::string_view path, const QueryParams& params);

  const ApiLimits& limits() const { return limits_; }

 private:
  ApiService(std::string db_path, ApiLimits limits) : db_path_(std::move(db_path)), limits_(limits) {}

  class Lease;
  Result<std::unique_ptr<ReadOnlyDatabase>> acquire();
  void release(std::unique_ptr<ReadOnlyDatabase> db);

  std::string db_path_;
  ApiLimits limits_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<ReadOnlyDatabase>> idle_;
};

}  // namespace faultline::api
