// A read-only SQLite connection and prepared statements, as the API needs them.
//
// Why a wrapper of our own: the API opens the store read-only (SQLITE_OPEN_READONLY, query_only),
// keeps one connection per worker thread and reuses prepared statements by SQL text, so a request
// costs no parse of its query after the first one on that thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "faultline/status.h"

namespace faultline::api {

// A value bound to a statement parameter, in order of the `?` placeholders.
using SqlValue = std::variant<int64_t, double, std::string>;

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Resets the statement and binds `values` to ?1..?n.
  Status bind(const std::vector<SqlValue>& values);
  // Advances to the next row: true with a row, false when done; errors land in `status`.
  bool step(Status& status);

  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  // Ends the statement early (releases its read snapshot).
  void reset() { sqlite3_reset(stmt_); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string_view text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
  }

 private:
  sqlite3_stmt* stmt_;
};

class ReadOnlyDatabase {
 public:
  // Opens `path` read-only; fails when the file does not exist or is not a SQLite database.
  // `busy_timeout_ms` bounds the wait for a writer's lock; `query_timeout_ms` aborts a statement
  // that runs longer (0: no limit).
  static Result<std::unique_ptr<ReadOnlyDatabase>> open(const std::string& path, int busy_timeout_ms,
                                                        int query_timeout_ms);
  ~ReadOnlyDatabase();
  ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
  ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;

  // The prepared statement for `sql`, cached on this connection.
  Result<Statement*> prepare(const std::string& sql);
  // Runs `sql` with `values`, calling `row(stmt)` per row; arms the query deadline.
  template <typename RowFn>
  Status query(const std::string& sql, const std::vector<SqlValue>& values, RowFn&& row) {
    return query_until(sql, values, [&](Statement& st) {
      row(st);
      return true;
    });
  }
  // As query(), but stops as soon as `row` returns false.
  template <typename RowFn>
  Status query_until(const std::string& sql, const std::vector<SqlValue>& values, RowFn&& row) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.status();
    if (Status s = (*stmt)->bind(values); !s.ok()) return s;
    arm_deadline();
    Status status;
    while ((*stmt)->step(status)) {
      if (!row(**stmt)) {
        (*stmt)->reset();
        break;
      }
    }
    return status;
  }
  bool has_table(std::string_view name);

 private:
  explicit ReadOnlyDatabase(sqlite3* db, int query_timeout_ms) : db_(db), query_timeout_ms_(query_timeout_ms) {}
  void arm_deadline();
  static int progress_handler(void* self);

  sqlite3* db_;
  int query_timeout_ms_;
  int64_t deadline_ns_ = 0;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

}  // namespace faultline::api
