// Inputs of realistic pathological size: a 200 MB single-line file, as plain text and as JSON
// Lines, read within the default limits. Memory stays bounded: the plain file is refused from its
// size alone, and the JSON line is dropped chunk by chunk.
#include <gtest/gtest.h>

#include <fstream>

#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

void write_long_line(const std::string& path, const std::string& head, size_t bytes, const std::string& tail) {
  std::ofstream out(path, std::ios::binary);
  out << head;
  std::string block(1 << 20, 'w');
  for (size_t written = 0; written < bytes; written += block.size()) {
    out.write(block.data(), static_cast<std::streamsize>(std::min(block.size(), bytes - written)));
  }
  out << tail;
}

TEST(LargeInput, TwoHundredMegabyteSingleLineFiles) {
  TempDir dir;
  constexpr size_t kSize = 200u << 20;
  std::string text = (dir.path() / "huge.txt").string();
  std::string jsonl = (dir.path() / "huge.jsonl").string();
  write_long_line(text, "", kSize, "");
  write_long_line(jsonl, "{\"id\":\"huge\",\"text\":\"", kSize, "\"}\n{\"id\":\"after\",\"text\":\"Still read.\"}\n");

  auto r = read_all({text, jsonl});

  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "after");
  EXPECT_EQ(r.docs[0].origin, jsonl + ":2");
  ASSERT_EQ(r.issues.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.issues[0].where, text);
  EXPECT_EQ(r.issues[0].reason, "too large");
  EXPECT_EQ(r.issues[1].where, jsonl + ":1");
  EXPECT_EQ(r.issues[1].reason, "too large");
  EXPECT_EQ(r.stats.summary(), "read 1 document, skipped 2 (2 too large)");
}

}  // namespace
}  // namespace faultline
