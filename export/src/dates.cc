// Dates for the writers: Gephi's half-open day intervals and dates for people to read.

#include <array>

#include "export_internal.h"

namespace bilat::export_internal {

namespace {

constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

Day FirstDay(const PartialDate& d) { return {d.year, d.month ? d.month : 1, d.day ? d.day : 1}; }

Day LastDay(const PartialDate& d) {
  int month = d.month ? d.month : 12;
  return {d.year, month, d.day ? d.day : DaysInMonth(d.year, month)};
}

Day NextDay(Day d) {
  if (++d.day > DaysInMonth(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

// "4 October", "October", "" — the parts of a date below the year.
std::string DayMonth(const PartialDate& d) {
  if (d.month < 1 || d.month > 12) return "";
  std::string month = kMonths[d.month - 1];
  return d.day ? std::to_string(d.day) + " " + month : month;
}

std::string HumanPartial(const PartialDate& d) {
  std::string s = DayMonth(d);
  if (d.has_year()) s += (s.empty() ? "" : " ") + std::to_string(d.year);
  if (d.uncertain) s += "?";
  return s;
}

}  // namespace

std::string Day::Iso() const { return Pad(year, 4) + "-" + Pad(month, 2) + "-" + Pad(day, 2); }

PartialDate IntervalEnd(const DateRange& date) {
  PartialDate end = date.end;
  if (end.has_year() || !date.start.has_year()) return end;
  // "2024-12-30/XXXX-01-02": the end is in the start's year, or the next one.
  end.year = date.start.year;
  if (end.month && date.start.month && end.month < date.start.month) ++end.year;
  return end;
}

std::optional<std::pair<Day, Day>> GephiInterval(const DateRange& date) {
  const PartialDate& start = date.start;
  if (!start.has_year()) return std::nullopt;
  PartialDate last = date.is_interval() ? IntervalEnd(date) : start;
  Day first = FirstDay(start);
  Day end = NextDay(LastDay(last));
  // An end before the start is bad data: fall back to the start alone; Gephi refuses end <= start.
  if (!(first < end)) end = NextDay(LastDay(start));
  return std::make_pair(first, end);
}

std::string HumanDate(const DateRange& date) {
  const PartialDate& a = date.start;
  const PartialDate& b = date.end;
  if (!date.is_interval()) return HumanPartial(a);
  if (a.year == b.year && !a.uncertain && !b.uncertain) {
    std::string year = a.has_year() ? " " + std::to_string(a.year) : "";
    if (a.month == 0 && b.month == 0) return HumanPartial(a) + "–" + HumanPartial(b);
    if (a.month == b.month && a.day && b.day)  // "3–7 October 2024"
      return std::to_string(a.day) + "–" + DayMonth(b) + year;
    if (a.month && b.month) return DayMonth(a) + " – " + DayMonth(b) + year;
  }
  return HumanPartial(a) + " – " + HumanPartial(b);
}

}  // namespace bilat::export_internal
