#include "api/synthetic_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <random>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "api/event_filter.h"
#include "store/schema.h"

namespace faultline::api {
namespace {

struct Country {
  const char* root;
  const char* name;
  const char* city;
  double lat, lon;
  const char* location_country;  // where the events of this actor take place
};

// Country-level actors and a city each (coordinates of the city centre, rounded).
constexpr Country kCountries[] = {
    {"SRB", "Serbia", "Belgrade", 44.787, 20.457, "SRB"},
    {"KSV", "Kosovo", "Pristina", 42.663, 21.164, "KSV"},
    {"USA", "the United States", "Washington", 38.895, -77.036, "USA"},
    {"RUS", "Russia", "Moscow", 55.756, 37.617, "RUS"},
    {"IGOEUR", "the European Union", "Brussels", 50.847, 4.357, "BEL"},
    {"ALB", "Albania", "Tirana", 41.328, 19.819, "ALB"},
    {"MKD", "North Macedonia", "Skopje", 41.997, 21.428, "MKD"},
    {"MNE", "Montenegro", "Podgorica", 42.441, 19.263, "MNE"},
    {"BIH", "Bosnia", "Sarajevo", 43.856, 18.413, "BIH"},
    {"HRV", "Croatia", "Zagreb", 45.815, 15.982, "HRV"},
    {"DEU", "Germany", "Berlin", 52.520, 13.405, "DEU"},
    {"FRA", "France", "Paris", 48.857, 2.352, "FRA"},
    {"GBR", "Britain", "London", 51.507, -0.128, "GBR"},
    {"TUR", "Turkey", "Ankara", 39.934, 32.860, "TUR"},
    {"CHN", "China", "Beijing", 39.904, 116.407, "CHN"},
    {"UKR", "Ukraine", "Kyiv", 50.450, 30.523, "UKR"},
    {"IGOUNO", "the United Nations", "New York", 40.713, -74.006, "USA"},
    {"IGOWST", "NATO", "Brussels", 50.847, 4.357, "BEL"},
    {"HUN", "Hungary", "Budapest", 47.498, 19.040, "HUN"},
    {"GRC", "Greece", "Athens", 37.984, 23.728, "GRC"},
    {"BGR", "Bulgaria", "Sofia", 42.698, 23.322, "BGR"},
    {"ROU", "Romania", "Bucharest", 44.427, 26.103, "ROU"},
    {"AUT", "Austria", "Vienna", 48.208, 16.373, "AUT"},
    {"ITA", "Italy", "Rome", 41.903, 12.496, "ITA"},
    {"ISR", "Israel", "Jerusalem", 31.769, 35.216, "ISR"},
    {"IRN", "Iran", "Tehran", 35.689, 51.389, "IRN"},
    {"IRQ", "Iraq", "Baghdad", 33.315, 44.366, "IRQ"},
    {"SYR", "Syria", "Damascus", 33.513, 36.292, "SYR"},
    {"EGY", "Egypt", "Cairo", 30.044, 31.236, "EGY"},
    {"IND", "India", "New Delhi", 28.614, 77.209, "IND"},
    {"PAK", "Pakistan", "Islamabad", 33.684, 73.048, "PAK"},
    {"JPN", "Japan", "Tokyo", 35.676, 139.650, "JPN"},
};

// Places in northern Kosovo where the Serbia–Kosovo events concentrate.
struct Place {
  const char* name;
  double lat, lon;
};
constexpr Place kKosovoPlaces[] = {
    {"Pristina", 42.663, 21.164}, {"Mitrovica", 42.891, 20.866}, {"Zvecan", 42.908, 20.840},
    {"Leposavic", 43.104, 20.803}, {"Zubin Potok", 42.914, 20.690}, {"Jarinje", 43.133, 20.733},
};

struct Agent {
  const char* code;
  const char* noun;  // "" for the country itself
};
constexpr Agent kAgents[] = {{"", ""},       {"GOV", "government"}, {"GOV", "prime minister"}, {"MIL", "army"},
                             {"COP", "police"}, {"OPP", "opposition"}, {"LEG", "parliament"},     {"CVL", "residents"}};

struct Action {
  const char* code;
  int quad;
  double goldstein;
  const char* plover;
  const char* trigger;  // the verb phrase between the actors
};
constexpr Action kActions[] = {
    {"010", 1, 0.0, "CONSULT", "commented on"},
    {"020", 1, 3.0, "REQUEST", "appealed to"},
    {"036", 1, 4.0, "CONSULT", "offered to meet"},
    {"040", 1, 1.0, "CONSULT", "consulted"},
    {"042", 1, 1.9, "CONSULT", "visited"},
    {"043", 1, 2.8, "CONSULT", "hosted"},
    {"046", 1, 7.0, "CONSULT", "held talks with"},
    {"051", 1, 3.4, "SUPPORT", "praised"},
    {"057", 2, 8.0, "AGREE", "signed an agreement with"},
    {"061", 2, 6.4, "COOPERATE", "agreed to cooperate with"},
    {"071", 2, 7.4, "AID", "sent economic aid to"},
    {"111", 3, -2.0, "ACCUSE", "criticised"},
    {"112", 3, -2.0, "ACCUSE", "accused"},
    {"120", 3, -4.0, "REJECT", "rejected the demands of"},
    {"130", 3, -4.4, "THREATEN", "threatened"},
    {"141", 3, -6.5, "PROTEST", "protested against"},
    {"163", 4, -8.0, "SANCTION", "imposed an embargo on"},
    {"172", 4, -5.0, "SANCTION", "imposed sanctions on"},
    {"173", 4, -5.0, "COERCE", "detained"},
    {"175", 4, -9.0, "COERCE", "cracked down on"},
    {"180", 4, -9.0, "ASSAULT", "attacked"},
    {"190", 4, -10.0, "FIGHT", "fired on"},
};
constexpr size_t kFirstConflictAction = 11;

constexpr const char* kOutlets[] = {"Synthetic Wire", "Synthetic Wire Europe", "Synthetic Wire Balkans"};

// Serbia–Kosovo conflict bursts (first day, last day): 2008 declaration, 2011 border posts, 2022
// licence plates and barricades, 2023 municipal crisis and Banjska.
constexpr std::array<std::pair<const char*, const char*>, 4> kBursts = {{
    {"2008-02-10", "2008-03-31"}, {"2011-07-20", "2011-10-15"}, {"2022-07-25", "2022-12-31"}, {"2023-05-20", "2023-10-15"},
}};

int day_number(const std::string& iso) {
  using namespace std::chrono;
  const year_month_day ymd{year{std::stoi(iso.substr(0, 4))}, month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                           day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
  return static_cast<int>(sys_days{ymd}.time_since_epoch().count());
}

std::string iso_day(int n) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days{days{n}}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

class Db {
 public:
  explicit Db(sqlite3* db) : db_(db) {}
  ~Db() {
    for (auto& [sql, st] : statements_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown";
      sqlite3_free(error);
      return io_error("synthetic store: " + message);
    }
    return Status::ok_status();
  }

  // Runs an INSERT with the given values (int64_t, double, std::string, or nullptr for NULL).
  template <typename... Values>
  Status insert(const char* sql, const Values&... values) {
    sqlite3_stmt*& st = statements_[sql];
    if (!st && sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
      return io_error(fmt::format("synthetic store: {}: {}", sql, sqlite3_errmsg(db_)));
    }
    int i = 0;
    (bind(st, ++i, values), ...);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return io_error(fmt::format("synthetic store: {}: {}", sql, sqlite3_errmsg(db_)));
    return Status::ok_status();
  }

 private:
  static void bind(sqlite3_stmt* st, int i, int64_t v) { sqlite3_bind_int64(st, i, v); }
  static void bind(sqlite3_stmt* st, int i, int v) { sqlite3_bind_int64(st, i, v); }
  static void bind(sqlite3_stmt* st, int i, double v) { sqlite3_bind_double(st, i, v); }
  static void bind(sqlite3_stmt* st, int i, std::nullptr_t) { sqlite3_bind_null(st, i); }
  static void bind(sqlite3_stmt* st, int i, const std::string& v) {
    sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }

  sqlite3* db_;
  std::map<std::string, sqlite3_stmt*> statements_;
};

struct DayTotals {
  int64_t events = 0, as_source = 0, as_target = 0;
  std::array<int64_t, 4> quad{};
  double goldstein = 0, conflict = 0;
};

struct GeneratedEvent {
  size_t source, target;  // indexes into kCountries
  size_t agent_s, agent_t;
  size_t action;
  int day;
  bool kosovo_place;
  size_t place;
};

class Generator {
 public:
  Generator(Db& db, const SyntheticStoreOptions& opt)
      : db_(db), opt_(opt), rng_(opt.seed), first_(day_number(opt.first_day)), last_(day_number(opt.last_day)) {
    for (const auto& [from, to] : kBursts) bursts_.emplace_back(day_number(from), day_number(to));
  }

  Status run() {
    int64_t written = 0;
    int64_t doc_id = 0;
    while (written < opt_.events) {
      const int n = static_cast<int>(std::min<int64_t>(opt_.events_per_document, opt_.events - written));
      if (Status s = document(++doc_id, n, written); !s.ok()) return s;
      written += n;
    }
    return monitor();
  }

 private:
  uint64_t uniform(uint64_t n) { return std::uniform_int_distribution<uint64_t>(0, n - 1)(rng_); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }

  GeneratedEvent draw(int day_hint) {
    GeneratedEvent e{};
    const bool balkan_story = chance(0.12);
    if (balkan_story) {
      e.source = chance(0.5) ? 0 : 1;
      e.target = 1 - e.source;
    } else {
      // Zipf-like: low indexes (the region and the powers) are chosen far more often.
      auto zipf = [&] {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng_);
        return std::min<size_t>(std::size(kCountries) - 1, static_cast<size_t>(std::pow(std::size(kCountries), u * u)) - 1);
      };
      e.source = zipf();
      do e.target = zipf(); while (e.target == e.source);
    }
    e.day = day_hint;
    bool in_burst = false;
    if (balkan_story && chance(0.5)) {
      const auto& [from, to] = bursts_[uniform(bursts_.size())];
      e.day = from + static_cast<int>(uniform(static_cast<uint64_t>(to - from + 1)));
      in_burst = true;
    }
    const double conflict_share = in_burst ? 0.75 : 0.3;
    e.action = chance(conflict_share) ? kFirstConflictAction + uniform(std::size(kActions) - kFirstConflictAction)
                                      : uniform(kFirstConflictAction);
    e.agent_s = uniform(std::size(kAgents));
    e.agent_t = uniform(std::size(kAgents));
    e.kosovo_place = balkan_story;
    e.place = uniform(std::size(kKosovoPlaces));
    return e;
  }

  static std::string actor_code(size_t country, size_t agent) {
    std::string code = kCountries[country].root;
    if (std::string_view(code).substr(0, 3) == "IGO") {
      if (code == "IGOEUR") code = "IGOEUREEC";
      if (code == "IGOUNO") code = "IGOUNO";
      if (code == "IGOWST") code = "IGOWSTNAT";
      return code;
    }
    return code + kAgents[agent].code;
  }

  static std::string actor_text(size_t country, size_t agent) {
    const std::string name = kCountries[country].name;
    if (std::string_view(kCountries[country].root).substr(0, 3) == "IGO" || !*kAgents[agent].noun) return name;
    return fmt::format("{}'s {}", name, kAgents[agent].noun);
  }

  Status document(int64_t doc_id, int n_events, int64_t first_event_id) {
    const int day = first_ + static_cast<int>(uniform(static_cast<uint64_t>(last_ - first_ + 1)));
    std::vector<GeneratedEvent> events;
    for (int i = 0; i < n_events; ++i) events.push_back(draw(day));
    // The document is published on the latest event day; earlier events are reported as background.
    int pub = day;
    for (const auto& e : events) pub = std::max(pub, e.day);
    const GeneratedEvent& lead = events.front();
    const std::string place = lead.kosovo_place ? kKosovoPlaces[lead.place].name : kCountries[lead.source].city;
    std::string title = fmt::format("{} {} {}", actor_text(lead.source, lead.agent_s), kActions[lead.action].trigger,
                                    actor_text(lead.target, lead.agent_t));
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    const std::string outlet = kOutlets[doc_id % std::size(kOutlets)];
    const std::string pub_day = iso_day(pub);

    struct SentenceRow {
      int64_t start, end;
      std::string kind;
    };
    std::vector<SentenceRow> sentences;
    std::string text = title;
    sentences.push_back({0, static_cast<int64_t>(text.size()), "headline"});
    text += "\n\n";
    const std::string dateline = fmt::format("{} ({}) -", place, outlet);
    sentences.push_back({static_cast<int64_t>(text.size()), static_cast<int64_t>(text.size() + dateline.size()), "dateline"});
    text += dateline;

    struct Spans {
      int64_t ss, se, ts, te, vs, ve;
    };
    std::vector<Spans> spans;
    std::vector<int> sentence_of;
    for (const GeneratedEvent& e : events) {
      text += ' ';
      const int64_t start = static_cast<int64_t>(text.size());
      std::string s_text = actor_text(e.source, e.agent_s);
      s_text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s_text[0])));
      const std::string t_text = actor_text(e.target, e.agent_t);
      Spans sp{};
      sp.ss = start;
      text += s_text;
      sp.se = static_cast<int64_t>(text.size());
      text += ' ';
      sp.vs = static_cast<int64_t>(text.size());
      text += kActions[e.action].trigger;
      sp.ve = static_cast<int64_t>(text.size());
      text += ' ';
      sp.ts = static_cast<int64_t>(text.size());
      text += t_text;
      sp.te = static_cast<int64_t>(text.size());
      const std::string where = e.kosovo_place ? kKosovoPlaces[e.place].name : kCountries[e.source].city;
      text += e.day == pub ? fmt::format(" in {} on {}.", where, pub_day) : fmt::format(" in {} earlier.", where);
      sentences.push_back({start, static_cast<int64_t>(text.size()), "body"});
      sentence_of.push_back(static_cast<int>(sentences.size()));
      spans.push_back(sp);
    }
    text += '\n';

