// Publication dates as news formats write them, normalised to ISO 8601.
//
//   "20080801"                        (PETRARCH)        -> "2008-08-01"
//   "Thu, 07 Dec 2023 10:00:00 GMT"   (RSS, RFC 822)    -> "2023-12-07T10:00:00Z"
//   "7 Dec 2023 10:00 +0100"                            -> "2023-12-07T10:00:00+01:00"
//   "2023-12-07T10:00:00.5+01:00", "2023-12-07 10:00"  (ISO 8601, Atom) -> kept, with "T" and "+hh:mm"
// Anything else (or an impossible date such as 2023-02-30) is returned trimmed but otherwise as
// given: a date the reader cannot read is still information for the user.
#pragma once

#include <string>
#include <string_view>

namespace faultline {

std::string normalize_date(std::string_view raw);

}  // namespace faultline
