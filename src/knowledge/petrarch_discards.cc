// PETRARCH2 discard lists: one phrase per line; a leading '+' discards the whole story (document)
// rather than the sentence; a trailing '_' requires the last word to end there (otherwise it is a
// stem: "BASEBALL" also discards "baseballs").
#include "knowledge/dictionary_lines.h"
#include "knowledge/petrarch_reader.h"

namespace faultline {

void read_petrarch_discards(std::string_view text, const FileName& file, DictionarySet& out, Diagnostics& diagnostics) {
  for_each_line(text, [&](uint32_t number, std::string_view raw) {
    std::string_view line = trim(strip_hash_comment(raw));
    if (line.empty() || is_petrarch_banner(line)) return;
    DiscardEntry entry;
    entry.where = {file, number};
    if (line.front() == '+') {
      entry.level = DiscardLevel::kDocument;
      line = trim(line.substr(1));
    }
    if (line.find_first_of("[]") != std::string_view::npos) {
      diagnostics.error(*file, number, cat("discard phrase ", std::string(line), " contains a code; discards have none"));
      return;
    }
    entry.last_word_is_stem = line.empty() || line.back() != '_';
    entry.phrase = split_phrase(line);
    if (entry.phrase.empty()) {
      diagnostics.error(*file, number, "'+' without a discard phrase");
      return;
    }
    out.discards.push_back(std::move(entry));
  });
}

}  // namespace faultline
