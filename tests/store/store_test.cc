// The store's parts without the analyser: near-duplicate signatures, schema versions, the writer's
// idempotence and merge rule, the monitor and the export formats — on hand-made events.
#include "store/store.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "monitor/monitor.h"
#include "store/event_export.h"
#include "store/near_duplicates.h"
#include "store/schema.h"

namespace faultline {
namespace {

class TempDb {
 public:
  TempDb() {
    path_ = (std::filesystem::temp_directory_path() /
             ("faultline-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++) + ".db"))
                .string();
    remove();
  }
  ~TempDb() { remove(); }
  const std::string& path() const { return path_; }

 private:
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  static inline int counter_ = 0;
  std::string path_;
};

int64_t scalar(Database& db, const std::string& sql) {
  auto q = db.prepare(sql);
  EXPECT_TRUE(q.ok()) << q.status().message();
  if (!q.ok() || !q->step()) return -1;
  return q->int64(0);
}

Document make_doc(std::string id, std::string outlet, std::string date, std::string text) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(outlet);
  d.date = std::move(date);
  d.text = std::move(text);
  d.sentences.push_back({ByteSpan{0, static_cast<uint32_t>(d.text.size())}, 0, 0, SentenceKind::kBody});
  return d;
}

Event make_event(const Document& doc, std::string source, std::string target, std::string code, std::string date,
                 DateBasis basis = DateBasis::kText) {
  Event e;
  e.doc = doc.id;
  e.sentence = 1;
  e.trigger = {0, 4};
  e.source = std::move(source);
  e.target = std::move(target);
  e.code = std::move(code);
  e.root = e.code.substr(0, 2);
  e.quad = e.root >= "14" ? 4 : e.root >= "09" ? 3 : e.root >= "06" ? 2 : 1;
  e.goldstein = e.root >= "14" ? -9 : e.root >= "09" ? -2 : 3;
  e.date = std::move(date);
  e.date_basis = basis;
  return e;
}

const char* kStory =
    "Police in the north detained four men near the crossing on Sunday after a night of roadblocks, officials "
    "said, and the government in the capital condemned the arrests as a provocation by the other side.";

TEST(NearDuplicates, EditedRepublicationIsSimilarUnrelatedIsNot) {
  std::string edited = std::string("PRISTINA (Other Wire) - ") + kStory + " More talks are planned.";
  MinHash a = minhash_signature(kStory, 5), b = minhash_signature(edited, 5);
  MinHash c = minhash_signature(
      "The central bank raised interest rates by a quarter point on Tuesday, citing stubborn inflation in services "
      "and a tight labour market that shows few signs of cooling.",
      5);
  ASSERT_EQ(a.size(), kMinHashSize);
  EXPECT_GE(similarity(a, b), 0.7);
  EXPECT_LT(similarity(a, c), 0.2);
  EXPECT_EQ(similarity(a, a), 1.0);
  EXPECT_TRUE(minhash_signature("Too short to sign.", 5).empty());
}

// Stores keep signatures: a new binary must compute the same ones (whatever vector unit it uses), or
// a re-published story would no longer be recognised against the documents already stored. (Values
// of the scalar implementation that wrote the first stores.)
TEST(NearDuplicates, SignaturesStayWhatStoresHold) {
  const MinHash a = minhash_signature(kStory, 5);
  ASSERT_EQ(a.size(), kMinHashSize);
  EXPECT_EQ(a[0], 489655504729131084ULL);
  EXPECT_EQ(a[31], 730431096796240515ULL);
  EXPECT_EQ(a[63], 41920235818303758ULL);
}

TEST(ActorRoot, CountryOrInternationalCode) {
  EXPECT_EQ(actor_root("SRBGOV"), "SRB");
  EXPECT_EQ(actor_root("KSV"), "KSV");
  EXPECT_EQ(actor_root("IGOEUREEC"), "IGOEUR");
  EXPECT_EQ(actor_root(""), "");
}

TEST(StoreSchema, CreatesVersionOnceAndRefusesNewerStores) {
  TempDb tmp;
  {
    auto db = open_store(tmp.path());
    ASSERT_TRUE(db.ok()) << db.status().message();
    EXPECT_EQ(scalar(**db, "SELECT max(version) FROM schema_version"), kSchemaVersion);
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents','sentences','events',"
                           "'mentions','actors','alerts','sentences_fts','mentions_sentence_event')"), 8);
  }
  {
    auto db = open_store(tmp.path());
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(scalar(**db, "SELECT count(*) FROM schema_version"), kSchemaVersion);
    ASSERT_TRUE((*db)->exec("INSERT INTO schema_version VALUES (99, 'x', 'from the future')").ok());
  }
  auto db = open_store(tmp.path());
  EXPECT_FALSE(db.ok());
}

TEST(StoreSchema, AnOlderStoreIsMigratedWhenOpened) {
  TempDb tmp;
  {
    auto db = open_store(tmp.path());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec("DROP INDEX mentions_sentence_event; DROP INDEX events_root_dyad_flags_date;"
                            " DELETE FROM schema_version WHERE version > 1").ok());
  }
  auto db = open_store(tmp.path());
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ(scalar(**db, "SELECT max(version) FROM schema_version"), kSchemaVersion);
  EXPECT_EQ(scalar(**db, "SELECT count(*) FROM sqlite_master WHERE name IN ('mentions_sentence_event',"
                         " 'events_root_dyad_flags_date')"), 2);
}

