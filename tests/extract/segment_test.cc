// Tests for sentence splitting, page zones and tokens (extract/src/text.cc): SplitSentences,
// Intake's zones with the real knowledge base's markers, text::Tokenize (glued words) and
// text::Lower (tone placement). Expectations follow SPEC.md ("Input": glued words, captions,
// related-news blocks, boilerplate) and the contracts in extract.h and text_internal.h.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "harness.h"
#include "lexicon_internal.h"
#include "text_internal.h"

using bilat::Zone;
using namespace bilat::testing;

namespace {

std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (auto [b, e] : bilat::SplitSentences(text, lang)) out.emplace_back(text.substr(b, e - b));
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "  [" + x + "]\n";
  return s;
}

struct SplitRow {
  const char* what;
  const char* lang;
  const char* text;
  std::vector<std::string> want;
};

void CheckSplits(const std::vector<SplitRow>& rows) {
  for (const auto& r : rows) {
    auto got = Sentences(r.text, r.lang);
    INFO(r.what << "\ninput: " << r.text << "\ngot:\n" << Join(got) << "want:\n" << Join(r.want));
    CHECK(got == r.want);
  }
}

// A document read through Intake with the real knowledge base's boilerplate markers.
bilat::Document Doc(const std::string& bytes) {
  bilat::Article a;
  a.id = a.origin = "zones.txt";
  a.bytes = bytes;
  bilat::IntakeOptions o;
  o.kb = &TestKb();
  auto r = bilat::Intake(a, o);
  REQUIRE(r.ok());
  return std::move(r).value();
}

// Zone of the sentence containing `needle` (the first such), or nullopt when no sentence has it.
std::optional<Zone> ZoneOf(const bilat::Document& doc, std::string_view needle) {
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    if (doc.SentenceText(i).find(needle) != std::string_view::npos) return doc.sentences[i].zone;
  return std::nullopt;
}

std::string DumpDoc(const bilat::Document& doc) {
  std::string s;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    s += "  " + std::string(bilat::ZoneName(doc.sentences[i].zone)) + " p" +
         std::to_string(doc.sentences[i].paragraph) + ": [" + std::string(doc.SentenceText(i)) +
         "]\n";
  }
  return s;
}

const bilat::lex::Lexicon& Lex() {
  static const bilat::lex::Lexicon* lex = new bilat::lex::Lexicon(TestKb());
  return *lex;
}

