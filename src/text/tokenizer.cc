#include "text/tokenizer.h"

#include <array>
#include <cstring>
#include <string>

#include "text/char_class.h"

namespace faultline {
namespace {

constexpr char32_t kHyphen = 0x2010;
constexpr char32_t kNonBreakingHyphen = 0x2011;
constexpr char32_t kFigureDash = 0x2012;
constexpr char32_t kEnDash = 0x2013;
constexpr char32_t kEmDash = 0x2014;
constexpr char32_t kHorizontalBar = 0x2015;
constexpr char32_t kLeftSingleQuote = 0x2018;
constexpr char32_t kRightSingleQuote = 0x2019;
constexpr char32_t kLeftDoubleQuote = 0x201C;
constexpr char32_t kRightDoubleQuote = 0x201D;
constexpr char32_t kEllipsis = 0x2026;

// Top-level domains that make "name.tld" a single token (infobae.com, gov.uk).
constexpr std::string_view kTopLevelDomains[] = {
    "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk", "de", "fr",
    "ru", "cn", "in", "pk", "au", "ca", "jp", "eu", "us", "tv", "news", "rs", "xk", "al", "ba"};

bool is_top_level_domain(std::string_view s) {
  for (auto tld : kTopLevelDomains) {
    if (s == tld) return true;
  }
  return false;
}

bool ascii_iequals_prefix(std::string_view text, size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Remembers the pooled forms of one document, so that a text with a thousand “ stores `` once.
class FormPool {
 public:
  explicit FormPool(Document& doc) : doc_(doc) {}

  TextRef get(std::string_view form) {
    if (form.size() > kMaxCached) return doc_.intern(form);
    for (int i = 0; i < count_; ++i) {
      const Entry& e = entries_[i];
      if (e.length == form.size() && std::memcmp(e.bytes.data(), form.data(), form.size()) == 0) return e.ref;
    }
    TextRef ref = doc_.intern(form);
    if (count_ < kEntries) {
      Entry& e = entries_[count_++];
      std::memcpy(e.bytes.data(), form.data(), form.size());
      e.length = form.size();
      e.ref = ref;
    }
    return ref;
  }

 private:
  static constexpr size_t kMaxCached = 8;
  static constexpr int kEntries = 24;
  struct Entry {
    std::array<char, kMaxCached> bytes{};
    size_t length = 0;
    TextRef ref;
  };
  Document& doc_;
  std::array<Entry, kEntries> entries_{};
  int count_ = 0;
};

class Scanner {
 public:
  Scanner(Document& doc, const BoundaryWords& words)
      : doc_(doc), text_(doc.text), words_(words), forms_(doc) {}

  void run() {
    size_t pos = 0;
    const size_t n = text_.size();
    while (pos < n) {
      auto c = static_cast<unsigned char>(text_[pos]);
      if (c < 0x80) {
        if (detail::kAsciiClass[c] == 0) {
          if (c == '\n') single_quote_open_ = false;
          ++pos;
          continue;
        }
      } else if (size_t ws = whitespace_length(text_, pos)) {
        pos += ws;
        continue;
      }
      size_t end = pos + 1;
      while (end < n) {
        auto b = static_cast<unsigned char>(text_[end]);
        if (b < 0x80) {
          if (detail::kAsciiClass[b] == 0) break;
          ++end;
        } else {
          if (whitespace_length(text_, end)) break;
          ++end;
        }
      }
      scan_chunk(pos, end);
      pos = end;
    }
  }

 private:
  // ---- emitting -------------------------------------------------------------------------------

  void emit(size_t begin, size_t end) { push(begin, end, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end - begin), false}); }

  void emit_form(size_t begin, size_t end, std::string_view form) {
    if (text_.substr(begin, end - begin) == form) {
      emit(begin, end);
    } else {
      push(begin, end, forms_.get(form));
    }
  }

