// Reading dictionary files whatever their format: PETRARCH2/TABARI or native, told apart by
// content (a native file starts with the line "faultline-dictionary 1").
#pragma once

#include <string>
#include <string_view>

#include "faultline/status.h"
#include "knowledge/diagnostics.h"
#include "knowledge/dictionary_model.h"

namespace faultline {

enum class DictionaryFormat : uint8_t { kPetrarch = 0, kNative };

// What a PETRARCH file holds; native files name their sections themselves.
enum class DictionaryKind : uint8_t { kUnknown = 0, kVerbs, kActors, kAgents, kDiscards, kIssues };

const char* dictionary_kind_name(DictionaryKind kind);

DictionaryFormat detect_dictionary_format(std::string_view text);

// Guesses the kind of a PETRARCH file: verb block headings or synsets -> verbs; "<ISSUE" -> issues;
// mostly "~" codes -> agents; no "[" at all -> discards; otherwise actors.
DictionaryKind guess_petrarch_kind(std::string_view text);

// Reads `path` into `out`. `kind` says what a PETRARCH file is (kUnknown: guess); native files
// ignore it. Fails only when the file cannot be read or holds an unsupported kind (issues);
// malformed lines go to `diagnostics`. `read_kind`, when given, receives the kind read (native
// files report kUnknown).
Status read_dictionary_file(const std::string& path, DictionaryKind kind, DictionarySet& out, Diagnostics& diagnostics,
                            DictionaryFormat* read_format = nullptr, DictionaryKind* read_kind = nullptr);

// The same over text already in memory; `path` names it in locations and messages.
Status read_dictionary_text(std::string_view text, const std::string& path, DictionaryKind kind, DictionarySet& out,
                            Diagnostics& diagnostics, DictionaryFormat* read_format = nullptr,
                            DictionaryKind* read_kind = nullptr);

}  // namespace faultline
