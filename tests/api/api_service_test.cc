// Behaviour of the JSON API (ApiService) on a generated store: filters, paging, evidence, errors.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

#include "api/api_service.h"
#include "api/event_filter.h"
#include "api/synthetic_store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "support/run_tool.h"

namespace faultline::testing {
namespace {

class ApiServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = (dir_->path() / "api.db").string();
    api::SyntheticStoreOptions opt;
    opt.events = 4000;
    opt.seed = 3;
    auto written = api::write_synthetic_store(db_, opt);
    ASSERT_TRUE(written.ok()) << written.status().message();
    auto service = api::ApiService::open(db_, api::ApiLimits{});
    ASSERT_TRUE(service.ok()) << service.status().message();
    service_ = service->release();
  }
  static void TearDownTestSuite() {
    delete service_;
    delete dir_;
  }

  simdjson::dom::element get(const std::string& path, const api::QueryParams& params, int expect_status = 200) {
    api::ApiResponse r = service_->handle(path, params);
    EXPECT_EQ(r.status, expect_status) << path << ": " << r.body;
    body_ = r.body;
    simdjson::dom::element doc;
    EXPECT_EQ(parser_.parse(body_).get(doc), simdjson::SUCCESS) << r.body;
    return doc;
  }

  static TempDir* dir_;
  static std::string db_;
  static api::ApiService* service_;
  simdjson::dom::parser parser_;
  std::string body_;
};

TempDir* ApiServiceTest::dir_ = nullptr;
std::string ApiServiceTest::db_;
api::ApiService* ApiServiceTest::service_ = nullptr;

TEST_F(ApiServiceTest, InfoCountsTheStore) {
  auto doc = get("/api/info", {});
  EXPECT_EQ(int64_t(doc["events"]), 4000);
  EXPECT_EQ(int64_t(doc["schema_version"]), kSchemaVersion);
}

TEST_F(ApiServiceTest, DyadFilterReturnsOnlyThatDyadNewestFirstAndPagesWithoutOverlap) {
  std::set<int64_t> seen;
  std::string cursor;
  std::string last_date = "9999-12-31";
  int pages = 0;
  do {
    api::QueryParams params{{"dyad", "SRB,KSV"}, {"limit", "100"}};
    if (!cursor.empty()) params.emplace("cursor", cursor);
    auto doc = get("/api/events", params);
    for (auto e : doc["events"].get_array()) {
      const std::string s{std::string_view(e["source"])};
      const std::string t{std::string_view(e["target"])};
      const std::string pair = s.substr(0, 3) < t.substr(0, 3) ? s.substr(0, 3) + t.substr(0, 3) : t.substr(0, 3) + s.substr(0, 3);
      EXPECT_EQ(pair, "KSVSRB") << s << " -> " << t;
      const std::string date{std::string_view(e["date"])};
      EXPECT_LE(date, last_date);
      last_date = date;
      EXPECT_TRUE(seen.insert(int64_t(e["id"])).second) << "event listed twice";
    }
    cursor = doc["next"].is_null() ? "" : std::string(std::string_view(doc["next"]));
    ++pages;
  } while (!cursor.empty() && pages < 100);
  EXPECT_GT(pages, 1);
  // Every Serbia–Kosovo event, in both directions, was listed exactly once.
  auto counted = get("/api/events", {{"dyad", "SRB,KSV"}, {"count", "1"}, {"limit", "1"}});
  EXPECT_EQ(int64_t(counted["count"]), static_cast<int64_t>(seen.size()));
  auto series = get("/api/series", {{"source", "SRB"}, {"target", "KSV"}, {"interval", "month"}});
  int64_t in_series = 0;
  for (auto p : series["points"].get_array()) in_series += int64_t(p["events"]);
  EXPECT_EQ(in_series, static_cast<int64_t>(seen.size())) << "the monitor counts the same events";
}

TEST_F(ApiServiceTest, ActorCodeAndRootFiltersCombineWithDatesAndQuads) {
  auto doc = get("/api/events", {{"source", "SRBGOV"}, {"target", "KSV"}, {"quad", "3,4"},
                                 {"from", "2008-01-01"}, {"to", "2012-12-31"}, {"limit", "500"}});
  size_t n = 0;
  for (auto e : doc["events"].get_array()) {
    EXPECT_EQ(std::string_view(e["source"]), "SRBGOV");
    EXPECT_EQ(std::string_view(e["target"]).substr(0, 3), "KSV");
    EXPECT_GE(int64_t(e["quad"]), 3);
    const std::string_view date = e["date"];
    EXPECT_TRUE(date >= "2008-01-01" && date <= "2012-12-31") << date;
    ++n;
  }
  EXPECT_GT(n, 0u);
}

