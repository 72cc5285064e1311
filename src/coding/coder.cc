#include "coding/coder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

#include "cameo/event_codes.h"
#include "coding/act_nouns.h"
#include "coding/actor_groups.h"
#include "coding/announced_refusals.h"
#include "coding/document_actors.h"
#include "coding/event_fit.h"
#include "coding/force_threats.h"
#include "coding/nominal_events.h"
#include "coding/pattern_matcher.h"
#include "coding/pattern_prefilter.h"
#include "time/temporal_words.h"

namespace faultline {

using coding::kNoToken;
using coding::ResolvedActor;
using coding::TokenRange;
using coding::VerbGroup;

namespace {

bool reflexive_pronoun(std::string_view w) {
  for (std::string_view r : {"himself", "herself", "itself", "themselves", "ourselves", "yourselves", "myself", "yourself"}) {
    if (same_word(w, r)) return true;
  }
  return false;
}

// Widens `span` over `next` when only a coordinating conjunction or a list comma stands between
// them ("opposition politicians | and | activists"), and refreshes `text`.
void join_conjunct(const Document& doc, ByteSpan& span, std::string& text, ByteSpan next) {
  if (next.begin < span.end) return;
  std::string_view gap = doc.view(ByteSpan{span.end, next.begin});
  while (!gap.empty() && (gap.front() == ' ' || gap.front() == ',')) gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  if (gap != "and" && gap != "or" && gap != "as well as") return;
  span.end = next.end;
  text = std::string(doc.view(span));
}

}  // namespace

struct Coder::Impl final : coding::VerbLexicon {
  std::shared_ptr<const Knowledge> kb;
  CodingOptions options;
  coding::ClauseAnalyzer clauses;
  coding::ClauseStructure structure;
  coding::SentenceContext ctx;
  std::vector<ResolvedActor> sources, targets;
  std::vector<coding::NominalEvent> nominals;
  coding::DocumentActors document_actors;
  std::unique_ptr<coding::PatternPrefilter> prefilter;  // set with kb
  std::vector<uint32_t> verb_events;  // events each verb group of the sentence produced
  WordId us_word = kNoWord;           // "U.S.", for an all-capital "US"
  // How often the document has named each country (the first three letters of an actor code), in
  // the sentences coded so far: who "the border" faces when a report leaves it unnamed.
  std::vector<std::pair<std::string, uint32_t>> countries_named;
  std::string* explain = nullptr;
  std::string line;

  bool knows_verb(uint32_t token) const override {
    return static_cast<bool>(kb->match_verb(std::span<const WordId>(ctx.words), token, ctx.lemmas[token]));
  }
  void code_sentence(const Document& doc, uint32_t index, std::vector<Event>& out);
  void code_verb(const Document& doc, uint32_t sentence, size_t v, std::vector<Event>& out, size_t sentence_events);
  void code_nominal(const Document& doc, uint32_t sentence, const coding::NominalEvent& e, std::vector<Event>& out,
                    size_t sentence_events);
  TokenRange group_at(uint32_t token, uint32_t limit) const;
  TokenRange subject_of(const VerbGroup& g) const;
  // `party`: only a name or people ("local activists"), as a target must be; a source may be a
  // thing that acts ("the explosion killed ...").
  void new_actor(TokenRange group, std::vector<ResolvedActor>& out, bool party = false) const;
  void count_countries();
  bool reciprocal(const VerbGroup& g) const;
  bool in_place_phrase(uint32_t token) const;
  bool in_deployment_place(uint32_t token) const;
  // Token `token` is in the noun phrase (with its "of" attachments) of `preposition`.
  bool in_phrase_of(uint32_t token, std::string_view preposition) const;
  uint32_t act_object(uint32_t from, uint32_t end, bool& request) const;
  int past_act_object(uint32_t from, uint32_t end, int m) const;
  void border_counterpart(const VerbGroup& g, uint32_t verb_last);
  void emit(const Document& doc, uint32_t sentence, const VerbGroup& g, uint32_t verb_first, uint32_t verb_last,
            std::string_view code, std::string_view rule, bool negated, bool hypothetical, double confidence,
            std::vector<Event>& out, size_t sentence_events);

  // ---- --explain ----
  void say(std::string_view s) {
    if (explain) explain->append(s);
  }
  std::string tokens_text(uint32_t a, uint32_t b) const {
    if (a == kNoToken || a > b) return "";
    ByteSpan s = ctx.span(a, b);
    return std::string(ctx.doc->view(s));
  }
  void explain_sentence(const Document& doc, uint32_t index);
};

Coder::Coder(std::shared_ptr<const Knowledge> knowledge, CodingOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->kb = std::move(knowledge);
  impl_->options = options;
  impl_->us_word = impl_->kb->word("U.S.");
  impl_->prefilter = std::make_unique<coding::PatternPrefilter>(*impl_->kb);
}
Coder::~Coder() = default;
Coder::Coder(Coder&&) noexcept = default;
Coder& Coder::operator=(Coder&&) noexcept = default;
const Knowledge& Coder::knowledge() const { return *impl_->kb; }
const CodingOptions& Coder::options() const { return impl_->options; }
void Coder::set_options(const CodingOptions& options) { impl_->options = options; }

void Coder::code(const Document& doc, std::vector<Event>& out, std::string* explain) {
  Impl& m = *impl_;
  m.explain = explain;
  m.ctx.doc = &doc;
  m.ctx.knowledge = m.kb.get();
  m.ctx.clauses = &m.clauses;
  m.ctx.structure = &m.structure;
  m.ctx.date = date_key(doc.date);
  if (explain) {
    explain->append("=== document ").append(doc.id).append(" date ").append(doc.date).append("\n");
  }
  PhraseMatch story = m.kb->find_document_discard(doc);
  if (story) {
    if (explain) {
      Discard d = m.kb->discard(story.entry);
      explain->append("  document discarded: \"").append(d.phrase).append("\" (").append(d.rule).append(")\n");
    }
    return;
  }
  m.document_actors.clear();
  m.countries_named.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) m.code_sentence(doc, s, out);
}

