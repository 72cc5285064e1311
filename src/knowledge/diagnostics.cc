#include "knowledge/diagnostics.h"

#include <utility>

namespace faultline {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::error(std::string_view file, uint32_t line, std::string message) {
  items_.push_back({Severity::kError, std::string(file), line, std::move(message)});
  ++errors_;
}

void Diagnostics::warning(std::string_view file, uint32_t line, std::string message) {
  items_.push_back({Severity::kWarning, std::string(file), line, std::move(message)});
}

std::string Diagnostics::summary() const {
  // Built by appending: gcc 12 warns falsely (-Wrestrict) on chains of operator+.
  std::string out;
  auto count = [&out](size_t n, const char* word) {
    out.append(std::to_string(n)).append(" ").append(word);
    if (n != 1) out += 's';
  };
  count(error_count(), "error");
  out += ", ";
  count(warning_count(), "warning");
  return out;
}

}  // namespace faultline
