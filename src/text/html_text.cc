#include "text/html_text.h"

#include <gumbo.h>

#include <cstring>
#include <vector>

#include "text/dates.h"

namespace faultline {
namespace {

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view attribute(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool has_attribute(const GumboElement& el, const char* name) {
  return gumbo_get_attribute(&el.attributes, name) != nullptr;
}

// Writes text as a browser lays it out, with blocks set apart by blank lines.
class TextBuilder {
 public:
  explicit TextBuilder(std::string& out) : out_(out), start_(out.size()) {}

  void block_break() { breaks_ = 2; }
  void line_break() { breaks_ = breaks_ < 2 ? breaks_ + 1 : 2; }
  void space() { pending_space_ = true; }

  void text(std::string_view s, bool preformatted) {
    if (preformatted) {
      if (s.empty()) return;
      flush();
      out_.append(s);
      return;
    }
    size_t i = 0;
    while (i < s.size()) {
      if (is_html_space(s[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      size_t j = i;
      while (j < s.size() && !is_html_space(s[j])) ++j;
      flush();
      out_.append(s.data() + i, j - i);
      i = j;
    }
  }

 private:
  void flush() {
    bool started = out_.size() > start_;
    if (breaks_ > 0) {
      if (started) out_.append(static_cast<size_t>(breaks_), '\n');
    } else if (pending_space_ && started && out_.back() != '\n') {
      out_ += ' ';
    }
    breaks_ = 0;
    pending_space_ = false;
  }

  std::string& out_;
  size_t start_;
  int breaks_ = 0;
  bool pending_space_ = false;
};

enum class Display { kInline, kSkip, kBlock, kLineBreak, kCell };

Display display_of(const GumboElement& el) {
  if (el.attributes.length > 0) {
    if (has_attribute(el, "hidden")) return Display::kSkip;
    if (attribute(el, "aria-hidden") == "true") return Display::kSkip;
    std::string_view role = attribute(el, "role");
    if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
        role == "search" || role == "menu" || role == "menubar" || role == "dialog") {
      return Display::kSkip;
    }
  }
  switch (el.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTION: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_APPLET: case GUMBO_TAG_NOEMBED:
      return Display::kSkip;
    case GUMBO_TAG_BR:
      return Display::kLineBreak;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return Display::kCell;
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TR: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_DIR:
      return Display::kBlock;
    default:
      return Display::kInline;
  }
}

bool skipped(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT && display_of(node->v.element) == Display::kSkip;
}

bool is_preformatted(GumboTag tag) {
  return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP ||
         tag == GUMBO_TAG_PLAINTEXT || tag == GUMBO_TAG_TEXTAREA;
}

// The visible text below root (iteratively: news pages can nest deeply).
void append_text(const GumboNode* root, TextBuilder& out) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    Display display;
    int pre_depth;
  };
  std::vector<Frame> stack;
  auto enter = [&](const GumboNode* node, int pre_depth) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        out.text(node->v.text.text, pre_depth > 0);
        return;
      case GUMBO_NODE_ELEMENT: {
        Display d = display_of(node->v.element);
        if (d == Display::kSkip) return;
        if (d == Display::kBlock) out.block_break();
        if (d == Display::kLineBreak) out.line_break();
        if (d == Display::kCell) out.space();
        stack.push_back({node, 0, d, pre_depth + (is_preformatted(node->v.element.tag) ? 1 : 0)});
        return;
      }
      case GUMBO_NODE_DOCUMENT:
        stack.push_back({node, 0, Display::kBlock, pre_depth});
        return;
      default:
        return;  // comments, templates
    }
  };
  enter(root, 0);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children =
        f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children : f.node->v.element.children;
    if (f.next_child < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[f.next_child++]);
      enter(child, f.pre_depth);
      continue;
    }
    if (f.display == Display::kBlock) out.block_break();
    if (f.display == Display::kCell) out.space();
    stack.pop_back();
  }
}

std::string visible_text(const GumboNode* root) {
  std::string s;
  TextBuilder builder(s);
  append_text(root, builder);
  return s;
}

// The plain text of an element that is skipped for display (<title>, <script>).
std::string raw_child_text(const GumboNode* node) {
  std::string s;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      s += child->v.text.text;
    }
  }
  return s;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  TextBuilder builder(out);
  builder.text(s, false);
  return out;
}

// "datePublished": "..." inside a JSON-LD block; a string search is enough for one field.
std::string_view json_ld_date(std::string_view json) {
  size_t k = json.find("\"datePublished\"");
  if (k == std::string_view::npos) return {};
  size_t i = k + 15;
  while (i < json.size() && is_html_space(json[i])) ++i;
  if (i >= json.size() || json[i] != ':') return {};
  ++i;
  while (i < json.size() && is_html_space(json[i])) ++i;
  if (i >= json.size() || json[i] != '"') return {};
  size_t end = json.find('"', i + 1);
  if (end == std::string_view::npos) return {};
  return json.substr(i + 1, end - i - 1);
}

// Everything of the page's metadata and structure that extraction needs, gathered in one walk.
struct PageFacts {
  const GumboNode* body = nullptr;
  const GumboNode* main = nullptr;
  std::vector<const GumboNode*> articles;
  std::string title_tag, og_title, og_url, canonical, site_name;
  std::string date;
  int date_rank = 100;

  void offer_date(int rank, std::string_view value) {
    value = trim(value);
    if (rank < date_rank && !value.empty()) {
      date.assign(value);
      date_rank = rank;
    }
  }
};

