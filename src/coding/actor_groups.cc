#include "coding/actor_groups.h"

#include <algorithm>

#include "coding/act_nouns.h"
#include "coding/actor_spans.h"
#include "coding/topic_nouns.h"
#include "time/temporal_words.h"

namespace faultline::coding {
namespace {

struct Unit {
  int actor = -1;  // mention index
  uint32_t agents_begin = 0, agents_end = 0;  // into the agent list
  uint32_t first = kNoToken, last = 0;        // tokens of the mentions used (a bare member's nouns)
  bool modifier = false;
  bool bare = false;  // names no one itself: "goats" in "Kosovo's sheep and goats of Serbia"
  bool nobody = false;  // a role that names no party, nor lends its head to a modifier's actor
  int last_mention = -1;
};

// The token is part of a mention of an actor (not of an agent).
bool names_actor(const SentenceContext& ctx, uint32_t i) {
  const int m = ctx.mention_at[i];
  return m >= 0 && !ctx.mentions[static_cast<size_t>(m)].agent;
}

bool separates(const SentenceContext& ctx, uint32_t i, bool& attaches) {
  attaches = false;
  if (ctx.mention_at[i] >= 0) return false;
  PosTag t = ctx.tag(i);
  std::string_view w = ctx.lemma(i);
  if (t == PosTag::Comma) return true;
  if (t == PosTag::CC) {
    // "the awful and evil minister": a conjunction of adjectives is inside one actor — unless both
    // name actors ("Nigerian and British armed forces" are two).
    if (i > 0 && i + 1 < ctx.size && is_adjective(ctx.tag(i - 1)) && is_adjective(ctx.tag(i + 1)) &&
        !(names_actor(ctx, i - 1) && names_actor(ctx, i + 1))) {
      return false;
    }
    // ... also when the second adjective is tagged a noun ("awful and cool/NN minister"), inside the
    // one noun chunk the chunker saw.
    if (i > 0 && i + 2 < ctx.size && is_adjective(ctx.tag(i - 1)) && ctx.tag(i + 1) == PosTag::NN &&
        is_noun(ctx.tag(i + 2)) && ctx.token(i).chunk.type() == ChunkType::NP && !ctx.token(i).chunk.is_begin() &&
        ctx.token(i + 1).chunk.type() == ChunkType::NP && !ctx.token(i + 1).chunk.is_begin()) {
      return false;
    }
    return w == "and" || w == "or" || w == "nor" || w == "neither" || w == "both";
  }
  if (t == PosTag::IN && (w == "of" || w == "in" || w == "from")) {
    attaches = true;
    return true;
  }
  return false;
}

// "the Syrian crisis", "an al-Qaeda connection": the actor words that end at `last` only modify
// the noun that heads their phrase, a matter (coding/topic_nouns.h). A possessive keeps its owner
// ("Serbia's decision", "Vucic's remarks" are the party's own). Capitalised heads are left alone:
// an agency named after its country ("the U.S. Fish and Wildlife Service", "the Tokyo Stock
// Exchange") is the country's more often than a document or place named after one.
bool modifies_topic(const SentenceContext& ctx, TokenRange group, uint32_t last) {
  const uint32_t end = std::min(group.last + 1, ctx.size);
  uint32_t k = last + 1;
  if (k >= end || ctx.tag(k) == PosTag::POS) return false;
  std::string_view next = ctx.doc->form(ctx.token(k));
  if ((next == "\u2019" || next == "'") && k + 1 < end && ctx.lemma(k + 1) == "s") return false;  // "Iran ’ s"
  uint32_t head = kNoToken;
  for (; k < end; ++k) {
    PosTag t = ctx.tag(k);
    if (is_noun(t)) {
      head = k;
    } else if (t != PosTag::JJ && t != PosTag::JJR && t != PosTag::JJS) {
      break;
    }
  }
  if (head == kNoToken || ctx.mention_at[head] >= 0) return false;
  if (ctx.tag(head) != PosTag::NN && ctx.tag(head) != PosTag::NNS) return false;
  std::string_view lemma = ctx.lemma(head);
  char lower[24];
  if (lemma.size() > sizeof lower) return false;
  for (size_t i = 0; i < lemma.size(); ++i) {
    char c = lemma[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return topic_noun(std::string_view(lower, lemma.size()));
}

// The places, posts and vehicles a force or an office holds: a strike on one is a strike on it.
bool names_a_post(std::string_view lemma) {
  static constexpr std::string_view kPosts[] = {
      "aircraft", "airbase", "barrack", "barracks", "base", "boat", "checkpoint", "compound",
      "convoy", "facility", "garrison", "headquarters", "helicopter", "installation", "jet", "outpost",
      "patrol", "plane", "post", "premise", "premises", "ship", "station", "target", "tank",
      "truck", "vehicle", "vessel", "warship"};
  for (std::string_view p : kPosts) {
    if (lemma == p) return true;
  }
  return false;
}

// "military targets", "the government building", "the state capital", "a police complaint": a
// role noun that modifies a lower-case noun names no one when that noun is no one either. Nouns
// that look like people ("government activists", "army recruits", "police detainees") are left
// to name the role's people: the agent dictionaries cannot list every kind of person.
bool modifies_thing(const SentenceContext& ctx, TokenRange group, uint32_t last) {
  const uint32_t end = std::min(group.last + 1, ctx.size);
  uint32_t k = last + 1;
  if (k >= end || (ctx.tag(k) != PosTag::NN && ctx.tag(k) != PosTag::NNS)) return false;
  uint32_t head = kNoToken;
  for (; k < end && (ctx.tag(k) == PosTag::NN || ctx.tag(k) == PosTag::NNS); ++k) head = k;
  if (ctx.mention_at[head] >= 0) return false;
  std::string_view form = ctx.doc->form(ctx.token(head));
  if (form.empty() || form[0] < 'a' || form[0] > 'z') return false;
  // "condemned the Supreme Court decision": an act's modifier is its author, the party it is from.
  if (authored_act_noun(ctx.lemma(head))) return false;
  // "attacked an Afghan army base", "ambushed a police convoy": what the party holds and fights
  // from stands for it, as CAMEO codes a strike on a post as one on its force.
  if (names_a_post(ctx.lemma(head))) return false;
  return !looks_like_people(ctx.lemma(head));
}

// A message or paper that reports what others said: "Telegram 266 from Taipei reported".
bool names_a_message(std::string_view lemma) {
  for (std::string_view m : {"telegram", "cable", "memorandum", "memo", "despatch", "dispatch", "letter", "report"}) {
    if (same_word(lemma, m)) return true;
  }
  return false;
}

bool ends_in_s(std::string_view w) { return !w.empty() && (w.back() == 's' || w.back() == 'S'); }

// Appends agent to code unless the code already carries it ("USAGOV" + ~GOV stays "USAGOV").
void add_agent(const Knowledge& kb, const Agent& agent, std::string& code) {
  if (agent.code.empty()) return;
  if (code.size() > 3 && code.find(agent.code, 3) != std::string::npos) return;
  std::string out;
  Knowledge::apply_agent(code, agent, out);
  code = std::move(out);
  (void)kb;
}

// TABARI joins the members of a compound actor with '/' ("FRO/BIL/SAM"): one actor each.
void push_actor(std::string_view code, uint32_t first, uint32_t last, std::vector<ResolvedActor>& out) {
  size_t start = 0;
  for (;;) {
    size_t slash = code.find('/', start);
    std::string_view part = code.substr(start, slash == std::string_view::npos ? code.npos : slash - start);
    if (!part.empty()) out.push_back({std::string(part), first, last});
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
}

// "the Prince of Dol_Amroth": PETRARCH writes the words of a name with underscores in its texts as
// in its dictionaries, so a token joined by underscores is matched as its words. Such sentences are
// rare; they take this slower path, the others none of it.
bool find_mentions_in_joined_words(SentenceContext& ctx) {
  bool joined = false;
  for (uint32_t i = 0; i < ctx.size && !joined; ++i) {
    std::string_view form = ctx.doc->form(ctx.token(i));
    joined = form.size() > 2 && form.find('_') != std::string_view::npos;
  }
  if (!joined) return false;
  const Knowledge& kb = *ctx.knowledge;
  std::vector<WordId> parts;
  std::vector<uint32_t> token_of;  // per part
  std::vector<bool> starts;        // per part: the first part of its token
  for (uint32_t i = 0; i < ctx.size; ++i) {
    std::string_view form = ctx.doc->form(ctx.token(i));
    size_t underscore = form.find('_');
    if (form.size() <= 2 || underscore == std::string_view::npos) {
      parts.push_back(ctx.words[i]);
      token_of.push_back(i);
      starts.push_back(true);
      continue;
    }
    bool first = true;
    for (size_t b = 0; b <= form.size();) {
      size_t e = form.find('_', b);
      if (e == std::string_view::npos) e = form.size();
      if (e > b) {
        parts.push_back(kb.word(form.substr(b, e - b)));
        token_of.push_back(i);
        starts.push_back(first);
        first = false;
      }
      b = e + 1;
    }
  }
  std::span<const WordId> words(parts);
  for (size_t p = 0; p < parts.size();) {
    PhraseMatch actor = starts[p] ? kb.match_actor(words, p) : PhraseMatch{};
    PhraseMatch agent = starts[p] ? kb.match_agent(words, p) : PhraseMatch{};
    if (actor && kb.actor_code(actor.entry, ctx.date).empty()) actor = {};
    bool use_actor = actor && actor.length >= agent.length;
    size_t length = use_actor ? actor.length : agent.length;
    size_t end = p + length;  // one past the last part
    if (length == 0 || (end < parts.size() && !starts[end])) {  // a match must end with its token
      ++p;
      continue;
    }
    Mention m{token_of[p], token_of[end - 1], use_actor ? actor.entry : agent.entry, !use_actor};
    for (uint32_t k = m.first; k <= m.last; ++k) ctx.mention_at[k] = static_cast<int>(ctx.mentions.size());
    ctx.mentions.push_back(m);
    p = end;
  }
  return true;
}

}  // namespace

bool quantity_word(const SentenceContext& ctx, uint32_t k) {
  if (ctx.tag(k) == PosTag::CD) return true;
  const std::string_view w = ctx.lemma(k);
  for (std::string_view q : {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                             "score", "scores", "number", "handful", "couple", "group"}) {
    if (w == q) return true;
  }
  return false;
}

// A noun that looks like it names people: an agent-like ending ("-ist", "-er", "-ian" ...) or a
// word for a group of people.
// Nouns with a people-like ending that name things: those of news text to which WordNet gives no
// person or group sense ("agreement", "statement", "commitment", "equipment"), and a few whose such
// sense is rare in the news ("power", "order", "border": "seized power" takes no party).
constexpr std::string_view kThingsWithPeopleEndings[] = {
    "accident", "accomplishment", "achievement", "advancement", "agreement", "amendment", "anger",
    "anniversary", "announcement", "answer", "appointment", "argument", "arrangement", "assessment",
    "behavior", "bombardment", "border", "boundary", "center", "centre", "comment", "commentary", "commitment",
    "confinement", "consent", "content", "cover", "danger", "degree", "deployment", "development",
    "disagreement", "disarmament", "disaster", "document", "door", "element", "employment", "encounter",
    "endorsement", "enforcement", "engagement", "enrichment", "environment", "equipment", "error",
    "establishment", "event", "extent", "factor", "favor", "fever", "floor", "frontier", "gender", "guarantee",
    "harassment", "helicopter", "honor", "howitzer", "impeachment", "imprisonment", "improvement", "incident",
    "indictment", "instrument", "intent", "interceptor", "investment", "involvement", "judgement", "judgment",
    "launcher", "letter", "manner", "matter", "measurement", "merger", "mismanagement", "moment", "monument",
    "movement", "murder", "number", "offer", "order", "paper", "payment", "percent", "power", "quarter",
    "recruitment", "register", "requirement", "resentment", "restaurant", "retirement", "sanctuary", "sector",
    "sentiment", "settlement", "shelter", "shipment", "statement", "summary", "surrender", "theater",
    "tractor", "treatment", "turnover", "unemployment", "waiver", "warrant", "water", "website", "wonder",
};
static_assert(std::is_sorted(std::begin(kThingsWithPeopleEndings), std::end(kThingsWithPeopleEndings)));

bool looks_like_people(std::string_view lemma) {
  if (std::binary_search(std::begin(kThingsWithPeopleEndings), std::end(kThingsWithPeopleEndings), lemma)) return false;
  for (std::string_view suffix : {"ist", "er", "or", "ant", "ent", "man", "men", "ee", "ian", "ite", "ado", "ary"}) {
    if (lemma.size() > suffix.size() + 1 && lemma.ends_with(suffix)) return true;
  }
  for (std::string_view group : {"member", "side", "team", "group", "camp", "faction", "wing", "branch", "bloc",
                                 "delegation", "contingent", "unit", "majority", "crowd", "family", "youth", "elder",
                                 "head", "representative", "envoy", "staff", "personnel", "crew", "militia"}) {
    if (lemma == group) return true;
  }
  return false;
}

void find_mentions(SentenceContext& ctx) {
  ctx.mentions.clear();
  ctx.mention_at.assign(ctx.size, -1);
  if (find_mentions_in_joined_words(ctx)) return;
  const Knowledge& kb = *ctx.knowledge;
  std::span<const WordId> words(ctx.words);
  std::span<const WordId> lemmas(ctx.lemmas);
  for (uint32_t i = 0; i < ctx.size;) {
    PhraseMatch actor = kb.match_actor(words, i);
    PhraseMatch agent = kb.match_agent(words, i);
    // Irregular plurals ("men", "women") come from the lemmatizer; regular ones ("-s") are the
    // dictionary's to generate, and it declines to for some ("POLICE {}": no "polices").
    if (!agent && !ends_in_s(ctx.doc->form(ctx.token(i)))) agent = kb.match_agent(lemmas, i);
    // An actor with no code on this date is no actor here.
    if (actor && kb.actor_code(actor.entry, ctx.date).empty()) actor = {};
    if (!actor && !agent) {
      ++i;
      continue;
    }
    Mention m;
    if (actor && actor.length >= agent.length) {
      m = {i, i + actor.length - 1, actor.entry, false};
    } else if (agent.length == 1 && ctx.tag(i) == PosTag::JJ && i + 1 < ctx.size &&
               (ctx.tag(i + 1) == PosTag::NN || ctx.tag(i + 1) == PosTag::NNS) && !kb.match_agent(words, i + 1) &&
               !kb.match_agent(lemmas, i + 1) && !kb.match_actor(words, i + 1)) {
      // "an official statement", "civilian casualties": an agent word used as an adjective of a
      // noun that names no one is no party.
      ++i;
      continue;
    } else {
      m = {i, i + agent.length - 1, agent.entry, true};
    }
    for (uint32_t k = m.first; k <= m.last; ++k) ctx.mention_at[k] = static_cast<int>(ctx.mentions.size());
    ctx.mentions.push_back(m);
    i = m.last + 1;
  }
}

int first_mention_between(const SentenceContext& ctx, uint32_t from, uint32_t end) {
  for (uint32_t i = from; i < end && i < ctx.size; ++i) {
    if (ctx.mention_at[i] >= 0) return ctx.mention_at[i];
  }
  return -1;
}

void resolve_group(const SentenceContext& ctx, TokenRange group, std::vector<ResolvedActor>& out) {
  if (group.empty()) return;
  const Knowledge& kb = *ctx.knowledge;
  const size_t out_begin = out.size();
  Unit units[32];
  uint32_t agent_list[64];
  size_t unit_count = 0, agent_count = 0;
  bool modifiers = false;
  Unit current;
  current.agents_begin = 0;
  bool after_conjunction = false;
  auto close = [&] {
    current.agents_end = static_cast<uint32_t>(agent_count);
    current.modifier = modifiers;
    current.bare = current.actor < 0 && current.agents_end == current.agents_begin;
    // A member naming no one counts only after a conjunction ("sheep and goats of Gondor"), not as
    // the head a modifier hangs on ("the patron of Assad": Assad).
    bool member = !current.bare || (current.first != kNoToken && after_conjunction);
    if (member && unit_count < 32) units[unit_count++] = current;
    current = Unit{};
    current.agents_begin = static_cast<uint32_t>(agent_count);
  };
  for (uint32_t i = group.first; i <= group.last && i < ctx.size; ++i) {
    bool attaches = false;
    if (separates(ctx, i, attaches)) {
      close();
      if (attaches) modifiers = true;
      after_conjunction = !attaches && ctx.tag(i) == PosTag::CC;
      continue;
    }
    int m = ctx.mention_at[i];
    if (m < 0 && is_noun(ctx.tag(i)) && current.actor < 0 &&
        agent_count == current.agents_begin) {
      current.first = std::min(current.first, i);  // a bare noun: the unit's words, until a mention
      current.last = std::max(current.last, i);
    }
    if (m < 0 || ctx.mentions[m].first != i) continue;
    const Mention& mention = ctx.mentions[m];
    if (current.actor < 0 && agent_count == current.agents_begin) current.first = kNoToken;  // spans its mentions
    if (mention.agent) {
      if (agent_count < 64) agent_list[agent_count++] = mention.entry;
    } else if (current.actor < 0) {
      current.actor = m;
    } else {
      continue;  // a second actor in one noun phrase ("Serbian President Vucic"): the first decides
    }
    current.first = std::min(current.first, mention.first);
    current.last = std::max(current.last, mention.last);
    current.last_mention = m;
  }
  close();
  for (size_t u = 0; u < unit_count; ++u) {
    Unit& unit = units[u];
    const bool agent_last = unit.last_mention >= 0 && ctx.mentions[unit.last_mention].agent;
    // "Annan's wife", "the international community": a role that says "nobody" names no party.
    bool nobody = false;
    for (uint32_t a = unit.agents_begin; a < unit.agents_end; ++a) nobody |= kb.agent(agent_list[a]).code.empty();
    if (nobody || (unit.last_mention >= 0 &&
                   (agent_last ? modifies_thing(ctx, group, unit.last) : modifies_topic(ctx, group, unit.last)))) {
      unit.actor = -1;
      unit.agents_end = unit.agents_begin;
      unit.bare = true;  // its words stay its span, for a modifier's actor to take ("the crisis of Syria")
      unit.nobody = nobody;
    }
  }

  // "Serbian and Kosovo police officers", "Nigerian and British armed forces": a one-word actor
  // (an adjective, a name or a capital, tagged either way) joined to the next member by a
  // conjunction, with no noun of its own, shares that member's roles — Serbian police officers and
  // Kosovo police officers.
  for (size_t u = 0; u + 1 < unit_count; ++u) {
    Unit& unit = units[u];
    const Unit& next = units[u + 1];
    if (unit.modifier || next.modifier || unit.actor < 0 || unit.agents_end > unit.agents_begin) continue;
    if (next.actor < 0 || next.agents_end == next.agents_begin) continue;
    const Mention& own = ctx.mentions[static_cast<size_t>(unit.actor)];
    const Mention& theirs = ctx.mentions[static_cast<size_t>(next.actor)];
    const PosTag tag = ctx.tag(own.first);
    if (own.first != own.last || unit.last != own.last ||
        (tag != PosTag::JJ && tag != PosTag::NNP && tag != PosTag::NNPS)) {
      continue;
    }
    // Right after the conjunction, or after its article ("Japanese and the Australian armies").
    const bool next_to = own.last + 2 == theirs.first ||
                         (own.last + 3 == theirs.first && ctx.tag(own.last + 2) == PosTag::DT);
    if (!next_to || ctx.tag(own.last + 1) != PosTag::CC) continue;
    // The other member's roles come after its actor word ("Kosovo police officers"), not before it.
    if (ctx.mentions[static_cast<size_t>(next.last_mention)].first <= theirs.last) continue;
    unit.agents_begin = next.agents_begin;
    unit.agents_end = next.agents_end;
  }

  bool any_modifier_actor = false;
  for (size_t u = 0; u < unit_count; ++u) any_modifier_actor |= units[u].modifier && units[u].actor >= 0;
  bool any_head = false;
  for (size_t u = 0; u < unit_count; ++u) {
    const Unit& h = units[u];
    if (h.modifier) continue;
    any_head = true;
    if (h.actor >= 0) {
      size_t from = out.size();
      push_actor(ctx.actor_code(ctx.mentions[h.actor]), h.first, h.last, out);
      for (size_t r = from; r < out.size(); ++r) {
        for (uint32_t a = h.agents_begin; a < h.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
      }
      continue;
    }
    // "the daughter of a Canadian Air Force engineer", "the wife of the president": a relative
    // is no party, and not the party of whom they are a relative.
    if (h.nobody) continue;
    if (any_modifier_actor) {
      for (size_t v = u + 1; v < unit_count; ++v) {
        const Unit& mod = units[v];
        if (!mod.modifier || mod.actor < 0) continue;
        size_t from = out.size();
        push_actor(ctx.actor_code(ctx.mentions[mod.actor]), h.first, std::max(h.last, mod.last), out);
        for (size_t r = from; r < out.size(); ++r) {
          for (uint32_t a = mod.agents_begin; a < mod.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
          for (uint32_t a = h.agents_begin; a < h.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
        }
      }
      continue;
    }
    if (h.bare) continue;
    // "Danish media and government": the country before the first member's role nouns qualifies
    // the roles coordinated with them. After a determiner ("the Danish media and government") a
    // parser closes the first noun phrase before the conjunction, and PETRARCH leaves the second
    // role without a country.
    const Unit* shared = nullptr;
    for (size_t p = u; p-- > 0 && !shared;) {
      const Unit& q = units[p];
      if (q.modifier) break;
      if (q.actor >= 0) {
        uint32_t start = ctx.mentions[q.actor].first;
        bool determiner = start > group.first && ctx.tag(start - 1) == PosTag::DT;
        bool prefix = q.agents_end > q.agents_begin && ctx.mentions[q.actor].last < q.last && !determiner;
        if (prefix) shared = &q;
        break;
      }
    }
    if (shared) {
      size_t from = out.size();
      push_actor(kb.actor_code(ctx.mentions[shared->actor].entry, ctx.date), h.first, h.last, out);
      for (size_t r = from; r < out.size(); ++r) {
        for (uint32_t a = h.agents_begin; a < h.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
      }
      continue;
    }
    ResolvedActor r{"---", h.first, h.last};
    for (uint32_t a = h.agents_begin; a < h.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), r.code);
    out.push_back(std::move(r));
  }
  // "the population of Serbia": only the modifiers name anyone — when the head names people
  // ("members of", "supporters of", "thousands of"); "a copy of this memorandum", "the age of
  // Donald Trump", "the deterioration of the situation in Iraq" are things, and name no one.
  bool people_head = true;
  if (!any_head) {
    uint32_t head = kNoToken;
    for (uint32_t i = group.first; i <= group.last && i < ctx.size; ++i) {
      bool attaches = false;
      if (separates(ctx, i, attaches)) break;
      if (is_noun(ctx.tag(i))) head = i;
    }
    if (head != kNoToken && ctx.mention_at[head] < 0) {
      const PosTag t = ctx.tag(head);
      // A capitalised head is a name, unless it is a document's ("Telegram 266 from Taipei").
      people_head = ((t == PosTag::NNP || t == PosTag::NNPS) && !names_a_message(ctx.lemma(head))) ||
                    quantity_word(ctx, head) || looks_like_people(ctx.lemma(head));
    }
  }
  if (!any_head && people_head) {
    for (size_t u = 0; u < unit_count; ++u) {
      const Unit& mod = units[u];
      if (mod.actor < 0) continue;
      size_t from = out.size();
      push_actor(ctx.actor_code(ctx.mentions[mod.actor]), mod.first, mod.last, out);
      for (size_t r = from; r < out.size(); ++r) {
        for (uint32_t a = mod.agents_begin; a < mod.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
      }
    }
  }
  // "thousands of protesters", "dozens of Serbian soldiers": a quantity that heads the group
  // counts the people its "of" names.
  uint32_t count = group.first;
  while (count < group.last && ctx.tag(count) == PosTag::DT) ++count;
  if (out.size() == out_begin && unit_count >= 1 && units[0].modifier && count + 1 < ctx.size &&
      quantity_word(ctx, count) && ctx.lemma(count + 1) == "of") {
    for (size_t u = 0; u < unit_count; ++u) {  // "scores of soldiers and policemen": each member
      const Unit& mod = units[u];
      if (!mod.modifier || (mod.actor < 0 && mod.agents_end == mod.agents_begin)) continue;
      const uint32_t first = u == 0 ? count : mod.first;
      size_t from = out.size();
      if (mod.actor >= 0) push_actor(ctx.actor_code(ctx.mentions[mod.actor]), first, mod.last, out);
      else out.push_back({"---", first, mod.last});
      for (size_t r = from; r < out.size(); ++r) {
        for (uint32_t a = mod.agents_begin; a < mod.agents_end; ++a) add_agent(kb, kb.agent(agent_list[a]), out[r].code);
      }
      if (out.size() > from && out.back().code == "---") out.pop_back();  // names no role after all
    }
  }
  widen_to_noun_phrase(ctx, group, std::span<ResolvedActor>(out).subspan(out_begin));
}

}  // namespace faultline::coding
