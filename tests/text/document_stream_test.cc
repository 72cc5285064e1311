#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>

#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

std::vector<std::string> ids_of(const testing::ReadResult& r) {
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  return ids;
}

TEST(DocumentStream, WalksDirectoriesInNameOrderAndDispatchesByExtension) {
  TempDir dir;
  dir.write("corpus/b.txt", "Second file.");
  dir.write("corpus/a.txt", "First file.");
  dir.write("corpus/.hidden.txt", "Never read.");
  dir.write("corpus/.git/config.txt", "Never read either.");
  dir.write("corpus/sub/c.jsonl", "{\"id\":\"j1\",\"text\":\"From JSON.\"}\n");
  dir.write("corpus/sub/d.html", "<html><body><p>From HTML.</p></body></html>");
  dir.write("corpus/sub/e.xml", "<Sentences><Sentence id=\"p1\" date=\"20200101\"><Text>From XML.</Text></Sentence></Sentences>");
  dir.write("corpus/sub/f.rss", "<rss><channel><title>S</title><item><guid>r1</guid><description>From RSS.</description></item></channel></rss>");
  dir.write("corpus/sub/g.text.gz", testing::gzip("From gzip."));
  dir.write("corpus/sub/h", "No extension is text.");
  dir.write("corpus/sub/i.dat", "{\"id\":\"sniffed\",\"text\":\"Sniffed as JSON Lines.\"}\n");
  dir.write("corpus/z.ndjson.gz", testing::gzip("{\"text\":\"Compressed JSON line.\"}\n"));
  auto r = read_all({(dir.path() / "corpus").string()});
  std::vector<std::string> expected = {"a.txt", "b.txt", "j1", "sub/d.html", "p1", "r1", "sub/g.text.gz",
                                       "sub/h", "sniffed", "z.ndjson.gz:1"};
  EXPECT_EQ(ids_of(r), expected) << r.issue_text();
  EXPECT_TRUE(r.issues.empty()) << r.issue_text();
  EXPECT_EQ(r.stats.files, 10u);
  EXPECT_EQ(r.stats.summary(), "read 10 documents, skipped 0");
}

TEST(DocumentStream, IdsStayUniqueAcrossFiles) {
  TempDir dir;
  std::string one = dir.write("one/story.txt", "Story one.");
  std::string two = dir.write("two/story.txt", "Story two.");
  std::string jsonl = dir.write("dups.jsonl", "{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"x\",\"text\":\"B.\"}\n");
  auto r = read_all({one, two, jsonl});
  std::vector<std::string> expected = {"story.txt", "story.txt~2", "x", "x~2"};
  EXPECT_EQ(ids_of(r), expected);
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].reason, "duplicate id");
  EXPECT_EQ(r.issues[0].where, two);
  EXPECT_EQ(r.issues[1].where, jsonl + ":2");
  EXPECT_EQ(r.stats.documents_skipped, 0u) << "a renamed document is not lost";
}

TEST(DocumentStream, NonexistentInputIsReportedAndTheRestIsRead) {
  TempDir dir;
  std::string missing = (dir.path() / "missing.txt").string();
  std::string good = dir.write("good.txt", "Still read.");
  auto r = read_all({missing, good});
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, missing);
  EXPECT_EQ(r.issues[0].reason, "not found");
  EXPECT_EQ(r.stats.summary(), "read 1 document, skipped 1 (1 not found)");
}

