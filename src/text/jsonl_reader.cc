// JSON Lines: one JSON object per line, {"id","date","source","url","title","text", ...}.
//
// Lines are parsed in place in the input window (simdjson needs only the padding the window keeps
// after it), so a line is copied once: its text, unescaped, into Document::text. A line longer than
// max_document_bytes is never held: it is read and dropped chunk by chunk until its newline.
#include <simdjson.h>

#include <cstring>
#include <string_view>

#include "text/dates.h"
#include "text/format_reader.h"
#include "text/utf8_check.h"

namespace faultline {
namespace {

namespace od = simdjson::ondemand;

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos; }

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// Which document field a JSON key fills; the first of several aliases present wins and the others
// are kept as extra fields.
enum class Field { kExtra, kId, kDate, kSource, kUrl, kTitle, kText };

Field field_of(std::string_view key) {
  if (key == "text" || key == "body" || key == "content") return Field::kText;
  if (key == "id") return Field::kId;
  if (key == "date" || key == "published" || key == "publication_date") return Field::kDate;
  if (key == "title") return Field::kTitle;
  if (key == "source") return Field::kSource;
  if (key == "url") return Field::kUrl;
  return Field::kExtra;
}

bool truncation_error(simdjson::error_code e) {
  return e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || e == simdjson::UNCLOSED_STRING ||
         e == simdjson::EMPTY;
}

class JsonlReader final : public FormatReader {
 public:
  explicit JsonlReader(ReaderInput in) : in_(std::move(in)) {
    in_.input->set_window_limit(in_.options->max_document_bytes + 1);
  }

  bool next(Document& doc) override {
    while (!done_) {
      std::string_view data = in_.input->data();
      const void* nl =
          scanned_ < data.size() ? std::memchr(data.data() + scanned_, '\n', data.size() - scanned_) : nullptr;
      if (!nl) {
        if (data.size() > in_.options->max_document_bytes) {
          drop_long_line();
          continue;
        }
        scanned_ = data.size();
        auto more = in_.input->fill();
        if (!more.ok()) {
          in_.issues->skip(where(), more.status());
          done_ = true;
          break;
        }
        if (*more) continue;
        done_ = true;  // the input ended; a last line without a newline is still a line
        data = in_.input->data();
        if (data.empty()) break;
        bool ok = parse_line(data, doc);
        in_.input->consume(data.size());
        if (ok) return true;
        break;
      }
      size_t len = static_cast<size_t>(static_cast<const char*>(nl) - data.data());
      if (len > in_.options->max_document_bytes) {  // whole in the window, but still too long
        drop_long_line();
        continue;
      }
      bool ok = parse_line(data.substr(0, len), doc);
      in_.input->consume(len + 1);
      ++line_;
      scanned_ = 0;
      if (ok) return true;
    }
    if (!any_line_ && !reported_empty_) {
      reported_empty_ = true;
      in_.issues->skip(in_.name.path, "empty", "no JSON lines in the file");
    }
    return false;
  }

 private:
  std::string where() const { return in_.name.path + ":" + std::to_string(line_); }

  // Reads past the current line without keeping it.
  void drop_long_line() {
    uint64_t start = in_.input->offset();
    uint64_t line = line_;
    for (;;) {
      std::string_view data = in_.input->data();
      const void* nl = std::memchr(data.data(), '\n', data.size());
      if (nl) {
        size_t len = static_cast<size_t>(static_cast<const char*>(nl) - data.data());
        in_.input->consume(len + 1);
        ++line_;
        break;
      }
      in_.input->consume(data.size());
      auto more = in_.input->fill();
      if (!more.ok() || !*more) {
        done_ = true;
        if (!more.ok()) in_.issues->skip(where(), more.status());
        break;
      }
    }
    scanned_ = 0;
    any_line_ = true;
    uint64_t length = in_.input->offset() - start - (done_ ? 0 : 1);
    in_.issues->skip(in_.name.path + ":" + std::to_string(line), "too large",
                     "line of " + std::to_string(length) + " bytes starting at byte offset " +
                         std::to_string(start) + "; the limit is " +
                         std::to_string(in_.options->max_document_bytes));
  }

