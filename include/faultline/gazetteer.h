// Gazetteer: place names resolved to coordinates and country, and the location of an event.
//
// Contract (coverage and rules in full in docs/time-and-place.md):
//  * Sources, read once by Gazetteer::load:
//      - Debian's libgeonames (package libgeonames-dev): about 24,000 cities of 15,000 people or
//        more, with country, coordinates and population, read through the library's API;
//      - Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): every ISO 3166-1 country
//        by name, common name and official name, with its alpha-3 code;
//      - the project's data/places/places.tsv: Kosovo (CAMEO code KSV, which ISO lacks; geonames'
//        XK maps to it), country aliases ("Russia", "U.S.", "Britain") and centres, regions
//        ("North Kosovo", "the Balkans"), and the northern-Kosovo places geonames lacks or spells
//        otherwise (Jarinje, Banjska, North Mitrovica, Leposavic) — with coordinates as facts.
//  * Names match ignoring case and diacritics ("ZVEČAN", "Zvecan" and "Zvečan" are one key).
//    A name may have several candidates (Washington, Tripoli); see resolution below.
//  * Load fails with a Status naming a missing or malformed file. The loaded Gazetteer is
//    immutable and may be shared by many threads.
//  * Mentions: capitalised token sequences (longest match, up to 6 tokens; first and last tokens
//    capitalised) after in/at/near/from/outside/inside/into/across/around/toward(s)/throughout,
//    optionally after "the" or a direction word ("in northern Kosovo"), coordinated lists
//    ("in Serbia and Kosovo"), and the place at the start of a dateline ("PRISTINA, Kosovo (AP) -").
//    Month and weekday names are never places.
//  * Disambiguation, in order: a country written after the name ("Jarinje, Kosovo"); a candidate
//    in a country the document names (anywhere, or in its dateline); a country over a city or
//    region of the same name; the larger population.
//  * Event location: the most specific place mentioned in the event's sentence (city, then
//    region, then country; nearest to the trigger among equals); else the dateline place; else
//    the place the document mentions most often (ties: the earliest); else none.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/document.h"
#include "faultline/event.h"
#include "faultline/status.h"

namespace faultline {

enum class PlaceKind : uint8_t { kCity = 0, kRegion, kCountry };

std::string_view place_kind_name(PlaceKind kind);  // "city", "region", "country"

struct Place {
  std::string_view name;     // canonical name ("Kosovska Mitrovica")
  std::string_view country;  // ISO 3166-1 alpha-3, or CAMEO where ISO has none ("KSV"); may be empty
  double latitude = 0;
  double longitude = 0;
  bool has_coordinates = false;
  uint32_t population = 0;   // 0 when unknown
  PlaceKind kind = PlaceKind::kCity;
};

struct GazetteerOptions {
  // The project's places file; empty = <data dir>/places/places.tsv, where the data dir is
  // $FAULTLINE_DATA_DIR when that holds the file, else the build's data/.
  std::string places_file;
  std::string iso_codes_file = "/usr/share/iso-codes/json/iso_3166-1.json";
  bool geonames = true;  // false: countries, regions and the places file only (tests)
};

class Gazetteer {
 public:
  static Result<std::unique_ptr<Gazetteer>> load(const GazetteerOptions& options = {});
  ~Gazetteer();

  size_t size() const;
  const Place& place(uint32_t id) const;

  // Every place called `name` (as written: any case, with or without diacritics), by id.
  // Appends to `out` (cleared first); no allocation once `out` has grown.
  void lookup(std::string_view name, std::vector<uint32_t>& out) const;

  // Filters in front of lookup() for the place scanner, which tries every capitalised word and the
  // spans it begins, most of them no name. may_be_name: false when lookup(text) would find nothing;
  // may_begin_name: false when no name begins with `text` (folded as lookup() folds it). Either
  // may say true for a text that is not a name or no name's beginning (about one in ten).
  bool may_be_name(std::string_view text) const;
  bool may_begin_name(std::string_view text) const;

  // The country with ISO/CAMEO code `code` ("SRB", "KSV"); nullopt when unknown.
  std::optional<uint32_t> country(std::string_view code) const;

 private:
  Gazetteer();
  friend class GazetteerBuilder;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct PlaceMention {
  ByteSpan span;          // the name as written ("Jarinje"; a qualifying ", Kosovo" is not included)
  uint32_t sentence = 0;  // 0-based index into Document::sentences
  uint32_t place = 0;     // Gazetteer id of the chosen candidate
  bool dateline = false;
};

struct DocumentPlaces {
  std::vector<PlaceMention> mentions;     // in text order
  std::vector<std::string> countries;     // codes of the countries the document names, first mention first
};

// All place mentions of an analysed document, disambiguated.
DocumentPlaces find_document_places(const Gazetteer& gazetteer, const Document& doc);

// The location of an event whose trigger is `trigger` in sentence `sentence` (0-based).
std::optional<EventLocation> locate_event(const Gazetteer& gazetteer, const Document& doc,
                                          const DocumentPlaces& places, uint32_t sentence, ByteSpan trigger);

}  // namespace faultline
