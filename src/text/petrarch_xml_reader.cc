// PETRARCH XML: <Sentences><Sentence id= date= source=><Text>...</Text>...</Sentence>...
//
// The file is scanned, not loaded: each <Sentence>...</Sentence> element is cut out of the input
// window and parsed on its own with pugixml, so memory is one element whatever the file's size, and
// a broken element costs only itself.
#include <pugixml.hpp>

#include <cstdio>
#include <string_view>

#include "text/dates.h"
#include "text/format_reader.h"
#include "text/utf8_check.h"

namespace faultline {
namespace {

constexpr std::string_view kOpen = "<Sentence";
constexpr std::string_view kClose = "</Sentence>";

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_xml_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_xml_space(s.back())) s.remove_suffix(1);
  return s;
}

// "<Sentence" followed by the end of the tag name (and not "<Sentences").
bool is_element_start(std::string_view s, size_t at) {
  if (s.compare(at, kOpen.size(), kOpen) != 0 || at + kOpen.size() >= s.size()) return false;
  char c = s[at + kOpen.size()];
  return is_xml_space(c) || c == '>' || c == '/';
}

size_t find_element_start(std::string_view s, size_t from) {
  for (size_t at = s.find(kOpen, from); at != std::string_view::npos; at = s.find(kOpen, at + 1)) {
    if (is_element_start(s, at)) return at;
  }
  return std::string_view::npos;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

class PetrarchXmlReader final : public FormatReader {
 public:
  explicit PetrarchXmlReader(ReaderInput in) : in_(std::move(in)) {
    in_.input->set_window_limit(in_.options->max_document_bytes + 1);
  }

  bool next(Document& doc) override {
    while (!done_) {
      std::string_view data = in_.input->data();
      size_t lt = data.find('<');
      if (lt == std::string_view::npos) {
        advance(data.size());
        if (!more()) break;
        continue;
      }
      advance(lt);
      data = in_.input->data();
      if (data.size() < kOpen.size() + 1 && !eof_) {
        more();
        continue;
      }
      if (data.substr(0, 4) == "<!--") {
        advance(4);
        skip_through("-->");
        continue;
      }
      if (!is_element_start(data, 0)) {
        advance(1);
        continue;
      }
      if (take_element(doc)) return true;
    }
    if (!saw_element_ && !reported_empty_) {
      reported_empty_ = true;
      in_.issues->skip(in_.name.path, "empty", "no <Sentence> elements in the file");
    }
    return false;
  }

 private:
  std::string where(uint64_t line) const { return in_.name.path + ":" + std::to_string(line); }

  // Consumes n bytes of the window, keeping count of lines.
  void advance(size_t n) {
    line_ += count_newlines(in_.input->data().substr(0, n));
    in_.input->consume(n);
  }

  // Reads more input; false at its end or on an error (reported).
  bool more() {
    auto got = in_.input->fill();
    if (!got.ok()) {
      in_.issues->skip(where(line_), got.status());
      done_ = true;
      return false;
    }
    if (!*got) eof_ = true;
    return *got;
  }

  // Drops input through the next marker, without holding more than a chunk of it.
  bool skip_through(std::string_view marker) {
    for (;;) {
      std::string_view data = in_.input->data();
      size_t at = data.find(marker);
      if (at != std::string_view::npos) {
        advance(at + marker.size());
        return true;
      }
      advance(data.size() - std::min(data.size(), marker.size() - 1));
      if (eof_ || !more()) {
        advance(in_.input->data().size());
        return false;
      }
    }
  }

  // The window starts with "<Sentence": cut out the element and read it. False if it was skipped.
  bool take_element(Document& doc) {
    saw_element_ = true;
    uint64_t line = line_;
    uint64_t offset = in_.input->offset();
    size_t search_from = kOpen.size();
    for (;;) {
      std::string_view data = in_.input->data();
      size_t close = data.find(kClose, search_from);
      std::string_view body = data.substr(0, close == std::string_view::npos ? data.size() : close);
      size_t next_open = find_element_start(body, search_from);
      if (next_open != std::string_view::npos) {
        LineColumn lc = locate(data, next_open);
        in_.issues->skip(where(line), "invalid XML",
                         "<Sentence> at byte offset " + std::to_string(offset) +
                             " is not closed before the next <Sentence> at line " +
                             std::to_string(line + lc.line - 1));
        advance(next_open);
        return false;
      }
      if (close != std::string_view::npos) {
        std::string_view element = data.substr(0, close + kClose.size());
        if (element.size() > in_.options->max_document_bytes) {
          in_.issues->skip(where(line), "too large",
                           "<Sentence> element at byte offset " + std::to_string(offset) + " is " +
                               std::to_string(element.size()) + " bytes long; the limit is " +
                               std::to_string(in_.options->max_document_bytes));
          advance(element.size());
          return false;
        }
        bool ok = parse_element(element, doc, line, offset);
        advance(element.size());
        return ok;
      }
      if (data.size() > in_.options->max_document_bytes) {
        bool closed = skip_through(kClose);
        in_.issues->skip(where(line), "too large",
                         "<Sentence> element at byte offset " + std::to_string(offset) + " is longer than " +
                             std::to_string(in_.options->max_document_bytes) + " bytes" +
                             (closed ? "" : " and never closed"));
        return false;
      }
      if (eof_) {
        in_.issues->skip(where(line), "truncated XML",
                         "<Sentence> element at byte offset " + std::to_string(offset) +
                             " is not closed before the end of the input");
        advance(data.size());
        done_ = true;
        return false;
      }
      search_from = data.size() > kClose.size() ? data.size() - kClose.size() : 0;
      if (!more() && done_) return false;
    }
  }

  bool parse_element(std::string_view element, Document& doc, uint64_t line, uint64_t offset) {
    if (TextProblem p = find_text_problem(element)) {
      LineColumn lc = locate(element, p.offset);
      in_.issues->skip(where(line + lc.line - 1), p.reason(),
                       describe_text_problem(p, element, line, offset));
      return false;
    }
    if (size_t at = find_nul_character_reference(element); at != std::string_view::npos) {
      LineColumn lc = locate(element, at);
      in_.issues->skip(where(line + lc.line - 1), "NUL byte",
                       "character reference to NUL at byte offset " + std::to_string(offset + at));
      return false;
    }
    // Without parse_eol: CRLF stays as it was, like every other reader.
    constexpr unsigned kFlags = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_wconv_attribute;
    pugi::xml_parse_result parsed = xml_.load_buffer(element.data(), element.size(), kFlags, pugi::encoding_utf8);
    if (!parsed) {
      LineColumn lc = locate(element, static_cast<size_t>(parsed.offset));
      in_.issues->skip(where(line + lc.line - 1), "invalid XML",
                       std::string(parsed.description()) + " at byte offset " +
                           std::to_string(offset + static_cast<uint64_t>(parsed.offset)));
      return false;
    }
    pugi::xml_node sentence = xml_.document_element();
    pugi::xml_node text = sentence.child("Text");
    if (!text) {
      in_.issues->skip(where(line), "missing text", "the <Sentence> has no <Text> element");
      return false;
    }
    reset_document(doc);
    for (pugi::xml_node part : text.children()) {
      if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) doc.text += part.value();
    }
    std::string_view trimmed = trim(doc.text);
    if (trimmed.empty()) {
      in_.issues->skip(where(line), "empty", "the <Text> element is empty");
      return false;
    }
    if (trimmed.size() != doc.text.size()) {
      doc.text = std::string(trimmed);
    }
    // Character references can spell what the raw bytes could not: &#0;, a lone surrogate.
    if (TextProblem p = find_text_problem(doc.text)) {
      in_.issues->skip(where(line), p.reason(),
                       "a character reference in <Text> decodes to it: " + describe_text_problem(p, doc.text));
      return false;
    }
    for (pugi::xml_attribute a : sentence.attributes()) {
      std::string_view name = a.name();
      std::string_view value = trim(a.value());
      if (name == "id") {
        doc.id = value;
      } else if (name == "date") {
        doc.date = normalize_date(value);
      } else if (name == "source") {
        doc.source = value;
      } else {
        doc.extra_fields.emplace_back(std::string(name), json_quote(a.value()));
      }
    }
    if (doc.id.empty()) doc.id = in_.name.id_base + ":" + std::to_string(line);
    doc.origin = where(line);
    return true;
  }

  ReaderInput in_;
  pugi::xml_document xml_;
  uint64_t line_ = 1;  // line of the window's first byte
  bool eof_ = false;
  bool done_ = false;
  bool saw_element_ = false;
  bool reported_empty_ = false;
};

}  // namespace

std::unique_ptr<FormatReader> make_petrarch_xml_reader(ReaderInput in) {
  return std::make_unique<PetrarchXmlReader>(std::move(in));
}

}  // namespace faultline
