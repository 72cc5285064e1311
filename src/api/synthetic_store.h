// A synthetic store: generated documents, sentences, events, mentions and monitor tables that follow
// the store schema (src/store/schema.cc), for load tests of the API (a million events and more) and
// for the dashboard's browser test before any corpus is ingested.
//
// Contract: deterministic for a given seed; every event has one mention whose sentence exists and
// whose spans cut the actor and trigger text out of the document; the monitor tables (dyad_days,
// actor_days, escalation for the busiest dyads, alerts) are computed from the generated events with
// the rules of docs/store.md. The text is made up from templates and says so in every document's
// outlet ("Synthetic Wire"). Serbia–Kosovo is the busiest dyad, with conflict bursts in 2008, 2011,
// 2022 and 2023.
#pragma once

#include <cstdint>
#include <string>

#include "faultline/status.h"

namespace faultline::api {

struct SyntheticStoreOptions {
  int64_t events = 10000;
  int events_per_document = 4;
  uint64_t seed = 1;
  std::string first_day = "2007-01-01";
  std::string last_day = "2024-12-31";
};

// Writes a new store at `path` (fails when the file exists). Returns the number of events written.
Result<int64_t> write_synthetic_store(const std::string& path, const SyntheticStoreOptions& options);

}  // namespace faultline::api
