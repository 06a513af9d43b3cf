// The date grammar on its own: a table of sentences in English and Vietnamese, each holding one
// date expression (or none), with the normalised EDTF value and the kind the grammar must give it.
// Expected values come from SPEC.md (section Dates) and the dates issue, not from program output.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dates_internal.h"
#include "harness.h"
#include "text_internal.h"

using namespace bilat::testing;
using bilat::dates::DateGrammar;
using bilat::dates::DateKind;
using bilat::dates::DateMention;

namespace {

constexpr auto P = DateKind::kPoint;
constexpr auto I = DateKind::kInterval;
constexpr auto PER = DateKind::kPeriod;
constexpr auto BG = DateKind::kBackground;
constexpr auto Y = DateKind::kYear;
constexpr auto REC = DateKind::kRecent;
constexpr auto REL = DateKind::kRelative;

// `edtf` == nullptr: the sentence holds no date at all. For kRelative, `rel` is the year offset
// and `weekday` the named weekday (1 = Monday .. 7 = Sunday).
struct Row {
  const char* lang;
  const char* text;
  const char* edtf;
  DateKind kind;
  int rel = 0;
  int weekday = 0;
};

const DateGrammar& Grammar() {
  static const DateGrammar* g = new DateGrammar(TestKb());
  return *g;
}

std::string KindName(DateKind k) {
  switch (k) {
    case DateKind::kPoint:
      return "point";
    case DateKind::kInterval:
      return "interval";
    case DateKind::kPeriod:
      return "period";
    case DateKind::kBackground:
      return "background";
    case DateKind::kYear:
      return "year";
    case DateKind::kRecent:
      return "recent";
    case DateKind::kRelative:
      return "relative";
  }
  return "?";
}

std::string Describe(const std::vector<bilat::text::Token>& t, const std::vector<DateMention>& ms) {
  std::string s;
  for (const auto& m : ms) {
    s += "  '";
    for (int k = m.tb; k < m.te; ++k) s += (k > m.tb ? " " : "") + t[k].text;
    s += "' = " + m.value.ToEdtf() + " " + KindName(m.kind);
    if (m.kind == DateKind::kRelative)
      s += " rel=" + std::to_string(m.relative_years) + " weekday=" + std::to_string(m.weekday);
    s += "\n";
  }
  return s.empty() ? "  (no date)\n" : s;
}

// Every row must give exactly the expected mention (and no other), or no mention at all.
void CheckRows(const std::vector<Row>& rows) {
  for (const auto& r : rows) {
    std::string text = r.text;
    auto tokens = bilat::text::Tokenize(text, 0, static_cast<uint32_t>(text.size()));
    auto ms = Grammar().Find(tokens, r.lang);
    INFO("[" << r.lang << "] " << text << "\nfound:\n" << Describe(tokens, ms));
    if (!r.edtf) {
      CHECK(ms.empty());
      continue;
    }
    INFO("expected: " << r.edtf << " " << KindName(r.kind));
    CHECK(ms.size() == 1);
    if (ms.size() != 1) continue;
    CHECK(ms[0].value.ToEdtf() == r.edtf);
    CHECK(KindName(ms[0].kind) == KindName(r.kind));
    if (r.kind == DateKind::kRelative || r.weekday) {
      CHECK(ms[0].relative_years == r.rel);
      CHECK(ms[0].weekday == r.weekday);
    }
  }
}

// ------------------------------------------------------------------------------------- English
const std::vector<Row> kEnglish = {
    // The expressions.
    {"en", "Minister Tra received the French delegation on October 4.", "XXXX-10-04", P},
    {"en", "The two Prime Ministers held talks in Paris on November 3 evening (local time).",
     "XXXX-11-03", P},
    {"en", "General Secretary To Lam paid a state visit to France from October 3-7.",
     "XXXX-10-03/XXXX-10-07", I},
    {"en", "The letter of intent was signed in Paris on October 30, 2016.", "2016-10-30", P},
    {"en", "The delegation worked in Hanoi on November 26-29.", "XXXX-11-26/XXXX-11-29", I},
    {"en", "The memorandum was signed on April 09th, 2019.", "2019-04-09", P},
    {"en", "The two ministries signed an agreement in March 2018.", "2018-03", P},
    {"en", "The two ministers have met twice this year.", "", REL, 0},
    {"en", "The minister arrived in Hanoi on Sunday.", "", REL, 0, 7},
    {"en", "The two ministries recently signed a memorandum of understanding.", "", REC},
    {"en", "They adopted a cooperation plan in the 2025-2028 period.", "2025/2028", PER},
    {"en", "The programme will be implemented for the period 2018-28.", "2018/2028", PER},
    {"en", "The 2024-25 action plan was approved by both ministries.", "2024/2025", PER},
    // Datelines.
    {"en", "May 05, 2024 - 15:46", "2024-05-05", P},
    {"en", "Monday, November 20,2023", "2023-11-20", P},
    {"en", "Hanoi, Monday, November 20, 2023", "2023-11-20", P},
    {"en", "Paris, October 4 (VNA) - The two ministers met.", "XXXX-10-04", P},
    {"en", "Hanoi (VNA) - On December 1, Deputy Prime Minister Le Minh Khai received the minister.",
     "XXXX-12-01", P},
    // Ordinals.
    {"en", "The talks took place on October 4th.", "XXXX-10-04", P},
    {"en", "The forum opened on November 1st.", "XXXX-11-01", P},
    {"en", "The agreement was signed on September 22nd, 2023.", "2023-09-22", P},
    {"en", "The minister arrived on March 3rd.", "XXXX-03-03", P},
    {"en", "The delegation left on the 2nd of June.", "XXXX-06-02", P},
    // Abbreviated months.
    {"en", "The ministers met on Oct. 4 in Paris.", "XXXX-10-04", P},
    {"en", "The treaty was signed on Sept. 12, 2022.", "2022-09-12", P},
    {"en", "The two leaders spoke on Dec 1.", "XXXX-12-01", P},
    {"en", "The plan was approved on Jan. 15, 2024.", "2024-01-15", P},
    {"en", "The visit ended on Feb 28.", "XXXX-02-28", P},
    {"en", "The embassy hosted a reception on Aug. 30.", "XXXX-08-30", P},
    {"en", "The conference was held on Nov. 3-5.", "XXXX-11-03/XXXX-11-05", I},
    {"en", "The delegation visited Lyon on Sep 9, 2019.", "2019-09-09", P},
    // Day before month.
    {"en", "The two ministers met on 4 October 2024.", "2024-10-04", P},
    {"en", "The two ministers met on 4 October.", "XXXX-10-04", P},
    {"en", "The agreement was signed on 12 December 2023 in Hanoi.", "2023-12-12", P},
    {"en", "The forum took place on 1st March 2020.", "2020-03-01", P},
    {"en", "The minister visited Hanoi on 4 Oct. 2024.", "2024-10-04", P},
    // Ranges of days, within and across months.
    {"en", "The state visit takes place on October 3-7, 2024.", "2024-10-03/2024-10-07", I},
    {"en", "The festival runs from October 3 – 7.", "XXXX-10-03/XXXX-10-07", I},
    {"en", "The visit lasted from October 30 to November 2.", "XXXX-10-30/XXXX-11-02", I},
    {"en", "The visit lasted from October 30 to November 2, 2024.", "2024-10-30/2024-11-02", I},
    {"en", "The exhibition ran from October 30 - November 2.", "XXXX-10-30/XXXX-11-02", I},
    {"en", "The summit takes place from 3 to 7 October.", "XXXX-10-03/XXXX-10-07", I},
    {"en", "The summit takes place on 3-7 October 2024.", "2024-10-03/2024-10-07", I},
    {"en", "The course ran from December 30, 2023 to January 2, 2024.", "2023-12-30/2024-01-02", I},
    // Months and years.
    {"en", "The two ministries signed the plan in October 2024.", "2024-10", P},
    {"en", "The embassy opened in Sept. 2019.", "2019-09", P},
    {"en", "The meeting was held in early November 2024.", "2024-11", P},
    {"en", "The two countries established diplomatic relations in 1973.", "1973", Y},
    {"en", "In 2013, Vietnam and France established a strategic partnership.", "2013", Y},
    {"en", "In 2013 Vietnam and France established a strategic partnership.", "2013", Y},
    {"en", "The cooperation has grown since 2016.", "2016", Y},
    // Relative expressions.
    {"en", "The two ministers met last year in Paris.", "", REL, -1},
    {"en", "The minister will visit France next year.", "", REL, 1},
    {"en", "The agreement was signed earlier this year.", "", REL, 0},
    {"en", "The minister met his counterpart on Monday.", "", REL, 0, 1},
    {"en", "The delegation returned home on Friday.", "", REL, 0, 5},
    {"en", "The two sides have lately stepped up cooperation.", "", REC},
    // Periods of agreements and programmes.
    {"en", "The two sides reviewed the plan for the 2021-2025 period.", "2021/2025", PER},
    {"en", "The strategy covers the 2022-2026 phase.", "2022/2026", PER},
    {"en", "The cooperation programme for the 2024-2028 term was signed.", "2024/2028", PER},
    // Background spans: not event dates.
    {"en", "The two ministries have cooperated well over the past period (2016 - 2024).",
     "2016/2024", BG},
    {"en", "The ceremony marked the 70th anniversary of the victory (1954-2024).", "1954/2024", BG},
    {"en", "They celebrated the 50th anniversary of diplomatic relations (1973-2023).", "1973/2023",
     BG},
    {"en", "Vietnam trained officers with French support from 2016 to 2024.", "2016/2024", BG},
};

const std::vector<Row> kEnglishNone = {
    {"en", "Resolution 57/NQ-TW sets out the science and technology strategy.", nullptr, P},
    {"en", "Growth reached 8% in the first quarter.", nullptr, P},
    {"en", "The hotline works 24/7 for citizens.", nullptr, P},
    {"en", "More than 2,000 people attended the forum.", nullptr, P},
    {"en", "Decree No. 3 on public servants takes effect.", nullptr, P},
    {"en", "The two sides may sign an agreement on public service.", nullptr, P},
    {"en", "Petrovietnam ranked 11th in the 2025 Fortune Southeast Asia 500.", nullptr, P},
    {"en", "The VNA chief spoke at the 19th OANA General Assembly.", nullptr, P},
    {"en", "The law passed with 408 out of 420 deputies voting in favour, or 85.36%.", nullptr, P},
    {"en", "The deputy supported Article 39 of the draft law.", nullptr, P},
    {"en", "The session opened at 15:46 local time.", nullptr, P},
    {"en", "The troops march 20 kilometres.", nullptr, P},
};

// ------------------------------------------------------------------------------------ Vietnamese
const std::vector<Row> kVietnamese = {
    // The expressions.
    {"vi", "Ngày 4/10, Bộ trưởng Phạm Thị Thanh Trà tiếp Bộ trưởng Pháp.", "XXXX-10-04", P},
    {"vi", "Sáng 4/10, hai Bộ trưởng đã hội đàm.", "XXXX-10-04", P},
    {"vi", "Chiều ngày 07/10/2024, Bộ trưởng Nội vụ tiếp Đại sứ Pháp.", "2024-10-07", P},
    {"vi", "Trưa 27/3, Thủ tướng tiếp Bộ trưởng Pháp.", "XXXX-03-27", P},
    {"vi", "Sáng nay (01/12), Phó Thủ tướng Lê Minh Khái tiếp Bộ trưởng Pháp.", "XXXX-12-01", P},
    {"vi", "Tổng Bí thư thăm chính thức Pháp từ ngày 3-7/10.", "XXXX-10-03/XXXX-10-07", I},
    {"vi", "Triển lãm diễn ra từ ngày 15/5-15/6.", "XXXX-05-15/XXXX-06-15", I},
    {"vi", "Hai bên ký thỏa thuận vào tháng 10/2024.", "2024-10", P},
    {"vi", "Năm 2023, hai nước kỷ niệm quan hệ ngoại giao.", "2023", Y},
    {"vi", "Hai Bộ ký thỏa thuận hợp tác giai đoạn 2025-2028.", "2025/2028", PER},
    // Datelines.
    {"vi", "Thứ tư, 18/11/2009 17:08", "2009-11-18", P},
    {"vi", "Thứ Hai, 20/11/2023 - 15:46", "2023-11-20", P},
    {"vi", "Hà Nội, ngày 20 tháng 11 năm 2023", "2023-11-20", P},
    {"vi", "04/10/2024 15:46", "2024-10-04", P},
    {"vi", "Cập nhật: 15:46 | 04/10/2024", "2024-10-04", P},
    // Day and month in words.
    {"vi", "Ngày 4 tháng 10 năm 2024, hai Bộ trưởng hội đàm.", "2024-10-04", P},
    {"vi", "Ngày 4 tháng 10, hai Bộ trưởng hội đàm.", "XXXX-10-04", P},
    {"vi", "Hai bên gặp nhau vào ngày 30 tháng 10 năm 2016 tại Paris.", "2016-10-30", P},
    // Day parts and numeric days.
    {"vi", "Tối 3/11, Thủ tướng hội đàm với Thủ tướng Pháp.", "XXXX-11-03", P},
    {"vi", "Đêm 3/11, đoàn đến Paris.", "XXXX-11-03", P},
    {"vi", "Rạng sáng 5/10, đoàn về đến Hà Nội.", "XXXX-10-05", P},
    {"vi", "Sáng 4/10 (giờ địa phương), hai bên hội đàm.", "XXXX-10-04", P},
    {"vi", "Ngày 30/10/2016, hai Bộ ký ý định thư.", "2016-10-30", P},
    {"vi", "Ngày 1/1/2025, luật có hiệu lực.", "2025-01-01", P},
    {"vi", "Ngày 31/12, hai bên tổng kết hợp tác.", "XXXX-12-31", P},
    {"vi", "Ngày 29/2, đoàn công tác lên đường.", "XXXX-02-29", P},
    {"vi", "Sáng qua (3/10), hai bên đã hội đàm.", "XXXX-10-03", P},
    {"vi", "Hôm nay (4/10), Bộ trưởng tiếp Đại sứ.", "XXXX-10-04", P},
    {"vi", "Lúc 06:30 ngày 07/10/2024, đoàn rời Hà Nội.", "2024-10-07", P},
    // Ranges of days.
    {"vi", "Đoàn công tác làm việc tại Pháp từ ngày 03-07/10.", "XXXX-10-03/XXXX-10-07", I},
    {"vi", "Chuyến thăm diễn ra từ ngày 3 - 7/10/2024.", "2024-10-03/2024-10-07", I},
    {"vi", "Hội nghị diễn ra trong hai ngày 4-5/10.", "XXXX-10-04/XXXX-10-05", I},
    {"vi", "Khóa học diễn ra từ 15/5-15/6/2024.", "2024-05-15/2024-06-15", I},
    {"vi", "Đoàn làm việc tại Pháp từ ngày 30/10 đến ngày 2/11.", "XXXX-10-30/XXXX-11-02", I},
    {"vi", "Đoàn làm việc tại Pháp từ ngày 30/9 đến 2/10/2024.", "2024-09-30/2024-10-02", I},
    {"vi", "Tổng Bí thư thăm Pháp từ ngày 3 đến ngày 7/10.", "XXXX-10-03/XXXX-10-07", I},
    // Months and years.
    {"vi", "Hai bên ký thỏa thuận vào tháng 10 năm 2024.", "2024-10", P},
    {"vi", "Hai bên ký thỏa thuận vào tháng 12/2023.", "2023-12", P},
    {"vi", "Hai bên sẽ gặp lại vào tháng 10.", "XXXX-10", P},
    {"vi", "Đoàn sang thăm Pháp vào tháng Giêng năm 2024.", "2024-01", P},
    {"vi", "Đoàn sang thăm Pháp vào tháng Chạp.", "XXXX-12", P},
    {"vi", "Đoàn sang thăm Pháp vào tháng Mười năm 2024.", "2024-10", P},
    {"vi", "Đoàn sang thăm Pháp vào tháng Mười Hai.", "XXXX-12", P},
    {"vi", "Đoàn sang thăm Pháp vào tháng Tư năm 2023.", "2023-04", P},
    {"vi", "Cuối tháng 10/2024, hai Bộ trưởng gặp nhau.", "2024-10", P},
    {"vi", "Hai bên đã gặp nhau vào tháng 10 vừa qua.", "XXXX-10", P},
    {"vi", "Trong năm 2024, hai Bộ tổ chức nhiều hoạt động.", "2024", Y},
    {"vi", "Năm 1973, hai nước thiết lập quan hệ ngoại giao.", "1973", Y},
    // Relative expressions.
    {"vi", "Năm nay, hai Bộ trưởng đã gặp nhau hai lần.", "", REL, 0},
    {"vi", "Năm ngoái, hai Bộ trưởng đã gặp nhau tại Paris.", "", REL, -1},
    {"vi", "Bộ trưởng sẽ thăm Pháp vào năm tới.", "", REL, 1},
    {"vi", "Đầu năm nay, hai bên ký bản ghi nhớ.", "", REL, 0},
    {"vi", "Mới đây, Bộ trưởng Nội vụ đã tiếp Đại sứ Pháp.", "", REC},
    {"vi", "Gần đây, hai Bộ tăng cường hợp tác.", "", REC},
    {"vi", "Hội nghị vừa qua đã thông qua kế hoạch.", "", REC},
    // Periods of agreements and programmes.
    {"vi", "Kế hoạch hành động giai đoạn 2024-2025 đã được thông qua.", "2024/2025", PER},
    {"vi", "Chương trình hợp tác giai đoạn 2021-25 được ký kết.", "2021/2025", PER},
    {"vi", "Đại hội đề ra mục tiêu nhiệm kỳ 2021-2026.", "2021/2026", PER},
    // Background spans: not event dates.
    {"vi", "Hai nước kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (1954-2024).", "1954/2024", BG},
    {"vi", "Kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Pháp (1973 - 2023).",
     "1973/2023", BG},
    {"vi", "Hai Bộ đã hợp tác hiệu quả trong giai đoạn vừa qua (2016 - 2024).", "2016/2024", BG},
    {"vi", "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).",
     "1890-05-19/2025-05-19", BG},
};

const std::vector<Row> kVietnameseNone = {
    {"vi", "Nghị quyết 57/NQ-TW về phát triển khoa học, công nghệ.", nullptr, P},
    {"vi", "Nghị quyết số 57-NQ/TW của Bộ Chính trị.", nullptr, P},
    {"vi", "Quyết định 15/2023/QĐ-TTg có hiệu lực.", nullptr, P},
    {"vi", "Tăng trưởng đạt 8% trong quý đầu.", nullptr, P},
    {"vi", "Hơn 2.000 người tham dự diễn đàn.", nullptr, P},
    {"vi", "Lượng khách tăng 5-7% so với cùng kỳ.", nullptr, P},
    {"vi", "Ngày 30/2 không tồn tại.", nullptr, P},
    {"vi", "Con số 32/10 không phải là ngày.", nullptr, P},
    {"vi", "Điều 39 của dự thảo luật được thông qua.", nullptr, P},
    {"vi", "Hai bên bàn về quan hệ Việt Nam - Pháp.", nullptr, P},
};

}  // namespace

