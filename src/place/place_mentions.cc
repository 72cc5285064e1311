// Place mentions in an analysed document, their disambiguation, and the location of an event;
// the rules are the contract in include/faultline/gazetteer.h.
#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "faultline/gazetteer.h"
#include "time/temporal_words.h"
#include "time/word_list.h"

namespace faultline {
namespace {

constexpr uint32_t kMaxNameTokens = 6;

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto first = static_cast<unsigned char>(w[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  utf8proc_int32_t cp = 0;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()),
                       static_cast<utf8proc_ssize_t>(w.size()), &cp) <= 0) {
    return false;
  }
  return utf8proc_isupper(cp);
}

// A short word in capitals ("UN", "NATO"), as opposed to a capitalised name or a dateline city.
bool acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 4) return false;
  for (char c : w) {
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  }
  return true;
}

bool place_preposition(std::string_view w) {
  static constexpr WordList<12> kWords({"in", "at", "near", "from", "outside", "inside", "into", "across", "around",
                                        "toward", "towards", "throughout"});
  return kWords.contains(w);
}

bool direction_word(std::string_view w) {
  static constexpr WordList<9> kWords(
      {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"});
  return kWords.contains(w);
}

// A place mention before its candidate is chosen.
struct RawMention {
  ByteSpan span;
  uint32_t sentence = 0;
  uint32_t first_candidate = 0;  // into Scanner::candidates_
  uint32_t candidate_count = 0;
  std::optional<uint32_t> qualifier;  // a country written after the name ("Jarinje, Kosovo")
  bool dateline = false;
};

class Scanner {
 public:
  Scanner(const Gazetteer& gazetteer, const Document& doc) : g_(gazetteer), doc_(doc) {}

  DocumentPlaces run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) scan_sentence(s);
    DocumentPlaces out;
    out.countries = countries_;
    out.mentions.reserve(raw_.size());
    for (const RawMention& m : raw_) out.mentions.push_back({m.span, m.sentence, choose(m), m.dateline});
    return out;
  }

 private:
  std::string_view word(uint32_t i) const { return i < end_ ? doc_.token_text(doc_.tokens[i]) : std::string_view{}; }

  // Token i and the character after it (a space, or the next token's first): the text every span
  // of two or more tokens from token i begins with. Folding goes character by character, so when no
  // name begins with this text, none of those spans is a name.
  std::string_view first_and_next_character(uint32_t i) const {
    const ByteSpan span = doc_.tokens[i].span;
    const std::string_view text = doc_.text;
    if (span.end >= text.size()) return doc_.view(span);
    const auto lead = static_cast<unsigned char>(text[span.end]);
    const uint32_t length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    return text.substr(span.begin, span.end - span.begin + length);
  }

  // The longest gazetteer name starting at token i (the first token may be "the" or a direction
  // word, the last must be capitalised); fills lookup_ with its candidates. Returns the end token.
  std::optional<uint32_t> longest(uint32_t i, bool dateline = false) {
    const std::string_view first = word(i);
    if (!capitalised(first) && !same_word(first, "the") && !direction_word(first)) return std::nullopt;
    uint32_t limit = std::min(end_, i + kMaxNameTokens);
    if (limit > i + 1 && !g_.may_begin_name(first_and_next_character(i))) limit = i + 1;
    for (uint32_t e = limit; e > i; --e) {
      const std::string_view last = word(e - 1);
      if (!capitalised(last)) continue;
      if (e == i + 1 && (month_name(last) || weekday_name(last))) continue;
      const ByteSpan span{doc_.tokens[i].span.begin, doc_.tokens[e - 1].span.end};
      // Spans of several words are tested too: a word that may begin a name ("New", "South") has
      // every longer span up to six words looked up, and nearly none of them is a name.
      if (!g_.may_be_name(doc_.view(span))) {
        lookup_.clear();
        continue;
      }
      g_.lookup(doc_.view(span), lookup_);
      if (e == i + 1 && !dateline && acronym(last)) {
        // "UN", "EU", "NATO" are organisations, not the towns that share their letters; only
        // country and region abbreviations ("US", "UK") stand as place names in capitals.
        std::erase_if(lookup_, [&](uint32_t id) { return g_.place(id).kind == PlaceKind::kCity; });
      }
      if (!lookup_.empty()) return e;
    }
    return std::nullopt;
  }

  std::optional<uint32_t> country_among(const std::vector<uint32_t>& ids) const {
    for (uint32_t id : ids) {
      if (g_.place(id).kind == PlaceKind::kCountry) return id;
    }
    return std::nullopt;
  }

  void note_country(uint32_t id) {
    const std::string_view code = g_.place(id).country;
    if (code.empty()) return;
    for (const std::string& c : countries_) {
      if (c == code) return;
    }
    countries_.emplace_back(code);
  }

  void scan_sentence(uint32_t s) {
    const Sentence& sentence = doc_.sentences[s];
    begin_ = sentence.first_token;
    end_ = sentence.first_token + sentence.token_count;
    uint32_t place_context_at = UINT32_MAX;  // a token where a place may start (after "in", "and" ...)
    for (uint32_t i = begin_; i < end_;) {
      const std::string_view w = word(i);
      const bool dateline = sentence.kind == SentenceKind::kDateline && i == begin_;
      if (place_preposition(w)) {
        place_context_at = i + 1;
        ++i;
        continue;
      }
      if (i == place_context_at && (direction_word(w) || same_word(w, "the")) && !longest(i)) {
        place_context_at = i + 1;  // "in northern Serbia": try "Serbia" next
        ++i;
        continue;
      }
      auto end = longest(i, dateline);
      if (!end) {
        ++i;
        continue;
      }
      if (auto c = country_among(lookup_)) note_country(*c);
      if (i != place_context_at && !dateline) {
        i = *end;  // a name outside a place context only tells which countries the text is about
        continue;
      }
      RawMention m;
      m.span = {doc_.tokens[i].span.begin, doc_.tokens[*end - 1].span.end};
      m.sentence = s;
      m.first_candidate = static_cast<uint32_t>(candidates_.size());
      m.candidate_count = static_cast<uint32_t>(lookup_.size());
      m.dateline = dateline;
      candidates_.insert(candidates_.end(), lookup_.begin(), lookup_.end());
      i = *end;
      const bool only_countries = std::all_of(lookup_.begin(), lookup_.end(), [&](uint32_t id) {
        return g_.place(id).kind == PlaceKind::kCountry;
      });
      if (!only_countries && word(i) == "," && i + 1 < end_) {
        if (auto q_end = longest(i + 1)) {
          if (auto c = country_among(lookup_)) {
            m.qualifier = *c;
            note_country(*c);
            i = *q_end;
          }
        }
      }
      raw_.push_back(m);
      const std::string_view next = word(i);
      if (same_word(next, "and") || same_word(next, "or") || next == ",") place_context_at = i + 1;
    }
  }

  // The disambiguation order of the contract, as one comparison.
  uint32_t choose(const RawMention& m) const {
    auto in_document = [&](const Place& p) {
      return std::find(countries_.begin(), countries_.end(), p.country) != countries_.end();
    };
    const std::string_view qualifier = m.qualifier ? g_.place(*m.qualifier).country : std::string_view{};
    auto rank = [&](uint32_t id) {
      const Place& p = g_.place(id);
      return std::make_tuple(!qualifier.empty() && p.country == qualifier && p.kind != PlaceKind::kCountry,
                             in_document(p), p.kind == PlaceKind::kCountry, p.population);
    };
    uint32_t best = candidates_[m.first_candidate];
    for (uint32_t k = 1; k < m.candidate_count; ++k) {
      const uint32_t id = candidates_[m.first_candidate + k];
      if (rank(id) > rank(best)) best = id;
    }
    return best;
  }

  const Gazetteer& g_;
  const Document& doc_;
  uint32_t begin_ = 0;
  uint32_t end_ = 0;
  std::vector<uint32_t> lookup_;
  std::vector<uint32_t> candidates_;
  std::vector<RawMention> raw_;
  std::vector<std::string> countries_;
};

