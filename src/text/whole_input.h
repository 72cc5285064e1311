// Reading a whole input as the raw text of one document (plain text, an HTML page, a feed).
#pragma once

#include <string>

#include "text/format_reader.h"

namespace faultline {

// Reads the rest of in.input into out, dropping a UTF-8 byte-order mark. Returns false, having
// reported the issue, when the input is unreadable, larger than max_document_bytes, empty (or only
// whitespace), or not valid UTF-8 without NUL bytes.
bool read_whole_input(ReaderInput& in, std::string& out);

}  // namespace faultline
