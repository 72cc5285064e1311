// A thin RAII layer over the SQLite C API: a connection and prepared statements, errors as Status.
//
// Contract
// - Statement binds are 1-based like SQLite's; text is bound as a copy (SQLITE_TRANSIENT) unless
//   bind_static is used, whose view must outlive the next step()/reset().
// - step() returns true while a row is available, false when done; a failure is kept in the
//   Database's last error and makes step() return false (check db.ok() / status()).
// - Not thread-safe: one connection per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "faultline/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace faultline {

class Database;

class Statement {
 public:
  Statement() = default;
  Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, uint32_t value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind_static(int index, std::string_view text);
  Statement& bind_blob(int index, const void* data, size_t size);
  Statement& bind_null(int index);

  // Binds the next parameter in order (1, 2, ...); reset() starts again at 1.
  template <class T>
  Statement& push(const T& value) {
    return bind(next_++, value);
  }
  Statement& push_null() { return bind_null(next_++); }
  Statement& push_static(std::string_view text) { return bind_static(next_++, text); }

  bool step();
  // Steps once, expecting no row; returns false on failure.
  bool run();
  void reset();

  int64_t int64(int column) const;
  double real(int column) const;
  std::string_view text(int column) const;
  std::string_view blob(int column) const;
  bool is_null(int column) const;

 private:
  Database* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  int next_ = 1;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> open(const std::string& path, bool read_only = false);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Status exec(std::string_view sql);  // one or more statements, no results
  Result<Statement> prepare(std::string_view sql);
  int64_t last_insert_id() const;

  bool ok() const { return error_.ok(); }
  const Status& status() const { return error_; }
  void clear_error() { error_ = Status(); }
  void fail(std::string_view what);  // records SQLite's current error message

  sqlite3* handle() const { return db_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  Status error_;
};

}  // namespace faultline
