// PETRARCH2 verb dictionaries (and TABARI's, which share the block and pattern syntax):
//
//   &SYNSET            a synonym set; its members follow as "+WORD" / "+TWO_WORDS" lines
//   --- NAME [CODE] ---
//   VERB {IRREGULAR FORMS} [OWN CODE]
//   +VERB_PARTICLE {+FORMS_PARTICLE}    WORD_+VERB      multi-word verbs, '+' marks the verb word
//   - PRE * POST [CODE]  # comment      a pattern of the block
//   ~ a (a b ATTACK) SAY = a b 015      a transformation
#include <string>

#include "knowledge/dictionary_lines.h"
#include "knowledge/english_forms.h"
#include "knowledge/pattern_syntax.h"
#include "knowledge/petrarch_reader.h"

namespace faultline {
namespace {

class VerbReader {
 public:
  VerbReader(const FileName& file, DictionarySet& out, Diagnostics& d) : file_(file), out_(out), diag_(d) {}

  void line(uint32_t number, std::string_view raw) {
    line_ = number;
    std::string_view comment;
    std::string_view text = trim(strip_hash_comment(raw, &comment));
    if (text.empty() || is_petrarch_banner(text)) return;
    if (text.front() == '+' && synset_ >= 0) return synset_member(number, text.substr(1));
    synset_ = -1;
    if (text.starts_with("---")) return heading(number, text);
    if (text.front() == '&') return synset(number, text);
    if (text.front() == '~') return transformation(number, text.substr(1));
    if (text.front() == '-') return pattern(number, text.substr(1), comment);
    return verb(number, text);
  }

 private:
  void heading(uint32_t number, std::string_view text) {
    VerbBlock block;
    block.where = where(number);
    while (!text.empty() && text.front() == '-') text.remove_prefix(1);
    while (!text.empty() && text.back() == '-') text.remove_suffix(1);
    text = trim(text);
    size_t open = text.find('[');
    block.name = to_upper(trim(text.substr(0, open)));
    block.code.primary = "---";
    if (block.name.empty()) return error(number, "verb block heading without a name");
    if (open != std::string_view::npos) {
      size_t close = text.find(']', open);
      if (close == std::string_view::npos) return error(number, "missing ']' in the block heading");
      if (std::string why = parse_code_text(text.substr(open + 1, close - open - 1), block.code); !why.empty()) {
        return error(number, why);
      }
      if (text.find('[', close) != std::string_view::npos) {
        diag_.warning(*file_, number, "block heading has more than one code; the first one is used");
      }
    }
    out_.verb_blocks.push_back(std::move(block));
  }

  void synset(uint32_t number, std::string_view text) {
    SynsetEntry s;
    s.where = where(number);
    std::string name = to_upper(trim(text));
    if (name.find_first_of(" \t") != std::string::npos) return error(number, cat("synset name ", name, " contains a blank"));
    no_plural_ = name.size() > 1 && name.back() == '_';
    if (no_plural_) name.pop_back();
    if (name.size() < 2) return error(number, "'&' without a synset name");
    s.name = std::move(name);
    out_.synsets.push_back(std::move(s));
    synset_ = static_cast<int>(out_.synsets.size()) - 1;
  }

  void synset_member(uint32_t number, std::string_view text) {
    text = trim(text);
    SynsetEntry::Member m;
    m.where = where(number);
    m.plural = !no_plural_ && !text.empty() && text.back() != '_' && text.front() != '&';
    m.phrase = split_phrase(text);
    if (m.phrase.empty()) return error(number, "'+' without a synset member");
    out_.synsets[synset_].members.push_back(std::move(m));
  }

  void verb(uint32_t number, std::string_view text) {
    if (out_.verb_blocks.empty()) return error(number, cat("verb ", std::string(text), " before any --- block heading ---"));
    VerbEntry v;
    v.where = where(number);
    std::string_view words = text;
    std::string_view forms;
    bool has_forms = false;
    if (size_t open = text.find('['); open != std::string_view::npos) {
      size_t close = text.find(']', open);
      if (close == std::string_view::npos) return error(number, "missing ']' after the verb's code");
      if (std::string why = parse_code_text(text.substr(open + 1, close - open - 1), v.code); !why.empty()) {
        return error(number, why);
      }
      v.has_code = true;
      words = text.substr(0, open);
    }
    if (size_t open = words.find('{'); open != std::string_view::npos) {
      size_t close = words.find('}', open);
      if (close == std::string_view::npos) return error(number, "missing '}' after the verb forms");
      forms = words.substr(open + 1, close - open - 1);
      has_forms = true;
      words = words.substr(0, open);
    }
    words = trim(words);
    if (words.find('}') != std::string_view::npos || words.find(']') != std::string_view::npos) {
      return error(number, cat("unbalanced bracket in verb ", std::string(text)));
    }
    if (std::string why = read_verb_words(words, v.words, v.verb_index); !why.empty()) return error(number, why);
    if (has_forms) {
      v.forms_given = true;
      size_t i = 0;
      while (i < forms.size()) {
        while (i < forms.size() && (forms[i] == ' ' || forms[i] == '\t')) ++i;
        size_t start = i;
        while (i < forms.size() && forms[i] != ' ' && forms[i] != '\t') ++i;
        if (i == start) continue;
        Phrase form_words;
        uint32_t form_verb = 0;
        std::string why = read_verb_words(forms.substr(start, i - start), form_words, form_verb);
        if (!why.empty()) return error(number, cat("verb form: ", why));
        v.forms.push_back(form_words[form_verb]);
      }
    } else {
      v.forms = regular_verb_forms(v.words[v.verb_index]);
    }
    out_.verb_blocks.back().verbs.push_back(std::move(v));
  }

