// Tests for Intake (extract/src/intake.cc): validation with diagnostics that name the origin and
// the byte offset, BOM and line-end handling, binary and empty input, NFC normalisation with the
// map back to the original bytes, and language detection. Expectations follow SPEC.md ("Input")
// and the contract in bilat/extract.h.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "bilat/extract.h"
#include "harness.h"

using bilat::Article;
using bilat::Document;
using bilat::Intake;
using bilat::IntakeOptions;

namespace {

Article Make(std::string bytes, std::string lang = "") {
  Article a;
  a.id = "a.txt";
  a.origin = "dir/a.txt";
  a.bytes = std::move(bytes);
  a.lang = std::move(lang);
  return a;
}

// Whether `msg` says "byte N" with exactly this N (not a longer number that starts with it).
bool SaysByte(const std::string& msg, size_t n) {
  std::string want = "byte " + std::to_string(n);
  for (size_t p = msg.find(want); p != std::string::npos; p = msg.find(want, p + 1)) {
    size_t after = p + want.size();
    if (after == msg.size() || !std::isdigit(static_cast<unsigned char>(msg[after]))) return true;
  }
  return false;
}

// Checks the invariants of the offset map: one entry per text byte plus one, non-decreasing,
// within the original, last entry = original size.
void CheckMap(const Document& doc, const std::string& original) {
  if (!doc.to_original.empty()) REQUIRE(doc.to_original.size() == doc.text.size() + 1);
  const uint32_t n = static_cast<uint32_t>(doc.text.size());
  CHECK(doc.Original(n) == original.size());
  for (uint32_t i = 0; i < n; ++i) {
    INFO("offset " << i);
    CHECK(doc.Original(i) <= doc.Original(i + 1));
    CHECK(doc.Original(i) < original.size());
  }
}

std::string FirstCodePoint(std::string_view s) {
  size_t i = 0;
  if (s.empty()) return "";
  bilat::DecodeUtf8(s, i);
  return std::string(s.substr(0, i));
}

}  // namespace

// ------------------------------------------------------------------------------------ valid

TEST_CASE("valid text passes through unchanged with an identity offset map", "[intake]") {
  std::string bytes =
      "Vietnam, France boost ties\nThe two ministers met in Paris. They signed "
      "an agreement.\n";
  auto r = Intake(Make(bytes));
  REQUIRE(r.ok());
  const Document& doc = r.value();
  CHECK(doc.text == bytes);
  CHECK(doc.id == "a.txt");
  CHECK(doc.origin == "dir/a.txt");
  CHECK(doc.lang == "en");
  CheckMap(doc, bytes);
  for (uint32_t i = 0; i <= doc.text.size(); ++i) CHECK(doc.Original(i) == i);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.SentenceText(0) == "Vietnam, France boost ties");
  CHECK(doc.sentences[0].zone == bilat::Zone::kHeadline);
  CHECK(doc.SentenceText(1) == "The two ministers met in Paris.");
  CHECK(doc.SentenceText(2) == "They signed an agreement.");
  CHECK(doc.sentences[1].zone == bilat::Zone::kStory);
  CHECK(doc.sentences[2].zone == bilat::Zone::kStory);
}

TEST_CASE("metadata is carried over", "[intake]") {
  Article a = Make("Headline\nBody text here.");
  a.title = "Title";
  a.url = "https://example.org/x";
  a.published = *bilat::PartialDate::Parse("2024-10-04");
  auto r = Intake(a);
  REQUIRE(r.ok());
  CHECK(r.value().title == "Title");
  CHECK(r.value().url == "https://example.org/x");
  CHECK(r.value().published.ToEdtf() == "2024-10-04");
}

TEST_CASE("an encoded U+FFFD is valid text", "[intake]") {
  auto r = Intake(Make("Headline\nA replacement \xEF\xBF\xBD character."));
  CHECK(r.ok());
}

TEST_CASE("a file without a final newline and a file of one line are accepted", "[intake]") {
  CHECK(Intake(Make("Headline only")).ok());
  CHECK(Intake(Make("Headline\nBody")).ok());
}

// ------------------------------------------------------------------------------------ invalid
// UTF-8

