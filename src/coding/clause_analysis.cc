#include "coding/clause_analysis.h"

#include <algorithm>
#include <array>

#include "time/temporal_words.h"

namespace faultline::coding {
namespace {

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), s) != words.end();
}

// Upper verbs whose infinitive complement did not happen ("refused to meet", "abandoned efforts to
// stop").
constexpr std::array<std::string_view, 10> kNegatingVerbs = {"fail",    "refuse", "decline", "neglect", "reject",
                                                             "avoid",   "abandon", "drop",   "scrap",   "shelve"};
// Upper verbs, adjectives and nouns after which the infinitive has not happened yet.
constexpr std::array<std::string_view, 26> kIntentionWords = {
    "threaten", "plan",   "intend",   "vow",     "promise", "pledge",   "want",     "hope",
    "seek",     "aim",    "prepare",  "agree",   "offer",   "propose",  "expect",   "try",
    "attempt",  "consider", "ready",  "likely",   "poised",
    "prepared", "able",   "wish",     "need",    "willing"};
// Upper verbs whose object is the subject of the infinitive ("urged Kosovo to resume").
constexpr std::array<std::string_view, 20> kObjectControlVerbs = {
    "urge",  "ask",       "call",     "invite", "allow",  "help",     "force",   "persuade", "tell",     "press",
    "encourage", "pressure", "order", "permit", "instruct", "request", "warn",    "enable",   "recommend", "advise"};
// Verbs that take an object whenever they are active: without one after them, a bare participle is
// passive ("official killed in attack").
constexpr std::array<std::string_view, 16> kObjectRequiredVerbs = {
    "kill",    "wound",  "injure", "arrest",   "detain", "capture", "abduct",  "kidnap",
    "execute", "behead", "jail",   "imprison", "deport", "expel",   "convict", "sentence"};
// Verbs that report, believe or announce a clause without "that" ("said Kosovo attacked").
constexpr std::array<std::string_view, 30> kReportingVerbs = {
    "say",     "tell",    "claim",   "believe", "think",   "know",    "hope",    "fear",     "expect",  "announce",
    "warn",    "deny",    "insist",  "suggest", "report",  "confirm", "state",   "declare",  "argue",   "add",
    "note",    "admit",   "allege",  "assert",  "feel",    "predict", "reveal",  "indicate", "suspect", "agree"};

// Words that open a subordinate clause.
constexpr std::array<std::string_view, 15> kSubordinators = {"after",  "when",   "until", "because", "while",
                                                             "although", "though", "since", "before", "if",
                                                             "unless", "whereas", "once",  "whether", "despite"};
// Adjectives / particles that may sit between a form of "be" and an infinitive ("is about to").
constexpr std::array<std::string_view, 11> kBeFrames = {"about", "going", "ready", "set",  "poised", "prepared",
                                                        "likely", "able",  "willing", "due", "scheduled"};

// "is about to", "is set to", "is going to", "is able to": news reports these as what is going to
// happen, as it reports "will" (coders code them as the event), unlike "is ready to" or "could".
constexpr std::array<std::string_view, 6> kFutureFrames = {"about", "going", "set", "able", "due", "scheduled"};
// Verbs whose reported clause has not happened ("hopes that the court will uphold") or is said not
// to have ("denied that he asked").
constexpr std::array<std::string_view, 5> kUnrealisedReports = {"hope", "wish", "expect", "want", "predict"};
constexpr std::array<std::string_view, 2> kDenyingReports = {"deny", "dismiss"};
// Verbs whose "that" clause is one side's contested version: "Boies argued that the legislature
// gives the court the right" reports the argument, not the grant. ("claimed that" is left out: in
// news it mostly reports a side's account of what it did.)
constexpr std::array<std::string_view, 2> kContestedReports = {"allege", "argue"};
// Nouns whose "that" clause is only asserted by someone, or feared, hoped or rumoured: "allegations
// that Pakistan is supporting militants" reports no support.
constexpr std::array<std::string_view, 20> kUnassertedNouns = {
    "allegation", "claim",   "accusation", "charge",      "rumor",      "rumour",    "speculation",
    "suspicion",  "fear",    "hope",       "possibility", "likelihood", "prospect",  "notion",
    "idea",       "belief",  "impression", "suggestion",  "assumption", "perception"};
// Modals of the plain future; "would" is one too when it reports what someone said they will do.
constexpr std::array<std::string_view, 3> kFutureModals = {"will", "shall", "'ll"};

bool looks_like_stray_name(const Document& doc, const Token& t) {
  if (is_noun(t.tag)) return true;
  if (t.tag != PosTag::CC && t.tag != PosTag::RB && !is_adjective(t.tag)) return false;
  std::string_view text = doc.token_text(t);
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  constexpr std::array<std::string_view, 12> kFunctionWords = {"and", "or", "but", "nor", "neither", "either",
                                                               "both", "yet", "so", "not", "also", "however"};
  std::string_view lemma = t.lemma.length ? doc.lemma(t) : doc.form(t);
  return !one_of(lemma, kFunctionWords) && text.size() > 1;
}

// Adverbs by their shape ("-ly") or among the few short ones that end a verb phrase ("will not",
// "can too", "would soon").
bool looks_like_adverb(std::string_view w) {
  constexpr std::array<std::string_view, 26> kShortAdverbs = {
      "not",  "n't",   "never", "also",  "too",   "now",   "then", "still", "soon",  "again", "ever", "already", "yet",
      "so",   "there", "here",  "only",  "even",  "just",  "later", "today", "together", "back", "away", "once", "either"};
  return (w.size() > 3 && w.substr(w.size() - 2) == "ly") || one_of(w, kShortAdverbs);
}

bool can_continue_group(PosTag t) {
  return t == PosTag::MD || is_verb(t) || t == PosTag::RB || t == PosTag::RBR || t == PosTag::RP;
}

}  // namespace

std::string_view clause_link_name(ClauseLink link) {
  switch (link) {
    case ClauseLink::kMain: return "main";
    case ClauseLink::kCoordinated: return "coordinated";
    case ClauseLink::kInfinitive: return "infinitive";
    case ClauseLink::kComplement: return "complement";
    case ClauseLink::kRelative: return "relative";
    case ClauseLink::kSubordinate: return "subordinate";
    case ClauseLink::kParticipial: return "participial";
  }
  return "?";
}

std::string_view ClauseAnalyzer::lemma(uint32_t i) const {
  const Token& t = doc_->tokens[first_ + i];
  return t.lemma.length ? doc_->lemma(t) : doc_->form(t);
}