TEST_F(ApiServiceTest, EvidencePartsRebuildTheSentenceAndTheTriggerCutsTheDocument) {
  auto doc = get("/api/events", {{"actor", "KSV"}, {"limit", "5"}});
  for (auto e : doc["events"].get_array()) {
    std::string rebuilt, trigger;
    for (auto part : e["evidence"]["parts"].get_array()) {
      rebuilt += std::string_view(part["text"]);
      std::string_view role;
      if (part["role"].get(role) == simdjson::SUCCESS && role == "trigger") trigger = std::string(std::string_view(part["text"]));
    }
    EXPECT_EQ(rebuilt, std::string_view(e["evidence"]["sentence"]));
    ASSERT_FALSE(trigger.empty());
    const int64_t id = int64_t(e["doc_id"]);
    const int64_t begin = int64_t(e["trigger"].at(0)), end = int64_t(e["trigger"].at(1));
    simdjson::dom::parser p2;
    api::ApiResponse r = service_->handle("/api/documents/" + std::to_string(id), {});
    ASSERT_EQ(r.status, 200);
    simdjson::dom::element d;
    ASSERT_EQ(p2.parse(r.body).get(d), simdjson::SUCCESS);
    const std::string_view text = d["text"];
    EXPECT_EQ(text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin)), trigger);
  }
}

TEST_F(ApiServiceTest, FullTextSearchFindsTheWordInTheEvidence) {
  auto doc = get("/api/events", {{"q", "Mitrovica"}, {"limit", "20"}});
  size_t n = 0;
  for (auto e : doc["events"].get_array()) {
    EXPECT_NE(std::string_view(e["evidence"]["sentence"]).find("Mitrovica"), std::string_view::npos);
    ++n;
  }
  EXPECT_GT(n, 0u);
  get("/api/events", {{"q", "\"unbalanced AND OR ("}}, 200);  // operators are plain words
}

TEST_F(ApiServiceTest, MistakesAreRefusedWithAMessage) {
  get("/api/events", {{"actr", "SRB"}}, 400);
  EXPECT_NE(body_.find("unknown parameter"), std::string::npos);
  get("/api/events", {{"from", "2023-13-01"}}, 400);
  get("/api/events", {{"limit", "501"}}, 400);
  get("/api/events", {{"code", "17a"}}, 400);
  get("/api/events", {{"cursor", "garbage"}}, 400);
  get("/api/events", {{"actor", "SRB"}, {"source", "KSV"}}, 400);
  get("/api/series", {{"source", "SRBGOV"}, {"target", "KSV"}}, 400);
  get("/api/events/999999", {}, 404);
  get("/api/documents/999999", {}, 404);
  get("/api/nothing", {}, 404);
}

TEST_F(ApiServiceTest, DyadsAlertsAndLocationsAnswer) {
  auto dyads = get("/api/dyads", {{"limit", "5"}});
  auto first = dyads["dyads"].at(0);
  EXPECT_EQ(std::string_view(first["source"]).size() + std::string_view(first["target"]).size(), 6u);
  auto locations = get("/api/locations", {{"dyad", "SRB,KSV"}});
  EXPECT_GT(locations["locations"].get_array().size(), 0u);
  get("/api/alerts", {{"actor", "KSV"}, {"kind", "escalation"}});
}

