// Plain text: the whole file is one document, kept byte for byte (offsets stay true to the file).
#include <string_view>

#include "text/format_reader.h"
#include "text/whole_input.h"

namespace faultline {
namespace {

constexpr size_t kMaxHeadlineBytes = 200;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// The first line, when it reads as a headline: short, ends without sentence punctuation, has a
// letter, and more text follows it.
std::string_view headline_of(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n\f\v");
  if (start == std::string_view::npos) return {};
  size_t nl = text.find('\n', start);
  if (nl == std::string_view::npos) return {};
  if (text.find_first_not_of(" \t\r\n\f\v", nl) == std::string_view::npos) return {};
  std::string_view line = trim(text.substr(start, nl - start));
  if (line.empty() || line.size() > kMaxHeadlineBytes) return {};
  char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?') return {};
  bool has_letter = false;
  for (char c : line) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      has_letter = true;
      break;
    }
  }
  return has_letter ? line : std::string_view();
}

class PlainTextReader final : public FormatReader {
 public:
  explicit PlainTextReader(ReaderInput in) : in_(std::move(in)) {}

  bool next(Document& doc) override {
    if (done_) return false;
    done_ = true;
    reset_document(doc);
    if (!read_whole_input(in_, doc.text)) return false;
    doc.id = in_.name.id_base;
    doc.origin = in_.name.path;
    doc.title = headline_of(doc.text);
    return true;
  }

 private:
  ReaderInput in_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<FormatReader> make_plain_text_reader(ReaderInput in) {
  return std::make_unique<PlainTextReader>(std::move(in));
}

}  // namespace faultline