TEST(StoreSchema, ADyadsReportedEventsAreOneCoveredRange) {
  // The API's default dyad count: neither negated nor hypothetical events, both directions.
  TempDb tmp;
  auto db = open_store(tmp.path());
  ASSERT_TRUE(db.ok());
  auto plan = (*db)->prepare(
      "EXPLAIN QUERY PLAN SELECT count(*) FROM (SELECT 1 FROM events e WHERE ((e.source_root = 'SRB' AND"
      " e.target_root = 'KSV') OR (e.source_root = 'KSV' AND e.target_root = 'SRB')) AND e.negated = 0"
      " AND e.hypothetical = 0 LIMIT 10001)");
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  std::string details;
  while (plan->step()) details.append(plan->text(3)).append("\n");
  EXPECT_NE(details.find("COVERING INDEX events_root_dyad_flags_date"), std::string::npos) << details;
}

TEST(StoreWriter, SameDocumentTwiceIsStoredOnce) {
  TempDb tmp;
  Document doc = make_doc("a", "Wire", "2022-07-31", kStory);
  std::string hash = content_hash(doc);
  for (int round = 0; round < 2; ++round) {
    auto w = StoreWriter::open(tmp.path());
    ASSERT_TRUE(w.ok()) << w.status().message();
    if (!(*w)->contains(hash)) {
      ASSERT_TRUE((*w)->add(doc, hash, {make_event(doc, "SRBCOP", "KSV", "173", "2022-07-31")}).ok());
    }
    ASSERT_TRUE((*w)->commit().ok());
    EXPECT_EQ(scalar((*w)->db(), "SELECT count(*) FROM documents"), 1);
    EXPECT_EQ(scalar((*w)->db(), "SELECT count(*) FROM events"), 1);
    EXPECT_EQ(scalar((*w)->db(), "SELECT count(*) FROM mentions"), 1);
  }
  Document other_outlet = doc;
  other_outlet.source = "Mirror";
  EXPECT_NE(content_hash(other_outlet), hash);
}

TEST(StoreWriter, UncommittedBatchLeavesNothing) {
  TempDb tmp;
  {
    StoreOptions o;
    o.batch_documents = 100;
    auto w = StoreWriter::open(tmp.path(), o);
    ASSERT_TRUE(w.ok());
    Document doc = make_doc("a", "Wire", "2022-07-31", kStory);
    ASSERT_TRUE((*w)->add(doc, content_hash(doc), {make_event(doc, "SRBCOP", "KSV", "173", "2022-07-31")}).ok());
  }  // destroyed without commit(): as after a crash
  auto db = open_store(tmp.path());
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(scalar(**db, "SELECT count(*) FROM documents"), 0);
  EXPECT_EQ(scalar(**db, "SELECT count(*) FROM events"), 0);
}

TEST(StoreWriter, RepublishedStoryMergesAndIsLinked) {
  TempDb tmp;
  auto w = StoreWriter::open(tmp.path());
  ASSERT_TRUE(w.ok());
  Document a = make_doc("a", "Wire", "2022-07-31", kStory);
  Document b = make_doc("b", "Evening Post", "2022-07-31", std::string("NORTH (Evening Post) - ") + kStory);
  ASSERT_TRUE((*w)->add(a, content_hash(a), {make_event(a, "SRBCOP", "KSV", "173", "2022-07-31")}).ok());
  ASSERT_TRUE((*w)->add(b, content_hash(b), {make_event(b, "SRBCOP", "KSV", "173", "2022-07-31")}).ok());
  ASSERT_TRUE((*w)->commit().ok());
  Database& db = (*w)->db();
  EXPECT_EQ(scalar(db, "SELECT duplicate_of FROM documents WHERE doc = 'b'"), 1);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(scalar(db, "SELECT mentions * 100 + articles * 10 + sources FROM events"), 222);
  EXPECT_EQ(scalar(db, "SELECT stories FROM events"), 1);  // one story, re-published
  EXPECT_EQ((*w)->counts().near_duplicates, 1u);
}