void ClauseAnalyzer::analyze(const Document& doc, const Sentence& sentence, ClauseStructure& out,
                             const VerbLexicon* verbs) {
  doc_ = &doc;
  first_ = sentence.first_token;
  n_ = sentence.token_count;
  out.first_token = first_;
  out.size = n_;
  out.verbs.clear();
  tag_.resize(n_);
  chunk_.resize(n_);
  chunk_start_.resize(n_);
  chunk_end_.resize(n_);
  verb_of_.assign(n_, -1);
  for (uint32_t i = 0; i < n_; ++i) tag_[i] = doc.tokens[first_ + i].tag;
  // "Islamic State (IS) militants": an abbreviation in brackets is a name, whatever word it spells.
  for (uint32_t i = 1; i + 1 < n_; ++i) {
    const std::string_view open = doc.token_text(doc.tokens[first_ + i - 1]);
    const std::string_view close = doc.token_text(doc.tokens[first_ + i + 1]);
    const std::string_view w = doc.token_text(doc.tokens[first_ + i]);
    const bool capitals = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (capitals && open == "(" && close == ")") tag_[i] = PosTag::NNP;
  }
  // "kidnappers and armed/VBD bandits", "the masked/VBN gunmen": these participles before a bare
  // noun describe it (the tagger, reading "and armed", saw a verb).
  attributive_.assign(n_, 0);
  for (uint32_t i = 1; i + 1 < n_; ++i) {
    const PosTag before = tag_[i - 1];
    if ((tag_[i] == PosTag::VBD || tag_[i] == PosTag::VBN) && (tag_[i + 1] == PosTag::NNS || tag_[i + 1] == PosTag::NN) &&
        (before == PosTag::CC || before == PosTag::DT || before == PosTag::JJ || before == PosTag::IN ||
         before == PosTag::Comma) &&
        (same_word(doc.token_text(doc.tokens[first_ + i]), "armed") ||
         same_word(doc.token_text(doc.tokens[first_ + i]), "masked"))) {
      tag_[i] = PosTag::JJ;
      attributive_[i] = 1;
    }
  }
  uint32_t hidden_verb = verbs ? verb_hidden_in_subject(*verbs) : kNoToken;
  if (hidden_verb != kNoToken && !is_verb(tag_[hidden_verb])) {
    tag_[hidden_verb] = tag_[hidden_verb] == PosTag::NNS ? PosTag::VBZ : PosTag::VBP;
  }
  // "a mushroom hunting trip": a gerund between two singular nouns modifies the second; the three
  // are one noun phrase.
  for (uint32_t i = 1; i + 1 < n_; ++i) {
    if (tag_[i] == PosTag::VBG && tag_[i - 1] == PosTag::NN && tag_[i + 1] == PosTag::NN &&
        doc.tokens[first_ + i - 1].chunk.type() == ChunkType::NP && doc.tokens[first_ + i + 1].chunk.type() == ChunkType::NP) {
      tag_[i] = PosTag::NN;
    }
  }
  for (uint32_t i = 0; i < n_; ++i) {
    const Token& t = doc.tokens[first_ + i];
    chunk_[i] = i == hidden_verb ? ChunkType::VP : t.chunk.type();
    bool inner_gerund = t.tag == PosTag::VBG && tag_[i] == PosTag::NN;
    bool after_gerund = i > 0 && doc.tokens[first_ + i - 1].tag == PosTag::VBG && tag_[i - 1] == PosTag::NN;
    if (inner_gerund) chunk_[i] = ChunkType::NP;
    bool starts = t.chunk.is_begin() || t.chunk.is_outside() || i == 0 || chunk_[i - 1] != chunk_[i] || i == hidden_verb;
    if (inner_gerund || after_gerund) starts = false;
    if (attributive_[i]) {
      chunk_[i] = ChunkType::NP;
      starts = chunk_[i - 1] != ChunkType::NP || (tag_[i - 1] != PosTag::DT && tag_[i - 1] != PosTag::JJ);
    } else if (i > 0 && attributive_[i - 1] && chunk_[i] == ChunkType::NP) {
      starts = false;
    }
    // A capitalised name the tagger took for a function word ("Kosovo/CC") starts the noun phrase
    // after it: the chunker left it outside.
    if (i > 0 && chunk_[i - 1] == ChunkType::NP && doc.tokens[first_ + i - 1].chunk.is_outside() &&
        chunk_[i] == ChunkType::NP && t.chunk.is_begin()) {
      starts = false;
    }
    if (t.chunk.is_outside() && looks_like_stray_name(doc, t)) chunk_[i] = ChunkType::NP;
    // "Japanese and the Australian armies": a capitalised adjective the chunker read as an
    // adjective phrase of its own, joined by "and" or "or" to a noun phrase, is its first member.
    if (chunk_[i] == ChunkType::ADJP && t.chunk.is_begin() && is_adjective(t.tag) && i + 2 < n_) {
      const Token& conjunction = doc.tokens[first_ + i + 1];
      const Token& next = doc.tokens[first_ + i + 2];
      const std::string_view form = doc.form(t);
      const std::string_view c = doc.form(conjunction);
      if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z' && conjunction.tag == PosTag::CC && (c == "and" || c == "or") &&
          next.chunk.type() == ChunkType::NP && next.chunk.is_begin()) {
        chunk_[i] = ChunkType::NP;
        starts = true;
      }
    }
    // "Fornost/RB welcomed ...": a capitalised word the tagger took for an adverb, alone before the
    // sentence's first verb, is its subject.
    if (i == 0 && t.tag == PosTag::RB && n_ > 1 && is_verb(tag_[1]) && tag_[1] != PosTag::VBG &&
        looks_like_stray_name(doc, t) && !looks_like_adverb(lemma(0))) {
      chunk_[i] = ChunkType::NP;
      tag_[i] = PosTag::NNP;
      starts = true;
    }
    // An adverb after a noun does not belong to its phrase ("ties with Libya almost five years
    // after"): English puts adverbs before the adjectives of a noun phrase, never after its head.
    if (chunk_[i] == ChunkType::NP && !starts && (t.tag == PosTag::RB || t.tag == PosTag::RBR) &&
        is_noun(tag_[i - 1])) {
      chunk_[i] = ChunkType::kNone;
      starts = true;
    }
    chunk_start_[i] = starts ? i : chunk_start_[i - 1];
  }
  for (uint32_t i = n_; i-- > 0;) {
    bool ends = i + 1 == n_ || chunk_start_[i + 1] == i + 1;
    chunk_end_[i] = ends ? i : chunk_end_[i + 1];
  }
  retag_verbs_after_auxiliaries();
  build_verb_groups(out);
  find_subjects(out);
  mark_negation_and_modality(out);
  find_windows(out);
}