// A store whose events have mentions in several sentences, as merged events do: some events of the
// generated store are also mentioned in the sentence of another event.
class ApiTextSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = (dir_->path() / "text.db").string();
    api::SyntheticStoreOptions opt;
    opt.events = 1500;
    opt.seed = 11;
    auto written = api::write_synthetic_store(db_, opt);
    ASSERT_TRUE(written.ok()) << written.status().message();
    auto db = Database::open(db_);
    ASSERT_TRUE(db.ok()) << db.status().message();
    // Every 7th event is also reported in the sentences of the 3 events after it (and of one event
    // 600 ids later, so that its matching sentences lie far apart).
    ASSERT_TRUE((*db)->exec(
        "INSERT INTO mentions (event_id, doc_id, outlet, story_id, sentence, start, end, source_start, source_end,"
        " target_start, target_end, source_text, target_text, date, date_basis, confidence, rule)"
        " SELECT e.id, m.doc_id, m.outlet, m.story_id, m.sentence, m.start, m.end, m.source_start, m.source_end,"
        " m.target_start, m.target_end, m.source_text, m.target_text, m.date, m.date_basis, m.confidence, m.rule"
        " FROM events e JOIN mentions m ON m.event_id IN (e.id + 1, e.id + 2, e.id + 3, e.id + 600) WHERE e.id % 7 = 0").ok());
  }
  static void TearDownTestSuite() { delete dir_; }

  // What a search must list: every event with a mention in a matching sentence, ordered by its
  // newest matching sentence, then by id, both descending.
  static std::vector<int64_t> expected(const std::string& words, const std::string& condition) {
    auto db = Database::open(db_, true);
    EXPECT_TRUE(db.ok());
    auto st = (*db)->prepare(
        "SELECT e.id FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " JOIN mentions m ON m.doc_id = s.doc_id AND m.sentence = s.n JOIN events e ON e.id = m.event_id"
        " WHERE sentences_fts MATCH ? AND " + condition + " GROUP BY e.id ORDER BY max(f.rowid) DESC, e.id DESC");
    EXPECT_TRUE(st.ok());
    st->push(api::fts_query(words));
    std::vector<int64_t> ids;
    while (st->step()) ids.push_back(st->int64(0));
    return ids;
  }

  // Follows `next` from the first page to the last; `short_pages` counts pages with fewer than
  // `limit` events that still had a next one.
  static std::vector<int64_t> all_pages(const api::ApiLimits& limits, api::QueryParams params, int limit,
                                        int* short_pages = nullptr) {
    auto service = api::ApiService::open(db_, limits);
    EXPECT_TRUE(service.ok());
    std::vector<int64_t> ids;
    std::string cursor;
    params.emplace("limit", std::to_string(limit));
    for (int page = 0; page < 1000; ++page) {
      api::QueryParams p = params;
      if (!cursor.empty()) p.emplace("cursor", cursor);
      api::ApiResponse r = (*service)->handle("/api/events", p);
      EXPECT_EQ(r.status, 200) << r.body;
      simdjson::dom::parser parser;
      simdjson::dom::element doc;
      EXPECT_EQ(parser.parse(r.body).get(doc), simdjson::SUCCESS);
      size_t n = 0;
      for (auto e : doc["events"].get_array()) {
        ids.push_back(int64_t(e["id"]));
        ++n;
      }
      if (doc["next"].is_null()) break;
      if (short_pages && n < static_cast<size_t>(limit)) ++*short_pages;
      cursor = std::string(std::string_view(doc["next"]));
    }
    return ids;
  }

  static TempDir* dir_;
  static std::string db_;
};

TempDir* ApiTextSearchTest::dir_ = nullptr;
std::string ApiTextSearchTest::db_;

TEST_F(ApiTextSearchTest, PagesListEveryMatchingEventOnceNewestMatchFirst) {
  const std::vector<int64_t> want = expected("police", "e.negated = 0 AND e.hypothetical = 0");
  ASSERT_GT(want.size(), 60u);
  const std::vector<int64_t> got = all_pages(api::ApiLimits{}, {{"q", "police"}}, 7);
  EXPECT_EQ(got, want);
  EXPECT_EQ(std::set<int64_t>(got.begin(), got.end()).size(), got.size()) << "an event listed twice";
  // The count of the whole search, on the first page and on a later one.
  auto service = api::ApiService::open(db_, api::ApiLimits{});
  ASSERT_TRUE(service.ok());
  const std::string total = fmt::format("\"count\":{},\"count_capped\":false", want.size());
  api::ApiResponse first = (*service)->handle("/api/events", {{"q", "police"}, {"limit", "7"}, {"count", "1"}});
  EXPECT_NE(first.body.find(total), std::string::npos) << first.body.substr(first.body.size() - 120);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(first.body).get(doc), simdjson::SUCCESS);
  api::ApiResponse second = (*service)->handle(
      "/api/events", {{"q", "police"}, {"limit", "7"}, {"count", "1"}, {"cursor", std::string(std::string_view(doc["next"]))}});
  EXPECT_NE(second.body.find(total), std::string::npos) << second.body.substr(second.body.size() - 120);
}