  // Emits a word whose curly apostrophes and Unicode hyphens the Treebank writes in ASCII.
  void emit_normalized(size_t begin, size_t end) {
    scratch_.clear();
    size_t i = begin;
    while (i < end) {
      auto c = static_cast<unsigned char>(text_[i]);
      if (c == 0xE2 && i + 3 <= end && byte(i + 1) == 0x80) {
        auto c2 = static_cast<unsigned char>(text_[i + 2]);
        if (c2 == 0x98 || c2 == 0x99) {
          scratch_.push_back('\'');
          i += 3;
          continue;
        }
        if (c2 == 0x90 || c2 == 0x91 || c2 == 0x93) {
          scratch_.push_back('-');
          i += 3;
          continue;
        }
      }
      scratch_.push_back(static_cast<char>(c));
      ++i;
    }
    if (scratch_.size() == end - begin) {
      emit(begin, end);
    } else {
      push(begin, end, forms_.get(scratch_));
    }
  }

  void push(size_t begin, size_t end, TextRef form) {
    Token t;
    t.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    t.form = form;
    t.space_before = begin == chunk_begin_ && !doc_.tokens.empty();
    doc_.tokens.push_back(t);
  }

  // ---- character tests ------------------------------------------------------------------------

  unsigned char byte(size_t i) const { return static_cast<unsigned char>(text_[i]); }

  // True when a letter or digit starts at i (i < end).
  bool word_char_at(size_t i, size_t end) const {
    if (i >= end) return false;
    auto c = byte(i);
    if (c < 0x80) return is_ascii_alnum(c);
    CodePoint cp = decode_utf8(text_, i);
    if (is_word_connector(cp.value)) return false;
    CharClass k = classify(cp.value);
    return k == CharClass::kLetter || k == CharClass::kDigit;
  }

  bool letter_at(size_t i, size_t end) const {
    if (i >= end) return false;
    auto c = byte(i);
    if (c < 0x80) return classify_ascii(c) == CharClass::kLetter;
    CodePoint cp = decode_utf8(text_, i);
    return !is_word_connector(cp.value) && classify(cp.value) == CharClass::kLetter;
  }

  static bool is_word_connector(char32_t cp) {
    return cp == kHyphen || cp == kNonBreakingHyphen || cp == kLeftSingleQuote || cp == kRightSingleQuote ||
           cp == kEnDash;
  }

  // Consumes letters and digits from i; returns the end of the run.
  size_t word_run(size_t i, size_t end) const {
    while (i < end) {
      auto c = byte(i);
      if (c < 0x80) {
        if (!is_ascii_alnum(c)) break;
        ++i;
        continue;
      }
      CodePoint cp = decode_utf8(text_, i);
      if (is_word_connector(cp.value)) break;
      CharClass k = classify(cp.value);
      if (k != CharClass::kLetter && k != CharClass::kDigit) break;
      i += cp.length;
    }
    return i;
  }

  bool all_ascii_digits(size_t b, size_t e) const {
    if (b >= e) return false;
    for (size_t i = b; i < e; ++i) {
      if (!is_ascii_digit(byte(i))) return false;
    }
    return true;
  }
  bool all_ascii_letters(size_t b, size_t e) const {
    if (b >= e) return false;
    for (size_t i = b; i < e; ++i) {
      auto c = byte(i);
      if (!is_ascii_upper(c) && !is_ascii_lower(c)) return false;
    }
    return true;
  }
  bool all_ascii_upper(size_t b, size_t e) const {
    if (b >= e) return false;
    for (size_t i = b; i < e; ++i) {
      if (!is_ascii_upper(byte(i))) return false;
    }
    return true;
  }
  size_t ascii_letters_from(size_t i, size_t end) const {
    size_t j = i;
    while (j < end && (is_ascii_upper(byte(j)) || is_ascii_lower(byte(j)))) ++j;
    return j - i;
  }

  // True when text[pos] is the first token of its line.
  bool at_line_start(size_t pos) const {
    size_t i = pos;
    while (i > 0) {
      auto c = byte(i - 1);
      if (c == '\n' || c == '\r') return true;
      if (c == ' ' || c == '\t') {
        --i;
        continue;
      }
      if (c >= 0x80 && whitespace_before(text_, i)) {
        size_t j = i - 1;
        while (j > 0 && (byte(j) & 0xC0) == 0x80) --j;
        i = j;
        continue;
      }
      return false;
    }
    return true;
  }

  // ---- chunks -----------------------------------------------------------------------------------

