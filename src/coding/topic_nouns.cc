#include "coding/topic_nouns.h"

#include <algorithm>
#include <iterator>

namespace faultline::coding {
namespace {

// Sorted for binary search.
constexpr std::string_view kTopicNouns[] = {
    "affair", "agenda", "aspiration", "budget", "case", "charter", "colony", "connection", "constitution",
    "context", "controversy", "crisis", "culture", "debate", "debt", "dilemma", "dispute",
    "economy", "election", "era", "fate", "future", "history", "identity", "independence",
    "individualism", "integrity", "interest", "involvement", "issue", "law", "legacy",
    "legislation", "link", "market", "matter", "nationalism", "perception", "politics", "problem",
    "process", "question", "referendum", "relation", "relationship", "situation", "society",
    "sovereignty", "stability", "status", "statute", "summit", "tension", "tie",
};

static_assert(std::is_sorted(std::begin(kTopicNouns), std::end(kTopicNouns)));

}  // namespace

bool topic_noun(std::string_view lemma) {
  return std::binary_search(std::begin(kTopicNouns), std::end(kTopicNouns), lemma);
}

}  // namespace faultline::coding
