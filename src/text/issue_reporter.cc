#include "text/issue_reporter.h"

namespace faultline {

void IssueReporter::skip(std::string where, std::string reason, std::string detail) {
  ++stats_.documents_skipped;
  ++stats_.skipped_by_reason[reason];
  warn(std::move(where), std::move(reason), std::move(detail));
}

void IssueReporter::skip(std::string where, const Status& status) {
  const std::string& m = status.message();
  size_t colon = m.find(": ");
  if (colon == std::string::npos) {
    skip(std::move(where), status_code_name(status.code()), m);
  } else {
    skip(std::move(where), m.substr(0, colon), m.substr(colon + 2));
  }
}

void IssueReporter::warn(std::string where, std::string reason, std::string detail) {
  if (!handler_) return;
  handler_(ReadIssue{std::move(where), std::move(reason), std::move(detail)});
}

}  // namespace faultline
