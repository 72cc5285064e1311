#include "eval/event_scoring.h"

#include <algorithm>
#include <tuple>

namespace faultline {
namespace {

bool triple_less(const GoldEvent& a, const GoldEvent& b) {
  return std::tie(a.code, a.source, a.target) < std::tie(b.code, b.source, b.target);
}

std::vector<GoldEvent> as_set(std::vector<GoldEvent> events) {
  std::sort(events.begin(), events.end(), triple_less);
  events.erase(std::unique(events.begin(), events.end()), events.end());
  return events;
}

std::string root_of(const std::string& code) { return code.substr(0, std::min<size_t>(2, code.size())); }

}  // namespace

RecordComparison EventScorer::add(std::span<const GoldEvent> gold, std::span<const Event> predicted) {
  std::vector<GoldEvent> expected = as_set({gold.begin(), gold.end()});
  std::vector<GoldEvent> got;
  got.reserve(predicted.size());
  for (const Event& e : predicted) got.push_back(GoldEvent{e.source, e.target, e.code});
  got = as_set(std::move(got));

  RecordComparison result;
  std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::back_inserter(result.missing),
                      triple_less);
  std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::back_inserter(result.spurious),
                      triple_less);
  result.exact = result.missing.empty() && result.spurious.empty();

  size_t matched = expected.size() - result.missing.size();
  scores_.records++;
  if (result.exact) scores_.exact++;
  scores_.triples.tp += matched;
  scores_.triples.fn += result.missing.size();
  scores_.triples.fp += result.spurious.size();
  for (const GoldEvent& e : expected) {
    bool found = std::binary_search(got.begin(), got.end(), e, triple_less);
    Counts& c = scores_.by_root[root_of(e.code)];
    (found ? c.tp : c.fn)++;
  }
  for (const GoldEvent& e : result.spurious) scores_.by_root[root_of(e.code)].fp++;
  return result;
}

}  // namespace faultline