  void scan_chunk(size_t begin, size_t end) {
    chunk_begin_ = begin;
    chunk_has_at_ = std::memchr(text_.data() + begin, '@', end - begin) != nullptr;
    size_t pos = begin;
    if (joins_split_possessive(begin, end)) pos = begin + 1;
    while (pos < end) pos = scan_one(pos, end);
  }

  // Tokenized text (corpora, PETRARCH input) splits the possessive off as an apostrophe and an
  // "s" of their own: "Theresa May ’ s offer". Read as a quotation mark and a pronoun, they would
  // break the noun phrase, so an "s" that stands alone right after a lone apostrophe, which itself
  // stands after a word on the same line, joins it into one "'s" token (its span keeps the space).
  bool joins_split_possessive(size_t begin, size_t end) {
    if ((byte(begin) | 0x20) != 's' || word_char_at(begin + 1, end) || doc_.tokens.size() < 2) return false;
    Token& apostrophe = doc_.tokens.back();
    const Token& word = doc_.tokens[doc_.tokens.size() - 2];
    const std::string_view mark = text_.substr(apostrophe.span.begin, apostrophe.span.size());
    if (!apostrophe.space_before || (mark != "'" && mark != "\xE2\x80\x99")) return false;
    auto spaces_only = [&](size_t from, size_t to) {
      for (size_t i = from; i < to; ++i) {
        if (text_[i] != ' ' && text_[i] != '\t') return false;
      }
      return true;
    };
    if (!spaces_only(apostrophe.span.end, begin) || !spaces_only(word.span.end, apostrophe.span.begin)) return false;
    if (!word_char_at(word.span.end - 1, word.span.end)) return false;
    apostrophe.span.end = static_cast<uint32_t>(begin + 1);
    apostrophe.form = forms_.get("'s");
    single_quote_open_ = false;  // the apostrophe opened no quotation after all
    return true;
  }

  size_t scan_one(size_t p, size_t end) {
    if (size_t q = url_end(p, end)) {
      emit(p, q);
      return q;
    }
    auto c = byte(p);
    if (c < 0x80) {
      if (is_ascii_alnum(c)) {
        if (chunk_has_at_) {
          if (size_t q = email_end(p, end)) {
            emit(p, q);
            return q;
          }
        }
        return scan_word(p, end);
      }
      if ((c == '@' || c == '#') && p + 1 < end && (p == chunk_begin_ || !is_ascii_alnum(byte(p - 1)))) {
        bool ok = c == '@' ? word_char_at(p + 1, end) : letter_at(p + 1, end);
        if (ok) {
          size_t q = word_run(p + 1, end);
          emit(p, q);
          return q;
        }
      }
      return scan_ascii_symbol(p, end);
    }
    CodePoint cp = decode_utf8(text_, p);
    CharClass k = is_word_connector(cp.value) ? CharClass::kSymbol : classify(cp.value);
    if (k == CharClass::kLetter || k == CharClass::kDigit) return scan_word(p, end);
    return scan_unicode_symbol(p, end, cp);
  }

  // "http://...", "https://...", "ftp://...", "www.x": to the end of the chunk, less trailing
  // punctuation (a closing bracket stays when the URL opened one).
  size_t url_end(size_t p, size_t end) const {
    auto c = byte(p) | 0x20;
    if (c != 'h' && c != 'f' && c != 'w') return 0;
    bool url = ascii_iequals_prefix(text_, p, "http://") || ascii_iequals_prefix(text_, p, "https://") ||
               ascii_iequals_prefix(text_, p, "ftp://") ||
               (ascii_iequals_prefix(text_, p, "www.") && word_char_at(p + 4, end));
    if (!url) return 0;
    size_t q = end;
    int open_parens = 0;
    for (size_t i = p; i < end; ++i) {
      if (text_[i] == '(') ++open_parens;
      if (text_[i] == ')') --open_parens;
    }
    while (q > p + 4) {
      auto last = byte(q - 1);
      if (last == ')' && open_parens < 0) {
        ++open_parens;
        --q;
        continue;
      }
      if (std::strchr(".,;:!?\"'>]}", last) != nullptr && last != 0) {
        --q;
        continue;
      }
      // ” ’ » closing a quotation around the URL.
      if (q - p > 6 && byte(q - 3) == 0xE2 && byte(q - 2) == 0x80 && (last == 0x9D || last == 0x99)) {
        q -= 3;
        continue;
      }
      if (q - p > 5 && byte(q - 2) == 0xC2 && last == 0xBB) {
        q -= 2;
        continue;
      }
      break;
    }
    return q;
  }

