#include "eval/eval_run.h"

#include <algorithm>

namespace faultline {

CoderOptions sentence_level_coder_options() { return {{"require_dyad", "false"}, {"new_actor_length", "4"}}; }

EvalResult run_eval(const GoldSet& gold, const Analyzer& analyzer, const CodeDocument& code,
                    const EvalRunOptions& options) {
  Document doc;
  std::vector<std::vector<std::string>> pretokenized(1);
  return evaluate(gold, [&](const GoldRecord& record) {
    doc = gold_document(gold, record);
    if (gold.format == GoldFormat::kRolesConll) {
      pretokenized[0].clear();
      for (const GoldToken& t : record.tokens) pretokenized[0].push_back(record.text.substr(t.span.begin, t.span.size()));
      analyzer.analyze_pretokenized(doc, pretokenized);
    } else {
      analyzer.analyze(doc);
    }
    std::vector<Event> events = code(record.options.empty() ? options.default_coder_options : record.options, doc);
    std::erase_if(events, [&](const Event& e) {
      return (e.negated && !options.include_negated) || (e.hypothetical && !options.include_hypothetical);
    });
    return events;
  });
}

}  // namespace faultline