TEST_CASE("invalid UTF-8 is rejected with the origin and the byte offset", "[intake]") {
  struct Row {
    const char* what;
    std::string bytes;
    size_t at;
  };
  const std::string head = "Headline\nSome text ";  // 19 bytes
  const std::vector<Row> rows = {
      {"overlong '/'", head + "\xC0\xAF" + " more.", 19},
      {"overlong three-byte NUL", head + "\xE0\x80\x80" + " more.", 19},
      {"lone continuation byte", head + "\x80" + " more.", 19},
      {"continuation after ASCII at start", "\xBFHeadline", 0},
      {"encoded surrogate", head + "\xED\xA0\x80" + " more.", 19},
      {"encoded low surrogate", head + "\xED\xBF\xBF" + " more.", 19},
      {"truncated sequence at the end", head + "\xE1\xBB", 19},
      {"truncated four-byte at the end", head + "\xF0\x9F\x98", 19},
      {"truncated sequence before ASCII", head + "\xE1\xBB" + "a more.", 19},
      {"above U+10FFFF", head + "\xF4\x90\x80\x80" + " more.", 19},
      {"five-byte lead", head + "\xF8\x88\x80\x80\x80" + " more.", 19},
      {"0xFF", head + "\xFF", 19},
      {"after valid Vietnamese", "Tiêu đề\nPhạm \xC3", 19},
      {"Latin-1 é", head + "caf\xE9 more.", 22},
  };
  for (const auto& r : rows) {
    INFO(r.what);
    auto res = Intake(Make(r.bytes));
    REQUIRE_FALSE(res.ok());
    const std::string& msg = res.status().message();
    INFO("message: " << msg);
    CHECK(msg.find("dir/a.txt") != std::string::npos);
    CHECK(SaysByte(msg, r.at));
  }
}

TEST_CASE("the diagnostic names the id when there is no origin", "[intake]") {
  Article a;
  a.id = "feed.jsonl#7";
  a.bytes = "Headline\n\x80";
  auto r = Intake(a);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("feed.jsonl#7") != std::string::npos);
}

// ------------------------------------------------------------------------------------ BOM, line
// ends

TEST_CASE("a BOM is removed and offsets still point into the original", "[intake]") {
  std::string bytes = "\xEF\xBB\xBFHeadline\nBody sentence.";
  auto r = Intake(Make(bytes));
  REQUIRE(r.ok());
  const Document& doc = r.value();
  CHECK(doc.text.rfind("Headline", 0) == 0);
  CHECK(doc.text.find("\xEF\xBB\xBF") == std::string::npos);
  CheckMap(doc, bytes);
  CHECK(doc.Original(0) == 3);
  REQUIRE(doc.sentences.size() == 2);
  uint32_t b = doc.sentences[1].begin, e = doc.sentences[1].end;
  CHECK(bytes.substr(doc.Original(b), doc.Original(e) - doc.Original(b)) == "Body sentence.");
}

TEST_CASE("CRLF and lone CR become \\n and map back to the original", "[intake]") {
  for (std::string eol : {"\r\n", "\r"}) {
    INFO("line end: " << (eol.size() == 2 ? "CRLF" : "CR"));
    std::string bytes = "Head" + eol + "Line one." + eol + "Line two." + eol;
    auto r = Intake(Make(bytes));
    REQUIRE(r.ok());
    const Document& doc = r.value();
    CHECK(doc.text.find('\r') == std::string::npos);
    CHECK(doc.text == "Head\nLine one.\nLine two.\n");
    CheckMap(doc, bytes);
    size_t text_line2 = doc.text.find("Line two");
    CHECK(doc.Original(text_line2) == bytes.find("Line two"));
    size_t text_line1 = doc.text.find("Line one");
    CHECK(doc.Original(text_line1) == bytes.find("Line one"));
    // Every sentence maps to the same characters in the original.
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      uint32_t ob = doc.Original(doc.sentences[i].begin);
      uint32_t oe = doc.Original(doc.sentences[i].end);
      CHECK(bytes.substr(ob, oe - ob) == std::string(doc.SentenceText(i)));
    }
  }
}

TEST_CASE("mixed line ends: CR LF, CR CR, LF CR", "[intake]") {
  std::string bytes = "Head\r\n\rA.\n\rB.";
  auto r = Intake(Make(bytes));
  REQUIRE(r.ok());
  CHECK(r.value().text == "Head\n\nA.\n\nB.");
  CheckMap(r.value(), bytes);
  CHECK(r.value().Original(r.value().text.find('B')) == bytes.find('B'));
}

