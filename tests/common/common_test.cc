// Tests for bilat/common.h: folding, partial dates and ranges, DateWithin, EditDistance, NFC and
// UTF-8 decoding. Expectations come from the contracts in common.h and SPEC.md ("Dates").
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "bilat/common.h"

using bilat::DateRange;
using bilat::PartialDate;

namespace {

PartialDate D(std::string_view s) {
  auto d = PartialDate::Parse(s);
  REQUIRE(d.has_value());
  return *d;
}

}  // namespace

// ------------------------------------------------------------------------------------ Fold

TEST_CASE("Fold: lower case, no diacritics, separators collapsed", "[common]") {
  struct Row {
    const char* in;
    const char* want;
  };
  const std::vector<Row> rows = {
      {"", ""},
      {"Hello", "hello"},
      {"  Hello,   World!  ", "hello world"},
      {"Phạm Thị Thanh Trà", "pham thi thanh tra"},
      {"Gérald Darmanin", "gerald darmanin"},
      // Every Vietnamese tone on every vowel family, lower and upper case.
      {"a à á ả ã ạ", "a a a a a a"},
      {"ă ằ ắ ẳ ẵ ặ", "a a a a a a"},
      {"â ầ ấ ẩ ẫ ậ", "a a a a a a"},
      {"e è é ẻ ẽ ẹ", "e e e e e e"},
      {"ê ề ế ể ễ ệ", "e e e e e e"},
      {"i ì í ỉ ĩ ị", "i i i i i i"},
      {"o ò ó ỏ õ ọ", "o o o o o o"},
      {"ô ồ ố ổ ỗ ộ", "o o o o o o"},
      {"ơ ờ ớ ở ỡ ợ", "o o o o o o"},
      {"u ù ú ủ ũ ụ", "u u u u u u"},
      {"ư ừ ứ ử ữ ự", "u u u u u u"},
      {"y ỳ ý ỷ ỹ ỵ", "y y y y y y"},
      {"Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ", "a a a a a a a a a a a a"},
      {"Ê Ề Ế Ể Ễ Ệ Ô Ồ Ố Ổ Ỗ Ộ", "e e e e e e o o o o o o"},
      {"Ơ Ờ Ớ Ở Ỡ Ợ Ư Ừ Ứ Ử Ữ Ự", "o o o o o o u u u u u u"},
      {"Ỳ Ý Ỷ Ỹ Ỵ Ì Í Ỉ Ĩ Ị", "y y y y y i i i i i"},
      {"đ Đ", "d d"},
      {"Đặng Đình Đức", "dang dinh duc"},
      {"ĐẠI HỘI ĐẢNG", "dai hoi dang"},
      // Decomposed input folds like composed input.
      {"Pha\u0323m Thi\u0323 Thanh Tra\u0300", "pham thi thanh tra"},
      {"Vie\u0302\u0323t Nam", "viet nam"},
      {"Vie\u0323\u0302t Nam", "viet nam"},
      {"Bo\u0302\u0323 No\u0302\u0323i vu\u0323", "bo noi vu"},
      {"Tru\u031Bo\u031B\u0300ng", "truong"},
      // Old and new tone placement fold alike.
      {"hoá", "hoa"},
      {"hóa", "hoa"},
      {"thuỷ", "thuy"},
      {"thủy", "thuy"},
      // Other Latin letters.
      {"Søren", "soren"},
      {"ØRESUND", "oresund"},
      {"æ", "ae"},
      {"Ærø", "aero"},
      {"Straße", "strasse"},
      {"Noël", "noel"},
      {"François", "francois"},
      // Punctuation, curly quotes and dashes are separators.
      {"“Hello” ‘world’", "hello world"},
      {"Lam’s", "lam s"},
      {"Jean-Vincent", "jean vincent"},
      {"Jean‑Vincent", "jean vincent"},      // U+2011 non-breaking hyphen
      {"Vietnam–France", "vietnam france"},  // en dash
      {"Vietnam—France", "vietnam france"},  // em dash
      {"Việt - Pháp", "viet phap"},
      {"Bộ LĐ-TB&XH", "bo ld tb xh"},
      {"TP.HCM", "tp hcm"},
      {"2024-10-04", "2024 10 04"},
      {"3,5%", "3 5"},
      {"a\u00A0b", "a b"},  // no-break space
      {"(VNA) –", "vna"},
      {"./.", ""},
  };
  for (const auto& r : rows) {
    INFO("input: " << r.in);
    CHECK(bilat::Fold(r.in) == r.want);
  }
}

TEST_CASE("Fold drops invalid bytes", "[common]") {
  CHECK(bilat::Fold("ab\xFF"
                    "cd") == "abcd");
  CHECK(bilat::Fold("\x80") == "");
}

