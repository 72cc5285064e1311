// The SQLite schema of the Faultline store (faultline.db): every table, index and view, by version.
//
// Contract
// - kSchemaVersion is the version a current binary writes; the database records the versions
//   applied in schema_version. Migration i (1-based) takes a database from version i-1 to i and is
//   applied in one transaction; version 1 creates everything from nothing.
// - Changes are additive only (new tables, columns, indexes, views): readers built against an older
//   version keep working on a newer database.
// - docs/store.md describes every table and column; the SQL here is the authority.
#pragma once

#include <span>
#include <string_view>

namespace faultline {

inline constexpr int kSchemaVersion = 3;

struct SchemaMigration {
  int version;                  // the version the database has after it
  std::string_view description;
  std::string_view sql;         // one or more statements
};

std::span<const SchemaMigration> schema_migrations();

}  // namespace faultline