TEST_CASE("line ends anywhere: CR, CR LF, form feed, vertical tab, with and without a BOM",
          "[intake]") {
  // Random texts with line-end bytes at random places (runs of them, at the start and the end),
  // against the rule spelt out byte by byte: CR LF and a lone CR, FF or VT each become one \n,
  // mapped to the first byte they replace; every other byte maps to itself.
  std::mt19937 rng(4122026);
  const std::string specials = "\r\n\f\v";
  int read = 0;
  for (int round = 0; round < 300; ++round) {
    std::string bytes = round % 3 == 0 ? "\xEF\xBB\xBF" : "";
    size_t n = 60 + rng() % 200;
    for (size_t k = 0; k < n; ++k) {
      if (rng() % 25 == 0) {
        bytes += specials[rng() % specials.size()];
      } else {
        bytes += "Hanoi talks. "[rng() % 13];
      }
    }
    std::string want;
    std::vector<uint32_t> want_map;
    size_t i = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (; i < bytes.size(); ++i) {
      char c = bytes[i];
      want_map.push_back(static_cast<uint32_t>(i));
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      want += (c == '\r' || c == '\f' || c == '\v') ? '\n' : c;
    }
    want_map.push_back(static_cast<uint32_t>(bytes.size()));
    auto r = Intake(Make(bytes));
    if (!r.ok()) continue;  // (a text of spaces and line ends only is refused: nothing to map)
    ++read;
    const Document& doc = r.value();
    INFO("round " << round);
    REQUIRE(doc.text == want);
    for (size_t k = 0; k <= want.size(); ++k) {
      if (doc.Original(static_cast<uint32_t>(k)) != want_map[k]) {
        INFO("byte " << k);
        CHECK(doc.Original(static_cast<uint32_t>(k)) == want_map[k]);
        break;
      }
    }
  }
  CHECK(read >= 250);  // the texts are read, not refused: the rule above was checked
}

// ------------------------------------------------------------------------------------ binary,
// empty, long

TEST_CASE("binary content is rejected and names the origin", "[intake]") {
  for (std::string bytes :
       {std::string("Head\nab\0cd", 10), std::string("\0\0\0\0", 4),
        std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F", 10) + "some text"}) {
    auto r = Intake(Make(bytes));
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("dir/a.txt") != std::string::npos);
  }
}

// The binary test skips runs of eight bytes with none below 0x20: a NUL or control byte must
// be found at any position of such a run, and at the text's tail (fewer than eight bytes).
TEST_CASE("binary: a NUL anywhere, or more than 5% control bytes, wherever they fall", "[intake]") {
  const std::string text = "Vietnam and France sign a new agreement on training.";  // 52 bytes
  for (size_t at = 0; at <= text.size(); ++at) {
    std::string bytes = text;
    bytes.insert(at, 1, '\0');
    INFO("NUL at " << at);
    CHECK_FALSE(Intake(Make(bytes)).ok());
  }
  struct Row {
    const char* what;
    size_t controls;  // \x01 bytes spread over 200 bytes of text
    bool ok;
  };
  for (const Row& r : std::vector<Row>{{"none", 0, true},
                                       {"5%: ten in 200 (not more than 5%)", 10, true},
                                       {"eleven in 200", 11, false},
                                       {"thirty", 30, false}}) {
    std::string bytes(200, 'a');
    bytes[0] = 'H';
    bytes[100] = '\n';
    for (size_t k = 0; k < r.controls; ++k) bytes[7 + k * 6] = '\x01';
    INFO(r.what);
    CHECK(Intake(Make(bytes)).ok() == r.ok);
  }
}

TEST_CASE("Vietnamese: Icelandic eth (Ð ð) becomes Đ đ wherever it falls", "[intake]") {
  struct Row {
    const char* in;
    const char* want;
  };
  for (const Row& r : std::vector<Row>{
           {"\u00D0ại sứ Pháp thăm Hà Nội", "Đại sứ Pháp thăm Hà Nội"},
           {"Bà Nguyễn Thị Hà gặp ông \u00D0ức tại Đà Nẵng", "Bà Nguyễn Thị Hà gặp ông Đức tại Đà Nẵng"},
           {"Hai bên ký thỏa thuận về giáo dục \u00F0", "Hai bên ký thỏa thuận về giáo dục đ"},
           {"Thủ tướng à á â ã è é ê ì í ò ó ô õ ù ú ý \u00D0\u00F0", "Thủ tướng à á â ã è é ê ì í ò ó ô õ ù ú ý Đđ"}}) {
    auto d = Intake(Make(r.in, "vi"));
    REQUIRE(d.ok());
    CHECK(d.value().text == r.want);
  }
}

TEST_CASE("a tab or a form feed is not binary", "[intake]") {
  CHECK(Intake(Make("Headline\n\tIndented text.\fNext page.")).ok());
}

TEST_CASE("empty and whitespace-only articles are rejected", "[intake]") {
  for (std::string bytes :
       {std::string(""), std::string(" "), std::string("\n\n"), std::string(" \n\t\r\n  "),
        std::string("\xEF\xBB\xBF"), std::string("\xEF\xBB\xBF\r\n")}) {
    INFO("bytes: " << bytes.size());
    auto r = Intake(Make(bytes));
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().find("dir/a.txt") != std::string::npos);
  }
}