// "Ethiopia departs/NNS from Libya after ...", "The EU agree/NN that ...": a main clause with no
// verb before its first subordinate clause hides its verb in the subject's noun chunk. It is the
// common noun that ends a chunk after a name, is followed by a preposition, "to" or "that", and is
// a verb the dictionary knows. In a headline with no verb at all ("Japan lifts/NNS sanctions
// against India"), a plural noun right after a name that the dictionary knows as a verb is its
// present tense with the object after it, even inside one noun chunk. A past verb the tagger saw
// but the chunker buried (finite_verb_inside_noun_chunk) is looked for first.
uint32_t ClauseAnalyzer::verb_hidden_in_subject(const VerbLexicon& verbs) const {
  if (uint32_t finite = finite_verb_inside_noun_chunk(verbs); finite != kNoToken) return finite;
  bool no_verb = true;
  for (uint32_t k = 0; k < n_ && no_verb; ++k) no_verb = !is_verb(tag_[k]) && tag_[k] != PosTag::MD;
  uint32_t stop = 0;
  for (; stop < n_; ++stop) {
    PosTag t = tag_[stop];
    ChunkType c = doc_->tokens[first_ + stop].chunk.type();
    if (t == PosTag::MD || (is_verb(t) && c != ChunkType::NP)) return kNoToken;
    if (t == PosTag::WDT || t == PosTag::WP || t == PosTag::Period || c == ChunkType::SBAR) break;
    if (t == PosTag::IN && (one_of(lemma(stop), kSubordinators) || lemma(stop) == "that")) break;
  }
  for (uint32_t k = 1; k < stop && k + 1 < n_; ++k) {
    const Token& t = doc_->tokens[first_ + k];
    const Token& next = doc_->tokens[first_ + k + 1];
    if (tag_[k] != PosTag::NN && tag_[k] != PosTag::NNS) continue;
    // The chunker may have seen the verb the tagger missed: "Japan/B-NP lifts/NNS/B-VP sanctions".
    const bool verb_chunk = no_verb && t.chunk.type() == ChunkType::VP;
    if (t.chunk.type() != ChunkType::NP && !verb_chunk) continue;
    const PosTag after = tag_[k + 1];
    const bool headline_object = no_verb && tag_[k] == PosTag::NNS &&
                                 (after == PosTag::DT || after == PosTag::JJ || after == PosTag::NN ||
                                  after == PosTag::NNS || after == PosTag::NNP || after == PosTag::NNPS ||
                                  after == PosTag::CD || after == PosTag::PRP_);
    if (!headline_object) {
      if (next.chunk.type() == ChunkType::NP && !next.chunk.is_begin()) continue;  // not the chunk's end
      if (after != PosTag::IN && after != PosTag::TO && lemma(k + 1) != "that") continue;
    }
    bool after_name = tag_[k - 1] == PosTag::NNP || tag_[k - 1] == PosTag::NNPS || doc_->token_text(doc_->tokens[first_ + k - 1]) == ")";
    if (!after_name || (t.chunk.is_begin() && !verb_chunk)) continue;
    // A name inside a prepositional phrase is no subject ("call for an end to US embargo against
    // Cuba": "embargo" is no verb).
    uint32_t name_start = k - 1;
    while (name_start > 0 && doc_->tokens[first_ + name_start].chunk.type() == ChunkType::NP &&
           !doc_->tokens[first_ + name_start].chunk.is_begin()) {
      --name_start;
    }
    if (name_start > 0 && (tag_[name_start - 1] == PosTag::IN || tag_[name_start - 1] == PosTag::TO)) continue;
    if (verbs.knows_verb(k)) return k;
  }
  return kNoToken;
}

// "UN chief withdrew/VBD/I-NP peacekeepers from Rwanda", "An Istanbul court on September 13
// formally charged/VBN/I-NP Erdogan": the tagger saw the verb, the chunker buried it in a noun
// chunk, and the clause has no other verb before its first subordinate clause. A past form after
// a noun (or an adverb after one), followed by what can open an object, that the
// dictionary knows as a verb, is that clause's verb. A participle needs the adverb: "the Serbian
// police seized/VBN weapons" would be read either way, "formally charged" only one.
uint32_t ClauseAnalyzer::finite_verb_inside_noun_chunk(const VerbLexicon& verbs) const {
  for (uint32_t k = 1; k + 1 < n_; ++k) {
    const PosTag t = tag_[k];
    const Token& token = doc_->tokens[first_ + k];
    const ChunkType c = token.chunk.type();
    if (t == PosTag::MD || (is_verb(t) && c != ChunkType::NP && c != ChunkType::ADJP)) return kNoToken;
    if (t == PosTag::WDT || t == PosTag::WP || t == PosTag::Period || c == ChunkType::SBAR) return kNoToken;
    if (t == PosTag::IN && (one_of(lemma(k), kSubordinators) || lemma(k) == "that")) return kNoToken;
    if (c != ChunkType::NP || token.chunk.is_begin()) continue;
    const PosTag before = tag_[k - 1];
    const bool adverb_before = before == PosTag::RB && k >= 2 && (is_noun(tag_[k - 2]) || tag_[k - 2] == PosTag::CD);
    const bool noun_before = is_noun(before) || (before == PosTag::JJ && k >= 2 && tag_[k - 2] == PosTag::NNP);
    // Only the past: a present "-s" form after a noun is as often a plural ("truce calls on Gaza").
    const bool finite = t == PosTag::VBD;
    if (!((finite && (noun_before || adverb_before)) || (t == PosTag::VBN && adverb_before))) continue;
    const PosTag after = tag_[k + 1];
    const bool opens_object = after == PosTag::DT || after == PosTag::NN || after == PosTag::NNS || after == PosTag::NNP ||
                              after == PosTag::NNPS || after == PosTag::CD || after == PosTag::PRP ||
                              after == PosTag::PRP_ || after == PosTag::JJ || after == PosTag::IN || after == PosTag::TO;
    if (opens_object && verbs.knows_verb(k)) return k;
  }
  return kNoToken;
}

// "did not ever clash/JJ", "will not wire/NN": a word the chunker put inside a verb phrase, after a
// modal, "to" or a form of "do" (adverbs may come between), is the bare verb whatever its tag. And a
// noun the chunker starts a verb phrase with, between a noun phrase and "that" ("France agree/NN
// that"), is the present tense verb: the chunker saw the sentence's shape where the tagger saw a word.
void ClauseAnalyzer::retag_verbs_after_auxiliaries() {
  for (uint32_t i = 1; i < n_; ++i) {
    const Token& t = doc_->tokens[first_ + i];
    if (t.chunk.type() != ChunkType::VP) continue;
    if (t.chunk.is_begin()) {
      if (chunk_[i - 1] == ChunkType::NP && tag_[i] == PosTag::NN && i + 1 < n_ && lemma(i + 1) == "that") {
        tag_[i] = PosTag::VBP;
      }
      continue;
    }
    // An "adverb" is the verb when no verb follows it and it is no adverb English has ("will
    // abandon/RB new ties", but not "will not", "will soon", "will reportedly attack").
    bool verb_follows = i + 1 < n_ && (tag_[i + 1] == PosTag::VB || tag_[i + 1] == PosTag::VBP ||
                                       tag_[i + 1] == PosTag::VBZ || tag_[i + 1] == PosTag::VBG);
    bool verb_like_adverb = tag_[i] == PosTag::RB && !verb_follows && !looks_like_adverb(lemma(i));
    if (!is_adjective(tag_[i]) && tag_[i] != PosTag::NN && !verb_like_adverb) continue;
    uint32_t p = i - 1;
    while (p > 0 && (tag_[p] == PosTag::RB || tag_[p] == PosTag::RBS) && doc_->tokens[first_ + p].chunk.type() == ChunkType::VP) {
      --p;
    }
    bool auxiliary = tag_[p] == PosTag::MD || tag_[p] == PosTag::TO || (is_verb(tag_[p]) && lemma(p) == "do");
    if (auxiliary && doc_->tokens[first_ + p].chunk.type() == ChunkType::VP) tag_[i] = PosTag::VB;
  }
}

