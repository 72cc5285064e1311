// Problems found while reading dictionaries: each names its file:line and a reason. Reading goes
// on after a problem (the line is skipped or read as well as it can be), so one run reports all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace faultline {

enum class Severity : uint8_t {
  kWarning = 0,  // suspicious but usable (a code with no date bound after a dated one, ...)
  kError,        // the line could not be read as written and was skipped or truncated
};

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;
  uint32_t line = 0;
  std::string message;
  std::string to_string() const;  // "file:line: error: message"
};

class Diagnostics {
 public:
  void error(std::string_view file, uint32_t line, std::string message);
  void warning(std::string_view file, uint32_t line, std::string message);

  const std::vector<Diagnostic>& all() const { return items_; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return items_.size() - errors_; }
  bool has_errors() const { return errors_ > 0; }
  // "2 errors, 1 warning"
  std::string summary() const;

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
};

}  // namespace faultline
