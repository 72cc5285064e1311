// PETRARCH2 agent files:
//
//   !PERSON! = MAN, MEN, WOMAN                substitution set
//   PHRASE {optional plural} [~CODE]          agent; '~' before the code: appended to the actor's
//                                             code, after it: put in front (NGO~)
//   CONGRESS!PERSON! [~LEG]                   one agent per member of the set, no plurals
//
// Without {...} the regular plural is generated; "{}" means there is none.
#include <map>
#include <string>
#include <vector>

#include "knowledge/dictionary_lines.h"
#include "knowledge/english_forms.h"
#include "knowledge/petrarch_reader.h"

namespace faultline {
namespace {

class AgentReader {
 public:
  AgentReader(const FileName& file, DictionarySet& out, Diagnostics& d) : file_(file), out_(out), diag_(d) {}

  void line(uint32_t number, std::string_view raw) {
    std::string_view text = trim(strip_hash_comment(raw));
    if (text.empty() || is_petrarch_banner(text)) return;
    size_t open = text.find('[');
    if (text.front() == '!' && text.find('=') != std::string_view::npos && open == std::string_view::npos) {
      return define_marker(number, text);
    }
    if (open == std::string_view::npos) return error(number, cat("agent ", std::string(text), " has no [code]"));
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return error(number, "missing ']' after the code");
    if (!trim(text.substr(close + 1)).empty()) return error(number, "unexpected text after ']'");

    AgentEntry entry;
    entry.where = {file_, number};
    std::string code;
    for (char c : text.substr(open + 1, close - open - 1)) {
      if (c != ' ' && c != '\t') code += c;
    }
    if (code.empty()) return error(number, "empty code []");
    if (code.front() == '~') {
      entry.code = code.substr(1);
      entry.placement = AgentPlacement::kSuffix;
    } else if (code.back() == '~') {
      entry.code = code.substr(0, code.size() - 1);
      entry.placement = AgentPlacement::kPrefix;
    } else {
      entry.code = code;
      diag_.warning(*file_, number, cat("agent code [", code, "] has no '~'; read as ~", code));
    }
    if (entry.code.empty() || entry.code.find('~') != std::string::npos) {
      return error(number, cat("malformed agent code [", code, "]"));
    }

    std::string_view phrase_text = trim(text.substr(0, open));
    bool has_plural = false;
    std::string_view plural_text;
    if (size_t brace = phrase_text.find('{'); brace != std::string_view::npos) {
      size_t end = phrase_text.find('}', brace);
      if (end == std::string_view::npos) return error(number, "missing '}' after the plural");
      has_plural = true;
      plural_text = phrase_text.substr(brace + 1, end - brace - 1);
      phrase_text = trim(phrase_text.substr(0, brace));
    }
    if (phrase_text.empty()) return error(number, cat("code [", code, "] without an agent phrase"));

    if (phrase_text.find('!') != std::string_view::npos) {
      std::vector<std::string> expanded;
      if (std::string why = substitute(std::string(phrase_text), expanded); !why.empty()) return error(number, why);
      for (const std::string& s : expanded) {
        AgentEntry e = entry;
        e.phrase = split_phrase(s);
        out_.agents.push_back(std::move(e));
      }
      return;
    }
    entry.phrase = split_phrase(phrase_text);
    if (has_plural) {
      Phrase plural = split_phrase(plural_text);
      if (!plural.empty()) entry.plurals.push_back(std::move(plural));
    } else {
      Phrase plural = entry.phrase;
      plural.back() = regular_plural(plural.back());
      entry.plurals.push_back(std::move(plural));
    }
    out_.agents.push_back(std::move(entry));
  }

 private:
  void define_marker(uint32_t number, std::string_view text) {
    size_t second = text.find('!', 1);
    size_t eq = text.find('=');
    if (second == std::string_view::npos || second > eq || second == 1) {
      return error(number, "substitution set must look like !NAME! = WORD, WORD");
    }
    std::string name = to_upper(text.substr(1, second - 1));
    std::vector<std::string> items;
    std::string_view rest = text.substr(eq + 1);
    while (true) {
      size_t comma = rest.find(',');
      std::string_view item = trim(rest.substr(0, comma));
      if (!item.empty()) items.push_back(to_upper(item));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (items.empty()) return error(number, cat("substitution set !", name, "! is empty"));
    markers_[name] = std::move(items);
  }

  // Expands every !MARKER! in `phrase` (several markers multiply).
  std::string substitute(const std::string& phrase, std::vector<std::string>& out) const {
    size_t a = phrase.find('!');
    if (a == std::string::npos) {
      out.push_back(phrase);
      return {};
    }
    size_t b = phrase.find('!', a + 1);
    if (b == std::string::npos) return cat("unclosed substitution marker in ", phrase);
    std::string name = to_upper(phrase.substr(a + 1, b - a - 1));
    auto it = markers_.find(name);
    if (it == markers_.end()) return cat("substitution set !", name, "! is not defined (define it above its first use)");
    for (const std::string& item : it->second) {
      if (std::string why = substitute(phrase.substr(0, a) + item + phrase.substr(b + 1), out); !why.empty()) return why;
    }
    return {};
  }

  void error(uint32_t number, std::string message) { diag_.error(*file_, number, std::move(message)); }

  const FileName& file_;
  DictionarySet& out_;
  Diagnostics& diag_;
  std::map<std::string, std::vector<std::string>> markers_;
};

}  // namespace

void read_petrarch_agents(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics) {
  AgentReader reader(file, out, diagnostics);
  for_each_line(text, [&](uint32_t number, std::string_view line) { reader.line(number, line); });
}

}  // namespace faultline
