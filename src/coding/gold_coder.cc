#include "coding/gold_coder.h"

#include <memory>
#include <string>

#include "coding/coder.h"

namespace faultline {

CodingOptions coding_options_for(const CoderOptions& record_options, Diagnostics& diagnostics) {
  CodingOptions options;
  for (const auto& [name, value] : record_options) {
    Status s = apply_coding_option(options, name, value);
    if (!s.ok()) diagnostics.warning("<Config>", 0, s.message());
  }
  return options;
}

Result<CodeDocument> make_gold_coder(const GoldDictionaries& dictionaries, Diagnostics& diagnostics) {
  if (dictionaries.empty()) {
    return invalid_argument("no dictionaries: name them (--verbs, --actors, --agents, --discards)");
  }
  KnowledgeFiles files;
  files.verbs = dictionaries.verbs.string();
  for (const auto& a : dictionaries.actors) files.actors.push_back(a.string());
  files.agents = dictionaries.agents.string();
  files.discards = dictionaries.discards.string();
  auto knowledge = load_knowledge(files, diagnostics);
  if (!knowledge.ok()) return knowledge.status();

  // std::function needs a copyable callable: the Coder and the memo of option sets are shared.
  struct State {
    Coder coder;
    CoderOptions last_options;
    explicit State(std::shared_ptr<const Knowledge> k) : coder(std::move(k)) {}
  };
  auto state = std::make_shared<State>(*knowledge);
  return CodeDocument([state](const CoderOptions& record_options, Document& doc) {
    if (record_options != state->last_options) {
      Diagnostics ignored;
      state->coder.set_options(coding_options_for(record_options, ignored));
      state->last_options = record_options;
    }
    std::vector<Event> events;
    state->coder.code(doc, events);
    return events;
  });
}

}  // namespace faultline