void ClauseAnalyzer::build_verb_groups(ClauseStructure& out) {
  uint32_t i = 0;
  while (i < n_) {
    PosTag t = tag_[i];
    bool starts_infinitive = false;
    if (t == PosTag::TO) {
      uint32_t j = i + 1;
      while (j < n_ && (tag_[j] == PosTag::RB)) ++j;
      starts_infinitive = j < n_ && tag_[j] == PosTag::VB;
    }
    bool verbal = t == PosTag::MD || (is_verb(t) && chunk_[i] != ChunkType::NP && chunk_[i] != ChunkType::ADJP);
    if (!verbal && !starts_infinitive) {
      ++i;
      continue;
    }
    VerbGroup g;
    g.infinitive = starts_infinitive;
    uint32_t j = i + (starts_infinitive ? 1 : 0);
    uint32_t last_verb = kNoToken;
    // "was heavily and unjustly criticized": two adverbs joined by a conjunction stay in the group.
    auto joins_adverbs = [&](uint32_t k) {
      return tag_[k] == PosTag::CC && k > i && k + 1 < n_ && tag_[k - 1] == PosTag::RB && tag_[k + 1] == PosTag::RB;
    };
    for (; j < n_ && (can_continue_group(tag_[j]) || joins_adverbs(j)); ++j) {
      if (is_verb(tag_[j])) {
        if (chunk_[j] == ChunkType::NP && last_verb != kNoToken) break;  // "... the ruling party"
        // "will abandon improved relations": after a bare verb only be/have/get/do's participles
        // belong to the group; another participle modifies the object.
        if (last_verb != kNoToken && tag_[last_verb] == PosTag::VB && (tag_[j] == PosTag::VBN || tag_[j] == PosTag::VBD)) {
          std::string_view aux = lemma(last_verb);
          if (aux != "be" && aux != "have" && aux != "get" && aux != "do") {
            tag_[j] = PosTag::JJ;
            break;
          }
        }
        last_verb = j;
      } else if (tag_[j] == PosTag::RP) {
        if (last_verb == j - 1) g.particle = j;
        else break;
      }
    }
    if (last_verb == kNoToken) {  // a modal with no verb after it
      i = j;
      continue;
    }
    uint32_t end = std::max(last_verb, g.particle == kNoToken ? last_verb : g.particle);
    g.tokens = {i, end};
    g.main = last_verb;
    // Passive: a form of be/get before a past participle main verb.
    if (tag_[g.main] == PosTag::VBN) {
      for (uint32_t k = i; k < g.main; ++k) {
        std::string_view l = lemma(k);
        if (is_verb(tag_[k]) && (l == "be" || l == "get")) g.passive = true;
      }
    }
    // "UN official killed in Baghdad attack", "Two soldiers wounded by sniper fire": a bare
    // participle of a verb that must have an object, with no object after it, is a headline's (or
    // a reduced) passive.
    if (!g.passive && g.tokens.first == g.main && (tag_[g.main] == PosTag::VBN || tag_[g.main] == PosTag::VBD) &&
        one_of(lemma(g.main), kObjectRequiredVerbs) &&
        (g.main + 1 >= n_ || tag_[g.main + 1] == PosTag::IN || tag_[g.main + 1] == PosTag::Comma ||
         tag_[g.main + 1] == PosTag::Period)) {
      // ... but "detained at least 165", "killed around 20": a count's modifier opens an object.
      const uint32_t k = g.main + 2;
      const bool counted_object = g.main + 1 < n_ && tag_[g.main + 1] == PosTag::IN && k < n_ &&
                                  (tag_[k] == PosTag::CD || lemma(k) == "least" || lemma(k) == "most");
      g.passive = !counted_object;
    }
    // "is about to restore": a bare form of "be" + frame word + infinitive is one verb group.
    if (!out.verbs.empty() && g.infinitive) {
      VerbGroup& prev = out.verbs.back();
      uint32_t gap_first = prev.tokens.last + 1;
      bool be_frame = lemma(prev.main) == "be" && gap_first + 1 == i && one_of(lemma(gap_first), kBeFrames);
      if (be_frame) {
        g.tokens.first = prev.tokens.first;
        g.modality = gap_first;
        g.hypothetical = !one_of(lemma(gap_first), kFutureFrames);
        g.future = !g.hypothetical && lemma(gap_first) != "able";
        g.infinitive = false;
        out.verbs.pop_back();
      }
    }
    out.verbs.push_back(g);
    i = end + 1;
  }
  for (size_t v = 0; v < out.verbs.size(); ++v) {
    for (uint32_t k = out.verbs[v].tokens.first; k <= out.verbs[v].tokens.last; ++k) verb_of_[k] = static_cast<int>(v);
  }
}

TokenRange ClauseAnalyzer::noun_group_ending_at(uint32_t last) const {
  if (last >= n_ || chunk_[last] != ChunkType::NP) return {};
  uint32_t s = chunk_start_[last];
  bool coordinated = false;
  for (uint32_t k = s; k <= last; ++k) coordinated |= tag_[k] == PosTag::CC;
  for (;;) {
    if (s == 0) break;
    uint32_t p = s - 1;
    if (chunk_[p] == ChunkType::NP && verb_of_[p] < 0 && tag_[s] == PosTag::POS) {  // "Kosovo" + "'s police"
      s = chunk_start_[p];
      continue;
    }
    if (chunk_[p] == ChunkType::kNone && (is_noun(tag_[p]) || is_adjective(tag_[p]))) {
      s = p;  // a name the chunker left outside: "Kosovo/O police/B-NP"
      continue;
    }
    if (p == 0) break;
    std::string_view w = lemma(p);
    bool joins = tag_[p] == PosTag::CC && (w == "and" || w == "or" || w == "nor");
    bool comma = tag_[p] == PosTag::Comma && coordinated;
    // "an arms embargo against Mordor would": a noun of action takes its object with "against".
    bool attach = (tag_[p] == PosTag::IN) && (w == "of" || w == "in" || w == "from" || w == "against");
    if ((joins || comma || attach) && chunk_[p - 1] == ChunkType::NP && verb_of_[p - 1] < 0) {
      if (joins) coordinated = true;
      s = chunk_start_[p - 1];
      continue;
    }
    // ", and" / "neither ... nor"
    if (tag_[p] == PosTag::CC && p >= 2 && tag_[p - 1] == PosTag::Comma && chunk_[p - 2] == ChunkType::NP) {
      coordinated = true;
      s = chunk_start_[p - 2];
      continue;
    }
    break;
  }
  if (s > 0 && tag_[s - 1] == PosTag::CC && (lemma(s - 1) == "neither" || lemma(s - 1) == "both")) --s;
  return {s, last};
}