TEST_CASE("Fold is idempotent", "[common]") {
  for (const char* s : {"Phạm Thị Thanh Trà", "Bộ LĐ-TB&XH", "Straße Ærø", "“Jean‑Vincent”"}) {
    std::string once = bilat::Fold(s);
    CHECK(bilat::Fold(once) == once);
  }
}

TEST_CASE("FoldWords splits the folded text into owned words", "[common]") {
  using V = std::vector<std::string>;
  CHECK(bilat::FoldWords("Bộ LĐ-TB&XH") == V{"bo", "ld", "tb", "xh"});
  CHECK(bilat::FoldWords("  Phạm   Thị  Thanh Trà ") == V{"pham", "thi", "thanh", "tra"});
  CHECK(bilat::FoldWords("Jean-Vincent Placé") == V{"jean", "vincent", "place"});
  CHECK(bilat::FoldWords("") == V{});
  CHECK(bilat::FoldWords(" – ") == V{});
  CHECK(bilat::FoldWords("hoá") == bilat::FoldWords("hóa"));
}

TEST_CASE("SplitWords views into the folded text", "[common]") {
  std::string folded = bilat::Fold("Bộ Nội vụ");
  auto w = bilat::SplitWords(folded);
  REQUIRE(w.size() == 3);
  CHECK(w[0] == "bo");
  CHECK(w[1] == "noi");
  CHECK(w[2] == "vu");
}

// ------------------------------------------------------------------------------------ dates

TEST_CASE("PartialDate::Parse and ToEdtf round trip", "[common]") {
  struct Row {
    const char* in;
    int year, month, day;
    bool uncertain;
  };
  const std::vector<Row> rows = {
      {"2024-10-04", 2024, 10, 4, false},  {"2024-10", 2024, 10, 0, false},
      {"2024", 2024, 0, 0, false},         {"XXXX-10-04", 0, 10, 4, false}, {"XXXX-10", 0, 10, 0, false},
      {"2024-10-04?", 2024, 10, 4, true},  {"2024-10?", 2024, 10, 0, true},
      {"2024?", 2024, 0, 0, true},         {"XXXX-10-04?", 0, 10, 4, true},
      {"2024-02-29", 2024, 2, 29, false},  // leap year
      {"2000-02-29", 2000, 2, 29, false},  // divisible by 400
      {"2023-12-31", 2023, 12, 31, false}, {"2023-01-01", 2023, 1, 1, false},
      {"XXXX-02-29", 0, 2, 29, false},  // an unknown year may be a leap year
  };
  for (const auto& r : rows) {
    INFO("input: " << r.in);
    auto d = PartialDate::Parse(r.in);
    REQUIRE(d.has_value());
    CHECK(d->year == r.year);
    CHECK(d->month == r.month);
    CHECK(d->day == r.day);
    CHECK(d->uncertain == r.uncertain);
    CHECK(d->has_year() == (r.year != 0));
    CHECK_FALSE(d->empty());
    CHECK(d->ToEdtf() == r.in);
  }
}

TEST_CASE("PartialDate::Parse rejects malformed and impossible dates", "[common]") {
  for (const char* s :
       {"",           "?",          "20240101",     "2023-02-29", "1900-02-29",      "2024-13-01",
        "2024-00-10", "2024-10-00", "2024-04-31",   "2024-10-32", "2024-1-04",       "2024-10-4",
        "24-10-04",   "2024/10/04", "2024-10-04??", " 2024",      "2024 ",           "XXXX",
        "abcd",       "2024-1x-04",   "04-10-2024", "2024-10-04T10:00"}) {
    INFO("input: '" << s << "'");
    CHECK_FALSE(PartialDate::Parse(s).has_value());
  }
}

TEST_CASE("PartialDate::ToEdtf of values", "[common]") {
  CHECK(PartialDate{}.ToEdtf() == "");
  CHECK(PartialDate{}.empty());
  CHECK(PartialDate{2024, 1, 5, false}.ToEdtf() == "2024-01-05");
  CHECK(PartialDate{2024, 1, 0, false}.ToEdtf() == "2024-01");
  CHECK(PartialDate{0, 5, 6, false}.ToEdtf() == "XXXX-05-06");
  CHECK(PartialDate{0, 5, 6, true}.ToEdtf() == "XXXX-05-06?");
  CHECK(PartialDate{999, 0, 0, false}.ToEdtf() == "0999");
}

