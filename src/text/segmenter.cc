#include "text/segmenter.h"

#include <algorithm>

#include <utf8proc.h>

#include "text/char_class.h"

namespace faultline {
namespace {

constexpr std::string_view kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                            "July",    "August",   "September", "October", "November", "December"};

// Words opening a caption line ("Photo: ...", "Video: ...").
constexpr std::string_view kCaptionOpeners[] = {"Photo", "Photos", "Picture", "Pictures", "Image",
                                                "Images", "Video", "Caption", "Credit", "PHOTO", "VIDEO"};

// Capitalised rubrics that open a line with a colon like a dateline but name no place.
constexpr std::string_view kRubrics[] = {"VIDEO",  "PHOTO",   "PHOTOS",    "WATCH",    "UPDATE", "UPDATED",
                                         "BREAKING", "LIVE",  "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL",
                                         "CORRECTION", "NOTE", "READ",     "MORE",     "SOURCE", "RELATED"};

template <size_t N>
bool one_of(std::string_view s, const std::string_view (&list)[N]) {
  for (auto w : list) {
    if (s == w) return true;
  }
  return false;
}

enum class Stop : uint8_t {
  kNone,
  kPunctuation,   // . ! ? and runs of them
  kEllipsis,      // ... …
  kAbbreviation,  // U.S. Inc. etc. a.m.
  kInitial,       // J.
  kNeverEnds,     // Gen. Mr. No. Dec. 1.
};

class Splitter {
 public:
  Splitter(Document& doc, const BoundaryWords& words)
      : doc_(doc), text_(doc.text), tokens_(doc.tokens), words_(words), n_(tokens_.size()) {}

  void run() {
    size_t start = 0;
    size_t i = 0;
    while (i < n_) {
      if (i == start && line_starts_at(i)) {
        if (size_t end = dateline_end(i); end != kNoMatch) {
          close(start, end, SentenceKind::kDateline);
          start = i = end + 1;
          continue;
        }
      }
      size_t last = i;
      bool boundary = false;
      bool caption = false;
      Stop stop = stop_kind(i);
      if (stop != Stop::kNone) {
        while (last + 1 < n_ && is_closer(last + 1) && newlines_after(last) == 0) ++last;
        boundary = ends_after_stop(i, stop, last);
      } else if (i + 1 == n_) {
        boundary = true;
      } else {
        int nl = newlines_after(i);
        if (nl >= 2) {
          boundary = true;
        } else if (nl == 1) {
          boundary = ends_at_line_break(i);
        } else if (ends_with_inline_credit(start, i)) {
          boundary = caption = true;
        }
      }
      if (boundary) {
        close(start, last, caption ? SentenceKind::kCaption : kind_of(start, last));
        start = last + 1;
      }
      i = last + 1;
    }
    if (start < n_) close(start, n_ - 1, kind_of(start, n_ - 1));
  }

 private:
  static constexpr size_t kNoMatch = static_cast<size_t>(-1);

  // ---- token views ------------------------------------------------------------------------------

  std::string_view bytes(size_t k) const { return doc_.view(tokens_[k].span); }
  std::string_view form(size_t k) const { return doc_.view(tokens_[k].form); }

  // Line breaks in the whitespace between token k and token k + 1 (\r\n counts once).
  int newlines_after(size_t k) const {
    if (k + 1 >= n_) return 2;
    int count = 0;
    for (uint32_t i = tokens_[k].span.end; i < tokens_[k + 1].span.begin; ++i) {
      char c = text_[i];
      if (c == '\n') {
        ++count;
      } else if (c == '\r' && (i + 1 >= text_.size() || text_[i + 1] != '\n')) {
        ++count;
      }
    }
    return count;
  }

  bool line_starts_at(size_t k) const { return k == 0 || newlines_after(k - 1) > 0; }