TokenRange ClauseAnalyzer::noun_group_starting_at(uint32_t first, uint32_t limit) const {
  if (first >= limit || chunk_[first] != ChunkType::NP) return {};
  uint32_t e = std::min(chunk_end_[first], limit - 1);
  for (;;) {
    uint32_t p = e + 1;
    if (p >= limit) break;
    if (chunk_[p] == ChunkType::NP && verb_of_[p] < 0 && tag_[p] == PosTag::POS) {  // "Kosovo 's police"
      e = std::min(chunk_end_[p], limit - 1);
      continue;
    }
    if (p + 1 >= limit) break;
    std::string_view w = lemma(p);
    // "the rebel - held enclave": a hyphen between words, split off by the tokenizer that produced
    // pre-tokenized input, keeps one noun phrase (the chunker, trained on hyphenated words as one
    // token, closes the chunk before it).
    if (tag_[p] == PosTag::Colon && (w == "-" || w == "\u2013") && chunk_[p + 1] == ChunkType::NP && verb_of_[p + 1] < 0) {
      e = std::min(chunk_end_[p + 1], limit - 1);
      continue;
    }
    bool joins = tag_[p] == PosTag::CC && (w == "and" || w == "or" || w == "nor");
    bool attach = tag_[p] == PosTag::IN && (w == "of" || w == "in" || w == "from");
    uint32_t q = p + 1;
    bool comma = tag_[p] == PosTag::Comma;
    if (comma && q < limit && tag_[q] == PosTag::CC) ++q;  // ", and"
    if ((joins || attach || comma) && q < limit && chunk_[q] == ChunkType::NP && verb_of_[q] < 0) {
      if (comma) {
        // A comma continues a list only when the list ends in a conjunction: "A, B and C".
        bool list = false;
        for (uint32_t k = p + 1; k < limit && !list; ++k) {
          PosTag t = tag_[k];
          if (t == PosTag::CC) list = true;
          else if (!(is_noun(t) || is_adjective(t) || t == PosTag::DT || t == PosTag::Comma || t == PosTag::POS)) break;
        }
        if (!list) break;
      }
      e = std::min(chunk_end_[q], limit - 1);
      continue;
    }
    break;
  }
  return {first, e};
}

TokenRange ClauseAnalyzer::subject_before(uint32_t pos) const {
  // Skip adverbs and a parenthetical between commas: "Serbia, the largest country, said".
  uint32_t p = pos;
  while (p > 0 && (tag_[p - 1] == PosTag::RB || tag_[p - 1] == PosTag::RBS || tag_[p - 1] == PosTag::RBR ||
                   chunk_[p - 1] == ChunkType::ADVP)) {
    --p;
  }
  if (p == 0) return {};
  // "Kosovo, which ..., on Monday criticized": a temporal phrase right after the closing comma.
  if (chunk_[p - 1] == ChunkType::NP && chunk_start_[p - 1] >= 2 && tag_[chunk_start_[p - 1] - 1] == PosTag::IN &&
      tag_[chunk_start_[p - 1] - 2] == PosTag::Comma) {
    const std::string_view w = lemma(chunk_start_[p - 1] - 1);
    if (w == "on" || w == "during" || w == "at") p = chunk_start_[p - 1] - 1;
  }
  if (tag_[p - 1] == PosTag::Comma) {
    uint32_t k = p - 1;
    while (k > 0 && tag_[k - 1] != PosTag::Comma) --k;
    if (k == 0) return {};
    // "Taliban militants stormed a base, killing 17 soldiers": what stands between two commas
    // with a verb of its own is a clause, not a parenthetical to reach over (a relative clause,
    // "Serbia, which attacked Kosovo, said", is looked at below).
    if (tag_[k] != PosTag::WP && tag_[k] != PosTag::WDT) {
      for (uint32_t t = k; t + 1 < p; ++t) {
        if (verb_of_[t] >= 0 && tag_[t] != PosTag::VBN && tag_[t] != PosTag::VBG) return {};
      }
    }
    p = k - 1;  // the opening comma
    // "Trump, who praised Indonesia, Singapore and Thailand, described Japan": a relative clause
    // with commas of its own opens further back, at ", who" with only its own verb in between.
    constexpr uint32_t kMaxReach = 40;
    for (uint32_t j = p; j-- > 1 && p - j <= kMaxReach;) {
      if (tag_[j] == PosTag::Period || tag_[j] == PosTag::Colon) break;
      if ((tag_[j] == PosTag::WP || tag_[j] == PosTag::WDT) && tag_[j - 1] == PosTag::Comma) {
        // Its own finite verb and no other ("who claims to be ...": one; "who praised X, said":
        // two, and the clause closed before "said").
        uint32_t finite = 0;  // verb groups that do not start with "to"
        for (uint32_t t = j + 1; t < p; ++t) {
          const bool starts_group = verb_of_[t] >= 0 && (t == j + 1 || verb_of_[t - 1] != verb_of_[t]);
          finite += starts_group && tag_[t] != PosTag::TO;
        }
        if (finite == 1) p = j - 1;
        break;
      }
    }
  }
  if (p == 0) return {};
  uint32_t last = p - 1;
  // "Serbia on Thursday said": skip a temporal prepositional phrase right before the verb.
  if (chunk_[last] == ChunkType::NP && chunk_start_[last] >= 2 && tag_[chunk_start_[last] - 1] == PosTag::IN) {
    uint32_t prep = chunk_start_[last] - 1;
    std::string_view w = lemma(prep);
    if ((w == "on" || w == "during" || w == "at") && chunk_[prep - 1] == ChunkType::NP) last = prep - 1;
  }
  TokenRange group = noun_group_ending_at(last);
  // "Protesters from Australia to India rallied": the end of a range of places is no subject;
  // the noun the range describes is.
  if (!group.empty() && group.first >= 4 && lemma(group.first - 1) == "to" && chunk_[group.first - 2] == ChunkType::NP) {
    uint32_t from = chunk_start_[group.first - 2];
    // "from Europe to Brazil to Egypt": back over the range's middle stops.
    while (from >= 3 && lemma(from - 1) == "to" && chunk_[from - 2] == ChunkType::NP) from = chunk_start_[from - 2];
    if (from >= 2 && tag_[from - 1] == PosTag::IN && lemma(from - 1) == "from" && chunk_[from - 2] == ChunkType::NP) {
      TokenRange head = noun_group_ending_at(from - 2);
      if (!head.empty()) return head;
    }
  }
  // "Rockets fired from Lebanon hit Israel": the noun group is the object of a preposition after a
  // participle that modifies the noun before it; that noun is the subject, not the place.
  if (!group.empty() && group.first >= 3 && tag_[group.first - 1] == PosTag::IN) {
    const uint32_t participle = group.first - 2;
    if (tag_[participle] == PosTag::VBN && chunk_[participle - 1] == ChunkType::NP && verb_of_[participle - 1] < 0) {
      TokenRange head = noun_group_ending_at(participle - 1);
      if (!head.empty()) return head;
    }
  }
  // "Hindus fleeing Pakistan clashed with Muslims": the noun group is the object of an -ing
  // participle that modifies the noun before it; that noun is the subject.
  if (!group.empty() && group.first >= 2 && tag_[group.first - 1] == PosTag::VBG &&
      chunk_[group.first - 2] == ChunkType::NP && verb_of_[group.first - 2] < 0) {
    TokenRange head = noun_group_ending_at(group.first - 2);
    if (!head.empty()) return head;
  }
  return group;
}

// The verb a "that" clause completes: right before it, or before a short prepositional phrase
// ("said on Friday that", "told reporters in Belgrade that"). -1 when there is none.
int ClauseAnalyzer::verb_before_that(uint32_t that) const {
  for (uint32_t k = that, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    uint32_t p = k - 1;
    if (verb_of_[p] >= 0) return verb_of_[p];
    if (chunk_[p] != ChunkType::NP && chunk_[p] != ChunkType::PP) return -1;
  }
  return -1;
}

