#include "api/event_filter.h"

#include <algorithm>
#include <charconv>
#include <set>

#include <fmt/format.h>

namespace faultline::api {
namespace {

constexpr size_t kMaxValues = 32;     // values of one list parameter
constexpr size_t kMaxTextBytes = 256;  // length of a full-text query

bool is_upper_alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string_view::npos) comma = value.size();
    std::string_view item = value.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

Result<std::string> actor_code(std::string_view name, std::string_view value) {
  std::string code(value);
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (code.empty() || code.size() > 32 || !std::all_of(code.begin(), code.end(), is_upper_alnum)) {
    return invalid_argument(fmt::format("{}: an actor code is 1-32 letters or digits (\"SRB\", \"SRBGOV\")", name));
  }
  return code;
}

Result<int> parse_int(std::string_view name, std::string_view value, int lo, int hi) {
  int n = 0;
  auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || ptr != value.data() + value.size() || n < lo || n > hi) {
    return invalid_argument(fmt::format("{}: expected an integer from {} to {}", name, lo, hi));
  }
  return n;
}

Result<bool> parse_flag(std::string_view name, std::string_view value) {
  if (value == "1" || value == "true") return true;
  if (value == "0" || value == "false") return false;
  return invalid_argument(fmt::format("{}: expected 1/0 or true/false", name));
}

// One side of a dyad: the full-code column and the value; a root matches all its actors.
void side_condition(std::string_view column, const std::string& code, std::string& where,
                    std::vector<SqlValue>& values) {
  if (actor_root(code) == code) {
    where += fmt::format("(e.{0} >= ? AND e.{0} < ?)", column);
    values.emplace_back(code);
    values.emplace_back(code + "\x7f");  // codes are ASCII letters and digits: all sort below DEL
  } else {
    where += fmt::format("e.{} = ?", column);
    values.emplace_back(code);
  }
}

void dyad_condition(const std::string& source, const std::string& target, std::string& where,
                    std::vector<SqlValue>& values) {
  if (actor_root(source) == source && actor_root(target) == target) {
    // Both country-level: the (source_root, target_root, date) index answers it directly.
    where += "(e.source_root = ? AND e.target_root = ?)";
    values.emplace_back(source);
    values.emplace_back(target);
    return;
  }
  where += "(";
  side_condition("source", source, where, values);
  where += " AND ";
  side_condition("target", target, where, values);
  where += ")";
}

void in_list(std::string_view column, const std::vector<SqlValue>& items, std::string& where,
             std::vector<SqlValue>& values) {
  where += fmt::format(" AND e.{} IN (", column);
  for (size_t i = 0; i < items.size(); ++i) {
    where += i ? ",?" : "?";
    values.push_back(items[i]);
  }
  where += ")";
}

}  // namespace

std::string actor_root(std::string_view code) {
  static constexpr std::string_view kLongRoots[] = {"IGO", "NGO", "IMG", "MNC"};
  const bool long_root = std::any_of(std::begin(kLongRoots), std::end(kLongRoots),
                                     [&](std::string_view p) { return code.substr(0, 3) == p; });
  return std::string(code.substr(0, long_root ? 6 : 3));
}

bool is_iso_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!is_digit(s[i])) return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string fts_query(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    std::string_view word = text.substr(start, i - start);
    const bool prefix = !word.empty() && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    std::string clean;
    for (char c : word) {
      if (c != '"') clean.push_back(c);
    }
    if (clean.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out.push_back('"');
    out.append(clean);
    out.push_back('"');
    if (prefix) out.push_back('*');
  }
  return out;
}

std::string encode_cursor(std::string_view date, int64_t id) { return fmt::format("{}_{}", date, id); }

std::optional<std::pair<std::string, int64_t>> decode_cursor(std::string_view cursor) {
  const size_t sep = cursor.rfind('_');
  if (sep == std::string_view::npos) return std::nullopt;
  std::string_view date = cursor.substr(0, sep);
  std::string_view id_text = cursor.substr(sep + 1);
  if (!date.empty() && !is_iso_day(date)) return std::nullopt;
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || ptr != id_text.data() + id_text.size() || id < 0) return std::nullopt;
  return std::make_pair(std::string(date), id);
}

std::string encode_match_cursor(int64_t sentence_id, int64_t event_id) {
  return fmt::format("s{}_{}", sentence_id, event_id);
}

std::optional<std::pair<int64_t, int64_t>> decode_match_cursor(std::string_view cursor) {
  if (cursor.empty() || cursor.front() != 's') return std::nullopt;
  cursor.remove_prefix(1);
  const size_t sep = cursor.find('_');
  if (sep == std::string_view::npos) return std::nullopt;
  int64_t ids[2] = {0, 0};
  const std::string_view parts[2] = {cursor.substr(0, sep), cursor.substr(sep + 1)};
  for (int i = 0; i < 2; ++i) {
    auto [ptr, ec] = std::from_chars(parts[i].data(), parts[i].data() + parts[i].size(), ids[i]);
    if (parts[i].empty() || ec != std::errc() || ptr != parts[i].data() + parts[i].size() || ids[i] < 0) return std::nullopt;
  }
  return std::make_pair(ids[0], ids[1]);
}

