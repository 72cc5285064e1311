// `faultline alerts`: the monitor's alerts (escalation jumps, mediators), newest first.
#include <cstdio>

#include "monitor/monitor.h"
#include "store/store.h"
#include "tools/faultline/commands.h"

namespace faultline::cli {
namespace {

struct AlertsOptions {
  std::string db = "faultline.db";
  std::string since;
  std::string actor;
  size_t limit = 50;
  bool rebuild = false;
  MonitorOptions monitor;
};

int run_alerts(const AlertsOptions& opt) {
  const char* me = "faultline alerts";
  auto db = open_store(opt.db, /*read_only=*/!opt.rebuild);
  if (!db.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, db.status().message().c_str());
    return 1;
  }
  if (opt.rebuild) {
    auto m = rebuild_monitor(**db, opt.monitor);
    if (!m.ok()) {
      std::fprintf(stderr, "%s: %s\n", me, m.status().message().c_str());
      return 1;
    }
  }
  auto q = (*db)->prepare(
      "SELECT day, kind, actor1, actor2, coalesce(mediator, ''), score, message, event_ids FROM alerts"
      " WHERE (?1 = '' OR day >= ?1) AND (?2 = '' OR actor1 = ?2 OR actor2 = ?2 OR mediator = ?2)"
      " ORDER BY day DESC, id LIMIT ?3");
  if (!q.ok()) {
    std::fprintf(stderr, "%s: %s\n", me, q.status().message().c_str());
    return 1;
  }
  q->push(opt.since).push(opt.actor).push(static_cast<int64_t>(opt.limit));
  size_t n = 0;
  while (q->step()) {
    ++n;
    std::printf("%.*s  %-10.*s  %.*s  events %.*s\n", static_cast<int>(q->text(0).size()), q->text(0).data(),
                static_cast<int>(q->text(1).size()), q->text(1).data(), static_cast<int>(q->text(6).size()),
                q->text(6).data(), static_cast<int>(q->text(7).size()), q->text(7).data());
  }
  if (!(*db)->ok()) {
    std::fprintf(stderr, "%s: %s\n", me, (*db)->status().message().c_str());
    return 1;
  }
  if (n == 0) std::fprintf(stderr, "%s: no alerts\n", me);
  return 0;
}

}  // namespace

void register_alerts(CommandRegistry& registry) {
  auto opt = std::make_shared<AlertsOptions>();
  CLI::App* app = registry.add("alerts", "Print the monitor's alerts: escalation jumps and mediators",
                               [opt] { return run_alerts(*opt); });
  app->add_option("--db", opt->db, "Store file")->capture_default_str();
  app->add_option("--since", opt->since, "Only alerts on or after this day (YYYY-MM-DD)");
  app->add_option("--actor", opt->actor, "Only alerts involving this country-level actor (SRB, IGOEUR)");
  app->add_option("-n,--limit", opt->limit, "At most this many alerts")->capture_default_str();
  app->add_flag("--rebuild", opt->rebuild, "Recompute the monitor first with the settings below");
  app->add_option("--window-days", opt->monitor.window_days, "Escalation window")->capture_default_str();
  app->add_option("--baseline-windows", opt->monitor.baseline_windows, "Windows in the baseline")->capture_default_str();
  app->add_option("--smoothing", opt->monitor.smoothing, "Smoothing under the square root")->capture_default_str();
  app->add_option("--threshold", opt->monitor.alert_threshold, "Escalation index that raises an alert")
      ->capture_default_str();
  app->add_option("--mediation-days", opt->monitor.mediation_days, "Mediation period")->capture_default_str();
}

}  // namespace faultline::cli