TEST_CASE("DateRange::Parse and ToEdtf round trip", "[common]") {
  for (const char* s : {"2024-10-04", "2024-10-03/2024-10-07", "2025/2028", "2024-10/2024-11",
                        "XXXX-10-03/XXXX-10-07", "2024-10-04?", "2024-10-03?/2024-10-07?",
                        "2024-12-30/2025-01-02", "XXXX-05-06"}) {
    INFO("input: " << s);
    auto r = DateRange::Parse(s);
    REQUIRE(r.has_value());
    CHECK(r->ToEdtf() == s);
  }
  auto r = DateRange::Parse("2024-10-03/2024-10-07");
  REQUIRE(r.has_value());
  CHECK(r->is_interval());
  CHECK(r->start == D("2024-10-03"));
  CHECK(r->end == D("2024-10-07"));

  auto y = DateRange::Parse("2025/2028");
  REQUIRE(y.has_value());
  CHECK(y->is_interval());
  CHECK(y->start.year == 2025);
  CHECK(y->start.month == 0);
  CHECK(y->end.year == 2028);

  auto x = DateRange::Parse("XXXX-10-04?");
  REQUIRE(x.has_value());
  CHECK_FALSE(x->is_interval());
  CHECK_FALSE(x->start.has_year());
  CHECK(x->start.uncertain);
  CHECK(x->start.month == 10);
  CHECK(x->start.day == 4);

  CHECK(DateRange{}.empty());
  CHECK(DateRange{}.ToEdtf() == "");
}

TEST_CASE("DateRange::Parse rejects malformed ranges", "[common]") {
  for (const char* s :
       {"", "/", "2024-10-03/", "/2024-10-07", "2024-13-03/2024-10-07", "2024-10-03/2024-02-30",
        "2024/2025/2026", "2024-10-03 / 2024-10-07", "2024-10-03--2024-10-07"}) {
    INFO("input: '" << s << "'");
    CHECK_FALSE(DateRange::Parse(s).has_value());
  }
}

TEST_CASE("DateWithin: inclusive bounds, open when empty, partial dates on their parts",
          "[common]") {
  struct Row {
    const char* d;
    const char* from;  // "" = open
    const char* to;    // "" = open
    bool want;
  };
  const std::vector<Row> rows = {
      // Full dates, inclusive at both ends.
      {"2024-10-04", "2024-10-04", "2024-10-04", true},
      {"2024-10-03", "2024-10-04", "2024-10-10", false},
      {"2024-10-11", "2024-10-04", "2024-10-10", false},
      {"2024-10-10", "2024-10-04", "2024-10-10", true},
      {"2024-10-04", "2024-10-04", "", true},
      {"2024-10-03", "2024-10-04", "", false},
      {"2030-01-01", "2024-10-04", "", true},
      {"1990-01-01", "", "", true},
      {"1990-01-01", "", "2024-10-04", true},
      {"2024-10-05", "", "2024-10-04", false},
      // A month-only date lies within a tenure that covers any day of that month.
      {"2024-10", "2024-10-15", "2024-12-01", true},
      {"2024-10", "2024-08-01", "2024-10-01", true},
      {"2024-09", "2024-10-15", "2024-12-01", false},
      {"2024-11", "2024-08-01", "2024-10-31", false},
      // A year-only date lies within a tenure that covers any day of that year.
      {"2024", "2024-06-01", "2024-08-01", true},
      {"2023", "2024-06-01", "", false},
      {"2025", "", "2024-12-31", false},
      // Month-only bounds (tenures like "2024-08?").
      {"2024-08-01", "2024-08", "", true},
      {"2024-08-31", "", "2024-08", true},
      {"2024-07-31", "2024-08", "", false},
      {"2024-09-01", "", "2024-08", false},
      // Year-only bounds.
      {"2016-01-01", "2016", "2016", true},
      {"2016-12-31", "2016", "2016", true},
      {"2017-01-01", "2016", "2016", false},
      {"2015-12-31", "2016", "", false},
      // Uncertainty does not move a bound.
      {"2024-08-15", "2024-08?", "2024-09?", true},
      {"2024-10-01", "2024-08?", "2024-09?", false},
  };
  for (const auto& r : rows) {
    INFO(r.d << " within [" << r.from << ", " << r.to << "]");
    PartialDate from = *r.from ? D(r.from) : PartialDate{};
    PartialDate to = *r.to ? D(r.to) : PartialDate{};
    CHECK(bilat::DateWithin(D(r.d), from, to) == r.want);
  }
}

TEST_CASE("DaysInMonth", "[common]") {
  CHECK(bilat::DaysInMonth(2024, 2) == 29);
  CHECK(bilat::DaysInMonth(2023, 2) == 28);
  CHECK(bilat::DaysInMonth(1900, 2) == 28);
  CHECK(bilat::DaysInMonth(2000, 2) == 29);
  CHECK(bilat::DaysInMonth(2024, 4) == 30);
  CHECK(bilat::DaysInMonth(2024, 12) == 31);
}