void ClauseAnalyzer::find_subjects(ClauseStructure& out) {
  auto& vs = out.verbs;
  for (size_t v = 0; v < vs.size(); ++v) {
    VerbGroup& g = vs[v];
    uint32_t start = g.tokens.first;
    if (g.infinitive) {
      if (v > 0) {
        VerbGroup& up = vs[v - 1];
        g.parent = static_cast<int>(v - 1);
        g.link = ClauseLink::kInfinitive;
        TokenRange object;
        if (one_of(lemma(up.main), kObjectControlVerbs) && start > up.tokens.last + 1) {
          // "urged Kosovo (on Monday) to resume": the first noun group after the upper verb.
          uint32_t k = up.tokens.last + 1;
          while (k < start && chunk_[k] != ChunkType::NP) ++k;
          if (k < start) object = noun_group_starting_at(k, start);
        }
        if (!object.empty()) {
          g.subject = object;
        } else {
          g.subject = up.subject;
          g.subject_inherited = true;
        }
      }
      continue;
    }
    uint32_t p = start;
    while (p > 0 && (tag_[p - 1] == PosTag::RB || chunk_[p - 1] == ChunkType::ADVP)) --p;
    if (p > 0 && tag_[p - 1] == PosTag::CC && v > 0) {
      // "condemned the attack and promised aid": the verb before lends its subject.
      int up = static_cast<int>(v - 1);
      // "urged Kosovo to pay attention and take action": a bare infinitive after "and" continues
      // the infinitive before it, with its subject and what governs it.
      const bool continues_infinitive = tag_[g.main] == PosTag::VB && g.tokens.first == g.main &&
                                        (vs[up].link == ClauseLink::kInfinitive || vs[up].infinitive);
      // "France will send flights over Syria beginning Tuesday and is considering strikes": a
      // finite verb after "and" joins a finite clause, not a participle in between.
      const PosTag lead = tag_[g.tokens.first];
      const bool finite = lead == PosTag::VBZ || lead == PosTag::VBD || lead == PosTag::VBP || lead == PosTag::MD;
      while (!continues_infinitive && up > 0 &&
             (vs[up].link == ClauseLink::kInfinitive || vs[up].link == ClauseLink::kCoordinated ||
              (finite && vs[up].link == ClauseLink::kParticipial))) {
        --up;
      }
      g.parent = up;
      g.link = ClauseLink::kCoordinated;
      g.subject = vs[up].subject;
      g.subject_inherited = true;
      continue;
    }
    if (p > 0 && (tag_[p - 1] == PosTag::WDT || tag_[p - 1] == PosTag::WP)) {
      uint32_t q = p - 1;
      if (q > 0 && tag_[q - 1] == PosTag::Comma) --q;
      g.link = ClauseLink::kRelative;
      g.subject = q > 0 ? noun_group_ending_at(q - 1) : TokenRange{};
      g.subject_inherited = true;
      continue;
    }
    // "Serbia attacked the convoy, said the Kosovo police.": after a comma or a closing quote, a
    // reporting verb followed by a noun group that ends the sentence has that group as its subject.
    if (p > 0 && (tag_[p - 1] == PosTag::Comma || tag_[p - 1] == PosTag::CloseQuote) &&
        one_of(lemma(g.main), kReportingVerbs) && g.tokens.last + 1 < n_ && chunk_[g.tokens.last + 1] == ChunkType::NP) {
      TokenRange speaker = noun_group_starting_at(g.tokens.last + 1, n_);
      uint32_t after = speaker.empty() ? n_ : speaker.last + 1;
      if (!speaker.empty() && (after >= n_ || tag_[after] == PosTag::Period || tag_[after] == PosTag::Comma)) {
        g.subject = speaker;
        g.inverted = true;
        continue;
      }
    }
    g.subject = subject_before(start);
    // "attacked a base, capturing the checkpoint, killing dozens": a bare -ing verb after a comma
    // that follows another clause is a free adjunct of that clause, whatever noun stands before
    // the comma before it.
    if (v > 0 && p > 0 && tag_[p - 1] == PosTag::Comma && tag_[g.main] == PosTag::VBG && g.tokens.first == g.main &&
        vs[v - 1].tokens.last < p - 1) {
      g.subject = {};
    }
    if (g.subject.empty() && p == 0 && (tag_[g.main] == PosTag::VBN || tag_[g.main] == PosTag::VBG) &&
        g.tokens.first == g.main) {
      g.link = ClauseLink::kParticipial;
      continue;
    }
    // "responded by deploying troops", "retaliated after seizing": a gerund after a preposition
    // right behind the clause's verb phrase acts for that clause's subject, as a free adjunct does.
    const bool by_gerund = g.subject.empty() && v > 0 && p > 0 && tag_[g.main] == PosTag::VBG &&
                           g.tokens.first == g.main && tag_[p - 1] == PosTag::IN &&
                           (lemma(p - 1) == "by" || lemma(p - 1) == "after" || lemma(p - 1) == "before" ||
                            lemma(p - 1) == "while" || lemma(p - 1) == "without") &&
                           vs[v - 1].tokens.last < p - 1 && p - 1 - vs[v - 1].tokens.last <= 6;
    if (by_gerund || (g.subject.empty() && v > 0 && p > 0 && tag_[p - 1] == PosTag::Comma && tag_[g.main] == PosTag::VBG &&
        g.tokens.first == g.main && vs[v - 1].tokens.last < p - 1)) {
      // A free adjunct after a clause ("Serbia reacted forcefully, amassing troops"): the -ing verb
      // acts for the subject of the clause before the comma — the clause that governs it, past
      // infinitives, coordinated verbs, relative clauses and reported clauses ("Mueller said a
      // convoy was needed for the people who remain, urging the authorities": Mueller urges).
      int up = static_cast<int>(v - 1);
      while (up > 0 && (vs[up].link == ClauseLink::kInfinitive || vs[up].link == ClauseLink::kCoordinated ||
                        vs[up].link == ClauseLink::kRelative || vs[up].link == ClauseLink::kComplement)) {
        --up;
      }
      if (!vs[up].subject.empty()) {
        g.parent = up;
        g.link = ClauseLink::kCoordinated;
        g.subject = vs[up].subject;
        g.subject_inherited = true;
        continue;
      }
    }
    // What introduces the clause: a subordinator, "that", or the verb that reports it.
    uint32_t s = g.subject.empty() ? p : g.subject.first;
    if (s > 0) {
      uint32_t q = s - 1;
      std::string_view w = lemma(q);
      // A bare participle right after the object ("the parade supporting Kosovo", "memos sent/VBN
      // by Serbia", "memos sent/VBD by Serbia") is a reduced relative clause.
      // A past tense form there is a participle too unless the verb before reports or believes
      // ("said Kosovo attacked" but "welcomed assurances sent/VBD from Serbia").
      // ("said Kosovo attacked" but "welcomed assurances sent/VBD from Serbia"), or is a copula, or
      // the noun group before it is a list ("..., and the talks failed").
      std::string_view upper = verb_of_[q] >= 0 ? lemma(vs[static_cast<size_t>(verb_of_[q])].main) : std::string_view();
      bool reported = upper.empty() || one_of(upper, kReportingVerbs) || upper == "be" || upper == "have" ||
                      upper == "become" || upper == "remain" || upper == "seem";
      for (uint32_t k = g.subject.first; k <= g.subject.last && !g.subject.empty() && !reported; ++k) {
        reported = tag_[k] == PosTag::Comma;
      }
      bool participle = tag_[g.main] == PosTag::VBG || tag_[g.main] == PosTag::VBN ||
                        (tag_[g.main] == PosTag::VBD && ((g.main + 1 < n_ && lemma(g.main + 1) == "by") || !reported));
      bool bare = g.tokens.first == g.main ||
                  (g.tokens.first + 1 == g.main && lemma(g.tokens.first) == "being" && tag_[g.main] == PosTag::VBN);
      bool reduced_relative = participle && bare && !g.subject.empty() &&
                              chunk_[g.tokens.first - 1] == ChunkType::NP;
      // "expressed condolences to the families of the migrants found/VBD in a truck": a noun
      // group that a preposition governs is no subject; a bare past form after it describes it.
      // (Not after a reporting verb: "said talks between Serbia and Kosovo resumed".)
      bool object_of_preposition = false;
      if (bare && !g.subject.empty() && v > 0 && (tag_[g.main] == PosTag::VBD || tag_[g.main] == PosTag::VBN) &&
          (tag_[q] == PosTag::IN || tag_[q] == PosTag::TO) && !one_of(w, kSubordinators) && w != "that" && w != "as" &&
          w != "than" &&
          chunk_[q] != ChunkType::SBAR && vs[v - 1].tokens.last < q && !one_of(lemma(vs[v - 1].main), kReportingVerbs)) {
        object_of_preposition = true;
        for (uint32_t k = vs[v - 1].tokens.last + 1; k <= g.subject.last; ++k) {
          if (tag_[k] == PosTag::Comma || tag_[k] == PosTag::WDT || lemma(k) == "that") object_of_preposition = false;
        }
      }
      if ((reduced_relative && verb_of_[q] >= 0) || object_of_preposition) {
        g.link = ClauseLink::kParticipial;  // "boycotted the parade supporting Kosovo": not a reported clause
      } else if ((tag_[q] == PosTag::IN || tag_[q] == PosTag::WRB || chunk_[q] == ChunkType::SBAR) &&
                 one_of(w, kSubordinators)) {
        g.link = ClauseLink::kSubordinate;
        if (w == "if" || w == "unless") {
          g.hypothetical = true;
          g.modality = q;
        }
        // "when the UN calls for a ceasefire, ...": "when" with the present tense tells what
        // happens in general, not an event; "until it recognizes Israel", "once Serbia signs":
        // a condition, not yet met.
        const bool present = tag_[g.tokens.first] == PosTag::VBZ || tag_[g.tokens.first] == PosTag::VBP;
        if ((w == "when" || w == "whenever" || w == "until" || w == "once") && present) {
          g.hypothetical = true;
          g.modality = q;
        }
        // The clause depends on the closest verb before it.
        for (size_t u = v; u-- > 0;) {
          if (vs[u].tokens.last < q) {
            g.parent = static_cast<int>(u);
            break;
          }
        }
      } else if ((w == "that" && (tag_[q] == PosTag::IN || tag_[q] == PosTag::DT || tag_[q] == PosTag::WDT) &&
                  verb_before_that(q) >= 0) ||
                 verb_of_[q] >= 0) {
        g.link = ClauseLink::kComplement;
        g.parent = w == "that" ? verb_before_that(q) : verb_of_[q];
      } else if (tag_[g.main] == PosTag::VBG && g.tokens.first == g.main && !g.subject.empty() &&
                 g.subject.last + 1 == g.tokens.first) {
        g.link = ClauseLink::kParticipial;  // "the roads leading into ..."
      }
      // "people love the way he talks to them": a manner described, no act reported.
      if (w == "way" && q > 0 && lemma(q - 1) == "the" && tag_[q] == PosTag::NN) {
        g.hypothetical = true;
        g.modality = q;
      }
      // "allegations that Pakistan is supporting militants", "because of these perceptions that
      // the administration was trying to ...": what such a noun's clause says is not reported,
      // whether or not a verb governs the noun.
      if (w == "that" && q > 0 && (tag_[q - 1] == PosTag::NN || tag_[q - 1] == PosTag::NNS) &&
          one_of(lemma(q - 1), kUnassertedNouns)) {
        g.hypothetical = true;
        g.modality = q - 1;
      }
    }
  }
}