  // local@domain.tld starting at p, or 0.
  size_t email_end(size_t p, size_t end) const {
    size_t i = p;
    while (i < end) {
      auto c = byte(i);
      if (is_ascii_alnum(c) || c == '.' || c == '%' || c == '+' || c == '-') {
        ++i;
        continue;
      }
      break;
    }
    if (i == p || i >= end || text_[i] != '@') return 0;
    size_t q = domain_end(i + 1, end, /*need_tld=*/false);
    return q;
  }

  // Labels [A-Za-z0-9-]+ joined by dots starting at p: returns the end of the last label when there
  // are at least two labels and the last one is alphabetic (and a known top-level domain when
  // need_tld); otherwise 0.
  size_t domain_end(size_t p, size_t end, bool need_tld) const {
    size_t i = p;
    size_t labels = 0;
    size_t last_label = p;
    size_t result = 0;
    for (;;) {
      size_t label_start = i;
      while (i < end && (is_ascii_alnum(byte(i)) || byte(i) == '-')) ++i;
      if (i == label_start) break;
      ++labels;
      last_label = label_start;
      if (labels >= 2) {
        std::string_view tld = text_.substr(last_label, i - last_label);
        bool alphabetic = all_ascii_letters(last_label, i) && tld.size() >= 2;
        if (alphabetic && (!need_tld || is_top_level_domain(tld))) result = i;
      }
      if (i + 1 < end && text_[i] == '.') {
        ++i;
        continue;
      }
      break;
    }
    return result;
  }

  // ---- words ------------------------------------------------------------------------------------

  size_t scan_word(size_t p, size_t end) {
    size_t i = p;
    size_t seg = p;  // start of the current segment (after the last connector)
    bool normalize = false;
    bool abbreviation_dots = false;
    bool domain = false;
    for (;;) {
      i = word_run(i, end);
      if (i >= end) break;
      auto c = byte(i);
      size_t connector = 0;
      if (c == '-') {
        if (word_char_at(i + 1, end)) connector = 1;
      } else if (c == '\'') {
        if (letter_at(i + 1, end) && !closes_open_quote(i + 1, end)) connector = 1;
      } else if (c == '.') {
        if (i + 1 < end && is_ascii_digit(byte(i + 1)) && is_ascii_digit(byte(i - 1))) {
          connector = 1;  // 3.5, 783A.00 (the segment ends in a digit)
        } else if (i - seg <= 2 && all_ascii_letters(seg, i) && ascii_letters_from(i + 1, end) >= 1 &&
                   ascii_letters_from(i + 1, end) <= 2 && !word_char_at(i + 1 + ascii_letters_from(i + 1, end), end)) {
          connector = 1;  // U.S, e.g, Ph.D, a.m
          abbreviation_dots = true;
        } else if (size_t q = domain_end(seg, end, /*need_tld=*/true); q > i) {
          i = q;
          domain = true;
          break;
        }
      } else if (c == ',') {
        if (i + 4 <= end && all_ascii_digits(seg, i) && all_ascii_digits(i + 1, i + 4) &&
            (i + 4 == end || !is_ascii_digit(byte(i + 4)))) {
          connector = 1;  // 1,000
        }
      } else if (c == ':') {
        if (i - seg <= 2 && i + 3 <= end && all_ascii_digits(seg, i) && all_ascii_digits(i + 1, i + 3) &&
            (i + 3 == end || !is_ascii_digit(byte(i + 3)))) {
          connector = 1;  // 16:00
        }
      } else if (c == '/') {
        if (is_ascii_alnum(byte(i - 1)) && i + 1 < end && is_ascii_alnum(byte(i + 1))) connector = 1;
      } else if (c == '&') {
        if (i - seg <= 3 && all_ascii_upper(seg, i) && i + 1 < end && is_ascii_upper(byte(i + 1))) connector = 1;
      } else if (c == '$') {
        if (i - p <= 3 && all_ascii_upper(p, i) && i + 1 < end && is_ascii_digit(byte(i + 1))) {
          ++i;  // US$ 5
          break;
        }
      } else if (c >= 0x80) {
        CodePoint cp = decode_utf8(text_, i);
        if (cp.value == kHyphen || cp.value == kNonBreakingHyphen) {
          if (word_char_at(i + cp.length, end)) connector = cp.length;
        } else if (cp.value == kLeftSingleQuote) {
          if (letter_at(i + cp.length, end)) connector = cp.length;  // NATO‘s: a mistyped apostrophe
        } else if (cp.value == kRightSingleQuote) {
          if (letter_at(i + cp.length, end) && !closes_open_quote(i + cp.length, end)) connector = cp.length;
        } else if (cp.value == kEnDash) {
          if (i > seg && is_ascii_digit(byte(i - 1)) && i + cp.length < end && is_ascii_digit(byte(i + cp.length))) {
            connector = cp.length;  // 2023–2024 reads as the range 2023-2024
          }
        }
        if (connector) normalize = true;
      }
      if (connector == 0) break;
      i += connector;
      seg = i;
    }

    if (!domain && i < end && text_[i] == '.' && !(i + 1 < end && text_[i + 1] == '.') &&
        period_belongs_to_word(p, seg, i, end, abbreviation_dots)) {
      ++i;
      // U.S.-led
      while (i + 1 < end && text_[i] == '-' && word_char_at(i + 1, end)) i = word_run(i + 1, end);
      finish_word(p, i, normalize);
      return i;
    }
    if (i + 1 == end && text_[i] == '-' && suspended_hyphen(end)) {
      finish_word(p, i + 1, normalize);  // "short- and medium-term"
      return i + 1;
    }
    if (size_t split = clitic_start(p, i); split != i) {
      finish_word(p, split, normalize);
      finish_word(split, i, normalize);
      return i;
    }
    finish_word(p, i, normalize);
    return i;
  }

