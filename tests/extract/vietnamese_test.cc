// Vietnamese extraction: a table of Vietnamese sentences with the facts a careful annotator expects
// under SPEC.md, and English/Vietnamese parallel pairs that must give the same facts.
//
// A `must` entry is a fact line ("kind source -> target [date]", see harness.h) or, when it holds a
// `*`, a pattern where `*` stands for any text (agreement labels are the program's own wording, so
// they are matched by their leading words: `signed x -> ban ghi nho* [2023-12-12]`). Node lines of
// the article are included as "node <kind> <label>", so that a `must_not_prefix` entry such as
// "node ministry politburo" says that the Politburo must not become a ministry, and
// "node person dong chi" that an honorific must not become a person.
//
// Rows the program does not get right yet are in a second table whose test case is hidden
// ("[.pending]"), grouped by the missing rule, each with a one-line diagnosis; likewise the
// parallel pairs. Catch2 still runs a hidden test when a tag filter selects it, so run the passing
// rows with `extract_tests "[vi]~[pending]"` and the known failures with `"[vi][pending]"`.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "harness.h"

using namespace bilat::testing;

namespace {

struct row {
  const char* text;
  const char* published;
  std::vector<std::string> must;
  std::vector<std::string> must_not_prefix;
};


bool Matches(const std::vector<std::string>& lines, const std::string& want) {
  if (want.find('*') == std::string::npos) return Has(lines, want);
  return std::any_of(lines.begin(), lines.end(),
                     [&](const std::string& l) { return Glob(want, l); });
}

// Fact lines plus "node <kind> <label>" lines of one article.
std::vector<std::string> ArticleLines(const std::string& text, const std::string& published) {
  std::vector<std::string> lines = FactLines(text, published);
  for (const auto& n : NodeLines(text)) lines.push_back("node " + n);
  return lines;
}

void CheckRows(const std::vector<row>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const row& r = rows[i];
    auto lines = ArticleLines(r.text, r.published);
    INFO("row " << i << ": " << r.text << (*r.published ? " (published " : "")
                << r.published << (*r.published ? ")" : ""));
    INFO(Dump(lines));
    for (const auto& want : r.must) {
      INFO("must have: " << want);
      CHECK(Matches(lines, want));
    }
    for (const auto& bad : r.must_not_prefix) {
      INFO("must not have a line starting with: " << bad);
      CHECK_FALSE(HasPrefix(lines, bad));
    }
  }
}

// The language-independent facts of an article: met, signed, visited and holds_position lines,
// with the agreement of a `signed` line replaced by a placeholder (its label is worded in the
// language of the article).
std::set<std::string> Comparable(const std::vector<std::string>& lines) {
  std::set<std::string> out;
  for (const auto& l : lines) {
    if (l.rfind("met ", 0) == 0 || l.rfind("visited ", 0) == 0 ||
        l.rfind("holds_position ", 0) == 0) {
      out.insert(l);
    } else if (l.rfind("signed ", 0) == 0) {
      size_t arrow = l.find(" -> ");
      size_t date = l.rfind(" [");
      std::string s = l.substr(0, arrow) + " -> <agreement>";
      if (date != std::string::npos && date > arrow) s += l.substr(date);
      out.insert(s);
    }
  }
  return out;
}

std::string DumpSet(const std::set<std::string>& s) {
  return Dump(std::vector<std::string>(s.begin(), s.end()));
}

struct parallel {
  const char* en;
  const char* vi;
  const char* published;
  std::vector<std::string> must;  // on the comparable lines of both articles
  std::vector<std::string> must_not_prefix;
};

void CheckParallel(const std::vector<parallel>& pairs) {
  for (size_t i = 0; i < pairs.size(); ++i) {
    const parallel& p = pairs[i];
    auto en = Comparable(FactLines(p.en, p.published));
    auto vi = Comparable(FactLines(p.vi, p.published));
    INFO("pair " << i << "\n  en: " << p.en << "\n  vi: " << p.vi);
    INFO("en facts:\n" << DumpSet(en) << "vi facts:\n" << DumpSet(vi));
    CHECK(en == vi);
    std::vector<std::string> en_lines(en.begin(), en.end()), vi_lines(vi.begin(), vi.end());
    for (const auto& want : p.must) {
      INFO("must have: " << want);
      CHECK(Matches(en_lines, want));
      CHECK(Matches(vi_lines, want));
    }
    for (const auto& bad : p.must_not_prefix) {
      INFO("must not have a line starting with: " << bad);
      CHECK_FALSE(HasPrefix(en_lines, bad));
      CHECK_FALSE(HasPrefix(vi_lines, bad));
    }
  }
}

