// Day arithmetic for resolving dates: weeks run Monday to Sunday (ISO 8601), as news calendars do.
#pragma once

#include <chrono>

namespace faultline {

using Day = std::chrono::year_month_day;

inline std::chrono::sys_days as_days(Day d) { return std::chrono::sys_days{d}; }
inline Day add_days(Day d, int n) { return Day{as_days(d) + std::chrono::days{n}}; }
inline std::chrono::weekday weekday_of(Day d) { return std::chrono::weekday{as_days(d)}; }

// The latest day on or before `d` that falls on `wd`.
Day on_or_before(Day d, std::chrono::weekday wd);
// The earliest day on or after `d` that falls on `wd`.
Day on_or_after(Day d, std::chrono::weekday wd);
// The Monday of the week containing `d`.
Day monday_of(Day d);
// The first day of the month `months` months after the month of `d` (negative: before).
Day first_of_month(Day d, int months);
Day last_of_month(std::chrono::year y, std::chrono::month m);

}  // namespace faultline