TEST(StoreWriter, DistinctEventsStayApart) {
  TempDb tmp;
  StoreOptions o;
  o.is_city = [](std::string_view name, std::string_view) { return name == "Zvecan" || name == "Leposavic"; };
  auto w = StoreWriter::open(tmp.path(), o);
  ASSERT_TRUE(w.ok());
  Document a = make_doc("a", "Wire", "2022-07-31", "Arrests in Zvecan and in Leposavic and talks in Brussels.");
  std::vector<Event> events = {
      make_event(a, "SRBCOP", "KSV", "173", "2022-07-31"),  // Zvecan
      make_event(a, "SRBCOP", "KSV", "173", "2022-07-31"),  // Leposavic: another arrest the same day
      make_event(a, "SRBCOP", "KSV", "173", "2022-07-30"),  // the day before (date from the text)
      make_event(a, "SRBCOP", "KSV", "190", "2022-07-31"),  // another code
      make_event(a, "SRBCOP", "ALB", "173", "2022-07-31"),  // another target
      make_event(a, "SRBCOP", "KSV", "173", "2022-07-31"),  // negated
  };
  events[0].location = EventLocation{"Zvecan", "KSV", 42.9, 20.8, true};
  events[1].location = EventLocation{"Leposavic", "KSV", 43.1, 20.8, true};
  events[5].negated = true;
  ASSERT_TRUE((*w)->add(a, content_hash(a), events).ok());
  // A later report of the Zvecan arrest without a place, dated only by its publication a day later.
  Document b = make_doc("b", "Post", "2022-08-01", "Serbian police arrested Kosovo Albanians, the ministry said.");
  ASSERT_TRUE((*w)->add(b, content_hash(b), {make_event(b, "SRBCOP", "KSV", "173", "2022-08-01", DateBasis::kPublication)}).ok());
  ASSERT_TRUE((*w)->commit().ok());
  Database& db = (*w)->db();
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM events"), 6);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM mentions"), 7);
  // The later report joined the first matching event within a day (the Zvecan arrest, lowest id).
  EXPECT_EQ(scalar(db, "SELECT articles FROM events WHERE id = 1"), 2);
}

TEST(StoreWriter, FullTextIndexHoldsTheSentencesOfMentionsOnly) {
  TempDb tmp;
  auto w = StoreWriter::open(tmp.path(), StoreOptions{});
  ASSERT_TRUE(w.ok());
  Document d = make_doc("a", "Wire", "2022-07-31", "Talks stalled in Brussels. Police detained four men in Zvecan. Rain fell.");
  d.sentences = {{ByteSpan{0, 26}, 0, 0, SentenceKind::kBody},
                 {ByteSpan{27, 62}, 0, 0, SentenceKind::kBody},
                 {ByteSpan{63, 73}, 0, 0, SentenceKind::kBody}};
  Event e = make_event(d, "KSVCOP", "SRB", "173", "2022-07-31");
  e.sentence = 2;
  ASSERT_TRUE((*w)->add(d, content_hash(d), {e}).ok());
  ASSERT_TRUE((*w)->commit().ok());
  Database& db = (*w)->db();
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences"), 3);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'detained'"), 1);
  EXPECT_EQ(scalar(db, "SELECT s.n FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH 'zvecan'"), 2);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'talks OR rain'"), 0);
}

// Events for the monitor: a quiet SRB-KSV dyad that flares up, and a third party talking to both.
void fill_monitor_store(StoreWriter& w) {
  int n = 0;
  auto add = [&](const std::string& day, std::vector<Event> events) {
    const std::string number = std::to_string(n++);
    Document d = make_doc("m" + number, "Wire", day, "Report number " + number + " " + day);
    for (Event& e : events) e.doc = d.id;
    ASSERT_TRUE(w.add(d, content_hash(d), events).ok());
  };
  Document dummy;
  add("2022-06-01", {make_event(dummy, "SRBGOV", "KSVGOV", "112", "2022-06-01")});
  add("2022-06-20", {make_event(dummy, "KSVGOV", "SRBGOV", "036", "2022-06-20")});
  add("2022-07-30", {make_event(dummy, "SRBMIL", "KSV", "190", "2022-07-30"),
                     make_event(dummy, "KSVCOP", "SRB", "173", "2022-07-30")});
  add("2022-07-31", {make_event(dummy, "SRBMIL", "KSVCOP", "190", "2022-07-31")});
  add("2022-08-02", {make_event(dummy, "IGOEUREEC", "SRBGOV", "040", "2022-08-02")});
  add("2022-08-03", {make_event(dummy, "IGOEUREEC", "KSVGOV", "020", "2022-08-03")});
  ASSERT_TRUE(w.commit().ok());
}