// Every row here passes; rows the program gets wrong are in the pending test case below.
const std::vector<row>& Rows() {
  static const std::vector<row> rows = {
      // ---- Home affairs / public service; Bộ Nội vụ alone is Vietnam's, Bộ Nội vụ Pháp is France's.
      {"Sáng 4/10, tại Paris, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã có buổi làm việc với Bộ "
       "trưởng Bộ Công vụ, Đơn giản hóa và Chuyển đổi dịch vụ công Pháp Guillaume Kasbarian.",
       "",
       {"met guillaume kasbarian -> pham thi thanh tra [2024-10-04?]",
        "holds_position pham thi thanh tra -> ministry of home affairs",
        "holds_position guillaume kasbarian -> ministry for public servants simplification and "
        "transformation of public action",
        "part_of ministry of home affairs -> vietnam",
        "part_of ministry for public servants simplification and transformation of public action -> "
        "france"},
       {"visited guillaume kasbarian", "node person bo truong"}},
      {"Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà hội đàm với Bộ trưởng Guillaume Kasbarian chiều ngày "
       "07/10/2024. Bộ trưởng Phạm Thị Thanh Trà trân trọng gửi lời mời Bộ trưởng Kasbarian sớm đến "
       "thăm Việt Nam và làm việc với Bộ Nội vụ.",
       "",
       {"met guillaume kasbarian -> pham thi thanh tra [2024-10-07]"},
       {"visited guillaume kasbarian", "node person kasbarian"}},
      {"Ngày 5/11/2024, tại Paris, Bộ trưởng Bộ Công an Lương Tam Quang hội đàm với Bộ trưởng Bộ Nội "
       "vụ Pháp Bruno Retailleau.",
       "",
       {"met bruno retailleau -> luong tam quang [2024-11-05]",
        "holds_position luong tam quang -> ministry of public security",
        "holds_position bruno retailleau -> ministry of the interior",
        "part_of ministry of the interior -> france", "part_of ministry of public security -> vietnam"},
       {"holds_position bruno retailleau -> ministry of home affairs", "part_of ministry of home affairs"}},
      {"Chiều 14/6/2023, Bộ trưởng Bộ Công an Tô Lâm hội đàm với Bộ trưởng Bộ Nội vụ và Hải ngoại "
       "Pháp Gérald Darmanin.",
       "",
       {"met gerald darmanin -> to lam [2023-06-14]",
        "holds_position to lam -> ministry of public security",
        "holds_position gerald darmanin -> ministry of the interior and overseas territories",
        "part_of ministry of the interior and overseas territories -> france"},
       {"part_of ministry of home affairs"}},
      {"Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng tiếp ông Nicolas Warnery, Đại sứ Pháp tại Việt Nam.",
       "",
       {"met nicolas warnery -> vu chien thang",
        "holds_position vu chien thang -> ministry of home affairs",
        "holds_position nicolas warnery -> france", "part_of ministry of home affairs -> vietnam"},
       {"part_of ministry of home affairs -> france",
        "holds_position vu chien thang -> ministry of the interior", "node person ong"}},
      {"Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà khẳng định Việt Nam sẽ tiếp tục học hỏi kinh nghiệm "
       "của Bộ Nội vụ Pháp và Bộ trưởng Guillaume Kasbarian.",
       "",
       {"holds_position pham thi thanh tra -> ministry of home affairs"},
       {"met ", "part_of ministry of home affairs -> france"}},

      // ---- Defence; Party bodies (Bộ Chính trị, Quân ủy Trung ương) are not ministries; ranks.
      {"Sáng 20/6, tại Hà Nội, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy "
       "Trung ương, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản Kihara "
       "Minoru.",
       "",
       {"met minoru kihara -> phan van giang [2024-06-20?]",
        "holds_position phan van giang -> ministry of national defence",
        "holds_position minoru kihara -> ministry of defense", "part_of ministry of defense -> japan",
        "part_of ministry of national defence -> vietnam"},
       {"node ministry politburo", "node ministry central military commission",
        "node person dai tuong", "node person phan van giang ", "node person kihara minoru"}},
      // U+00D0 (Icelandic eth) written for Đ.
      {"\u00D0ại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng tiếp \u00D0ại sứ Hoa Kỳ Marc Knapper "
       "sáng 9/1.",
       "",
       {"met marc knapper -> phan van giang [XXXX-01-09]",
        "holds_position marc knapper -> united states",
        "holds_position phan van giang -> ministry of national defence"},
       {"node person dai", "node person ai ", "node person d "}},
      {"Đại tướng Lương Cường, Ủy viên Bộ Chính trị, Ủy viên Thường vụ Quân ủy Trung ương, tiếp Đại "
       "tướng Tea Seiha, Bộ trưởng Bộ Quốc phòng Campuchia.",
       "",
       {"met luong cuong -> tea seiha", "holds_position tea seiha -> *", "part_of * -> cambodia"},
       {"node ministry central military commission", "node ministry politburo",
        "node person dai tuong"}},
      {"Ngày 21/4/2025, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Trung Quốc Đổng "
       "Quân.",
       "",
       {"met dong jun -> phan van giang [2025-04-21]",
        "holds_position dong jun -> ministry of national defense",
        "part_of ministry of national defense -> china"},
       {"node person dong quan"}},
      {"Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng hội đàm với Thứ trưởng Bộ Quốc phòng "
       "Nga Alexander Fomin.",
       "",
       {"met alexander fomin -> hoang xuan chien",
        "holds_position hoang xuan chien -> ministry of national defence",
        "holds_position alexander fomin -> ministry of defence",
        "part_of ministry of defence -> russia"},
       {"node person thuong tuong"}},

      // ---- Foreign affairs.
      {"Ngày 15 tháng 3 năm 2024, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại "
       "giao Singapore Vivian Balakrishnan.",
       "",
       {"met bui thanh son -> vivian balakrishnan [2024-03-15]",
        "holds_position vivian balakrishnan -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> singapore"},
       {}},
      {"Ngày 21/9/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Ngài Nicolas Warnery, Đại sứ Cộng "
       "hòa Pháp tại Việt Nam, đến chào từ biệt.",
       "",
       {"met bui thanh son -> nicolas warnery [2023-09-21]",
        "holds_position nicolas warnery -> france"},
       {"node person ngai"}},
      {"Ngày 24/10/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Phó Thủ tướng, Bộ trưởng "
       "Ngoại giao và Hợp tác quốc tế Campuchia Sok Chenda Sophea.",
       "",
       {"met bui thanh son -> sok chenda sophea [2023-10-24]",
        "holds_position sok chenda sophea -> ministry of foreign affairs and international cooperation",
        "holds_position sok chenda sophea -> cambodia",
        "part_of ministry of foreign affairs and international cooperation -> cambodia"},
       {}},
      {"Ngày 18/4/2024, Thứ trưởng Thường trực Bộ Ngoại giao Nguyễn Minh Vũ hội đàm với Thứ trưởng Bộ "
       "Ngoại giao Hoa Kỳ Kurt Campbell.",
       "",
       {"met kurt campbell -> nguyen minh vu [2024-04-18]",
        "holds_position nguyen minh vu -> ministry of foreign affairs",
        "holds_position kurt campbell -> department of state",
        "part_of department of state -> united states",
        "part_of ministry of foreign affairs -> vietnam"},
       {}},

      // ---- Trade, planning, finance.
      {"Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã "
       "ký Bản ghi nhớ (MOU) về tăng cường hợp tác thương mại điện tử ngày 12/12/2023.",
       "",
       {"signed nguyen hong dien -> ban ghi nho* [2023-12-12]",
        "signed wang wentao -> ban ghi nho* [2023-12-12]",
        "holds_position nguyen hong dien -> ministry of industry and trade",
        "holds_position wang wentao -> ministry of commerce", "part_of ministry of commerce -> china"},
       {"node person mou"}},
      {"Ngày 11/9/2023, Bộ trưởng Bộ KH&ĐT Nguyễn Chí Dũng làm việc với Bộ trưởng Thương mại Hoa Kỳ "
       "Gina Raimondo.",
       "",
       {"met gina raimondo -> nguyen chi dung [2023-09-11]",
        "holds_position nguyen chi dung -> ministry of planning and investment",
        "holds_position gina raimondo -> department of commerce",
        "part_of department of commerce -> united states"},
       {}},
      // "Anh" is also a Vietnamese given name.
      {"Chiều 3/4, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Bộ trưởng Kinh doanh và Thương mại "
       "Anh Kemi Badenoch.",
       "",
       {"met kemi badenoch -> nguyen hong dien [XXXX-04-03]",
        "holds_position kemi badenoch -> department for business and trade",
        "part_of department for business and trade -> united kingdom"},
       {"node person anh kemi"}},
      {"Ngày 10/12, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng tiếp Bộ trưởng Tài chính Hoa Kỳ Janet "
       "Yellen.",
       "",
       {"met janet yellen -> nguyen van thang [2024-12-10?]",
        "holds_position nguyen van thang -> ministry of finance",
        "holds_position janet yellen -> department of the treasury",
        "part_of department of the treasury -> united states",
        "part_of ministry of finance -> vietnam"},
       {"holds_position nguyen van thang -> ministry of transport"}},
      {"Ngày 27/9, Phó Thủ tướng Chính phủ, Lê Minh Khái hội kiến Bộ trưởng Kinh tế, Tài chính và Chủ "
       "quyền công nghiệp và kỹ thuật số Pháp Bruno Le Maire.",
       "",
       {"met bruno le maire -> le minh khai [XXXX-09-27]",
        "holds_position le minh khai -> vietnam",
        "holds_position bruno le maire -> ministry of the economy finance and industrial and digital "
        "sovereignty",
        "part_of ministry of the economy finance and industrial and digital sovereignty -> france"},
       {}},
      {"Ngày 20/3/2023, Bộ trưởng Bộ Tài chính Hồ Đức Phớc tiếp ông Rémy Rioux, Tổng Giám đốc Cơ quan "
       "Phát triển Pháp (AFD).",
       "",
       {"met ho duc phoc -> remy rioux [2023-03-20]",
        "holds_position remy rioux -> french development agency",
        "part_of french development agency -> france",
        "holds_position ho duc phoc -> ministry of finance"},
       {"node person ong"}},
      {"Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên cho biết kết quả thăm dò thị trường Nhật Bản rất "
       "khả quan.",
       "",
       {"holds_position nguyen hong dien -> ministry of industry and trade"},
       {"visited nguyen hong dien"}},

      // ---- Justice: two ministries labelled "Ministry of Justice", one per country.
      {"Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh hội đàm với Bộ trưởng Tư pháp Pháp Gérald Darmanin ngày "
       "18/3/2025.",
       "",
       {"met gerald darmanin -> nguyen hai ninh [2025-03-18]",
        "holds_position nguyen hai ninh -> ministry of justice",
        "holds_position gerald darmanin -> ministry of justice",
        "part_of ministry of justice -> vietnam", "part_of ministry of justice -> france"},
       {}},
      {"Sáng 10/10/2023, Bộ trưởng Tư pháp Lê Thành Long tiếp Đại sứ Pháp Olivier Brochet.",
       "",
       {"met le thanh long -> olivier brochet [2023-10-10]",
        "holds_position le thanh long -> ministry of justice",
        "holds_position olivier brochet -> france", "part_of ministry of justice -> vietnam"},
       {"part_of ministry of justice -> france"}},

      // ---- Health, labour, transport, culture, education, science, agriculture.
      {"Ngày 6/5, Bộ trưởng Bộ Y tế Đào Hồng Lan làm việc với bà Catherine Vautrin, Bộ trưởng Lao "
       "động, Y tế và Đoàn kết Pháp.",
       "",
       {"met catherine vautrin -> dao hong lan [2024-05-06?]",
        "holds_position dao hong lan -> ministry of health",
        "holds_position catherine vautrin -> ministry of labour health and solidarity",
        "part_of ministry of health -> vietnam",
        "part_of ministry of labour health and solidarity -> france"},
       {"node person ba", "node country laos"}},
      {"Bộ trưởng Bộ Y tế Đào Hồng Lan hội đàm với Bộ trưởng Y tế Campuchia Mam Bunheng.\n\nThu Hằng",
       "",
       {"met dao hong lan -> mam bunheng"},
       {"node person thu hang"}},
      {"Bộ trưởng Bộ Y tế Đào Hồng Lan đến thăm và làm việc tại Cộng hòa Pháp từ ngày 11/6 đến ngày "
       "14/6/2024.",
       "",
       {"visited dao hong lan -> france [2024-06-11/2024-06-14]",
        "holds_position dao hong lan -> ministry of health"},
       {}},
      {"Ngày 8/12, Bộ trưởng Bộ GTVT Nguyễn Văn Thể hội đàm với Bộ trưởng đặc trách Giao thông Pháp "
       "Jean-Baptiste Djebbari.",
       "",
       {"met jean baptiste djebbari -> nguyen van the [XXXX-12-08]",
        "holds_position nguyen van the -> ministry of transport",
        "holds_position jean baptiste djebbari -> ministry of transport",
        "part_of ministry of transport -> vietnam", "part_of ministry of transport -> france"},
       {}},
      // Old tone placement (hoá).
      {"Ngày 16/3/2023, Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch Nguyễn Văn Hùng tiếp bà Rima Abdul "
       "Malak, Bộ trưởng Văn hoá Pháp.",
       "",
       {"met nguyen van hung -> rima abdul malak [2023-03-16]",
        "holds_position nguyen van hung -> ministry of culture sports and tourism",
        "holds_position rima abdul malak -> ministry of culture",
        "part_of ministry of culture -> france"},
       {"node person ba"}},
      {"Bộ trưởng Văn hóa Pháp Rachida Dati đến thăm và làm việc tại Việt Nam từ ngày 30/9 đến "
       "2/10/2025.",
       "",
       {"visited rachida dati -> vietnam [2025-09-30/2025-10-02]",
        "holds_position rachida dati -> ministry of culture"},
       {}},
      // Five syllables.
      {"Ngày 5/5/2024, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Tôn Nữ Thị Thu Hà tiếp Đại sứ Hàn "
       "Quốc Choi Young-sam.",
       "",
       {"met choi young sam -> ton nu thi thu ha [2024-05-05]",
        "holds_position ton nu thi thu ha -> ministry of culture sports and tourism",
        "holds_position choi young sam -> south korea"},
       {"node person thi thu ha", "node person nu thi"}},
      {"Ngày 17/2/2023, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan làm việc với Bộ "
       "trưởng Nông nghiệp và Chủ quyền lương thực Pháp Marc Fesneau về hợp tác thuỷ sản.",
       "",
       {"met le minh hoan -> marc fesneau [2023-02-17]",
        "holds_position le minh hoan -> ministry of agriculture and rural development",
        "holds_position marc fesneau -> ministry of agriculture and food sovereignty"},
       {}},
      // Old tone placement (Thuỷ) in the name of a ministry that ended in 2007.
      {"Ngày 15/3/2007, Bộ trưởng Bộ Thuỷ sản Tạ Quang Ngọc tiếp Đại sứ Pháp Jean-François Girault.",
       "",
       {"met jean francois girault -> ta quang ngoc [2007-03-15]",
        "holds_position ta quang ngoc -> ministry of fisheries",
        "holds_position jean francois girault -> france"},
       {}},
      {"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn tiếp Đại sứ Australia Andrew "
       "Goledzinowski.",
       "",
       {"met andrew goledzinowski -> tran van son",
        "holds_position tran van son -> government office",
        "holds_position andrew goledzinowski -> australia"},
       {}},

      // ---- State-level posts.
      {"Chiều 30/10, Thủ tướng Phạm Minh Chính tiếp ông Olivier Becht - Bộ trưởng đặc trách Thương "
       "mại đối ngoại, Thu hút đầu tư và Người Pháp ở nước ngoài, đang thăm và làm việc tại Việt Nam.",
       "",
       {"met olivier becht -> pham minh chinh [XXXX-10-30]",
        "holds_position olivier becht -> ministry for foreign trade",
        "holds_position pham minh chinh -> vietnam", "visited olivier becht -> vietnam*"},
       {"node person ong"}},
      // Composed text with a decomposed name.
      {"Bộ trưởng Bộ Nội vụ Pha\u0323m Thi\u0323 Thanh Tra\u0300 và Bộ trưởng Guillaume Kasbarian ký "
       "Thỏa thuận hợp tác ngày 4/10/2024.",
       "",
       {"signed pham thi thanh tra -> thoa thuan* [2024-10-04]",
        "signed guillaume kasbarian -> thoa thuan* [2024-10-04]",
        "holds_position pham thi thanh tra -> ministry of home affairs"},
       {}},
      {"Ngày 15/11/2024, Chủ tịch Quốc hội Trần Thanh Mẫn, Ủy viên Bộ Chính trị, hội kiến Chủ tịch "
       "Thượng viện Pháp Gérard Larcher.",
       "",
       {"met gerard larcher -> tran thanh man [2024-11-15]"},
       {"node ministry national assembly", "node ministry politburo", "node ministry senate"}},
      {"Thủ tướng Phạm Minh Chính thăm chính thức Cộng hòa Pháp từ ngày 2-4/11/2021.",
       "",
       {"visited pham minh chinh -> france [2021-11-02/2021-11-04]",
        "holds_position pham minh chinh -> vietnam"},
       {}},
      {"Tối 20/11, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Campuchia Hun Sen.",
       "2022-11-21",
       {"met hun sen -> pham minh chinh [2022-11-20]", "holds_position hun sen -> cambodia"},
       {}},
      {"Hà Nội, ngày 18/4/2023 - Sáng nay, Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng Ngoại giao Ấn "
       "Độ S. Jaishankar.",
       "",
       {"met s jaishankar -> tran hong ha [2023-04-18]",
        "holds_position s jaishankar -> ministry of external affairs",
        "part_of ministry of external affairs -> india"},
       {}},
      // Borne was Prime Minister and Quang Deputy Prime Minister together only in 2023.
      {"Ngày 21/6, Phó Thủ tướng Trần Lưu Quang hội kiến Thủ tướng Pháp Élisabeth Borne tại Paris.",
       "",
       {"met elisabeth borne -> tran luu quang [2023-06-21?]",
        "holds_position elisabeth borne -> france", "holds_position tran luu quang -> vietnam"},
       {}},
      {"Ngày 2/6, Thủ tướng Phạm Minh Chính tiếp Tổng thống Pháp Emmanuel Macron.",
       "",
       {"met emmanuel macron -> pham minh chinh [XXXX-06-02]"},
       {}},
      // Vietnamese transliteration of a Lao name (a KB alias).
      {"Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thoonglun Xixulít ngày "
       "14/9/2023.",
       "",
       {"met thongloun sisoulith -> vo van thuong [2023-09-14]",
        "holds_position thongloun sisoulith -> laos"},
       {"node person thoonglun"}},
      {"Ngày 28/4/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản Ishiba "
       "Shigeru trong khuôn khổ chuyến thăm chính thức Việt Nam của Thủ tướng Ishiba.",
       "",
       {"met pham minh chinh -> shigeru ishiba [2025-04-28]", "visited shigeru ishiba -> vietnam*",
        "holds_position shigeru ishiba -> japan"},
       {"visited pham minh chinh", "node person ishiba"}},
      {"Ngày 20/6/2024, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Nga Vladimir Putin đang "
       "thăm cấp Nhà nước Việt Nam.",
       "",
       {"met nguyen phu trong -> vladimir putin [2024-06-20]", "visited vladimir putin -> vietnam*",
        "holds_position vladimir putin -> russia"},
       {"visited nguyen phu trong"}},
      {"Ngày 1/8/2024, Thủ tướng Ấn Độ Narendra Modi hội đàm với Thủ tướng Phạm Minh Chính đang thăm "
       "cấp Nhà nước Ấn Độ.",
       "",
       {"met narendra modi -> pham minh chinh [2024-08-01]", "visited pham minh chinh -> india*",
        "holds_position narendra modi -> india"},
       {"visited narendra modi"}},
      {"Tổng thống CHLB Đức Frank-Walter Steinmeier thăm cấp Nhà nước Việt Nam từ ngày 23-24/1/2024 "
       "theo lời mời của Chủ tịch nước Võ Văn Thưởng.",
       "",
       {"visited frank walter steinmeier -> vietnam [2024-01-23/2024-01-24]",
        "holds_position frank walter steinmeier -> germany"},
       {"visited vo van thuong"}},
      {"Ngày 28/8/2023, Chủ tịch nước Võ Văn Thưởng tiếp Thủ tướng Singapore Lý Hiển Long.",
       "",
       {"met lee hsien loong -> vo van thuong [2023-08-28]",
        "holds_position lee hsien loong -> singapore"},
       {"node person ly hien long"}},
      {"Chủ tịch Thượng viện Campuchia Hun Xen hội kiến Chủ tịch nước Lương Cường ngày 5/12/2024.",
       "",
       {"met hun sen -> luong cuong [2024-12-05]"},
       {"node person hun xen", "node ministry senate"}},
      {"Thủ tướng Phạm Minh Chính lần lượt tiếp Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi và Bộ "
       "trưởng Quốc phòng Nhật Bản Nakatani Gen.",
       "",
       {"met pham minh chinh -> takeshi iwaya", "met gen nakatani -> pham minh chinh",
        "holds_position takeshi iwaya -> ministry of foreign affairs",
        "holds_position gen nakatani -> ministry of defense"},
       {"met gen nakatani -> takeshi iwaya"}},
      // Old tone placement (Hoà, Uỷ).
      {"Ngày 2/11/2017, ông Trương Hoà Bình, Uỷ viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính "
       "phủ tiếp Bộ trưởng Châu Âu và Ngoại giao Pháp Jean-Yves Le Drian.",
       "",
       {"met jean yves le drian -> truong hoa binh [2017-11-02]",
        "holds_position truong hoa binh -> vietnam",
        "holds_position jean yves le drian -> ministry for europe and foreign affairs"},
       {"node ministry politburo", "node person ong"}},
      // A short title alone refers back to the person already named.
      {"Sáng 12/3/2024, Phó Thủ tướng Trần Lưu Quang tiếp Bộ trưởng Ngoại giao Singapore Vivian "
       "Balakrishnan. Phó Thủ tướng đánh giá cao vai trò của Bộ trưởng Balakrishnan.",
       "",
       {"met tran luu quang -> vivian balakrishnan [2024-03-12]"},
       {"node person balakrishnan", "node person pho thu tuong"}},
      {"Ngày 5/1, Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nga Gennady Bezdetko. Trước đó, ngày 28/12, "
       "Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng đã làm việc với Đại sứ Bezdetko.",
       "2025-01-10",
       {"met bui thanh son -> gennady bezdetko [2025-01-05]",
        "met gennady bezdetko -> nguyen minh hang [2024-12-28]",
        "holds_position gennady bezdetko -> russia", "holds_position bui thanh son -> vietnam",
        "holds_position nguyen minh hang -> ministry of foreign affairs"},
       {"node person bezdetko"}},

      // ---- Agreements.
      {"Ngày 7/3/2024, tại Canberra, Thủ tướng Phạm Minh Chính và Thủ tướng Úc Anthony Albanese đã ký "
       "Tuyên bố chung về việc nâng cấp quan hệ lên Đối tác Chiến lược toàn diện.",
       "",
       {"signed anthony albanese -> tuyen bo chung* [2024-03-07]",
        "signed pham minh chinh -> tuyen bo chung* [2024-03-07]",
        "holds_position anthony albanese -> australia"},
       {}},
      {"Ngày 8/10/2024, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn và Bộ trưởng Giáo dục Quốc "
       "gia Pháp Anne Genetet đã thống nhất ký Thỏa thuận hợp tác về giáo dục song ngữ.",
       "",
       {"signed nguyen kim son -> thoa thuan* [2024-10-08]",
        "signed anne genetet -> thoa thuan* [2024-10-08]",
        "holds_position anne genetet -> ministry of national education",
        "part_of ministry of national education -> france",
        "holds_position nguyen kim son -> ministry of education and training"},
       {}},
      // Old tone placement in the instrument's name (Thoả).
      {"Ngày 23/6/2023, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh và Bộ trưởng Chuyển "
       "đổi sinh thái và Gắn kết lãnh thổ Pháp Christophe Béchu ký Thoả thuận hợp tác về biến đổi khí "
       "hậu.",
       "",
       {"signed dang quoc khanh -> thoa thuan* [2023-06-23]",
        "signed christophe bechu -> thoa thuan* [2023-06-23]",
        "holds_position dang quoc khanh -> ministry of natural resources and environment",
        "holds_position christophe bechu -> ministry of ecological transition and territorial "
        "cohesion"},
       {}},

      // ---- Visits that are not visits; greetings and letters that are not meetings.
      {"Tổng Bí thư Tô Lâm mời Tổng thống Emmanuel Macron sớm thăm lại Việt Nam; Tổng thống Macron vui "
       "vẻ nhận lời.",
       "",
       {"holds_position emmanuel macron -> france"},
       {"visited emmanuel macron", "node person macron"}},
      {"Ông nhắc lại chuyến thăm chính thức Pháp năm 2018 của Tổng Bí thư Nguyễn Phú Trọng.",
       "",
       {"visited nguyen phu trong -> france [2018]"},
       {"node person ong"}},
      {"Thủ tướng Phạm Minh Chính gửi lời thăm hỏi tới Thủ tướng Anh Keir Starmer.",
       "",
       {"holds_position keir starmer -> united kingdom"},
       {"visited ", "met keir starmer"}},
      {"Bộ trưởng Ngoại giao Bùi Thanh Sơn chuyển lời chào trân trọng của Tổng Bí thư Tô Lâm tới Tổng "
       "thống Emmanuel Macron.",
       "",
       {},
       {"met emmanuel macron -> to lam", "met bui thanh son -> to lam"}},
      {"Nhân dịp chuyến thăm chính thức Việt Nam của Bộ trưởng Châu Âu và Ngoại giao Pháp Jean-Noël "
       "Barrot, Thủ tướng Phạm Minh Chính đã tiếp ông Barrot.",
       "",
       {"met jean noel barrot -> pham minh chinh", "visited jean noel barrot -> vietnam",
        "holds_position jean noel barrot -> ministry for europe and foreign affairs"},
       {"node person barrot", "node person ong"}},

      // ---- Captions, photo credits and bylines are not actors.
      {"Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Pháp Olivier Brochet.\n\nPhó Thủ tướng Trần Hồng Hà "
       "tiếp Đại sứ Pháp Olivier Brochet - ảnh 1Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Pháp Olivier "
       "Brochet. Ảnh VGP/Minh Khôi",
       "",
       {"met olivier brochet -> tran hong ha", "holds_position olivier brochet -> france",
        "holds_position tran hong ha -> vietnam"},
       {"node person minh khoi", "node person 1", "node person anh", "node person vgp"}},
      {"Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Hoa Kỳ Marc Knapper.\nẢnh: Hải Nguyễn",
       "",
       {"met marc knapper -> nguyen hong dien"},
       {"node person hai nguyen"}},

      // ---- More people, titles, dates and article furniture.
      // "Lao động" (labour) is not Laos.
      {"Ngày 14/11, Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung tiếp Bộ trưởng Lao "
       "động và Việc làm Pháp Astrid Panosyan-Bouvet.",
       "",
       {"met astrid panosyan bouvet -> dao ngoc dung [2024-11-14?]",
        "holds_position dao ngoc dung -> ministry of labour invalids and social affairs",
        "holds_position astrid panosyan bouvet -> ministry of labour and employment",
        "part_of ministry of labour and employment -> france"},
       {"node country laos"}},
      // Headline, site boilerplate and a byline around the story.
      {"Việt Nam - Nhật Bản tăng cường hợp tác quốc phòng\n\nSáng 5/11, tại Hà Nội, Bộ trưởng Bộ "
       "Quốc phòng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen.\n\nBạn thấy bài "
       "viết này thế nào?\n\nMinh Trang",
       "",
       {"met gen nakatani -> phan van giang [2024-11-05?]",
        "holds_position gen nakatani -> ministry of defense"},
       {"node person minh trang"}},
      {"Ngày 6/2, tại Paris, Thủ tướng Phạm Minh Chính và Thủ tướng Pháp Gabriel Attal đã hội đàm.",
       "",
       {"met gabriel attal -> pham minh chinh [2024-02-06?]",
        "holds_position gabriel attal -> france", "holds_position pham minh chinh -> vietnam"},
       {}},
      {"Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng tiếp Đại sứ Ấn Độ Sandeep Arya.",
       "",
       {"met le thi thu hang -> sandeep arya",
        "holds_position le thi thu hang -> ministry of foreign affairs",
        "holds_position sandeep arya -> india"},
       {}},
      // The State Council (Quốc vụ viện) is a government, not a ministry.
      {"Ngày 26/6/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Quốc vụ viện Trung Quốc Lý "
       "Cường.",
       "",
       {"met li qiang -> pham minh chinh [2023-06-26]", "holds_position li qiang -> china"},
       {"node ministry state council", "node person ly cuong"}},
      {"Chiều 23/6/2023, Chủ tịch Quốc hội Vương Đình Huệ hội kiến Tổng thống Hàn Quốc Yoon "
       "Suk-yeol.",
       "",
       {"met vuong dinh hue -> yoon suk yeol [2023-06-23]",
        "holds_position yoon suk yeol -> south korea"},
       {"node ministry national assembly"}},
      {"Chủ tịch nước Lương Cường hội đàm với Tổng thống Ấn Độ Droupadi Murmu.",
       "",
       {"met droupadi murmu -> luong cuong", "holds_position droupadi murmu -> india",
        "holds_position luong cuong -> vietnam"},
       {}},
      {"Ngày 27/2/2019, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng hội kiến Tổng thống Hoa Kỳ Donald "
       "Trump tại Hà Nội.",
       "",
       {"met donald trump -> nguyen phu trong [2019-02-27]",
        "holds_position nguyen phu trong -> vietnam", "holds_position donald trump -> united states"},
       {}},
      {"Hôm qua (14/5), Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Pháp Olivier Brochet.",
       "2024-05-15",
       {"met dao hong lan -> olivier brochet [2024-05-14]"},
       {}},
      {"Chủ tịch nước Lương Cường thăm cấp Nhà nước Cộng hòa Chile từ ngày 9-11/11/2024.",
       "",
       {"visited luong cuong -> chile [2024-11-09/2024-11-11]",
        "holds_position luong cuong -> vietnam"},
       {}},
      {"Ngày 16/12/2023, tại Tokyo, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Kishida "
       "Fumio.",
       "",
       {"met fumio kishida -> pham minh chinh [2023-12-16]",
        "holds_position fumio kishida -> japan"},
       {"node person kishida fumio"}},
      {"Bà Penny Wong, Bộ trưởng Ngoại giao Australia, đã thăm chính thức Việt Nam ngày 4/11/2024.",
       "",
       {"visited penny wong -> vietnam [2024-11-04]",
        "holds_position penny wong -> department of foreign affairs and trade"},
       {"node person ba"}},
      // Legislatures are not ministries.
      {"Ngày 14/11/2024, Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Quốc hội Lào Saysomphone "
       "Phomvihane đã ký Thỏa thuận hợp tác giữa Quốc hội Việt Nam và Quốc hội Lào.",
       "",
       {"signed tran thanh man -> thoa thuan* [2024-11-14]",
        "signed saysomphone phomvihane -> thoa thuan* [2024-11-14]"},
       {"node ministry national assembly", "node ministry "}},
      {"Ông Nguyễn Minh Vũ, Thứ trưởng Thường trực Bộ Ngoại giao, cho biết hai bên đang chuẩn bị "
       "các văn kiện hợp tác.",
       "",
       {"holds_position nguyen minh vu -> ministry of foreign affairs"},
       {"node person ong"}},
      {"Ngày 20/10/2025, Phó Thủ tướng Thường trực Nguyễn Hòa Bình tiếp Bộ trưởng Kinh tế, Tài chính và "
       "Chủ quyền công nghiệp, năng lượng và kỹ thuật số Pháp Roland Lescure.",
       "",
       {"met nguyen hoa binh -> roland lescure [2025-10-20]",
        "holds_position nguyen hoa binh -> vietnam",
        "holds_position roland lescure -> ministry of the economy finance and industrial energy and "
        "digital sovereignty"},
       {}},

      // ---- Meeting verbs and frames.
      // 'chủ trì lễ đón' (hosts the welcome of) is a meeting.
      {"Bộ trưởng Quốc phòng Phan Văn Giang chủ trì lễ đón Bộ trưởng Quốc phòng Mỹ Lloyd Austin thăm "
       "chính thức Việt Nam.",
       "",
       {"met lloyd austin -> phan van giang", "visited lloyd austin -> vietnam*",
        "holds_position lloyd austin -> department of defense",
        "part_of department of defense -> united states"},
       {"visited phan van giang"}},
      // 'chủ trì lễ đón'; 'Chủ tịch Trung Quốc' (without 'nước') is a head-of-state title;
      //   'Tổng Bí thư' is a post -> vietnam.
      {"Tổng Bí thư Nguyễn Phú Trọng chủ trì lễ đón Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình "
       "thăm cấp Nhà nước Việt Nam từ ngày 12-13/12/2023.",
       "",
       {"visited xi jinping -> vietnam [2023-12-12/2023-12-13]", "met nguyen phu trong -> xi jinping*",
        "holds_position xi jinping -> china", "holds_position nguyen phu trong -> vietnam"},
       {}},
      // nominal 'Hội đàm giữa X và Y diễn ra ...' is a meeting.
      {"Hội đàm giữa Bộ trưởng Quốc phòng Phan Văn Giang và Phó Thủ tướng, Bộ trưởng Quốc phòng Úc "
       "Richard Marles diễn ra sáng 3/6/2024 tại Hà Nội.",
       "",
       {"met phan van giang -> richard marles [2024-06-03]",
        "holds_position richard marles -> australia", "part_of * -> australia"},
       {}},
      // 'có cuộc gặp với' (had a meeting with) is a meeting.
      {"Ngày 19/11/2024, bên lề Hội nghị thượng đỉnh G20, Thủ tướng Phạm Minh Chính đã có cuộc gặp "
       "với Thủ tướng Anh Keir Starmer.",
       "",
       {"met keir starmer -> pham minh chinh [2024-11-19]",
        "holds_position keir starmer -> united kingdom"},
       {"node person anh keir"}},
      // 'tiếp xã giao' (courtesy reception) is a meeting, like plain 'tiếp'.
      {"Ngày 2/11/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp xã giao Bộ trưởng Ngoại giao Nhật Bản "
       "Kamikawa Yoko.",
       "",
       {"met bui thanh son -> yoko kamikawa [2023-11-02]",
        "holds_position yoko kamikawa -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> japan"},
       {"node person kamikawa yoko"}},
      // 'chào xã giao' (courtesy call on) is a meeting.
      {"Ngày 20/12/2024, Đại sứ Nhật Bản Ito Naoki chào xã giao Chủ tịch nước Lương Cường.",
       "",
       {"met ito naoki -> luong cuong [2024-12-20]", "holds_position ito naoki -> japan",
        "holds_position luong cuong -> vietnam"},
       {}},
      // 'sau hội đàm, X và Y chứng kiến ...' (after talks): X and Y met; witnesses do not sign.
      {"Ngày 9/1/2024, sau hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone "
       "chứng kiến lễ ký Kế hoạch hợp tác năm 2024 giữa hai Chính phủ.",
       "",
       {"met pham minh chinh -> sonexay siphandone [2024-01-09]",
        "holds_position sonexay siphandone -> laos"},
       {"signed pham minh chinh", "signed sonexay siphandone"}},
      // 'người đồng cấp <country>' (counterpart) before the name.
      {"Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã hội đàm với người đồng cấp Trung Quốc Vương Nghị tại "
       "Bắc Kinh ngày 25/12/2023.",
       "",
       {"met bui thanh son -> wang yi [2023-12-25]"},
       {"node person nguoi dong cap", "node person vuong nghi"}},
      // 'trình Quốc thư lên' (presents credentials to) is a meeting; 'tân Đại sứ' (new
      //   ambassador) keeps the post.
      {"Ngày 14/9/2023, ông Olivier Brochet, tân Đại sứ Pháp tại Việt Nam, trình Quốc thư lên Chủ "
       "tịch nước Võ Văn Thưởng.",
       "",
       {"met olivier brochet -> vo van thuong [2023-09-14]",
        "holds_position olivier brochet -> france", "holds_position vo van thuong -> vietnam"},
       {"node person ong", "node person tan"}},

      // ---- Titles: 'Ngoại trưởng', 'Bộ trưởng phụ trách', a post after the name, a bare 'Đại sứ'.
      // title 'Ngoại trưởng' (foreign minister).
      {"Chiều 15/1/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Australia Penny "
       "Wong.",
       "",
       {"met bui thanh son -> penny wong [2024-01-15]",
        "holds_position bui thanh son -> ministry of foreign affairs",
        "holds_position penny wong -> department of foreign affairs and trade",
        "part_of department of foreign affairs and trade -> australia",
        "part_of ministry of foreign affairs -> vietnam"},
       {}},
      // title 'Ngoại trưởng Nga'.
      {"Ngoại trưởng Nga Sergey Lavrov đến Hà Nội ngày 5/7/2022, bắt đầu chuyến thăm chính thức Việt "
       "Nam.",
       "",
       {"visited sergey lavrov -> vietnam*",
        "holds_position sergey lavrov -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> russia"},
       {}},
      // title 'Ngoại trưởng Mỹ'; 'Tổng Bí thư' is a post -> vietnam.
      {"Ngoại trưởng Mỹ Antony Blinken thăm chính thức Việt Nam từ ngày 14-16/4/2023 và hội kiến Tổng "
       "Bí thư Nguyễn Phú Trọng.",
       "",
       {"visited antony blinken -> vietnam [2023-04-14/2023-04-16]",
        "met antony blinken -> nguyen phu trong*",
        "holds_position antony blinken -> department of state",
        "holds_position nguyen phu trong -> vietnam",
        "part_of department of state -> united states"},
       {}},
      // title 'Bộ trưởng phụ trách <portfolio>' (minister in charge of).
      {"Ngày 15/5/2024, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên hội đàm với Bộ trưởng phụ trách "
       "Ngoại thương Pháp Franck Riester.",
       "",
       {"met franck riester -> nguyen hong dien [2024-05-15]",
        "holds_position franck riester -> ministry for foreign trade",
        "part_of ministry for foreign trade -> france"},
       {}},
      // post given after the name ('được bổ nhiệm làm Thủ tướng Pháp'); a letter is no meeting.
      {"Thủ tướng Phạm Minh Chính gửi thư chúc mừng ông François Bayrou được bổ nhiệm làm Thủ tướng "
       "Pháp.",
       "",
       {"holds_position francois bayrou -> france"},
       {"met francois bayrou"}},
      // bare 'Đại sứ' with no country is not made Vietnam's ambassador.
      {"Phó Thủ tướng Trần Lưu Quang tiếp Đại sứ Andrew Goledzinowski.",
       "",
       {"met andrew goledzinowski -> tran luu quang"},
       {"holds_position andrew goledzinowski -> vietnam"}},

      // ---- The General Secretary is a state-level post (person -> country).
      // 'Tổng Bí thư Tô Lâm' (decomposed text) holds a post -> vietnam.
      {"Chie\u0302\u0300u 7/10, To\u0302\u0309ng Bi\u0301 thu\u031B To\u0302 La\u0302m "
       "ho\u0323\u0302i kie\u0302\u0301n Thu\u0309 tu\u031Bo\u031B\u0301ng Pha\u0301p Michel Barnier.",
       "",
       {"met michel barnier -> to lam [2024-10-07?]", "holds_position to lam -> vietnam",
        "holds_position michel barnier -> france"},
       {}},
      // 'Tổng Bí thư Nguyễn Phú Trọng' holds a post -> vietnam.
      {"Chiều 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng và Tổng thống Hoa Kỳ Joe Biden đã hội đàm tại "
       "Trụ sở Trung ương Đảng.",
       "",
       {"met joe biden -> nguyen phu trong [2023-09-10]",
        "holds_position joe biden -> united states", "holds_position nguyen phu trong -> vietnam"},
       {"node ministry "}},
      // 'Tổng Bí thư Ban Chấp hành Trung ương Đảng ...' is a post -> vietnam, not the Central
      //   Committee.
      {"Ngày 11/8/2024, đồng chí Tô Lâm, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, "
       "hội đàm với đồng chí Thongloun Sisoulith, Tổng Bí thư, Chủ tịch nước Lào.",
       "",
       {"met thongloun sisoulith -> to lam [2024-08-11]", "holds_position to lam -> vietnam",
        "holds_position thongloun sisoulith -> laos"},
       {"node person dong chi", "node ministry central committee"}},

      // ---- Names after 'Đại sứ / Giám đốc <X> tại <country>'.
      {"Thứ trưởng Bộ Công thương Nguyễn Sinh Nhật Tân làm việc với Đại sứ Singapore tại Việt Nam "
       "Jaya Ratnam.",
       "",
       {"met jaya ratnam -> nguyen sinh nhat tan",
        "holds_position nguyen sinh nhat tan -> ministry of industry and trade",
        "holds_position jaya ratnam -> singapore"},
       {"node person sinh nhat tan", "node person nhat tan"}},
      {"Sáng 7/3, Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung tiếp Đại sứ Đức tại Việt Nam Guido Hildner.",
       "",
       {"met dao ngoc dung -> guido hildner [XXXX-03-07]",
        "holds_position dao ngoc dung -> ministry of labour invalids and social affairs",
        "holds_position guido hildner -> germany"},
       {}},
      {"Thứ trưởng Bộ TN&MT Lê Công Thành tiếp Đại sứ CHLB Đức tại Việt Nam Helga Barth.",
       "",
       {"met helga barth -> le cong thanh",
        "holds_position le cong thanh -> ministry of natural resources and environment",
        "holds_position helga barth -> germany"},
       {}},
      {"Sáng nay (01/12), tại Hà Nội, Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Anh tại Việt Nam Iain "
       "Frew.",
       "2023-12-01",
       {"met iain frew -> tran hong ha [2023-12-01]",
        "holds_position iain frew -> united kingdom", "holds_position tran hong ha -> vietnam"},
       {"node person anh iain"}},
      {"Đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương tiếp Đại sứ "
       "Lào tại Việt Nam Khamphao Ernthavanh.",
       "",
       {"met khamphao ernthavanh -> le hoai trung", "holds_position khamphao ernthavanh -> laos"},
       {"node person dong chi", "node ministry central committee",
        "node ministry central commission for external relations"}},
      {"Ngày 28/12, Phó Thủ tướng Trần Lưu Quang tiếp Đại sứ Úc tại Việt Nam Andrew Goledzinowski.",
       "2024-01-03",
       {"met andrew goledzinowski -> tran luu quang [2023-12-28]",
        "holds_position andrew goledzinowski -> australia",
        "holds_position tran luu quang -> vietnam"},
       {}},
      // 'Đại sứ Việt Nam tại Pháp X' is Vietnam's ambassador, not France's.
      {"Ngày 10/5/2023, Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng làm việc với Bộ trưởng Văn hóa Pháp "
       "Rima Abdul Malak.",
       "",
       {"met dinh toan thang -> rima abdul malak [2023-05-10]",
        "holds_position dinh toan thang -> vietnam",
        "holds_position rima abdul malak -> ministry of culture"},
       {"holds_position dinh toan thang -> france"}},
      // 'Giám đốc AFD tại Việt Nam Hervé Conan' is a signer.
      {"Ngày 18/12/2023, Thứ trưởng Bộ Tài chính Nguyễn Đức Chi và Giám đốc AFD tại Việt Nam Hervé "
       "Conan đã ký Thỏa thuận tài trợ cho dự án phát triển đô thị.",
       "",
       {"signed nguyen duc chi -> thoa thuan* [2023-12-18]",
        "signed herve conan -> thoa thuan* [2023-12-18]",
        "holds_position nguyen duc chi -> ministry of finance",
        "holds_position herve conan -> french development agency"},
       {}},

      // ---- Years from tenures: stacked titles.
      // the year from both stacked titles ('Phó Thủ tướng, Bộ trưởng Ngoại giao'): 2025.
      {"Ngày 2/3, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao "
       "Đức Annalena Baerbock.",
       "",
       {"met annalena baerbock -> bui thanh son [2025-03-02?]",
        "holds_position bui thanh son -> vietnam",
        "holds_position bui thanh son -> ministry of foreign affairs",
        "holds_position annalena baerbock -> federal foreign office",
        "part_of federal foreign office -> germany"},
       {}},
      // 'Tổng Bí thư, Chủ tịch nước Tô Lâm' (both posts only in 2024).
      {"Tổng Bí thư, Chủ tịch nước Tô Lâm thăm chính thức Cộng hòa Pháp từ ngày 6-7/10 và hội đàm với "
       "Tổng thống Emmanuel Macron.",
       "",
       {"visited to lam -> france [2024-10-06?/2024-10-07?]", "met emmanuel macron -> to lam*",
        "holds_position to lam -> vietnam", "holds_position emmanuel macron -> france"},
       {}},
      // stacked titles date the framing visit, and its year carries to the meeting.
      {"Trong khuôn khổ chuyến công tác của Tổng Bí thư, Chủ tịch nước Tô Lâm tham dự Hội nghị Cấp cao "
       "Pháp ngữ lần thứ 19 và thăm chính thức Pháp từ ngày 3-7/10, sáng 5/10, Bộ trưởng Bộ Ngoại giao "
       "Bùi Thanh Sơn hội đàm với Bộ trưởng Châu Âu và Ngoại giao Pháp Jean-Noël Barrot.",
       "",
       {"visited to lam -> france [2024-10-03?/2024-10-07?]",
        "met bui thanh son -> jean noel barrot [2024-10-05*]",
        "holds_position jean noel barrot -> ministry for europe and foreign affairs"},
       {"met bui thanh son -> to lam", "met jean noel barrot -> to lam"}},

      // ---- Visits, and plans that are not visits.
      // 'sang thăm chính thức <country>' is a visit.
      {"Đại tướng Phan Văn Giang sang thăm chính thức Lào từ ngày 3-5/9.",
       "",
       {"visited phan van giang -> laos [XXXX-09-03/XXXX-09-05]"},
       {}},
      {"Thủ tướng Phạm Minh Chính sang thăm chính thức Singapore từ ngày 8-9/2.",
       "",
       {"visited pham minh chinh -> singapore [XXXX-02-08/XXXX-02-09]"},
       {}},
      // a visit given as a frame before the subject ('Trong chuyến thăm chính thức Trung Quốc
      //   ..., X ...') is a visit by X.
      {"Trong chuyến thăm chính thức Trung Quốc vào tháng 6/2023, Thủ tướng Phạm Minh Chính đã hội "
       "kiến Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.",
       "",
       {"visited pham minh chinh -> china [2023-06]", "met pham minh chinh -> xi jinping [2023-06]",
        "holds_position xi jinping -> china"},
       {"node person tap can binh"}},
      // an upcoming visit ('chuyến thăm ... sắp tới') is not a visit.
      {"Hai bên trao đổi về công tác chuẩn bị cho chuyến thăm chính thức Nhật Bản sắp tới của Thủ "
       "tướng Phạm Minh Chính.",
       "",
       {},
       {"visited pham minh chinh"}},
      // an invitation conveyed to visit ('chuyển lời mời ... sang thăm') is not a visit.
      {"Phó Thủ tướng Trần Hồng Hà chuyển lời mời của Thủ tướng Phạm Minh Chính tới Thủ tướng Úc "
       "Anthony Albanese sang thăm Việt Nam.",
       "",
       {"holds_position anthony albanese -> australia"},
       {"visited anthony albanese", "met anthony albanese -> pham minh chinh"}},

      // ---- Letters of intent: 'Ý định thư' is an agreement, and 'Ý' is not Italy.
      {"Ngày 7/10/2024, tại Paris, Bộ trưởng Bộ Quốc phòng Phan Văn Giang và Bộ trưởng Quân đội Pháp "
       "Sébastien Lecornu đã ký Ý định thư về hợp tác quốc phòng giai đoạn 2025-2028 giữa Bộ Quốc "
       "phòng Việt Nam và Bộ Quân đội Pháp.",
       "",
       {"signed phan van giang -> y dinh thu* [2024-10-07]",
        "signed sebastien lecornu -> y dinh thu* [2024-10-07]",
        "party_to ministry of national defence -> y dinh thu*",
        "party_to ministry of the armed forces -> y dinh thu*",
        "holds_position sebastien lecornu -> ministry of the armed forces",
        "part_of ministry of the armed forces -> france"},
       {"node country italy"}},

      // ---- Names and honorifics.
      // 'Xinh-ga-po' (a KB alias of Singapore) before a name is the country.
      {"Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Xinh-ga-po Lawrence Wong ngày 12/3/2025.",
       "",
       {"met lawrence wong -> pham minh chinh [2025-03-12]",
        "holds_position lawrence wong -> singapore"},
       {}},
      // the honorific 'Samdech Techo' is not part of Hun Manet's name.
      {"Ngày 11/12/2023, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Vương quốc Campuchia Samdech "
       "Techo Hun Manet đang thăm chính thức Việt Nam.",
       "",
       {"met hun manet -> pham minh chinh [2023-12-11]", "visited hun manet -> vietnam*",
        "holds_position hun manet -> cambodia"},
       {"node person samdech", "node person techo"}},

      // ---- Dates.
      // day-month written with a dash ('Sáng 7-10').
      {"Sáng 7-10, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Quốc phòng Mỹ Lloyd Austin.",
       "",
       {"met lloyd austin -> pham minh chinh [XXXX-10-07]"},
       {}},

      // ---- A bare title before a KB person takes the post from the KB.
      // bare 'Bộ trưởng' before a KB minister (Nguyễn Văn Hùng) gets his ministry from the KB.
      {"Kết thúc buổi làm việc, Bộ trưởng Nguyễn Văn Hùng trao quà lưu niệm cho Bộ trưởng Văn hóa "
       "Pháp Rachida Dati.",
       "",
       {"met nguyen van hung -> rachida dati",
        "holds_position nguyen van hung -> ministry of culture sports and tourism",
        "holds_position rachida dati -> ministry of culture", "part_of ministry of culture -> france"},
       {}},
      // bare 'Bộ trưởng' before a KB minister (Phan Văn Giang) gets his ministry from the KB.
      {"Bộ trưởng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Ấn Độ Rajnath Singh. (Ảnh: Trọng "
       "Đức/TTXVN)",
       "",
       {"met phan van giang -> rajnath singh",
        "holds_position phan van giang -> ministry of national defence",
        "holds_position rajnath singh -> *", "part_of * -> india"},
       {"node person trong duc"}},

      // ---- Non-KB people after a portfolio title that is not a KB body.
      // 'Bộ trưởng Giáo dục Đại học và Nghiên cứu Pháp Geneviève Fioraso' is a person who met.
      {"Ngày 10/6/2014, Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Quân tiếp Bộ trưởng Giáo dục Đại "
       "học và Nghiên cứu Pháp Geneviève Fioraso.",
       "",
       {"met genevieve fioraso -> nguyen quan [2014-06-10]",
        "holds_position nguyen quan -> ministry of science and technology"},
       {}},
      // 'Bộ trưởng Giáo dục và Thể thao Lào Phout Simmalavong': a person, a Lao ministry, a met.
      {"Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn hội đàm với Bộ trưởng Giáo dục và Thể thao Lào Phout "
       "Simmalavong.",
       "",
       {"met nguyen kim son -> phout simmalavong",
        "holds_position nguyen kim son -> ministry of education and training", "part_of * -> laos"},
       {}},
      // 'Bộ trưởng Khoa học và Công nghệ thông tin Hàn Quốc Lee Jong-ho' is a person who met;
      //   the Korean portfolio is not Vietnam's Ministry of Science and Technology.
      {"Ngày 14/6/2023, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng làm việc với Bộ trưởng Khoa học và Công "
       "nghệ thông tin Hàn Quốc Lee Jong-ho.",
       "",
       {"met lee jong ho -> nguyen manh hung [2023-06-14]",
        "holds_position nguyen manh hung -> ministry of information and communications"},
       {"part_of ministry of science and technology -> vietnam"}},
      // 'Bộ trưởng Giáo dục Đại học và Nghiên cứu Pháp Sylvie Retailleau' is a signer.
      {"Ngày 5/12/2023, Bộ trưởng Bộ Khoa học và Công nghệ Huỳnh Thành Đạt và Bộ trưởng Giáo dục Đại "
       "học và Nghiên cứu Pháp Sylvie Retailleau ký Ý định thư về hợp tác nghiên cứu và đổi mới sáng "
       "tạo.",
       "",
       {"signed huynh thanh dat -> y dinh thu* [2023-12-05]",
        "signed sylvie retailleau -> y dinh thu* [2023-12-05]",
        "holds_position huynh thanh dat -> ministry of science and technology"},
       {"node person bruno retailleau", "node country italy"}},

      // ---- Instruments signed by two bodies, no person named: the bodies are parties, no signer.
      // 'Bộ Tư pháp Việt Nam và Bộ Tư pháp Pháp đã ký Chương trình ...': a ministry is party_to,
      //   each ministry is part_of its own country, and no signed line.
      {"Ngày 12/1/2024, Bộ Tư pháp Việt Nam và Bộ Tư pháp Pháp đã ký Chương trình hợp tác giai đoạn "
       "2024-2026.",
       "",
       {"party_to ministry of justice -> chuong trinh hop tac*",
        "part_of ministry of justice -> vietnam", "part_of ministry of justice -> france"},
       {"signed "}},
      // 'Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Nhật Bản đã ký Bản ghi nhớ ...': the same shape.
      {"Ngày 21/5/2024, Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Nhật Bản đã ký Bản ghi nhớ về tham "
       "vấn chính sách.",
       "",
       {"part_of ministry of foreign affairs -> vietnam", "part_of ministry of foreign affairs -> japan",
        "party_to ministry of foreign affairs -> ban ghi nho*"},
       {"signed "}},

      // ---- Rows of 2026-12-03: classes of error seen on unseen-style articles.
      // A country after a comma qualifies the body; an honorific before the name is no name.
      {"Chiều 14/3, Bộ trưởng Bộ Ngoại giao, Cộng hòa Pháp, ông Jean-Noël Barrot đã hội kiến với "
       "Đại sứ Việt Nam tại Pháp Đinh Toàn Thắng.",
       "2025-03-15",
       {"met dinh toan thang -> jean noel barrot [2025-03-14]",
        "holds_position jean noel barrot -> ministry for europe and foreign affairs"},
       {"node ministry bo bo", "node ministry bo ngoai giao,"}},
      // A ministry outside the KB, written with its head: no doubled 'Bộ', no trailing comma.
      {"Bộ trưởng Bộ Kinh tế liên bang Áo Martin Kocher đã hội đàm với Bộ trưởng Bộ Công Thương "
       "Nguyễn Hồng Diên tại Hà Nội ngày 5/6.",
       "2024-06-06",
       {"met martin kocher -> nguyen hong dien [2024-06-05]", "node ministry bo kinh te lien bang*"},
       {"node ministry bo bo"}},
      // A weekday alone resolves against the publication date.
      {"Chiều thứ Sáu, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nhật Bản Ito Naoki.",
       "2024-03-16",
       {"met bui thanh son -> ito naoki [2024-03-15]"},
       {}},
      // 'X thăm <country>': a bare 'thăm' before a country is a visit.
      {"Tổng thống Đức Frank-Walter Steinmeier thăm Việt Nam từ ngày 23 đến 24/1.",
       "2024-01-25",
       {"visited frank walter steinmeier -> vietnam*"},
       {}},
      // 'người đồng cấp từ Đức': the counterpart of that country already named.
      {"Bộ trưởng Đào Ngọc Dung tiếp Bộ trưởng Lao động Đức Hubertus Heil chiều 23/1. Chào đón "
       "người đồng cấp từ Đức đến thăm Việt Nam, Bộ trưởng Đào Ngọc Dung cho biết hai bên sẽ ký "
       "bản ghi nhớ.",
       "2024-01-24",
       {"visited hubertus heil -> vietnam*", "met dao ngoc dung -> hubertus heil [2024-01-23]"},
       {"visited dao ngoc dung"}},
      // A visit frame before a dated clause: the visitor is the subject of the main clause.
      {"Trong khuôn khổ chuyến thăm cấp Nhà nước tới Hàn Quốc, trưa 11/8, Tổng Bí thư Tô Lâm đã "
       "hội đàm với Tổng thống Hàn Quốc Lee Jae Myung.",
       "2025-08-12",
       {"visited to lam -> south korea*", "met lee jae myung -> to lam [2025-08-11]"},
       {"visited lee jae myung"}},
      // Seas, oceans and chambers are not people or countries.
      {"Hai bên nhất trí hợp tác tại khu vực Ấn Độ Dương - Thái Bình Dương và với Phòng Thương mại "
       "và Công nghiệp Paris, Viện Hàn lâm Khoa học xã hội Việt Nam.",
       "2023-07-12",
       {},
       {"node country india", "node person thai binh duong", "node person phong thuong",
        "node person vien han"}},
      // 'đang thăm và làm việc tại Việt Nam' after the guest: the guest visits.
      {"Ngày 28/2, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp ông Olivier Becht, Bộ trưởng "
       "phụ trách Ngoại thương Pháp, đang thăm và làm việc tại Việt Nam.",
       "2023-03-01",
       {"visited olivier becht -> vietnam*", "met nguyen hong dien -> olivier becht [2023-02-28]"},
       {"visited nguyen hong dien"}},
      // A visit over a span of days whose month follows a dash; one visit, not two.
      {"Thủ tướng Nhật Bản Kishida Fumio thăm chính thức Việt Nam từ ngày 13 đến 14-11-2022. "
       "Ngày 13-11-2022, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Kishida Fumio.",
       "",
       {"visited fumio kishida -> vietnam [2022-11-13/2022-11-14]",
        "met fumio kishida -> pham minh chinh [2022-11-13]"},
       {"visited fumio kishida -> vietnam [2022]"}},
      // No office-holder dates the day: the year that puts it nearest a full date of the story.
      {"Ngày 15/3, Bộ Tài chính và Cơ quan Phát triển Pháp (AFD) đã ký Thỏa ước tài trợ cho dự án "
       "chống xói lở. Trước đó, ngày 29/12/2023, Bộ Tài chính đã ký Thỏa ước vay vốn với AFD.",
       "",
       {"party_to ministry of finance -> thoa uoc tai tro* [2024-03-15?]",
        "party_to french development agency -> thoa uoc tai tro* [2024-03-15?]"},
       {"party_to ministry of finance -> thoa uoc tai tro* [2023-03-15"}},
      // A state title alone is the story's one holder of it; a recalled visit keeps its year and
      // does not date the story.
      {"Ngày 12/5, Thủ tướng Phạm Minh Chính tiếp Đại sứ Pháp Olivier Brochet. Nhắc lại chuyến "
       "thăm chính thức Pháp năm 2021, Thủ tướng cảm ơn sự đón tiếp của Tổng thống Pháp.",
       "2024-05-13",
       {"visited pham minh chinh -> france [2021]",
        "met olivier brochet -> pham minh chinh [2024-05-12]"},
       {"visited pham minh chinh -> france [2024", "holds_position olivier brochet -> france [2021"}},
      // A named instrument in Vietnamese is the same node as in English.
      {"Bộ trưởng Nguyễn Hồng Diên cho biết Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) đã "
       "thúc đẩy xuất khẩu.",
       "2023-03-01",
       {"node agreement eu vietnam free trade agreement"},
       {"signed"}},
      // An organisation the KB does not know after a director's title, in an apposition: a post
      // there, and the country of the city in its name.
      {"Ngày 11/7/2023, tại Lyon, Thứ trưởng Bộ Giáo dục và Đào tạo Nguyễn Văn Phúc và ông Pierre "
       "Durand, Phó Tổng giám đốc Phòng Thương mại và Công nghiệp Lyon, đã đồng chủ trì cuộc họp.",
       "",
       {"met nguyen van phuc -> pierre durand [2023-07-11]",
        "holds_position pierre durand -> phong thuong mai va cong nghiep lyon"},
       {"ministry bo phong", "visited pierre durand", "ministry phong"}},
      // "A tiếp B và ký kết X": the host signs with the guest.
      {"Ngày 5/6/2023, tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Pháp Olivier Brochet "
       "và ký kết Bản ghi nhớ hợp tác y tế.",
       "",
       {"signed dao hong lan -> ban ghi nho* [2023-06-05]",
        "signed olivier brochet -> ban ghi nho* [2023-06-05]",
        "met dao hong lan -> olivier brochet [2023-06-05]"},
       {}},
      // Condolences for a death the KB dates ("cố Chủ tịch nước Trần Đại Quang", 2018-09-21).
      {"Ngày 25/9, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nhật Bản Abe Shinzo tại Tokyo. "
       "Thủ tướng Abe chia buồn về sự ra đi của cố Chủ tịch nước Trần Đại Quang.",
       "",
       {"met nguyen xuan phuc -> shinzo abe [2018-09-25?]"},
       {"met nguyen xuan phuc -> shinzo abe [XXXX"}},
      // "tân Đại sứ": the first year of the post settles the year the tenures leave open.
      {"Chiều 4/3, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh tiếp tân Đại sứ Hoa Kỳ Ted Osius.",
       "",
       {"met pham binh minh -> ted osius [2015-03-04?]"},
       {"met pham binh minh -> ted osius [XXXX"}},
      // "Đại sứ ... mới" after the title says the same.
      {"Chiều 4/3, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh tiếp Đại sứ Hoa Kỳ Ted Osius. Phó Thủ "
       "tướng chúc mừng Đại sứ mới nhận nhiệm vụ.",
       "",
       {"met pham binh minh -> ted osius [2015-03-04?]"},
       {"met pham binh minh -> ted osius [XXXX"}},
      // Without it, the year stays unknown.
      {"Chiều 4/3, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh tiếp Đại sứ Hoa Kỳ Ted Osius.",
       "",
       {"met pham binh minh -> ted osius [XXXX-03-04]"},
       {"met pham binh minh -> ted osius [20"}},
  };
  return rows;
}

