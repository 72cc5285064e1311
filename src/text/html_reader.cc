// HTML: one article page per file.
#include "text/format_reader.h"
#include "text/html_text.h"
#include "text/whole_input.h"

namespace faultline {
namespace {

class HtmlReader final : public FormatReader {
 public:
  explicit HtmlReader(ReaderInput in) : in_(std::move(in)) {}

  bool next(Document& doc) override {
    if (done_) return false;
    done_ = true;
    reset_document(doc);
    if (!read_whole_input(in_, page_)) return false;
    extract_html_article(page_, article_);
    if (!article_.has_body) {
      in_.issues->skip(in_.name.path, "no body", "the page has no <body> and no content");
      return false;
    }
    if (article_.text.empty()) {
      in_.issues->skip(in_.name.path, "no text", "the page body holds no article text");
      return false;
    }
    doc.text = std::move(article_.text);
    doc.title = std::move(article_.title);
    doc.date = std::move(article_.date);
    doc.url = std::move(article_.url);
    doc.source = std::move(article_.source);
    doc.id = in_.name.id_base;
    doc.origin = in_.name.path;
    return true;
  }

 private:
  ReaderInput in_;
  std::string page_;
  HtmlArticle article_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<FormatReader> make_html_reader(ReaderInput in) {
  return std::make_unique<HtmlReader>(std::move(in));
}

}  // namespace faultline
