// Writing the store's merged events in the formats other tools read.
//
// Formats (one record per merged event, in event id order; negated and hypothetical events only
// with include_flagged):
//  - gdelt:   tab-separated, no header, the 61 columns of the GDELT 2.0 event table in their order
//             (GLOBALEVENTID ... SOURCEURL). Actor fields come from the CAMEO actor code: country
//             = its root, Type1/2/3 = the following 3-letter groups; Geo fields hold our location
//             (country as ISO alpha-3 or CAMEO code, not FIPS; ActionGeo_Type 4, Actor geo empty);
//             IsRootEvent = 1 when the first mention is among the document's first three sentences;
//             AvgTone is empty (not measured). DATEADDED is the ingest time.
//  - phoenix: tab-separated, no header, the Phoenix layout: EventID, Date (YYYYMMDD), Year, Month,
//             Day, SourceActorFull, SourceActorEntity, SourceActorRole, SourceActorAttribute,
//             TargetActorFull, TargetActorEntity, TargetActorRole, TargetActorAttribute, EventCode,
//             EventRootCode, QuadClass, GoldsteinScore, Issues, Lat, Lon, LocationName, StateName,
//             CountryCode, SentenceID, URLs, NewsSources.
//  - plover:  one PLOVER JSON object per line: id, date, event_type, mode, context, actor,
//             actor_text, recipient, recipient_text, cameo, goldstein, quad, location, source,
//             url, text (the evidence sentence), mentions, sources, articles.
//  - jsonl:   the event record (output/event_writer.h) plus id, mentions, articles, sources,
//             stories, outlet, url.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "faultline/status.h"
#include "store/sqlite.h"

namespace faultline {

enum class ExportFormat { kGdelt, kPhoenix, kPlover, kJsonl };

Result<ExportFormat> parse_export_format(std::string_view name);

struct ExportFilter {
  std::string from;  // ISO day, inclusive; empty = no bound
  std::string to;
  bool include_flagged = false;  // negated and hypothetical events too
};

// Calls `write` with chunks of output (about 1 MB); stops when it returns false.
Status export_events(Database& db, ExportFormat format, const ExportFilter& filter,
                     const std::function<bool(const std::string&)>& write);

}  // namespace faultline
