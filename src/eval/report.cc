#include "eval/report.h"

#include <cstdio>

#include "cameo/event_codes.h"

namespace faultline {
namespace {

void appendf(std::string& out, const char* format, auto... args) {
  char line[512];
  int n = std::snprintf(line, sizeof line, format, args...);
  if (n > 0) out.append(line, std::min(static_cast<size_t>(n), sizeof line - 1));
}

void metrics_header(std::string& out, const char* first_column) {
  appendf(out, "  %-22s %6s %6s %6s %9s %7s %7s\n", first_column, "gold", "pred", "match", "precision", "recall",
          "F1");
}

void metrics_row(std::string& out, const std::string& label, const Counts& c) {
  appendf(out, "  %-22s %6zu %6zu %6zu %9.3f %7.3f %7.3f\n", label.c_str(), c.gold(), c.predicted(), c.tp,
          c.precision(), c.recall(), c.f1());
}

std::string triple(const GoldEvent& e) {
  return "(" + (e.source.empty() ? std::string("-") : e.source) + ", " +
         (e.target.empty() ? std::string("-") : e.target) + ", " + e.code + ")";
}

void event_report(std::string& out, const EvalResult& r, const ReportOptions& options) {
  const EventScores& s = r.events;
  appendf(out, "exact match: %zu / %zu records (%.1f %%)\n", s.exact, s.records, 100.0 * s.exact_rate());
  appendf(out, "events (source, target, code): precision %.3f  recall %.3f  F1 %.3f  (%zu gold, %zu predicted, %zu matched)\n\n",
          s.triples.precision(), s.triples.recall(), s.triples.f1(), s.triples.gold(), s.triples.predicted(),
          s.triples.tp);
  out += "by root code:\n";
  metrics_header(out, "root");
  for (const auto& [root, counts] : s.by_root) {
    const CameoCode* c = find_cameo_code(root);
    std::string label = c ? root + " " + std::string(c->name) : root;
    if (label.size() > 22) label.resize(22);
    metrics_row(out, label, counts);
  }
  metrics_row(out, "all", s.triples);
  if (!r.by_category.empty()) {
    out += "\nby category:\n";
    appendf(out, "  %-22s %7s %6s %7s\n", "category", "records", "exact", "rate");
    for (const auto& [category, c] : r.by_category) {
      appendf(out, "  %-22s %7zu %6zu %6.1f%%\n", category.c_str(), c.records, c.exact,
              c.records ? 100.0 * static_cast<double>(c.exact) / static_cast<double>(c.records) : 0.0);
    }
  }
  if (options.max_mismatches > 0 && !r.mismatches.empty()) {
    appendf(out, "\nrecords not exactly right (%zu of %zu shown):\n",
            std::min(options.max_mismatches, r.mismatches.size()), r.mismatches.size());
    for (size_t i = 0; i < r.mismatches.size() && i < options.max_mismatches; ++i) {
      const RecordMismatch& m = r.mismatches[i];
      out += "  " + m.id + (m.error.empty() ? "" : " (expected error: " + m.error + ")") + "\n";
      std::string text = m.text;
      for (char& ch : text) {
        if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
      }
      if (text.size() > 150) text = text.substr(0, 147) + "...";
      out += "    text:     " + text + "\n";
      for (const GoldEvent& e : m.comparison.missing) out += "    missing:  " + triple(e) + "\n";
      for (const GoldEvent& e : m.comparison.spurious) out += "    spurious: " + triple(e) + "\n";
    }
  }
}

void penta_report(std::string& out, const EvalResult& r) {
  const PentaScores& s = r.penta;
  appendf(out, "PentaClass: accuracy %.3f (%zu / %zu sentences), macro-F1 %.3f; %zu sentences without an event\n\n",
          s.accuracy(), s.correct, s.sentences, s.macro_f1(), s.without_event);
  metrics_header(out, "class");
  for (int k = 0; k < 5; ++k) {
    metrics_row(out, std::to_string(k) + " " + std::string(penta_class_name(k)), s.by_class[static_cast<size_t>(k)]);
  }
}

void role_report(std::string& out, const EvalResult& r, const ReportOptions& options) {
  const RoleScores& s = r.roles;
  appendf(out, "actor roles, token level (%zu sentences, %zu tokens; R counts as source and target):\n\n", s.sentences,
          s.tokens);
  metrics_header(out, "role");
  metrics_row(out, "source", s.source);
  metrics_row(out, "target", s.target);
  metrics_row(out, "source + target", s.combined());
  if (options.max_mismatches > 0 && !r.role_mismatches.empty()) {
    appendf(out, "\nsentences not exactly right (%zu of %zu shown):\n",
            std::min(options.max_mismatches, r.role_mismatches.size()), r.role_mismatches.size());
    for (size_t i = 0; i < r.role_mismatches.size() && i < options.max_mismatches; ++i) {
      const RoleMismatch& m = r.role_mismatches[i];
      out += "  " + m.id + "\n    gold:      " + m.gold + "\n    predicted: " + m.predicted + "\n";
    }
  }
}

}  // namespace

std::string format_eval_report(const EvalResult& r, const ReportOptions& options) {
  std::string out;
  appendf(out, "gold: %s (%s, %zu records); %zu events predicted\n\n", r.gold_path.string().c_str(),
          gold_format_name(r.format), r.records, r.predicted_events);
  switch (r.format) {
    case GoldFormat::kPetrarchXml:
    case GoldFormat::kJsonl: event_report(out, r, options); break;
    case GoldFormat::kPentaTsv: penta_report(out, r); break;
    case GoldFormat::kRolesConll: role_report(out, r, options); break;
  }
  return out;
}

}  // namespace faultline
