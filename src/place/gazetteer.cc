// Loading the gazetteer: iso-codes countries, the project's places file, libgeonames cities; then
// one sorted array of (name key, place id) pairs, reached through an open-addressing index of its
// distinct keys.
#include "faultline/gazetteer.h"

#include <geonames.h>
#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "faultline/pipeline.h"
#include "place/name_folding.h"

namespace faultline {

std::string_view place_kind_name(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCity: return "city";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCountry: return "country";
  }
  return "city";
}

namespace {

// A place while the gazetteer is being built; strings move into one arena at the end.
struct Draft {
  std::string name;
  std::string country;
  double latitude = 0;
  double longitude = 0;
  bool has_coordinates = false;
  uint32_t population = 0;
  PlaceKind kind = PlaceKind::kCity;
};

struct NameKey {
  uint64_t key = 0;
  uint32_t place = 0;
  friend bool operator<(const NameKey& a, const NameKey& b) {
    return a.key != b.key ? a.key < b.key : a.place < b.place;
  }
  friend bool operator==(const NameKey&, const NameKey&) = default;
};

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t at = s.find(separator, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

std::optional<double> parse_double(std::string_view s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::filesystem::path default_places_file() {
  const std::filesystem::path relative = std::filesystem::path("places") / "places.tsv";
  const std::filesystem::path configured = std::filesystem::path(default_data_dir()) / relative;
  if (std::filesystem::exists(configured)) return configured;
  return std::filesystem::path(FAULTLINE_DEFAULT_DATA_DIR) / relative;
}

}  // namespace

namespace {

// The filter of names and their beginnings: 2^21 bits (256 KB) for the 25,000 names and their
// 230,000 byte prefixes, so that about one text in ten that is neither finds its bit set. FNV-1a's
// state after n bytes is the hash of the first n, so one pass over a name gives all its prefixes;
// a whole name is its hash stepped once more with a zero byte.
constexpr int kPrefixBitsLog2 = 21;
constexpr size_t kPrefixBits = size_t{1} << kPrefixBitsLog2;
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
uint64_t fnv_step(uint64_t fnv, unsigned char c) { return (fnv ^ c) * kFnvPrime; }
uint64_t fnv_of(std::string_view folded) {
  uint64_t fnv = kFnvOffset;
  for (char c : folded) fnv = fnv_step(fnv, static_cast<unsigned char>(c));
  return fnv;
}
size_t prefix_bit(uint64_t fnv) { return static_cast<size_t>((fnv * 0x9e3779b97f4a7c15ULL) >> (64 - kPrefixBitsLog2)); }

}  // namespace

struct Gazetteer::Impl {
  std::string arena;
  std::vector<Place> places;
  std::vector<NameKey> keys;  // sorted
  // Open addressing over the distinct keys: 1 + the index in `keys` of a key's first pair, 0 for
  // an empty slot. The place scanner looks up every capitalised span of every document and most
  // are not names: a binary search over the 400 KB of pairs (25,000 names) missed the cache at most levels;
  // a probe here touches one slot (the table is 256 KB at half load) and usually ends there.
  std::vector<uint32_t> slots;
  uint64_t slot_mask = 0;

  void index_keys() {
    size_t distinct = 0;
    for (size_t k = 0; k < keys.size(); ++k) distinct += k == 0 || keys[k].key != keys[k - 1].key;
    size_t size = 16;
    while (size < 2 * distinct) size *= 2;
    slots.assign(size, 0);
    slot_mask = size - 1;
    for (size_t k = 0; k < keys.size(); ++k) {
      if (k > 0 && keys[k].key == keys[k - 1].key) continue;
      uint64_t at = keys[k].key & slot_mask;
      while (slots[at] != 0) at = (at + 1) & slot_mask;
      slots[at] = static_cast<uint32_t>(k + 1);
    }
  }
  std::unordered_map<std::string, uint32_t> countries;  // code -> place id
  // Bit filter of every folded name and each of its byte prefixes (prefix_bit), for may_be_name
  // and may_begin_name.
  std::vector<uint64_t> prefixes = std::vector<uint64_t>(kPrefixBits / 64, 0);
};

// Assembles the drafts and keys; the Gazetteer only ever sees the finished arrays.
class GazetteerBuilder {
 public:
  Status add_iso_countries(const std::string& path) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (auto error = parser.load(path).get(root)) {
      return not_found("cannot read ISO 3166 countries from " + path + ": " +
                                                      simdjson::error_message(error));
    }
    simdjson::dom::array list;
    if (root["3166-1"].get_array().get(list)) {
      return corrupt(path + ": no \"3166-1\" list");
    }
    for (simdjson::dom::element entry : list) {
      std::string_view alpha2;
      std::string_view alpha3;
      std::string_view name;
      if (entry["alpha_2"].get_string().get(alpha2) || entry["alpha_3"].get_string().get(alpha3) ||
          entry["name"].get_string().get(name)) {
        return corrupt(path + ": a country without alpha_2, alpha_3 or name");
      }
      Draft d;
      d.name = std::string(name);
      d.country = std::string(alpha3);
      d.kind = PlaceKind::kCountry;
      std::string_view common;
      if (!entry["common_name"].get_string().get(common)) d.name = std::string(common);
      const std::string shown = d.name;
      const uint32_t id = add(std::move(d));
      add_name(name, id);
      add_name(shown, id);
      std::string_view official;
      if (!entry["official_name"].get_string().get(official)) add_name(official, id);
      countries_[std::string(alpha3)] = id;
      alpha3_of_[std::string(alpha2)] = std::string(alpha3);
    }
    alpha3_of_["XK"] = "KSV";  // geonames' user-assigned code for Kosovo; CAMEO writes KSV
    return Status::ok_status();
  }

  Status read_places_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return not_found("cannot read places file " + path.string());
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line[0] == '#') continue;
      auto fields = split(line, '\t');
      auto bad = [&](std::string_view why) {
        return corrupt(path.string() + ":" + std::to_string(number) + ": " + std::string(why));
      };
      if (fields.size() < 6 || fields.size() > 7) return bad("expected 6 or 7 tab-separated fields");
      Draft d;
      if (fields[0] == "country") {
        d.kind = PlaceKind::kCountry;
      } else if (fields[0] == "region") {
        d.kind = PlaceKind::kRegion;
      } else if (fields[0] == "city") {
        d.kind = PlaceKind::kCity;
      } else {
        return bad("kind must be country, region or city");
      }
      d.name = std::string(fields[1]);
      if (fields[2] != "-") d.country = std::string(fields[2]);
      if (fields[3] != "-" || fields[4] != "-") {
        auto lat = parse_double(fields[3]);
        auto lon = parse_double(fields[4]);
        if (!lat || !lon || *lat < -90 || *lat > 90 || *lon < -180 || *lon > 180) return bad("bad coordinates");
        d.latitude = *lat;
        d.longitude = *lon;
        d.has_coordinates = true;
      }
      if (fields[5] != "-") {
        auto pop = parse_double(fields[5]);
        if (!pop || *pop < 0) return bad("bad population");
        d.population = static_cast<uint32_t>(*pop);
      }
      std::vector<std::string> names{d.name};
      if (fields.size() == 7 && !fields[6].empty()) {
        for (std::string_view alias : split(fields[6], '|')) names.emplace_back(alias);
      }
      if (d.kind == PlaceKind::kCity) {
        pending_cities_.push_back({std::move(d), std::move(names)});
      } else if (d.kind == PlaceKind::kCountry && countries_.contains(d.country)) {
        Draft& country = drafts_[countries_[d.country]];
        const uint32_t id = countries_[d.country];
        country.name = d.name;  // the name news writes ("Russia", not "Russian Federation")
        country.latitude = d.latitude;
        country.longitude = d.longitude;
        country.has_coordinates = d.has_coordinates;
        country.population = d.population;
        for (const std::string& n : names) add_name(n, id);
      } else {
        const bool is_country = d.kind == PlaceKind::kCountry;
        const std::string code = d.country;
        const uint32_t id = add(std::move(d));
        for (const std::string& n : names) add_name(n, id);
        if (is_country) countries_[code] = id;
      }
    }
    return Status::ok_status();
  }

  void add_geonames_cities() {
    const int n = geonames_get_n_cities();
    for (int i = 0; i < n; ++i) {
      GeonamesCity* city = geonames_get_city(i);
      if (!city) continue;
      Draft d;
      d.name = geonames_city_get_name(city);
      const std::string alpha2 = geonames_city_get_country_code(city);
      auto code = alpha3_of_.find(alpha2);
      d.country = code != alpha3_of_.end() ? code->second : alpha2;
      d.latitude = geonames_city_get_latitude(city);
      d.longitude = geonames_city_get_longitude(city);
      d.has_coordinates = true;
      d.population = geonames_city_get_population(city);
      geonames_city_free(city);
      std::string name = d.name;
      add_name(name, add(std::move(d)));
    }
  }

  // Cities of the places file: their names join a same-country city of the same name, if any.
  void add_pending_cities() {
    std::sort(keys_.begin(), keys_.end());
    std::vector<NameKey> added;
    for (auto& [draft, names] : pending_cities_) {
      std::optional<uint32_t> existing;
      for (const std::string& n : names) {
        const uint64_t key = key_of(n);
        auto range = std::equal_range(keys_.begin(), keys_.end(), NameKey{key, 0},
                                      [](const NameKey& a, const NameKey& b) { return a.key < b.key; });
        for (auto it = range.first; it != range.second && !existing; ++it) {
          const Draft& other = drafts_[it->place];
          if (other.kind == PlaceKind::kCity && other.country == draft.country) existing = it->place;
        }
        if (existing) break;
      }
      const uint32_t id = existing ? *existing : add(std::move(draft));
      for (const std::string& n : names) added.push_back({key_of(n), id});
    }
    keys_.insert(keys_.end(), added.begin(), added.end());
  }

  std::unique_ptr<Gazetteer> finish() {
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    std::unique_ptr<Gazetteer> g(new Gazetteer());
    Gazetteer::Impl& impl = *g->impl_;
    size_t bytes = 0;
    for (const Draft& d : drafts_) bytes += d.name.size() + d.country.size();
    impl.arena.reserve(bytes);  // never grows past this, so the views below stay valid
    impl.places.reserve(drafts_.size());
    for (const Draft& d : drafts_) {
      Place p;
      p.name = intern(impl.arena, d.name);
      p.country = intern(impl.arena, d.country);
      p.latitude = d.latitude;
      p.longitude = d.longitude;
      p.has_coordinates = d.has_coordinates;
      p.population = d.population;
      p.kind = d.kind;
      impl.places.push_back(p);
    }
    impl.keys = std::move(keys_);
    impl.index_keys();
    impl.countries = std::move(countries_);
    impl.prefixes = std::move(prefixes_);
    return g;
  }

 private:
  static std::string_view intern(std::string& arena, const std::string& s) {
    const size_t at = arena.size();
    arena.append(s);
    return std::string_view(arena).substr(at, s.size());
  }

  uint64_t key_of(std::string_view name) {
    folded_.clear();
    append_folded_name(name, folded_);
    auto set = [this](uint64_t fnv) {
      const size_t bit = prefix_bit(fnv);
      prefixes_[bit / 64] |= uint64_t{1} << (bit % 64);
    };
    uint64_t fnv = kFnvOffset;
    for (char c : folded_) set(fnv = fnv_step(fnv, static_cast<unsigned char>(c)));
    set(fnv_step(fnv, 0));
    return folded_name_key(folded_);
  }

  uint32_t add(Draft d) {
    drafts_.push_back(std::move(d));
    return static_cast<uint32_t>(drafts_.size() - 1);
  }

  void add_name(std::string_view name, uint32_t id) { keys_.push_back({key_of(name), id}); }

  std::vector<Draft> drafts_;
  std::vector<NameKey> keys_;
  std::unordered_map<std::string, uint32_t> countries_;
  std::unordered_map<std::string, std::string> alpha3_of_;
  std::vector<std::pair<Draft, std::vector<std::string>>> pending_cities_;
  std::string folded_;
  // Every name folded by key_of (a superset of the names stored) sets its bits here.
  std::vector<uint64_t> prefixes_ = std::vector<uint64_t>(kPrefixBits / 64, 0);
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::load(const GazetteerOptions& options) {
  GazetteerBuilder builder;
  if (Status s = builder.add_iso_countries(options.iso_codes_file); !s.ok()) return s;
  const std::filesystem::path places_file =
      options.places_file.empty() ? default_places_file() : std::filesystem::path(options.places_file);
  if (Status s = builder.read_places_file(places_file); !s.ok()) return s;
  if (options.geonames) builder.add_geonames_cities();
  builder.add_pending_cities();
  return builder.finish();
}