void ClauseAnalyzer::mark_negation_and_modality(ClauseStructure& out) {
  for (VerbGroup& g : out.verbs) {
    for (uint32_t k = g.tokens.first; k < g.main; ++k) {
      std::string_view l = lemma(k);
      if (tag_[k] == PosTag::RB && (l == "not" || l == "never" || l == "n't")) {
        if (g.negation == kNoToken) g.negation = k;
        g.negated = true;
      } else if (tag_[k] == PosTag::MD && g.modality == kNoToken && !one_of(lemma(k), kFutureModals) &&
                 !(lemma(k) == "would" && g.link == ClauseLink::kComplement)) {
        g.modality = k;
        g.hypothetical = true;
      } else if (tag_[k] == PosTag::MD && (one_of(lemma(k), kFutureModals) || lemma(k) == "would")) {
        g.future = true;  // "said he would return": what was announced, not yet done
      }
    }
    // "neither is the army supporting any party nor ...": "neither" before the group or its
    // inverted subject denies it.
    for (uint32_t k = g.tokens.first, steps = 0; k > 0 && steps < 6; --k, ++steps) {
      const std::string_view l = lemma(k - 1);
      if (l == "neither") {
        g.negated = true;
        if (g.negation == kNoToken) g.negation = k - 1;
        break;
      }
      if (tag_[k - 1] == PosTag::Comma || tag_[k - 1] == PosTag::Period || verb_of_[k - 1] >= 0) {
        if (!(verb_of_[k - 1] >= 0 && lemma(k - 1) == "be")) break;  // "neither is ... supporting"
      }
    }
    // "no longer" right before the group.
    if (g.tokens.first >= 2 && lemma(g.tokens.first - 1) == "longer" && lemma(g.tokens.first - 2) == "no") {
      g.negated = true;
      g.negation = g.tokens.first - 2;
    }
    if (g.passive && g.by_agent == kNoToken) {
      uint32_t k = g.tokens.last + 1;
      // "was opposed (earlier) by Serbia": the agent follows within a few words.
      for (uint32_t steps = 0; k < n_ && steps < 4 && verb_of_[k] < 0; ++k, ++steps) {
        if (tag_[k] == PosTag::IN && lemma(k) == "by") {
          g.by_agent = k;
          break;
        }
        if (tag_[k] == PosTag::Comma) break;
      }
    }
  }
  // Infinitives take negation and intention from the word that governs them.
  for (size_t v = 0; v < out.verbs.size(); ++v) {
    VerbGroup& g = out.verbs[v];
    if (g.link != ClauseLink::kInfinitive || g.parent < 0) continue;
    const VerbGroup& up = out.verbs[g.parent];
    std::string_view upper = lemma(up.main);
    // "is set to visit", "was scheduled to meet": planned, not yet done.
    if (up.passive && (upper == "set" || upper == "schedule" || upper == "slate")) g.future = true;
    // "Japan decided to ease sanctions": a government's decision is the act it decides, taken; like
    // an announced plan it may not have taken effect yet.
    if (upper == "decide" && !up.passive) g.future = true;
    // "urged Serbia to stop attacks": what is asked of someone has not happened.
    if (one_of(upper, kObjectControlVerbs) && !g.hypothetical) {
      g.hypothetical = true;
      g.modality = up.main;
    }
    if (one_of(upper, kNegatingVerbs)) {
      g.negated = true;
      g.negation = up.main;
    } else if (one_of(upper, kIntentionWords)) {
      g.hypothetical = true;
      g.modality = up.main;
    }
    // "is ready to", "was prepared to": an adjective between the verbs.
    uint32_t before = g.tokens.first > 0 ? g.tokens.first - 1 : 0;
    if (before > up.tokens.last && one_of(lemma(before), kIntentionWords)) {
      g.hypothetical = true;
      g.modality = before;
    }
    if (up.negated && !g.negated) {  // "did not agree to meet"
      g.negated = true;
      g.negation = up.negation;
    }
    if (up.hypothetical && !g.hypothetical) {
      g.hypothetical = true;
      g.modality = up.modality;
    }
  }
  // "hopes that the tribunal will uphold", "argued that the legislature gives", "denied that he
  // asked": what such verbs report has not happened, is contested, or is said not to have.
  for (VerbGroup& g : out.verbs) {
    if (g.parent < 0 || g.link != ClauseLink::kComplement) continue;
    const VerbGroup& up = out.verbs[static_cast<size_t>(g.parent)];
    if ((one_of(lemma(up.main), kUnrealisedReports) || one_of(lemma(up.main), kContestedReports)) && !g.hypothetical) {
      g.hypothetical = true;
      g.modality = up.main;
    } else if (one_of(lemma(up.main), kDenyingReports) && !up.negated && !g.negated) {
      g.negated = true;
      g.negation = up.main;
    }
  }
  // "for the purpose of apprehending", "in order to clear", "so as to stop": an aim, not yet done.
  for (VerbGroup& g : out.verbs) {
    if (g.hypothetical) continue;
    const uint32_t f = g.tokens.first;
    auto aim_before = [&](uint32_t k) {
      if (k < 1 || lemma(k) != "of") return false;
      const std::string_view noun = lemma(k - 1);
      return noun == "purpose" || noun == "aim" || noun == "goal" || noun == "intention" || noun == "hope";
    };
    // ... also the second of two gerunds ("the purpose of tracking and apprehending").
    const bool aim_of = tag_[f] == PosTag::VBG && f >= 2 &&
                        (aim_before(f - 1) || (f >= 4 && tag_[f - 1] == PosTag::CC && aim_before(f - 3)));
    const bool in_order = tag_[f] == PosTag::TO && f >= 1 && (lemma(f - 1) == "order" || lemma(f - 1) == "as") &&
                          f >= 2 && (lemma(f - 2) == "in" || lemma(f - 2) == "so");
    if (aim_of || in_order) {
      g.hypothetical = true;
      g.modality = f - 1;
    }
  }
  // A question asks whether something happens; it reports nothing ("Will Serbia recognise Kosovo?").
  if (n_ > 0 && doc_->token_text(doc_->tokens[first_ + n_ - 1]) == "?") {
    for (VerbGroup& g : out.verbs) {
      if (g.hypothetical) continue;
      g.hypothetical = true;
      g.modality = n_ - 1;
    }
  }
  // A clause under an "if" stays hypothetical down the chain, as does a modal clause's complement,
  // and so does what is coordinated
  // with an infinitive that was only asked for or intended, with the infinitives under it ("urged
  // the world to pay attention and take action to stop the attacks": no one stopped them).
  // Parents come before their clauses, so one pass in order carries it down.
  for (VerbGroup& g : out.verbs) {
    if (g.parent < 0 || g.hypothetical) continue;
    const VerbGroup& up = out.verbs[static_cast<size_t>(g.parent)];
    if (!up.hypothetical || up.modality == kNoToken) continue;
    const bool under_if = g.link == ClauseLink::kCoordinated && lemma(up.modality) == "if";
    const PosTag head = tag_[g.tokens.first];
    const bool non_finite = head == PosTag::VB || head == PosTag::VBG || head == PosTag::TO;
    const bool asked_for = (g.link == ClauseLink::kCoordinated && (up.link == ClauseLink::kInfinitive || non_finite)) ||
                           g.link == ClauseLink::kInfinitive;
    // "it may be that the prosecutor is negotiating", "it could be that ...": what only may be so
    // is not reported as so.
    const bool maybe_so = g.link == ClauseLink::kComplement && tag_[up.modality] == PosTag::MD && lemma(up.main) == "be";
    if (under_if || asked_for || maybe_so) {
      g.hypothetical = true;
      g.modality = up.modality;
    }
  }
}

