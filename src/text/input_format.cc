#include "faultline/reader.h"

namespace faultline {

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kPetrarchXml: return "xml";
    case InputFormat::kFeed: return "feed";
  }
  return "auto";
}

Result<InputFormat> parse_input_format(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl, InputFormat::kHtml,
                        InputFormat::kPetrarchXml, InputFormat::kFeed}) {
    if (name == input_format_name(f)) return f;
  }
  return invalid_argument("unknown input format \"" + std::string(name) +
                          "\" (expected auto, text, jsonl, html, xml or feed)");
}

}  // namespace faultline
