#include "coding/event_fit.h"

#include <algorithm>
#include <array>

#include "coding/actor_groups.h"
#include "time/temporal_words.h"

namespace faultline::coding {
namespace {

bool names_a_document(std::string_view head) {
  for (std::string_view d : {"statute", "convention", "treaty", "charter", "protocol", "accord", "agreement",
                             "pact", "declaration", "memorandum", "covenant", "resolution", "deal"}) {
    if (same_word(head, d)) return true;
  }
  return false;
}

// An actor code with a private-life sector (civilians, media, labour, business, education, health,
// refugees, religion, a faith's believers ...) and no government, armed, legislative, judicial,
// party or international one: "---CVL", "ESPLAB", "KSVSRBCVL" (an ethnic group's code is neither).
bool private_people(std::string_view code) {
  if (code.size() <= 3 || code.starts_with("IGO") || code.starts_with("NGO")) return false;
  // ... and the faithful of a religion ("Hindus", "Muslims"), with CAMEO's religion codes.
  static constexpr std::array<std::string_view, 21> kPrivate = {
      "CVL", "MED", "LAB", "BUS", "EDU", "HLH", "REF", "AGR", "ENV", "DEV", "REL",
      "ELI", "CRM", "MUS", "HIN", "CHR", "JEW", "BUD", "SIK", "SHI", "SUN"};
  static constexpr std::array<std::string_view, 12> kPublic = {"GOV", "MIL", "COP", "JUD", "LEG", "REB",
                                                              "SEP", "INS", "UAF", "SPY", "PTY", "OPP"};
  bool private_sector = false;
  for (size_t k = 3; k + 3 <= code.size(); k += 3) {
    const std::string_view sector = code.substr(k, 3);
    if (std::find(kPublic.begin(), kPublic.end(), sector) != kPublic.end()) return false;
    private_sector |= std::find(kPrivate.begin(), kPrivate.end(), sector) != kPrivate.end();
  }
  return private_sector;
}

}  // namespace

void fit_code_and_actors(const SentenceContext& ctx, EventCode& code, std::vector<ResolvedActor>& sources,
                         std::vector<ResolvedActor>& targets) {
  if (std::string_view(code.primary).starts_with("01") && sources.size() == 1) {
    // "Bolton said he was pleased", "Hamas confirmed the clash between our fighters and ...": a
    // statement's pronoun that points back to the speaker's own side addresses no one.
    const std::string_view own = std::string_view(sources[0].code).substr(0, 3);
    std::erase_if(targets, [&](const ResolvedActor& t) {
      const PosTag first = ctx.tag(t.first);
      if (first != PosTag::PRP && first != PosTag::PRP_) return false;
      return t.code.starts_with("---") || (own != "---" && t.code.starts_with(own));
    });
  }
  if (std::string_view(code.primary).starts_with("01")) {
    // "Ma says China policies unchanged", "to deliberate upon Pakistan's India policy": a statement
    // or a deliberation on a policy addresses no one; the policy is its topic, and mostly the
    // speaker's own.
    std::erase_if(targets, [&](const ResolvedActor& t) {
      const std::string_view head = ctx.lemma(t.last);
      return same_word(head, "policy") || same_word(head, "stance") || same_word(head, "strategy");
    });
  }
  if (code.primary == "190" && !sources.empty() &&
      std::all_of(sources.begin(), sources.end(), [](const ResolvedActor& s) {
        return private_people(s.code) || std::string_view(s.code).substr(3) == "OPP";
      })) {
    // "Villagers clashed with government forces", "protesters attacked the police": civilians'
    // violence is a violent protest (145), not the use of military force.
    code = EventCode{"145", {}};
  }
  if (code.primary == "1711" && !targets.empty() && !sources.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](const ResolvedActor& t) {
        // The group ends in people: a role ("police officers") or a person-like noun ("a fish
        // breeder"); a country or place ("into Mordor") is no one seized.
        const int m = ctx.mention_at[t.last];
        if (m >= 0) return ctx.mentions[static_cast<size_t>(m)].agent && ctx.mentions[static_cast<size_t>(m)].last == t.last;
        return is_noun(ctx.tag(t.last)) && looks_like_people(ctx.lemma(t.last));
      })) {
    // "were seized by gunmen", "seized three police officers": people seized are abducted, or
    // arrested when the state seizes them, not confiscated property ("seized the documents of X"
    // ends in the property, and keeps 1711).
    const std::string_view own = std::string_view(sources[0].code);
    const bool state = own.find("COP") != std::string_view::npos || own.find("GOV") != std::string_view::npos ||
                       own.find("JUD") != std::string_view::npos || own.find("MIL") != std::string_view::npos ||
                       own.find("SPY") != std::string_view::npos;
    code = EventCode{state ? "173" : "181", {}};
  }
  if ((code.primary == "050" || code.primary == "030") && !sources.empty() && !targets.empty() &&
      std::all_of(sources.begin(), sources.end(), [](const ResolvedActor& a) { return a.code.ends_with("MIL"); }) &&
      std::all_of(targets.begin(), targets.end(), [](const ResolvedActor& a) { return a.code.ends_with("MIL"); })) {
    // "US troops worked with the Ugandan military": cooperation between armed forces is
    // military cooperation (062), or the intent of it (031).
    code = EventCode{code.primary == "050" ? "062" : "031", {}};
  }
  if (code.primary == "057") {
    // "signed the Rome Statute", "signed the 1951 Refugee Convention": the document signed is no
    // party to the agreement, whatever place or people it is named after.
    std::erase_if(targets, [&](const ResolvedActor& t) { return names_a_document(ctx.lemma(t.last)); });
  }
  if (code.primary == "042" || code.primary == "043") {
    // A visit is an official one: miners arriving in Madrid, voters going to the polls and
    // people travelling are no 042.
    std::erase_if(sources, [](const ResolvedActor& s) { return private_people(s.code); });
  }
}

}  // namespace faultline::coding