void ClauseAnalyzer::find_windows(ClauseStructure& out) {
  auto& vs = out.verbs;
  const std::string_view text_of_doc = doc_->text;
  auto spaced = [&](const Token& t) {
    return t.span.begin > 0 && t.span.end < text_of_doc.size() && text_of_doc[t.span.begin - 1] == ' ' &&
           text_of_doc[t.span.end] == ' ';
  };
  for (size_t v = 0; v < vs.size(); ++v) {
    VerbGroup& g = vs[v];
    uint32_t end = n_;
    for (uint32_t k = g.tokens.last + 1; k < n_ && end == n_; ++k) {
      if ((tag_[k] == PosTag::IN || chunk_[k] == ChunkType::SBAR) && one_of(lemma(k), kSubordinators)) end = k;
      if (tag_[k] == PosTag::WDT || tag_[k] == PosTag::WP) end = k;
      if (tag_[k] == PosTag::Period) end = k;
      if (tag_[k] == PosTag::Colon) {  // ";" and ":" end the clause, a dash ("anti- Serbia") does not
        const Token& t = doc_->tokens[first_ + k];
        std::string_view text = doc_->token_text(t);
        if (text == ";" || text == ":") end = k;
        // ... but a dash with space on both sides before the sentence's last noun group does: a
        // headline's credit ("UN official urges attention to Syria - Xinhua").
        if ((text == "-" || text == "\u2013" || text == "\u2014") && spaced(t) && k + 1 < n_ &&
            chunk_[k + 1] == ChunkType::NP && (chunk_end_[k + 1] + 1 == n_ || tag_[chunk_end_[k + 1] + 1] == PosTag::Period)) {
          end = k;
        }
      }
    }
    for (size_t h = v + 1; h < vs.size(); ++h) {
      const VerbGroup& next = vs[h];
      if (next.tokens.first >= end) break;
      if (next.link == ClauseLink::kInfinitive) continue;  // "abandoned efforts to stop ... parade"
      if (next.link == ClauseLink::kParticipial) continue;
      uint32_t stop = next.tokens.first;
      if (next.link == ClauseLink::kComplement && next.parent == static_cast<int>(v)) {
        stop = next.tokens.first;  // "said Kosovo would": Kosovo may still be the target
      } else if (!next.subject_inherited && !next.subject.empty() && next.subject.first > g.tokens.last) {
        stop = next.subject.first;
        if (stop > 0 && tag_[stop - 1] == PosTag::Comma) --stop;
      } else if (next.link == ClauseLink::kCoordinated) {
        stop = next.tokens.first;
        while (stop > g.tokens.last + 1 && (tag_[stop - 1] == PosTag::CC || tag_[stop - 1] == PosTag::RB)) --stop;
      }
      end = std::min(end, stop);
      break;
    }
    g.window_end = end;
  }
}

}  // namespace faultline::coding
