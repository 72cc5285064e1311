#include "api/sqlite_statement.h"

#include <chrono>

#include <fmt/format.h>

namespace faultline::api {
namespace {

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

Status Statement::bind(const std::vector<SqlValue>& values) {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  int i = 1;
  for (const SqlValue& v : values) {
    int rc = SQLITE_OK;
    if (const auto* n = std::get_if<int64_t>(&v)) {
      rc = sqlite3_bind_int64(stmt_, i, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(stmt_, i, *d);
    } else {
      const auto& s = std::get<std::string>(v);
      rc = sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) {
      return invalid_argument(fmt::format("binding parameter {}: {}", i, sqlite3_errstr(rc)));
    }
    ++i;
  }
  return Status::ok_status();
}

bool Statement::step(Status& status) {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    if (rc == SQLITE_INTERRUPT) {
      status = too_large("the query took longer than the server's query timeout");
    } else {
      status = io_error(fmt::format("store query failed: {}", sqlite3_errmsg(sqlite3_db_handle(stmt_))));
    }
  }
  sqlite3_reset(stmt_);
  return false;
}

Result<std::unique_ptr<ReadOnlyDatabase>> ReadOnlyDatabase::open(const std::string& path, int busy_timeout_ms,
                                                                 int query_timeout_ms) {
  sqlite3* db = nullptr;
  // NOMUTEX: each connection belongs to one worker thread.
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return not_found(fmt::format("{}: cannot open the store read-only: {}", path, message));
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  std::unique_ptr<ReadOnlyDatabase> out(new ReadOnlyDatabase(db, query_timeout_ms));
  // query_only refuses writes even through a statement that would try one; the file probe fails
  // here, not at the first request, when the file is not a database.
  char* error = nullptr;
  if (sqlite3_exec(db, "PRAGMA query_only = 1; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, &error) !=
      SQLITE_OK) {
    std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    return corrupt(fmt::format("{}: not a readable SQLite store: {}", path, message));
  }
  if (query_timeout_ms > 0) sqlite3_progress_handler(db, 1000, &ReadOnlyDatabase::progress_handler, out.get());
  return out;
}

ReadOnlyDatabase::~ReadOnlyDatabase() {
  statements_.clear();
  sqlite3_close(db_);
}

Result<Statement*> ReadOnlyDatabase::prepare(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second.get();
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                         nullptr) != SQLITE_OK) {
    return io_error(fmt::format("store query cannot be prepared: {}", sqlite3_errmsg(db_)));
  }
  auto [pos, inserted] = statements_.emplace(sql, std::make_unique<Statement>(stmt));
  return pos->second.get();
}

bool ReadOnlyDatabase::has_table(std::string_view name) {
  bool found = false;
  Status s = query("SELECT 1 FROM sqlite_schema WHERE name = ?", {std::string(name)}, [&](Statement&) { found = true; });
  return s.ok() && found;
}

void ReadOnlyDatabase::arm_deadline() {
  deadline_ns_ = query_timeout_ms_ > 0 ? now_ns() + int64_t{query_timeout_ms_} * 1'000'000 : 0;
}

int ReadOnlyDatabase::progress_handler(void* self) {
  const auto* db = static_cast<const ReadOnlyDatabase*>(self);
  return db->deadline_ns_ != 0 && now_ns() > db->deadline_ns_ ? 1 : 0;
}

}  // namespace faultline::api
