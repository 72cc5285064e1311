// Behaviour of the JSON API (ApiService) on a generated store: filters, paging, evidence, errors.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <set>
#include <string>

#include "api/api_service.h"
#include "api/event_filter.h"
#include "api/synthetic_store.h"
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
  EXPECT_EQ(int64_t(doc["schema_version"]), 1);
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
