#include "text/whole_input.h"

#include "text/utf8_check.h"

namespace faultline {

bool read_whole_input(ReaderInput& in, std::string& out) {
  const std::string& path = in.name.path;
  if (Status s = in.input->read_rest(out, in.options->max_document_bytes); !s.ok()) {
    in.issues->skip(path, s);
    return false;
  }
  size_t bom = utf8_bom_length(out);
  if (bom > 0) out.erase(0, bom);  // rare enough that moving the text once more does not matter
  if (out.empty()) {
    in.issues->skip(path, "empty", "the file has no content");
    return false;
  }
  if (out.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    in.issues->skip(path, "empty", "the file holds only whitespace");
    return false;
  }
  if (TextProblem p = find_text_problem(out)) {
    LineColumn lc = locate(out, p.offset);
    in.issues->skip(path + ":" + std::to_string(lc.line), p.reason(),
                    describe_text_problem(p, out, 1, bom));
    return false;
  }
  return true;
}

}  // namespace faultline