uint32_t gap(ByteSpan a, ByteSpan b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

EventLocation location_of(const Gazetteer& g, const Document& doc, const PlaceMention& m) {
  const Place& p = g.place(m.place);
  EventLocation out;
  out.name = std::string(doc.view(m.span));
  out.country = std::string(p.country);
  out.latitude = p.latitude;
  out.longitude = p.longitude;
  out.has_coordinates = p.has_coordinates;
  return out;
}

}  // namespace

DocumentPlaces find_document_places(const Gazetteer& gazetteer, const Document& doc) {
  return Scanner(gazetteer, doc).run();
}

std::optional<EventLocation> locate_event(const Gazetteer& gazetteer, const Document& doc,
                                          const DocumentPlaces& places, uint32_t sentence, ByteSpan trigger) {
  const PlaceMention* best = nullptr;
  for (const PlaceMention& m : places.mentions) {
    if (m.sentence != sentence) continue;
    if (!best) {
      best = &m;
      continue;
    }
    const PlaceKind kind = gazetteer.place(m.place).kind;
    const PlaceKind best_kind = gazetteer.place(best->place).kind;
    // PlaceKind orders city < region < country: the smaller, the more specific.
    if (kind < best_kind || (kind == best_kind && gap(m.span, trigger) < gap(best->span, trigger))) best = &m;
  }
  if (best) return location_of(gazetteer, doc, *best);
  for (const PlaceMention& m : places.mentions) {
    if (m.dateline) return location_of(gazetteer, doc, m);
  }
  const PlaceMention* most = nullptr;
  size_t most_count = 0;
  for (const PlaceMention& m : places.mentions) {
    const size_t count = static_cast<size_t>(std::count_if(places.mentions.begin(), places.mentions.end(),
                                                           [&](const PlaceMention& o) { return o.place == m.place; }));
    if (count > most_count) {
      most = &m;
      most_count = count;
    }
  }
  if (most) return location_of(gazetteer, doc, *most);
  return std::nullopt;
}

}  // namespace faultline