// Rows the program gets wrong today, grouped by the rule that is missing. Hidden: run with
// `extract_tests "[vi][pending]"`. When a group is fixed, move its rows back into Rows().
const std::vector<row>& PendingRows() {
  static const std::vector<row> rows = {
      // ==== Signers named after 'chứng kiến' (witness).
      // after 'X và Y chứng kiến', of the signers 'A và B ký' only B (Takemi Keizo) signs, not A.
      {"Chiều 27/11/2023, tại Tokyo, Chủ tịch nước Võ Văn Thưởng và Thủ tướng Nhật Bản Kishida Fumio "
       "chứng kiến Bộ trưởng Bộ Y tế Đào Hồng Lan và Bộ trưởng Y tế, Lao động và Phúc lợi Nhật Bản "
       "Takemi Keizo ký Bản ghi nhớ hợp tác trong lĩnh vực y tế.",
       "",
       {"signed dao hong lan -> ban ghi nho* [2023-11-27]",
        "signed takemi keizo -> ban ghi nho* [2023-11-27]",
        "holds_position fumio kishida -> japan", "holds_position vo van thuong -> vietnam"},
       {"signed vo van thuong", "signed fumio kishida", "node country laos"}},

      // ==== Agreements.
      // 'giữa Chính phủ Việt Nam và Chính phủ Nhật Bản': the states are parties, but the
      //   signers' ministries are made parties too.
      {"Ngày 19/10/2020, Bộ trưởng Ngoại giao Phạm Bình Minh và Bộ trưởng Ngoại giao Nhật Bản Motegi "
       "Toshimitsu đã ký Hiệp định hợp tác kỹ thuật giữa Chính phủ Việt Nam và Chính phủ Nhật Bản.",
       "",
       {"signed pham binh minh -> hiep dinh* [2020-10-19]",
        "signed toshimitsu motegi -> hiep dinh* [2020-10-19]", "party_to vietnam -> hiep dinh*",
        "party_to japan -> hiep dinh*", "holds_position pham binh minh -> ministry of foreign affairs",
        "holds_position toshimitsu motegi -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> japan"},
       {"party_to ministry of foreign affairs"}},

      // ==== Names, honorifics and apposition.
      // 'Phó Chủ tịch Ngân hàng Thế giới Manuela Ferro': no person, no met.
      {"Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng tiếp Phó Chủ tịch Ngân hàng Thế giới Manuela "
       "Ferro.",
       "",
       {"met manuela ferro -> nguyen thi hong",
        "holds_position nguyen thi hong -> state bank of vietnam"},
       {"node person nguyen thi kim ngan"}},
      // an apposition after a name ('X, Thứ trưởng Bộ Quốc phòng và ... Y') gives X's post to the
      //   next person Y, and X gets none.
      {"Ngày 12/7/2023, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và Thứ trưởng Quốc "
       "phòng Nhật Bản Masuda Kazuo đã ký kết Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc "
       "phòng Nhật Bản về hợp tác công nghiệp quốc phòng.",
       "",
       {"signed hoang xuan chien -> ban ghi nho* [2023-07-12]",
        "signed masuda kazuo -> ban ghi nho* [2023-07-12]",
        "party_to ministry of national defence -> ban ghi nho*",
        "party_to ministry of defense -> ban ghi nho*",
        "holds_position hoang xuan chien -> ministry of national defence",
        "holds_position masuda kazuo -> ministry of defense", "part_of ministry of defense -> japan"},
       {"node person thuong tuong", "holds_position masuda kazuo -> ministry of national defence"}},
  };
  return rows;
}

}  // namespace