    if (Status s = db_.insert(
            "INSERT INTO documents (id, doc, content_hash, date, day, outlet, url, title, origin, text, sentences, events,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            doc_id, fmt::format("synthetic-{}", doc_id), fmt::format("{:032x}", static_cast<uint64_t>(doc_id) * 0x9E3779B97F4A7C15ull),
            pub_day, pub_day, outlet, fmt::format("https://news.example/synthetic/{}", doc_id), title,
            std::string("synthetic"), text, static_cast<int64_t>(sentences.size()), static_cast<int64_t>(events.size()),
            std::string("2024-12-31T00:00:00Z"));
        !s.ok()) {
      return s;
    }
    for (size_t i = 0; i < sentences.size(); ++i) {
      const int64_t sid = ++sentence_id_;
      const SentenceRow& row = sentences[i];
      if (Status s = db_.insert("INSERT INTO sentences (id, doc_id, n, start, end, kind) VALUES (?,?,?,?,?,?)", sid,
                                doc_id, static_cast<int64_t>(i + 1), row.start, row.end, row.kind);
          !s.ok()) {
        return s;
      }
      if (row.kind != "body") continue;  // as the store does: only sentences with a mention are indexed
      if (Status s = db_.insert("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", sid,
                                text.substr(static_cast<size_t>(row.start), static_cast<size_t>(row.end - row.start)));
          !s.ok()) {
        return s;
      }
    }
    for (size_t i = 0; i < events.size(); ++i) {
      const GeneratedEvent& e = events[i];
      const Spans& sp = spans[i];
      const int64_t id = first_event_id + static_cast<int64_t>(i) + 1;
      const Action& a = kActions[e.action];
      const std::string source = actor_code(e.source, e.agent_s);
      const std::string target = actor_code(e.target, e.agent_t);
      const std::string day_text = iso_day(e.day);
      const std::string date_basis = e.day == pub ? "text" : "publication";
      const std::string s_text = text.substr(static_cast<size_t>(sp.ss), static_cast<size_t>(sp.se - sp.ss));
      const std::string t_text = text.substr(static_cast<size_t>(sp.ts), static_cast<size_t>(sp.te - sp.ts));
      const Place loc = e.kosovo_place ? kKosovoPlaces[e.place]
                                       : Place{kCountries[e.source].city, kCountries[e.source].lat, kCountries[e.source].lon};
      const std::string loc_country = e.kosovo_place ? "KSV" : kCountries[e.source].location_country;
      const int64_t sentence = sentence_of[i];
      Status s = db_.insert(
          "INSERT INTO events (id, merge_key, doc_id, doc, sentence, start, end, source, target, source_root, target_root,"
          " source_start, source_end, target_start, target_end, source_text, target_text, code, root, quad, penta,"
          " goldstein, plover, plover_mode, date, date_basis, location_name, location_country, latitude, longitude,"
          " negated, hypothetical, confidence, rule, mentions, articles, sources, stories, first_seen, last_seen)"
          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          id, fmt::format("{}|{}|{}|00", source, target, a.code), doc_id, fmt::format("synthetic-{}", doc_id), sentence,
          sp.vs, sp.ve, source, target, actor_root(source), actor_root(target), sp.ss, sp.se, sp.ts, sp.te, s_text, t_text,
          std::string(a.code), std::string(a.code).substr(0, 2), a.quad, std::string_view(a.code) == "010" ? 0 : a.quad, a.goldstein,
          std::string(a.plover), std::string(), day_text, date_basis, std::string(loc.name), loc_country, loc.lat, loc.lon,
          0, 0, 0.9, std::string("synthetic"), 1, 1, 1, 1, pub_day, pub_day);
      if (!s.ok()) return s;
      s = db_.insert(
          "INSERT INTO mentions (event_id, doc_id, outlet, story_id, sentence, start, end, source_start, source_end,"
          " target_start, target_end, source_text, target_text, date, date_basis, confidence, rule)"
          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          id, doc_id, outlet, doc_id, sentence, sp.vs, sp.ve, sp.ss, sp.se, sp.ts, sp.te, s_text, t_text, day_text,
          date_basis, 0.9, std::string("synthetic"));
      if (!s.ok()) return s;
      count(e, source, target, actor_text(e.source, e.agent_s), t_text);
    }
    return Status::ok_status();
  }

  void count(const GeneratedEvent& e, const std::string& source, const std::string& target, const std::string& s_text,
             const std::string& t_text) {
    const Action& a = kActions[e.action];
    const std::string sr = kCountries[e.source].root;
    const std::string tr = kCountries[e.target].root;
    const double conflict = a.quad >= 3 && a.goldstein < 0 ? -a.goldstein : 0;
    DayTotals& d = dyad_days_[{sr, tr, e.day}];
    d.events++;
    d.quad[static_cast<size_t>(a.quad - 1)]++;
    d.goldstein += a.goldstein;
    d.conflict += conflict;
    for (const auto& [root, as_source] : {std::pair{sr, true}, std::pair{tr, false}}) {
      DayTotals& ad = actor_days_[{root, e.day}];
      ad.events++;
      (as_source ? ad.as_source : ad.as_target)++;
      ad.quad[static_cast<size_t>(a.quad - 1)]++;
      ad.goldstein += a.goldstein;
    }
    for (const auto& [code, text] : {std::pair{source, s_text}, std::pair{target, t_text}}) {
      auto& act = actors_[code];
      if (act.name.empty()) act.name = text;
      act.events++;
      act.first = act.events == 1 ? e.day : std::min(act.first, e.day);
      act.last = std::max(act.last, e.day);
    }
    const auto pair = sr < tr ? std::pair{sr, tr} : std::pair{tr, sr};
    undirected_[pair][e.day] += conflict;
    undirected_events_[pair]++;
  }

  Status monitor() {
    for (const auto& [key, d] : dyad_days_) {
      const auto& [source, target, day] = key;
      if (Status s = db_.insert("INSERT INTO dyad_days VALUES (?,?,?,?,?,?,?,?,?,?,?)", source, target, iso_day(day),
                                d.events, d.events, d.quad[0], d.quad[1], d.quad[2], d.quad[3], d.goldstein, d.conflict);
          !s.ok()) {
        return s;
      }
    }
    for (const auto& [key, d] : actor_days_) {
      if (Status s = db_.insert("INSERT INTO actor_days VALUES (?,?,?,?,?,?,?,?,?,?)", key.first, iso_day(key.second),
                                d.events, d.as_source, d.as_target, d.quad[0], d.quad[1], d.quad[2], d.quad[3], d.goldstein);
          !s.ok()) {
        return s;
      }
    }
    for (const auto& [code, a] : actors_) {
      if (Status s = db_.insert("INSERT INTO actors VALUES (?,?,?,?,?,?)", code, actor_root(code), a.name, a.events,
                                iso_day(a.first), iso_day(a.last));
          !s.ok()) {
        return s;
      }
    }
    // The escalation index of docs/store.md (window 7 days, baseline 4 windows, smoothing 10, alert
    // at 3), for the 50 busiest undirected dyads.
    std::vector<std::pair<int64_t, std::pair<std::string, std::string>>> busiest;
    for (const auto& [pair, n] : undirected_events_) busiest.push_back({n, pair});
    std::sort(busiest.rbegin(), busiest.rend());
    if (busiest.size() > 50) busiest.resize(50);
    for (const auto& [n, pair] : busiest) {
      const auto& conflict_by_day = undirected_.at(pair);
      std::vector<double> daily(static_cast<size_t>(last_ - first_ + 1), 0.0);
      for (const auto& [day, c] : conflict_by_day) daily[static_cast<size_t>(day - first_)] += c;
      std::vector<double> window(daily.size(), 0.0);
      for (size_t d = 0; d < daily.size(); ++d) {
        window[d] = daily[d] + (d > 0 ? window[d - 1] : 0) - (d >= 7 ? daily[d - 7] : 0);
      }
      bool above = false;
      for (size_t d = 0; d < daily.size(); ++d) {
        double baseline = 0;
        for (size_t k = 1; k <= 4; ++k) baseline += d >= 7 * k ? window[d - 7 * k] : 0;
        baseline /= 4;
        if (window[d] <= 0 && baseline <= 0) {
          above = false;
          continue;
        }
        const double idx = (window[d] - baseline) / std::sqrt(baseline + 10.0);
        const std::string day = iso_day(first_ + static_cast<int>(d));
        if (Status s = db_.insert("INSERT INTO escalation VALUES (?,?,?,?,?,?,?)", pair.first, pair.second, day,
                                  daily[d], window[d], baseline, idx);
            !s.ok()) {
          return s;
        }
        if (idx >= 3 && !above) {
          const std::string message = fmt::format("{}–{}: conflict {:.1f} in 7 days against a baseline of {:.1f} (index {:.1f})",
                                                  pair.first, pair.second, window[d], baseline, idx);
          if (Status s = db_.insert("INSERT INTO alerts (kind, day, actor1, actor2, mediator, value, baseline, score,"
                                    " message, event_ids) VALUES (?,?,?,?,?,?,?,?,?,?)",
                                    std::string("escalation"), day, pair.first, pair.second, nullptr, window[d], baseline,
                                    idx, message, std::string("[]"));
              !s.ok()) {
            return s;
          }
        }
        above = idx >= 3;
      }
    }
    return Status::ok_status();
  }

  struct ActorTotals {
    std::string name;
    int64_t events = 0;
    int first = 0, last = 0;
  };

  Db& db_;
  const SyntheticStoreOptions& opt_;
  std::mt19937_64 rng_;
  int first_, last_;
  std::vector<std::pair<int, int>> bursts_;
  int64_t sentence_id_ = 0;
  std::map<std::tuple<std::string, std::string, int>, DayTotals> dyad_days_;
  std::map<std::pair<std::string, int>, DayTotals> actor_days_;
  std::map<std::string, ActorTotals> actors_;
  std::map<std::pair<std::string, std::string>, std::map<int, double>> undirected_;
  std::map<std::pair<std::string, std::string>, int64_t> undirected_events_;
};

}  // namespace

