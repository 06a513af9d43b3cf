// bilat/common.h — value types shared by every stage: Status, Result<T>, partial dates and text
// folding. Nothing here does I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

namespace bilat {

// A small error value in the leveldb style. OK costs nothing; other codes carry a message that
// names the file and place ("samples/x.txt: byte 1043: invalid UTF-8").
class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kCorruption, kIOError };
  Status() = default;
  static Status OK() { return {}; }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. REQUIRES: ok() before value().
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }

 private:
  std::variant<T, Status> v_;
};

// A calendar date that may be partial: year 0 = unknown year ("XXXX-10-04"), month 0 = year only,
// day 0 = month only. `uncertain` marks an inferred value ("2024-10-04?").
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool uncertain = false;

  bool empty() const { return year == 0 && month == 0 && day == 0; }
  bool has_year() const { return year != 0; }
  // EDTF: "2024-10-04", "2024-10", "2024", "XXXX-10-04", with "?" when uncertain; "" when empty.
  std::string ToEdtf() const;
  // Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "XXXX-MM-DD", each optionally followed by "?".
  static std::optional<PartialDate> Parse(std::string_view s);
  // Ordering key; unknown parts sort first.
  auto Key() const { return std::make_tuple(year, month, day); }
  friend bool operator==(const PartialDate& a, const PartialDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.uncertain == b.uncertain;
  }
};

// A date or an interval of dates ("2024-10-03/2024-10-07", "2025/2028").
struct DateRange {
  PartialDate start;
  PartialDate end;  // empty for a single date
  bool empty() const { return start.empty() && end.empty(); }
  bool is_interval() const { return !end.empty(); }
  std::string ToEdtf() const;
  static std::optional<DateRange> Parse(std::string_view s);
  friend bool operator==(const DateRange& a, const DateRange& b) {
    return a.start == b.start && a.end == b.end;
  }
};

// True when `d` (a full or partial date) falls within [from, to]; an empty bound is open.
// Partial dates compare on the parts they have.
bool DateWithin(const PartialDate& d, const PartialDate& from, const PartialDate& to);

int DaysInMonth(int year, int month);

// Folds text for look-ups: lower case, diacritics removed (also Vietnamese tone marks, so old and
// new tone placement fold alike), đ→d, ø→o, æ→ae, ß→ss, curly quotes and dashes to ASCII, every run
// of characters that are not letters or digits to one space, trimmed. "Bộ LĐ-TB&XH" → "bo ld tb
// xh". Input must be valid UTF-8 (invalid bytes are dropped).
std::string Fold(std::string_view utf8);

// Splits folded text at spaces. The views point into `folded`: never pass a temporary
// (SplitWords(Fold(x)) dangles); use FoldWords for that.
std::vector<std::string_view> SplitWords(std::string_view folded);

// The words of Fold(text), owned.
std::vector<std::string> FoldWords(std::string_view text);

// Unicode NFC of valid UTF-8.
std::string ToNfc(std::string_view utf8);

// Decodes one code point at `i` (advancing i); returns U+FFFD and advances one byte on bad input.
char32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t c);

// Levenshtein distance with a cap (returns cap+1 when larger), on bytes of folded ASCII text.
int EditDistance(std::string_view a, std::string_view b, int cap);

}  // namespace bilat