TEST_CASE("a line longer than max_line_bytes is rejected; the line end does not count",
          "[intake]") {
  IntakeOptions o;
  o.max_line_bytes = 100;
  std::string exact(100, 'a');
  CHECK(Intake(Make("Head\n" + exact + "\n"), o).ok());
  CHECK(Intake(Make("Head\r\n" + exact + "\r\n"), o).ok());
  auto r = Intake(Make("Head\n" + exact + "a\nmore"), o);
  REQUIRE_FALSE(r.ok());
  const std::string& msg = r.status().message();
  INFO(msg);
  CHECK(msg.find("dir/a.txt") != std::string::npos);
  // The diagnostic places the line: by its byte offset (5) or its line number (2).
  CHECK((SaysByte(msg, 5) || msg.find("line 2") != std::string::npos));
}

// ------------------------------------------------------------------------------------ NFC

TEST_CASE("decomposed Vietnamese becomes NFC and sentences map back to the original bytes",
          "[intake]") {
  // NFD throughout, with CRLF line ends and a BOM, so that all three maps compose.
  std::string original =
      "\xEF\xBB\xBF"
      "Vie\u0323\u0302t Nam va\u0300 Pha\u0301p\r\n"
      "Bo\u0302\u0323 tru\u031Bo\u031B\u0309ng Bo\u0302\u0323 No\u0302\u0323i vu\u0323 "
      "Pha\u0323m Thi\u0323 Thanh Tra\u0300 tie\u0302\u0301p Bo\u0302\u0323 "
      "tru\u031Bo\u031B\u0309ng "
      "Pha\u0301p. Hai be\u0302n trao \u0111o\u0302\u0309i ve\u0302\u0300 ho\u031B\u0323p "
      "ta\u0301c."
      "\r\n"
      "\u0110a\u0323i su\u031B\u0301 Pha\u0301p du\u031B\u0323 bua\u0302\u0309i la\u0300m "
      "vie\u0323\u0302c./.\r\n";
  auto r = Intake(Make(original));
  REQUIRE(r.ok());
  const Document& doc = r.value();
  CHECK(doc.lang == "vi");
  CHECK(doc.text == bilat::ToNfc(doc.text));
  CHECK(doc.text.find("Phạm Thị Thanh Trà") != std::string::npos);
  CHECK(doc.text.find("Việt Nam và Pháp") != std::string::npos);
  CheckMap(doc, original);
  REQUIRE(doc.sentences.size() >= 4);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const auto& s = doc.sentences[i];
    std::string_view norm = doc.SentenceText(i);
    uint32_t ob = doc.Original(s.begin), oe = doc.Original(s.end);
    INFO("sentence " << i << ": " << norm);
    REQUIRE(ob <= oe);
    REQUIRE(oe <= original.size());
    std::string span = original.substr(ob, oe - ob);
    // The same first letter modulo normalisation, and the whole span is the same text.
    CHECK(bilat::Fold(FirstCodePoint(span)) == bilat::Fold(FirstCodePoint(norm)));
    CHECK(bilat::ToNfc(span) == std::string(norm));
  }
}

TEST_CASE("a decomposed letter at the end of a sentence maps its end past its marks", "[intake]") {
  std::string original = "Tie\u0302u \u0111e\u0302\u0300\nO\u0302ng Tra\u0300.";
  auto r = Intake(Make(original));
  REQUIRE(r.ok());
  const Document& doc = r.value();
  CheckMap(doc, original);
  REQUIRE(doc.sentences.size() == 2);
  uint32_t ob = doc.Original(doc.sentences[0].begin), oe = doc.Original(doc.sentences[0].end);
  CHECK(original.substr(ob, oe - ob) == "Tie\u0302u \u0111e\u0302\u0300");
  ob = doc.Original(doc.sentences[1].begin);
  oe = doc.Original(doc.sentences[1].end);
  CHECK(original.substr(ob, oe - ob) == "O\u0302ng Tra\u0300.");
}

TEST_CASE("old and new tone placement fold equal after intake", "[intake]") {
  auto a = Intake(Make("Tiêu đề\nHiện đại hoá nền hành chính, thuỷ lợi."));
  auto b = Intake(Make("Tiêu đề\nHiện đại hóa nền hành chính, thủy lợi."));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(bilat::Fold("hoá") == bilat::Fold("hóa"));
  CHECK(bilat::Fold(a.value().text) == bilat::Fold(b.value().text));
}