size_t Gazetteer::size() const { return impl_->places.size(); }

const Place& Gazetteer::place(uint32_t id) const { return impl_->places[id]; }

void Gazetteer::lookup(std::string_view name, std::vector<uint32_t>& out) const {
  out.clear();
  thread_local std::string folded;
  folded.clear();
  append_folded_name(name, folded);
  const uint64_t key = folded_name_key(folded);
  const std::vector<NameKey>& keys = impl_->keys;
  for (uint64_t at = key & impl_->slot_mask;; at = (at + 1) & impl_->slot_mask) {
    const uint32_t slot = impl_->slots[at];
    if (slot == 0) return;
    if (keys[slot - 1].key != key) continue;
    for (size_t k = slot - 1; k < keys.size() && keys[k].key == key; ++k) out.push_back(keys[k].place);
    return;
  }
}

namespace {

// fnv_of(the folded text); ASCII (nearly every word) is lower-cased on the fly, as
// append_folded_name would.
uint64_t folded_fnv(std::string_view text) {
  uint64_t fnv = kFnvOffset;
  bool ascii = true;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) {
      ascii = false;
      break;
    }
    fnv = fnv_step(fnv, b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b - 'A' + 'a') : b);
  }
  if (ascii) return fnv;
  thread_local std::string folded;
  folded.clear();
  append_folded_name(text, folded);
  return fnv_of(folded);
}

}  // namespace

bool Gazetteer::may_be_name(std::string_view text) const {
  const size_t bit = prefix_bit(fnv_step(folded_fnv(text), 0));
  return (impl_->prefixes[bit / 64] >> (bit % 64)) & 1u;
}

bool Gazetteer::may_begin_name(std::string_view text) const {
  const size_t bit = prefix_bit(folded_fnv(text));
  return (impl_->prefixes[bit / 64] >> (bit % 64)) & 1u;
}

std::optional<uint32_t> Gazetteer::country(std::string_view code) const {
  auto it = impl_->countries.find(std::string(code));
  if (it == impl_->countries.end()) return std::nullopt;
  return it->second;
}

}  // namespace faultline
