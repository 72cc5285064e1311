#include <gtest/gtest.h>

#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

constexpr const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example  World News</title>
  <link>https://news.example.org/</link>
  <item>
    <title>Border talks resume</title>
    <link>https://news.example.org/border</link>
    <guid isPermaLink="false">ex-1001</guid>
    <pubDate>Thu, 07 Dec 2023 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Negotiators met again.&lt;/p&gt;&lt;p&gt;No deal yet.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Port reopens</title>
    <link>https://news.example.org/port</link>
    <dc:date>2023-12-08T06:00:00Z</dc:date>
    <description>Short summary only.</description>
    <content:encoded><![CDATA[<p>The port reopened on Friday.</p><script>ads()</script><p>Ships waited.</p>]]></content:encoded>
  </item>
  <item>
    <title>Headline without any text</title>
    <link>https://news.example.org/empty</link>
  </item>
  <item>
    <description>No link, no guid.</description>
  </item>
</channel>
</rss>
)";

TEST(FeedReader, RssItemsBecomeDocuments) {
  TempDir dir;
  std::string path = dir.write("world.rss", kRss);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 3u) << r.issue_text();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "ex-1001");
  EXPECT_EQ(a.title, "Border talks resume");
  EXPECT_EQ(a.url, "https://news.example.org/border");
  EXPECT_EQ(a.date, "2023-12-07T10:00:00Z");
  EXPECT_EQ(a.source, "Example World News");
  EXPECT_EQ(a.text, "Negotiators met again.\n\nNo deal yet.");
  EXPECT_EQ(a.origin, path + "#1");
  const Document& b = r.docs[1];
  EXPECT_EQ(b.id, "https://news.example.org/port") << "without a guid the link identifies the item";
  EXPECT_EQ(b.date, "2023-12-08T06:00:00Z");
  EXPECT_EQ(b.text, "The port reopened on Friday.\n\nShips waited.") << "content:encoded wins over description";
  EXPECT_EQ(r.docs[2].id, "world.rss#4");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path + "#3");
  EXPECT_EQ(r.issues[0].reason, "missing text");
}

constexpr const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom Desk</title>
  <entry>
    <title type="html">Aid &amp;lt;arrives&amp;gt;</title>
    <link rel="alternate" href="https://atom.example.org/aid"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2023-12-09T08:00:00+02:00</published>
    <updated>2023-12-10T08:00:00Z</updated>
    <content type="html">&lt;p&gt;Aid arrived by road.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Xhtml entry</title>
    <link href="https://atom.example.org/x"/>
    <id>tag:example.org,2023:x</id>
    <updated>2023-12-11T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ministers <b>met</b>.</p><p>They agreed.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <id>tag:example.org,2023:s</id>
    <summary>Plain summary &amp; text.</summary>
  </entry>
</feed>
)";

TEST(FeedReader, AtomEntriesBecomeDocuments) {
  TempDir dir;
  std::string path = dir.write("desk.atom", kAtom);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 3u) << r.issue_text();
  EXPECT_TRUE(r.issues.empty()) << r.issue_text();
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(a.title, "Aid <arrives>");
  EXPECT_EQ(a.url, "https://atom.example.org/aid");
  EXPECT_EQ(a.date, "2023-12-09T08:00:00+02:00") << "published wins over updated";
  EXPECT_EQ(a.source, "Example Atom Desk");
  EXPECT_EQ(a.text, "Aid arrived by road.");
  EXPECT_EQ(r.docs[1].text, "Ministers met.\n\nThey agreed.");
  EXPECT_EQ(r.docs[1].date, "2023-12-11T00:00:00Z");
  EXPECT_EQ(r.docs[2].text, "Plain summary & text.");
}

TEST(FeedReader, XmlFilesAreSniffedAndGzipWorks) {
  TempDir dir;
  auto r = read_all({dir.write("feed.xml", kAtom), dir.write("rss.xml.gz", testing::gzip(kRss))});
  EXPECT_EQ(r.docs.size(), 6u) << r.issue_text();
}

TEST(FeedReader, TruncatedFeedKeepsTheItemsBeforeTheDamage) {
  TempDir dir;
  std::string rss = kRss;
  std::string path = dir.write("cut.rss", rss.substr(0, rss.find("<title>Headline without")));
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 2u) << r.issue_text();
  EXPECT_EQ(r.docs[0].id, "ex-1001");
  EXPECT_EQ(r.docs[1].id, "https://news.example.org/port");
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].reason, "truncated XML");
  EXPECT_EQ(r.issues[0].where.rfind(path + ":", 0), 0u) << r.issues[0].where;
  EXPECT_NE(r.issues[0].detail.find("item #3"), std::string::npos) << r.issues[0].detail;
}

TEST(FeedReader, UnknownXmlIsReported) {
  TempDir dir;
  std::string path = dir.write("other.xml", "<catalog><book>Not news</book></catalog>");
  auto r = read_all({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].where, path);
  EXPECT_EQ(r.issues[0].reason, "unknown format");
}

}  // namespace
}  // namespace faultline
