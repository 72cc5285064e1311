// Evidence as the dashboard shows it: a sentence cut into parts, each plain or marked as the
// trigger, the source actor or the target actor, so a client highlights without converting UTF-8
// byte offsets itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "output/json_writer.h"

namespace faultline::api {

struct EvidenceSpans {
  int64_t sentence_start = 0;  // byte offset of the sentence in the document
  int64_t trigger_start = 0, trigger_end = 0;
  int64_t source_start = 0, source_end = 0;
  int64_t target_start = 0, target_end = 0;
};

// Writes the value of an "evidence" key: {"sentence": text, "parts": [{"text", "role"?}...]}, roles
// "trigger", "source", "target". Spans are document byte offsets; empty spans or spans outside the
// sentence are left out, and a span overlapping an earlier one is dropped rather than split.
void write_evidence(JsonWriter& w, std::string_view sentence, const EvidenceSpans& spans);

// True when every part of `json` is digits, commas, spaces and square brackets: a JSON array of ids.
bool is_id_array(std::string_view json);

}  // namespace faultline::api
