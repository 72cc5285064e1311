#include "store/schema.h"

namespace faultline {
namespace {

// Byte offsets ([start, end) pairs) always index documents.text as UTF-8 bytes: cut them with
// substr(CAST(text AS BLOB), start + 1, end - start), since SQLite's substr on TEXT counts characters.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (
  version     INTEGER PRIMARY KEY,
  applied_at  TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  doc          TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  date         TEXT NOT NULL DEFAULT '',
  day          TEXT,
  outlet       TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  origin       TEXT NOT NULL DEFAULT '',
  text         TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES documents(id),
  similarity   REAL,
  sentences    INTEGER NOT NULL DEFAULT 0,
  events       INTEGER NOT NULL DEFAULT 0,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_doc ON documents(doc);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE document_bands (
  band   INTEGER NOT NULL,
  hash   INTEGER NOT NULL,
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  PRIMARY KEY (band, hash, doc_id)
) WITHOUT ROWID;

CREATE TABLE document_signatures (
  doc_id  INTEGER PRIMARY KEY REFERENCES documents(id),
  minhash BLOB NOT NULL
);

CREATE TABLE sentences (
  id     INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  n      INTEGER NOT NULL,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL,
  kind   TEXT NOT NULL,
  UNIQUE (doc_id, n)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE events (
  id                INTEGER PRIMARY KEY,
  merge_key         TEXT NOT NULL,
  doc_id            INTEGER NOT NULL REFERENCES documents(id),
  doc               TEXT NOT NULL,
  sentence          INTEGER NOT NULL,
  start             INTEGER NOT NULL,
  end               INTEGER NOT NULL,
  source            TEXT NOT NULL,
  target            TEXT NOT NULL,
  source_root       TEXT NOT NULL,
  target_root       TEXT NOT NULL,
  source_start      INTEGER NOT NULL,
  source_end        INTEGER NOT NULL,
  target_start      INTEGER NOT NULL,
  target_end        INTEGER NOT NULL,
  source_text       TEXT NOT NULL,
  target_text       TEXT NOT NULL,
  code              TEXT NOT NULL,
  root              TEXT NOT NULL,
  quad              INTEGER NOT NULL,
  penta             INTEGER NOT NULL,
  goldstein         REAL NOT NULL,
  plover            TEXT NOT NULL,
  plover_mode       TEXT NOT NULL,
  date              TEXT NOT NULL,
  date_basis        TEXT NOT NULL,
  location_name     TEXT,
  location_country  TEXT,
  latitude          REAL,
  longitude         REAL,
  negated           INTEGER NOT NULL,
  hypothetical      INTEGER NOT NULL,
  confidence        REAL NOT NULL,
  rule              TEXT NOT NULL,
  mentions          INTEGER NOT NULL,
  articles          INTEGER NOT NULL,
  sources           INTEGER NOT NULL,
  stories           INTEGER NOT NULL,
  first_seen        TEXT NOT NULL,
  last_seen         TEXT NOT NULL
);
CREATE INDEX events_merge_key ON events(merge_key, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_date ON events(source, date);
CREATE INDEX events_target_date ON events(target, date);
CREATE INDEX events_dyad_date ON events(source, target, date);
CREATE INDEX events_root_dyad_date ON events(source_root, target_root, date);
CREATE INDEX events_code_date ON events(code, date);
CREATE INDEX events_root_date ON events(root, date);
CREATE INDEX events_quad_date ON events(quad, date);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_location_country ON events(location_country) WHERE location_country IS NOT NULL;

CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL REFERENCES events(id),
  doc_id        INTEGER NOT NULL REFERENCES documents(id),
  outlet        TEXT NOT NULL,
  story_id      INTEGER NOT NULL,
  sentence      INTEGER NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  source_start  INTEGER NOT NULL,
  source_end    INTEGER NOT NULL,
  target_start  INTEGER NOT NULL,
  target_end    INTEGER NOT NULL,
  source_text   TEXT NOT NULL,
  target_text   TEXT NOT NULL,
  date          TEXT NOT NULL,
  date_basis    TEXT NOT NULL,
  confidence    REAL NOT NULL,
  rule          TEXT NOT NULL
);
CREATE INDEX mentions_event_doc ON mentions(event_id, doc_id);
CREATE INDEX mentions_event_outlet ON mentions(event_id, outlet);
CREATE INDEX mentions_event_story ON mentions(event_id, story_id);
CREATE INDEX mentions_doc ON mentions(doc_id, sentence);

CREATE TABLE actors (
  code       TEXT PRIMARY KEY,
  root       TEXT NOT NULL,
  name       TEXT NOT NULL DEFAULT '',
  events     INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen  TEXT
) WITHOUT ROWID;
CREATE INDEX actors_root ON actors(root);

CREATE TABLE dyad_days (
  source        TEXT NOT NULL,
  target        TEXT NOT NULL,
  day           TEXT NOT NULL,
  events        INTEGER NOT NULL,
  mentions      INTEGER NOT NULL,
  quad1         INTEGER NOT NULL,
  quad2         INTEGER NOT NULL,
  quad3         INTEGER NOT NULL,
  quad4         INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  conflict      REAL NOT NULL,
  PRIMARY KEY (source, target, day)
) WITHOUT ROWID;
CREATE INDEX dyad_days_day ON dyad_days(day);

CREATE TABLE actor_days (
  actor         TEXT NOT NULL,
  day           TEXT NOT NULL,
  events        INTEGER NOT NULL,
  as_source     INTEGER NOT NULL,
  as_target     INTEGER NOT NULL,
  quad1         INTEGER NOT NULL,
  quad2         INTEGER NOT NULL,
  quad3         INTEGER NOT NULL,
  quad4         INTEGER NOT NULL,
  goldstein_sum REAL NOT NULL,
  PRIMARY KEY (actor, day)
) WITHOUT ROWID;

CREATE TABLE escalation (
  actor1    TEXT NOT NULL,
  actor2    TEXT NOT NULL,
  day       TEXT NOT NULL,
  conflict  REAL NOT NULL,
  window    REAL NOT NULL,
  baseline  REAL NOT NULL,
  idx       REAL NOT NULL,
  PRIMARY KEY (actor1, actor2, day)
) WITHOUT ROWID;

CREATE TABLE alerts (
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,
  day       TEXT NOT NULL,
  actor1    TEXT NOT NULL,
  actor2    TEXT NOT NULL,
  mediator  TEXT,
  value     REAL NOT NULL,
  baseline  REAL NOT NULL,
  score     REAL NOT NULL,
  message   TEXT NOT NULL,
  event_ids TEXT NOT NULL
);
CREATE INDEX alerts_day ON alerts(day);
CREATE INDEX alerts_dyad ON alerts(actor1, actor2, day);

CREATE VIEW dyad_weeks AS
  SELECT source, target, date(day, '-6 days', 'weekday 1') AS week,
         sum(events) AS events, sum(mentions) AS mentions,
         sum(quad1) AS quad1, sum(quad2) AS quad2, sum(quad3) AS quad3, sum(quad4) AS quad4,
         sum(goldstein_sum) AS goldstein_sum, sum(goldstein_sum) / sum(events) AS goldstein_mean,
         sum(conflict) AS conflict
  FROM dyad_days GROUP BY source, target, week;

CREATE VIEW actor_weeks AS
  SELECT actor, date(day, '-6 days', 'weekday 1') AS week,
         sum(events) AS events, sum(as_source) AS as_source, sum(as_target) AS as_target,
         sum(quad1) AS quad1, sum(quad2) AS quad2, sum(quad3) AS quad3, sum(quad4) AS quad4,
         sum(goldstein_sum) AS goldstein_sum, sum(goldstein_sum) / sum(events) AS goldstein_mean
  FROM actor_days GROUP BY actor, week;
)sql";

// A text search (the API's q=) goes from each matching sentence to its mentions' events: with the
// event id in the index, that step reads no mention row.
constexpr std::string_view kVersion2 = R"sql(
CREATE INDEX mentions_sentence_event ON mentions(doc_id, sentence, event_id);
)sql";

// The API leaves negated and hypothetical events out unless asked: with the flags in the dyad index,
// a dyad's events (and a count of them) are one covered range instead of a table row per event.
constexpr std::string_view kVersion3 = R"sql(
CREATE INDEX events_root_dyad_flags_date ON events(source_root, target_root, negated, hypothetical, date);
)sql";

constexpr SchemaMigration kMigrations[] = {
    {1, "documents, sentences, events, mentions, actors, monitor series and alerts", kVersion1},
    {2, "mentions_sentence_event: sentence -> events without reading mention rows", kVersion2},
    {3, "events_root_dyad_flags_date: a dyad's reported events as one covered range", kVersion3},
};

}  // namespace

std::span<const SchemaMigration> schema_migrations() { return kMigrations; }

}  // namespace faultline