TEST_CASE("Vietnamese sentences yield the facts an annotator expects", "[extract][vi]") {
  CheckRows(Rows());
}

TEST_CASE("Vietnamese sentences the program gets wrong today", "[extract][vi][.pending]") {
  CheckRows(PendingRows());
}

// The same events told in English and in Vietnamese.
TEST_CASE("English and Vietnamese reports of one event give the same facts",
          "[extract][vi][parallel]") {
  CheckParallel({
      {"Minister of Home Affairs Pham Thi Thanh Tra received French Ambassador Olivier Brochet in "
       "Hanoi on February 28, 2025.",
       "Ngày 28/2/2025, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà tiếp Đại sứ Pháp Olivier "
       "Brochet.",
       "",
       {"met olivier brochet -> pham thi thanh tra [2025-02-28]"},
       {}},
      {"Defence Minister General Phan Van Giang held talks with Japanese Defense Minister Minoru "
       "Kihara in Hanoi on June 20.",
       "Sáng 20/6, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Đại tướng Phan Văn Giang hội đàm với Bộ "
       "trưởng Quốc phòng Nhật Bản Kihara Minoru.",
       "",
       {"met minoru kihara -> phan van giang [2024-06-20?]"},
       {}},
      {"Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony Albanese signed a joint "
       "statement on upgrading bilateral ties to a Comprehensive Strategic Partnership on March 7, "
       "2024.",
       "Ngày 7/3/2024, Thủ tướng Phạm Minh Chính và Thủ tướng Australia Anthony Albanese đã ký Tuyên "
       "bố chung về nâng cấp quan hệ song phương lên Đối tác Chiến lược toàn diện.",
       "",
       {"signed anthony albanese -> <agreement> [2024-03-07]",
        "signed pham minh chinh -> <agreement> [2024-03-07]"},
       {}},
      {"Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister Yoko Kamikawa in "
       "Tokyo on May 12, 2024.",
       "Ngày 12/5/2024, tại Tokyo, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại "
       "giao Nhật Bản Kamikawa Yoko.",
       "",
       {"met bui thanh son -> yoko kamikawa [2024-05-12]"},
       {}},
      {"Party General Secretary Nguyen Phu Trong held talks with US President Joe Biden in Hanoi on "
       "September 10, 2023.",
       "Ngày 10/9/2023, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Hoa Kỳ Joe "
       "Biden.",
       "",
       {"met joe biden -> nguyen phu trong [2023-09-10]"},
       {}},
      {"Minister of Home Affairs Pham Thi Thanh Tra met French Minister for Public Servants, "
       "Simplification and Transformation of Public Action Guillaume Kasbarian in Paris on October "
       "4. Tra invited Kasbarian to visit Vietnam.",
       "Ngày 4/10, tại Paris, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà gặp Bộ trưởng Công vụ, Đơn giản "
       "hóa và Chuyển đổi dịch vụ công Pháp Guillaume Kasbarian. Bộ trưởng Trà mời Bộ trưởng "
       "Kasbarian đến thăm Việt Nam.",
       "",
       {"met guillaume kasbarian -> pham thi thanh tra [2024-10-04?]"},
       {"visited guillaume kasbarian"}},
      {"German Chancellor Olaf Scholz paid an official visit to Vietnam on November 13, 2022 and "
       "held talks with Prime Minister Pham Minh Chinh.",
       "Thủ tướng Đức Olaf Scholz thăm chính thức Việt Nam ngày 13/11/2022 và hội đàm với Thủ tướng "
       "Phạm Minh Chính.",
       "",
       {"visited olaf scholz -> vietnam [2022-11-13]"},
       {}},
      {"Minister of Justice Nguyen Hai Ninh held talks with French Minister of Justice Gerald "
       "Darmanin on March 18, 2025.",
       "Ngày 18/3/2025, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh hội đàm với Bộ trưởng Tư pháp Pháp "
       "Gérald Darmanin.",
       "",
       {"met gerald darmanin -> nguyen hai ninh [2025-03-18]"},
       {}},
      {"Minister of Culture, Sports and Tourism Nguyen Van Hung received French Minister of Culture "
       "Rima Abdul Malak on March 16, 2023.",
       "Ngày 16/3/2023, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng tiếp Bộ trưởng Văn "
       "hóa Pháp Rima Abdul Malak.",
       "",
       {"met nguyen van hung -> rima abdul malak [2023-03-16]"},
       {}},
      // The year from stacked titles (General Secretary and State President only together in 2024).
      {"Party General Secretary and State President To Lam paid an official visit to France from "
       "October 6-7.",
       "Tổng Bí thư, Chủ tịch nước Tô Lâm thăm chính thức Pháp từ ngày 6-7/10.",
       "",
       {"visited to lam -> france [2024-10-06?/2024-10-07?]"},
       {}},
      // An apposition after the name ('Olivier Becht, French Minister Delegate for ...,').
      {"Prime Minister Pham Minh Chinh received Olivier Becht, French Minister Delegate for Foreign "
       "Trade, Attractiveness and French Nationals Abroad, in Hanoi on October 30, 2023.",
       "Ngày 30/10/2023, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp ông Olivier Becht, Bộ trưởng "
       "đặc trách Thương mại đối ngoại, Thu hút đầu tư và Người Pháp ở nước ngoài.",
       "",
       {"met olivier becht -> pham minh chinh [2023-10-30]",
        "holds_position olivier becht -> ministry for foreign trade"},
       {}},
      // Witnesses ('dưới sự chứng kiến của X và Y, A và B đã ký'; 'witnessed by') do not sign.
      {"Foreign Minister Bui Thanh Son and Lao Foreign Minister Saleumxay Kommasith signed a "
       "memorandum of understanding on consular cooperation on January 9, 2024, witnessed by Prime "
       "Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone.",
       "Ngày 9/1/2024, dưới sự chứng kiến của Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay "
       "Siphandone, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Lào Saleumxay "
       "Kommasith đã ký Bản ghi nhớ về hợp tác lãnh sự.",
       "",
       {"signed bui thanh son -> <agreement> [2024-01-09]",
        "signed saleumxay kommasith -> <agreement> [2024-01-09]"},
       {"signed pham minh chinh", "signed sonexay siphandone"}},
  });
}

// Pairs the program gets wrong today (hidden).
TEST_CASE("English and Vietnamese reports of one event give the same facts (pending)",
          "[extract][vi][parallel][.pending]") {
  CheckParallel({
      // English: 'during his official visit to China' gives no visit (Vietnamese finds it).
      {"Prime Minister Pham Minh Chinh met Chinese President Xi Jinping in Beijing on June 27, 2023 "
       "during his official visit to China.",
       "Ngày 27/6/2023, tại Bắc Kinh, trong chuyến thăm chính thức Trung Quốc, Thủ tướng Phạm Minh "
       "Chính hội kiến Chủ tịch Trung Quốc Tập Cận Bình.",
       "",
       {"met pham minh chinh -> xi jinping [2023-06-27]", "visited pham minh chinh -> china*"},
       {}},
  });
}