  // A hyphen closing a chunk belongs to its word when "and", "or" or "to" follows.
  bool suspended_hyphen(size_t chunk_end) const {
    size_t i = chunk_end;
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
    if (i == chunk_end) return false;
    for (std::string_view w : {"and", "or", "to"}) {
      if (text_.substr(i, w.size()) == w && (i + w.size() == text_.size() || !is_ascii_alnum(byte(i + w.size())))) return true;
    }
    return false;
  }

  void finish_word(size_t b, size_t e, bool normalize) {
    if (normalize) {
      emit_normalized(b, e);
    } else {
      emit(b, e);
    }
  }

  // Does the period at text[dot] end the abbreviation text[p, dot)? `seg` starts its last segment.
  bool period_belongs_to_word(size_t p, size_t seg, size_t dot, size_t end, bool abbreviation_dots) const {
    if (abbreviation_dots) return all_ascii_letters(seg, dot);
    size_t length = dot - p;
    if (length == 1 && (is_ascii_upper(byte(p)) || is_ascii_lower(byte(p)))) return true;  // initials
    if (all_ascii_digits(p, dot)) {
      // "1." opening a numbered line.
      return length <= 2 && dot + 1 == end && at_line_start(p);
    }
    if (length > 8 || !all_ascii_letters(p, dot)) return false;
    switch (words_.abbreviation(text_.substr(p, length))) {
      case AbbreviationKind::kNone:
        return false;
      case AbbreviationKind::kBeforeNumber: {
        size_t i = dot + 1;
        if (i != end) return false;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
        if (i < text_.size() && byte(i) == 0xC2 && i + 2 < text_.size() && byte(i + 1) == 0xA0) i += 2;
        return i < text_.size() && is_ascii_digit(byte(i));
      }
      default:
        return true;
    }
  }

  // Length of an apostrophe (' ’ or ‘) that ends just before `pos`, else 0.
  size_t apostrophe_before(size_t p, size_t pos) const {
    if (pos > p && text_[pos - 1] == '\'') return 1;
    if (pos >= p + 3 && byte(pos - 3) == 0xE2 && byte(pos - 2) == 0x80 && (byte(pos - 1) == 0x99 || byte(pos - 1) == 0x98)) {
      return 3;
    }
    return 0;
  }

