#include "text/format_sniffer.h"

#include <string>

namespace faultline {
namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
         c == '_' || c == '-' || c == '.';
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

bool has_petrarch_sentence(std::string_view s) {
  for (size_t at = s.find("<Sentence"); at != std::string_view::npos; at = s.find("<Sentence", at + 1)) {
    if (at + 9 < s.size() && (is_space(s[at + 9]) || s[at + 9] == '>')) return true;
  }
  return false;
}

std::optional<InputFormat> sniff_markup(std::string_view s) {
  size_t i = 0;
  for (;;) {
    i = skip_spaces(s, i);
    std::string_view rest = s.substr(i);
    size_t end = std::string_view::npos;
    if (rest.substr(0, 2) == "<?") {
      end = rest.find("?>");
      if (end != std::string_view::npos) end += 2;
    } else if (rest.substr(0, 4) == "<!--") {
      end = rest.find("-->");
      if (end != std::string_view::npos) end += 3;
    } else if (rest.substr(0, 2) == "<!") {
      end = rest.find('>');
      if (end == std::string_view::npos) break;
      if (ascii_lower(rest.substr(0, end)).find("html") != std::string::npos) return InputFormat::kHtml;
      end += 1;
    } else {
      break;
    }
    if (end == std::string_view::npos) break;
    i += end;
  }
  std::string_view rest = s.substr(i);
  if (rest.empty() || rest[0] != '<') return has_petrarch_sentence(s) ? std::optional(InputFormat::kPetrarchXml) : std::nullopt;
  size_t n = 1;
  while (n < rest.size() && is_name_char(rest[n])) ++n;
  std::string root = ascii_lower(rest.substr(1, n - 1));
  if (root == "sentences" || root == "sentence") return InputFormat::kPetrarchXml;
  if (root == "rss" || root == "feed" || root == "rdf:rdf") return InputFormat::kFeed;
  if (root == "html" || root == "head" || root == "body" || root == "meta" || root == "title" ||
      root == "article" || root == "div" || root == "p" || root == "main" || root == "section") {
    return InputFormat::kHtml;
  }
  if (has_petrarch_sentence(s)) return InputFormat::kPetrarchXml;
  return std::nullopt;
}

}  // namespace

InputFormat format_from_name(std::string_view path) {
  std::string name = ascii_lower(path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/') + 1));
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  size_t dot = name.rfind('.');
  std::string ext = dot == std::string::npos || dot == 0 ? std::string() : name.substr(dot + 1);
  if (ext.empty() || ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "rss" || ext == "atom") return InputFormat::kFeed;
  return InputFormat::kAuto;
}

std::optional<InputFormat> sniff_format(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = skip_spaces(head, 0);
  if (i < head.size() && head[i] == '{') return InputFormat::kJsonl;
  if (i < head.size() && head[i] == '<') return sniff_markup(head.substr(i));
  return InputFormat::kText;
}

}  // namespace faultline