TEST_CASE("English date expressions are found and normalised", "[dates][en]") {
  CheckRows(kEnglish);
}

TEST_CASE("English numbers that are not dates give no date", "[dates][en]") {
  CheckRows(kEnglishNone);
}

TEST_CASE("Vietnamese date expressions are found and normalised", "[dates][vi]") {
  CheckRows(kVietnamese);
}

TEST_CASE("Vietnamese numbers that are not dates give no date", "[dates][vi]") {
  CheckRows(kVietnameseNone);
}

// Weekdays, alone (resolved against the page date by the extractor) or written with a day (a
// constraint on the year), and page-date lines; ordinals that read like weekdays are not dates.
TEST_CASE("weekdays in both languages", "[dates][en][vi]") {
  CheckRows({
      {"en", "The two ministers held talks in Hanoi on Sunday.", "", REL, 0, 7},
      {"en", "The agreement was signed on Tuesday 6 September in Hanoi.", "XXXX-09-06", P, 0, 2},
      {"en", "Thursday, March 12: the minister arrives in Paris.", "XXXX-03-12", P, 0, 4},
      {"en", "Monday, November 20,2023", "2023-11-20", P, 0, 1},
      {"en", "They will attend next Tuesday's ceremony.", nullptr, P},
      {"vi", "Bộ trưởng đến Hà Nội vào Chủ nhật.", "", REL, 0, 7},
      {"vi", "Hai bên sẽ hội đàm vào thứ Hai tuần tới.", "", REL, 0, 1},
      {"vi", "Chiều thứ Sáu, Bộ trưởng tiếp Đại sứ Nhật Bản.", "", REL, 0, 5},
      {"vi", "Sáng thứ hai, hai bên hội đàm.", "", REL, 0, 1},
      {"vi", "Thứ tư, 18/11/2009 17:08", "2009-11-18", P, 0, 3},
      {"vi", "Chiều 15/3 (thứ Sáu), Bộ trưởng tiếp Đại sứ.", "XXXX-03-15", P, 0, 5},
      {"vi", "Đây là lần thứ hai hai bên hội đàm.", nullptr, P},
      {"vi", "Hội nghị lần thứ ba diễn ra tại Hà Nội.", nullptr, P},
  });
}

