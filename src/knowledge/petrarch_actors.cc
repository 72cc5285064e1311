// PETRARCH2 / TABARI actor files:
//
//   PRIMARY_PHRASE [CODE optional-date-bound]     an entry, optionally with its code
//   +SYNONYM_PHRASE                               more phrases of the same entry
//   <tab>[CODE date-bound]                        codes, on their own lines
//
// Date bounds: "<D" (up to D), ">D" (from D), "D-D" (between), none (the default code); dates are
// YYMMDD or YYYYMMDD, bounds inclusive.
#include <string>

#include "knowledge/dictionary_lines.h"
#include "knowledge/knowledge.h"
#include "knowledge/petrarch_reader.h"

namespace faultline {
namespace {

// Reads "[CODE bound]" (brackets included); returns "" or the reason it is malformed.
std::string parse_dated_code(std::string_view text, DatedCode& out) {
  if (text.empty() || text.front() != '[') return "expected '['";
  size_t close = text.find(']');
  if (close == std::string_view::npos) return "missing ']' after the code";
  if (!trim(text.substr(close + 1)).empty()) return "unexpected text after ']'";
  std::string_view inside = trim(text.substr(1, close - 1));
  if (inside.empty()) return "empty code []";
  size_t blank = inside.find_first_of(" \t");
  std::string_view code = inside.substr(0, blank);
  if (code.find_first_of("<>") != std::string_view::npos || (code[0] >= '0' && code[0] <= '9')) {
    return cat("code block [", std::string(inside), "] has a date but no code");
  }
  out.code = std::string(code);
  out.from = out.to = kUnknownDate;
  if (blank == std::string_view::npos) return {};
  std::string bound;
  for (char c : inside.substr(blank)) {
    if (c != ' ' && c != '\t') bound += c;
  }
  auto read_date = [&](std::string_view d, DateKey& key) -> std::string {
    if (d.size() != 6 && d.size() != 8) {
      return cat("date '", std::string(d), "' must be YYMMDD or YYYYMMDD");
    }
    key = date_key(d);
    if (key == kUnknownDate) return cat("'", std::string(d), "' is not a date");
    return {};
  };
  if (bound[0] == '<') return read_date(std::string_view(bound).substr(1), out.to);
  if (bound[0] == '>') return read_date(std::string_view(bound).substr(1), out.from);
  size_t dash = bound.find('-');
  if (dash == std::string::npos) return cat("date bound '", bound, "' is not <date, >date or date-date");
  if (std::string why = read_date(std::string_view(bound).substr(0, dash), out.from); !why.empty()) return why;
  if (std::string why = read_date(std::string_view(bound).substr(dash + 1), out.to); !why.empty()) return why;
  if (out.from > out.to) return cat("date range ", bound, " ends before it begins");
  return {};
}

class ActorReader {
 public:
  ActorReader(const FileName& file, DictionarySet& out, Diagnostics& d) : file_(file), out_(out), diag_(d) {}

  void line(uint32_t number, std::string_view raw) {
    std::string_view text = trim(strip_hash_comment(raw));
    if (text.empty() || is_petrarch_banner(text)) return;
    if (text.front() == '[') {
      if (!current_) return error(number, cat("code line ", std::string(text), " before any actor phrase"));
      add_code(number, text);
      return;
    }
    if (text.front() == '+') {
      if (!current_) return error(number, cat("synonym ", std::string(text), " before any actor phrase"));
      text.remove_prefix(1);
      std::string_view code = split_code(text);
      Phrase phrase = split_phrase(text);
      if (phrase.empty()) return error(number, "'+' without a phrase");
      out_.actors.back().phrases.push_back(std::move(phrase));
      out_.actors.back().phrase_where.push_back(where(number));
      if (!code.empty()) add_code(number, code);
      return;
    }
    finish();
    std::string_view code = split_code(text);
    Phrase phrase = split_phrase(text);
    if (phrase.empty()) return error(number, cat("code ", std::string(code), " without an actor phrase"));
    ActorEntry entry;
    entry.phrases.push_back(std::move(phrase));
    entry.phrase_where.push_back(where(number));
    entry.where = where(number);
    out_.actors.push_back(std::move(entry));
    current_ = true;
    if (!code.empty()) add_code(number, code);
  }

  void finish() {
    if (!current_) return;
    const ActorEntry& e = out_.actors.back();
    if (e.codes.empty()) {
      diag_.warning(*file_, e.where.line, cat("actor ", join_phrase(e.phrases[0]), " has no code"));
    }
    current_ = false;
  }

 private:
  // Cuts a trailing "[...]" off `text` and returns it ("" when there is none).
  static std::string_view split_code(std::string_view& text) {
    size_t open = text.find('[');
    if (open == std::string_view::npos) return {};
    std::string_view code = trim(text.substr(open));
    text = trim(text.substr(0, open));
    return code;
  }

  // One or more "[CODE bound]" blocks (TABARI puts several on one line).
  void add_code(uint32_t number, std::string_view text) {
    while (!text.empty()) {
      if (text.front() != '[') {
        diag_.warning(*file_, number, cat("text after the code ignored: ", text));
        return;
      }
      size_t close = text.find(']');
      if (close == std::string_view::npos) return error(number, "missing ']' after the code");
      DatedCode code;
      code.where = where(number);
      if (std::string why = parse_dated_code(text.substr(0, close + 1), code); !why.empty()) {
        error(number, why);
      } else {
        out_.actors.back().codes.push_back(std::move(code));
      }
      text = trim(text.substr(close + 1));
    }
  }

  SourceLocation where(uint32_t number) const { return {file_, number}; }
  void error(uint32_t number, std::string message) { diag_.error(*file_, number, std::move(message)); }

  const FileName& file_;
  DictionarySet& out_;
  Diagnostics& diag_;
  bool current_ = false;
};

}  // namespace

bool is_petrarch_banner(std::string_view trimmed_line) { return trimmed_line.starts_with("<!"); }

void read_petrarch_actors(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics) {
  ActorReader reader(file, out, diagnostics);
  for_each_line(text, [&](uint32_t number, std::string_view line) { reader.line(number, line); });
  reader.finish();
}

}  // namespace faultline
