#include "knowledge/dictionary_model.h"

#include <iterator>

namespace faultline {

std::string SourceLocation::to_string() const {
  std::string out = file ? *file : std::string("?");
  out += ':';
  out += std::to_string(line);
  return out;
}

namespace {
template <typename T>
void move_append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  from.clear();
}
}  // namespace

void DictionarySet::append(DictionarySet&& other) {
  move_append(actors, other.actors);
  move_append(agents, other.agents);
  move_append(discards, other.discards);
  move_append(synsets, other.synsets);
  move_append(verb_blocks, other.verb_blocks);
  move_append(transformations, other.transformations);
}

}  // namespace faultline