// Tests run as root, where chmod 000 does not stop a read; so the unreadable entries here are
// ones no permission bit can make readable: a dangling symbolic link and a FIFO named *.txt (which
// would block a reader forever if it were opened).
TEST(DocumentStream, UnreadableEntriesInADirectoryAreReportedAndSkipped) {
  TempDir dir;
  dir.write("d/1-good.txt", "Readable.");
  std::string dangling = (dir.path() / "d/2-dangling.txt").string();
  std::filesystem::create_symlink(dir.path() / "d/no-such-target.txt", dangling);
  std::string fifo = (dir.path() / "d/3-fifo.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  dir.write("d/4-good.txt", "Also readable.");

  ReaderOptions follow;
  follow.follow_symlinks = true;
  auto r = read_all({(dir.path() / "d").string()}, follow);
  std::vector<std::string> expected = {"1-good.txt", "4-good.txt"};
  EXPECT_EQ(ids_of(r), expected);
  ASSERT_EQ(r.issues.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.issues[0].where, dangling);
  EXPECT_EQ(r.issues[0].reason, "unreadable");
  EXPECT_EQ(r.issues[0].detail, "dangling symbolic link: No such file or directory");
  EXPECT_EQ(r.issues[1].where, fifo);
  EXPECT_EQ(r.issues[1].reason, "unreadable");
  EXPECT_EQ(r.issues[1].detail, "a FIFO");
  EXPECT_EQ(r.stats.summary(), "read 2 documents, skipped 2 (2 unreadable)");

  auto unfollowed = read_all({(dir.path() / "d").string()});
  ASSERT_EQ(unfollowed.issues.size(), 2u);
  EXPECT_EQ(unfollowed.issues[0].reason, "symbolic link") << "links are reported, not silently passed over";
}

TEST(DocumentStream, FollowedSymlinksAreReadAndCyclesStop) {
  TempDir dir;
  dir.write("real/a.txt", "Linked text.");
  std::filesystem::create_directory(dir.path() / "top");
  std::filesystem::create_directory_symlink(dir.path() / "real", dir.path() / "top/link");
  std::filesystem::create_directory_symlink(dir.path() / "top", dir.path() / "top/loop");
  ReaderOptions follow;
  follow.follow_symlinks = true;
  auto r = read_all({(dir.path() / "top").string()}, follow);
  std::vector<std::string> expected = {"link/a.txt"};
  EXPECT_EQ(ids_of(r), expected) << r.issue_text();
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_NE(r.issues[0].detail.find("cycle"), std::string::npos);
}

TEST(DocumentStream, SummaryCountsSkippedDocumentsByReason) {
  TempDir dir;
  ReaderOptions options;
  options.max_document_bytes = 100;
  dir.write("in/a.txt", "Fine one.");
  dir.write("in/b.txt", "Bad \xC0 byte.");
  dir.write("in/c.txt", std::string(101, 'x'));
  dir.write("in/d.txt", "");
  dir.write("in/e.txt", "Fine two.");
  auto r = read_all({(dir.path() / "in").string()}, options);
  EXPECT_EQ(r.stats.documents_read, 2u);
  EXPECT_EQ(r.stats.documents_skipped, 3u);
  EXPECT_EQ(r.stats.summary(), "read 2 documents, skipped 3 (1 empty, 1 invalid UTF-8, 1 too large)");
  ReadStats many;
  many.documents_read = 12;
  many.documents_skipped = 4;
  many.skipped_by_reason = {{"empty", 1}, {"too large", 3}};
  EXPECT_EQ(many.summary(), "read 12 documents, skipped 4 (3 too large, 1 empty)");
}

TEST(DocumentStream, ForcedFormatOverridesExtensions) {
  TempDir dir;
  ReaderOptions options;
  options.format = InputFormat::kJsonl;
  auto r = read_all({dir.write("lines.txt", "{\"id\":\"forced\",\"text\":\"JSON in a .txt file.\"}\n")}, options);
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "forced");
}

TEST(DocumentStream, InputFormatNamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl, InputFormat::kHtml,
                        InputFormat::kPetrarchXml, InputFormat::kFeed}) {
    auto parsed = parse_input_format(input_format_name(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_STREQ(input_format_name(InputFormat::kPetrarchXml), "xml");
  auto bad = parse_input_format("pdf");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

// Standard input is read through a redirected descriptor 0, restored afterwards.
class StdinRedirect {
 public:
  explicit StdinRedirect(const std::string& path) : saved_(::dup(0)) {
    int fd = ::open(path.c_str(), O_RDONLY);
    ::dup2(fd, 0);
    ::close(fd);
  }
  ~StdinRedirect() {
    ::dup2(saved_, 0);
    ::close(saved_);
  }
  StdinRedirect(const StdinRedirect&) = delete;
  StdinRedirect& operator=(const StdinRedirect&) = delete;

 private:
  int saved_;
};

TEST(DocumentStream, StandardInputIsSniffed) {
  TempDir dir;
  {
    StdinRedirect in(dir.write("in.jsonl", "{\"text\":\"Piped JSON.\"}\n{\"text\":\"Second.\"}\n"));
    auto r = read_all({"-"});
    ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
    EXPECT_EQ(r.docs[0].id, "stdin:1");
    EXPECT_EQ(r.docs[0].origin, "<stdin>:1");
  }
  {
    StdinRedirect in(dir.write("in.gz", testing::gzip("<html><body><p>Piped page.</p></body></html>")));
    auto r = read_all({"-"});
    ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
    EXPECT_EQ(r.docs[0].text, "Piped page.");
  }
  {
    StdinRedirect in(dir.write("in.txt", "Just words from a pipe."));
    auto r = read_all({"-"});
    ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
    EXPECT_EQ(r.docs[0].id, "stdin");
  }
  {
    StdinRedirect in(dir.write("in.xml", "<!-- x -->\n<Sentences><Sentence id=\"s\"><Text>Piped XML.</Text></Sentence></Sentences>"));
    auto r = read_all({"-"});
    ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
    EXPECT_EQ(r.docs[0].id, "s");
  }
}

TEST(DocumentStream, TheDocumentIsReusedWithoutStaleFields) {
  TempDir dir;
  std::string path = dir.write("two.jsonl",
                               "{\"id\":\"a\",\"title\":\"T\",\"url\":\"u\",\"text\":\"A.\",\"x\":1}\n"
                               "{\"id\":\"b\",\"text\":\"B.\"}\n");
  DocumentStream stream({path});
  Document doc;
  ASSERT_TRUE(stream.next(doc));
  doc.sentences.push_back({});
  ASSERT_TRUE(stream.next(doc));
  EXPECT_EQ(doc.id, "b");
  EXPECT_TRUE(doc.title.empty());
  EXPECT_TRUE(doc.url.empty());
  EXPECT_TRUE(doc.extra_fields.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_FALSE(stream.next(doc));
  EXPECT_FALSE(stream.next(doc)) << "the end stays the end";
}

}  // namespace
}  // namespace faultline
