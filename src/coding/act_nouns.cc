#include "coding/act_nouns.h"

#include <algorithm>
#include <iterator>

namespace faultline::coding {
namespace {

// Sorted for binary search.
constexpr std::string_view kPatientActs[] = {
    "abduction",  "arrest",      "deportation", "detention", "disappearance", "dismissal",
    "execution",  "expulsion",   "extradition", "handover",  "imprisonment",  "ouster",
    "release",    "removal",     "resignation", "sale",      "sentencing",    "transfer",
};
constexpr std::string_view kRequests[] = {
    "appeal", "bid", "call", "clamour", "demand", "plea", "push", "request",
};

constexpr std::string_view kAuthoredActs[] = {
    "accusation", "action", "allegation", "announcement", "attack", "ban",
    "bombardment", "claim", "crackdown", "decision", "decree", "demand",
    "initiative", "intervention", "measure", "move", "offensive", "offer",
    "operation", "order", "plan", "policy", "proposal", "raid",
    "remark", "resolution", "ruling", "sanction", "statement", "strike",
    "threat", "ultimatum", "verdict", "veto", "warning",
};

static_assert(std::is_sorted(std::begin(kPatientActs), std::end(kPatientActs)));
static_assert(std::is_sorted(std::begin(kAuthoredActs), std::end(kAuthoredActs)));
static_assert(std::is_sorted(std::begin(kRequests), std::end(kRequests)));

}  // namespace

bool patient_act_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kPatientActs), std::end(kPatientActs), lemma);
}

bool request_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kRequests), std::end(kRequests), lemma);
}

bool authored_act_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kAuthoredActs), std::end(kAuthoredActs), lemma);
}

}  // namespace faultline::coding
