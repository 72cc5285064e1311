#include <gtest/gtest.h>

#include "text/html_text.h"
#include "text/reader_test_support.h"

namespace faultline {
namespace {

using testing::read_all;
using testing::TempDir;

constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head>
<title>Ceasefire holds | The Daily Example</title>
<meta property="og:title" content="Ceasefire  holds in the north">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://example.org/ceasefire">
<meta property="article:published_time" content="2023-12-07T09:30:00+00:00">
<style>p { color: red }</style>
<script>var tracking = "do not read me";</script>
</head>
<body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li>Politics</li><li>Sport</li></ul></nav>
<article>
  <h1>Ceasefire holds</h1>
  <p>The ceasefire   held overnight,
     officials said.</p>
  <p>Aid convoys entered the city &amp; began unloading.<br>Markets reopened.</p>
  <aside>Related: earlier coverage</aside>
  <form><input value="subscribe"><button>Sign up</button></form>
  <ul><li>First point</li><li>Second point</li></ul>
  <div hidden>invisible</div>
</article>
<footer>Copyright Example</footer>
</body></html>
)";

TEST(HtmlReader, ReadsTheArticleTextInBlocksWithMetadata) {
  TempDir dir;
  std::string path = dir.write("site/ceasefire.html", kPage);
  auto r = read_all({path});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  const Document& d = r.docs[0];
  EXPECT_EQ(d.text,
            "Ceasefire holds\n\n"
            "The ceasefire held overnight, officials said.\n\n"
            "Aid convoys entered the city & began unloading.\nMarkets reopened.\n\n"
            "First point\n\nSecond point");
  EXPECT_EQ(d.title, "Ceasefire holds in the north");
  EXPECT_EQ(d.source, "The Daily Example");
  EXPECT_EQ(d.url, "https://example.org/ceasefire");
  EXPECT_EQ(d.date, "2023-12-07T09:30:00+00:00");
  EXPECT_EQ(d.id, "ceasefire.html");
  EXPECT_EQ(d.origin, path);
}

TEST(HtmlReader, FallsBackToTitleCanonicalAndTimeElements) {
  HtmlArticle a;
  extract_html_article(R"(<html><head><title>  Talks
  resume </title><link rel="canonical" href="https://example.org/t"></head>
<body><div class="menu"><p>Not in main</p></div><main><p>Talks resumed <time datetime="2024-01-05">Friday</time>.</p></main></body></html>)",
                       a);
  EXPECT_TRUE(a.has_body);
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.url, "https://example.org/t");
  EXPECT_EQ(a.date, "2024-01-05");
  EXPECT_EQ(a.text, "Talks resumed Friday.") << "<main> is the article when there is no <article>";
}

TEST(HtmlReader, DatePublishedFromMicrodataOrJsonLd) {
  HtmlArticle a;
  extract_html_article(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2022-03-04T05:06:07Z"}</script></head><body><p>Text.</p></body></html>)", a);
  EXPECT_EQ(a.date, "2022-03-04T05:06:07Z");
  extract_html_article(R"(<html><body><span itemprop="datePublished" content="2021-01-02">Jan 2</span><p>Text.</p></body></html>)", a);
  EXPECT_EQ(a.date, "2021-01-02");
}

TEST(HtmlReader, LargestArticleWinsOnPagesWithTeasers) {
  HtmlArticle a;
  extract_html_article("<body><article><p>Short teaser.</p></article><article><p>The full story, which is "
                       "much longer than the teaser.</p></article></body>",
                       a);
  EXPECT_EQ(a.text, "The full story, which is much longer than the teaser.");
}

TEST(HtmlReader, PageWithoutBodyOrTextIsSkipped) {
  TempDir dir;
  std::string no_body = dir.write("nobody.html", "<html><head><title>Only a head</title></head></html>");
  std::string no_text = dir.write("notext.htm", "<html><body><nav>Menu</nav><script>x()</script></body></html>");
  std::string fragment = dir.write("fragment.html", "<p>A fragment still has text.</p>");
  auto r = read_all({no_body, no_text, fragment});
  ASSERT_EQ(r.docs.size(), 1u) << r.issue_text();
  EXPECT_EQ(r.docs[0].text, "A fragment still has text.");
  ASSERT_EQ(r.issues.size(), 2u);
  EXPECT_EQ(r.issues[0].where, no_body);
  EXPECT_EQ(r.issues[0].reason, "no body");
  EXPECT_EQ(r.issues[1].where, no_text);
  EXPECT_EQ(r.issues[1].reason, "no text");
}

TEST(HtmlReader, FragmentTextForFeeds) {
  std::string out;
  append_html_fragment_text("<p>One &lt;two&gt;</p><p>Three<br/>four</p><script>no</script>", out);
  EXPECT_EQ(out, "One <two>\n\nThree\nfour");
  out.clear();
  append_html_fragment_text("plain words, no markup", out);
  EXPECT_EQ(out, "plain words, no markup");
}

}  // namespace
}  // namespace faultline
