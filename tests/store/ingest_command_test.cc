// `faultline ingest` end to end on the example corpus with small hand-written dictionaries: the
// duplicate-handling figures of the issue, resuming after kill -9, alerts and export.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <sqlite3.h>

#include "store/sqlite.h"
#include "store/store.h"
#include "support/run_tool.h"

namespace faultline::testing {
namespace {

constexpr const char* kVerbs = R"(
--- ACCUSE [112] ---
ACCUSE

--- ARREST [173] ---
ARREST
DETAIN

--- ATTACK [190] ---
ATTACK

--- MEET [040] ---
MEET

--- CONDEMN [122] ---
CONDEMN
CRITICISE
CRITICIZE

--- WELCOME [051] ---
WELCOME
PRAISE

--- URGE [020] ---
URGE

--- SIGN [057] ---
SIGN
)";

constexpr const char* kActors = R"(
SERBIA [SRB]
+SERBIAN
+BELGRADE
KOSOVO [KSV]
+PRISTINA
+KOSOVAR
RUSSIA [RUS]
+MOSCOW
UNITED_STATES [USA]
+WASHINGTON
EUROPEAN_UNION [IGOEUREEC]
+EU
+BRUSSELS
)";

constexpr const char* kAgents = R"(
POLICE [~COP]
GOVERNMENT [~GOV]
PRIME_MINISTER [~GOV]
PRESIDENT [~GOV]
)";

std::filesystem::path corpus() { return source_dir() / "examples" / "kosovo" / "reports.jsonl"; }

// The corpus with every article re-published under another outlet (its name prefixed).
std::string republished(const std::string& prefix, const std::string& jsonl) {
  std::string out;
  const std::string key = "\"source\": \"";
  size_t at = 0;
  for (size_t hit; (hit = jsonl.find(key, at)) != std::string::npos; at = hit + key.size()) {
    out.append(jsonl, at, hit + key.size() - at).append(prefix);
  }
  out.append(jsonl, at);
  return out;
}

class IngestCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    verbs_ = dir_.write("verbs.txt", kVerbs).string();
    actors_ = dir_.write("actors.txt", kActors).string();
    agents_ = dir_.write("agents.txt", kAgents).string();
    db_ = (dir_.path() / "store.db").string();
  }
  std::string dictionaries() const {
    return "--verbs '" + verbs_ + "' --actors '" + actors_ + "' --agents '" + agents_ + "'";
  }
  ToolRun ingest(const std::string& inputs, const std::string& extra = "") {
    return run_tool("ingest -q " + dictionaries() + " --db '" + db_ + "' " + extra + " " + inputs);
  }
  int64_t scalar(const std::string& sql) {
    auto db = open_store(db_, /*read_only=*/true);
    EXPECT_TRUE(db.ok()) << db.status().message();
    if (!db.ok()) return -1;
    auto q = (*db)->prepare(sql);
    EXPECT_TRUE(q.ok()) << q.status().message();
    return q.ok() && q->step() ? q->int64(0) : -1;
  }
  // Everything a rerun could change, as one string.
  std::string snapshot() {
    std::string s;
    for (const char* sql : {"SELECT count(*) FROM documents", "SELECT count(*) FROM sentences",
                            "SELECT count(*) FROM events", "SELECT count(*) FROM mentions",
                            "SELECT coalesce(sum(mentions * 1000000 + articles * 10000 + sources * 100 + stories), 0) FROM events",
                            "SELECT count(*) FROM actors", "SELECT coalesce(sum(events), 0) FROM actors",
                            "SELECT count(*) FROM dyad_days", "SELECT count(*) FROM alerts",
                            "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"}) {
      s += std::to_string(scalar(sql)) + " ";
    }
    return s;
  }

  // Every row of `table` in `order`, each column as SQLite quotes it.
  std::string rows(const std::string& table, const std::string& columns, const std::string& order) {
    auto db = open_store(db_, /*read_only=*/true);
    EXPECT_TRUE(db.ok()) << db.status().message();
    if (!db.ok()) return "";
    sqlite3_stmt* q = nullptr;
    const std::string sql = "SELECT " + columns + " FROM " + table + " ORDER BY " + order;
    EXPECT_EQ(sqlite3_prepare_v2((*db)->handle(), sql.c_str(), -1, &q, nullptr), SQLITE_OK) << sql;
    std::string out;
    while (q && sqlite3_step(q) == SQLITE_ROW) {
      for (int c = 0; c < sqlite3_column_count(q); ++c) {
        const unsigned char* v = sqlite3_column_text(q, c);
        out.append(v ? reinterpret_cast<const char*>(v) : "NULL").push_back('\t');
      }
      out.push_back('\n');
    }
    sqlite3_finalize(q);
    return out;
  }

  TempDir dir_;
  std::string verbs_, actors_, agents_, db_;
};

TEST_F(IngestCommand, ExampleCorpusTwiceChangesNothing) {
  auto first = ingest("'" + corpus().string() + "'");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string before = snapshot();
  EXPECT_EQ(scalar("SELECT count(*) FROM documents"), 49);
  EXPECT_GT(scalar("SELECT count(*) FROM events"), 10);
  auto second = ingest("'" + corpus().string() + "'");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(snapshot(), before);
}