// Token texts of `s`, with the knowledge base's known words (as the extractor tokenises) or none.
std::vector<std::string> Tokens(std::string_view s, bool with_kb = true) {
  auto toks = with_kb ? bilat::text::Tokenize(s, 0, static_cast<uint32_t>(s.size()),
                                              &bilat::lex::Lexicon::Known, &Lex())
                      : bilat::text::Tokenize(s, 0, static_cast<uint32_t>(s.size()));
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

// ------------------------------------------------------------------------------------ sentences

TEST_CASE("SplitSentences: abbreviations, initials, numbers and datelines", "[segment]") {
  CheckSplits({
      {"Gen.",
       "en",
       "Gen. To Lam met Darmanin. They talked.",
       {"Gen. To Lam met Darmanin.", "They talked."}},
      {"Lt. Gen. and Col.",
       "en",
       "Lt. Gen. Nguyen Van A met Col. Tran Van B in Hanoi.",
       {"Lt. Gen. Nguyen Van A met Col. Tran Van B in Hanoi."}},
      {"Dr.",
       "en",
       "Dr. Nguyen spoke first. Others listened.",
       {"Dr. Nguyen spoke first.", "Others listened."}},
      {"Mr. Smith, Mrs. Jones",
       "en",
       "Mr. Smith met Mrs. Jones and Ms. Lee in Hanoi.",
       {"Mr. Smith met Mrs. Jones and Ms. Lee in Hanoi."}},
      {"U.S. inside",
       "en",
       "The U.S. and Vietnam signed a deal. It took effect in May.",
       {"The U.S. and Vietnam signed a deal.", "It took effect in May."}},
      {"initials",
       "en",
       "J. Smith and A. B. Nguyen attended the talks.",
       {"J. Smith and A. B. Nguyen attended the talks."}},
      {"decimal percent",
       "en",
       "Trade grew 3.5% in 2023. Exports rose.",
       {"Trade grew 3.5% in 2023.", "Exports rose."}},
      {"decimal money",
       "en",
       "Two-way trade reached 4.2 billion USD. Both sides welcomed it.",
       {"Two-way trade reached 4.2 billion USD.", "Both sides welcomed it."}},
      {"No. 5",
       "en",
       "Decree No. 5 was issued in 2024. It applies now.",
       {"Decree No. 5 was issued in 2024.", "It applies now."}},
      {"Oct. 4",
       "en",
       "The meeting on Oct. 4 was fruitful. Both sides agreed.",
       {"The meeting on Oct. 4 was fruitful.", "Both sides agreed."}},
      {"St. Petersburg",
       "en",
       "He visited St. Petersburg last year.",
       {"He visited St. Petersburg last year."}},
      {"e.g. with lower case",
       "en",
       "Many sectors, e.g. energy and health, grew fast.",
       {"Many sectors, e.g. energy and health, grew fast."}},
      {"a.m.",
       "en",
       "The talks began at 9 a.m. and ended at noon.",
       {"The talks began at 9 a.m. and ended at noon."}},
      {"dateline (VNA) –",
       "en",
       "Hanoi (VNA) – Vietnam and France held talks on October 4. They agreed to cooperate.",
       {"Hanoi (VNA) – Vietnam and France held talks on October 4.", "They agreed to cooperate."}},
      {"dateline with a date",
       "en",
       "Paris, Oct. 4 (VNA) - The talks began in the morning.",
       {"Paris, Oct. 4 (VNA) - The talks began in the morning."}},
      {"a year starts the next sentence",
       "en",
       "The deal was signed in 2016. 2017 saw growth.",
       {"The deal was signed in 2016.", "2017 saw growth."}},
      {"question and exclamation",
       "en",
       "Why now? Because it matters! They agreed.",
       {"Why now?", "Because it matters!", "They agreed."}},
      {"lines are sentences",
       "en",
       "Line one without a period\nLine two",
       {"Line one without a period", "Line two"}},
      {"parenthesis before the period",
       "en",
       "They signed a deal (in Paris). Trade grew.",
       {"They signed a deal (in Paris).", "Trade grew."}},
      {"possessive after a name",
       "en",
       "Prime Minister Pham Minh Chinh’s visit ended. He returned home.",
       {"Prime Minister Pham Minh Chinh’s visit ended.", "He returned home."}},
  });
}

TEST_CASE("SplitSentences: quotes, ellipses, end marks and lost spaces", "[segment]") {
  CheckSplits({
      {"straight quote after the period",
       "en",
       "He said: \"We agree.\" Then they signed.",
       {"He said: \"We agree.\"", "Then they signed."}},
      {"curly quote after the period",
       "en",
       "He said: “We agree.” Then they signed.",
       {"He said: “We agree.”", "Then they signed."}},
      {"quote then lower case",
       "en",
       "“Thank you,” he said. They left.",
       {"“Thank you,” he said.", "They left."}},
      {"ellipsis then lower case",
       "en",
       "He said... nothing more. Then he left.",
       {"He said... nothing more.", "Then he left."}},
      {"unicode ellipsis mid-sentence",
       "vi",
       "Các lĩnh vực như năng lượng, y tế… đều được thảo luận.",
       {"Các lĩnh vực như năng lượng, y tế… đều được thảo luận."}},
      {"unicode ellipsis then capital",
       "en",
       "The talks went on… The sides agreed.",
       {"The talks went on…", "The sides agreed."}},
      {"./. end mark",
       "vi",
       "Hai bên ký thỏa thuận hợp tác./.",
       {"Hai bên ký thỏa thuận hợp tác./."}},
      {"./. then more text",
       "vi",
       "Hai bên ký thỏa thuận./. Tin liên quan",
       {"Hai bên ký thỏa thuận./.", "Tin liên quan"}},
      {"lost space after a period",
       "en",
       "The minister spoke of the East Sea.France agreed to help.",
       {"The minister spoke of the East Sea.", "France agreed to help."}},
      {"Vietnamese two sentences",
       "vi",
       "Bộ trưởng Trà tiếp ông Kasbarian. Hai bên trao đổi về hợp tác.",
       {"Bộ trưởng Trà tiếp ông Kasbarian.", "Hai bên trao đổi về hợp tác."}},
      {"Vietnamese quote",
       "vi",
       "Ông nói: “Chúng tôi đồng ý.” Sau đó hai bên ký kết.",
       {"Ông nói: “Chúng tôi đồng ý.”", "Sau đó hai bên ký kết."}},
      {"TP.HCM",
       "vi",
       "Đoàn đến TP.HCM ngày 5/10. Sau đó đoàn đi Hà Nội.",
       {"Đoàn đến TP.HCM ngày 5/10.", "Sau đó đoàn đi Hà Nội."}},
      {"TP. Hồ Chí Minh",
       "vi",
       "Đoàn thăm TP. Hồ Chí Minh và Đà Nẵng.",
       {"Đoàn thăm TP. Hồ Chí Minh và Đà Nẵng."}},
      {"TS.",
       "vi",
       "TS. Nguyễn Văn An phát biểu tại hội thảo. Hội thảo kết thúc lúc 17h.",
       {"TS. Nguyễn Văn An phát biểu tại hội thảo.", "Hội thảo kết thúc lúc 17h."}},
      {"PGS.TS",
       "vi",
       "PGS.TS Nguyễn Văn Bình và ThS. Trần Thị Cúc dự họp.",
       {"PGS.TS Nguyễn Văn Bình và ThS. Trần Thị Cúc dự họp."}},
      {"GS.TS.", "vi", "GS.TS. Lê Văn Dũng chủ trì.", {"GS.TS. Lê Văn Dũng chủ trì."}},
      {"dotted date",
       "vi",
       "Hội nghị diễn ra ngày 04.10.2024 tại Paris. Hai bên nhất trí.",
       {"Hội nghị diễn ra ngày 04.10.2024 tại Paris.", "Hai bên nhất trí."}},
      {"Vietnamese decimal comma and point",
       "vi",
       "Kim ngạch tăng 3,5% lên 4.2 tỷ USD. Hai bên nhất trí.",
       {"Kim ngạch tăng 3,5% lên 4.2 tỷ USD.", "Hai bên nhất trí."}},
      {"(TTXVN) dateline",
       "vi",
       "Paris (TTXVN) - Chiều 4/10, hai bên hội đàm.",
       {"Paris (TTXVN) - Chiều 4/10, hai bên hội đàm."}},
  });
}

TEST_CASE("SplitSentences: offsets are trimmed byte ranges into the text", "[segment]") {
  std::string_view text = "  First one.   Second one.  \n  Third  ";
  auto r = bilat::SplitSentences(text, "en");
  REQUIRE(r.size() == 3);
  CHECK(text.substr(r[0].first, r[0].second - r[0].first) == "First one.");
  CHECK(text.substr(r[1].first, r[1].second - r[1].first) == "Second one.");
  CHECK(text.substr(r[2].first, r[2].second - r[2].first) == "Third");
  for (size_t i = 1; i < r.size(); ++i) CHECK(r[i - 1].second <= r[i].first);
  CHECK(bilat::SplitSentences("", "en").empty());
  CHECK(bilat::SplitSentences(" \n \n", "vi").empty());
}

// ------------------------------------------------------------------------------------ zones

TEST_CASE("zones: headline, story, caption without its credit, related after ./.", "[segment]") {
  auto doc =
      Doc("\n\nVietnam, France boost security cooperation\n"
          "Minister To Lam held talks with Minister Gérald Darmanin on November 4. They agreed "
          "to step up cooperation.\n"
          "Minister To Lam and Minister Gérald Darmanin at the talks. (Photo: VNA)\n"
          "The two ministers signed a letter of intent./.\n"
          "Vietnam, Laos boost defence ties\n"
          "Vietnamese, Cambodian leaders meet in Phnom Penh\n");
  INFO(DumpDoc(doc));
  REQUIRE_FALSE(doc.sentences.empty());
  CHECK(doc.sentences[0].zone == Zone::kHeadline);
  CHECK(doc.SentenceText(0) == "Vietnam, France boost security cooperation");
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(ZoneOf(doc, "held talks") == Zone::kStory);
  CHECK(ZoneOf(doc, "step up") == Zone::kStory);
  CHECK(ZoneOf(doc, "at the talks") == Zone::kCaption);
  CHECK_FALSE(ZoneOf(doc, "Photo").has_value());  // the credit is not inside a sentence
  CHECK(ZoneOf(doc, "letter of intent") == Zone::kStory);
  CHECK(ZoneOf(doc, "Laos") == Zone::kRelated);
  CHECK(ZoneOf(doc, "Phnom Penh") == Zone::kRelated);
}

TEST_CASE("zones: -VNA ends the story", "[segment]") {
  auto doc =
      Doc("Vietnam, France boost ties\n"
          "The two sides agreed to step up cooperation in many fields.-VNA\n"
          "Vietnam, Laos boost defence ties\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "step up") == Zone::kStory);
  CHECK(ZoneOf(doc, "Laos") == Zone::kRelated);
}

TEST_CASE("zones: Vietnamese caption with (Ảnh: TTXVN)", "[segment]") {
  auto doc =
      Doc("Việt-Pháp đẩy mạnh hợp tác\n"
          "Sáng 4/10, Bộ trưởng Guillaume Kasbarian đã tiếp Bộ trưởng Phạm Thị Thanh Trà.\n"
          "Bộ trưởng Phạm Thị Thanh Trà và Bộ trưởng Guillaume Kasbarian ký thỏa thuận hợp tác. "
          "(Ảnh: TTXVN)\n"
          "Hai bên đã trao đổi về các chương trình hợp tác.\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "đã tiếp") == Zone::kStory);
  CHECK(ZoneOf(doc, "ký thỏa thuận") == Zone::kCaption);
  CHECK_FALSE(ZoneOf(doc, "TTXVN").has_value());
  CHECK(ZoneOf(doc, "Hai bên đã trao đổi") == Zone::kStory);
}

TEST_CASE("zones: 'Tin mới nhất' starts the related block", "[segment]") {
  auto doc =
      Doc("Việt-Pháp đẩy mạnh hợp tác\n"
          "Hai bên đã trao đổi về các chương trình hợp tác.\n"
          "Tin mới nhất\n"
          "Việt Nam - Lào tăng cường hợp tác quốc phòng\n"
          "Thủ tướng tiếp Đại sứ Nhật Bản\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "trao đổi") == Zone::kStory);
  auto marker = ZoneOf(doc, "Tin mới nhất");
  CHECK((!marker || *marker == Zone::kBoilerplate || *marker == Zone::kRelated));
  CHECK(ZoneOf(doc, "Lào") == Zone::kRelated);
  CHECK(ZoneOf(doc, "Đại sứ Nhật Bản") == Zone::kRelated);
}

TEST_CASE("zones: rating question and rating widget are boilerplate", "[segment]") {
  auto doc =
      Doc("Việt-Pháp đẩy mạnh hợp tác\n"
          "Hai bên đã trao đổi về các chương trình hợp tác.\n"
          "Bạn thấy bài viết này thế nào?\n"
          "Kém Bình thường Khá Tốt Tuyệt vời\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "trao đổi") == Zone::kStory);
  CHECK(ZoneOf(doc, "Bạn thấy") == Zone::kBoilerplate);
  auto widget = ZoneOf(doc, "Tuyệt vời");
  CHECK((!widget || *widget == Zone::kBoilerplate));
}

TEST_CASE("zones: drop markers drop the widget line, not a story line opening the same way",
          "[segment]") {
  auto doc =
      Doc("Việt-Pháp đẩy mạnh hợp tác\n"
          "Chia sẻ\n"
          "Chia sẻ với phóng viên, Bộ trưởng cho biết hai bên sẽ ký kết thỏa thuận hợp tác trong "
          "năm nay.\n");
  INFO(DumpDoc(doc));
  REQUIRE(doc.sentences.size() >= 2);
  CHECK(doc.SentenceText(1) == "Chia sẻ");
  CHECK(doc.sentences[1].zone == Zone::kBoilerplate);
  CHECK(ZoneOf(doc, "phóng viên") == Zone::kStory);
}

TEST_CASE("zones: a lone byline and a repeated headline are boilerplate", "[segment]") {
  auto doc =
      Doc("Việt-Pháp đẩy mạnh hợp tác trong lĩnh vực công vụ\n"
          "Trần Đình\n"
          "Hai bên đã trao đổi về các chương trình hợp tác.\n"
          "Việt-Pháp đẩy mạnh hợp tác trong lĩnh vực công vụ\n"
          "Bộ trưởng Phạm Thị Thanh Trà cảm ơn phía Pháp.\n"
          "Minh Anh\n");
  INFO(DumpDoc(doc));
  CHECK(doc.sentences[0].zone == Zone::kHeadline);
  CHECK(ZoneOf(doc, "Trần Đình") == Zone::kBoilerplate);
  CHECK(ZoneOf(doc, "trao đổi") == Zone::kStory);
  int headline_like = 0;
  for (size_t i = 1; i < doc.sentences.size(); ++i) {
    if (doc.SentenceText(i) == "Việt-Pháp đẩy mạnh hợp tác trong lĩnh vực công vụ") {
      ++headline_like;
      CHECK(doc.sentences[i].zone == Zone::kBoilerplate);
    }
  }
  CHECK(headline_like == 1);
  CHECK(ZoneOf(doc, "cảm ơn") == Zone::kStory);
  CHECK(ZoneOf(doc, "Minh Anh") == Zone::kBoilerplate);
}

TEST_CASE("zones: '- ảnh 1' glues a repeated headline to a caption", "[segment]") {
  auto doc =
      Doc("Thúc đẩy hợp tác Việt – Pháp, xây dựng nền công vụ công tâm\n"
          "Sáng nay, tại Hà Nội, Phó Thủ tướng Lê Minh Khái tiếp Bộ trưởng Stanislas Guérini.\n"
          "Thúc đẩy hợp tác Việt – Pháp, xây dựng nền công vụ công tâm - ảnh 1Phó Thủ tướng Chính "
          "phủ Lê Minh Khái tiếp Bộ trưởng Bộ Chuyển đổi và Công vụ Pháp Stanislas Guérini. Ảnh "
          "VGP/Trần Mạnh\n"
          "Phó Thủ tướng đề nghị hai Bộ tiếp tục hợp tác.\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "Sáng nay") == Zone::kStory);
  CHECK(ZoneOf(doc, "ảnh 1") == Zone::kBoilerplate);
  bool caption_found = false;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    std::string_view s = doc.SentenceText(i);
    if (s.rfind("Phó Thủ tướng Chính phủ Lê Minh Khái", 0) == 0) {
      caption_found = true;
      CHECK(doc.sentences[i].zone == Zone::kCaption);
      CHECK(s.find("VGP") == std::string_view::npos);  // credit left out
      CHECK(s.find("ảnh 1") == std::string_view::npos);
    }
  }
  CHECK(caption_found);
  CHECK(ZoneOf(doc, "đề nghị") == Zone::kStory);
}

TEST_CASE("zones: English stop marker", "[segment]") {
  auto doc =
      Doc("Vietnam, France boost ties\n"
          "The two sides agreed to step up cooperation.\n"
          "Related news\n"
          "Vietnam, Laos boost defence ties\n");
  INFO(DumpDoc(doc));
  CHECK(ZoneOf(doc, "step up") == Zone::kStory);
  CHECK(ZoneOf(doc, "Laos") == Zone::kRelated);
}

// Long lines: the zone tests fold only a line's first words when those decide (markers are short),
// so these rows pin the cases that need the whole line.
TEST_CASE("zones: long lines against markers and a long headline", "[segment]") {
  const std::string headline =
      "Vietnam and France agree to deepen their comprehensive strategic partnership in "
      "defence, energy, aerospace and the digital economy for the coming decade";
  struct Row {
    const char* what;
    std::string line;
    Zone want;
  };
  const std::vector<Row> rows = {
      {"the long headline repeated", headline, Zone::kBoilerplate},
      {"repeated with only punctuation after it", headline + " ...", Zone::kBoilerplate},
      {"repeated in other case and spacing",
       "VIETNAM AND FRANCE agree  to deepen their comprehensive strategic partnership in "
       "defence, energy, aerospace and the digital economy for the coming decade",
       Zone::kBoilerplate},
      {"same first hundred bytes, then other words",
       "Vietnam and France agree to deepen their comprehensive strategic partnership in "
       "defence, energy, aerospace and the digital economy, the minister told reporters",
       Zone::kStory},
      {"the headline and one word more", headline + " today", Zone::kStory},
  };
  for (const auto& r : rows) {
    auto doc = Doc(headline + "\nThe two sides agreed to step up cooperation.\n" + r.line +
                   "\nThe ministers also discussed training.\n");
    INFO(r.what << "\n" << DumpDoc(doc));
    REQUIRE(doc.sentences.size() >= 3);
    CHECK(doc.sentences[0].zone == Zone::kHeadline);
    std::optional<Zone> got;
    for (size_t i = 1; i < doc.sentences.size(); ++i)
      if (doc.SentenceText(i).substr(0, 18) == r.line.substr(0, 18)) got = doc.sentences[i].zone;
    CHECK(got == r.want);
    CHECK(ZoneOf(doc, "training") == (r.want == Zone::kRelated ? Zone::kRelated : Zone::kStory));
  }
  // A long line opening with a stop marker and few words more still starts the related block;
  // with many words more it is a story line.
  auto few = Doc(headline +
                 "\nThe two sides agreed to step up cooperation.\nRelated news Internationalisation "
                 "Telecommunications Counterrevolutionaries Incomprehensibilities "
                 "Electroencephalographs\nVietnam, Laos boost defence ties\n");
  INFO(DumpDoc(few));
  CHECK(ZoneOf(few, "Laos") == Zone::kRelated);
  auto many = Doc(headline +
                  "\nThe two sides agreed to step up cooperation.\nRelated news reports from the "
                  "region say that the ministers of both countries will meet again next spring in "
                  "Hanoi to sign the plan\nVietnam, Laos boost defence ties\n");
  INFO(DumpDoc(many));
  CHECK(ZoneOf(many, "Laos") == Zone::kStory);
}

TEST_CASE("zones: a line's first word decides which marker tests it needs", "[segment]") {
  // Markers match as whole words from the line's start and the headline as a whole, so a line
  // whose first folded word is neither a marker's nor the headline's is a story line (unless it
  // is a byline); lines whose first piece folds to nothing are tested in full.
  const std::string headline = "Vietnam, France boost defence ties";
  struct Row {
    const char* what;
    std::string line;
    Zone want;
  };
  const std::vector<Row> rows = {
      {"a stop marker", "Tin liên quan", Zone::kBoilerplate},
      {"a stop marker after a lone dash", "- Tin liên quan", Zone::kBoilerplate},
      {"a stop marker in brackets", "[Xem thêm]", Zone::kBoilerplate},
      {"a marker's first word, then other words", "Tin tức ngày hôm nay rất tốt cho hai nước",
       Zone::kStory},
      {"the headline again", headline, Zone::kBoilerplate},
      {"the headline after a lone dash", "— " + headline, Zone::kBoilerplate},
      {"the headline's first word, then other words", "Vietnam, Laos sign a trade deal",
       Zone::kStory},
      {"a word no marker starts with", "Minister Tra received the delegation", Zone::kStory},
  };
  for (const auto& r : rows) {
    auto doc = Doc(headline + "\nThe two sides agreed to step up cooperation.\n" + r.line +
                   "\nThe ministers also discussed training.\n");
    INFO(r.what << "\n" << DumpDoc(doc));
    std::optional<Zone> got;
    for (size_t i = 1; i < doc.sentences.size(); ++i)
      if (doc.SentenceText(i).substr(0, 8) == r.line.substr(0, 8)) got = doc.sentences[i].zone;
    CHECK(got == r.want);
  }
  // A headline with no letters folds to "": a story line is not taken for it.
  auto bare = Doc("***\nThe two sides agreed to step up cooperation.\nMinister Tra received the "
                  "delegation.\n");
  INFO(DumpDoc(bare));
  CHECK(ZoneOf(bare, "delegation") == Zone::kStory);
}

// ------------------------------------------------------------------------------------ tokens

TEST_CASE("Tokenize splits glued words", "[segment]") {
  struct Row {
    const char* in;
    V want;
  };
  const std::vector<Row> rows = {
      {"withFrench", {"with", "French"}},
      {"talks withFrench Minister", {"talks", "with", "French", "Minister"}},
      {"Darmaninon November 4", {"Darmanin", "on", "November", "4"}},
      {"To Lam’svisit", {"To", "Lam", "’s", "visit"}},
      {"Lam'svisit", {"Lam", "'s", "visit"}},
      {"a letterof intent", {"a", "letter", "of", "intent"}},
      {"building thatwas signed", {"building", "that", "was", "signed"}},
      {"Informationand Communications", {"Information", "and", "Communications"}},
      {"StateReform", {"State", "Reform"}},
      {"officialvisit", {"official", "visit"}},
      {"twoministries", {"two", "ministries"}},
      {"withFrench Minister of the Interior Gérald Darmaninon November 4",
       {"with", "French", "Minister", "of", "the", "Interior", "Gérald", "Darmanin", "on",
        "November", "4"}},
  };
  for (const auto& r : rows) {
    auto got = Tokens(r.in);
    INFO("input: " << r.in << "\ngot:\n" << Join(got));
    CHECK(got == r.want);
  }
}

TEST_CASE("Tokenize splits function-word glue without a knowledge base", "[segment]") {
  CHECK(Tokens("withFrench", false) == V{"with", "French"});
  CHECK(Tokens("thatwas", false) == V{"that", "was"});
}

TEST_CASE("Tokenize keeps words that only look glued", "[segment]") {
  for (const char* w :
       {"McDonald", "iPhone",   "e-government", "Jean-Vincent", "LĐ-TB&XH",    "TN&MT",
        "Gérald",   "Darmanin", "Kasbarian",    "Placé",        "information", "format",
        "combat",   "often",    "Lebanon",      "Washington",   "Tô",          "Nguyễn",
        "into",     "onto",     "whereas",      "insecurity",   "Toàn",        "tòa",
        "Thành",    "Macron",   "Boston",       "Huston",       "Canberra",    "Ottawa",
        "Tokyo",    "Seoul",    "Jakarta",      "Astana",       "Ankara",      "Havana"}) {
    auto got = Tokens(w);
    INFO("word: " << w << "\ngot:\n" << Join(got));
    CHECK(got == V{w});
  }
}

TEST_CASE("Tokenize: offsets, folds and flags", "[segment]") {
  std::string s = "Bộ trưởng Phạm Thị Thanh Trà, AFD và 2024 – hoá";
  auto toks = bilat::text::Tokenize(s, 0, static_cast<uint32_t>(s.size()),
                                    &bilat::lex::Lexicon::Known, &Lex());
  for (const auto& t : toks) CHECK(s.substr(t.begin, t.end - t.begin) == t.text);
  auto find = [&](const std::string& text) -> const bilat::text::Token* {
    for (const auto& t : toks)
      if (t.text == text) return &t;
    return nullptr;
  };
  const auto* bo = find("Bộ");
  REQUIRE(bo);
  CHECK(bo->word);
  CHECK(bo->cap);
  CHECK_FALSE(bo->upper);  // one letter only
  CHECK(bo->fold == "bo");
  CHECK(bo->lower == "bộ");
  const auto* tra = find("Trà");
  REQUIRE(tra);
  CHECK(tra->fold == "tra");
  const auto* comma = find(",");
  REQUIRE(comma);
  CHECK_FALSE(comma->word);
  const auto* afd = find("AFD");
  REQUIRE(afd);
  CHECK(afd->upper);
  const auto* year = find("2024");
  REQUIRE(year);
  CHECK(year->digit);
  const auto* dash = find("–");
  REQUIRE(dash);
  CHECK(dash->fold == "-");
  const auto* hoa = find("hoá");
  REQUIRE(hoa);
  CHECK(hoa->lower == "hóa");
  CHECK(hoa->fold == "hoa");
}

TEST_CASE("Tokenize honours begin and end", "[segment]") {
  std::string s = "Paris (VNA) – Minister Darmanin met To Lam.";
  uint32_t b = static_cast<uint32_t>(s.find("Minister"));
  uint32_t e = static_cast<uint32_t>(s.find(" met"));
  auto toks = bilat::text::Tokenize(s, b, e);
  REQUIRE(toks.size() == 2);
  CHECK(toks[0].text == "Minister");
  CHECK(toks[0].begin == b);
  CHECK(toks[1].text == "Darmanin");
  CHECK(toks[1].end == e);
}

// ------------------------------------------------------------------------------------ Lower

TEST_CASE("Lower normalises tone placement of open oa/oe/uy syllables", "[segment]") {
  struct Row {
    const char* in;
    const char* want;
  };
  const std::vector<Row> rows = {
      {"hoá", "hóa"},
      {"hóa", "hóa"},
      {"HOÁ", "hóa"},
      {"Hoà Bình", "hòa bình"},
      {"hoạ", "họa"},
      {"toà", "tòa"},
      {"khoẻ", "khỏe"},
      {"loè", "lòe"},
      {"thuỷ", "thủy"},
      {"Thuý", "thúy"},
      {"thuỵ", "thụy"},
      {"hiện đại hoá, thuỷ lợi", "hiện đại hóa, thủy lợi"},
      // Not open oa/oe/uy: left alone.
      {"quý", "quý"},
      {"quỷ", "quỷ"},
      {"hoàng", "hoàng"},
      {"Huỳnh", "huỳnh"},
      {"Nguyễn", "nguyễn"},
      {"Phạm Thị Thanh Trà", "phạm thị thanh trà"},
      {"ĐOÀN", "đoàn"},
      {"Gérald", "gérald"},
  };
  for (const auto& r : rows) {
    INFO("input: " << r.in);
    CHECK(bilat::text::Lower(r.in) == r.want);
  }
}

// ------------------------------------------------------------ formerly known failures, now fixed

// Known failures of the program: hidden from the default run (tag ).

TEST_CASE("a no-break space after a period is trimmed from the next sentence",
          "[segment]") {
  // SplitSentences trims only ASCII white space at sentence edges, so U+00A0 starts the sentence.
  CheckSplits({{"no-break space after the period",
                "en",
                "He spoke.\u00A0Then she spoke.",
                {"He spoke.", "Then she spoke."}}});
}

TEST_CASE("glue after a two-letter word is split", "[segment]") {
  // MaySplit's suffix test wants three letters before a function word (w.size() > x.size() + 2),
  // so "ITand" and "ofthe" never reach GlueSplits' rules for them.
  CHECK(Tokens("ITand e-government") == V{"IT", "and", "e-government"});
  CHECK(Tokens("ofthe") == V{"of", "the"});
  CHECK(Tokens("ofthe", false) == V{"of", "the"});
  CHECK(Tokens("inthe", false) == V{"in", "the"});
}

TEST_CASE("real words and brand names are not split", "[segment]") {
  // "within" = two function words (GlueSplits' "thatwas" rule); "VinFast", "YouTube": the
  // lower->Upper rule splits any capitalised left part of 3+ letters, though neither side is a
  // function word or a known word (text_internal.h's stated condition).
  for (const char* w : {"within", "VinFast", "YouTube"}) {
    auto got = Tokens(w);
    INFO("word: " << w << "\ngot:\n" << Join(got));
    CHECK(got == V{w});
  }
}
