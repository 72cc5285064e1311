// RSS 2.0 (and RSS 1.0) <item>s and Atom <entry>s: one document per item.
//
// Feeds are small, so the file is parsed whole (within max_document_bytes). When it is broken,
// the items before the damage are still read; the last item before it may be cut short, so it
// is counted with the damage rather than yielded.
#include <pugixml.hpp>

#include <cstring>
#include <string_view>

#include "text/dates.h"
#include "text/format_reader.h"
#include "text/html_text.h"
#include "text/utf8_check.h"
#include "text/whole_input.h"

namespace faultline {
namespace {

std::string_view local_name(pugi::xml_node node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  }
  return {};
}

pugi::xml_node next_named(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node c = node.next_sibling(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  }
  return {};
}

// All the character data directly inside node (text and CDATA sections may alternate).
std::string node_text(pugi::xml_node node) {
  std::string s;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) s += c.value();
  }
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

struct StringWriter final : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// The readable text of an element whose content may be markup: RSS descriptions are HTML (often
// escaped), Atom says which it is with type= "text", "html" or "xhtml".
void element_text(pugi::xml_node node, bool html_by_default, std::string& out) {
  std::string_view type = node.attribute("type").value();
  if (type == "xhtml") {
    StringWriter w;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) c.print(w, "", pugi::format_raw);
    append_html_fragment_text(w.out, out);
    return;
  }
  bool html = type.empty() ? html_by_default : (type == "html" || type == "text/html");
  std::string raw = node_text(node);
  if (html) {
    append_html_fragment_text(raw, out);
  } else {
    out.append(trim(raw));
  }
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string title_of(pugi::xml_node node) {
  std::string s;
  if (node) element_text(node, false, s);
  return collapse_whitespace(s);
}

bool has_content(pugi::xml_node node) {
  return node && (!trim(node_text(node)).empty() || node.find_child([](pugi::xml_node c) {
    return c.type() == pugi::node_element;
  }));
}

class FeedReader final : public FormatReader {
 public:
  explicit FeedReader(ReaderInput in) : in_(std::move(in)) {}

  bool next(Document& doc) override {
    if (!loaded_) {
      loaded_ = true;
      load();
    }
    while (item_) {
      pugi::xml_node item = item_;
      item_ = next_named(item_, item_name_);
      ++number_;
      if (!item_ && broken_) break;  // perhaps cut short by the damage
      if (read_item(item, doc)) return true;
    }
    if (broken_) {
      broken_ = false;
      std::string lost = number_ > 0 ? "; item #" + std::to_string(number_) +
                                           ", the last before the damage, and anything after it were not read"
                                     : "; no item could be read";
      in_.issues->skip(break_where_, break_reason_, break_detail_ + lost);
    }
    return false;
  }

 private:
  std::string item_where() const { return in_.name.path + "#" + std::to_string(number_); }

  void load() {
    if (!read_whole_input(in_, raw_)) return;
    if (size_t at = find_nul_character_reference(raw_); at != std::string::npos) {
      in_.issues->skip(in_.name.path + ":" + std::to_string(locate(raw_, at).line), "NUL byte",
                       "character reference to NUL at byte offset " + std::to_string(at) +
                           " (it would cut its item's text short unseen)");
      return;
    }
    pugi::xml_parse_result parsed = xml_.load_buffer(raw_.data(), raw_.size(), pugi::parse_default,
                                                     pugi::encoding_utf8);
    if (!parsed) {
      broken_ = true;
      auto at = static_cast<size_t>(parsed.offset);
      LineColumn lc = locate(raw_, at);
      break_where_ = in_.name.path + ":" + std::to_string(lc.line);
      bool at_end = trim(std::string_view(raw_).substr(std::min(at, raw_.size()))).empty();
      break_reason_ = at_end ? "truncated XML" : "invalid XML";
      break_detail_ = std::string(parsed.description()) + " at byte offset " + std::to_string(at);
    }
    pugi::xml_node root = xml_.document_element();
    std::string_view kind = local_name(root);
    pugi::xml_node channel;
    if (kind == "rss") {
      channel = child_named(root, "channel");
      item_name_ = "item";
      item_ = child_named(channel, item_name_);
    } else if (kind == "RDF") {  // RSS 1.0: items beside the channel
      channel = child_named(root, "channel");
      item_name_ = "item";
      item_ = child_named(root, item_name_);
    } else if (kind == "feed") {
      channel = root;
      item_name_ = "entry";
      item_ = child_named(root, item_name_);
      atom_ = true;
    } else if (!broken_) {
      in_.issues->skip(in_.name.path, "unknown format",
                       "the XML root <" + std::string(root.name()) + "> is neither <rss> nor <feed>");
      return;
    }
    if (channel) source_ = title_of(child_named(channel, "title"));
    if (!item_ && !broken_) in_.issues->skip(in_.name.path, "empty", "the feed has no items");
  }

  bool read_item(pugi::xml_node item, Document& doc) {
    reset_document(doc);
    pugi::xml_node content;
    if (atom_) {
      content = child_named(item, "content");
      if (content.attribute("src")) content = {};  // the content lives elsewhere
      if (!has_content(content)) content = child_named(item, "summary");
    } else {
      for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        if (std::string_view(c.name()) == "content:encoded") content = c;
      }
      if (!has_content(content)) content = child_named(item, "description");
    }
    if (content) element_text(content, !atom_, doc.text);
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      in_.issues->skip(item_where(), "missing text", "the item has no description or content");
      return false;
    }
    if (TextProblem p = find_text_problem(doc.text)) {
      in_.issues->skip(item_where(), p.reason(), "a character reference in the item's text: " +
                                                     describe_text_problem(p, doc.text));
      return false;
    }
    doc.title = title_of(child_named(item, "title"));
    doc.url = link_of(item);
    std::string id = std::string(trim(node_text(child_named(item, atom_ ? "id" : "guid"))));
    doc.id = !id.empty() ? id : !doc.url.empty() ? doc.url : in_.name.id_base + "#" + std::to_string(number_);
    for (std::string_view name : {"pubDate", "published", "date", "updated"}) {
      pugi::xml_node d = child_named(item, name);
      if (d) {
        doc.date = normalize_date(node_text(d));
        break;
      }
    }
    doc.source = source_;
    doc.origin = item_where();
    return true;
  }

  // RSS writes <link>URL</link>; Atom writes <link rel="alternate" href="URL"/>.
  std::string link_of(pugi::xml_node item) const {
    std::string fallback;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local_name(c) != "link") continue;
      std::string text = node_text(c);
      if (!trim(text).empty()) return std::string(trim(text));
      std::string_view rel = c.attribute("rel").value();
      std::string_view href = trim(c.attribute("href").value());
      if (href.empty()) continue;
      if (rel.empty() || rel == "alternate") return std::string(href);
      if (fallback.empty()) fallback = href;
    }
    return fallback;
  }

  ReaderInput in_;
  std::string raw_;
  pugi::xml_document xml_;
  pugi::xml_node item_;
  std::string_view item_name_;
  std::string source_;
  size_t number_ = 0;
  bool atom_ = false;
  bool loaded_ = false;
  bool broken_ = false;
  std::string break_where_, break_reason_, break_detail_;
};

}  // namespace

std::unique_ptr<FormatReader> make_feed_reader(ReaderInput in) {
  return std::make_unique<FeedReader>(std::move(in));
}

}  // namespace faultline