TEST_F(IngestCommand, RepublishedCopyDoublesArticlesAndSourcesNotEvents) {
  ASSERT_EQ(ingest("'" + corpus().string() + "'").exit_code, 0);
  const int64_t events = scalar("SELECT count(*) FROM events");
  const int64_t articles = scalar("SELECT sum(articles) FROM events");
  const int64_t sources = scalar("SELECT sum(sources) FROM events");
  const int64_t mentions = scalar("SELECT sum(mentions) FROM events");
  auto copy = dir_.write("mirror.jsonl", republished("Mirror of ", read_file(corpus())));
  auto run = ingest("'" + copy.string() + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(scalar("SELECT count(*) FROM documents"), 98);
  EXPECT_EQ(scalar("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"), 49);
  EXPECT_EQ(scalar("SELECT count(*) FROM events"), events);
  EXPECT_EQ(scalar("SELECT sum(articles) FROM events"), 2 * articles);
  EXPECT_EQ(scalar("SELECT sum(sources) FROM events"), 2 * sources);
  EXPECT_EQ(scalar("SELECT sum(mentions) FROM events"), 2 * mentions);
  EXPECT_EQ(scalar("SELECT count(*) FROM events WHERE articles != 2 * stories"), 0) << "a copy is not a new story";
}

TEST_F(IngestCommand, KilledIngestLeavesWholeDocumentsAndResumes) {
  // Thirty editions of the corpus, each under its own outlets: long enough to be killed mid-way.
  const std::string text = read_file(corpus());
  std::string big;
  for (int i = 0; i < 30; ++i) big += republished("Edition " + std::to_string(i) + " of ", text);
  auto input = dir_.write("editions.jsonl", big);

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    execl(tool_path().c_str(), "faultline", "ingest", "-q", "--no-monitor", "--batch", "5", "--verbs", verbs_.c_str(),
          "--actors", actors_.c_str(), "--agents", agents_.c_str(), "--db", db_.c_str(), input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until some batches are committed, then kill without warning.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int64_t stored = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (std::filesystem::exists(db_)) {
      auto db = Database::open(db_, true);
      if (db.ok()) {
        auto q = (*db)->prepare("SELECT count(*) FROM documents");
        if (q.ok() && q->step()) stored = q->int64(0);
      }
    }
    if (stored >= 20) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed; stored " << stored;

  const int64_t after_kill = scalar("SELECT count(*) FROM documents");
  EXPECT_GE(after_kill, 20);
  EXPECT_LT(after_kill, 30 * 49);
  // Every stored document is whole: its sentences and mentions are all there.
  EXPECT_EQ(scalar("SELECT count(*) FROM documents d WHERE d.sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)"
                   " OR d.events != (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)"),
            0);
  EXPECT_EQ(scalar("SELECT count(*) FROM events e WHERE e.mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"),
            0);

  auto resumed = ingest("'" + input.string() + "'", "--batch 5");
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const std::string after_resume = snapshot();

  // The same input ingested in one go gives the same store.
  db_ = (dir_.path() / "clean.db").string();
  ASSERT_EQ(ingest("'" + input.string() + "'", "--batch 5").exit_code, 0);
  EXPECT_EQ(after_resume, snapshot());
  EXPECT_EQ(scalar("SELECT count(*) FROM documents"), 30 * 49);
}

TEST_F(IngestCommand, WorkerThreadsStoreExactlyWhatOneThreadStores) {
  // The corpus, a re-published copy (near-duplicates that merge) and the corpus again (exact copies,
  // which may still be in flight when they are read): every decision that depends on earlier
  // documents must come out as it does in input order on one thread.
  const std::string text = read_file(corpus());
  auto mirror = dir_.write("mirror.jsonl", republished("Mirror of ", text));
  const std::string inputs = "'" + corpus().string() + "' '" + mirror.string() + "' '" + corpus().string() + "'";
  auto dump = [this] {
    return rows("documents", "id, doc, content_hash, date, outlet, title, duplicate_of, similarity, sentences, events", "id") +
           rows("sentences", "*", "rowid") + rows("events", "*", "id") + rows("mentions", "*", "id") +
           rows("actors", "*", "code") + rows("document_bands", "*", "band, hash, doc_id") +
           rows("dyad_days", "*", "1, 2, 3") + rows("alerts", "*", "1, 2, 3");
  };
  ASSERT_EQ(ingest(inputs, "-j 1").exit_code, 0);
  const std::string one_thread = dump();
  EXPECT_EQ(scalar("SELECT count(*) FROM documents"), 98) << "the second copy of the corpus is already stored";
  EXPECT_GT(scalar("SELECT count(*) FROM mentions"), 20);
  for (const char* threads : {"-j 2", "-j 3"}) {
    db_ = (dir_.path() / (std::string("threads") + threads[3] + ".db")).string();
    auto run = ingest(inputs, threads);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(dump(), one_thread) << threads;
  }
}

TEST_F(IngestCommand, AlertsAndExportReadTheStore) {
  ASSERT_EQ(ingest("'" + corpus().string() + "'").exit_code, 0);
  auto alerts = run_tool("alerts --db '" + db_ + "' --rebuild --threshold 1");
  ASSERT_EQ(alerts.exit_code, 0) << alerts.err;
  EXPECT_NE(alerts.out.find("escalation"), std::string::npos) << alerts.out;
  const int64_t events = scalar("SELECT count(*) FROM events WHERE negated = 0 AND hypothetical = 0");
  for (const char* format : {"gdelt", "phoenix", "plover", "jsonl"}) {
    auto out = run_tool(std::string("export --db '") + db_ + "' -f " + format);
    ASSERT_EQ(out.exit_code, 0) << out.err;
    EXPECT_EQ(static_cast<int64_t>(std::count(out.out.begin(), out.out.end(), '\n')), events) << format;
  }
  auto bad = run_tool("export --db '" + db_ + "' -f csv");
  EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
}  // namespace faultline::testing