  // The general category of the first character of token k.
  utf8proc_category_t first_category(size_t k) const {
    std::string_view b = bytes(k);
    auto c = static_cast<unsigned char>(b[0]);
    if (c < 0x80) {
      if (is_ascii_lower(c)) return UTF8PROC_CATEGORY_LL;
      if (is_ascii_upper(c)) return UTF8PROC_CATEGORY_LU;
      if (is_ascii_digit(c)) return UTF8PROC_CATEGORY_ND;
      return UTF8PROC_CATEGORY_PO;
    }
    CodePoint cp = decode_utf8(b, 0);
    if (cp.value == kInvalidCodePoint) return UTF8PROC_CATEGORY_SO;
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp.value));
  }
  bool starts_lower(size_t k) const { return first_category(k) == UTF8PROC_CATEGORY_LL; }
  bool starts_upper(size_t k) const {
    auto c = first_category(k);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
  }
  bool starts_digit(size_t k) const { return first_category(k) == UTF8PROC_CATEGORY_ND; }

  bool is_closer(size_t k) const {
    std::string_view f = form(k);
    return f == "''" || f == "'" || f == ")" || f == "]" || f == "}";
  }
  bool is_opener(size_t k) const {
    std::string_view f = form(k);
    return f == "``" || f == "`" || f == "(" || f == "[" || f == "{";
  }
  // Punctuation that continues a sentence rather than opening one.
  bool is_continuing_punctuation(size_t k) const {
    std::string_view f = form(k);
    return f == "," || f == ";" || f == ":" || f == "%" || f == "--" || is_closer(k);
  }

  bool is_bullet(size_t k) const {
    std::string_view b = bytes(k);
    if (b == "\u2022" || b == "\u25CF" || b == "\u25AA" || b == "\u25E6" || b == "\u2023" || b == "\u00B7" ||
        b == "\u25A0" || b == "\u25BA" || b == "*") {
      return true;
    }
    // "1." opening a numbered line (the tokenizer keeps the period only there), or "1)" / "a)".
    if (b.size() >= 2 && b.back() == '.' && is_ascii_digit(static_cast<unsigned char>(b[0]))) return true;
    return b.size() <= 2 && k + 1 < n_ && form(k + 1) == ")" && is_ascii_alnum(static_cast<unsigned char>(b[0])) &&
           line_starts_at(k);
  }

  // ---- stops ------------------------------------------------------------------------------------

  Stop stop_kind(size_t k) const {
    std::string_view b = bytes(k);
    auto c0 = static_cast<unsigned char>(b[0]);
    if (b == "." && k > 0 && tokens_[k].space_before) return detached_period_kind(k);
    if (c0 == '.' || c0 == '!' || c0 == '?') {
      bool ellipsis = false;
      for (char c : b) {
        if (c != '.' && c != '!' && c != '?') return Stop::kNone;
        if (c == '.' && b.size() > 1) ellipsis = true;
      }
      return ellipsis ? Stop::kEllipsis : Stop::kPunctuation;
    }
    if (form(k) == "...") return Stop::kEllipsis;
    if (b.size() < 2 || b.back() != '.') return Stop::kNone;
    if (!is_ascii_alnum(c0)) return Stop::kNone;
    std::string_view word = b.substr(0, b.size() - 1);
    if (is_ascii_digit(c0)) return Stop::kNeverEnds;  // list marker
    if (word.size() == 1) return is_ascii_upper(c0) ? Stop::kInitial : Stop::kAbbreviation;
    if (word.find('.') != std::string_view::npos) return Stop::kAbbreviation;
    switch (words_.abbreviation(word)) {
      case AbbreviationKind::kTitle:
      case AbbreviationKind::kBeforeNumber:
        return Stop::kNeverEnds;
      case AbbreviationKind::kMonth:
        return k + 1 < n_ && starts_digit(k + 1) ? Stop::kNeverEnds : Stop::kAbbreviation;
      default:
        return Stop::kAbbreviation;
    }
  }

  // Text that comes tokenized already (corpora, some feeds) writes "Mr . Sisi", "Nov . 2",
  // "U . S" and "$ 3 . 5 million" with the period apart: it means what the glued period would.
  Stop detached_period_kind(size_t k) const {
    std::string_view word = bytes(k - 1);
    const bool next_digit = k + 1 < n_ && starts_digit(k + 1);
    if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_alnum(static_cast<unsigned char>(c)); })) {
      return Stop::kPunctuation;
    }
    if (std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_digit(static_cast<unsigned char>(c)); })) {
      // "3 . 5 million": a decimal point; "in 2008 . 5 people": rare enough to read the same way.
      return next_digit && tokens_[k + 1].space_before ? Stop::kNeverEnds : Stop::kPunctuation;
    }
    if (word.size() == 1 && is_ascii_upper(static_cast<unsigned char>(word[0]))) return Stop::kInitial;
    switch (words_.abbreviation(word)) {
      case AbbreviationKind::kTitle:
        return Stop::kNeverEnds;
      case AbbreviationKind::kBeforeNumber:
      case AbbreviationKind::kMonth:
        return next_digit ? Stop::kNeverEnds : Stop::kAbbreviation;
      case AbbreviationKind::kGeneral:
        return Stop::kAbbreviation;
      case AbbreviationKind::kNone:
        break;
    }
    return Stop::kPunctuation;
  }

  bool opens_sentence(size_t k) const {
    if (words_.is_sentence_starter(bytes(k))) return true;
    return is_opener(k) && k + 1 < n_ && starts_upper(k + 1);
  }

  // Does the sentence end after `last`, given the stop at token k (last >= k absorbed closers)?
  bool ends_after_stop(size_t k, Stop stop, size_t last) const {
    if (last + 1 >= n_) return true;
    int nl = newlines_after(last);
    if (nl >= 2) return true;
    size_t next = last + 1;
    if (nl == 1 && is_bullet(next)) return true;
    switch (stop) {
      case Stop::kNone:
      case Stop::kNeverEnds:
        return false;
      case Stop::kInitial:
        return bytes(next).size() > 1 && opens_sentence(next);
      case Stop::kAbbreviation:
        return opens_sentence(next) || (nl == 1 && starts_upper(next));
      case Stop::kEllipsis:
        return (nl == 1 && !starts_lower(next) && !is_continuing_punctuation(next)) || opens_sentence(next);
      case Stop::kPunctuation:
        // "783A.00" or "Rs.3,200": a period glued to a number does not end a sentence.
        if (!tokens_[next].space_before && starts_digit(next)) return false;
        return !starts_lower(next) && !is_continuing_punctuation(next);
    }
    (void)k;
    return false;
  }

  // Token k ends a line that has no final punctuation: is the next line a new sentence?
  bool ends_at_line_break(size_t k) const {
    size_t next = k + 1;
    if (is_bullet(next)) return true;
    if (starts_lower(next) || is_continuing_punctuation(next)) return false;
    if (words_.is_continuation(bytes(k))) return false;
    std::string_view f = form(k);
    if (f == "," || f == "&" || f == "/" || f == "--" || is_opener(k)) return false;
    return true;
  }

  // "... on November 20 (official site) International mediators ...": a short lower-case
  // parenthesis (a photo credit) followed by a capitalised word ends a caption glued to the text.
  bool ends_with_inline_credit(size_t start, size_t k) const {
    if (form(k) != ")" || k + 1 >= n_ || !starts_upper(k + 1) || words_.is_continuation(bytes(k + 1))) return false;
    size_t words = 0;
    size_t j = k;
    while (j > start && words <= 3) {
      --j;
      if (form(j) == "(") break;
      if (!starts_lower(j) || words_.is_continuation(bytes(j))) return false;
      ++words;
    }
    if (form(j) != "(" || words == 0 || words > 3) return false;
    return j >= start + 5;
  }

  // ---- datelines --------------------------------------------------------------------------------

  bool is_all_caps_word(size_t k) const {
    std::string_view b = bytes(k);
    if (b.size() < 2) return false;
    for (char c : b) {
      if (!is_ascii_upper(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }

  bool is_month(size_t k) const {
    std::string_view b = bytes(k);
    if (one_of(b, kMonthNames)) return true;
    return b.size() > 1 && b.back() == '.' && words_.abbreviation(b.substr(0, b.size() - 1)) == AbbreviationKind::kMonth;
  }

  // If a dateline starts at token s, the index of its closing dash or colon.
  size_t dateline_end(size_t s) const {
    size_t j = s;
    int line_breaks = 0;
    auto advance = [&]() {
      line_breaks += newlines_after(j);
      ++j;
      return j < n_ && line_breaks <= 1;
    };
    bool place_only = true;  // "ISLAMABAD:" takes a colon; a longer dateline takes a dash
    if (is_all_caps_word(s)) {
      int words = 0;
      while (j < n_ && is_all_caps_word(j) && words < 5) {
        if (!advance()) return kNoMatch;
        ++words;
      }
    } else if (is_month(s) && s + 1 < n_ && starts_digit(s + 1)) {
      if (!advance() || !advance()) return kNoMatch;
      place_only = false;
    } else {
      return kNoMatch;
    }
    if (form(j) == ",") {
      place_only = false;
      if (!advance()) return kNoMatch;
      int words = 0;
      while (words < 4 && (starts_upper(j) || starts_digit(j))) {
        if (!advance()) return kNoMatch;
        ++words;
      }
      if (words == 0) return kNoMatch;
      if (form(j) == ",") {  // "LAGOS, May 28, 2019 --"
        if (!advance() || !starts_digit(j) || !advance()) return kNoMatch;
      }
    }
    if (form(j) == "(") {
      place_only = false;
      int inside = 0;
      while (form(j) != ")") {
        if (!advance() || ++inside > 6) return kNoMatch;
      }
      if (!advance()) return kNoMatch;
    }
    std::string_view f = form(j);
    bool closes = f == "--" || (f == ":" && place_only && !one_of(bytes(s), kRubrics));
    if (!closes || j + 1 >= n_ || newlines_after(j) > 0) return kNoMatch;
    return j;
  }

  // ---- kinds ------------------------------------------------------------------------------------

  SentenceKind kind_of(size_t s, size_t e) const {
    size_t last = e;
    while (last > s && is_closer(last)) --last;
    if (stop_kind(last) != Stop::kNone) return SentenceKind::kBody;
    if (form(s) == "(" && form(e) == ")") return SentenceKind::kCaption;
    bool standalone = line_starts_at(s) && (e + 1 == n_ || newlines_after(e) > 0);
    if (!standalone || is_bullet(s)) return SentenceKind::kBody;  // list items are clauses
    std::string_view f = form(e);
    if (one_of(bytes(s), kCaptionOpeners) || (f == ")" && ends_with_credit(s, e)) ||
        (f == ":" && e - s < 12 && !contains_form(s, e, ","))) {
      return SentenceKind::kCaption;
    }
    if (e - s + 1 > 30 || f == ":") return SentenceKind::kBody;
    for (size_t k = s; k <= e; ++k) {
      std::string_view q = form(k);
      if (q == "``" || q == "''") return SentenceKind::kBody;  // a quotation missing its period
    }
    return SentenceKind::kHeadline;
  }

  bool contains_form(size_t s, size_t e, std::string_view f) const {
    for (size_t k = s; k <= e; ++k) {
      if (form(k) == f) return true;
    }
    return false;
  }

  // The sentence s..e ends in a parenthesis that reads as a credit ("(REUTERS / Laura Hasani)",
  // "(epa)"), not as part of a clause ("(for the memo)").
  bool ends_with_credit(size_t s, size_t e) const {
    size_t k = e;
    while (k > s) {
      --k;
      if (form(k) == "(") return e - k <= 7;
      if (words_.is_continuation(bytes(k))) return false;
    }
    return false;
  }

  void close(size_t s, size_t e, SentenceKind kind) {
    Sentence sentence;
    sentence.span = {tokens_[s].span.begin, tokens_[e].span.end};
    sentence.first_token = static_cast<uint32_t>(s);
    sentence.token_count = static_cast<uint32_t>(e - s + 1);
    sentence.kind = kind;
    doc_.sentences.push_back(sentence);
  }

  Document& doc_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const BoundaryWords& words_;
  size_t n_;
};

}  // namespace

void Segmenter::apply(Document& doc) const {
  tokenizer_.apply(doc);
  doc.sentences.reserve(doc.tokens.size() / 16 + 4);
  Splitter(doc, tokenizer_.words()).run();
}

}  // namespace faultline