TEST_F(ApiTextSearchTest, FiltersCombineWithTheSearch) {
  const std::vector<int64_t> want =
      expected("police", "e.negated = 0 AND e.hypothetical = 0 AND (e.source_root = 'SRB' OR e.target_root = 'SRB')"
                         " AND e.date >= '2012-01-01'");
  ASSERT_GT(want.size(), 10u);
  EXPECT_EQ(all_pages(api::ApiLimits{}, {{"q", "police"}, {"actor", "SRB"}, {"from", "2012-01-01"}}, 5), want);
}

TEST_F(ApiTextSearchTest, AScanBudgetEndsPagesShortButLosesNothing) {
  api::ApiLimits small;
  small.text_scan_sentences = 40;  // matching sentences read per request
  const std::vector<int64_t> want =
      expected("police", "e.negated = 0 AND e.hypothetical = 0 AND (e.source_root = 'USA' OR e.target_root = 'USA')");
  ASSERT_GT(want.size(), 3u);
  int short_pages = 0;
  EXPECT_EQ(all_pages(small, {{"q", "police"}, {"actor", "USA"}}, 10, &short_pages), want);
  EXPECT_GT(short_pages, 0);
  auto service = api::ApiService::open(db_, small);
  ASSERT_TRUE(service.ok());
  api::ApiResponse r = (*service)->handle("/api/events", {{"q", "police"}, {"actor", "USA"}, {"count", "1"}});
  EXPECT_NE(r.body.find("\"count_capped\":true"), std::string::npos) << "a count within the budget is a lower bound";
}

TEST_F(ApiTextSearchTest, ACursorOfAnotherKindOfQueryIsRefused) {
  auto service = api::ApiService::open(db_, api::ApiLimits{});
  ASSERT_TRUE(service.ok());
  api::ApiResponse text = (*service)->handle("/api/events", {{"q", "police"}, {"limit", "3"}});
  api::ApiResponse dyad = (*service)->handle("/api/events", {{"dyad", "SRB,KSV"}, {"limit", "3"}});
  simdjson::dom::parser p1, p2;
  simdjson::dom::element t, d;
  ASSERT_EQ(p1.parse(text.body).get(t), simdjson::SUCCESS);
  ASSERT_EQ(p2.parse(dyad.body).get(d), simdjson::SUCCESS);
  const std::string text_cursor{std::string_view(t["next"])};
  const std::string date_cursor{std::string_view(d["next"])};
  EXPECT_EQ((*service)->handle("/api/events", {{"dyad", "SRB,KSV"}, {"cursor", text_cursor}}).status, 400);
  EXPECT_EQ((*service)->handle("/api/events", {{"q", "police"}, {"cursor", date_cursor}}).status, 400);
  EXPECT_EQ((*service)->handle("/api/events", {{"q", "police"}, {"cursor", "s12_"}}).status, 400);
  EXPECT_EQ((*service)->handle("/api/events", {{"q", "police"}, {"cursor", text_cursor}}).status, 200);
}

TEST(ApiFilter, FtsQueryQuotesEveryWordAndKeepsPrefixes) {
  EXPECT_EQ(api::fts_query("barricades  Zvecan"), "\"barricades\" \"Zvecan\"");
  EXPECT_EQ(api::fts_query("detain* \"OR\""), "\"detain\"* \"OR\"");
  EXPECT_EQ(api::fts_query("  "), "");
}

TEST(ApiFilter, ActorRootsFollowTheStore) {
  EXPECT_EQ(api::actor_root("SRBGOV"), "SRB");
  EXPECT_EQ(api::actor_root("IGOEUREEC"), "IGOEUR");
  EXPECT_EQ(api::actor_root("KSV"), "KSV");
}

TEST(ApiFilter, OpeningSomethingThatIsNotAStoreFails) {
  TempDir dir;
  auto path = dir.write("not.db", "plain text, not SQLite");
  EXPECT_FALSE(api::ApiService::open(path.string(), api::ApiLimits{}).ok());
  EXPECT_FALSE(api::ApiService::open((dir.path() / "missing.db").string(), api::ApiLimits{}).ok());
}

}  // namespace
}  // namespace faultline::testing
