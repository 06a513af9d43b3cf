#include "bilat/common.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <mutex>

namespace bilat {

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      return "invalid argument: " + message_;
    case Code::kNotFound:
      return "not found: " + message_;
    case Code::kCorruption:
      return "corrupt input: " + message_;
    case Code::kIOError:
      return "I/O error: " + message_;
  }
  return message_;
}

// ---------------------------------------------------------------------------------------- dates

namespace {
bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}
}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  if (month == 2 && (year == 0 || IsLeap(year))) return 29;
  return kDays[month - 1];
}

std::string PartialDate::ToEdtf() const {
  if (empty()) return "";
  std::string s = year ? Pad(year, 4) : "XXXX";
  if (month) {
    s += "-" + Pad(month, 2);
    if (day) s += "-" + Pad(day, 2);
  }
  if (uncertain) s += "?";
  return s;
}

std::optional<PartialDate> PartialDate::Parse(std::string_view s) {
  PartialDate d;
  if (!s.empty() && s.back() == '?') {
    d.uncertain = true;
    s.remove_suffix(1);
  }
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (s.substr(0, 4) == "XXXX") {
    if (s.size() == 4) return std::nullopt;  // "XXXX-10" and "XXXX-10-04", not "XXXX"
  } else if (!ParseInt(s.substr(0, 4), d.year) || d.year < 1) {
    return std::nullopt;
  }
  if (s.size() >= 7) {
    if (s[4] != '-' || !ParseInt(s.substr(5, 2), d.month) || d.month < 1 || d.month > 12)
      return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !ParseInt(s.substr(8, 2), d.day) || d.day < 1 ||
        d.day > DaysInMonth(d.year, d.month))
      return std::nullopt;
  }
  return d;
}

std::string DateRange::ToEdtf() const {
  if (!is_interval()) return start.ToEdtf();
  return start.ToEdtf() + "/" + end.ToEdtf();
}

std::optional<DateRange> DateRange::Parse(std::string_view s) {
  DateRange r;
  auto slash = s.find('/');
  auto a = PartialDate::Parse(s.substr(0, slash));
  if (!a) return std::nullopt;
  r.start = *a;
  if (slash != std::string_view::npos) {
    auto b = PartialDate::Parse(s.substr(slash + 1));
    if (!b) return std::nullopt;
    r.end = *b;
  }
  return r;
}

bool DateWithin(const PartialDate& d, const PartialDate& from, const PartialDate& to) {
  // Compare on the coarsest precision both sides have: a month-only date is within a tenure that
  // covers any day of that month.
  auto before = [](const PartialDate& a, const PartialDate& b) {  // a strictly before b
    if (a.year != b.year) return a.year < b.year;
    if (!a.month || !b.month) return false;
    if (a.month != b.month) return a.month < b.month;
    if (!a.day || !b.day) return false;
    return a.day < b.day;
  };
  if (!d.has_year()) return true;
  if (!from.empty() && before(d, from)) return false;
  if (!to.empty() && before(to, d)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------- UTF-8

char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size() || c > 0xF4) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string ToNfc(std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(u, err) && U_SUCCESS(err)) return std::string(utf8);
  err = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, err);
  if (U_FAILURE(err)) return std::string(utf8);
  std::string out;
  n.toUTF8String(out);
  return out;
}

// ---------------------------------------------------------------------------------------- folding

namespace {
// Folding table for the code points news text uses (Latin, Greek, Cyrillic, punctuation up to
// U+24FF), computed once from ICU's decompositions. An empty entry means "separator"; combining
// marks map to kDrop (they vanish, so decomposed input folds like composed input).
constexpr char32_t kTableSize = 0x2500;
const std::string kDrop = "\x01";

const std::vector<std::string>& FoldTable() {
  static const std::vector<std::string> table = [] {
    std::vector<std::string> t(kTableSize);
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
    for (char32_t c = 0; c < kTableSize; ++c) {
      if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) {
        t[c] = kDrop;
        continue;
      }
      // Letters with no decomposition that still fold to Latin ones.
      static constexpr std::pair<char32_t, const char*> kSpecial[] = {
          {U'đ', "d"},  {U'Đ', "d"},  {U'ð', "d"},  {U'Ð', "d"},  {U'ø', "o"},
          {U'Ø', "o"},  {U'æ', "ae"}, {U'Æ', "ae"}, {U'œ', "oe"}, {U'Œ', "oe"},
          {U'ß', "ss"}, {U'ł', "l"},  {U'Ł', "l"},  {U'ı', "i"}};
      bool special = false;
      for (const auto& [from, to] : kSpecial) {
        if (c == from) {
          t[c] = to;
          special = true;
        }
      }
      if (special) continue;
      if (!u_isalnum(c)) continue;  // separator
      icu::UnicodeString s(static_cast<UChar32>(c));
      icu::UnicodeString d = U_SUCCESS(err) ? nfd->normalize(s, err) : s;
      std::string out;
      for (int32_t i = 0; i < d.length();) {
        UChar32 b = d.char32At(i);
        i += U16_LENGTH(b);
        if (u_getCombiningClass(b) != 0 || u_charType(b) == U_NON_SPACING_MARK) continue;
        AppendUtf8(out, static_cast<char32_t>(u_foldCase(b, U_FOLD_CASE_DEFAULT)));
      }
      t[c] = out.empty() ? kDrop : out;
    }
    return t;
  }();
  return table;
}
}  // namespace

std::string Fold(std::string_view s) {
  const auto& table = FoldTable();
  // Written through a pointer into `out` (grown when a mapping is longer than its source), not
  // with push_back: Fold runs on every short line and every new word.
  std::string out(s.size() + 8, '\0');
  size_t n = 0;
  auto room = [&](size_t k) {
    if (n + k > out.size()) out.resize(std::max(out.size() * 2, n + k));
  };
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // fast path
      ++i;
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        room(2);
        if (pending_space && n > 0) out[n++] = ' ';
        pending_space = false;
        out[n++] = c;
      } else {
        pending_space = true;
      }
      continue;
    }
    char32_t cp = DecodeUtf8(s, i);
    if (cp == 0xFFFD) continue;
    const std::string* mapped = nullptr;
    std::string tmp;
    if (cp < kTableSize) {
      mapped = &table[cp];
    } else if (u_isalnum(cp)) {
      AppendUtf8(tmp, static_cast<char32_t>(u_foldCase(cp, U_FOLD_CASE_DEFAULT)));
      mapped = &tmp;
    } else if (u_getCombiningClass(cp) != 0) {
      continue;
    }
    if (mapped == nullptr || mapped->empty()) {
      pending_space = true;
    } else if (*mapped != kDrop) {
      room(mapped->size() + 1);
      if (pending_space && n > 0) out[n++] = ' ';
      pending_space = false;
      std::memcpy(&out[n], mapped->data(), mapped->size());
      n += mapped->size();
    }
  }
  out.resize(n);
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view folded) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    if (j > i) words.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

std::vector<std::string> FoldWords(std::string_view text) {
  std::string folded = Fold(text);
  std::vector<std::string> out;
  for (auto w : SplitWords(folded)) out.emplace_back(w);
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int cap) {
  int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  if (std::abs(la - lb) > cap) return cap + 1;
  std::vector<int> prev(lb + 1), cur(lb + 1);
  for (int j = 0; j <= lb; ++j) prev[j] = j;
  for (int i = 1; i <= la; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= lb; ++j) {
      int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[lb], cap + 1);
}

}  // namespace bilat