// ------------------------------------------------------------------------------------ language

TEST_CASE("DetectLanguage table", "[intake]") {
  struct Row {
    const char* what;
    const char* text;
    const char* want;
  };
  const std::vector<Row> rows = {
      {"English news",
       "Vietnam and France signed an agreement on cooperation in public "
       "administration on October 4.",
       "en"},
      {"English with Vietnamese names",
       "Vietnamese Minister of Home Affairs Phạm Thị Thanh Trà met French Minister Guillaume "
       "Kasbarian in Paris on October 4 to discuss cooperation in public services, training "
       "of young officials and administrative modernisation.",
       "en"},
      {"English with unaccented place names",
       "The delegation visited Ho Chi Minh City, Da Nang and Hai Phong before returning to Ha "
       "Noi for talks with the Ministry of Foreign Affairs.",
       "en"},
      {"Vietnamese news",
       "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà tiếp Bộ trưởng Guillaume "
       "Kasbarian tại Paris.",
       "vi"},
      {"Vietnamese, plain words",
       "Hai bên đã trao đổi về các chương trình hợp tác và ký kết "
       "văn kiện hợp tác song phương.",
       "vi"},
      {"Vietnamese upper case headline", "VIỆT NAM – PHÁP TĂNG CƯỜNG HỢP TÁC", "vi"},
      {"Vietnamese with English acronyms",
       "Hội nghị ASEAN lần thứ 43 diễn ra tại Jakarta, "
       "Indonesia với sự tham dự của WTO và IMF.",
       "vi"},
      {"Vietnamese, decomposed",
       "Hai be\u0302n \u0111a\u0303 trao \u0111o\u0302\u0309i "
       "ve\u0302\u0300 ho\u031B\u0323p ta\u0301c.",
       "vi"},
      {"short Vietnamese widget", "Chia sẻ", "vi"},
      {"Vietnamese with old tone placement", "Hiện đại hoá nền hành chính và thuỷ lợi.", "vi"},
      {"mixed, mostly Vietnamese",
       "Bộ trưởng Phạm Thị Thanh Trà và Bộ trưởng Guillaume Kasbarian ký Thỏa thuận hợp tác "
       "trong lĩnh vực công vụ và hiện đại hóa nền hành chính. (Photo: VNA)",
       "vi"},
      {"mixed, mostly English",
       "Minister Pham Thi Thanh Tra said the two ministries would step up cooperation in "
       "training civil servants, exchanging delegations and organising seminars every year. "
       "\"Hợp tác công vụ\" is the name of the programme.",
       "en"},
      {"French is not Vietnamese",
       "Le président français a reçu à l'Élysée le secrétaire général du parti, après une fête "
       "nationale et des entretiens sur la coopération.",
       "en"},
      {"digits only", "12/10/2024 - 09:30", "en"},
  };
  for (const auto& r : rows) {
    INFO(r.what);
    CHECK(bilat::DetectLanguage(r.text) == std::string(r.want));
  }
}

TEST_CASE("Intake detects the language unless the metadata gives it", "[intake]") {
  auto vi = Intake(Make("Tiêu đề\nHai bên đã trao đổi về các chương trình hợp tác."));
  REQUIRE(vi.ok());
  CHECK(vi.value().lang == "vi");
  auto en = Intake(Make("Headline\nThe two sides discussed cooperation programmes."));
  REQUIRE(en.ok());
  CHECK(en.value().lang == "en");
  // JSONL `lang` wins over detection.
  auto meta = Intake(Make("Tieu de\nHai ben trao doi ve hop tac.", "vi"));
  REQUIRE(meta.ok());
  CHECK(meta.value().lang == "vi");
}

// ------------------------------------------------------------ formerly known failures, now fixed

// Known failures of the program: hidden from the default run (tag ).

TEST_CASE("Vietnamese without diacritics is detected by its function words",
          "[intake]") {
  // DetectLanguage counts only Vietnamese letters; extract.h promises function words count too.
  CHECK(bilat::DetectLanguage("Bo truong Bo Noi vu Pham Thi Thanh Tra tiep Bo truong Phap tai "
                              "Ha Noi va hai ben da trao doi ve cac chuong trinh hop tac cua "
                              "hai nuoc trong nhung nam qua.") == "vi");
}

TEST_CASE("an article of Unicode spaces only is empty", "[intake]") {
  // Intake's emptiness test uses std::isspace on bytes: U+00A0 and U+2003 (White_Space) pass.
  auto r = Intake(Make("\xC2\xA0\n\xE2\x80\x83\n"));
  CHECK_FALSE(r.ok());
}
