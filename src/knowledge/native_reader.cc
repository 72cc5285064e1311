#include <string>

#include "knowledge/dictionary_lines.h"
#include "knowledge/english_forms.h"
#include "knowledge/knowledge.h"
#include "knowledge/native_format.h"
#include "knowledge/pattern_syntax.h"

namespace faultline {
namespace {

// A comment starts with '#' at the start of a line or with " #" followed by a blank or the end of
// the line, so TABARI's discard code "###" stays a code.
std::string_view strip_native_comment(std::string_view line, std::string_view& comment) {
  comment = {};
  std::string_view t = trim(line);
  if (!t.empty() && t.front() == '#') {
    comment = trim(t.substr(1));
    return {};
  }
  for (size_t i = 1; i < line.size(); ++i) {
    if (line[i] != '#' || (line[i - 1] != ' ' && line[i - 1] != '\t')) continue;
    if (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t') {
      comment = trim(line.substr(i + 1));
      return line.substr(0, i);
    }
  }
  return line;
}

enum class Section { kNone, kActors, kAgents, kDiscards, kSynset, kVerbs, kTransformations };

// Splits "LEFT -> RIGHT" at the arrow; `right` is empty when there is no arrow.
bool split_arrow(std::string_view text, std::string_view& left, std::string_view& right) {
  size_t arrow = text.find("->");
  if (arrow == std::string_view::npos) {
    left = trim(text);
    right = {};
    return false;
  }
  left = trim(text.substr(0, arrow));
  right = trim(text.substr(arrow + 2));
  return true;
}

// Cuts a trailing "(...)" option off `text`; returns its inside or "" when there is none.
bool split_option(std::string_view& text, std::string_view& option) {
  text = trim(text);
  if (text.empty() || text.back() != ')') return false;
  size_t open = text.rfind('(');
  if (open == std::string_view::npos) return false;
  option = trim(text.substr(open + 1, text.size() - open - 2));
  text = trim(text.substr(0, open));
  return true;
}

std::vector<std::string_view> blank_split(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

class NativeReader {
 public:
  NativeReader(const std::shared_ptr<const std::string>& file, DictionarySet& out, Diagnostics& d)
      : file_(file), out_(out), diag_(d) {}

  void line(uint32_t number, std::string_view raw) {
    std::string_view comment;
    std::string_view text = trim(strip_native_comment(raw, comment));
    if (text.empty()) return;
    if (!header_seen_) {
      header_seen_ = true;
      if (text != kNativeHeader) error(number, cat("expected the header line \"", kNativeHeader, "\""));
      return;
    }
    if (text.front() == '[') return section(number, text);
    switch (section_) {
      case Section::kNone: return error(number, "entry before any [section]");
      case Section::kActors: return actor(number, text);
      case Section::kAgents: return agent(number, text);
      case Section::kDiscards: return discard(number, text);
      case Section::kSynset: return synset_member(number, text);
      case Section::kVerbs: return verb_line(number, text, comment);
      case Section::kTransformations: return transformation(number, text);
    }
  }

  void finish() { end_actor(); }

 private:
  void section(uint32_t number, std::string_view text) {
    end_actor();
    if (text.back() != ']') return error(number, "section heading must end with ']'");
    std::string_view inside = trim(text.substr(1, text.size() - 2));
    std::string_view rest;
    std::string_view name = inside.substr(0, inside.find_first_of(" \t"));
    if (name.size() < inside.size()) rest = trim(inside.substr(name.size()));
    section_ = Section::kNone;
    if (name == "actors" || name == "agents" || name == "discards" || name == "transformations") {
      if (!rest.empty()) return error(number, cat("[", name, "] takes no arguments"));
      section_ = name == "actors"   ? Section::kActors
                 : name == "agents" ? Section::kAgents
                 : name == "discards" ? Section::kDiscards
                                      : Section::kTransformations;
      return;
    }
    if (name == "synset") {
      std::string_view option;
      bool has_option = split_option(rest, option);
      if (rest.empty() || rest.find_first_of(" \t") != std::string_view::npos) {
        return error(number, "[synset NAME] needs one name");
      }
      if (has_option && option != "no plural") return error(number, cat("unknown synset option (", option, ")"));
      SynsetEntry s;
      s.name = cat("&", to_upper(rest.front() == '&' ? rest.substr(1) : rest));
      s.where = {file_, number};
      out_.synsets.push_back(std::move(s));
      synset_plural_ = !has_option;
      section_ = Section::kSynset;
      return;
    }
    if (name == "verbs") {
      std::string_view block_name, code;
      split_arrow(rest, block_name, code);
      if (block_name.empty()) return error(number, "[verbs NAME -> CODE] needs a name");
      VerbBlock b;
      b.name = to_upper(block_name);
      b.where = {file_, number};
      b.code.primary = "---";
      if (!code.empty()) {
        if (std::string why = parse_code_text(code, b.code); !why.empty()) return error(number, why);
      }
      out_.verb_blocks.push_back(std::move(b));
      section_ = Section::kVerbs;
      return;
    }
    error(number, cat("unknown section [", inside, "]"));
  }

  // ---- actors ----
  void actor(uint32_t number, std::string_view text) {
    if (text.front() == '+') {
      if (!in_actor_) return error(number, "'+' synonym before any actor");
      Phrase p = split_phrase(text.substr(1));
      if (p.empty()) return error(number, "'+' without a phrase");
      out_.actors.back().phrases.push_back(std::move(p));
      out_.actors.back().phrase_where.push_back({file_, number});
      return;
    }
    std::string_view phrase, code;
    bool arrow = split_arrow(text, phrase, code);
    if (phrase.empty()) {
      if (!in_actor_) return error(number, "'->' code before any actor");
      return actor_code(number, code);
    }
    end_actor();
    ActorEntry e;
    e.phrases.push_back(split_phrase(phrase));
    e.phrase_where.push_back({file_, number});
    e.where = {file_, number};
    out_.actors.push_back(std::move(e));
    in_actor_ = true;
    if (arrow) actor_code(number, code);
  }

  void actor_code(uint32_t number, std::string_view text) {
    std::vector<std::string_view> parts = blank_split(text);
    if (parts.empty()) return error(number, "'->' without a code");
    DatedCode c;
    c.code = std::string(parts[0]);
    c.where = {file_, number};
    auto date = [&](std::string_view s, DateKey& key) {
      key = s.size() == 10 ? date_key(s) : kUnknownDate;
      if (key == kUnknownDate) error(number, cat("'", s, "' is not a date (write YYYY-MM-DD)"));
      return key != kUnknownDate;
    };
    if (parts.size() == 1) {
    } else if (parts.size() == 3 && parts[1] == "from") {
      if (!date(parts[2], c.from)) return;
    } else if (parts.size() == 3 && parts[1] == "until") {
      if (!date(parts[2], c.to)) return;
    } else if (parts.size() == 4 && parts[2] == "to") {
      if (!date(parts[1], c.from) || !date(parts[3], c.to)) return;
      if (c.from > c.to) return error(number, "date range ends before it begins");
    } else {
      return error(number, "a code's dates read: from DATE, until DATE or DATE to DATE");
    }
    out_.actors.back().codes.push_back(std::move(c));
  }

  void end_actor() {
    if (in_actor_ && out_.actors.back().codes.empty()) {
      const ActorEntry& e = out_.actors.back();
      diag_.warning(*file_, e.where.line, cat("actor ", join_phrase(e.phrases[0]), " has no code"));
    }
    in_actor_ = false;
  }

  // ---- agents ----
  void agent(uint32_t number, std::string_view text) {
    std::string_view option;
    bool has_option = split_option(text, option);
    std::string_view phrase, code;
    if (!split_arrow(text, phrase, code) || code.empty()) return error(number, "an agent reads: PHRASE -> ~CODE (or -> nobody)");
    if (phrase.empty()) return error(number, "agent without a phrase");
    AgentEntry a;
    a.where = {file_, number};
    a.phrase = split_phrase(phrase);
    if (code == "nobody") {
      a.code.clear();  // "the international community": a group noun that names no party
    } else if (code.front() == '~' && code.size() > 1) {
      a.code = std::string(code.substr(1));
    } else if (code.back() == '~' && code.size() > 1) {
      a.code = std::string(code.substr(0, code.size() - 1));
      a.placement = AgentPlacement::kPrefix;
    } else {
      return error(number, cat("agent code ", code, " must be ~CODE (after the actor) or CODE~ (before it)"));
    }
    if (a.code.find_first_of("~ \t") != std::string::npos) return error(number, cat("malformed agent code ", code));
    if (!has_option) {
      Phrase plural = a.phrase;
      plural.back() = regular_plural(plural.back());
      a.plurals.push_back(std::move(plural));
    } else if (option.starts_with("plural:")) {
      std::string_view rest = option.substr(7);
      while (!rest.empty()) {
        size_t semi = rest.find(';');
        Phrase p = split_phrase(rest.substr(0, semi));
        if (!p.empty()) a.plurals.push_back(std::move(p));
        if (semi == std::string_view::npos) break;
        rest.remove_prefix(semi + 1);
      }
      if (a.plurals.empty()) return error(number, "(plural: ...) lists no plural");
    } else if (option != "no plural") {
      return error(number, cat("unknown agent option (", option, ")"));
    }
    out_.agents.push_back(std::move(a));
  }

  // ---- discards ----
  void discard(uint32_t number, std::string_view text) {
    std::string_view level = text.substr(0, text.find_first_of(" \t"));
    DiscardEntry d;
    d.where = {file_, number};
    if (level == "sentence") {
      d.level = DiscardLevel::kSentence;
    } else if (level == "document") {
      d.level = DiscardLevel::kDocument;
    } else {
      return error(number, "a discard reads: sentence PHRASE or document PHRASE");
    }
    std::string_view phrase = trim(text.substr(level.size()));
    d.last_word_is_stem = !phrase.empty() && phrase.back() == '*';
    if (d.last_word_is_stem) phrase.remove_suffix(1);
    d.phrase = split_phrase(phrase);
    if (d.phrase.empty()) return error(number, "discard without a phrase");
    out_.discards.push_back(std::move(d));
  }

  // ---- synsets ----
  void synset_member(uint32_t number, std::string_view text) {
    std::string_view option;
    bool has_option = split_option(text, option);
    if (has_option && option != "no plural") return error(number, cat("unknown member option (", option, ")"));
    SynsetEntry::Member m;
    m.where = {file_, number};
    m.phrase = split_phrase(text);
    if (m.phrase.empty()) return error(number, "empty synset member");
    m.plural = synset_plural_ && !has_option && text.front() != '&';
    out_.synsets.back().members.push_back(std::move(m));
  }

  // ---- verbs ----
  void verb_line(uint32_t number, std::string_view text, std::string_view comment) {
    VerbBlock& block = out_.verb_blocks.back();
    if (text.front() == '-') {
      PatternEntry p;
      p.where = {file_, number};
      p.comment = std::string(comment);
      std::string_view body, code;
      if (!split_arrow(text.substr(1), body, code) || code.empty()) return error(number, "pattern has no '-> CODE'");
      if (std::string why = parse_code_text(code, p.code); !why.empty()) return error(number, why);
      p.text = std::string(body);
      if (std::string why = parse_pattern_text(body, p); !why.empty()) return error(number, why);
      block.patterns.push_back(std::move(p));
      return;
    }
    VerbEntry v;
    v.where = {file_, number};
    std::string_view option;
    bool has_option = split_option(text, option);
    std::string_view words, code;
    split_arrow(text, words, code);
    if (!code.empty()) {
      if (std::string why = parse_code_text(code, v.code); !why.empty()) return error(number, why);
      v.has_code = true;
    }
    int marked = -1;
    for (std::string_view w : blank_split(words)) {
      if (w.front() == '+') {
        if (marked >= 0) return error(number, "more than one '+' in a verb");
        marked = static_cast<int>(v.words.size());
        w.remove_prefix(1);
      }
      if (w.empty()) return error(number, "'+' without a word");
      v.words.push_back(to_upper(w));
    }
    if (v.words.empty()) return error(number, "empty verb");
    if (v.words.size() > 1 && marked < 0) return error(number, "a multi-word verb marks its verb word with '+'");
    v.verb_index = marked < 0 ? 0 : static_cast<uint32_t>(marked);
    if (has_option) {
      if (!option.starts_with("forms:")) return error(number, cat("unknown verb option (", option, ")"));
      for (std::string_view f : blank_split(option.substr(6))) v.forms.push_back(to_upper(f));
      v.forms_given = true;
    } else {
      v.forms = regular_verb_forms(v.words[v.verb_index]);
    }
    block.verbs.push_back(std::move(v));
  }

  // ---- transformations ----
  void transformation(uint32_t number, std::string_view text) {
    size_t eq = text.find('=');
    if (eq == std::string_view::npos) return error(number, "transformation has no '='");
    std::string left;
    for (char c : text.substr(0, eq)) left += (c == '(' || c == ')') ? ' ' : c;
    std::vector<std::string_view> l = blank_split(left);
    std::vector<std::string_view> r = blank_split(text.substr(eq + 1));
    if (l.size() != 5 || r.size() != 3) return error(number, "transformation must read: a (b c VERB) VERB = a b CODE");
    TransformationEntry t;
    t.where = {file_, number};
    t.upper_source = std::string(l[0]);
    t.inner_source = std::string(l[1]);
    t.inner_target = std::string(l[2]);
    t.inner_verb = to_upper(l[3]);
    t.upper_verb = to_upper(l[4]);
    t.result_source = std::string(r[0]);
    t.result_target = std::string(r[1]);
    t.result_code = std::string(r[2]);
    out_.transformations.push_back(std::move(t));
  }

  void error(uint32_t number, std::string message) { diag_.error(*file_, number, std::move(message)); }

  const std::shared_ptr<const std::string>& file_;
  DictionarySet& out_;
  Diagnostics& diag_;
  bool header_seen_ = false;
  Section section_ = Section::kNone;
  bool in_actor_ = false;
  bool synset_plural_ = true;
};

}  // namespace

void read_native_dictionary(std::string_view text, const std::shared_ptr<const std::string>& file, DictionarySet& out,
                            Diagnostics& diagnostics) {
  NativeReader reader(file, out, diagnostics);
  for_each_line(text, [&](uint32_t number, std::string_view line) { reader.line(number, line); });
  reader.finish();
}

}  // namespace faultline