// ------------------------------------------------------------------------------------ text

TEST_CASE("EditDistance with a cap", "[common]") {
  struct Row {
    const char* a;
    const char* b;
    int cap, want;
  };
  const std::vector<Row> rows = {
      {"", "", 0, 0},
      {"abc", "abc", 0, 0},
      {"kitten", "sitting", 5, 3},
      {"kitten", "sitting", 3, 3},
      {"kitten", "sitting", 2, 3},  // larger than the cap: cap + 1
      {"kitten", "sitting", 1, 2},
      {"vincent", "vicent", 1, 1},  // deletion
      {"vicent", "vincent", 1, 1},  // insertion
      {"placé", "place", 5, 2},     // bytes: é is two bytes, e one
      {"flaw", "lawn", 2, 2},
      {"abc", "", 5, 3},
      {"", "abc", 5, 3},
      {"abc", "", 1, 2},  // length difference alone exceeds the cap
      {"a", "b", 0, 1},
      {"tra", "tran", 1, 1},
      {"thang", "thanh", 1, 1},
      {"nguyen", "nguyen", 0, 0},
  };
  for (const auto& r : rows) {
    INFO(r.a << " / " << r.b << " cap " << r.cap);
    CHECK(bilat::EditDistance(r.a, r.b, r.cap) == r.want);
  }
}

TEST_CASE("ToNfc composes decomposed text and leaves NFC text alone", "[common]") {
  CHECK(bilat::ToNfc("Tra\u0300") == "Trà");
  CHECK(bilat::ToNfc("e\u0301") == "é");
  CHECK(bilat::ToNfc("Vie\u0302\u0323t Nam") == "Việt Nam");
  CHECK(bilat::ToNfc("Vie\u0323\u0302t Nam") == "Việt Nam");  // canonical reordering
  CHECK(bilat::ToNfc("Pha\u0323m Thi\u0323 Thanh Tra\u0300") == "Phạm Thị Thanh Trà");
  CHECK(bilat::ToNfc("D\u0323") == "Ḍ");
  CHECK(bilat::ToNfc("Phạm Thị Thanh Trà") == "Phạm Thị Thanh Trà");
  CHECK(bilat::ToNfc("plain ASCII") == "plain ASCII");
  CHECK(bilat::ToNfc("") == "");
  // Old tone placement is a spelling, not a normalisation: NFC keeps it.
  CHECK(bilat::ToNfc("hoá") == "hoá");
  // Compatibility characters are not NFC's business.
  CHECK(bilat::ToNfc("ﬁ") == "ﬁ");
}

TEST_CASE("DecodeUtf8 decodes one code point and skips one byte on bad input", "[common]") {
  struct Row {
    std::string s;
    char32_t want;
    size_t advance;
  };
  const std::vector<Row> rows = {
      {"A", U'A', 1},
      {"é", U'é', 2},
      {"ệ", U'ệ', 3},
      {"€", U'€', 3},
      {"\xF0\x9F\x98\x80", 0x1F600, 4},
      {"\xEF\xBF\xBD", 0xFFFD, 3},  // U+FFFD itself
      {"\x80", 0xFFFD, 1},          // lone continuation byte
      {"\xC0\xAF", 0xFFFD, 1},      // overlong '/'
      {"\xE0\x80\xAF", 0xFFFD, 1},  // overlong, three bytes
      {"\xED\xA0\x80", 0xFFFD, 1},  // encoded surrogate
      {"\xE1\xBB", 0xFFFD, 1},      // truncated at the end
      {"\xE1"
       "A",
       0xFFFD, 1},                      // truncated before ASCII
      {"\xF4\x90\x80\x80", 0xFFFD, 1},  // above U+10FFFF
      {"\xF8\x88\x80\x80\x80", 0xFFFD, 1},
      {"\xFF", 0xFFFD, 1},
  };
  for (const auto& r : rows) {
    INFO("bytes: " << r.s.size());
    size_t i = 0;
    CHECK(bilat::DecodeUtf8(r.s, i) == r.want);
    CHECK(i == r.advance);
  }
}

TEST_CASE("AppendUtf8 inverts DecodeUtf8", "[common]") {
  for (char32_t c :
       {U'A', U'é', U'ệ', U'€', static_cast<char32_t>(0x1F600), static_cast<char32_t>(0x10FFFF)}) {
    std::string s;
    bilat::AppendUtf8(s, c);
    size_t i = 0;
    CHECK(bilat::DecodeUtf8(s, i) == c);
    CHECK(i == s.size());
  }
}