  // Where the clitic of the word text[p, e) starts ('s 're 've 'd 'll 'm n't; "cannot"), or e.
  size_t clitic_start(size_t p, size_t e) const {
    size_t n = e - p;
    if (n < 2) return e;
    auto lower = [&](size_t i) { return static_cast<unsigned char>(byte(i) | 0x20); };
    auto last = lower(e - 1);
    if (last == 't') {
      if (size_t a = apostrophe_before(p, e - 1); a && e - 1 - a > p + 1 && lower(e - 2 - a) == 'n') {
        return e - 2 - a;  // n't
      }
    }
    if (last == 's' || last == 'd' || last == 'm') {
      if (size_t a = apostrophe_before(p, e - 1); a && e - 1 - a > p) return e - 1 - a;
    }
    if (n >= 3) {
      auto before = lower(e - 2);
      if ((before == 'r' && last == 'e') || (before == 'v' && last == 'e') || (before == 'l' && last == 'l')) {
        if (size_t a = apostrophe_before(p, e - 2); a && e - 2 - a > p) return e - 2 - a;
      }
    }
    if (n == 6 && ascii_iequals_prefix(text_, p, "cannot")) return p + 3;
    if (n == 5 && (ascii_iequals_prefix(text_, p, "gonna") || ascii_iequals_prefix(text_, p, "gotta") ||
                   ascii_iequals_prefix(text_, p, "wanna"))) {
      return p + 3;
    }
    return e;
  }

  // ---- symbols ----------------------------------------------------------------------------------

  size_t run_of(size_t p, size_t end, char c) const {
    size_t q = p;
    while (q < end && text_[q] == c) ++q;
    return q;
  }

  // Is the quotation mark at text[p, q) an opening one? Decided by what touches it.
  bool quote_opens(size_t p, size_t q, size_t end) const {
    if (p == chunk_begin_) return true;
    if (q == end) return false;
    auto prev = byte(p - 1);
    auto next = byte(q);
    if (prev == '(' || prev == '[' || prev == '{' || prev == '<') return true;
    if (prev == 0x9C && p >= 3 && byte(p - 3) == 0xE2) return true;  // after “
    if (std::strchr(".,;:!?)]}", next) != nullptr && next != 0) return false;
    if (is_ascii_alnum(prev) || prev >= 0x80) return false;
    if (prev == '.' || prev == '!' || prev == '?') return false;
    return true;
  }

  // An apostrophe between letters is part of the word ("O’Brien", "don’t") unless a single
  // quotation is open and what follows is no clitic: then it closes the quotation and a space is
  // missing ("‘ready to intervene’with").
  bool closes_open_quote(size_t after, size_t end) const {
    if (!single_quote_open_) return false;
    size_t letters = ascii_letters_from(after, end);
    if (word_char_at(after + letters, end)) return true;
    std::string_view rest = text_.substr(after, letters);
    static constexpr std::string_view kClitics[] = {"s", "t", "d", "m", "re", "ve", "ll", "S", "T", "D", "M", "RE", "VE", "LL"};
    for (auto c : kClitics) {
      if (rest == c) return false;
    }
    return true;
  }

  // '90s, ’90s
  size_t decade_end(size_t p, size_t apostrophe_length, size_t end) const {
    size_t i = p + apostrophe_length;
    if (i + 2 > end || !is_ascii_digit(byte(i)) || !is_ascii_digit(byte(i + 1))) return 0;
    i += 2;
    if (i < end && byte(i) == 's') ++i;
    if (word_char_at(i, end)) return 0;
    return i;
  }

