#include <algorithm>
#include <vector>

#include "faultline/reader.h"

namespace faultline {

std::string ReadStats::summary() const {
  std::string s = "read " + std::to_string(documents_read) +
                  (documents_read == 1 ? " document" : " documents") + ", skipped " +
                  std::to_string(documents_skipped);
  if (skipped_by_reason.empty()) return s;
  // Most frequent reasons first: they are the ones worth fixing.
  std::vector<std::pair<std::string, size_t>> reasons(skipped_by_reason.begin(), skipped_by_reason.end());
  std::stable_sort(reasons.begin(), reasons.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  s += " (";
  for (size_t i = 0; i < reasons.size(); ++i) {
    if (i > 0) s += ", ";
    s += std::to_string(reasons[i].second) + " " + reasons[i].first;
  }
  return s + ")";
}

}  // namespace faultline
