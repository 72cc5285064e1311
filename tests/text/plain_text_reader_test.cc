#include <gtest/gtest.h>

#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

TEST(PlainTextReader, OneDocumentPerFileNamedByTheFile) {
  TempDir dir;
  std::string text = "Rebels Seize Border Town\n\nRebels seized the town of Aldmere on Monday, officials said.\n";
  std::string path = dir.write("story.txt", text);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "story.txt");
  EXPECT_EQ(r.docs[0].origin, path);
  EXPECT_EQ(r.docs[0].text, text) << "the text is kept byte for byte";
  EXPECT_EQ(r.docs[0].title, "Rebels Seize Border Town");
  EXPECT_TRUE(r.issues.empty());
  EXPECT_EQ(r.stats.documents_read, 1u);
  EXPECT_EQ(r.stats.bytes_read, text.size());
}

TEST(PlainTextReader, TitleOnlyWhenTheFirstLineLooksLikeAHeadline) {
  TempDir dir;
  auto r = read_all({dir.write("a.txt", "The minister resigned on Friday.\nMore followed.\n"),
                     dir.write("b.txt", "Just one line without a period"),
                     dir.write("c.txt", std::string(300, 'w') + "\nbody\n"),
                     dir.write("d.txt", "\n\n  Talks Collapse  \r\nThe talks collapsed.\r\n")});
  ASSERT_EQ(r.docs.size(), 4u) << r.issue_text();
  EXPECT_EQ(r.docs[0].title, "") << "ends with a period: a sentence, not a headline";
  EXPECT_EQ(r.docs[1].title, "") << "nothing follows it";
  EXPECT_EQ(r.docs[2].title, "") << "too long for a headline";
  EXPECT_EQ(r.docs[3].title, "Talks Collapse");
  EXPECT_EQ(r.docs[3].text, "\n\n  Talks Collapse  \r\nThe talks collapsed.\r\n") << "CRLF kept";
}

TEST(PlainTextReader, ByteOrderMarkIsDropped) {
  TempDir dir;
  auto r = read_all({dir.write("bom.txt", "\xEF\xBB\xBFPeace talks resumed.")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Peace talks resumed.");
}

TEST(PlainTextReader, InvalidUtf8IsSkippedNamingLineAndByteOffset) {
  TempDir dir;
  std::string path = dir.write("latin1.txt", "Headline\nTalks in Gen\xE8ve ended.\n");
  std::string good = dir.write("next.txt", "Talks resumed.");
  auto r = read_all({path, good});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "next.txt") << "reading goes on with the next document";
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "invalid UTF-8");
  EXPECT_EQ(r.issues[0].detail, "first bad byte 0xE8 at line 2, column 13 (byte offset 21)");
  EXPECT_EQ(r.stats.skipped_by_reason.at("invalid UTF-8"), 1u);
}

TEST(PlainTextReader, NulBytesAreSkippedWithTheirPosition) {
  TempDir dir;
  std::string path = dir.write("nul.txt", std::string("ab\ncd\0ef", 8));
  auto r = read_all({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + ":2");
  EXPECT_EQ(r.issues[0].reason, "NUL byte");
  EXPECT_EQ(r.issues[0].detail, "NUL byte at line 2, column 3 (byte offset 5)");
}

TEST(PlainTextReader, EmptyAndBlankFilesAreReportedEmpty) {
  TempDir dir;
  std::string empty = dir.write("empty.txt", "");
  std::string blank = dir.write("blank.txt", " \n\t\n");
  auto r = read_all({empty, blank});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].where, empty);
  EXPECT_EQ(r.issues[0].reason, "empty");
  EXPECT_EQ(r.issues[1].where, blank);
  EXPECT_EQ(r.issues[1].reason, "empty");
  EXPECT_EQ(r.stats.skipped_by_reason.at("empty"), 2u);
}

TEST(PlainTextReader, FilesLargerThanTheLimitAreSkippedAsTooLarge) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 1000;
  std::string big = dir.write("big.txt", std::string(1001, 'a'));
  std::string big_gz = dir.write("big.txt.gz", testing::gzip(std::string(5000, 'b')));
  std::string fits = dir.write("fits.txt", std::string(1000, 'c'));
  auto r = read_all({big, big_gz, fits}, options);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "fits.txt");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].message(), big + ": too large: 1001 bytes, the limit is 1000");
  EXPECT_EQ(r.issues[1].where, big_gz);
  EXPECT_EQ(r.issues[1].reason, "too large");
}

TEST(PlainTextReader, GzipFilesReadTransparently) {
  TempDir dir;
  auto r = read_all({dir.write("wire.txt.gz", testing::gzip("Troops Withdraw\nTroops withdrew from the border."))});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "wire.txt.gz");
  EXPECT_EQ(r.docs[0].title, "Troops Withdraw");
  EXPECT_EQ(r.docs[0].text, "Troops Withdraw\nTroops withdrew from the border.");
}

TEST(PlainTextReader, TruncatedGzipIsSkippedNamingTheFile) {
  TempDir dir;
  std::string gz = testing::gzip(std::string(100000, 'z') + "end");
  std::string path = dir.write("cut.txt.gz", gz.substr(0, gz.size() - 10));
  auto r = read_all({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path);
  EXPECT_EQ(r.issues[0].reason, "truncated gzip");
  EXPECT_NE(r.issues[0].detail.find("byte"), std::string::npos) << r.issues[0].detail;
}

}  // namespace
}  // namespace faultline