  size_t scan_ascii_symbol(size_t p, size_t end) {
    char c = text_[p];
    switch (c) {
      case '.': {
        size_t q = run_of(p, end, '.');
        if (q - p == 1) {
          emit(p, q);
        } else {
          emit_form(p, q, "...");
        }
        return q;
      }
      case '-': {
        size_t q = run_of(p, end, '-');
        emit_form(p, q, "--");  // a hyphen on its own is a dash
        return q;
      }
      case '!':
      case '?':
      case '*':
      case '=':
      case '~':
      case '+':
      case '^': {
        size_t q = run_of(p, end, c);
        emit(p, q);
        return q;
      }
      case '"': {
        emit_form(p, p + 1, quote_opens(p, p + 1, end) ? "``" : "''");
        return p + 1;
      }
      case '`': {
        if (p + 1 < end && text_[p + 1] == '`') {
          emit(p, p + 2);
          return p + 2;
        }
        emit(p, p + 1);
        return p + 1;
      }
      case '\'': {
        if (p + 1 < end && text_[p + 1] == '\'') {
          emit(p, p + 2);  // '' is a closing double quote
          return p + 2;
        }
        if (size_t q = decade_end(p, 1, end)) {
          emit(p, q);
          return q;
        }
        bool opens = quote_opens(p, p + 1, end);
        single_quote_open_ = opens;
        emit_form(p, p + 1, opens ? "`" : "'");
        return p + 1;
      }
      default:
        emit(p, p + 1);
        return p + 1;
    }
  }

  size_t scan_unicode_symbol(size_t p, size_t end, CodePoint cp) {
    size_t q = p + cp.length;
    switch (cp.value) {
      case kLeftDoubleQuote:
      case 0x201E:  // „
      case 0x00AB:  // «
        emit_form(p, q, "``");
        return q;
      case kRightDoubleQuote:
      case 0x00BB:  // »
        emit_form(p, q, "''");
        return q;
      case kLeftSingleQuote:
      case 0x201B:  // ‛
      case 0x2039:  // ‹
        single_quote_open_ = true;
        emit_form(p, q, "`");
        return q;
      case 0x203A:  // ›
        emit_form(p, q, "'");
        return q;
      case kRightSingleQuote:
        if (size_t d = decade_end(p, cp.length, end)) {
          emit_normalized(p, d);
          return d;
        }
        {
          bool opens = quote_opens(p, q, end);
          single_quote_open_ = opens;
          emit_form(p, q, opens ? "`" : "'");
        }
        return q;
      case kHyphen:
      case kNonBreakingHyphen:
      case kFigureDash:
      case kEnDash:
      case kEmDash:
      case kHorizontalBar:
      case 0x2E3A:  // ⸺
        while (q < end && decode_utf8(text_, q).value == cp.value) q += cp.length;
        emit_form(p, q, "--");
        return q;
      case kEllipsis:
        while (q < end && decode_utf8(text_, q).value == cp.value) q += cp.length;
        emit_form(p, q, "...");
        return q;
      default:
        emit(p, q);
        return q;
    }
  }

  Document& doc_;
  std::string_view text_;
  const BoundaryWords& words_;
  FormPool forms_;
  std::string scratch_;
  size_t chunk_begin_ = 0;
  bool chunk_has_at_ = false;
  bool single_quote_open_ = false;  // an opening ‘ or ' is waiting for its ’ (reset at line ends)
};

}  // namespace

std::string_view treebank_form(std::string_view word, std::string& scratch) {
  if (word == "\u201C" || word == "\u201E" || word == "\u00AB") return "``";
  if (word == "\u201D" || word == "\u00BB") return "''";
  if (word == "\u2018" || word == "\u201B" || word == "\u2039") return "`";
  if (word == "\u2019" || word == "\u203A") return "'";
  if (word == "\u2013" || word == "\u2014" || word == "\u2015" || word == "\u2012") return "--";
  if (word == "\u2026") return "...";
  scratch.clear();
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) == 0xE2 && i + 3 <= word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80) {
      const auto c2 = static_cast<unsigned char>(word[i + 2]);
      if (c2 == 0x98 || c2 == 0x99 || c2 == 0x90 || c2 == 0x91 || c2 == 0x93) {
        scratch.push_back(c2 == 0x98 || c2 == 0x99 ? '\'' : '-');
        i += 3;
        continue;
      }
    }
    scratch.push_back(word[i++]);
  }
  return scratch.size() == word.size() ? word : std::string_view(scratch);
}

void Tokenizer::apply(Document& doc) const {
  doc.clear_analysis();
  // News text averages about six bytes per token; reserving once avoids regrowth on the hot path.
  doc.tokens.reserve(doc.text.size() / 5 + 16);
  Scanner(doc, words_).run();
}

}  // namespace faultline
