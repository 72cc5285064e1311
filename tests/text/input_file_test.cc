#include "text/input_file.h"

#include <gtest/gtest.h>

#include "text/buffered_input.h"
#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::gzip;
using testing::TempDir;

Result<std::string> read_everything(const std::string& path) {
  auto file = InputFile::open(path);
  if (!file.ok()) return file.status();
  BufferedInput in(std::move(*file));
  std::string out;
  if (Status s = in.read_rest(out, 1u << 30); !s.ok()) return s;
  return out;
}

TEST(InputFile, ReadsPlainFilesAsTheyAre) {
  TempDir dir;
  std::string path = dir.write("a.txt", "one\r\ntwo\n");
  auto text = read_everything(path);
  ASSERT_TRUE(text.ok()) << text.status().to_string();
  EXPECT_EQ(*text, "one\r\ntwo\n");
}

TEST(InputFile, GunzipsByMagicBytesWhateverTheName) {
  TempDir dir;
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "Line " + std::to_string(i) + " of a long report.\n";
  auto text = read_everything(dir.write("report.txt.gz", gzip(big)));
  ASSERT_TRUE(text.ok()) << text.status().to_string();
  EXPECT_EQ(*text, big);
  auto unnamed = read_everything(dir.write("no-extension", gzip("hidden gzip")));
  ASSERT_TRUE(unnamed.ok());
  EXPECT_EQ(*unnamed, "hidden gzip");
}

TEST(InputFile, ReadsConcatenatedGzipMembers) {
  TempDir dir;
  auto text = read_everything(dir.write("two.gz", gzip("first part, ") + gzip("second part")));
  ASSERT_TRUE(text.ok()) << text.status().to_string();
  EXPECT_EQ(*text, "first part, second part");
}

TEST(InputFile, TruncatedGzipIsReportedAfterTheBytesBeforeIt) {
  TempDir dir;
  std::string content;
  for (int i = 0; i < 5000; ++i) content += "Sentence number " + std::to_string(i) + ".\n";
  std::string gz = gzip(content);
  std::string path = dir.write("cut.gz", gz.substr(0, gz.size() / 2));
  auto file = InputFile::open(path);
  ASSERT_TRUE(file.ok());
  std::string got(content.size(), '\0');
  size_t total = 0;
  Status error;
  for (;;) {
    auto n = (*file)->read(got.data() + total, got.size() - total);
    if (!n.ok()) {
      error = n.status();
      break;
    }
    if (*n == 0) break;
    total += *n;
  }
  ASSERT_FALSE(error.ok()) << "a cut gzip stream must not end quietly";
  EXPECT_EQ(error.code(), StatusCode::kCorrupt);
  EXPECT_EQ(error.message().rfind("truncated gzip: ", 0), 0u) << error.message();
  EXPECT_GT(total, 0u);
  EXPECT_EQ(got.substr(0, total), content.substr(0, total)) << "bytes before the cut are delivered intact";
}

TEST(InputFile, CorruptGzipNamesTheCompressedOffset) {
  TempDir dir;
  std::string gz = gzip("some text that will be damaged in the middle of its compressed form");
  for (size_t i = 12; i < gz.size() - 8; ++i) gz[i] = static_cast<char>(0xFF);
  auto text = read_everything(dir.write("bad.gz", gz));
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().message().rfind("corrupt gzip: at compressed byte ", 0), 0u) << text.status().message();
}

TEST(InputFile, MissingFilesAndDirectoriesAreErrors) {
  TempDir dir;
  auto missing = InputFile::open((dir.path() / "nope.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  auto folder = InputFile::open(dir.path().string());
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.status().message(), "unreadable: is a directory");
}

TEST(InputFile, ReadRestRefusesMoreThanTheLimitWithoutReadingIt) {
  TempDir dir;
  std::string path = dir.write("big.txt", std::string(5000, 'x'));
  auto file = InputFile::open(path);
  ASSERT_TRUE(file.ok());
  BufferedInput in(std::move(*file));
  std::string out;
  Status s = in.read_rest(out, 1000);
  EXPECT_EQ(s.code(), StatusCode::kTooLarge);
  EXPECT_EQ(s.message(), "too large: 5000 bytes, the limit is 1000");

  auto gz = InputFile::open(dir.write("big.gz", gzip(std::string(5000, 'y'))));
  ASSERT_TRUE(gz.ok());
  BufferedInput gin(std::move(*gz));
  EXPECT_EQ(gin.read_rest(out, 1000).code(), StatusCode::kTooLarge);
}

}  // namespace
}  // namespace faultline