Result<int64_t> write_synthetic_store(const std::string& path, const SyntheticStoreOptions& options) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return invalid_argument(fmt::format("{}: exists; give a new file", path));
  if (!is_iso_day(options.first_day) || !is_iso_day(options.last_day) || options.first_day > options.last_day) {
    return invalid_argument("synthetic store: first and last day must be ISO days in order");
  }
  if (options.events < 1 || options.events_per_document < 1) return invalid_argument("synthetic store: nothing to write");
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string message = raw ? sqlite3_errmsg(raw) : "out of memory";
    sqlite3_close(raw);
    return io_error(fmt::format("{}: {}", path, message));
  }
  Db db(raw);
  // A generated file can be made again: no journal while writing it.
  if (Status s = db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;"); !s.ok()) {
    return s;
  }
  if (Status s = db.exec("BEGIN"); !s.ok()) return s;
  for (const SchemaMigration& m : schema_migrations()) {
    if (Status s = db.exec(std::string(m.sql)); !s.ok()) return s;
    if (Status s = db.insert("INSERT INTO schema_version VALUES (?, ?, ?)", int64_t{m.version},
                             std::string("2024-12-31T00:00:00Z"), std::string(m.description));
        !s.ok()) {
      return s;
    }
  }
  Generator generator(db, options);
  if (Status s = generator.run(); !s.ok()) return s;
  if (Status s = db.exec("COMMIT; PRAGMA journal_mode = WAL; ANALYZE;"); !s.ok()) return s;
  return options.events;
}

}  // namespace faultline::api