  bool parse_line(std::string_view line, Document& doc) {
    uint64_t line_offset = in_.input->offset();
    if (line_ == 1) {
      size_t bom = utf8_bom_length(line);
      line.remove_prefix(bom);
      line_offset += bom;
    }
    if (is_blank(line)) return false;
    any_line_ = true;
    if (TextProblem p = find_text_problem(line)) {
      in_.issues->skip(where(), p.reason(), describe_text_problem(p, line, line_, line_offset));
      return false;
    }
    reset_document(doc);
    simdjson::error_code error = fill_document(line, doc);
    if (error != simdjson::SUCCESS) {
      in_.issues->skip(where(), truncation_error(error) ? "truncated JSON" : "invalid JSON",
                       std::string(simdjson::error_message(error)) + " (line starts at byte offset " +
                           std::to_string(line_offset) + ")");
      return false;
    }
    if (!has_text_) {
      in_.issues->skip(where(), "missing text", "no \"text\", \"body\" or \"content\" string field");
      return false;
    }
    if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
      in_.issues->skip(where(), "empty", "the text field is empty");
      return false;
    }
    if (std::memchr(doc.text.data(), 0, doc.text.size())) {
      in_.issues->skip(where(), "NUL byte", "the text field holds an escaped NUL (\\u0000)");
      return false;
    }
    if (doc.id.empty()) doc.id = in_.name.id_base + ":" + std::to_string(line_);
    doc.origin = where();
    return true;
  }

  simdjson::error_code fill_document(std::string_view line, Document& doc) {
    has_text_ = false;
    bool has_id = false, has_date = false, has_source = false, has_url = false, has_title = false;
    od::document json;
    simdjson::padded_string_view padded(line.data(), line.size(), line.size() + BufferedInput::kPadding);
    if (auto e = parser_.iterate(padded).get(json)) return e;
    od::object object;
    if (auto e = json.get_object().get(object)) return e;
    for (auto field : object) {
      std::string_view key;
      if (auto e = field.unescaped_key().get(key)) return e;
      od::value value;
      if (auto e = field.value().get(value)) return e;
      Field which = field_of(key);
      bool* seen = nullptr;
      std::string* target = nullptr;
      switch (which) {
        case Field::kId: seen = &has_id; target = &doc.id; break;
        case Field::kDate: seen = &has_date; target = &doc.date; break;
        case Field::kSource: seen = &has_source; target = &doc.source; break;
        case Field::kUrl: seen = &has_url; target = &doc.url; break;
        case Field::kTitle: seen = &has_title; target = &doc.title; break;
        case Field::kText: seen = &has_text_; target = &doc.text; break;
        case Field::kExtra: break;
      }
      od::json_type type;
      if (auto e = value.type().get(type)) return e;
      if (target && !*seen && type == od::json_type::string) {
        std::string_view s;
        if (auto e = value.get_string().get(s)) return e;
        target->assign(s);
        *seen = true;
        if (which == Field::kDate) doc.date = normalize_date(doc.date);
        continue;
      }
      if (target && !*seen && which != Field::kText &&
          (type == od::json_type::number || type == od::json_type::null)) {
        if (type == od::json_type::number) {  // numeric ids are common
          if (auto e = value.get_number().error()) return e;
          target->assign(trim_right(value.raw_json_token()));
        }
        *seen = true;
        continue;
      }
      std::string_view raw;
      if (auto e = raw_value(value, type).get(raw)) return e;
      doc.extra_fields.emplace_back(std::string(key), std::string(raw));
    }
    // After the whole object, the only place left is the end of the line.
    if (json.current_location().error() == simdjson::SUCCESS) return simdjson::TRAILING_CONTENT;
    return simdjson::SUCCESS;
  }

  static simdjson::simdjson_result<std::string_view> raw_value(od::value& value, od::json_type type) {
    if (type == od::json_type::object) {
      od::object o;
      if (auto e = value.get_object().get(o)) return e;
      std::string_view raw;
      if (auto e = o.raw_json().get(raw)) return e;
      return trim_right(raw);
    }
    if (type == od::json_type::array) {
      od::array a;
      if (auto e = value.get_array().get(a)) return e;
      std::string_view raw;
      if (auto e = a.raw_json().get(raw)) return e;
      return trim_right(raw);
    }
    std::string_view raw = value.raw_json_token();
    // Scalars must still be valid: raw_json_token() does not look at them.
    if (type == od::json_type::string) {
      std::string_view ignored;
      if (auto e = value.get_string().get(ignored)) return e;
    } else if (type == od::json_type::number) {
      if (auto e = value.get_number().error()) return e;
    } else if (type == od::json_type::boolean) {
      if (auto e = value.get_bool().error()) return e;
    } else if (type == od::json_type::null) {
      bool is_null = false;
      if (auto e = value.is_null().get(is_null)) return e;
      if (!is_null) return simdjson::INCORRECT_TYPE;
    }
    return trim_right(raw);
  }

  ReaderInput in_;
  od::parser parser_;
  uint64_t line_ = 1;
  size_t scanned_ = 0;  // bytes of the window already searched for a newline
  bool done_ = false;
  bool any_line_ = false;
  bool reported_empty_ = false;
  bool has_text_ = false;
};

}  // namespace

std::unique_ptr<FormatReader> make_jsonl_reader(ReaderInput in) {
  return std::make_unique<JsonlReader>(std::move(in));
}

}  // namespace faultline
