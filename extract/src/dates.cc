// Date expressions: a small hand-written grammar per language over tokens. Month, weekday and
// relative words come from resources/lexicon/dates.tsv; the shapes (day/month order, ranges,
// periods) are the grammar below.
#include <algorithm>
#include <charconv>

#include "dates_internal.h"

namespace bilat::dates {
namespace {

using text::Token;

// The number a token starts with, when the rest is empty or an ordinal suffix ("09th").
int Number(const Token& t) {
  if (!t.digit) return -1;
  int v = 0;
  size_t i = 0;
  while (i < t.fold.size() && std::isdigit(static_cast<unsigned char>(t.fold[i]))) {
    v = v * 10 + (t.fold[i] - '0');
    if (v > 100000) return -1;
    ++i;
  }
  std::string_view rest = std::string_view(t.fold).substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  return v;
}
int Day(const Token& t) {
  int v = Number(t);
  return v >= 1 && v <= 31 && t.fold.size() <= 4 ? v : -1;
}
int Year(const Token& t) {
  int v = Number(t);
  return v >= 1900 && v <= 2100 && t.fold.size() == 4 ? v : -1;
}
// The year closing a numeric date ("19/5/1890"): any four digits will do there.
int YearOfDate(const Token& t) {
  int v = Number(t);
  return v >= 1000 && v <= 2100 && t.fold.size() == 4 ? v : -1;
}
bool Is(const std::vector<Token>& t, int i, std::string_view fold) {
  return i >= 0 && i < static_cast<int>(t.size()) && t[i].fold == fold;
}
bool IsDash(const std::vector<Token>& t, int i) { return Is(t, i, "-") || Is(t, i, "to"); }
const Token* At(const std::vector<Token>& t, int i) {
  return i >= 0 && i < static_cast<int>(t.size()) ? &t[i] : nullptr;
}

// The month of "tháng một" .. "tháng mười hai" (folded number words), 0 when not one.
int MonthNumberWord(const std::string& fold) {
  static const std::unordered_map<std::string, int> kWords = {
      {"mot", 1}, {"hai", 2}, {"ba", 3},   {"tu", 4},    {"nam", 5},       {"sau", 6},
      {"bay", 7}, {"tam", 8}, {"chin", 9}, {"muoi", 10}, {"muoi mot", 11}, {"muoi hai", 12}};
  auto it = kWords.find(fold);
  return it == kWords.end() ? 0 : it->second;
}

// Tokens of a range separator at `j`: "-", "to", "đến", "đến ngày"; 0 when there is none.
int RangeSeparator(const std::vector<Token>& t, int j) {
  if (IsDash(t, j)) return 1;
  if (!Is(t, j, "den")) return 0;
  return Is(t, j + 1, "ngay") ? 2 : 1;
}

bool Valid(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

PartialDate Make(int y, int m, int d) {
  PartialDate p;
  p.year = y > 0 ? y : 0;
  p.month = m;
  p.day = d;
  return p;
}

bool NearWord(const std::vector<Token>& t, int b, int e, std::initializer_list<std::string_view> w,
              int window) {
  for (int k = std::max(0, b - window); k < std::min<int>(t.size(), e + window); ++k) {
    if (k >= b && k < e) continue;
    for (auto x : w)
      if (t[k].fold == x) return true;
  }
  return false;
}

}  // namespace

DateGrammar::DateGrammar(const kb::KnowledgeBase& kb) {
  for (const auto& w : kb.date_words()) {
    std::string f = Fold(w.text);
    if (w.kind == "month") {
      int m = std::atoi(w.value.c_str());
      if (m >= 1 && m <= 12) (w.lang == "vi" ? months_vi_ : months_en_)[f] = m;
    } else if (w.kind == "weekday") {
      int d = std::atoi(w.value.c_str());
      if (d >= 1 && d <= 7 && w.lang == "en") weekdays_[f] = d;
      if (d >= 1 && d <= 7 && w.lang == "vi") weekdays_vi_[f] = d;
    } else if (w.kind == "daypart" && w.lang == "vi") {
      dayparts_vi_.insert(text::Lower(w.text));
    } else if (w.kind == "relative") {
      relative_[f] = w.value;
      std::string lower = text::Lower(w.text);
      relative_first_.insert(lower.substr(0, lower.find(' ')));
      relative_first_fold_.insert(f.substr(0, f.find(' ')));
    }
  }
}

int DateGrammar::Month(const std::string& lang, const std::string& fold) const {
  const auto& m = lang == "vi" ? months_vi_ : months_en_;
  auto it = m.find(fold);
  return it == m.end() ? 0 : it->second;
}

bool DateGrammar::MatchEnglish(const std::vector<Token>& t, int i, DateMention& out) const {
  int n = static_cast<int>(t.size());
  int m = Month("en", t[i].fold);
  if (m && t[i].cap) {
    int j = i + 1;
    if (Is(t, j, ".")) ++j;  // "Oct."
    const Token* a = At(t, j);
    if (a && Day(*a) > 0) {
      int d1 = Day(*a), d2 = 0, m2 = m, y = 0;
      ++j;
      if (IsDash(t, j) && j + 1 < n && Day(t[j + 1]) > 0 && Year(t[j + 1]) < 0) {
        d2 = Day(t[j + 1]);
        j += 2;
      } else if (IsDash(t, j) && j + 2 < n && Month("en", t[j + 1].fold) && Day(t[j + 2]) > 0) {
        m2 = Month("en", t[j + 1].fold);
        d2 = Day(t[j + 2]);
        j += 3;
      }
      if (Is(t, j, ",") && j + 1 < n && Year(t[j + 1]) > 0) {
        y = Year(t[j + 1]);
        j += 2;
      } else if (j < n && Year(t[j]) > 0) {
        y = Year(t[j]);
        ++j;
      }
      int y2 = y;
      if (!d2 && y && IsDash(t, j) && j + 2 < n && Month("en", t[j + 1].fold) && t[j + 1].cap &&
          Day(t[j + 2]) > 0) {  // "December 30, 2023 to January 2, 2024"
        m2 = Month("en", t[j + 1].fold);
        d2 = Day(t[j + 2]);
        j += 3;
        if (Is(t, j, ",") && j + 1 < n && Year(t[j + 1]) > 0) {
          y2 = Year(t[j + 1]);
          j += 2;
        } else if (j < n && Year(t[j]) > 0) {
          y2 = Year(t[j++]);
        }
      } else if (d2 && y && m2 < m) {  // "December 30 to January 2, 2024": the year ends it
        y = y2 - 1;
      }
      if (!Valid(y, m, d1) || (d2 && !Valid(y2, m2, d2))) return false;
      out.tb = i;
      out.te = j;
      out.value.start = Make(y, m, d1);
      if (d2) out.value.end = Make(y2, m2, d2);
      out.kind = d2 ? DateKind::kInterval : DateKind::kPoint;
      return true;
    }
    if (a && Year(*a) > 0) {  // "March 2018"
      out.tb = i;
      out.te = j + 1;
      out.value.start = Make(Year(*a), m, 0);
      out.kind = DateKind::kPoint;
      return true;
    }
    return false;
  }
  // "4 October 2024", "4 Oct. 2024", "2nd of June", "3-7 October", "from 3 to 7 October"
  if (Day(t[i]) > 0) {
    int d = Day(t[i]), d2 = 0, y = 0, j = i + 1;
    if (IsDash(t, j) && j + 1 < n && Day(t[j + 1]) > d) {
      d2 = Day(t[j + 1]);
      j += 2;
    }
    if (Is(t, j, "of")) ++j;
    int mm = j < n && t[j].cap ? Month("en", t[j].fold) : 0;
    if (!mm) return false;
    ++j;
    if (Is(t, j, ".") && j + 1 < n && Year(t[j + 1]) > 0) ++j;  // "Oct. 2024"
    if (j < n && Year(t[j]) > 0) y = Year(t[j++]);
    if (!Valid(y, mm, d) || (d2 && !Valid(y, mm, d2))) return false;
    out.tb = i;
    out.te = j;
    out.value.start = Make(y, mm, d);
    if (d2) out.value.end = Make(y, mm, d2);
    out.kind = d2 ? DateKind::kInterval : DateKind::kPoint;
    return true;
  }
  // "on Sunday"; a weekday written before a date ("Tuesday 6 September", "Thursday, March 12",
  // a page line "Monday, November 20,2023"), which Find() folds into that date.
  if (auto w = weekdays_.find(t[i].fold);
      w != weekdays_.end() && t[i].cap &&
      (Is(t, i - 1, "on") || i == 0 ||
       (i + 1 < n && (Is(t, i + 1, ",") || Day(t[i + 1]) > 0 || Month("en", t[i + 1].fold))))) {
    if (Is(t, i - 1, "next") || Is(t, i - 1, "last") || Is(t, i - 1, "this")) return false;
    out.tb = i;
    out.te = i + 1;
    out.kind = DateKind::kRelative;
    out.weekday = w->second;
    return true;
  }
  return false;
}

bool DateGrammar::MatchVietnamese(const std::vector<Token>& t, int i, DateMention& out) const {
  int n = static_cast<int>(t.size());
  // Weekdays: "sáng thứ Hai", "(thứ Sáu)", "Thứ tư, 18/11/2009", "Chủ nhật". "thứ hai" is also
  // an ordinal ("lần thứ hai"): only a capitalised day word, or one after a part of the day,
  // an opening bracket, "vào"/"hôm"/"ngày", or at the start of the line, is a weekday.
  if ((Is(t, i, "thu") || Is(t, i, "chu")) && i + 1 < n) {
    auto w = weekdays_vi_.find(t[i].fold + " " + t[i + 1].fold);
    bool cue = t[i + 1].cap || i == 0 || Is(t, i - 1, "(") || Is(t, i - 1, "vao") ||
               Is(t, i - 1, "hom") || Is(t, i - 1, "ngay") ||
               (i > 0 && dayparts_vi_.count(t[i - 1].lower));
    if (w != weekdays_vi_.end() && cue) {
      out.tb = i;
      out.te = i + 2;
      out.kind = DateKind::kRelative;
      out.weekday = w->second;
      return true;
    }
  }
  // "ngày 4 tháng 10 năm 2024"
  if (Is(t, i, "ngay") && i + 3 < n && Day(t[i + 1]) > 0 && Is(t, i + 2, "thang") &&
      Number(t[i + 3]) >= 1 && Number(t[i + 3]) <= 12) {
    int d = Day(t[i + 1]), m = Number(t[i + 3]), y = 0, j = i + 4;
    if (Is(t, j, "nam") && j + 1 < n && Year(t[j + 1]) > 0) {
      y = Year(t[j + 1]);
      j += 2;
    }
    if (!Valid(y, m, d)) return false;
    out = {i, j, {Make(y, m, d), {}}, DateKind::kPoint};
    return true;
  }
  // "tháng 10/2024", "tháng 10 năm 2024", "tháng Giêng", "tháng Mười Hai"
  if (Is(t, i, "thang") && i + 1 < n) {
    int m = Number(t[i + 1]);
    if (m < 1 || m > 12) m = 0;
    int j = i + 2;
    if (!m && i + 1 < n) {
      m = Month("vi", "thang " + t[i + 1].fold);
    }
    if (!m && t[i + 1].cap) {  // "tháng Tư", "tháng Mười Một": capitalised, as month names are
      if (i + 2 < n && t[i + 2].cap) m = MonthNumberWord(t[i + 1].fold + " " + t[i + 2].fold);
      if (m) {
        j = i + 3;
      } else {
        m = MonthNumberWord(t[i + 1].fold);
      }
    }
    if (!m) return false;
    int y = 0;
    if ((Is(t, j, "/") || Is(t, j, "nam")) && j + 1 < n && Year(t[j + 1]) > 0) {
      y = Year(t[j + 1]);
      j += 2;
    }
    out = {i, j, {Make(y, m, 0), {}}, DateKind::kPoint};
    return true;
  }
  // "năm 2023"
  if (Is(t, i, "nam") && i + 1 < n && Year(t[i + 1]) > 0) {
    out = {i, i + 2, {Make(Year(t[i + 1]), 0, 0), {}}, DateKind::kYear};
    return true;
  }
  // D/M(/Y), D1-D2/M(/Y), D1/M1-D2/M2(/Y)
  int d1 = Day(t[i]);
  if (d1 < 0) return false;
  // "từ ngày 13 đến 14-11-2022": a span of days whose month is written with dashes.
  if (i > 0 && (t[i - 1].lower == "ngày" || dayparts_vi_.count(t[i - 1].lower))) {
    int sep = RangeSeparator(t, i + 1);
    int k = i + 1 + sep;
    if (sep && k + 2 < n && Day(t[k]) > d1 && Is(t, k + 1, "-") && Number(t[k + 2]) >= 1 &&
        Number(t[k + 2]) <= 12 && t[k + 2].fold.size() <= 2) {
      int d2 = Day(t[k]), m = Number(t[k + 2]), y = 0, j = k + 3;
      if (Is(t, j, "-") && j + 1 < n && Year(t[j + 1]) > 0) {
        y = Year(t[j + 1]);
        j += 2;
      }
      if (Valid(y, m, d1) && Valid(y, m, d2)) {
        out = {i, j, {Make(y, m, d1), Make(y, m, d2)}, DateKind::kInterval};
        return true;
      }
    }
  }
  // "Sáng 7-10", "ngày 7-10-2024": day-month with dashes after a day part or "ngày".
  if (i > 0 && (t[i - 1].lower == "ngày" || dayparts_vi_.count(t[i - 1].lower)) &&
      Is(t, i + 1, "-") && i + 2 < n && Number(t[i + 2]) >= 1 && Number(t[i + 2]) <= 12 &&
      t[i + 2].fold.size() <= 2 && !Is(t, i + 3, "/")) {
    int m = Number(t[i + 2]), y = 0, j = i + 3;
    if (Is(t, j, "-") && j + 1 < n && Year(t[j + 1]) > 0) {
      y = Year(t[j + 1]);
      j += 2;
    }
    if (Valid(y, m, d1)) {
      out = {i, j, {Make(y, m, d1), {}}, DateKind::kPoint};
      return true;
    }
  }
  int j = i + 1, d2 = 0, m1 = 0, m2 = 0, y = 0, y1 = 0;
  if (int sep = RangeSeparator(t, j);
      sep && j + sep + 1 < n && Day(t[j + sep]) > 0 && Is(t, j + sep + 1, "/")) {
    d2 = Day(t[j + sep]);  // 3-7/10, 3 đến ngày 7/10
    j += sep + 2;
  } else if (!Is(t, j, "/")) {
    return false;
  } else {
    ++j;
  }
  if (j >= n || Number(t[j]) < 1 || Number(t[j]) > 12 || t[j].fold.size() > 2) return false;
  m1 = m2 = Number(t[j++]);
  if (Is(t, j, "/") && j + 1 < n && YearOfDate(t[j + 1]) > 0) {
    y1 = y = YearOfDate(t[j + 1]);
    j += 2;
  }
  if (int sep = d2 ? 0 : RangeSeparator(t, j);
      sep && j + sep + 2 < n && Day(t[j + sep]) > 0 && Is(t, j + sep + 1, "/") &&
      Number(t[j + sep + 2]) >= 1 && Number(t[j + sep + 2]) <= 12 &&
      t[j + sep + 2].fold.size() <= 2) {
    d2 = Day(t[j + sep]);  // 15/5-15/6, 30/10 đến ngày 2/11
    m2 = Number(t[j + sep + 2]);
    j += sep + 3;
    if (Is(t, j, "/") && j + 1 < n && YearOfDate(t[j + 1]) > 0) {
      y = YearOfDate(t[j + 1]);
      if (!y1) y1 = y;
      j += 2;
    }
  }
  if (!Valid(y1, m1, d1) || (d2 && !Valid(y, m2, d2))) return false;
  out.tb = i;
  out.te = j;
  out.value.start = Make(y1, m1, d1);
  if (d2) out.value.end = Make(y, m2, d2);
  out.kind = d2 ? DateKind::kInterval : DateKind::kPoint;
  if (d2 && y1 && y && y - y1 >= 1) out.kind = DateKind::kBackground;  // 19/5/1890 - 19/5/2025
  return true;
}

bool DateGrammar::MatchPeriod(const std::vector<Token>& t, int i, const std::string& lang,
                              DateMention& out) const {
  int n = static_cast<int>(t.size());
  int y1 = Year(t[i]);
  if (y1 < 0 || !IsDash(t, i + 1) || i + 2 >= n) return false;
  int y2 = Year(t[i + 2]);
  if (y2 < 0) {  // "2018-28", "2024-25"
    int yy = Number(t[i + 2]);
    if (yy < 0 || t[i + 2].fold.size() != 2) return false;
    y2 = y1 / 100 * 100 + yy;
  }
  if (y2 <= y1 || y2 - y1 > 200) return false;
  out.tb = i;
  out.te = i + 3;
  out.value.start = Make(y1, 0, 0);
  out.value.end = Make(y2, 0, 0);
  // "in the 2025-2028 period", "giai đoạn 2025-2028", "for 2024-2026" (a programme's years).
  bool period = NearWord(t, i, i + 3, {"period", "phase", "term", "doan", "ky", "plan"}, 3) ||
                (i > 0 && t[i - 1].fold == "for");
  bool background = NearWord(t, i, i + 3, {"anniversary", "niem", "past", "over"}, 4);
  // "vừa qua", "năm qua" (past) but not "thông qua" (adopted).
  for (int k = std::max(1, i - 4); k < std::min(n, i + 7); ++k)
    if ((k < i || k >= i + 3) && t[k].fold == "qua" && t[k - 1].fold != "thong") background = true;
  // No programme runs for more than a few decades: a longer span is an anniversary (1954-2024).
  if (y2 - y1 > 60) background = true;
  out.kind = period && !background ? DateKind::kPeriod : DateKind::kBackground;
  (void)lang;
  return true;
}

bool DateGrammar::MayStart(const Token& w, const std::string& lang) const {
  return w.word && (w.digit || relative_first_.count(w.lower) || Month(lang, w.fold) ||
                    weekdays_.count(w.fold) || w.fold == "ngay" || w.fold == "thang" ||
                    w.fold == "nam" || w.fold == "thu" || w.fold == "chu");
}

bool DateGrammar::Match(const std::vector<Token>& t, int i, const std::string& lang,
                        DateMention& out) const {
  // (Find has ruled out the words that cannot start a date.)
  const Token& w = t[i];
  const bool vi = lang.size() == 2 && lang[0] == 'v' && lang[1] == 'i';
  if (MatchPeriod(t, i, lang, out)) return true;
  if (vi ? MatchVietnamese(t, i, out) : MatchEnglish(t, i, out)) return true;
  // Relative phrases of up to three words ("this year", "năm nay", "vừa qua").
  // (Only when some phrase starts with this word: its fold is the phrase's first piece.)
  const bool relative_start = relative_first_fold_.count(w.fold) != 0;
  std::string phrase;
  for (int len = 3; len >= 1 && relative_start; --len) {
    if (i + len > static_cast<int>(t.size())) continue;
    phrase.clear();
    for (int k = i; k < i + len; ++k) {
      if (k > i) phrase += ' ';
      phrase += t[k].fold;
    }
    auto it = relative_.find(phrase);
    if (it == relative_.end()) continue;
    out.tb = i;
    out.te = i + len;
    out.value = {};
    const std::string& v = it->second;
    if (v == "recent") {
      out.kind = DateKind::kRecent;
    } else if (v.rfind("year", 0) == 0) {
      out.kind = DateKind::kRelative;
      out.relative_years = std::atoi(v.c_str() + 4);
    } else if (v.rfind("day", 0) == 0) {
      out.kind = DateKind::kRelative;
      out.has_day_offset = true;
      out.relative_days = std::atoi(v.c_str() + 3);
    } else {
      continue;  // month/day offsets: too vague to date a fact
    }
    return true;
  }
  // A bare year, but not one inside a document number ("15/2023/QĐ-TTg") nor one that starts a
  // name ("the 2025 Fortune Southeast Asia 500"), unless a preposition says it is a year.
  if (int y = Year(t[i]); y > 0 && !Is(t, i - 1, "/") && !Is(t, i + 1, "/") &&
                          (i + 1 >= static_cast<int>(t.size()) || !t[i + 1].word || !t[i + 1].cap ||
                           Is(t, i - 1, "in") || Is(t, i - 1, "since"))) {
    out = {i, i + 1, {Make(y, 0, 0), {}}, DateKind::kYear};
    return true;
  }
  return false;
}

std::vector<DateMention> DateGrammar::Find(const std::vector<Token>& tokens,
                                           const std::string& lang) const {
  std::vector<DateMention> out;
  // Most tokens cannot start a date: they are ruled out before any work, by the word flags
  // Tokenize set (MayStart, remembered per word) or else by MayStart itself.
  const bool en = lang.size() == 2 && lang[0] == 'e' && lang[1] == 'n';
  const bool vi = lang.size() == 2 && lang[0] == 'v' && lang[1] == 'i';
  const uint32_t may_start = vi ? text::kMayStartDateVi : text::kMayStartDateEn;
  for (int i = 0; i < static_cast<int>(tokens.size());) {
    const Token& w = tokens[i];
    bool may = w.word && ((w.flags & Token::kFlagsSet) && (en || vi) ? (w.flags & may_start) != 0
                                                                    : MayStart(w, lang));
    if (!may) {
      ++i;
      continue;
    }
    DateMention m;
    if (Match(tokens, i, lang, m)) {
      out.push_back(m);
      i = m.te;
    } else {
      ++i;
    }
  }
  // A weekday next to a full date ("Thursday, March 12", "Thứ tư, 18/11/2009", "15/3 (thứ
  // Sáu)") is part of that date: it constrains the year, and is not a second date.
  for (size_t k = 0; k < out.size(); ++k) {
    if (out[k].kind != DateKind::kRelative || !out[k].weekday) continue;
    auto is_day = [](const DateMention& d) {
      return (d.kind == DateKind::kPoint || d.kind == DateKind::kInterval) && d.value.start.day;
    };
    auto only_punct = [&](int b, int e) {
      if (e - b > 2) return false;
      for (int x = b; x < e; ++x)
        if (tokens[x].word) return false;
      return true;
    };
    if (k + 1 < out.size() && is_day(out[k + 1]) && only_punct(out[k].te, out[k + 1].tb)) {
      out[k + 1].weekday = out[k].weekday;
      out[k + 1].tb = out[k].tb;
      out.erase(out.begin() + static_cast<long>(k));
      --k;
    } else if (k > 0 && is_day(out[k - 1]) && only_punct(out[k - 1].te, out[k].tb)) {
      out[k - 1].weekday = out[k].weekday;
      out[k - 1].te = out[k].te + (Is(tokens, out[k].te, ")") ? 1 : 0);
      out.erase(out.begin() + static_cast<long>(k));
      --k;
    }
  }
  // "vừa qua", "recently" next to a date qualify it ("tháng 10 vừa qua", "giai đoạn vừa qua
  // (2016 - 2024)"): one expression, not a second date.
  // Likewise "Hôm nay (4/10)", "today (October 4)": the explicit date says it better.
  for (size_t k = 0; k < out.size();) {
    bool day_word = out[k].kind == DateKind::kRelative && out[k].has_day_offset;
    if (out[k].kind != DateKind::kRecent && !day_word) {
      ++k;
      continue;
    }
    if (day_word) {
      bool next_explicit = k + 1 < out.size() && out[k + 1].kind != DateKind::kRecent &&
                           out[k + 1].kind != DateKind::kRelative && out[k + 1].tb - out[k].te <= 2;
      if (!next_explicit) {
        ++k;
        continue;
      }
      out[k + 1].tb = out[k].tb;
      out.erase(out.begin() + k);
      continue;
    }
    if (k > 0 && out[k - 1].te == out[k].tb && out[k - 1].kind != DateKind::kRecent &&
        out[k - 1].kind != DateKind::kRelative) {
      out[k - 1].te = out[k].te;
    } else if (k + 1 < out.size() && out[k + 1].kind != DateKind::kRecent &&
               out[k + 1].kind != DateKind::kRelative &&
               (out[k + 1].tb == out[k].te ||
                (out[k + 1].tb == out[k].te + 1 && Is(tokens, out[k].te, "(")))) {
      out[k + 1].tb = out[k].tb;
    } else {
      ++k;
      continue;
    }
    out.erase(out.begin() + k);
  }
  return out;
}

long DayNumber(int year, int month, int day) {
  // Days from the civil calendar (Howard Hinnant's algorithm); day 0 is 1970-01-01.
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  return era * 146097L + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

int Weekday(const PartialDate& d) {
  if (!d.year || !d.month || !d.day) return 0;
  long z = DayNumber(d.year, d.month, d.day);  // 1970-01-01 was a Thursday
  return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

bool DateGrammar::IsWeekdayWord(const text::Token& t, const std::string& lang) const {
  if (lang != "vi") return weekdays_.count(t.fold) > 0;
  for (const auto& [phrase, d] : weekdays_vi_) {
    (void)d;
    if (phrase.size() > t.fold.size() && phrase.compare(phrase.size() - t.fold.size(),
                                                        t.fold.size(), t.fold) == 0 &&
        phrase[phrase.size() - t.fold.size() - 1] == ' ')
      return true;
  }
  return false;
}

PartialDate AddDays(const PartialDate& d, int days) {
  // Days from the civil calendar (Howard Hinnant's algorithm), there and back.
  auto to_days = [](int y, int m, int dd) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
  };
  int z = to_days(d.year, d.month, d.day) + days;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  PartialDate out;
  out.day = doy - (153 * mp + 2) / 5 + 1;
  out.month = mp + (mp < 10 ? 3 : -9);
  out.year = y + (out.month <= 2);
  return out;
}

int YearBefore(const PartialDate& date, const PartialDate& ref, int slack_days) {
  if (!ref.has_year()) return 0;
  if (!date.month || !ref.month) return ref.year;
  int date_doy = date.month * 31 + date.day;
  int ref_doy = ref.month * 31 + (ref.day ? ref.day : 31);
  return date_doy <= ref_doy + slack_days ? ref.year : ref.year - 1;
}

}  // namespace bilat::dates