Result<EventFilter> parse_event_filter(const QueryParams& params, const ApiLimits& limits,
                                       const std::vector<std::string>& allowed_extra) {
  EventFilter f;
  f.limit = limits.default_page;
  std::set<std::string> seen;
  bool as_dyad = false;
  for (const auto& [name, value] : params) {
    if (std::find(allowed_extra.begin(), allowed_extra.end(), name) != allowed_extra.end()) continue;
    const bool list_param = name == "code" || name == "root" || name == "quad" || name == "include";
    if (!list_param && !seen.insert(name).second) {
      return invalid_argument(fmt::format("{}: given more than once", name));
    }
    if (name == "actor" || name == "source" || name == "target" || name == "country") {
      auto code = actor_code(name, value);
      if (!code) return code.status();
      (name == "actor" ? f.actor : name == "source" ? f.source : name == "target" ? f.target : f.country) = *code;
    } else if (name == "dyad") {
      auto sides = split_list(value);
      if (sides.size() != 2) return invalid_argument("dyad: expected two actor codes, \"SRB,KSV\"");
      auto a = actor_code(name, sides[0]);
      auto b = actor_code(name, sides[1]);
      if (!a) return a.status();
      if (!b) return b.status();
      f.source = *a;
      f.target = *b;
      as_dyad = true;
    } else if (name == "directed") {
      auto flag = parse_flag(name, value);
      if (!flag) return flag.status();
      f.directed = *flag;
    } else if (name == "code" || name == "root") {
      for (std::string& c : split_list(value)) {
        const bool ok = name == "code" ? (c.size() >= 2 && c.size() <= 4) : c.size() == 2;
        if (!ok || !std::all_of(c.begin(), c.end(), is_digit)) {
          return invalid_argument(name == "code" ? "code: a CAMEO code is 2-4 digits (\"173\", \"0256\")"
                                                 : "root: a CAMEO root code is 2 digits (\"17\")");
        }
        (name == "code" ? f.codes : f.roots).push_back(std::move(c));
      }
    } else if (name == "quad") {
      for (const std::string& q : split_list(value)) {
        auto n = parse_int(name, q, 1, 4);
        if (!n) return n.status();
        f.quads.push_back(*n);
      }
    } else if (name == "from" || name == "to") {
      if (!is_iso_day(value)) return invalid_argument(fmt::format("{}: expected a day YYYY-MM-DD", name));
      (name == "from" ? f.from : f.to) = value;
    } else if (name == "q") {
      if (value.size() > kMaxTextBytes) {
        return invalid_argument(fmt::format("q: a text search has at most {} bytes", kMaxTextBytes));
      }
      f.text = fts_query(value);
    } else if (name == "include") {
      for (const std::string& what : split_list(value)) {
        if (what == "negated") {
          f.include_negated = true;
        } else if (what == "hypothetical") {
          f.include_hypothetical = true;
        } else {
          return invalid_argument("include: expected negated and/or hypothetical");
        }
      }
    } else if (name == "limit") {
      auto n = parse_int(name, value, 1, limits.max_page);
      if (!n) return n.status();
      f.limit = *n;
    } else if (name == "cursor") {
      if (!value.empty() && value.front() == 's') {
        f.after_match = decode_match_cursor(value);
      } else {
        f.after = decode_cursor(value);
      }
      if (!f.after && !f.after_match) return invalid_argument("cursor: not a cursor returned by this API");
    } else {
      return invalid_argument(fmt::format("unknown parameter \"{}\"", name));
    }
  }
  if (f.codes.size() > kMaxValues || f.roots.size() > kMaxValues || f.quads.size() > kMaxValues) {
    return invalid_argument(fmt::format("at most {} values per list parameter", kMaxValues));
  }
  if (as_dyad && (seen.count("source") || seen.count("target"))) {
    return invalid_argument("dyad: use either dyad or source/target");
  }
  if (!as_dyad) f.directed = true;  // source= and target= name the direction
  if (!f.actor.empty() && (!f.source.empty() || !f.target.empty())) {
    return invalid_argument("actor: use either actor or source/target/dyad");
  }
  if (!f.from.empty() && !f.to.empty() && f.from > f.to) return invalid_argument("from: later than to");
  if ((f.after && !f.text.empty()) || (f.after_match && f.text.empty())) {
    return invalid_argument("cursor: not a cursor of this query (q= and other queries page differently)");
  }
  return f;
}

