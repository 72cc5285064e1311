#include "store/store.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <ctime>

#include "faultline/temporal.h"
#include "store/schema.h"

namespace faultline {
namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

const char* sentence_kind_name(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kHeadline: return "headline";
    case SentenceKind::kDateline: return "dateline";
    case SentenceKind::kCaption: return "caption";
    case SentenceKind::kBody: break;
  }
  return "body";
}

std::string shift_day(std::string_view iso, int days) {
  auto d = parse_publication_date(iso);
  if (!d) return std::string(iso);
  return iso_day(std::chrono::year_month_day(std::chrono::sys_days(*d) + std::chrono::days(days)));
}

std::string merge_key(const Event& e, const MergeOptions& options) {
  std::string key;
  key.reserve(e.source.size() + e.target.size() + 12);
  key.append(e.source).push_back('|');
  key.append(e.target).push_back('|');
  key.append(options.by_root_code ? std::string_view(e.code).substr(0, 2) : std::string_view(e.code)).push_back('|');
  key.push_back(e.negated ? 'N' : '-');
  key.push_back(e.hypothetical ? 'H' : '-');
  return key;
}

Status check(Database& db) { return db.ok() ? Status() : db.status(); }

// Sentence rows go up to 2^kSentenceRowsLog2 to a statement (5 parameters each).
constexpr size_t kSentenceRowsLog2 = 5;

}  // namespace

std::string content_hash(const Document& doc) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  const char zero = 0;
  for (const std::string* part : {&doc.source, &doc.date, &doc.title, &doc.text}) {
    XXH3_128bits_update(state, part->data(), part->size());
    XXH3_128bits_update(state, &zero, 1);
  }
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

std::string_view actor_root(std::string_view code) {
  std::string_view prefix = code.substr(0, 3);
  if (code.size() >= 6 && (prefix == "IGO" || prefix == "NGO" || prefix == "IMG" || prefix == "MNC")) {
    return code.substr(0, 6);
  }
  return prefix;
}

Result<std::unique_ptr<Database>> open_store(const std::string& path, bool read_only) {
  auto opened = Database::open(path, read_only);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<Database> db = std::move(*opened);
  if (read_only) return db;
  // A 16 MB page cache instead of SQLite's 2 MB: an ingest's transaction touches the pages of a
  // dozen indexes (mentions, events, bands, sentences) all over the file; with 2 MB SQLite spilled
  // dirty pages to the WAL before the commit and read pages back with pread() (50 MB ingest: 120,000
  // preads and 96,000 pwrites; with 16 MB 24,000 and 66,000). Bounded, so memory stays flat however
  // much is ingested.
  if (Status s = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
                          " PRAGMA cache_size=-16384;");
      !s.ok()) {
    return s;
  }
  if (Status s = db->exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                          "applied_at TEXT NOT NULL, description TEXT NOT NULL)");
      !s.ok()) {
    return s;
  }
  auto current = db->prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!current.ok()) return current.status();
  int version = current->step() ? static_cast<int>(current->int64(0)) : 0;
  current->reset();
  if (version > kSchemaVersion) {
    return unsupported(path + ": store has schema version " + std::to_string(version) + ", this faultline knows " +
                       std::to_string(kSchemaVersion) + "; use a newer faultline");
  }
  for (const SchemaMigration& m : schema_migrations()) {
    if (m.version <= version) continue;
    if (Status s = db->exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Status s = db->exec(m.sql);
    if (s.ok()) {
      auto record = db->prepare("INSERT INTO schema_version(version, applied_at, description) VALUES (?, ?, ?)");
      if (!record.ok()) {
        s = record.status();
      } else if (!record->bind(1, m.version).bind(2, utc_now()).bind(3, m.description).run()) {
        s = db->status();
      }
    }
    if (!s.ok()) {
      (void)db->exec("ROLLBACK");
      return s;
    }
    if (Status c = db->exec("COMMIT"); !c.ok()) return c;
  }
  return db;
}