// A span of days with the month after dashes: "từ ngày 13 đến 14-11-2022".
TEST_CASE("Vietnamese spans with dashed months", "[dates][vi]") {
  CheckRows({
      {"vi", "Thủ tướng thăm chính thức Việt Nam từ ngày 13 đến 14-11-2022.",
       "2022-11-13/2022-11-14", I},
      {"vi", "Đoàn làm việc tại Pháp từ ngày 3 đến 7-10.", "XXXX-10-03/XXXX-10-07", I},
  });
}

// ----------------------------------------------------------------------------------- pending
// Rows the grammar gets wrong today, grouped by cause. Hidden: run with "[pending]".

// A bare D/M is taken for a date whatever surrounds it: "24/7" (round the clock) becomes
// 24 July and the fraction "3/4" becomes 3 April.
TEST_CASE("pending: numbers with a slash that are not dates", "[.pending]") {
  CheckRows({
      {"vi", "Đường dây nóng hoạt động 24/7 để hỗ trợ người dân.", nullptr, P},
      {"vi", "Rừng chiếm 3/4 diện tích của tỉnh.", nullptr, P},
  });
}

// Day offsets ("yesterday", "hôm qua") are dropped as "too vague", though the article's date
// fixes them; DateMention has no field for a day offset either.
TEST_CASE("pending: relative days", "[.pending]") {
  CheckRows({
      {"vi", "Hôm qua, hai Bộ trưởng đã hội đàm tại Hà Nội.", "", REL},
      {"en", "The two ministers held talks in Hanoi yesterday.", "", REL},
      {"en", "The minister arrives in Paris today.", "", REL},
  });
}
