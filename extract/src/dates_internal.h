// Date expressions in English and Vietnamese sentences.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bilat/common.h"
#include "bilat/kb.h"
#include "text_internal.h"

namespace bilat::dates {

enum class DateKind {
  kPoint,       // a day, month or year on which something happened ("October 4", "4/10")
  kInterval,    // a span of days ("October 3-7", "từ ngày 3-7/10", "15/5-15/6")
  kPeriod,      // the period of an agreement or programme ("2025-2028 period", "giai đoạn")
  kBackground,  // a past span ("over the past period (2016 - 2024)", anniversaries 1954-2024)
  kYear,        // a bare year ("in 2013", "năm 2023")
  kRecent,      // "recently", "vừa qua": happened shortly before publication
  kRelative,    // "this year", "last year", weekdays: resolved against the article's date
};

struct DateMention {
  int tb = 0, te = 0;  // token range [tb, te)
  DateRange value;     // year may be 0 (unknown)
  DateKind kind = DateKind::kPoint;
  int relative_years = 0;  // kRelative: year offset ("last year" = -1)
  int relative_days = 0;   // kRelative with has_day_offset: day offset ("yesterday" = -1)
  bool has_day_offset = false;
  int weekday = 0;  // kRelative: 1 = Monday .. 7, when a weekday was named
  bool explicit_year() const { return value.start.year != 0; }
};

// The date grammar of one language, compiled from the lexicon's date words.
class DateGrammar {
 public:
  explicit DateGrammar(const kb::KnowledgeBase& kb);
  // Every date expression in `tokens`, left to right, non-overlapping.
  std::vector<DateMention> Find(const std::vector<text::Token>& tokens,
                                const std::string& lang) const;
  // Whether a word names a weekday (English) or is the day word of one (Vietnamese "Sáu").
  bool IsWeekdayWord(const text::Token& t, const std::string& lang) const;
  // Whether a word token may start a date expression (Find's cheap test before Match, which
  // counts on it; it reads only the token's own fields, so Tokenize can remember it per word in
  // Token::flags).
  bool MayStart(const text::Token& w, const std::string& lang) const;

 private:
  int Month(const std::string& lang, const std::string& fold) const;  // 0 when not a month
  bool Match(const std::vector<text::Token>& t, int i, const std::string& lang,
             DateMention& out) const;
  bool MatchEnglish(const std::vector<text::Token>& t, int i, DateMention& out) const;
  bool MatchVietnamese(const std::vector<text::Token>& t, int i, DateMention& out) const;
  bool MatchPeriod(const std::vector<text::Token>& t, int i, const std::string& lang,
                   DateMention& out) const;

  std::unordered_map<std::string, int> months_en_, months_vi_, weekdays_;
  std::unordered_map<std::string, int> weekdays_vi_;  // folded two-word phrase ("thu sau")
  std::unordered_map<std::string, std::string> relative_;  // folded phrase -> value
  std::unordered_set<std::string> relative_first_;         // their first words, lower case
  std::unordered_set<std::string> relative_first_fold_;    // their first words, folded
  std::unordered_set<std::string> dayparts_vi_;            // "sáng", "chiều", lower case
};

// Resolves a year-less date against a reference date (the article's publication date): the
// latest year such that the date is not more than `slack_days` after the reference.
int YearBefore(const PartialDate& date, const PartialDate& reference, int slack_days = 7);

// `d` (a full date) moved by `days`.
PartialDate AddDays(const PartialDate& d, int days);

// Days since 1970-01-01 of a full date (any year, proleptic Gregorian).
long DayNumber(int year, int month, int day);

// 1 = Monday ... 7 = Sunday for a full date; 0 when the date is not a full one.
int Weekday(const PartialDate& d);

}  // namespace bilat::dates