// Ranks of the places a publication date can come from; lower wins.
constexpr int kRankArticleMeta = 0, kRankDatePublished = 1, kRankJsonLd = 2, kRankTimeInArticle = 3,
              kRankTimeAnywhere = 4;

void read_meta(const GumboElement& el, PageFacts& facts) {
  std::string_view key = attribute(el, "property");
  if (key.empty()) key = attribute(el, "name");
  if (key.empty()) key = attribute(el, "itemprop");
  std::string_view content = attribute(el, "content");
  if (key.empty() || content.empty()) return;
  std::string k = ascii_lower(key);
  if (k == "og:title") {
    facts.og_title = collapse_spaces(content);
  } else if (k == "og:url") {
    facts.og_url = trim(content);
  } else if (k == "og:site_name") {
    facts.site_name = collapse_spaces(content);
  } else if (k == "article:published_time") {
    facts.offer_date(kRankArticleMeta, content);
  } else if (k == "datepublished" || k == "pubdate" || k == "publishdate" || k == "publish-date" ||
             k == "dc.date" || k == "dc.date.issued" || k == "dcterms.created" || k == "date" ||
             k == "parsely-pub-date" || k == "og:published_time") {
    facts.offer_date(kRankDatePublished, content);
  }
}

PageFacts gather_facts(const GumboNode* root) {
  PageFacts facts;
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool in_skipped;
    bool in_article;
  };
  std::vector<Frame> stack{{root, 0, false, false}};
  bool have_title = false;
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children =
        f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children : f.node->v.element.children;
    if (f.next_child >= children.length) {
      stack.pop_back();
      continue;
    }
    const auto* node = static_cast<const GumboNode*>(children.data[f.next_child++]);
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& el = node->v.element;
    bool in_skipped = f.in_skipped;
    bool in_article = f.in_article;
    switch (el.tag) {
      case GUMBO_TAG_BODY:
        if (!facts.body) facts.body = node;
        break;
      case GUMBO_TAG_TITLE:
        // The page's <title> (an <svg> has titles of its own).
        if (!have_title && f.node->type == GUMBO_NODE_ELEMENT && f.node->v.element.tag == GUMBO_TAG_HEAD) {
          facts.title_tag = collapse_spaces(raw_child_text(node));
          have_title = true;
        }
        break;
      case GUMBO_TAG_META:
        read_meta(el, facts);
        break;
      case GUMBO_TAG_LINK: {
        std::string rel = ascii_lower(attribute(el, "rel"));
        if (facts.canonical.empty() && rel.find("canonical") != std::string::npos) {
          facts.canonical = trim(attribute(el, "href"));
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (ascii_lower(attribute(el, "type")) == "application/ld+json") {
          std::string json = raw_child_text(node);
          facts.offer_date(kRankJsonLd, json_ld_date(json));
        }
        break;
      case GUMBO_TAG_TIME: {
        std::string_view when = attribute(el, "datetime");
        if (attribute(el, "itemprop") == "datePublished" || has_attribute(el, "pubdate")) {
          facts.offer_date(kRankDatePublished, when);
        }
        facts.offer_date(in_article ? kRankTimeInArticle : kRankTimeAnywhere, when);
        break;
      }
      case GUMBO_TAG_ARTICLE:
        if (!in_skipped) facts.articles.push_back(node);
        in_article = true;
        break;
      case GUMBO_TAG_MAIN:
        if (!in_skipped && !facts.main) facts.main = node;
        break;
      default:
        if (attribute(el, "itemprop") == "datePublished") {
          std::string_view when = attribute(el, "content");
          if (when.empty()) when = attribute(el, "datetime");
          facts.offer_date(kRankDatePublished, when);
        }
        break;
    }
    if (skipped(node)) in_skipped = true;
    stack.push_back({node, 0, in_skipped, in_article});
  }
  return facts;
}

bool has_content(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEXT ||
        child->type == GUMBO_NODE_CDATA) {
      return true;
    }
  }
  return false;
}

class ParsedHtml {
 public:
  explicit ParsedHtml(std::string_view html)
      : output_(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
  ~ParsedHtml() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;
  const GumboNode* document() const { return output_->document; }

 private:
  GumboOutput* output_;
};

}  // namespace

void extract_html_article(std::string_view html, HtmlArticle& out) {
  out = HtmlArticle();
  ParsedHtml parsed(html);
  PageFacts facts = gather_facts(parsed.document());
  out.title = !facts.og_title.empty() ? facts.og_title : facts.title_tag;
  out.url = !facts.og_url.empty() ? facts.og_url : facts.canonical;
  out.source = facts.site_name;
  if (!facts.date.empty()) out.date = normalize_date(facts.date);
  const GumboNode* body = facts.body;
  out.has_body = body && (!(body->parse_flags & GUMBO_INSERTION_IMPLIED) || has_content(body));
  if (!out.has_body) return;

  // Index pages hold many small <article> teasers; the story is the largest one.
  for (const GumboNode* article : facts.articles) {
    std::string text = visible_text(article);
    if (text.size() > out.text.size()) out.text = std::move(text);
  }
  if (out.text.empty() && facts.main) out.text = visible_text(facts.main);
  if (out.text.empty()) out.text = visible_text(body);
}

void append_html_fragment_text(std::string_view html, std::string& out) {
  ParsedHtml parsed(html);
  TextBuilder builder(out);
  append_text(parsed.document(), builder);
}

}  // namespace faultline
