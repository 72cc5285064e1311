#include <gtest/gtest.h>

#include "faultline/pipeline.h"
#include "faultline/reader.h"
#include "output/analysis_writer.h"
#include "support/run_tool.h"

namespace faultline::testing {
namespace {

std::string analyse_all(const std::filesystem::path& dir, const Analyzer& analyzer, int threads, size_t batch) {
  DocumentStream stream({dir.string()});
  RunOptions options;
  options.threads = threads;
  options.batch_bytes = batch;
  std::string out;
  size_t progress_calls = 0;
  options.on_progress = [&](const RunCounts&) { ++progress_calls; };
  RunCounts counts = run_analysis(stream, analyzer, options, [&](Document& doc) { append_analysis_jsonl(doc, out); });
  EXPECT_EQ(counts.documents, 60u);
  EXPECT_GT(progress_calls, 0u);
  return out;
}

TEST(ParallelRun, ManyThreadsGiveTheSameOutputInTheSameOrderAsOne) {
  auto analyzer = Analyzer::load();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  TempDir dir;
  for (int i = 0; i < 60; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "doc-%03d.txt", i);
    std::string text = "Report number " + std::to_string(i) + ". ";
    for (int k = 0; k <= i % 7; ++k) text += "The delegation met officials and discussed the border crossing. ";
    dir.write(name, text + "\n");
  }
  const std::string one = analyse_all(dir.path(), **analyzer, 1, 1 << 20);
  EXPECT_EQ(analyse_all(dir.path(), **analyzer, 2, 300), one);  // tiny batches: many in flight
  EXPECT_EQ(analyse_all(dir.path(), **analyzer, 3, 1 << 12), one);
}

}  // namespace
}  // namespace faultline::testing
