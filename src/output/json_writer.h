// A minimal streaming JSON writer that appends to a std::string.
//
// Why not nlohmann::json: building a DOM per token costs an allocation per value, and output is on
// the hot path of every command (hundreds of thousands of tokens per second). This writer appends
// straight into one reusable buffer. Input strings must be valid UTF-8 (readers guarantee it for
// document text); control characters are escaped, everything else is copied as is.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace faultline {

void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { separate(); out_.push_back('{'); first_ = true; return *this; }
  JsonWriter& end_object() { out_.push_back('}'); first_ = false; return *this; }
  JsonWriter& begin_array() { separate(); out_.push_back('['); first_ = true; return *this; }
  JsonWriter& end_array() { out_.push_back(']'); first_ = false; return *this; }

  JsonWriter& key(std::string_view k) {
    separate();
    append_json_string(out_, k);
    out_.push_back(':');
    first_ = true;  // the value that follows needs no comma
    return *this;
  }
  JsonWriter& value(std::string_view s) { separate(); append_json_string(out_, s); return *this; }
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(uint64_t n);
  JsonWriter& value(int64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(unsigned n) { return value(static_cast<uint64_t>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b) { separate(); out_.append(b ? "true" : "false"); return *this; }
  // Writes already-serialised JSON (e.g. an input field kept verbatim).
  JsonWriter& raw(std::string_view json) { separate(); out_.append(json); return *this; }

  template <typename T>
  JsonWriter& field(std::string_view k, const T& v) { key(k); return value(v); }

 private:
  void separate() {
    if (!first_) out_.push_back(',');
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

}  // namespace faultline
