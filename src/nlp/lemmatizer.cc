#include "nlp/lemmatizer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>

#include "nlp/irregular_forms.h"

namespace faultline {
namespace {

constexpr int kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3;
constexpr std::array<std::string_view, 4> kPosFileNames = {"noun", "verb", "adj", "adv"};

// Longer tokens (URLs, run-together text) are no dictionary words; they are only lower-cased.
constexpr size_t kMaxWordBytes = 64;

struct Detachment {
  std::string_view suffix;
  std::string_view replacement;
};

// WordNet's detachment rules (morph.c), in its order. Adverbs have none.
constexpr std::array<Detachment, 8> kNounRules = {{
    {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
    {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
}};
constexpr std::array<Detachment, 8> kVerbRules = {{
    {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
    {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
}};
constexpr std::array<Detachment, 4> kAdjectiveRules = {{
    {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}};

std::span<const Detachment> rules_for(int pos) {
  switch (pos) {
    case kNoun: return kNounRules;
    case kVerb: return kVerbRules;
    case kAdjective: return kAdjectiveRules;
    default: return {};
  }
}

// A rule's suffix (four bytes at most) at the end of w: inline, as detach tests every rule of a
// part of speech for every inflected word, where a library call costs more than the comparison.
bool has_suffix(std::string_view w, std::string_view suffix) {
  if (w.size() <= suffix.size()) return false;
  const char* end = w.data() + w.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (end[i] != suffix[i]) return false;
  }
  return true;
}

uint8_t pos_bit(int pos) { return static_cast<uint8_t>(1u << pos); }

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// True when `stem` ends in one vowel and one consonant ("hop", "star", "din"). English doubles
// such a final consonant before -ed/-ing ("hopped", "starring"), and WordNet lists the doubled
// forms as exceptions, so an undoubled "hoped" or "staring" comes from "hope" / "stare".
bool ends_in_single_vowel_consonant(std::string_view stem) {
  size_t n = stem.size();
  if (n < 2) return false;
  char last = stem[n - 1], before = stem[n - 2];
  if (is_vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(before)) return false;
  return n == 2 || !is_vowel(stem[n - 3]);
}

// The singular of a plural WordNet does not know ("bloggers", "Serbs", "CD's"), by spelling
// alone: the length of the stem to keep, or 0 when the word does not look like a plural.
size_t unknown_plural_stem(std::string_view w) {
  size_t n = w.size();
  if (n < 3 || w.back() != 's') return 0;
  if (w[n - 2] == '\'') return n - 2;  // "CD's", "1990's"
  if (n < 4) return 0;
  if (w.ends_with("ies") && n > 4) return 0;  // "-ies" -> "-y" needs a letter changed; left alone
  if (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") ||
      w.ends_with("zes")) {
    return n - 2;
  }
  char before = w[n - 2];
  if (before == 's' || before == 'u' || before == 'i') return 0;  // "press", "status", "analysis"
  return n - 1;
}

uint64_t hash_word(std::string_view w) { return XXH3_64bits(w.data(), w.size()); }
uint32_t check_bits(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }

// Lower-cases any UTF-8 into out (invalid bytes are copied unchanged).
void lower_utf8(std::string_view in, std::string& out) {
  out.clear();
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(in.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(in.size());
  while (left > 0) {
    if (*p < 0x80) {
      char c = static_cast<char>(*p);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out.push_back(static_cast<char>(*p));
      ++p;
      --left;
      continue;
    }
    utf8proc_uint8_t buf[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(m));
    p += n;
    left -= n;
  }
}

// Reads a whole file with one read() per chunk of its size; WordNet's files are a few MB.
Result<std::string> read_whole_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::string why = std::strerror(err);
    std::string hint = " (WordNet dictionary file; install the Debian package wordnet-base or pass its directory)";
    if (err == ENOENT) return not_found(path + ": " + why + hint);
    return io_error(path + ": " + why + hint);
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    std::string why = std::strerror(errno);
    ::close(fd);
    return io_error(path + ": " + why);
  }
  std::string contents(static_cast<size_t>(st.st_size), '\0');
  size_t got = 0;
  while (got < contents.size()) {
    ssize_t n = ::read(fd, contents.data() + got, contents.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string why = std::strerror(errno);
      ::close(fd);
      return io_error(path + ": " + why);
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  contents.resize(got);
  return contents;
}

// Calls f(line) for each line of text, without the newline.
template <typename F>
void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    f(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

std::string_view first_field(std::string_view line) { return line.substr(0, line.find(' ')); }

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::load(const std::string& wordnet_dir) {
  std::string dir = wordnet_dir.empty() ? std::string(".") : wordnet_dir;
  if (dir.back() != '/') dir.push_back('/');

  std::array<std::string, 4> index_files, exception_files;
  size_t lines = 0;
  for (int pos = 0; pos < 4; ++pos) {
    std::string name(kPosFileNames[pos]);
    auto index = read_whole_file(dir + "index." + name);
    if (!index.ok()) return index.status();
    auto exceptions = read_whole_file(dir + name + ".exc");
    if (!exceptions.ok()) return exceptions.status();
    index_files[pos] = std::move(*index);
    exception_files[pos] = std::move(*exceptions);
    lines += static_cast<size_t>(std::count(index_files[pos].begin(), index_files[pos].end(), '\n'));
    lines += static_cast<size_t>(std::count(exception_files[pos].begin(), exception_files[pos].end(), '\n'));
  }
  lines += irregular_forms().size();

  std::unique_ptr<Lemmatizer> lemmatizer(new Lemmatizer());
  Lemmatizer& l = *lemmatizer;
  // At most two thirds full, so that a miss ends after a few probes.
  size_t capacity = std::bit_ceil(lines + lines / 2 + 16);
  l.slots_.assign(capacity, Slot{});
  l.slot_mask_ = static_cast<uint32_t>(capacity - 1);
  l.arena_.reserve(2u << 20);
  l.details_.reserve(8192);

  for (int pos = 0; pos < 4; ++pos) l.add_index(index_files[pos], pos);
  for (int pos = 0; pos < 4; ++pos) l.add_exceptions(exception_files[pos], pos);
  l.add_own_forms();
  using enum PosTag;
  for (PosTag tag : {NN, NNS, NNPS, VB, VBP, VBD, VBG, VBN, VBZ, JJ, JJR, JJS, RB, RBR, RBS}) {
    l.slot_tags_ |= uint64_t{1} << static_cast<unsigned>(tag);
  }
  for (const OwnLemma& own : l.own_lemmas_) l.slot_tags_ |= uint64_t{1} << static_cast<unsigned>(own.tag);
  return lemmatizer;
}

Lemmatizer::Slot& Lemmatizer::insert(std::string_view w) {
  uint64_t h = hash_word(w);
  uint32_t check = check_bits(h);
  for (uint32_t i = static_cast<uint32_t>(h) & slot_mask_;; i = (i + 1) & slot_mask_) {
    Slot& s = slots_[i];
    if (s.check == 0) {
      s.check = check;
      s.offset = static_cast<uint32_t>(arena_.size());
      s.length = static_cast<uint8_t>(w.size());
      if (w.size() <= kInlineBytes) std::memcpy(s.inline_word, w.data(), w.size());
      arena_.append(w);
      ++word_count_;
      return s;
    }
    if (s.check == check && word(s) == w) return s;
  }
}

const Lemmatizer::Slot* Lemmatizer::find(std::string_view w, uint64_t h) const {
  uint32_t check = check_bits(h);
  for (uint32_t i = static_cast<uint32_t>(h) & slot_mask_;; i = (i + 1) & slot_mask_) {
    const Slot& s = slots_[i];
    if (s.check == 0) return nullptr;
    if (s.check == check && s.length == w.size() &&
        std::memcmp(w.size() <= kInlineBytes ? s.inline_word : arena_.data() + s.offset, w.data(), w.size()) == 0) {
      return &s;
    }
  }
}

uint64_t Lemmatizer::hash_of(std::string_view w) { return hash_word(w); }

void Lemmatizer::prefetch_slot(uint64_t hash) const {
  __builtin_prefetch(&slots_[static_cast<uint32_t>(hash) & slot_mask_]);
}

uint64_t Lemmatizer::form_hash(std::string_view form, PosTag tag) const {
  if (!needs_slot(tag) || form.size() > kMaxWordBytes) return kNoHash;
  char lower[kMaxWordBytes];
  for (size_t i = 0; i < form.size(); ++i) {
    const auto c = static_cast<unsigned char>(form[i]);
    if (c >= 0x80) return kNoHash;
    lower[i] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c);
  }
  return hash_word(std::string_view(lower, form.size()));  // a hash that is kNoHash is computed again
}

Lemmatizer::Details& Lemmatizer::details_of(Slot& slot) {
  if (slot.details == 0) {
    details_.emplace_back();
    slot.details = static_cast<uint32_t>(details_.size());
  }
  return details_[slot.details - 1];
}

void Lemmatizer::add_index(std::string_view contents, int pos) {
  for_each_line(contents, [&](std::string_view line) {
    // The licence at the top of each index file is indented by two spaces.
    if (line.empty() || line[0] == ' ') return;
    std::string_view w = first_field(line);
    if (w.size() > kMaxWordBytes) return;
    insert(w).pos_mask |= pos_bit(pos);
  });
}

void Lemmatizer::add_exceptions(std::string_view contents, int pos) {
  for_each_line(contents, [&](std::string_view line) {
    std::string_view form = first_field(line);
    if (form.empty() || form.size() == line.size() || form.size() > kMaxWordBytes) return;
    // A few forms have several bases ("installed instal install", "soles sol sole"); the one
    // sharing the longest beginning with the form is the regular spelling.
    std::string_view base, rest = line.substr(form.size() + 1);
    size_t best_shared = 0;
    while (!rest.empty()) {
      std::string_view candidate = first_field(rest);
      rest.remove_prefix(std::min(rest.size(), candidate.size() + 1));
      if (candidate.empty()) continue;
      auto mismatch = std::mismatch(form.begin(), form.end(), candidate.begin(), candidate.end());
      size_t shared = static_cast<size_t>(mismatch.first - form.begin());
      if (base.empty() || shared > best_shared) {
        base = candidate;
        best_shared = shared;
      }
    }
    if (base.empty()) return;
    // The base form usually is an index entry already; share its bytes.
    TextSpan base_span;
    if (const Slot* known = find(base)) {
      base_span = {known->offset, known->length};
    } else {
      base_span = {static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(base.size())};
      arena_.append(base);
    }
    Details& d = details_of(insert(form));
    if (d.exception[pos].length == 0) d.exception[pos] = base_span;
  });
}

void Lemmatizer::add_own_forms() {
  std::vector<IrregularForm> forms(irregular_forms().begin(), irregular_forms().end());
  std::stable_sort(forms.begin(), forms.end(),
                   [](const IrregularForm& a, const IrregularForm& b) { return a.form < b.form; });
  for (size_t i = 0; i < forms.size();) {
    Details& d = details_of(insert(forms[i].form));
    d.own_first = static_cast<uint32_t>(own_lemmas_.size());
    size_t j = i;
    for (; j < forms.size() && forms[j].form == forms[i].form; ++j) {
      own_lemmas_.push_back({forms[j].tag, forms[j].lemma});
    }
    d.own_count = static_cast<uint32_t>(j - i);
    i = j;
  }
}

std::string_view Lemmatizer::detach(std::string_view w, int pos) const {
  char buf[kMaxWordBytes + 8];
  std::string_view accepted;
  size_t accepted_rule = 0;
  auto rules = rules_for(pos);
  for (const Detachment& rule : rules) {
    if (!has_suffix(w, rule.suffix)) continue;
    const size_t stem = w.size() - rule.suffix.size();
    std::memcpy(buf, w.data(), stem);
    std::memcpy(buf + stem, rule.replacement.data(), rule.replacement.size());
    prefetch_slot(hash_of(std::string_view(buf, stem + rule.replacement.size())));
  }
  for (size_t r = 0; r < rules.size(); ++r) {
    const Detachment& rule = rules[r];
    if (!has_suffix(w, rule.suffix)) continue;
    size_t stem = w.size() - rule.suffix.size();
    std::memcpy(buf, w.data(), stem);
    std::memcpy(buf + stem, rule.replacement.data(), rule.replacement.size());
    std::string_view candidate(buf, stem + rule.replacement.size());
    const Slot* s = find(candidate);
    if (s == nullptr || !(s->pos_mask & pos_bit(pos))) continue;
    if (accepted.empty()) {
      accepted = word(*s);
      accepted_rule = r;
      // Only "-ed"/"-ing" -> "-e" has a rival worth weighing: the bare stem, the next rule.
      bool e_rule = pos == kVerb && rule.replacement == "e" && rule.suffix != "es";
      if (!e_rule) return accepted;
      continue;
    }
    // Both "hope" and "hop" are verbs; "hoped" is "hope" unless the stem would have been doubled.
    if (r == accepted_rule + 1 && !ends_in_single_vowel_consonant(candidate)) return word(*s);
    return accepted;
  }
  return accepted;
}

std::string_view Lemmatizer::morphy(std::string_view w, const Slot* slot, int pos, Inflection inflection) const {
  bool listed = slot != nullptr && (slot->pos_mask & pos_bit(pos));
  if (listed && inflection != Inflection::kInflected) return word(*slot);
  if (slot != nullptr && slot->details != 0) {
    const TextSpan& e = details_[slot->details - 1].exception[pos];
    if (e.length != 0) return text(e.offset, e.length);
  }
  if (inflection == Inflection::kSingular) return listed ? word(*slot) : std::string_view();
  std::string_view detached = detach(w, pos);
  if (!detached.empty()) return detached;
  if (listed) return word(*slot);
  return {};
}

std::string_view Lemmatizer::lemma(std::string_view form, PosTag tag, std::string& scratch) const {
  return lemma(form, tag, scratch, kNoHash);
}

std::string_view Lemmatizer::lemma(std::string_view form, PosTag tag, std::string& scratch, uint64_t hash) const {
  char lower_buf[kMaxWordBytes];
  std::string_view lower;
  bool ascii = form.size() <= kMaxWordBytes;
  for (size_t i = 0; ascii && i < form.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    if (c >= 0x80) ascii = false;
    lower_buf[i] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + 32 : c);
  }
  if (ascii) {
    lower = std::string_view(lower_buf, form.size());
  } else {
    lower_utf8(form, scratch);
    if (scratch.size() > kMaxWordBytes) return scratch;
    lower = scratch;
  }

  const Slot* slot = !needs_slot(tag) ? nullptr : hash != kNoHash ? find(lower, hash) : find(lower);
  if (slot != nullptr && slot->details != 0) {
    const Details& d = details_[slot->details - 1];
    for (uint32_t i = 0; i < d.own_count; ++i) {
      const OwnLemma& own = own_lemmas_[d.own_first + i];
      if (own.tag == tag) return own.lemma;
    }
  }

  std::string_view result;
  bool may_be_unknown_plural = false;
  switch (tag) {
    case PosTag::NN: result = morphy(lower, slot, kNoun, Inflection::kSingular); break;
    case PosTag::NNS:
      result = morphy(lower, slot, kNoun, Inflection::kInflected);
      may_be_unknown_plural = true;
      break;
    case PosTag::NNPS:
      // The form first: plural proper nouns WordNet lists are names ("philippines", "olympics").
      result = morphy(lower, slot, kNoun, Inflection::kBase);
      may_be_unknown_plural = true;
      break;
    case PosTag::VB:
    case PosTag::VBP: result = morphy(lower, slot, kVerb, Inflection::kBase); break;
    case PosTag::VBD:
    case PosTag::VBG:
    case PosTag::VBN: result = morphy(lower, slot, kVerb, Inflection::kInflected); break;
    case PosTag::VBZ:
      result = morphy(lower, slot, kVerb, Inflection::kInflected);
      may_be_unknown_plural = true;  // third person -s is spelled like the plural
      break;
    case PosTag::JJ: result = morphy(lower, slot, kAdjective, Inflection::kBase); break;
    case PosTag::JJR:
    case PosTag::JJS: result = morphy(lower, slot, kAdjective, Inflection::kInflected); break;
    case PosTag::RB: result = morphy(lower, slot, kAdverb, Inflection::kBase); break;
    case PosTag::RBR:
    case PosTag::RBS: result = morphy(lower, slot, kAdverb, Inflection::kInflected); break;
    default: break;
  }
  if (result.empty() && may_be_unknown_plural) {
    if (size_t stem = unknown_plural_stem(lower); stem != 0) {
      if (lower.data() == scratch.data()) {
        scratch.resize(stem);
      } else {
        scratch.assign(lower.substr(0, stem));
      }
      return scratch;
    }
  }
  if (!result.empty()) return result;
  if (slot != nullptr) return word(*slot);
  if (lower.data() != scratch.data()) scratch.assign(lower);
  return scratch;
}

void Lemmatizer::apply(Document& doc) const {
  std::string scratch;
  scratch.reserve(kMaxWordBytes);
  // The hash of each word is taken kAhead tokens early, its slot fetched then, and the hash kept
  // for the look-up.
  constexpr size_t kAhead = 4;
  uint64_t ahead[kAhead];
  const size_t n = doc.tokens.size();
  for (size_t i = 0; i < std::min(n, kAhead); ++i) {
    ahead[i] = form_hash(doc.form(doc.tokens[i]), doc.tokens[i].tag);
    if (ahead[i] != kNoHash) prefetch_slot(ahead[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    const uint64_t hash = ahead[i % kAhead];
    if (i + kAhead < n) {
      const Token& next = doc.tokens[i + kAhead];
      ahead[i % kAhead] = form_hash(doc.form(next), next.tag);
      if (ahead[i % kAhead] != kNoHash) prefetch_slot(ahead[i % kAhead]);
    }
    Token& t = doc.tokens[i];
    std::string_view form = doc.form(t);
    std::string_view l = lemma(form, t.tag, scratch, hash);
    if (l == doc.token_text(t)) {
      t.lemma = TextRef{t.span.begin, t.span.size(), false};
    } else if (l == form) {
      t.lemma = t.form;
    } else {
      t.lemma = doc.intern(l);
    }
  }
}

}  // namespace faultline
