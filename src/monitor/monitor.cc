#include "monitor/monitor.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "faultline/temporal.h"

namespace faultline {
namespace {

constexpr const char* kCountable =
    "negated = 0 AND hypothetical = 0 AND source_root NOT IN ('', '---') AND target_root NOT IN ('', '---') AND date <> ''";

int day_number(std::string_view iso) {
  auto d = parse_publication_date(iso);
  return d ? static_cast<int>(std::chrono::sys_days(*d).time_since_epoch().count()) : 0;
}

std::string iso_of(int day) {
  return iso_day(std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day))));
}

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

using Dyad = std::pair<std::string, std::string>;  // first < second

Dyad undirected(std::string_view a, std::string_view b) {
  return a < b ? Dyad{std::string(a), std::string(b)} : Dyad{std::string(b), std::string(a)};
}

class Rebuild {
 public:
  Rebuild(Database& db, const MonitorOptions& options) : db_(db), o_(options) {}

  Result<MonitorCounts> run() {
    if (Status s = db_.exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Status s = series();
    if (s.ok()) s = escalation();
    if (s.ok()) s = mediation();
    if (s.ok()) s = record_settings();
    if (!s.ok()) {
      (void)db_.exec("ROLLBACK");
      return s;
    }
    if (Status c = db_.exec("COMMIT"); !c.ok()) return c;
    return counts_;
  }

 private:
  Status series() {
    std::string sql = std::string(
        "DELETE FROM dyad_days; DELETE FROM actor_days; DELETE FROM escalation; DELETE FROM alerts;"
        "INSERT INTO dyad_days SELECT source_root, target_root, date, count(*), sum(mentions),"
        " sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), sum(goldstein),"
        " sum(CASE WHEN quad >= 3 AND goldstein < 0 THEN -goldstein ELSE 0 END)"
        " FROM events WHERE ") + kCountable + " GROUP BY 1, 2, 3;"
        "INSERT INTO actor_days SELECT actor, day, count(*), sum(src), sum(tgt), sum(quad = 1), sum(quad = 2),"
        " sum(quad = 3), sum(quad = 4), sum(goldstein) FROM ("
        " SELECT source_root AS actor, date AS day, 1 AS src, 0 AS tgt, quad, goldstein FROM events WHERE " +
        kCountable +
        " UNION ALL SELECT target_root, date, 0, 1, quad, goldstein FROM events WHERE " + kCountable +
        " AND target_root <> source_root) GROUP BY actor, day;";
    if (Status s = db_.exec(sql); !s.ok()) return s;
    auto count = db_.prepare("SELECT count(*) FROM dyad_days");
    if (!count.ok()) return count.status();
    if (count->step()) counts_.dyad_days = static_cast<size_t>(count->int64(0));
    return Status();
  }

  Status escalation() {
    auto rows = db_.prepare(
        "SELECT min(source, target), max(source, target), day, sum(conflict) FROM dyad_days"
        " WHERE source <> target GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    auto insert = db_.prepare("INSERT INTO escalation VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto alert = db_.prepare(
        "INSERT INTO alerts(kind, day, actor1, actor2, mediator, value, baseline, score, message, event_ids)"
        " VALUES ('escalation', ?, ?, ?, NULL, ?, ?, ?, ?, ?)");
    auto evidence = db_.prepare(
        // The date range inside each direction, so that both use the (source_root, target_root, date)
        // index as a range; outside the OR, each read every event of the dyad.
        std::string("SELECT id FROM events WHERE ((source_root = ?3 AND target_root = ?4 AND date BETWEEN ?1 AND ?2) OR"
                    " (source_root = ?4 AND target_root = ?3 AND date BETWEEN ?1 AND ?2)) AND quad >= 3 AND ") +
        kCountable + " ORDER BY goldstein, id LIMIT 20");
    for (auto* r : {&rows, &insert, &alert, &evidence}) {
      if (!r->ok()) return r->status();
    }
    const int w = std::max(1, o_.window_days);
    const int b = std::max(1, o_.baseline_windows);
    const int span = w * (b + 1);

    std::vector<std::pair<int, double>> days;
    Dyad current;
    auto flush = [&]() -> Status {
      if (days.empty()) return Status();
      const int first = days.front().first;
      const int last = days.back().first + span;
      std::vector<double> prefix(static_cast<size_t>(last - first + 2), 0.0);
      for (auto [d, c] : days) prefix[static_cast<size_t>(d - first + 1)] += c;
      for (size_t i = 1; i < prefix.size(); ++i) prefix[i] += prefix[i - 1];
      auto sum = [&](int from, int to) {  // conflict over days (from, to]
        from = std::clamp(from, first - 1, last);
        to = std::clamp(to, first - 1, last);
        return prefix[static_cast<size_t>(to - first + 1)] - prefix[static_cast<size_t>(from - first + 1)];
      };
      double previous = 0;
      for (int d = first; d <= last; ++d) {
        double window = sum(d - w, d);
        double baseline = sum(d - span, d - w) / b;
        double idx = (window - baseline) / std::sqrt(baseline + o_.smoothing);
        if (window <= 0 && baseline <= 0) {
          previous = 0;
          continue;
        }
        const std::string day = iso_of(d);
        insert->push(current.first).push(current.second).push(day);
        insert->push(sum(d - 1, d)).push(window).push(baseline).push(idx);
        insert->run();
        ++counts_.escalation_days;
        if (idx >= o_.alert_threshold && previous < o_.alert_threshold) {
          std::string ids = "[";
          evidence->push(iso_of(d - w + 1)).push(day).push(current.first).push(current.second);
          while (evidence->step()) {
            if (ids.size() > 1) ids.push_back(',');
            ids += std::to_string(evidence->int64(0));
          }
          evidence->reset();
          ids.push_back(']');
          std::string message = current.first + "-" + current.second + ": conflict " + format_number(window) +
                                " in the " + std::to_string(w) + " days to " + day + " against a baseline of " +
                                format_number(baseline) + " (index " + format_number(idx) + ")";
          alert->push(day).push(current.first).push(current.second).push(window).push(baseline).push(idx);
          alert->push(message).push(ids);
          alert->run();
          ++counts_.escalation_alerts;
        }
        previous = idx;
      }
      days.clear();
      return db_.ok() ? Status() : db_.status();
    };
    while (rows->step()) {
      Dyad dyad{std::string(rows->text(0)), std::string(rows->text(1))};
      if (dyad != current) {
        if (Status s = flush(); !s.ok()) return s;
        current = dyad;
      }
      days.emplace_back(day_number(rows->text(2)), rows->real(3));
    }
    if (Status s = flush(); !s.ok()) return s;
    return db_.ok() ? Status() : db_.status();
  }

  Status mediation() {
    // Days on which each undirected dyad had conflict.
    std::map<Dyad, std::vector<int>> conflict_days;
    auto conflicts = db_.prepare("SELECT source, target, day FROM dyad_days WHERE quad3 + quad4 > 0 AND source <> target");
    if (!conflicts.ok()) return conflicts.status();
    while (conflicts->step()) {
      conflict_days[undirected(conflicts->text(0), conflicts->text(1))].push_back(day_number(conflicts->text(2)));
    }
    for (auto& [dyad, list] : conflict_days) std::sort(list.begin(), list.end());

    struct Approach {
      int day;
      std::string side;
      int64_t id;
    };
    std::map<std::string, std::vector<Approach>> by_mediator;
    auto approaches = db_.prepare(std::string("SELECT source_root, target_root, date, id FROM events WHERE root IN ('02', '04')"
                                              " AND source_root <> target_root AND ") +
                                  kCountable + " ORDER BY date, id");
    if (!approaches.ok()) return approaches.status();
    while (approaches->step()) {
      by_mediator[std::string(approaches->text(0))].push_back(
          {day_number(approaches->text(2)), std::string(approaches->text(1)), approaches->int64(3)});
    }
    auto alert = db_.prepare(
        "INSERT INTO alerts(kind, day, actor1, actor2, mediator, value, baseline, score, message, event_ids)"
        " VALUES ('mediation', ?, ?, ?, ?, ?, 0, ?, ?, ?)");
    if (!alert.ok()) return alert.status();
    const int period = std::max(1, o_.mediation_days);
    for (const auto& [mediator, list] : by_mediator) {
      std::map<Dyad, int> last_alert;
      // The list is in date order: the approaches of the last `period` days start at `window`, which
      // only moves forward (a scan from the first approach each time made this quadratic per mediator).
      size_t window = 0;
      for (size_t j = 0; j < list.size(); ++j) {
        const Approach& now = list[j];
        while (list[window].day < now.day - period) ++window;
        for (size_t i = window; i < j; ++i) {
          const Approach& before = list[i];
          if (before.day < now.day - period || before.side == now.side) continue;
          Dyad dyad = undirected(before.side, now.side);
          if (dyad.first == mediator || dyad.second == mediator) continue;
          auto it = conflict_days.find(dyad);
          if (it == conflict_days.end()) continue;
          auto c = std::lower_bound(it->second.begin(), it->second.end(), now.day - period);
          if (c == it->second.end() || *c > now.day) continue;
          auto seen = last_alert.find(dyad);
          if (seen != last_alert.end() && now.day <= seen->second + period) continue;
          last_alert[dyad] = now.day;
          std::string ids = "[";
          int64_t value = 0;
          for (size_t k = window; k <= j; ++k) {
            const Approach& a = list[k];
            if (a.day < now.day - period || (a.side != dyad.first && a.side != dyad.second)) continue;
            if (value < 20) {
              if (ids.size() > 1) ids.push_back(',');
              ids += std::to_string(a.id);
            }
            ++value;
          }
          ids.push_back(']');
          const std::string day = iso_of(now.day);
          std::string message = mediator + " approached both " + dyad.first + " and " + dyad.second + " (" +
                                std::to_string(value) + " appeals or consultations in the " +
                                std::to_string(period) + " days to " + day + ") while they were in conflict";
          alert->push(day).push(dyad.first).push(dyad.second).push(mediator).push(value).push(static_cast<double>(value));
          alert->push(message).push(ids);
          alert->run();
          ++counts_.mediation_alerts;
        }
      }
    }
    return db_.ok() ? Status() : db_.status();
  }

  Status record_settings() {
    auto meta = db_.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    if (!meta.ok()) return meta.status();
    std::pair<const char*, std::string> settings[] = {
        {"monitor.window_days", std::to_string(o_.window_days)},
        {"monitor.baseline_windows", std::to_string(o_.baseline_windows)},
        {"monitor.smoothing", std::to_string(o_.smoothing)},
        {"monitor.alert_threshold", std::to_string(o_.alert_threshold)},
        {"monitor.mediation_days", std::to_string(o_.mediation_days)},
    };
    for (auto& [key, value] : settings) meta->push(key).push(value).run();
    return db_.ok() ? Status() : db_.status();
  }

  Database& db_;
  MonitorOptions o_;
  MonitorCounts counts_;
};

}  // namespace

Result<MonitorCounts> rebuild_monitor(Database& db, const MonitorOptions& options) {
  return Rebuild(db, options).run();
}

}  // namespace faultline
