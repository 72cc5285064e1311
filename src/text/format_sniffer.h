// Deciding an input's format from its name, else from its first bytes.
#pragma once

#include <optional>
#include <string_view>

#include "faultline/reader.h"

namespace faultline {

// Bytes worth looking at: an XML file may open with a long comment before its root element.
constexpr size_t kSniffBytes = 64 * 1024;

// The format a file's extension names (a trailing ".gz" is looked through), or kAuto when the name
// does not say: no known extension, or ".xml", which may be PETRARCH or a feed.
InputFormat format_from_name(std::string_view path);

// The format of content starting with head: '{' JSON Lines, '<' markup by its root element, else
// plain text. nullopt for markup that is none of HTML, PETRARCH or a feed.
std::optional<InputFormat> sniff_format(std::string_view head);

}  // namespace faultline
