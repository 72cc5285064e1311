#include "time/calendar.h"

namespace faultline {

using namespace std::chrono;

Day on_or_before(Day d, weekday wd) { return Day{as_days(d) - (weekday_of(d) - wd)}; }

Day on_or_after(Day d, weekday wd) { return Day{as_days(d) + (wd - weekday_of(d))}; }

Day monday_of(Day d) { return on_or_before(d, Monday); }

Day first_of_month(Day d, int months) {
  year_month ym = d.year() / d.month();
  ym += std::chrono::months{months};
  return ym / 1;
}

Day last_of_month(year y, month m) { return Day{y / m / last}; }

}  // namespace faultline