namespace {

// The filters that are not about actors, appended to `c`.
void common_conditions(const EventFilter& f, SqlCondition& c) {
  std::string& w = c.where;
  std::vector<SqlValue> items;
  if (!f.codes.empty()) in_list("code", {f.codes.begin(), f.codes.end()}, w, c.values);
  if (!f.roots.empty()) in_list("root", {f.roots.begin(), f.roots.end()}, w, c.values);
  if (!f.quads.empty()) {
    for (int q : f.quads) items.emplace_back(int64_t{q});
    in_list("quad", items, w, c.values);
  }
  if (!f.country.empty()) {
    w += " AND e.location_country = ?";
    c.values.emplace_back(f.country);
  }
  if (!f.from.empty()) {
    w += " AND e.date >= ?";
    c.values.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    w += " AND e.date <= ?";
    c.values.emplace_back(f.to);
  }
  if (!f.include_negated) w += " AND e.negated = 0";
  if (!f.include_hypothetical) w += " AND e.hypothetical = 0";
  if (!f.text.empty()) {
    // Any mention's sentence counts, not only the representative one.
    w += " AND e.id IN (SELECT m.event_id FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid"
         " JOIN mentions m ON m.doc_id = s.doc_id AND m.sentence = s.n WHERE sentences_fts MATCH ?)";
    c.values.emplace_back(f.text);
  }
}

SqlCondition start_condition() {
  SqlCondition c;
  c.where.reserve(512);  // also keeps gcc 12 from a false -Wrestrict on the short-string appends
  c.where.append("1");
  return c;
}

}  // namespace

std::vector<SqlCondition> event_branches(const EventFilter& f,
                                         const std::function<std::vector<std::string>(const std::string&)>& codes_of_root) {
  // Each side becomes a list of exact codes when it can (a root through its codes).
  auto exact_codes = [&](const std::string& code) -> std::optional<std::vector<std::string>> {
    if (actor_root(code) != code) return std::vector<std::string>{code};
    std::vector<std::string> codes = codes_of_root(code);
    if (codes.size() > kMaxRootCodes) return std::nullopt;
    return codes;
  };
  std::vector<SqlCondition> out;
  auto add = [&](const std::string& where, std::vector<SqlValue> values) {
    SqlCondition c = start_condition();
    c.where += " AND ";
    c.where += where;
    c.values = std::move(values);
    common_conditions(f, c);
    out.push_back(std::move(c));
  };
  auto one_side = [&](std::string_view column, const std::string& code) -> bool {
    auto codes = exact_codes(code);
    if (!codes) return false;
    for (const std::string& c : *codes) add(fmt::format("e.{} = ?", column), {c});
    return true;
  };
  if (!f.actor.empty()) {
    auto codes = exact_codes(f.actor);
    if (codes) {
      for (const std::string& c : *codes) {
        add("e.source = ?", {c});
        add("e.target = ?", {c});
      }
      if (codes->empty()) add("0", {});
      return out;
    }
  } else if (!f.source.empty() && !f.target.empty()) {
    if (actor_root(f.source) == f.source && actor_root(f.target) == f.target) {
      const std::string where = "e.source_root = ? AND e.target_root = ?";
      add(where, {f.source, f.target});
      if (!f.directed) add(where, {f.target, f.source});
      return out;
    }
    // A code and a root (or two codes): every pair of codes on the (source, target, date) index.
    auto sources = exact_codes(f.source);
    auto targets = exact_codes(f.target);
    if (sources && targets && sources->size() * targets->size() <= kMaxRootCodes) {
      for (const std::string& a : *sources) {
        for (const std::string& b : *targets) {
          add("e.source = ? AND e.target = ?", {a, b});
          if (!f.directed) add("e.source = ? AND e.target = ?", {b, a});
        }
      }
      if (out.empty()) add("0", {});
      return out;
    }
  } else if (!f.source.empty() || !f.target.empty()) {
    const bool is_source = !f.source.empty();
    const size_t before = out.size();
    if (one_side(is_source ? "source" : "target", is_source ? f.source : f.target)) {
      if (out.size() == before) add("0", {});
      return out;
    }
  }
  out.clear();
  out.push_back(event_condition(f));
  return out;
}

SqlCondition event_condition(const EventFilter& f) {
  SqlCondition c = start_condition();
  std::string& w = c.where;
  if (!f.actor.empty()) {
    w += " AND (";
    side_condition("source", f.actor, w, c.values);
    w += " OR ";
    side_condition("target", f.actor, w, c.values);
    w += ")";
  } else if (!f.source.empty() && !f.target.empty()) {
    w += " AND (";
    dyad_condition(f.source, f.target, w, c.values);
    if (!f.directed) {
      w += " OR ";
      dyad_condition(f.target, f.source, w, c.values);
    }
    w += ")";
  } else if (!f.source.empty() || !f.target.empty()) {
    w += " AND ";
    if (!f.source.empty()) side_condition("source", f.source, w, c.values);
    if (!f.target.empty()) side_condition("target", f.target, w, c.values);
  }
  common_conditions(f, c);
  return c;
}

}  // namespace faultline::api
