// The crisis monitor: per-dyad and per-actor series, the escalation index, and alerts, rebuilt
// from a store's events (definitions in docs/store.md, "Monitor tables").
//
// Contract
// - rebuild_monitor() replaces dyad_days, actor_days, escalation and alerts in one transaction, from
//   the merged events that are neither negated nor hypothetical, at the country level
//   (source_root/target_root). It is deterministic: the same events give the same rows.
// - The settings used are recorded in meta (monitor.*).
#pragma once

#include "faultline/status.h"
#include "store/sqlite.h"

namespace faultline {

struct MonitorOptions {
  int window_days = 7;          // the current window of the escalation index
  int baseline_windows = 4;     // windows before it that make the baseline
  double smoothing = 10;        // Goldstein points added under the square root (damps quiet dyads)
  double alert_threshold = 3;   // index at which an escalation alert fires (on the rising edge)
  int mediation_days = 30;      // period in which a third party must approach both sides
};

struct MonitorCounts {
  size_t dyad_days = 0;
  size_t escalation_days = 0;
  size_t escalation_alerts = 0;
  size_t mediation_alerts = 0;
};

Result<MonitorCounts> rebuild_monitor(Database& db, const MonitorOptions& options = {});

}  // namespace faultline