TEST(Monitor, SeriesEscalationAndMediation) {
  TempDb tmp;
  auto w = StoreWriter::open(tmp.path());
  ASSERT_TRUE(w.ok());
  fill_monitor_store(**w);
  Database& db = (*w)->db();
  auto counts = rebuild_monitor(db);
  ASSERT_TRUE(counts.ok()) << counts.status().message();
  EXPECT_EQ(scalar(db, "SELECT events FROM dyad_days WHERE source = 'SRB' AND target = 'KSV' AND day = '2022-07-30'"), 1);
  EXPECT_EQ(scalar(db, "SELECT quad4 FROM dyad_days WHERE source = 'KSV' AND target = 'SRB' AND day = '2022-07-30'"), 1);
  EXPECT_EQ(scalar(db, "SELECT sum(events) FROM dyad_weeks WHERE source = 'SRB' AND target = 'KSV'"), 3);
  EXPECT_EQ(scalar(db, "SELECT events FROM actor_days WHERE actor = 'SRB' AND day = '2022-07-30'"), 2);
  // Conflict 27 in the week to 31 July against 2 / 4 windows before it: an escalation alert.
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM alerts WHERE kind = 'escalation' AND actor1 = 'KSV' AND actor2 = 'SRB'"), 1);
  EXPECT_EQ(scalar(db, "SELECT day = '2022-07-30' FROM alerts WHERE kind = 'escalation'"), 1);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM alerts WHERE kind = 'mediation' AND mediator = 'IGOEUR'"), 1);
  EXPECT_EQ(scalar(db, "SELECT day = '2022-08-03' FROM alerts WHERE kind = 'mediation'"), 1);
  EXPECT_EQ(counts->escalation_alerts, 1u);
  // Rebuilding gives the same rows.
  ASSERT_TRUE(rebuild_monitor(db).ok());
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM alerts"), 2);
}

std::string export_all(Database& db, ExportFormat f) {
  std::string out;
  EXPECT_TRUE(export_events(db, f, {}, [&](const std::string& s) { out += s; return true; }).ok());
  return out;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = s.find('\n', start)) != std::string::npos; start = nl + 1) lines.push_back(s.substr(start, nl - start));
  return lines;
}

TEST(Export, EveryFormatWritesOneRecordPerEvent) {
  TempDb tmp;
  auto w = StoreWriter::open(tmp.path());
  ASSERT_TRUE(w.ok());
  fill_monitor_store(**w);
  Database& db = (*w)->db();
  const int64_t events = scalar(db, "SELECT count(*) FROM events");
  for (ExportFormat f : {ExportFormat::kGdelt, ExportFormat::kPhoenix}) {
    auto lines = lines_of(export_all(db, f));
    ASSERT_EQ(static_cast<int64_t>(lines.size()), events);
    for (const auto& l : lines) {
      EXPECT_EQ(std::count(l.begin(), l.end(), '\t') + 1, f == ExportFormat::kGdelt ? 61 : 26) << l;
    }
  }
  auto gdelt = lines_of(export_all(db, ExportFormat::kGdelt));
  EXPECT_EQ(gdelt[0].substr(0, 12), "1\t20220601\t2");
  simdjson::dom::parser parser;
  for (ExportFormat f : {ExportFormat::kPlover, ExportFormat::kJsonl}) {
    auto lines = lines_of(export_all(db, f));
    ASSERT_EQ(static_cast<int64_t>(lines.size()), events);
    simdjson::dom::element first;
    ASSERT_EQ(parser.parse(lines[0]).get(first), simdjson::SUCCESS) << lines[0];
    if (f == ExportFormat::kJsonl) {
      EXPECT_EQ(std::string_view(first["code"].get_string().value()), "112");
      EXPECT_EQ(first["articles"].get_int64().value(), 1);
    } else {
      EXPECT_EQ(std::string_view(first["actor"].get_string().value()), "SRBGOV");
    }
  }
}

}  // namespace
}  // namespace faultline