  // "+CORDON_OFF" -> CORDON OFF, verb 0; "WIRE_+TAP" -> WIRE TAP, verb 1; "DETAIN" -> verb 0.
  std::string read_verb_words(std::string_view text, Phrase& words, uint32_t& verb_index) {
    words.clear();
    verb_index = 0;
    int marked = -1;
    size_t i = 0;
    while (i <= text.size()) {
      size_t end = text.find_first_of(" \t_", i);
      if (end == std::string_view::npos) end = text.size();
      std::string_view w = text.substr(i, end - i);
      if (!w.empty()) {
        if (w.front() == '+') {
          if (marked >= 0) return cat("more than one '+' in verb ", std::string(text));
          marked = static_cast<int>(words.size());
          w.remove_prefix(1);
          if (w.empty()) return cat("'+' without a verb word in ", std::string(text));
        }
        words.push_back(to_upper(w));
      }
      i = end + 1;
    }
    if (words.empty()) return "empty verb";
    if (words.size() > 1 && marked < 0) {
      diag_.warning(*file_, line_, cat("multi-word verb ", text, " has no '+' before its verb word; the first word is taken"));
    }
    verb_index = marked < 0 ? 0 : static_cast<uint32_t>(marked);
    return {};
  }

  void pattern(uint32_t number, std::string_view text, std::string_view comment) {
    if (out_.verb_blocks.empty()) return error(number, "pattern before any --- block heading ---");
    PatternEntry p;
    p.where = where(number);
    p.comment = std::string(comment);
    size_t open = text.rfind('[');
    if (open == std::string_view::npos) return error(number, "pattern has no [code]");
    size_t close = text.find(']', open);
    if (close == std::string_view::npos) return error(number, "missing ']' after the pattern's code");
    if (!trim(text.substr(close + 1)).empty()) return error(number, "unexpected text after the pattern's code");
    if (std::string why = parse_code_text(text.substr(open + 1, close - open - 1), p.code); !why.empty()) {
      return error(number, why);
    }
    std::string_view body = trim(text.substr(0, open));
    p.text = std::string(body);
    if (std::string why = parse_pattern_text(body, p); !why.empty()) return error(number, why);
    out_.verb_blocks.back().patterns.push_back(std::move(p));
  }

  void transformation(uint32_t number, std::string_view text) {
    size_t eq = text.find('=');
    if (eq == std::string_view::npos) return error(number, "transformation has no '='");
    std::string left;
    for (char c : text.substr(0, eq)) left += (c == '(' || c == ')') ? ' ' : c;
    Phrase l = split_words(left);
    Phrase r = split_words(text.substr(eq + 1));
    if (l.size() != 5) return error(number, "transformation must read: ~ a (b c VERB) VERB = a b CODE");
    if (r.size() != 3) return error(number, "transformation result must be: source target code");
    TransformationEntry t;
    t.where = where(number);
    t.upper_source = l[0];
    t.inner_source = l[1];
    t.inner_target = l[2];
    t.inner_verb = to_upper(l[3]);
    t.upper_verb = to_upper(l[4]);
    t.result_source = r[0];
    t.result_target = r[1];
    t.result_code = r[2];
    out_.transformations.push_back(std::move(t));
  }

  static Phrase split_words(std::string_view s) {
    Phrase out;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
      size_t start = i;
      while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
      if (i > start) out.emplace_back(s.substr(start, i - start));
    }
    return out;
  }

  SourceLocation where(uint32_t number) const { return {file_, number}; }
  void error(uint32_t number, std::string message) { diag_.error(*file_, number, std::move(message)); }

  const FileName& file_;
  DictionarySet& out_;
  Diagnostics& diag_;
  uint32_t line_ = 0;
  int synset_ = -1;  // index of the synset whose members are being read
  bool no_plural_ = false;
};

}  // namespace

void read_petrarch_verbs(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics) {
  VerbReader reader(file, out, diagnostics);
  for_each_line(text, [&](uint32_t number, std::string_view line) { reader.line(number, line); });
}

}  // namespace faultline
