// Dates for the writers: Gephi's half-open day intervals and dates for people to read.

#include "export_internal.h"

namespace bilat::export_internal {

namespace {

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
std::string DayMonth(const PartialDate& d, const TimelineLanguage& l) {
  if (d.month < 1 || d.month > 12) return "";
  std::string month = l.Word("month." + std::to_string(d.month));
  return d.day ? l.Fill("date.dm", {{"day", std::to_string(d.day)}, {"month", month}}) : month;
}

// "4 October" + 2024 -> "4 October 2024" ("4 tháng 10 năm 2024"); "" + 2024 -> "2024".
std::string WithYear(const std::string& below, int year, const TimelineLanguage& l) {
  std::string y = std::to_string(year);
  if (below.empty()) return l.Fill("date.year", {{"year", y}});
  return l.Fill("date.with_year", {{"date", below}, {"year", y}});
}

std::string HumanPartial(const PartialDate& d, const TimelineLanguage& l) {
  std::string s = DayMonth(d, l);
  if (d.has_year()) s = WithYear(s, d.year, l);
  if (d.uncertain) s += "?";
  return s;
}

}  // namespace

long DayNumber(const Day& d) {  // days from civil (Howard Hinnant's algorithm)
  long y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::pair<Day, Day> DaySpan(const DateRange& date) {
  PartialDate last = date.is_interval() ? IntervalEnd(date) : date.start;
  Day first = FirstDay(date.start), end = LastDay(last);
  if (end < first) end = LastDay(date.start);
  return {first, end};
}

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
  return HumanDate(date, *TimelineLanguage::English());
}

std::string HumanDate(const DateRange& date, const TimelineLanguage& l) {
  const PartialDate& a = date.start;
  const PartialDate& b = date.end;
  if (!date.is_interval()) return HumanPartial(a, l);
  if (a.year == b.year && !a.uncertain && !b.uncertain) {
    auto year = [&](const std::string& below) {
      return a.has_year() ? WithYear(below, a.year, l) : below;
    };
    if (a.month == 0 && b.month == 0) return HumanPartial(a, l) + "–" + HumanPartial(b, l);
    if (a.month == b.month && a.day && b.day)  // "3–7 October 2024"
      return year(std::to_string(a.day) + "–" + DayMonth(b, l));
    if (a.month && b.month) return year(DayMonth(a, l) + " – " + DayMonth(b, l));
  }
  return HumanPartial(a, l) + " – " + HumanPartial(b, l);
}

}  // namespace bilat::export_internal