struct StoreWriter::Statements {
  Statement has_hash, insert_doc, insert_signature, insert_band, find_band, get_signature, get_original;
  // insert_sentences[k]: 2^k sentence rows in one statement.
  std::array<Statement, kSentenceRowsLog2 + 1> insert_sentences;
  Statement insert_fts;
  Statement find_events, insert_event, update_event, insert_mention, has_doc, has_outlet, has_story, upsert_actor;
  Statement set_meta;
};

StoreWriter::StoreWriter(std::unique_ptr<Database> db, StoreOptions options)
    : db_(std::move(db)), options_(std::move(options)), now_(utc_now()) {}

StoreWriter::~StoreWriter() {
  st_.reset();
  if (in_transaction_) (void)db_->exec("ROLLBACK");
}

Result<std::unique_ptr<StoreWriter>> StoreWriter::open(const std::string& path, StoreOptions options) {
  auto db = open_store(path);
  if (!db.ok()) return db.status();
  std::unique_ptr<StoreWriter> w(new StoreWriter(std::move(*db), std::move(options)));
  if (Status s = w->prepare(); !s.ok()) return s;
  return w;
}

Status StoreWriter::prepare() {
  st_ = std::make_unique<Statements>();
  Status status;
  auto p = [&](Statement& target, std::string_view sql) {
    if (!status.ok()) return;
    auto r = db_->prepare(sql);
    if (!r.ok()) {
      status = r.status();
      return;
    }
    target = std::move(*r);
  };
  p(st_->has_hash, "SELECT 1 FROM documents WHERE content_hash = ?");
  p(st_->insert_doc,
    "INSERT INTO documents(doc, content_hash, date, day, outlet, url, title, origin, text, duplicate_of, similarity,"
    " sentences, events, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  p(st_->insert_signature, "INSERT INTO document_signatures(doc_id, minhash) VALUES (?, ?)");
  p(st_->insert_band, "INSERT OR IGNORE INTO document_bands(band, hash, doc_id) VALUES (?, ?, ?)");
  p(st_->find_band, "SELECT doc_id FROM document_bands WHERE band = ? AND hash = ? ORDER BY doc_id LIMIT 64");
  p(st_->get_signature, "SELECT minhash FROM document_signatures WHERE doc_id = ?");
  p(st_->get_original, "SELECT coalesce(duplicate_of, id) FROM documents WHERE id = ?");
  // Several rows: OR FAIL, so that SQLite keeps no statement journal to undo a statement's earlier
  // rows (no row can fail here: doc_id is new, n distinct, nothing is null). One row: as always.
  for (size_t k = 0; k <= kSentenceRowsLog2; ++k) {
    std::string sql = k == 0 ? "INSERT" : "INSERT OR FAIL";
    sql += " INTO sentences(doc_id, n, start, end, kind) VALUES (?, ?, ?, ?, ?)";
    for (size_t r = 1; r < (size_t{1} << k); ++r) sql += ", (?, ?, ?, ?, ?)";
    p(st_->insert_sentences[k], sql);
  }
  p(st_->insert_fts, "INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)");
  p(st_->find_events,
    "SELECT id, date, date_basis, location_name, location_country FROM events"
    " WHERE merge_key = ? AND date BETWEEN ? AND ? ORDER BY id");
  p(st_->insert_event,
    "INSERT INTO events(merge_key, doc_id, doc, sentence, start, end, source, target, source_root, target_root,"
    " source_start, source_end, target_start, target_end, source_text, target_text, code, root, quad, penta,"
    " goldstein, plover, plover_mode, date, date_basis, location_name, location_country, latitude, longitude,"
    " negated, hypothetical, confidence, rule, mentions, articles, sources, stories, first_seen, last_seen)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,1,?,?)");
  p(st_->update_event,
    "UPDATE events SET mentions = mentions + 1, articles = articles + ?, sources = sources + ?,"
    " stories = stories + ?, first_seen = min(first_seen, ?), last_seen = max(last_seen, ?) WHERE id = ?");
  p(st_->insert_mention,
    "INSERT INTO mentions(event_id, doc_id, outlet, story_id, sentence, start, end, source_start, source_end,"
    " target_start, target_end, source_text, target_text, date, date_basis, confidence, rule)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  p(st_->has_doc, "SELECT 1 FROM mentions WHERE event_id = ? AND doc_id = ? LIMIT 1");
  p(st_->has_outlet, "SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ? LIMIT 1");
  p(st_->has_story, "SELECT 1 FROM mentions WHERE event_id = ? AND story_id = ? LIMIT 1");
  p(st_->upsert_actor,
    "INSERT INTO actors(code, root, name, events, first_seen, last_seen) VALUES (?, ?, ?, 1, ?, ?)"
    " ON CONFLICT(code) DO UPDATE SET events = events + 1, first_seen = min(first_seen, excluded.first_seen),"
    " last_seen = max(last_seen, excluded.last_seen)");
  p(st_->set_meta, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
  if (!status.ok()) return status;

  // The settings in force are recorded with the data they shaped.
  if (Status s = begin(); !s.ok()) return s;
  const auto& d = options_.duplicates;
  const auto& m = options_.merge;
  std::pair<const char*, std::string> settings[] = {
      {"duplicates.threshold", std::to_string(d.threshold)},
      {"duplicates.shingle", std::to_string(d.shingle)},
      {"merge.code", m.by_root_code ? "root" : "code"},
      {"merge.date_tolerance_days", std::to_string(m.date_tolerance_days)},
      {"merge.check_places", m.check_places ? "true" : "false"},
  };
  for (auto& [key, value] : settings) st_->set_meta.bind(1, key).bind(2, value).run();
  return check(*db_);
}

Status StoreWriter::begin() {
  if (in_transaction_) return Status();
  if (Status s = db_->exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  in_transaction_ = true;
  batch_size_ = 0;
  return Status();
}

Status StoreWriter::commit() {
  if (!in_transaction_) return Status();
  in_transaction_ = false;
  return db_->exec("COMMIT");
}

bool StoreWriter::contains(std::string_view hash) {
  Statement& q = st_->has_hash;
  q.bind(1, hash);
  bool found = q.step();
  q.reset();
  return found;
}

Result<int64_t> StoreWriter::find_original(const Document& doc, const MinHash& signature, double& similarity_out) {
  int64_t best = 0;
  double best_similarity = 0;
  auto consider = [&](int64_t candidate, double sim) {
    if (sim < options_.duplicates.threshold) return;
    if (sim > best_similarity || (sim == best_similarity && candidate < best)) {
      best = candidate;
      best_similarity = sim;
    }
  };
  Statement& band = st_->find_band;
  if (signature.empty()) {
    band.bind(1, int64_t{-1}).bind(2, exact_text_hash(doc.text));
    while (band.step()) consider(band.int64(0), 1.0);
    band.reset();
  } else {
    std::vector<int64_t> candidates;
    auto bands = lsh_bands(signature);
    for (size_t b = 0; b < kLshBands; ++b) {
      band.bind(1, static_cast<int64_t>(b)).bind(2, bands[b]);
      while (band.step()) candidates.push_back(band.int64(0));
      band.reset();
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    MinHash other(kMinHashSize);
    for (int64_t c : candidates) {
      Statement& sig = st_->get_signature;
      sig.bind(1, c);
      if (sig.step()) {
        std::string_view blob = sig.blob(0);
        if (blob.size() == kMinHashSize * sizeof(uint64_t)) {
          std::memcpy(other.data(), blob.data(), blob.size());
          consider(c, similarity(signature, other));
        }
      }
      sig.reset();
    }
  }
  if (!db_->ok()) return db_->status();
  if (best == 0) return int64_t{0};
  Statement& orig = st_->get_original;
  orig.bind(1, best);
  int64_t original = orig.step() ? orig.int64(0) : best;
  orig.reset();
  similarity_out = best_similarity;
  return original;
}

Status StoreWriter::add(const Document& doc, std::string_view hash, const std::vector<Event>& events) {
  if (Status s = begin(); !s.ok()) return s;
  MinHash signature = minhash_signature(doc.text, options_.duplicates.shingle);
  double sim = 0;
  auto original = find_original(doc, signature, sim);
  if (!original.ok()) return original.status();

  auto publication = parse_publication_date(doc.date);
  std::string day = publication ? iso_day(*publication) : std::string();
  Statement& ins = st_->insert_doc;
  ins.bind(1, doc.id).bind(2, hash).bind(3, doc.date);
  if (day.empty()) ins.bind_null(4); else ins.bind(4, day);
  ins.bind(5, doc.source).bind(6, doc.url).bind(7, doc.title).bind(8, doc.origin).bind_static(9, doc.text);
  if (*original) ins.bind(10, *original).bind(11, sim); else ins.bind_null(10).bind_null(11);
  ins.bind(12, static_cast<int64_t>(doc.sentences.size())).bind(13, static_cast<int64_t>(events.size()));
  ins.bind(14, now_);
  bool inserted = ins.run();
  ins.reset();
  if (!inserted) return db_->status();
  const int64_t doc_id = db_->last_insert_id();
  const int64_t story_id = *original ? *original : doc_id;

  if (signature.empty()) {
    st_->insert_band.bind(1, int64_t{-1}).bind(2, exact_text_hash(doc.text)).bind(3, doc_id).run();
  } else {
    st_->insert_signature.bind(1, doc_id).bind_blob(2, signature.data(), signature.size() * sizeof(uint64_t)).run();
    auto bands = lsh_bands(signature);
    for (size_t b = 0; b < kLshBands; ++b) {
      st_->insert_band.bind(1, static_cast<int64_t>(b)).bind(2, bands[b]).bind(3, doc_id).run();
    }
  }

  // Only the sentences of mentions go into the full-text index: a search finds events through their
  // mentions' sentences, so the others (most of a document) would be indexed for nothing.
  std::vector<bool> has_mention(doc.sentences.size() + 1, false);
  for (const Event& e : events) {
    if (e.sentence >= 1 && e.sentence <= doc.sentences.size()) has_mention[e.sentence] = true;
  }
  // The sentence rows go several to a statement: a statement's fixed cost (its cursors, its halt,
  // the full-text table's savepoint) was most of the cost of a row. A run of rows ends at each
  // sentence with a mention, whose full-text row follows it as before: the full-text index sees
  // the same inserts with the same statements between them, so its pages come out the same. One
  // statement inserts its rows in order, each id the largest so far + 1: the same ids as row by row.
  const size_t sentence_count = doc.sentences.size();
  for (size_t i = 0; i < sentence_count;) {
    size_t run_end = i;
    while (run_end < sentence_count && !has_mention[run_end + 1]) ++run_end;
    run_end = std::min(run_end + 1, sentence_count);  // through the sentence with a mention
    while (i < run_end) {
      size_t k = kSentenceRowsLog2;
      while ((size_t{1} << k) > run_end - i) --k;
      const size_t rows = size_t{1} << k;
      Statement& q = st_->insert_sentences[k];
      for (size_t r = 0; r < rows; ++r) {
        const Sentence& s = doc.sentences[i + r];
        q.push(doc_id).push(static_cast<int64_t>(i + r + 1)).push(s.span.begin).push(s.span.end);
        q.push_static(sentence_kind_name(s.kind));
      }
      q.run();
      i += rows;
    }
    if (has_mention[i]) {
      st_->insert_fts.bind(1, db_->last_insert_id()).bind_static(2, doc.view(doc.sentences[i - 1].span)).run();
    }
  }

  for (const Event& e : events) {
    if (Status s = add_mention(doc_id, story_id, doc, e); !s.ok()) return s;
  }
  if (!db_->ok()) return db_->status();

  ++counts_.documents;
  counts_.near_duplicates += *original != 0;
  counts_.sentences += doc.sentences.size();
  counts_.bytes += doc.text.size();
  if (++batch_size_ >= options_.batch_documents) return commit();
  return Status();
}

Status StoreWriter::add_mention(int64_t doc_id, int64_t story_id, const Document& doc, const Event& e) {
  const MergeOptions& mo = options_.merge;
  const std::string key = merge_key(e, mo);
  const bool from_publication = e.date_basis == DateBasis::kPublication;
  const int tolerance = std::max(0, mo.date_tolerance_days);
  auto publication = parse_publication_date(doc.date);
  const std::string seen = publication ? iso_day(*publication) : e.date;

  auto is_city = [&](std::string_view name, std::string_view country) {
    return options_.is_city && options_.is_city(name, country);
  };
  auto places_compatible = [&](const Statement& row) {
    if (!mo.check_places || !e.location || row.is_null(3)) return true;
    std::string_view name = row.text(3), country = row.text(4);
    if (country != e.location->country) return false;
    if (name == e.location->name) return true;
    // Different names in one country: apart only when both are cities.
    return !(is_city(name, country) && is_city(e.location->name, e.location->country));
  };

  int64_t event_id = 0;
  int best_distance = 1 << 30;
  Statement& find = st_->find_events;
  find.bind(1, key).bind(2, shift_day(e.date, -tolerance)).bind(3, shift_day(e.date, tolerance));
  while (find.step()) {
    std::string_view date = find.text(1);
    int distance = 0;
    if (date != e.date) {
      if (!from_publication && find.text(2) != "publication") continue;
      auto a = parse_publication_date(date), b = parse_publication_date(e.date);
      if (!a || !b) continue;
      distance = static_cast<int>(std::abs((std::chrono::sys_days(*a) - std::chrono::sys_days(*b)).count()));
      if (distance > tolerance) continue;
    }
    if (!places_compatible(find)) continue;
    if (distance < best_distance) {
      best_distance = distance;
      event_id = find.int64(0);
    }
  }
  find.reset();

  if (event_id != 0) {
    auto absent = [&](Statement& q, auto value) {
      q.bind(1, event_id).bind(2, value);
      bool found = q.step();
      q.reset();
      return found ? int64_t{0} : int64_t{1};
    };
    int64_t new_article = absent(st_->has_doc, doc_id);
    int64_t new_outlet = absent(st_->has_outlet, std::string_view(doc.source));
    int64_t new_story = absent(st_->has_story, story_id);
    Statement& up = st_->update_event;
    up.bind(1, new_article).bind(2, new_outlet).bind(3, new_story).bind(4, seen).bind(5, seen).bind(6, event_id);
    up.run();
    ++counts_.merged_mentions;
  } else {
    Statement& q = st_->insert_event;
    q.push(key).push(doc_id).push(e.doc).push(e.sentence).push(e.trigger.begin);
    q.push(e.trigger.end).push(e.source).push(e.target);
    q.push(actor_root(e.source)).push(actor_root(e.target));
    q.push(e.source_span.begin).push(e.source_span.end).push(e.target_span.begin);
    q.push(e.target_span.end).push(e.source_text).push(e.target_text);
    q.push(e.code).push(e.root).push(e.quad).push(e.penta).push(e.goldstein);
    q.push(e.plover).push(e.plover_mode).push(e.date);
    q.push_static(from_publication ? "publication" : "text");
    if (e.location) {
      q.push(e.location->name).push(e.location->country);
      if (e.location->has_coordinates) {
        q.push(e.location->latitude).push(e.location->longitude);
      } else {
        q.push_null().push_null();
      }
    } else {
      q.push_null().push_null().push_null().push_null();
    }
    q.push(e.negated ? 1 : 0).push(e.hypothetical ? 1 : 0).push(e.confidence).push(e.rule);
    q.push(seen).push(seen);
    q.run();
    q.reset();
    event_id = db_->last_insert_id();
    ++counts_.new_events;
    for (const auto& [code, text] : {std::pair{&e.source, &e.source_text}, std::pair{&e.target, &e.target_text}}) {
      if (code->empty()) continue;
      Statement& a = st_->upsert_actor;
      a.bind(1, *code).bind(2, actor_root(*code)).bind(3, *text).bind(4, e.date).bind(5, e.date).run();
      a.reset();
    }
  }

  Statement& m = st_->insert_mention;
  m.push(event_id).push(doc_id).push(doc.source).push(story_id).push(e.sentence);
  m.push(e.trigger.begin).push(e.trigger.end).push(e.source_span.begin).push(e.source_span.end);
  m.push(e.target_span.begin).push(e.target_span.end).push(e.source_text).push(e.target_text);
  m.push(e.date).push_static(from_publication ? "publication" : "text").push(e.confidence);
  m.push(e.rule);
  m.run();
  m.reset();
  ++counts_.mentions;
  return check(*db_);
}

}  // namespace faultline
