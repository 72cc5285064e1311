#include "nlp/pos_history_table.h"

namespace faultline {

PosHistoryTable::PosHistoryTable(const WeightTable& weights)
    : rows_(static_cast<size_t>(kValues) * kValues * kLanes, 0) {
  auto class_of = [](int index) { return index == kClasses ? kStartClass : index; };
  uint64_t keys[kPosHistoryFeatureCount];
  for (int p1 = 0; p1 < kValues; ++p1) {
    for (int p2 = 0; p2 < kValues; ++p2) {
      pos_history_features(class_of(p1), class_of(p2), keys);
      int32_t* row = rows_.data() + (static_cast<size_t>(p1) * kValues + static_cast<size_t>(p2)) * kLanes;
      for (uint64_t key : keys) weights.add_scores(key, row);
    }
  }
}

}  // namespace faultline
