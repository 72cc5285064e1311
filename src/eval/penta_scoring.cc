#include "eval/penta_scoring.h"

#include "cameo/event_codes.h"

namespace faultline {
namespace {

// From the code rather than Event::penta, whose default 0 is also a valid class.
int penta_of_code(const std::string& code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return -1;
  return penta_class_of_root((code[0] - '0') * 10 + (code[1] - '0'));
}

}  // namespace

double PentaScores::macro_f1() const {
  double sum = 0;
  int classes = 0;
  for (const Counts& c : by_class) {
    if (c.tp + c.fp + c.fn == 0) continue;
    sum += c.f1();
    ++classes;
  }
  return classes == 0 ? 0.0 : sum / classes;
}

int predicted_penta(std::span<const Event> predicted) {
  int best_class = -1;
  double best_confidence = 0;
  for (const Event& e : predicted) {
    int penta = penta_of_code(e.code);
    if (penta < 0) continue;
    if (best_class < 0 || e.confidence > best_confidence) {
      best_class = penta;
      best_confidence = e.confidence;
    }
  }
  return best_class;
}

bool PentaScorer::add(int gold_class, std::span<const Event> predicted) {
  int p = predicted_penta(predicted);
  scores_.sentences++;
  if (p < 0) scores_.without_event++;
  if (gold_class < 0 || gold_class > 4) return false;
  if (p == gold_class) {
    scores_.correct++;
    scores_.by_class[static_cast<size_t>(gold_class)].tp++;
    return true;
  }
  scores_.by_class[static_cast<size_t>(gold_class)].fn++;
  if (p >= 0) scores_.by_class[static_cast<size_t>(p)].fp++;
  return false;
}

}  // namespace faultline