void Coder::Impl::code_sentence(const Document& doc, uint32_t index, std::vector<Event>& out) {
  const Sentence& sentence = doc.sentences[index];
  if (explain) {
    explain->append("--- sentence ").append(std::to_string(index + 1)).append(": ");
    explain->append(doc.view(sentence.span)).append("\n");
  }
  PhraseMatch discard = kb->find_discard(doc, sentence.first_token, sentence.token_count);
  if (discard) {
    if (explain) {
      Discard d = kb->discard(discard.entry);
      explain->append("  sentence discarded: \"").append(d.phrase).append("\" (").append(d.rule).append(")\n");
    }
    return;
  }
  ctx.first = sentence.first_token;
  ctx.size = sentence.token_count;
  kb->token_words(doc, sentence.first_token, sentence.token_count, ctx.words);
  // Dictionary words ignore case, so "us" cannot name the United States there: "US" written in
  // capitals is "U.S." wherever the tagger reads a name. The tagger leaves the pronoun only in a
  // sentence written in capitals ("THEY TOLD US NOTHING"; nlp/pos_tagger.cc).
  if (us_word != kNoWord) {
    for (uint32_t i = 0; i < sentence.token_count; ++i) {
      const Token& t = doc.tokens[sentence.first_token + i];
      if (t.tag != PosTag::PRP && doc.form(t) == "US") ctx.words[i] = us_word;
    }
  }
  // Most lemmas are their form up to case: reuse the form's word instead of a second look-up.
  ctx.lemmas.resize(sentence.token_count);
  for (uint32_t i = 0; i < sentence.token_count; ++i) {
    const Token& t = doc.tokens[sentence.first_token + i];
    std::string_view form = doc.form(t);
    std::string_view lemma = t.lemma.length ? doc.lemma(t) : form;
    bool same = lemma.size() == form.size();
    for (size_t c = 0; same && c < lemma.size(); ++c) {
      char a = lemma[c], b = form[c];
      same = a == b || ((a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' && (a | 0x20) <= 'z');
    }
    ctx.lemmas[i] = same ? ctx.words[i] : kb->word(lemma);
  }
  ctx.synset_start.resize(sentence.token_count);
  for (uint32_t i = 0; i < sentence.token_count; ++i) {
    ctx.synset_start[i] = kb->may_begin_synset(ctx.words[i]) || kb->may_begin_synset(ctx.lemmas[i]);
  }
  prefilter->set_sentence(ctx.words, ctx.lemmas);
  clauses.analyze(doc, sentence, structure, this);
  coding::find_mentions(ctx);
  document_actors.prepare(ctx);
  if (explain) explain_sentence(doc, index);
  size_t sentence_events = out.size();
  verb_events.assign(structure.verbs.size(), 0);
  for (size_t v = 0; v < structure.verbs.size(); ++v) {
    size_t before = out.size();
    code_verb(doc, index, v, out, sentence_events);
    verb_events[v] = static_cast<uint32_t>(out.size() - before);
  }
  nominals.clear();
  coding::find_nominal_events(ctx, nominals);
  for (const coding::NominalEvent& e : nominals) code_nominal(doc, index, e, out, sentence_events);
  document_actors.remember(ctx);
  count_countries();
}

void Coder::Impl::count_countries() {
  for (const coding::Mention& m : ctx.mentions) {
    if (m.agent) continue;
    std::string_view code = ctx.actor_code(m);
    if (code.size() < 3 || code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("MNC") ||
        !std::all_of(code.begin(), code.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; })) {
      continue;
    }
    code = code.substr(0, 3);
    auto it = std::find_if(countries_named.begin(), countries_named.end(), [&](const auto& c) { return c.first == code; });
    if (it == countries_named.end()) countries_named.emplace_back(std::string(code), 1);
    else ++it->second;
  }
}

// "Serbia reacted, amassing troops along the border": a force posture toward a border faces the
// country on its other side. A border that names its sides ("the Gaza border", "the border with
// Kosovo", "the border between Serbia and Kosovo") faces the side that is not the source's; one that
// does not ("the border") faces the other side of the report's conflict — the country other than
// the source's that the document has named most so far, at least twice. Only for the force-posture
// codes (15x), where the counterpart is what the act means.
void Coder::Impl::border_counterpart(const VerbGroup& g, uint32_t verb_last) {
  if (sources.empty() || !targets.empty()) return;
  const std::string_view own = std::string_view(sources.front().code).substr(0, 3);
  auto other_side = [&](uint32_t from, uint32_t to) {
    for (int m = coding::first_mention_between(ctx, from, to); m >= 0;
         m = coding::first_mention_between(ctx, ctx.mentions[static_cast<size_t>(m)].last + 1, to)) {
      const coding::Mention& mention = ctx.mentions[static_cast<size_t>(m)];
      if (mention.agent) continue;
      std::string_view code = ctx.actor_code(mention);
      if (code.size() >= 3 && code.substr(0, 3) != own && code.substr(0, 3) != "---") return m;
    }
    return -1;
  };
  for (uint32_t k = verb_last + 1; k + 1 < g.window_end; ++k) {
    if (ctx.lemma(k) != "the") continue;
    uint32_t b = k + 1;
    while (b < g.window_end && b < k + 5 && ctx.lemma(b) != "border" && ctx.lemma(b) != "boundary" &&
           ctx.lemma(b) != "frontier") {
      ++b;
    }
    if (b >= g.window_end || b >= k + 5) continue;
    bool sides_named = b > k + 1;  // "the Gaza border", "the Syrian-Turkish border"
    int side = other_side(k + 1, b);
    if (b + 1 < ctx.size) {
      std::string_view next = ctx.lemma(b + 1);
      if (next == "with" || next == "of" || next == "between" || next == "to") {
        sides_named = true;
        if (side < 0) side = other_side(b + 2, std::min<uint32_t>(g.window_end, b + 10));
      }
    }
    if (side >= 0) {
      const coding::Mention& m = ctx.mentions[static_cast<size_t>(side)];
      coding::resolve_group(ctx, TokenRange{m.first, m.last}, targets);
      if (explain && !targets.empty()) explain->append("    the border faces ").append(targets.front().code).append("\n");
      return;
    }
    if (sides_named) return;
    const std::pair<std::string, uint32_t>* best = nullptr;
    bool tie = false;
    for (const auto& c : countries_named) {
      if (c.first == own || c.second < 2) continue;
      if (!best || c.second > best->second) {
        best = &c;
        tie = false;
      } else if (c.second == best->second) {
        tie = true;
      }
    }
    if (!best || tie) return;
    targets.push_back(ResolvedActor{best->first, k, k + 1});
    if (explain) explain->append("    the border faces ").append(best->first).append(", the document's counterpart\n");
    return;
  }
}

void Coder::Impl::code_nominal(const Document& doc, uint32_t sentence, const coding::NominalEvent& e,
                               std::vector<Event>& out, size_t sentence_events) {
  Verb verb = kb->verb(e.verb.verb);
  if (explain) {
    explain->append("  nominal \"").append(tokens_text(e.noun, e.noun)).append("\" = ").append(verb.name);
    explain->append(" [").append(verb.code.is_null() ? "---" : verb.code.primary).append("] (").append(verb.rule);
    explain->append(")\n");
  }
  if (verb.code.is_null()) return;
  sources.clear();
  targets.clear();
  coding::resolve_group(ctx, group_at(e.source, ctx.size), sources);
  coding::resolve_group(ctx, group_at(e.target, ctx.size), targets);
  if (sources.empty() || targets.empty()) {
    if (explain) explain->append("    no event: a nominal event needs both actors\n");
    return;
  }
  const VerbGroup none;
  emit(doc, sentence, none, e.noun, e.noun, verb.code.primary, verb.rule, false, false, 0.6, out, sentence_events);
}

// "Serbia said it would ...", "Kosovo warned that they ...": a personal pronoun subject of a
// reported, subordinate or coordinated clause stands for the subject of the clause above it.
TokenRange Coder::Impl::subject_of(const VerbGroup& g) const {
  const VerbGroup* c = &g;
  for (int hops = 0; hops < 4; ++hops) {
    const TokenRange& s = c->subject;
    if (s.empty() || s.first != s.last || ctx.token(s.first).tag != PosTag::PRP || c->parent < 0) return s;
    std::string_view w = ctx.lemma(s.first);
    if (w != "it" && w != "he" && w != "she" && w != "they" && w != "we") return s;
    if (c->link != coding::ClauseLink::kComplement && c->link != coding::ClauseLink::kSubordinate &&
        c->link != coding::ClauseLink::kCoordinated) {
      return s;
    }
    c = &structure.verbs[static_cast<size_t>(c->parent)];
  }
  return c->subject;
}

// A noun group no dictionary knows, short enough, becomes a new actor coded as its words in
// quotes ("\"MINISTRY OF MAGIC\""); possessive endings are left out of the words and the count.
void Coder::Impl::new_actor(TokenRange group, std::vector<ResolvedActor>& out, bool party) const {
  if (group.empty()) return;
  std::string code = "\"";
  int words = 0;
  bool noun = false;
  for (uint32_t k = group.first; k <= group.last; ++k) {
    PosTag t = ctx.tag(k);
    if (t == PosTag::POS) continue;
    if (t == PosTag::PRP || t == PosTag::WDT || t == PosTag::WP || t == PosTag::EX) return;
    noun |= is_noun(t);
    if (++words > options.new_actor_length) return;
    if (words > 1) code.push_back(' ');
    for (char c : ctx.doc->form(ctx.token(k))) code.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  if (!noun) return;
  // "on Monday", "today", "last week", "February 5": a time, not a participant.
  uint32_t head = group.last;
  auto number = [&](uint32_t k) {
    std::string_view f = ctx.doc->form(ctx.token(k));
    return ctx.tag(k) == PosTag::CD || (!f.empty() && f.front() >= '0' && f.front() <= '9');
  };
  while (head > group.first && (ctx.tag(head) == PosTag::POS || number(head))) --head;
  if (time_noun(ctx.doc->form(ctx.token(head)))) return;
  if (party) {
    // A target is a party: a name ("the Oromo Liberation Front") or people ("local activists"),
    // not a thing or matter the verb takes ("the dispute", "the move", "better pay").
    uint32_t noun_head = kNoToken;
    for (uint32_t k = group.first; k <= group.last && ctx.tag(k) != PosTag::IN; ++k) {
      if (is_noun(ctx.tag(k))) noun_head = k;
    }
    if (noun_head == kNoToken) return;
    // "an appeal for USD 88 million", "$ 120 billion of exports": an amount of money is no party.
    for (std::string_view money : {"$", "\u20ac", "\u00a3", "usd", "eur", "us$", "million", "billion", "dollar", "euro"}) {
      if (same_word(ctx.lemma(group.first), money) || same_word(ctx.lemma(noun_head), money)) return;
    }
    const PosTag t = ctx.tag(noun_head);
    if (t != PosTag::NNP && t != PosTag::NNPS && !coding::looks_like_people(ctx.lemma(noun_head))) return;
  }
  code.push_back('"');
  out.push_back(ResolvedActor{std::move(code), group.first, group.last});
}

// A mention inside a phrase of place: "in/at/near/inside/outside/across/throughout" + its noun
// phrase ("in the capital Jakarta"), where "in" is not part of a phrasal verb ("engage in").
bool Coder::Impl::in_deployment_place(uint32_t token) const {
  if (in_place_phrase(token)) return true;
  uint32_t start = clauses.in_noun_chunk(token) ? clauses.chunk_start(token) : token;
  if (start == 0) return false;
  std::string_view w = ctx.lemma(start - 1);
  return w == "to" || w == "into" || w == "over";
}

bool Coder::Impl::in_place_phrase(uint32_t token) const {
  // ... or of occasion: "said during Geo News' programme Report Card".
  static constexpr std::array<std::string_view, 8> kPlaces = {"in",      "at",     "near",       "inside",
                                                              "outside", "across", "throughout", "during"};
  return std::any_of(kPlaces.begin(), kPlaces.end(), [&](std::string_view p) { return in_phrase_of(token, p); });
}

bool Coder::Impl::in_phrase_of(uint32_t token, std::string_view preposition) const {
  uint32_t start = clauses.in_noun_chunk(token) ? clauses.chunk_start(token) : token;
  // Reach back over an attachment ("in the capital of Kosovo") to the phrase's own preposition.
  while (start >= 2 && (ctx.lemma(start - 1) == "of") && clauses.in_noun_chunk(start - 2)) {
    start = clauses.chunk_start(start - 2);
  }
  return start > 0 && ctx.tag(start - 1) == PosTag::IN && ctx.lemma(start - 1) == preposition;
}

// The head of the object that starts at `from` (or of the infinitive there) when it names an act
// done to someone or a request (coding/act_nouns.h): "requested (for) Godfrey's extradition",
// "criticized demands for ...", "promised to investigate the disappearance of ...".
// kNoToken otherwise; `request` tells which of the two.
uint32_t Coder::Impl::act_object(uint32_t from, uint32_t end, bool& request) const {
  uint32_t k = from;
  if (k < end && ctx.tag(k) == PosTag::IN && ctx.lemma(k) == "for") ++k;
  // "promised to re-investigate the disappearances of ...": the object of what is promised.
  if (k + 1 < end && ctx.tag(k) == PosTag::TO && ctx.tag(k + 1) == PosTag::VB) {
    k += 2;
    while (k < end && (ctx.tag(k) == PosTag::VB || ctx.tag(k) == PosTag::RB)) ++k;
  }
  if (k >= end || !clauses.in_noun_chunk(k)) return kNoToken;
  uint32_t head = clauses.chunk_end(k);
  // "Godfrey 's extradition": the possessive starts the chunk of what is owned.
  while (head + 1 < end && ctx.tag(head + 1) == PosTag::POS && clauses.in_noun_chunk(head + 1)) {
    head = clauses.chunk_end(head + 1);
  }
  if (head >= end) return kNoToken;
  const std::string_view form = ctx.doc->form(ctx.token(head));
  if (form.empty() || form[0] < 'a' || form[0] > 'z') return kNoToken;
  const std::string_view lemma = ctx.lemma(head);
  request = coding::request_noun(lemma);
  return request || coding::patient_act_noun(lemma) ? head : kNoToken;
}

// "requested Godfrey's extradition", "rejected the sale of the insurer to X", "criticized demands
// for the resignation of Assad": when the object is an act or a request, who is named in it takes
// part in it, and the verb is aimed at the act's doer, named with "by", or at the verb's own "with"
// counterpart ("negotiated the release with Serbian authorities"). Mention `m`, or the one the
// verb aims at instead, or -1.
int Coder::Impl::past_act_object(uint32_t from, uint32_t end, int m) const {
  bool request = false;
  const uint32_t act = act_object(from, end, request);
  if (act == kNoToken) return m;
  const uint32_t named = ctx.mentions[static_cast<size_t>(m)].first;
  // A request's "for" or "to" says what is asked ("requests to accommodate witnesses").
  const bool asked = act + 1 < end && (ctx.lemma(act + 1) == "for" || ctx.tag(act + 1) == PosTag::TO);
  if (request && !(named > act + 1 && asked)) return m;
  for (uint32_t k = act + 1; k + 1 < end; ++k) {
    if (ctx.tag(k) != PosTag::IN || (ctx.lemma(k) != "by" && ctx.lemma(k) != "with")) continue;
    if (const int doer = coding::first_mention_between(ctx, k + 1, std::min<uint32_t>(end, k + 6)); doer >= 0) return doer;
    break;
  }
  // "called for Sushchenko's release and on Russian authorities to ...": a phrase the verb takes
  // after the act, joined by "and", names its own party.
  for (uint32_t k = act + 1; k + 2 < end; ++k) {
    if (ctx.tag(k) != PosTag::CC || ctx.tag(k + 1) != PosTag::IN || ctx.lemma(k + 1) == "of") continue;
    if (const int after = coding::first_mention_between(ctx, k + 2, std::min<uint32_t>(end, k + 8)); after >= 0) {
      return after;
    }
  }
  return -1;
}

// Acts that take two sides whatever the verb: consultations, agreements, cooperation ("Albania and
// Kosovo began joint military exercises").
static bool mutual_act(std::string_view code) {
  return code == "040" || code == "041" || code == "044" || code == "046" || code == "057" || code.starts_with("06");
}

// Verbs whose compound subject acts on itself ("Serbia and Kosovo met / clashed / agreed"), unlike
// "Laos and Vietnam received the worst ranking" or "White House and hospital officials said".
bool Coder::Impl::reciprocal(const VerbGroup& g) const {
  if (g.main == kNoToken) return true;  // a nominal event ("talks between Serbia and Kosovo")
  static constexpr std::array<std::string_view, 30> kReciprocal = {
      "meet",      "talk",    "negotiate", "agree",    "clash",     "fight",   "cooperate", "sign",
      "discuss",   "hold",    "resume",    "reconcile", "consult",  "confer",  "trade",     "exchange",
      "normalize", "normalise", "settle",  "ally",      "battle",    "unite",   "collaborate", "partner",
      "reach",     "conclude", "resolve",   "restore",  "establish", "engage"};
  std::string_view lemma = ctx.lemma(g.main);
  if (std::find(kReciprocal.begin(), kReciprocal.end(), lemma) != kReciprocal.end()) return true;
  // "The United States and Sudan are upgrading diplomatic ties", "severed relations": ties are
  // between the two, whatever is done to them.
  for (uint32_t k = g.tokens.last + 1; k < g.window_end && k <= g.tokens.last + 3; ++k) {
    const PosTag t = ctx.tag(k);
    if (t == PosTag::NNS) {
      const std::string_view w = ctx.lemma(k);
      return w == "tie" || w == "relation";
    }
    if (t != PosTag::JJ && t != PosTag::DT && t != PosTag::PRP_) return false;
  }
  return false;
}

TokenRange Coder::Impl::group_at(uint32_t token, uint32_t limit) const {
  if (token == kNoToken) return {};
  if (clauses.in_noun_chunk(token)) {
    uint32_t start = clauses.chunk_start(token);
    // "dozens of Islamic State fighters": the group starts at the quantity its "of" follows.
    if (start >= 2 && ctx.lemma(start - 1) == "of" && clauses.in_noun_chunk(start - 2)) {
      const uint32_t count = start - 2;
      if (coding::quantity_word(ctx, count)) start = clauses.chunk_start(count);
    }
    TokenRange g = clauses.noun_group_starting_at(start, std::max(limit, token + 1));
    if (!g.empty()) return g;
  }
  const coding::Mention& m = ctx.mentions[ctx.mention_at[token]];
  return {m.first, m.last};
}

void Coder::Impl::code_verb(const Document& doc, uint32_t sentence, size_t v, std::vector<Event>& out,
                            size_t sentence_events) {
  const VerbGroup& g = structure.verbs[v];
  std::span<const WordId> words(ctx.words);
  VerbMatch vm = kb->match_verb(words, g.main, ctx.lemmas[g.main]);
  // "will not wire tap/NN": the verb of a multi-word verb ("WIRE_+TAP") the tagger took for a noun,
  // inside the verb phrase right after the word taken for the verb.
  uint32_t next = g.main + 1;
  if (!vm && next < ctx.size && !is_verb(ctx.tag(next)) && ctx.token(next).chunk.type() == ChunkType::VP &&
      !ctx.token(next).chunk.is_begin()) {
    VerbMatch compound = kb->match_verb(words, next, ctx.lemmas[next]);
    if (compound && compound.start <= g.main) vm = compound;
  }
  std::string_view main_lemma = ctx.lemma(g.main);
  if (!vm) {
    if (explain) explain->append("  verb \"").append(main_lemma).append("\": not in the verb dictionary\n");
    return;
  }
  Verb verb = kb->verb(vm.verb);
  uint32_t verb_first = std::min<uint32_t>(vm.start, g.main);
  uint32_t verb_last = std::max<uint32_t>(vm.start + vm.length - 1, g.main);
  if (g.particle != kNoToken && vm.start + vm.length - 1 < g.particle) verb_last = std::max(verb_last, g.main);
  uint32_t pre_begin = g.tokens.first;
  if (!g.subject.empty() && !g.subject_inherited && g.subject.first < g.tokens.first) pre_begin = g.subject.first;
  if (explain) {
    explain->append("  verb \"").append(tokens_text(verb_first, verb_last)).append("\" = ").append(verb.name);
    explain->append(" [").append(verb.code.is_null() ? "---" : verb.code.primary).append("] (").append(verb.rule);
    explain->append(")\n");
  }

  std::span<const Pattern> patterns = kb->patterns_for(vm.verb);
  const Pattern* best = nullptr;
  coding::PatternMatch best_match;
  // "indicated it would act", "was seen to break": a pattern may name the verb this clause reports
  // or completes, when its first word is that upper verb.
  // The upper verb's words and the adverbs between its subject and it ("unexpectedly won't try to
  // clash") may open such a pattern.
  const VerbGroup* upper = nullptr;
  uint32_t upper_begin = 0;
  if (g.parent >= 0 && (g.link == coding::ClauseLink::kComplement || g.link == coding::ClauseLink::kInfinitive)) {
    upper = &structure.verbs[static_cast<size_t>(g.parent)];
    if (upper->tokens.first >= pre_begin) upper = nullptr;
  }
  // The upper clause's subject may fill the pattern's slots ("+ HOSTING * TABASKI": "Mordor will be
  // hosting Osgiliath to celebrate Tabaski").
  uint32_t upper_slots_begin = 0;
  if (upper) {
    upper_begin = upper->tokens.first;
    while (upper_begin > 0 && ctx.tag(upper_begin - 1) == PosTag::RB && !upper->subject.contains(upper_begin - 1)) {
      --upper_begin;
    }
    upper_slots_begin = upper_begin;
    if (!upper->subject.empty() && !upper->subject_inherited && upper->subject.first < upper_begin) {
      upper_slots_begin = upper->subject.first;
    }
  }
  // Pattern words may lie in the clauses this verb reports ("allowed that Mordor isn't a
  // really pleasant place"): as in a parse tree, they belong to its verb phrase.
  uint32_t pattern_end = g.window_end;
  for (size_t c = v + 1; c < structure.verbs.size(); ++c) {
    const VerbGroup& child = structure.verbs[c];
    bool below = false;
    for (int up = child.parent; up >= 0 && static_cast<size_t>(up) >= v; up = structure.verbs[static_cast<size_t>(up)].parent) {
      const VerbGroup& link = structure.verbs[static_cast<size_t>(up)];
      if (static_cast<size_t>(up) == v) {
        below = true;
        break;
      }
      if (link.link != coding::ClauseLink::kComplement) break;
    }
    if (!below || child.link != coding::ClauseLink::kComplement) break;
    pattern_end = std::max(pattern_end, child.window_end);
  }
  bool best_across = false;
  for (const Pattern& p : patterns) {
    // Both tries need every word of the pattern in the sentence.
    const bool possible = prefilter->may_match(p);
    coding::PatternMatch m =
        possible ? coding::match_pattern(ctx, p, pre_begin, verb_first, verb_last, pattern_end) : coding::PatternMatch{};
    bool via_upper = false;
    if (possible && !m.matched && upper && !p.pre.empty()) {
      coding::PatternMatch across = coding::match_pattern(ctx, p, upper_slots_begin, verb_first, verb_last, g.window_end);
      // Its words must reach the upper verb, or, with no words before the verb, its slot must be the
      // upper clause's subject ("+ * IN $": "Gollum was seen to break in ...").
      bool words_reach = across.first >= upper_begin && across.first <= upper->tokens.last;
      uint32_t slot = across.target != kNoToken ? across.target : across.source;
      bool slot_is_subject = across.first >= verb_first && slot != kNoToken && upper->subject.contains(slot) &&
                             !upper->subject_inherited;
      if (across.matched && (words_reach || slot_is_subject)) {
        m = across;
        via_upper = true;
      }
    }
    if (explain) {
      explain->append("    pattern \"").append(p.text).append("\" [").append(p.code.primary).append("] ");
      explain->append(p.rule).append(m.matched ? ": matches, score " + std::to_string(m.score) + "\n" : ": no\n");
    }
    if (m.matched && (!best || m.score > best_match.score)) {
      best = &p;
      best_match = m;
      best_across = via_upper;
    }
  }
  // "X noted that + Y regretted": a pattern spanning the upper verb that makes this clause's
  // subject its target leaves the upper clause's subject as the source.
  bool upper_source = best && best_across && best_match.source == kNoToken && best_match.target != kNoToken &&
                      g.subject.contains(best_match.target);
  EventCode code = best ? best->code : verb.code;
  std::string_view rule = best ? best->rule : verb.rule;
  if (code.is_null()) {
    if (explain) explain->append("    -> null code (").append(rule).append("): no event\n");
    return;
  }
  // "will meet next week", "is due to visit": a consultation not yet held is an intent to meet.
  // A meeting both sides will hold ("X will meet Y next week") is both sides' intent, as a held
  // one is both sides' act; "X is ready to meet Y" (a pattern's 036) stays X's alone.
  if (g.future && code.primary.starts_with("04")) {
    code = EventCode{"036", code.paired == code.primary ? std::string_view("036") : std::string_view()};
  }

  // Who: pattern slots first, then the passive agent, then the clause's subject and objects.
  // Phrases that say where an act happened or whence it came, not whom it aims at: "met in
  // Brussels", "marched in the capital Jakarta", "said in Pristina", "urged calm in Mitrovica",
  // "reached an agreement in Brussels" (for statements, appeals, meetings, protests, agreements and
  // failures to agree; a pattern may still ask for such a phrase, and other
  // acts keep it: "fired at X", "detained two men in X"); "noted an official statement from London"
  // (a statement's "from"); "deployed troops to Uganda", "stationed in South Korea" (where forces go
  // is no adversary; the border a posture faces is found below when nothing else is named).
  const bool venue_acts = code.primary.starts_with("01") || code.primary.starts_with("02") ||
                          code.primary.starts_with("04") || code.primary.starts_with("14") || code.primary == "036" ||
                          code.primary == "057" || code.primary == "120";
  auto names_where = [&](uint32_t token) {
    return (venue_acts && in_place_phrase(token)) || (code.primary.starts_with("01") && in_phrase_of(token, "from")) ||
           (code.primary.starts_with("15") && in_deployment_place(token));
  };
  // A mention that is the last of the pattern's own words after the verb ("shared intelligence").
  auto ends_pattern = [&](const coding::Mention& mention) {
    return best && best_match.last > verb_last && mention.first <= best_match.last && best_match.last <= mention.last;
  };
  sources.clear();
  targets.clear();
  uint32_t n = ctx.size;
  bool by_agent = g.passive && g.by_agent != kNoToken && g.by_agent + 1 < n;
  TokenRange agent_group;
  if (by_agent) {
    int m = coding::first_mention_between(ctx, g.by_agent + 1, std::min<uint32_t>(g.window_end, g.by_agent + 8));
    if (m >= 0) agent_group = group_at(ctx.mentions[m].first, g.window_end);
    else by_agent = false;
  }
  // "Three officers were detained": the subject of a passive without its agent is acted upon.
  const bool agentless_passive = g.passive && !by_agent && !best;
  if (best && best_match.compound != kNoToken) {
    coding::resolve_group(ctx, group_at(best_match.compound, g.window_end), sources);
    targets = sources;
    if (best_match.compound > verb_last) {
      // "X agrees with % (Y and Z)": the subject acts on each member; without one the members
      // act on each other, as for a compound before the verb.
      std::vector<ResolvedActor> subject;
      coding::resolve_group(ctx, by_agent ? agent_group : subject_of(g), subject);
      if (!subject.empty()) sources = std::move(subject);
    }
  } else {
    if (best && best_match.source != kNoToken) coding::resolve_group(ctx, group_at(best_match.source, n), sources);
    else if (upper_source) coding::resolve_group(ctx, subject_of(*upper), sources);
    else if (by_agent) coding::resolve_group(ctx, agent_group, sources);
    else if (!agentless_passive) coding::resolve_group(ctx, subject_of(g), sources);

    if (best && best_match.target != kNoToken) {
      coding::resolve_group(ctx, group_at(best_match.target, n), targets);
    } else if (by_agent || agentless_passive) {
      coding::resolve_group(ctx, subject_of(g), targets);
    } else if (g.inverted) {
      // ", said the minister": what follows the verb is its speaker; it names no one spoken to.
    } else if (verb_last + 1 < n && reflexive_pronoun(ctx.doc->form(ctx.token(verb_last + 1)))) {
      // "People kill themselves to reach the U.S.", "defended itself": the act is on its own doer,
      // and an actor further on is another clause's.
      if (explain) explain->append("    -> acts on itself: no event\n");
      return;
    } else {
      uint32_t from = verb_last + 1;
      int m = coding::first_mention_between(ctx, from, g.window_end);
      // "North Korea fired two missiles, Seoul's military said, in a show of anger at a drill
      // between South Korea and the US": a comma right after the verb ends what it takes; an
      // adjunct follows, naming no one the act is aimed at.
      if (from < g.window_end && ctx.tag(from) == PosTag::Comma) m = -1;
      // "Lieberman said he expected a decision": a pronoun right after the verb that a finite verb
      // follows is the subject of what was said, most often the speaker again, not an addressee.
      if (m >= 0 && ctx.mentions[static_cast<size_t>(m)].first == from && ctx.tag(from) == PosTag::PRP &&
          from + 1 < ctx.size) {
        const PosTag after_pronoun = ctx.tag(from + 1);
        if (after_pronoun == PosTag::VBD || after_pronoun == PosTag::VBZ || after_pronoun == PosTag::VBP ||
            after_pronoun == PosTag::MD) {
          m = -1;
        }
      }
      // "shared raw intelligence with the Israeli government": a mention that is the pattern's own
      // last word is what the act is, not whom it is aimed at. (A posture's forces stay: "amassed
      // troops" gives the source its sector below. So do those a coercive act is done to: "outlawed
      // opposition parties", "arrested opposition members"; and those released: "freed 12 prisoners".)
      if (m >= 0 && ends_pattern(ctx.mentions[static_cast<size_t>(m)]) && !code.primary.starts_with("15") &&
          !code.primary.starts_with("17") && !code.primary.starts_with("084")) {
        m = coding::first_mention_between(ctx, ctx.mentions[static_cast<size_t>(m)].last + 1, g.window_end);
      }
      while (m >= 0 && names_where(ctx.mentions[static_cast<size_t>(m)].first)) {
        // Forces go somewhere, not against it; nothing further on is their target either.
        if (code.primary.starts_with("15")) {
          m = -1;
          break;
        }
        m = coding::first_mention_between(ctx, ctx.mentions[static_cast<size_t>(m)].last + 1, g.window_end);
      }
      // "received the delegation" hosts a visitor; "received pledges of support from workers" and
      // "received the worst ranking" host no one: the guest is the direct object's head itself.
      if (m >= 0 && code.primary == "043") {
        uint32_t k = from;
        while (k < g.window_end && !clauses.in_noun_chunk(k)) ++k;
        // The guest heads the object: its first noun chunk, or a list of them ("the envoys of the
        // EU and NATO"), not an attachment ("pledges of support from workers").
        const uint32_t head_end = k < g.window_end ? clauses.chunk_end(k) : 0;
        if (k != from || k >= g.window_end || ctx.mentions[static_cast<size_t>(m)].first > head_end) m = -1;
      }
      // "discussed Lebanon and Syria with Egypt's foreign minister": a consultation is with the
      // actor after "with"; what comes first is its topic.
      if (m >= 0 && code.primary.starts_with("04")) {
        bool with = false;
        for (uint32_t k = from; k + 1 < g.window_end; ++k) {
          if (ctx.tag(k) != PosTag::IN || ctx.lemma(k) != "with") continue;
          int w = coding::first_mention_between(ctx, k + 1, std::min<uint32_t>(g.window_end, k + 6));
          if (w >= 0 && w != m) m = w;
          with = true;
          break;
        }
        // "In his talks with Gheit, Annan discussed Lebanon": what is discussed is a topic; the
        // counterpart is the one "with" names, before the verb if not after it, else no one.
        if (!with && ctx.lemma(verb_first) == "discuss") {
          m = -1;
          const uint32_t before = g.subject.empty() ? verb_first : g.subject.first;
          for (uint32_t k = 0; k + 1 < before; ++k) {
            if (ctx.tag(k) != PosTag::IN || ctx.lemma(k) != "with") continue;
            m = coding::first_mention_between(ctx, k + 1, std::min<uint32_t>(before, k + 6));
            break;
          }
        }
      }
      if (m >= 0) m = past_act_object(from, g.window_end, m);
      // "Senior Cuban and U.S. officials will meet in Havana ... on migration from the island":
      // the members of a compound subject of a reciprocal verb act on each other; only an object
      // or a "with" names another party.
      if (m >= 0 && sources.size() >= 2 && reciprocal(g)) {
        const uint32_t named = ctx.mentions[static_cast<size_t>(m)].first;
        const bool object = clauses.in_noun_chunk(from) && named <= clauses.chunk_end(from);
        if (!object && !in_phrase_of(named, "with")) m = -1;
      }
      // "blamed a lack of fire escapes for the deaths of 75 people": what is blamed is the
      // object; a "for" phrase gives the reason, and who is named in it is no target. (Support
      // "for Palestinians" names whom it is for.)
      if (m >= 0 && code.primary.starts_with("11") && in_phrase_of(ctx.mentions[static_cast<size_t>(m)].first, "for")) {
        m = -1;
      }
      if (m >= 0) {
        uint32_t t = ctx.mentions[m].first;
        TokenRange tg = group_at(t, g.window_end);
        if (tg.first <= verb_last) tg.first = t;
        coding::resolve_group(ctx, tg, targets);
      }
    }
  }
  // "imposed a curfew in parts of Kashmir", "declared a state of siege Sunday in the province of
  // Alta Verapaz", "lifted the curfew in Amman": a curfew or an emergency is imposed on, or lifted
  // from, the place it covers — the "in" phrase right after it, not a party further on.
  const bool place_measure = code.primary == "1723" || code.primary == "1724" || code.primary == "0813" ||
                             code.primary == "0814";
  uint32_t measure_place = kNoToken;
  if (place_measure && !(best && best_match.target != kNoToken)) {
    for (uint32_t k = verb_last + 1; k + 1 < g.window_end && k <= verb_last + 8; ++k) {
      const PosTag t = ctx.tag(k);
      if (t == PosTag::Comma || is_verb(t) || t == PosTag::TO) break;
      if (t != PosTag::IN || ctx.lemma(k) == "of") continue;
      if (ctx.lemma(k) == "in" && clauses.in_noun_chunk(k + 1)) measure_place = k + 1;
      break;
    }
    if (measure_place != kNoToken) {
      targets.clear();
      const TokenRange place = clauses.noun_group_starting_at(measure_place, g.window_end);
      if (coding::first_mention_between(ctx, place.first, place.last + 1) >= 0) {
        coding::resolve_group(ctx, place, targets);
      } else if (options.new_actor_length > 0) {
        new_actor(place, targets, false);  // a place, not a party: "parts of Kashmir"
      }
    }
  }
  if (options.new_actor_length > 0 && !(best && best_match.compound != kNoToken) && measure_place == kNoToken) {
    if (sources.empty() && !(best && best_match.source != kNoToken) && !by_agent && !agentless_passive) {
      new_actor(subject_of(g), sources);
    }
    if (targets.empty() && agentless_passive && !(best && best_match.target != kNoToken)) {
      new_actor(subject_of(g), targets, true);
    }
    // "Trump and Putin agreed to share information on North Korea": the members of a compound
    // subject of a reciprocal verb act on each other (as above, where a known actor follows).
    const bool each_other = sources.size() >= 2 && (reciprocal(g) || mutual_act(code.primary));
    if (targets.empty() && !(best && best_match.target != kNoToken) && !by_agent && !agentless_passive && !g.inverted &&
        !each_other) {
      // "granted political asylum to Julian Assange": what the pattern's words name is the act; the
      // party is in what follows them.
      uint32_t after = verb_last + 1;
      if (best && best_match.last > verb_last && best_match.last + 1 < g.window_end) after = best_match.last + 1;
      for (uint32_t k = after; k < g.window_end; ++k) {
        if (clauses.in_noun_chunk(k)) {
          // "suspended military aid to Mali": a known actor found there is no new one (and is no
          // target where its phrase names a place: "noted a statement from Pristina").
          const TokenRange group = clauses.noun_group_starting_at(clauses.chunk_start(k), g.window_end);
          const int known = group.empty() ? -1 : coding::first_mention_between(ctx, group.first, group.last + 1);
          if (after > verb_last + 1 && known >= 0) {
            if (!names_where(ctx.mentions[static_cast<size_t>(known)].first)) coding::resolve_group(ctx, group, targets);
          } else {
            new_actor(group, targets, true);
          }
          break;
        }
      }
    }
  }
  coding::fit_code_and_actors(ctx, code, sources, targets);
  if (code.primary == "042" && g.passive && !by_agent) {
    // "General Cedras was flown to Panama", "was taken to Belgrade": someone carried somewhere
    // visits no one.
    if (explain) explain->append("    -> carried, not visiting: no event\n");
    return;
  }
  bool implied_target = false;
  if (std::string_view(code.primary).starts_with("15")) {
    // "Serbia amassed troops", "Kosovo deployed police units": forces a posture moves, naming no
    // country of their own, are the source's own forces — its sector, not the target.
    // So are forces of the source's own country ("the US sent US troops": USAMIL is no target).
    const std::string_view own = sources.size() == 1 ? std::string_view(sources[0].code).substr(0, 3) : "";
    bool own_forces = !targets.empty() && std::all_of(targets.begin(), targets.end(), [&](const ResolvedActor& t) {
      return t.code.size() > 3 && (t.code.starts_with("---") || (own.size() == 3 && own != "---" && t.code.starts_with(own)));
    });
    if (own_forces) {
      if (sources.size() == 1 && sources[0].code.size() == 3 && targets[0].code.starts_with("---")) {
        sources[0].code += targets[0].code.substr(3);
      }
      targets.clear();
    }
    // "mobilized troops for the war against Iraq": forces raised against someone face them.
    if (targets.empty()) {
      for (uint32_t k = verb_last + 1; k + 1 < g.window_end; ++k) {
        if (ctx.tag(k) != PosTag::IN || ctx.lemma(k) != "against") continue;
        const int m = coding::first_mention_between(ctx, k + 1, std::min<uint32_t>(g.window_end, k + 6));
        if (m >= 0) coding::resolve_group(ctx, group_at(ctx.mentions[static_cast<size_t>(m)].first, g.window_end), targets);
        break;
      }
    }
    if (targets.empty()) {
      border_counterpart(g, verb_last);
      implied_target = !targets.empty();
    }
  }
  // "Britain is deploying 300 troops to the UN mission in Mali", "offered to send troops to help the
  // Philippine army": forces that name no country, sent or offered by a country, are its own; the
  // act is aimed at where or whom they go to, named further on, if anyone.
  const std::string_view root = std::string_view(code.primary).substr(0, 2);
  if ((root == "03" || root == "06" || root == "07" || code.primary.starts_with("086")) && sources.size() == 1 &&
      !sources[0].code.starts_with("---") && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(),
                  [](const ResolvedActor& t) { return t.code == "---MIL" || t.code == "---COP" || t.code == "---SPY"; })) {
    const uint32_t after = targets.back().last + 1;
    targets.clear();
    for (int m = coding::first_mention_between(ctx, after, g.window_end); m >= 0;
         m = coding::first_mention_between(ctx, ctx.mentions[static_cast<size_t>(m)].last + 1, g.window_end)) {
      std::vector<ResolvedActor> found;
      coding::resolve_group(ctx, group_at(ctx.mentions[static_cast<size_t>(m)].first, g.window_end), found);
      std::erase_if(found, [&](const ResolvedActor& t) {
        return t.code.starts_with("---") || t.code.substr(0, 3) == std::string_view(sources[0].code).substr(0, 3);
      });
      if (!found.empty()) {
        targets = std::move(found);
        break;
      }
    }
  }
  // "sending troops to the UN peacekeeping force in South Sudan", "contribute to United Nations
  // peacekeeping operations in Syria": what is given to a peacekeeping mission is given for the
  // country it keeps the peace in.
  if ((root == "03" || root == "07" || root == "15") && targets.size() == 1) {
    const ResolvedActor& t = targets[0];
    bool peacekeeping = false;
    for (uint32_t j = t.first; j <= t.last + 2 && j < g.window_end; ++j) {
      peacekeeping |= ctx.lemma(j) == "peacekeeping" || ctx.lemma(j) == "peace-keeping";
    }
    uint32_t k = t.last + 1;  // past the rest of "peacekeeping operations"
    while (peacekeeping && k < g.window_end && k <= t.last + 3 && (is_noun(ctx.tag(k)) || ctx.tag(k) == PosTag::VBG)) {
      ++k;
    }
    if (peacekeeping && k + 1 < g.window_end && ctx.tag(k) == PosTag::IN && ctx.lemma(k) == "in" &&
        ctx.mention_at[k + 1] >= 0) {
      std::vector<ResolvedActor> place;
      coding::resolve_group(ctx, group_at(k + 1, g.window_end), place);
      if (place.size() == 1 && place[0].code.size() == 3 && place[0].code != "---") targets = std::move(place);
    }
  }
  // "Israel will not release the prisoners": an announced refusal is an act of its own (12x). Its
  // actors are those of the act refused, found above by that act's rules.
  bool refused = false;
  if (coding::announces_refusal(ctx, g) && !(best && best_match.covers(g.negation))) {
    const std::string_view refusal = coding::refusal_code(code.primary);
    if (!refusal.empty()) {
      code = EventCode{refusal, {}};
      refused = true;
    }
  }
  bool negated = g.negated && !refused && !(best && best_match.covers(g.negation));
  bool hypothetical = g.hypothetical && !(best && best_match.covers(g.modality));
  // "The company provides engineering services", "the YPG provides fighters for the PKK": in a
  // report's body (a headline's present tense is its past), a material act in the simple present
  // describes what someone habitually does, not an event.
  const PosTag lead = ctx.tag(g.tokens.first);
  if (code.primary.starts_with("07") && g.tokens.first == g.main && (lead == PosTag::VBZ || lead == PosTag::VBP) &&
      ctx.size > 0 && ctx.tag(ctx.size - 1) == PosTag::Period) {
    hypothetical = true;
  }
  double confidence = best ? 0.9 : 0.75;
  if (g.subject_inherited) confidence -= 0.1;
  if (g.link == coding::ClauseLink::kRelative || g.link == coding::ClauseLink::kParticipial) confidence -= 0.1;
  if (implied_target) confidence -= 0.15;
  if (explain) {
    explain->append("    -> code ").append(code.primary).append(" (").append(rule).append(")");
    if (negated) explain->append(" negated");
    if (hypothetical) explain->append(" hypothetical");
    explain->append("; sources:");
    for (auto& s : sources) explain->append(" ").append(s.code).append(" [").append(tokens_text(s.first, s.last)).append("]");
    explain->append("; targets:");
    for (auto& t : targets) explain->append(" ").append(t.code).append(" [").append(tokens_text(t.first, t.last)).append("]");
    explain->append("\n");
  }
  emit(doc, sentence, g, verb_first, verb_last, coding::threat_code(ctx, g, code.primary), rule, negated,
       hypothetical, confidence, out, sentence_events);
  if (!code.paired.empty() && code.paired != "---" && !targets.empty() && !sources.empty()) {
    // TABARI's paired code ("032:033"): the same act seen from the other side.
    std::swap(sources, targets);
    emit(doc, sentence, g, verb_first, verb_last, code.paired, rule, negated, hypothetical, confidence, out,
         sentence_events);
  }
}

void Coder::Impl::emit(const Document& doc, uint32_t sentence, const VerbGroup& g, uint32_t verb_first,
                       uint32_t verb_last, std::string_view code, std::string_view rule, bool negated,
                       bool hypothetical, double confidence, std::vector<Event>& out, size_t sentence_events) {
  // A one-sided event comes from a clause of its own, or from a clause below one that coded nothing:
  // an embedded clause's event is otherwise part of the event above it (as a parse tree nests it).
  bool monads = !options.require_dyad;
  if (monads && g.parent >= 0 && g.link != coding::ClauseLink::kCoordinated) {
    monads = static_cast<size_t>(g.parent) < verb_events.size() && verb_events[static_cast<size_t>(g.parent)] == 0;
  }
  auto add = [&](const ResolvedActor* s, const ResolvedActor* t) {
    std::string_view sc = s ? std::string_view(s->code) : std::string_view();
    std::string_view tc = t ? std::string_view(t->code) : std::string_view();
    if (s && t && sc == tc) return;
    const ByteSpan trigger = ctx.span(verb_first, verb_last);
    for (size_t e = sentence_events; e < out.size(); ++e) {
      Event& same = out[e];
      if (same.source != sc || same.target != tc || same.code != code) continue;
      // "released opposition politicians and activists": conjuncts that name the same actor make
      // one event, whose evidence is both of them.
      if (same.trigger == trigger) {
        if (s) join_conjunct(doc, same.source_span, same.source_text, ctx.span(s->first, s->last));
        if (t) join_conjunct(doc, same.target_span, same.target_text, ctx.span(t->first, t->last));
      }
      return;
    }
    Event ev;
    ev.doc = doc.id;
    ev.sentence = sentence + 1;
    ev.trigger = trigger;
    if (s) {
      ev.source = s->code;
      ev.source_span = ctx.span(s->first, s->last);
      ev.source_text = std::string(doc.view(ev.source_span));
    }
    if (t) {
      ev.target = t->code;
      ev.target_span = ctx.span(t->first, t->last);
      ev.target_text = std::string(doc.view(ev.target_span));
    }
    ev.code = std::string(code);
    if (!fill_derived(ev)) ev.root = ev.code.substr(0, 2);
    ev.date = ctx.date != kUnknownDate ? date_key_to_iso(ctx.date) : doc.date;
    ev.negated = negated;
    ev.hypothetical = hypothetical;
    ev.confidence = confidence;
    ev.rule = std::string(rule);
    if (explain) {
      explain->append("    EVENT ").append(sc.empty() ? "---" : sc).append(" ").append(tc.empty() ? "---" : tc);
      explain->append(" ").append(code).append("\n");
    }
    out.push_back(std::move(ev));
  };
  if (sources.empty()) {
    if (explain) explain->append("    no event: no source actor\n");
    if (!monads) return;
    for (const auto& t : targets) add(nullptr, &t);
    return;
  }
  if (targets.empty()) {
    if (sources.size() >= 2 && (reciprocal(g) || mutual_act(code))) {
      // "Serbia and Kosovo resumed talks": the members of a compound act on each other.
      for (const auto& s : sources) {
        for (const auto& t : sources) {
          if (&s != &t) add(&s, &t);
        }
      }
      return;
    }
    if (explain) explain->append("    no event: no target actor\n");
    if (!monads) return;
    for (const auto& s : sources) add(&s, nullptr);
    return;
  }
  for (const auto& s : sources) {
    for (const auto& t : targets) add(&s, &t);
  }
}

void Coder::Impl::explain_sentence(const Document& doc, uint32_t index) {
  (void)index;
  std::string& x = *explain;
  x.append("  tokens:");
  for (uint32_t i = 0; i < ctx.size; ++i) {
    const Token& t = ctx.token(i);
    x.append(" ").append(doc.token_text(t)).append("/").append(pos_tag_name(t.tag)).append("/");
    x.append(chunk_label_name(t.chunk));
  }
  x.append("\n  mentions:");
  for (const coding::Mention& m : ctx.mentions) {
    x.append(" [").append(tokens_text(m.first, m.last)).append("]=");
    if (m.agent) {
      Agent a = kb->agent(m.entry);
      x.append(a.placement == AgentPlacement::kSuffix ? "~" : "").append(a.code);
      x.append(a.placement == AgentPlacement::kPrefix ? "~" : "");
    } else {
      x.append(ctx.actor_code(m)).append(m.learned >= 0 ? "(learned)" : "");
    }
  }
  x.append("\n");
  for (size_t v = 0; v < structure.verbs.size(); ++v) {
    const VerbGroup& g = structure.verbs[v];
    x.append("  clause ").append(std::to_string(v)).append(": verb group [");
    x.append(tokens_text(g.tokens.first, g.tokens.last)).append("] main \"").append(ctx.lemma(g.main)).append("\" ");
    x.append(coding::clause_link_name(g.link));
    if (g.parent >= 0) x.append(" of ").append(std::to_string(g.parent));
    x.append(", subject [").append(tokens_text(g.subject.first, g.subject.last)).append("]");
    if (g.subject_inherited) x.append(" (inherited)");
    x.append(", after it [").append(tokens_text(g.tokens.last + 1, g.window_end == 0 ? 0 : g.window_end - 1));
    x.append("]");
    if (g.passive) x.append(" passive");
    if (g.negated) x.append(" negated by \"").append(ctx.lemma(g.negation)).append("\"");
    if (g.hypothetical) x.append(" hypothetical by \"").append(ctx.lemma(g.modality)).append("\"");
    x.append("\n");
  }
}

}  // namespace faultline
