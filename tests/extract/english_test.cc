// English extraction, table-driven: each row is a short article body (the harness adds the headline
// "Test article"), an optional publication date, the fact/node lines a careful annotator expects
// under ../shared/SPEC.md, and line prefixes that must not appear.
//
// Patterns (see Failures below):
//   - a pattern starting with a node kind ("person ", "ministry ", "country ", "agreement ") is
//     looked up in NodeLines, any other in FactLines;
//   - '*' matches any run of characters (agreement labels and dates that are not pinned);
//   - "once:" before a `must` pattern requires exactly one matching line (no duplicate facts);
//   - `must_not_prefix` entries match as prefixes (an implicit trailing '*'); a trailing '$'
//     makes them exact ("person tra$" forbids the node "tra" but not "tran hong ha").
// Rows the program does not get right yet live in the second table, whose test case is hidden
// ("[.pending]"), each with a one-line diagnosis. Catch2 still runs a hidden test when a tag
// filter selects it, so run this file's passing rows with `extract_tests "[en]~[pending]"`.
// Row tags (R01...) are stable names for the rows; gaps in a table are rows of the other table.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "harness.h"

using namespace bilat::testing;

namespace {

struct Row {
  const char* text;
  const char* published;
  std::vector<std::string> must;
  std::vector<std::string> must_not_prefix;
};


bool IsNodePattern(const std::string& pat) {
  for (const char* k : {"person ", "ministry ", "country ", "agreement ", "organization ", "city ",
                        "event ", "other "}) {
    if (pat.rfind(k, 0) == 0) return true;
  }
  return false;
}

int CountMatches(const std::vector<std::string>& lines, const std::string& pat) {
  int n = 0;
  for (const auto& l : lines) n += Glob(pat, l) ? 1 : 0;
  return n;
}

struct Result {
  std::vector<std::string> facts;
  std::vector<std::string> nodes;
};

Result Run(const Row& r) {
  Result res;
  res.facts = FactLines(r.text, r.published ? r.published : "");
  res.nodes = NodeLines(r.text);
  return res;
}

std::vector<std::string> Failures(const Row& r, const Result& res) {
  std::vector<std::string> bad;
  for (std::string pat : r.must) {
    bool once = pat.rfind("once:", 0) == 0;
    if (once) pat = pat.substr(5);
    const auto& lines = IsNodePattern(pat) ? res.nodes : res.facts;
    int n = CountMatches(lines, pat);
    if (n == 0) bad.push_back("missing: " + pat);
    if (once && n > 1) bad.push_back("more than once: " + pat);
  }
  for (std::string pat : r.must_not_prefix) {
    if (!pat.empty() && pat.back() == '$') {
      pat.pop_back();
    } else {
      pat += "*";
    }
    const auto& lines = IsNodePattern(pat) ? res.nodes : res.facts;
    for (const auto& l : lines) {
      if (Glob(pat, l)) bad.push_back("unexpected: " + l);
    }
  }
  return bad;
}

// The first ~70 bytes of `text`, cut at a UTF-8 character boundary, to name a section.
std::string Head(const std::string& text) {
  size_t n = std::min<size_t>(text.size(), 70);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

void CheckRows(const std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    DYNAMIC_SECTION("row " << i << ": " << Head(r.text)) {
      Result res = Run(r);
      auto bad = Failures(r, res);
      INFO("text: " << r.text);
      INFO("published: " << (r.published ? r.published : ""));
      INFO("facts:\n" << Dump(res.facts));
      INFO("nodes:\n" << Dump(res.nodes));
      std::string all;
      for (const auto& b : bad) all += "  " + b + "\n";
      INFO("problems:\n" << all);
      CHECK(bad.empty());
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Rows the extractor handles.
const std::vector<Row>& PassingRows() {
  static const std::vector<Row> rows = {
      // --- meeting verbs ----------------------------------------------------------------------
      // R01 "received", foreign ambassador outside the KB
      {"Minister of Foreign Affairs Bui Thanh Son received Japanese Ambassador Ito Naoki in Hanoi "
       "on March 12.",
       "2024-03-13",
       {"met bui thanh son -> ito naoki [2024-03-12]",
        "holds_position bui thanh son -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> vietnam", "holds_position ito naoki -> japan",
        "person ito naoki"},
       {"visited", "holds_position ito naoki -> vietnam", "holds_position bui thanh son -> japan"}},
      // R02 "hosted", Australian minister whose department is in the KB
      {"Deputy Prime Minister Tran Hong Ha hosted Australian Minister for Foreign Affairs Penny "
       "Wong in Hanoi on June 4.",
       "2024-06-05",
       {"met penny wong -> tran hong ha [2024-06-04]", "holds_position tran hong ha -> vietnam",
        "holds_position penny wong -> department of foreign affairs and trade",
        "part_of department of foreign affairs and trade -> australia"},
       {"holds_position tran hong ha -> australia", "holds_position penny wong -> vietnam"}},
      // R03 "met with" on the sidelines of a summit
      {"Prime Minister Pham Minh Chinh met with Singaporean Prime Minister Lawrence Wong on the "
       "sidelines of the ASEAN Summit in Vientiane on October 9.",
       "2024-10-10",
       {"met lawrence wong -> pham minh chinh [2024-10-09]",
        "holds_position lawrence wong -> singapore", "holds_position pham minh chinh -> vietnam"},
       {"holds_position lawrence wong -> vietnam", "holds_position pham minh chinh -> singapore",
        "holds_position pham minh chinh -> laos", "holds_position lawrence wong -> laos"}},
      // R04 "X and Y held talks"
      {"State President Luong Cuong and Lao President Thongloun Sisoulith held talks in Vientiane "
       "on December 5.",
       "2024-12-06",
       {"met luong cuong -> thongloun sisoulith [2024-12-05]",
        "holds_position luong cuong -> vietnam", "holds_position thongloun sisoulith -> laos"},
       {"holds_position luong cuong -> laos", "holds_position thongloun sisoulith -> vietnam"}},
      // R05 "During talks with Y, X ..." and a double title
      {"During talks with Chinese Foreign Minister Wang Yi in Beijing on December 25, Deputy Prime "
       "Minister and Foreign Minister Bui Thanh Son proposed closer coordination on border issues.",
       "2024-12-26",
       {"met bui thanh son -> wang yi [2024-12-25]",
        "holds_position wang yi -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> china", "holds_position bui thanh son -> vietnam",
        "holds_position bui thanh son -> ministry of foreign affairs"},
       {"holds_position wang yi -> vietnam", "holds_position bui thanh son -> china"}},
      // R06 "had a working session with", French health ministry of the period
      {"Minister of Health Dao Hong Lan had a working session with French Minister of Health and "
       "Prevention François Braun in Paris on March 16.",
       "2023-03-17",
       {"met dao hong lan -> francois braun [2023-03-16]",
        "holds_position dao hong lan -> ministry of health",
        "part_of ministry of health -> vietnam",
        "holds_position francois braun -> ministry of health and prevention",
        "part_of ministry of health and prevention -> france"},
       {"part_of ministry of health -> france",
        "part_of ministry of health and prevention -> vietnam"}},
      // R07 "talked with ... about", accents dropped in a French name
      {"Minister of Justice Le Thanh Long talked with French Minister of Justice Eric "
       "Dupond-Moretti about legal cooperation in Paris on June 20.",
       "2022-06-21",
       {"met eric dupond moretti -> le thanh long [2022-06-20]",
        "holds_position le thanh long -> ministry of justice",
        "holds_position eric dupond moretti -> ministry of justice",
        "part_of ministry of justice -> vietnam", "part_of ministry of justice -> france"},
       {"person eric dupond$", "person moretti$"}},
      // R08 "welcomed", rank before the name, US department
      {"Minister of National Defence General Phan Van Giang welcomed US Secretary of Defense Lloyd "
       "Austin in Hanoi on July 29.",
       "2021-07-30",
       {"met lloyd austin -> phan van giang [2021-07-29]",
        "holds_position phan van giang -> ministry of national defence",
        "part_of ministry of national defence -> vietnam",
        "holds_position lloyd austin -> department of defense",
        "part_of department of defense -> united states"},
       {"person general phan van giang", "holds_position lloyd austin -> vietnam"}},
      // R09 "paid a courtesy call on"
      {"Japanese Ambassador Ito Naoki paid a courtesy call on Party General Secretary To Lam in "
       "Hanoi on September 10.",
       "2024-09-11",
       {"met ito naoki -> to lam [2024-09-10]", "holds_position to lam -> vietnam",
        "holds_position ito naoki -> japan"},
       {"holds_position to lam -> japan", "visited"}},
      // R10 "The talks between X and Y took place"
      {"The talks between Prime Minister Pham Minh Chinh and Japanese Prime Minister Fumio Kishida "
       "took place in Tokyo on December 16.",
       "2023-12-17",
       {"met fumio kishida -> pham minh chinh [2023-12-16]",
        "holds_position fumio kishida -> japan", "holds_position pham minh chinh -> vietnam"},
       {"holds_position fumio kishida -> vietnam", "holds_position pham minh chinh -> japan"}},
      // R11 "his Cambodian counterpart X": the counterpart holds the same post, of his own country
      {"Prime Minister Pham Minh Chinh held talks with his Cambodian counterpart Hun Manet in "
       "Phnom Penh on December 11.",
       "2023-12-12",
       {"met hun manet -> pham minh chinh [2023-12-11]", "holds_position hun manet -> cambodia",
        "holds_position pham minh chinh -> vietnam"},
       {"holds_position hun manet -> vietnam", "person phnom penh"}},
      // R12 "his counterpart" for a person outside the KB
      {"Minister of Public Security To Lam held talks with his Cambodian counterpart Sar Kheng in "
       "Phnom Penh on June 15.",
       "2022-06-16",
       {"met sar kheng -> to lam [2022-06-15]",
        "holds_position to lam -> ministry of public security", "person sar kheng"},
       {"holds_position sar kheng -> ministry of public security", "person phnom penh"}},
      // R13 later short references by given name; the Lao ministry is not Vietnam's
      {"Minister of Home Affairs Pham Thi Thanh Tra received Lao Minister of Home Affairs "
       "Vilayvong Bouddakham in Hanoi on August 8. Tra said the two ministries would expand "
       "training cooperation. Vilayvong thanked Tra for the warm welcome.",
       "2023-08-09",
       {"once:met pham thi thanh tra -> vilayvong bouddakham*",
        "met pham thi thanh tra -> vilayvong bouddakham [2023-08-08]",
        "holds_position pham thi thanh tra -> ministry of home affairs",
        "holds_position vilayvong bouddakham -> ministry of home affairs",
        "part_of ministry of home affairs -> laos", "person vilayvong bouddakham"},
       {"person tra$", "person vilayvong$"}},
      // R14 "Minister Lam" later
      {"Minister of Public Security To Lam received British Ambassador Iain Frew in Hanoi on March "
       "2. Minister Lam praised the cooperation between the two countries' police forces.",
       "2023-03-03",
       {"met iain frew -> to lam [2023-03-02]", "holds_position iain frew -> united kingdom",
        "holds_position to lam -> ministry of public security"},
       {"person lam$", "person minister lam", "holds_position iain frew -> vietnam"}},
      // R15 a French surname used alone later
      {"French Minister Delegate for Foreign Trade Franck Riester met with Minister of Industry "
       "and Trade Nguyen Hong Dien in Hanoi on March 29. Riester said French firms were keen to "
       "invest in Vietnam's energy transition.",
       "2022-03-30",
       {"met franck riester -> nguyen hong dien [2022-03-29]",
        "holds_position franck riester -> ministry for foreign trade",
        "part_of ministry for foreign trade -> france",
        "holds_position nguyen hong dien -> ministry of industry and trade",
        "part_of ministry of industry and trade -> vietnam"},
       {"person riester$", "holds_position franck riester -> vietnam"}},
      // R16 apposition after the name
      {"Nguyen Hong Dien, Minister of Industry and Trade, received US Secretary of Commerce Gina "
       "Raimondo in Hanoi on September 10.",
       "2023-09-11",
       {"met gina raimondo -> nguyen hong dien [2023-09-10]",
        "holds_position nguyen hong dien -> ministry of industry and trade",
        "holds_position gina raimondo -> department of commerce",
        "part_of department of commerce -> united states"},
       {}},
      // R17 "Foreign Minister" (portfolio inside the title) for Vietnam
      {"Foreign Minister Bui Thanh Son received Singaporean Minister for Foreign Affairs Vivian "
       "Balakrishnan in Hanoi on August 7.",
       "2023-08-08",
       {"met bui thanh son -> vivian balakrishnan [2023-08-07]",
        "holds_position bui thanh son -> ministry of foreign affairs",
        "holds_position vivian balakrishnan -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> singapore",
        "part_of ministry of foreign affairs -> vietnam"},
       {}},
      // R18 "Defence Minister" / "Defense Minister"
      {"Defence Minister Phan Van Giang held talks with Chinese Defense Minister Dong Jun in Hanoi "
       "on April 25.",
       "2024-04-26",
       {"met dong jun -> phan van giang [2024-04-25]",
        "holds_position phan van giang -> ministry of national defence",
        "holds_position dong jun -> ministry of national defense",
        "part_of ministry of national defense -> china"},
       {"holds_position dong jun -> ministry of national defence"}},
      // R19 coordinated subjects: both received the guest, they did not "meet" each other
      {"Minister of Foreign Affairs Bui Thanh Son and Minister of Industry and Trade Nguyen Hong "
       "Dien received German Minister for Economic Cooperation and Development Svenja Schulze in "
       "Hanoi on February 20.",
       "2024-02-21",
       {"met bui thanh son -> svenja schulze [2024-02-20]",
        "met nguyen hong dien -> svenja schulze [2024-02-20]",
        "holds_position svenja schulze -> federal ministry for economic cooperation and "
        "development",
        "part_of federal ministry for economic cooperation and development -> germany"},
       {"met bui thanh son -> nguyen hong dien"}},
      // R20 coordinated objects after "met with"
      {"Prime Minister Pham Minh Chinh met with Japanese Prime Minister Fumio Kishida and "
       "Australian Prime Minister Anthony Albanese in Hiroshima on May 21.",
       "2023-05-22",
       {"met fumio kishida -> pham minh chinh [2023-05-21]",
        "met anthony albanese -> pham minh chinh [2023-05-21]",
        "holds_position anthony albanese -> australia", "holds_position fumio kishida -> japan"},
       {"holds_position anthony albanese -> japan"}},
      // R21 "co-chaired" a joint commission; "External Affairs Minister"
      {"Minister of Foreign Affairs Bui Thanh Son and Indian External Affairs Minister "
       "Subrahmanyam Jaishankar co-chaired the Joint Commission meeting in New Delhi on October "
       "16.",
       "2023-10-17",
       {"met bui thanh son -> s jaishankar [2023-10-16]",
        "holds_position s jaishankar -> ministry of external affairs",
        "part_of ministry of external affairs -> india"},
       {"person subrahmanyam jaishankar", "ministry joint commission"}},
      // R22 "X held talks with Y" between heads of state; state visit in the next sentence
      {"State President Vo Van Thuong held talks with South Korean President Yoon Suk Yeol in "
       "Hanoi on June 23. Yoon is paying a state visit to Vietnam from June 22-24.",
       "2023-06-24",
       {"met vo van thuong -> yoon suk yeol [2023-06-23]",
        "holds_position yoon suk yeol -> south korea", "holds_position vo van thuong -> vietnam",
        "visited yoon suk yeol -> vietnam [2023-06-22/2023-06-24]"},
       {"visited vo van thuong", "person yoon$"}},
      // R23 Chancellor = head of government: a state-level post
      {"German Chancellor Olaf Scholz held talks with Prime Minister Pham Minh Chinh in Hanoi on "
       "November 13.",
       "2022-11-14",
       {"met olaf scholz -> pham minh chinh [2022-11-13]", "holds_position olaf scholz -> germany"},
       {"holds_position olaf scholz -> vietnam"}},
      // R24 a participle: "Receiving X, Y said"; a hope to visit is not a visit
      {"Receiving Australian Ambassador Andrew Goledzinowski in Hanoi on May 14, Minister of "
       "Foreign Affairs Bui Thanh Son said he hoped to visit Australia next year.",
       "2024-05-15",
       {"met andrew goledzinowski -> bui thanh son [2024-05-14]",
        "holds_position andrew goledzinowski -> australia"},
       {"visited"}},
      // R25 "received" a UK Foreign Secretary (FCDO)
      {"Prime Minister Pham Minh Chinh received British Foreign Secretary James Cleverly in Hanoi "
       "on August 31.",
       "2023-09-01",
       {"met james cleverly -> pham minh chinh [2023-08-31]",
        "holds_position james cleverly -> foreign commonwealth and development office",
        "part_of foreign commonwealth and development office -> united kingdom"},
       {"holds_position james cleverly -> vietnam"}},
      // R26 Xi Jinping's double title and To Lam's state visit in the same story
      {"General Secretary and President Xi Jinping held talks with Party General Secretary and "
       "State President To Lam in Beijing on August 19, during To Lam's state visit to China from "
       "August 18-20.",
       "2024-08-20",
       {"met to lam -> xi jinping [2024-08-19]", "holds_position xi jinping -> china",
        "holds_position to lam -> vietnam", "visited to lam -> china [2024-08-18/2024-08-20]"},
       {"holds_position xi jinping -> vietnam", "holds_position to lam -> china",
        "visited xi jinping"}},
      // R27 Joe Biden received by the General Secretary; state visit in the next sentence
      {"Party General Secretary Nguyen Phu Trong held talks with US President Joe Biden in Hanoi "
       "on September 10. Biden's state visit to Vietnam on September 10-11 lifted the ties to a "
       "Comprehensive Strategic Partnership.",
       "2023-09-11",
       {"met joe biden -> nguyen phu trong [2023-09-10]",
        "holds_position nguyen phu trong -> vietnam", "holds_position joe biden -> united states",
        "visited joe biden -> vietnam [2023-09-10/2023-09-11]"},
       {"holds_position joe biden -> vietnam", "person biden$", "agreement "}},
      // R28 Russian PM, visit given as a possessive with a range
      {"Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin in "
       "Hanoi on January 15. Mishustin's official visit to Vietnam from January 14-15 was his "
       "first as head of government.",
       "2025-01-16",
       {"met mikhail mishustin -> pham minh chinh [2025-01-15]",
        "holds_position mikhail mishustin -> russia",
        "visited mikhail mishustin -> vietnam [2025-01-14/2025-01-15]"},
       {"visited pham minh chinh", "person mishustin$"}},
      // R29 US Secretary of State; "official visit to Vietnam" with a range
      {"Minister of Foreign Affairs Bui Thanh Son held talks with US Secretary of State Antony "
       "Blinken in Hanoi on April 15. Blinken is on an official visit to Vietnam from April 14-16.",
       "2023-04-16",
       {"met antony blinken -> bui thanh son [2023-04-15]",
        "holds_position antony blinken -> department of state",
        "part_of department of state -> united states",
        "visited antony blinken -> vietnam [2023-04-14/2023-04-16]"},
       {"visited bui thanh son"}},
      // R30 ambassador of Vietnam to a foreign country: the post belongs to the sending state
      {"Vietnamese Ambassador to the United States Nguyen Quoc Dung met with US Trade "
       "Representative Katherine Tai in Washington on March 3.",
       "2022-03-04",
       {"met katherine tai -> nguyen quoc dung [2022-03-03]",
        "holds_position nguyen quoc dung -> vietnam",
        "holds_position katherine tai -> office of the united states trade representative",
        "part_of office of the united states trade representative -> united states"},
       {"holds_position nguyen quoc dung -> united states", "visited"}},
      // R31 Vietnamese ambassador to France with a French minister delegate
      {"Vietnamese Ambassador to France Dinh Toan Thang had a working session with French Minister "
       "Delegate for Foreign Trade Olivier Becht in Paris on March 9.",
       "2023-03-10",
       {"met dinh toan thang -> olivier becht [2023-03-09]",
        "holds_position dinh toan thang -> vietnam",
        "holds_position olivier becht -> ministry for foreign trade",
        "part_of ministry for foreign trade -> france"},
       {"holds_position dinh toan thang -> france", "holds_position olivier becht -> vietnam"}},
      // R32 French ambassador in the KB
      {"Minister of Home Affairs Pham Thi Thanh Tra met French Ambassador Olivier Brochet in Hanoi "
       "on October 4.",
       "2024-10-05",
       {"met olivier brochet -> pham thi thanh tra [2024-10-04]",
        "holds_position olivier brochet -> france",
        "holds_position pham thi thanh tra -> ministry of home affairs"},
       {"holds_position olivier brochet -> vietnam", "visited"}},
      // R33 Minister for Europe and Foreign Affairs, Deputy PM
      {"French Minister for Europe and Foreign Affairs Jean-Yves Le Drian met Deputy Prime "
       "Minister Pham Binh Minh in Paris on March 28.",
       "2019-03-29",
       {"met jean yves le drian -> pham binh minh [2019-03-28]",
        "holds_position jean yves le drian -> ministry for europe and foreign affairs",
        "part_of ministry for europe and foreign affairs -> france",
        "holds_position pham binh minh -> vietnam"},
       {"holds_position pham binh minh -> france"}},
      // R34 a French minister who changed ministries: only the post the article states
      {"French Minister of Justice Gérald Darmanin received Minister of Justice Nguyen Hai Ninh in "
       "Paris on April 22.",
       "2025-04-23",
       {"met gerald darmanin -> nguyen hai ninh [2025-04-22]",
        "holds_position gerald darmanin -> ministry of justice",
        "holds_position nguyen hai ninh -> ministry of justice",
        "part_of ministry of justice -> france"},
       {"holds_position gerald darmanin -> ministry of the interior"}},
      // R35 French agriculture ministry of the period
      {"French Minister of Agriculture and Food Sovereignty Marc Fesneau held talks with Minister "
       "of Agriculture and Rural Development Le Minh Hoan in Paris on February 27.",
       "2023-02-28",
       {"met le minh hoan -> marc fesneau [2023-02-27]",
        "holds_position marc fesneau -> ministry of agriculture and food sovereignty",
        "part_of ministry of agriculture and food sovereignty -> france",
        "holds_position le minh hoan -> ministry of agriculture and rural development",
        "part_of ministry of agriculture and rural development -> vietnam"},
       {}},
      // R36 education ministries of both sides
      {"Minister of Education and Training Nguyen Kim Son had a working session with French "
       "Minister of National Education and Youth Pap Ndiaye in Paris on December 7.",
       "2022-12-08",
       {"met nguyen kim son -> pap ndiaye [2022-12-07]",
        "holds_position nguyen kim son -> ministry of education and training",
        "part_of ministry of education and training -> vietnam",
        "holds_position pap ndiaye -> ministry of national education and youth",
        "part_of ministry of national education and youth -> france"},
       {}},
      // R37 culture; an invitation to visit is not a visit
      {"Minister of Culture, Sports and Tourism Nguyen Van Hung invited French Minister of Culture "
       "Rachida Dati to visit Vietnam at their meeting in Paris on October 5.",
       "2024-10-06",
       {"met nguyen van hung -> rachida dati [2024-10-05]",
        "holds_position nguyen van hung -> ministry of culture sports and tourism",
        "part_of ministry of culture sports and tourism -> vietnam",
        "holds_position rachida dati -> ministry of culture",
        "part_of ministry of culture -> france"},
       {"visited"}},
      // R38 AFD head (KB alias "Phillipe") with the finance minister
      {"Executive Director of the French Development Agency (AFD) Phillipe Orliange had a working "
       "session with Minister of Finance Nguyen Van Thang in Hanoi on November 12.",
       "2024-11-13",
       {"met nguyen van thang -> philippe orliange [2024-11-12]",
        "holds_position philippe orliange -> french development agency",
        "part_of french development agency -> france",
        "holds_position nguyen van thang -> ministry of finance",
        "part_of ministry of finance -> vietnam"},
       {"person phillipe orliange", "ministry afd$"}},
      // R39 "AFD Director General X"
      {"AFD Director General Rémy Rioux met Deputy Prime Minister Tran Hong Ha in Hanoi on April "
       "3.",
       "2024-04-04",
       {"met remy rioux -> tran hong ha [2024-04-03]",
        "holds_position remy rioux -> french development agency",
        "part_of french development agency -> france", "holds_position tran hong ha -> vietnam"},
       {"holds_position remy rioux -> vietnam"}},
      // R41 "Deputy PM" abbreviation
      {"Deputy PM Le Minh Khai received Japanese Ambassador Yamada Takio in Hanoi on February 14.",
       "2023-02-15",
       {"met le minh khai -> yamada takio [2023-02-14]", "holds_position le minh khai -> vietnam",
        "holds_position yamada takio -> japan"},
       {"holds_position yamada takio -> vietnam"}},
      // R42 the long Party title
      {"General Secretary of the Communist Party of Vietnam Central Committee To Lam met French "
       "President Emmanuel Macron at the Elysée Palace in Paris on October 7.",
       "2024-10-08",
       {"met emmanuel macron -> to lam [2024-10-07]", "holds_position to lam -> vietnam",
        "holds_position emmanuel macron -> france"},
       {"ministry communist party", "ministry central committee", "ministry presidency",
        "ministry elysee", "holds_position to lam -> france",
        "holds_position emmanuel macron -> vietnam"}},
      // R44 "General To Lam, Minister of Public Security,"
      {"General To Lam, Minister of Public Security, received US Ambassador Marc Knapper in Hanoi "
       "on April 25.",
       "2022-04-26",
       {"met marc knapper -> to lam [2022-04-25]",
        "holds_position to lam -> ministry of public security",
        "holds_position marc knapper -> united states"},
       {"person general to lam", "holds_position marc knapper -> vietnam"}},

      // R45 honorifics: "Ms." is not part of the name; "Ambassador of Germany to Vietnam" after it
      {"Deputy Minister of Foreign Affairs Le Thi Thu Hang received Ms. Helga Barth, Ambassador of "
       "Germany to Vietnam, in Hanoi on January 18.",
       "2024-01-19",
       {"met helga barth -> le thi thu hang [2024-01-18]", "holds_position helga barth -> germany",
        "holds_position le thi thu hang -> ministry of foreign affairs"},
       {"person ms", "holds_position helga barth -> vietnam"}},
      // --- signing ----------------------------------------------------------------------------
      // R46 "The two ministers signed ..." after a meeting
      {"Minister of Planning and Investment Nguyen Chi Dung held talks with German Minister for "
       "Economic Cooperation and Development Svenja Schulze in Berlin on October 19. The two "
       "ministers signed a memorandum of understanding on green growth cooperation.",
       "2023-10-20",
       {"met nguyen chi dung -> svenja schulze [2023-10-19]",
        "holds_position nguyen chi dung -> ministry of planning and investment",
        "holds_position svenja schulze -> federal ministry for economic cooperation and "
        "development",
        "signed nguyen chi dung -> memorandum of understanding on green growth cooperation*",
        "signed svenja schulze -> memorandum of understanding on green growth cooperation*",
        "party_to ministry of planning and investment -> memorandum of understanding on green*",
        "party_to federal ministry for economic cooperation and development -> memorandum of "
        "understanding on green*"},
       {}},
      // R47 "X and Y signed a memorandum of understanding on ..." with an ambassador
      {"Minister of Agriculture and Rural Development Le Minh Hoan and Indian Ambassador Sandeep "
       "Arya signed a memorandum of understanding on agricultural cooperation in Hanoi on April "
       "10.",
       "2024-04-11",
       {"signed le minh hoan -> memorandum of understanding on agricultural "
        "cooperation*2024-04-10]",
        "signed sandeep arya -> memorandum of understanding on agricultural cooperation*",
        "holds_position le minh hoan -> ministry of agriculture and rural development",
        "holds_position sandeep arya -> india",
        "party_to ministry of agriculture and rural development -> memorandum of understanding*"},
       {"agreement *hanoi"}},
      // R50 passive "was signed by X and Y"
      {"A letter of intent on cybersecurity training was signed by Minister of Public Security "
       "Luong Tam Quang and French Minister of the Interior Bruno Retailleau in Paris on October "
       "7.",
       "2024-10-08",
       {"signed luong tam quang -> letter of intent on cybersecurity training*[2024-10-07]",
        "signed bruno retailleau -> letter of intent on cybersecurity training*[2024-10-07]",
        "holds_position bruno retailleau -> ministry of the interior",
        "part_of ministry of the interior -> france",
        "party_to ministry of public security -> letter of intent on cybersecurity training*",
        "party_to ministry of the interior -> letter of intent on cybersecurity training*"},
       {"agreement *paris"}},
      // R51 "witnessed the signing": no signed edge for the witnesses
      {"Prime Minister Pham Minh Chinh and Japanese Prime Minister Fumio Kishida witnessed the "
       "signing of a memorandum of understanding on semiconductor cooperation in Tokyo on December "
       "16.",
       "2023-12-17",
       {"holds_position fumio kishida -> japan", "holds_position pham minh chinh -> vietnam"},
       {"signed pham minh chinh", "signed fumio kishida"}},
      // R52 "29 cooperative agreements": a count, no agreement node
      {"On the occasion, State President Vo Van Thuong and Japanese Prime Minister Fumio Kishida "
       "witnessed the exchange of 14 cooperation agreements between ministries and localities of "
       "the two countries in Tokyo on November 27.",
       "2023-11-28",
       {"holds_position vo van thuong -> vietnam", "holds_position fumio kishida -> japan"},
       {"agreement ", "signed", "party_to"}},
      // R53 a joint statement signed by two prime ministers: the states are parties
      {"Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony Albanese signed a "
       "joint statement on upgrading ties to a Comprehensive Strategic Partnership in Canberra on "
       "March 7.",
       "2024-03-08",
       {"signed pham minh chinh -> joint statement*[2024-03-07]",
        "signed anthony albanese -> joint statement*[2024-03-07]",
        "party_to vietnam -> joint statement*", "party_to australia -> joint statement*",
        "holds_position anthony albanese -> australia"},
       {"agreement *canberra"}},
      // R54 a cooperation programme with a period
      {"Deputy Minister of Foreign Affairs Le Thi Thu Hang and German Ambassador Helga Barth "
       "signed a cultural cooperation programme for 2024-2026 in Hanoi on January 18.",
       "2024-01-19",
       {"signed le thi thu hang -> *programme*", "signed helga barth -> *programme*",
        "holds_position helga barth -> germany",
        "holds_position le thi thu hang -> ministry of foreign affairs",
        "agreement *programme*2024*2026*"},
       {"agreement *hanoi", "agreement *january"}},
      // R55 "inked" = signed; a dash inside a place name
      {"Minister of Transport Nguyen Van Thang and Japanese Ambassador Yamada Takio inked an "
       "agreement on a yen loan for the Ben Thanh–Suoi Tien metro line in Hanoi on March 20.",
       "2023-03-21",
       {"signed nguyen van thang -> agreement*", "signed yamada takio -> agreement*",
        "holds_position nguyen van thang -> ministry of transport",
        "part_of ministry of transport -> vietnam", "holds_position yamada takio -> japan"},
       {"person ben thanh", "person suoi tien"}},
      // R58 "The two ministries signed": both ministries are parties (the Lao one is Lao)
      {"Minister of Justice Le Thanh Long held talks with Lao Minister of Justice Phayvy "
       "Siboualypha in Vientiane on June 27. The two ministries signed a cooperation agreement for "
       "the 2023-2027 period.",
       "2023-06-28",
       {"met le thanh long -> phayvy siboualypha [2023-06-27]",
        "party_to ministry of justice -> *agreement*", "part_of ministry of justice -> laos",
        "part_of ministry of justice -> vietnam",
        "holds_position phayvy siboualypha -> ministry of justice"},
       {}},
      // R59 an agreement between a ministry and an agency, no people
      {"The Ministry of Agriculture and Rural Development and the French Development Agency signed "
       "a memorandum of understanding on climate-resilient agriculture in Hanoi on November 15.",
       "2023-11-16",
       {"party_to ministry of agriculture and rural development -> memorandum of understanding on "
        "climate resilient agriculture*",
        "party_to french development agency -> memorandum of understanding on climate resilient "
        "agriculture*",
        "part_of french development agency -> france",
        "part_of ministry of agriculture and rural development -> vietnam"},
       {"signed", "agreement *hanoi"}},
      // R61 "X signed ... with Y": both sign
      {"Minister of Industry and Trade Nguyen Hong Dien signed a memorandum of understanding on "
       "energy transition with UK Secretary of State for Business and Trade Kemi Badenoch in "
       "London on June 5.",
       "2023-06-06",
       {"signed nguyen hong dien -> memorandum of understanding on energy transition*",
        "signed kemi badenoch -> memorandum of understanding on energy transition*",
        "holds_position kemi badenoch -> department for business and trade",
        "part_of department for business and trade -> united kingdom",
        "party_to ministry of industry and trade -> memorandum of understanding on energy*"},
       {"agreement *london"}},

      // --- visits -----------------------------------------------------------------------------
      // R62 "paid an official visit to China from X to Y" (range across months)
      {"General Secretary Nguyen Phu Trong paid an official visit to China from October 30 to "
       "November 2.",
       "2022-11-03",
       {"visited nguyen phu trong -> china [2022-10-30/2022-11-02]",
        "holds_position nguyen phu trong -> vietnam"},
       {"holds_position nguyen phu trong -> china"}},
      // R63 "X's state visit to Japan from November 27-30"
      {"State President Vo Van Thuong's state visit to Japan from November 27-30 opened a new "
       "chapter in bilateral ties.",
       "2023-12-01",
       {"visited vo van thuong -> japan [2023-11-27/2023-11-30]",
        "holds_position vo van thuong -> vietnam"},
       {"holds_position vo van thuong -> japan"}},
      // R64 a German president's state visit, possessive, to Vietnam
      {"German President Frank-Walter Steinmeier's state visit to Vietnam from January 23-24 "
       "marked 50 years of diplomatic ties.",
       "2024-01-25",
       {"visited frank walter steinmeier -> vietnam [2024-01-23/2024-01-24]",
        "holds_position frank walter steinmeier -> germany"},
       {"holds_position frank walter steinmeier -> vietnam"}},
      // R65 "The visit to France by X from June 17-19"
      {"The visit to France by Minister of National Defence Phan Van Giang from June 17-19 focused "
       "on defence industry cooperation.",
       "2024-06-20",
       {"visited phan van giang -> france [2024-06-17/2024-06-19]",
        "holds_position phan van giang -> ministry of national defence"},
       {"holds_position phan van giang -> france"}},
      // R66 British style dates: "from 3 to 5 May"
      {"Deputy Prime Minister Tran Luu Quang paid an official visit to the United Kingdom from 3 "
       "to 5 May.",
       "2023-05-06",
       {"visited tran luu quang -> united kingdom [2023-05-03/2023-05-05]",
        "holds_position tran luu quang -> vietnam"},
       {"holds_position tran luu quang -> united kingdom"}},
      // R67 "arrived in Tokyo, beginning a working visit to Japan"
      {"Prime Minister Pham Minh Chinh arrived in Tokyo on December 15, beginning a working visit "
       "to Japan.",
       "2023-12-16",
       {"visited pham minh chinh -> japan*"},
       {"visited pham minh chinh -> vietnam"}},
      // R68 "visited Viet Nam" spelling; a visiting foreign minister
      {"Lao Minister of Foreign Affairs Saleumxay Kommasith visited Viet Nam from February 26-28.",
       "2024-02-29",
       {"visited saleumxay kommasith -> vietnam [2024-02-26/2024-02-28]",
        "holds_position saleumxay kommasith -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> laos"},
       {"country viet nam", "part_of ministry of foreign affairs -> vietnam"}},
      // R69 a scheduled visit is a plan, not a visit; "Deputy Foreign Minister" gets the ministry
      {"Prime Minister Pham Minh Chinh is scheduled to pay an official visit to India later this "
       "year, Deputy Foreign Minister Do Hung Viet told reporters on June 3.",
       "2024-06-04",
       {"holds_position pham minh chinh -> vietnam",
        "holds_position do hung viet -> ministry of foreign affairs"},
       {"visited"}},
      // R70 an announced future visit is a plan, not a visit
      {"Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam from January "
       "5-6, the Ministry of Foreign Affairs announced on January 3.",
       "2025-01-03",
       {"holds_position sonexay siphandone -> laos"},
       {"visited"}},
      // R71 an accepted invitation is still not a visit
      {"State President Vo Van Thuong invited Japanese Prime Minister Fumio Kishida to visit "
       "Vietnam, and Kishida accepted the invitation with pleasure.",
       "2023-11-29",
       {"holds_position fumio kishida -> japan"},
       {"visited", "person kishida$"}},
      // R72 a visit introduced by a secretary of state of a French delegate ministry
      {"French Secretary of State for Development, Francophonie and International Partnerships "
       "Chrysoula Zacharopoulou visited Vietnam from March 28-30.",
       "2023-03-31",
       {"visited chrysoula zacharopoulou -> vietnam [2023-03-28/2023-03-30]",
        "holds_position chrysoula zacharopoulou -> ministry for francophonie and international "
        "partnerships",
        "part_of ministry for francophonie and international partnerships -> france"},
       {}},
      // R73 a visit with a Lao prime minister, dates "on January 5-6"
      {"Lao Prime Minister Sonexay Siphandone paid an official visit to Vietnam on January 5-6.",
       "2023-01-07",
       {"visited sonexay siphandone -> vietnam [2023-01-05/2023-01-06]",
        "holds_position sonexay siphandone -> laos"},
       {"holds_position sonexay siphandone -> vietnam"}},

      // --- messy input --------------------------------------------------------------------------
      // R74 glued words around the second person (withFrench ... Darmaninon November 4)
      {"Deputy Minister of Public Security Luong Tam Quang held talks withFrench Minister of the "
       "Interior Gérald Darmaninon November 4 in Paris.",
       "2021-11-05",
       {"met gerald darmanin -> luong tam quang [2021-11-04]",
        "holds_position gerald darmanin -> ministry of the interior",
        "part_of ministry of the interior -> france",
        "holds_position luong tam quang -> ministry of public security"},
       {"person gerald darmaninon", "person withfrench", "person darmaninon"}},
      // R75 glued "Informationand"
      {"Vietnamese Minister of Informationand Communications Nguyen Manh Hung received Indian "
       "Ambassador Sandeep Arya in Hanoi on February 22.",
       "2024-02-23",
       {"met nguyen manh hung -> sandeep arya [2024-02-22]",
        "holds_position nguyen manh hung -> ministry of information and communications",
        "part_of ministry of information and communications -> vietnam",
        "holds_position sandeep arya -> india"},
       {"person informationand"}},
      // R76 glued "officialvisit": still a visit
      {"Minister of Finance Ho Duc Phoc held talks with US Treasury Secretary Janet Yellen in "
       "Hanoi on July 21 during Yellen's officialvisit to Vietnam.",
       "2023-07-22",
       {"met ho duc phoc -> janet yellen [2023-07-21]",
        "holds_position ho duc phoc -> ministry of finance",
        "holds_position janet yellen -> department of the treasury",
        "part_of department of the treasury -> united states", "visited janet yellen -> vietnam*"},
       {"person officialvisit", "visited ho duc phoc"}},
      // R77 glued "ane-government" inside an agreement topic
      {"Minister of Information and Communications Nguyen Manh Hung and French Ambassador Olivier "
       "Brochet signed a letter of intent on building ane-government platform in Hanoi on May 8.",
       "2024-05-09",
       {"signed nguyen manh hung -> letter of intent*",
        "signed olivier brochet -> letter of intent*", "holds_position olivier brochet -> france",
        "party_to ministry of information and communications -> letter of intent*"},
       {"person ane", "country ane"}},
      // R78 lead sentence repeated as a caption and once more after the dateline: one fact
      {"Deputy Prime Minister Tran Luu Quang received Chinese Ambassador Xiong Bo in Hanoi on May "
       "18.\n"
       "Deputy Prime Minister Tran Luu Quang receives Chinese Ambassador Xiong Bo. (Photo: VNA)\n"
       "Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang received Chinese Ambassador Xiong Bo in "
       "Hanoi on May 18.",
       "2023-05-19",
       {"once:met tran luu quang -> xiong bo*", "met tran luu quang -> xiong bo [2023-05-18]",
        "holds_position tran luu quang -> vietnam", "holds_position xiong bo -> china"},
       {"person photo", "person hanoi", "ministry vietnam news agency", "ministry vna",
        "holds_position xiong bo -> vietnam"}},
      // R79 a typo in a KB name (Jean-Vicent Placé = Jean-Vincent Placé)
      {"French Minister of State for State Reform and Simplification Jean-Vicent Placé met with "
       "Minister of Home Affairs Le Vinh Tan in Paris on June 14.",
       "2016-06-15",
       {"met jean vincent place -> le vinh tan [2016-06-14]",
        "holds_position jean vincent place -> secretariat of state for state reform and "
        "simplification",
        "part_of secretariat of state for state reform and simplification -> france",
        "holds_position le vinh tan -> ministry of home affairs"},
       {"person jean vicent place"}},
      // R80 curly quotes, en dash dateline, possessives with curly apostrophes
      {"Hanoi (VNA) – Vietnam’s Minister of Industry and Trade Nguyen Hong Dien on April 12 "
       "received Japan’s Ambassador Ito Naoki, who said Japan’s “top priority” is supply-chain "
       "resilience.",
       "2024-04-13",
       {"met ito naoki -> nguyen hong dien [2024-04-12]",
        "holds_position nguyen hong dien -> ministry of industry and trade",
        "holds_position ito naoki -> japan"},
       {"person hanoi", "person vna", "ministry vna", "person top priority"}},
      // R81 a dateline naming a foreign city
      {"Tokyo (VNA) – Minister of Foreign Affairs Bui Thanh Son met Japanese Minister for Foreign "
       "Affairs Yoko Kamikawa on February 28.",
       "2024-02-29",
       {"met bui thanh son -> yoko kamikawa [2024-02-28]",
        "holds_position yoko kamikawa -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> japan"},
       {"person tokyo", "visited yoko kamikawa", "holds_position yoko kamikawa -> vietnam"}},
      // R82 related-news lines after the story: no links between the story's people and them
      {"Minister of Health Dao Hong Lan received Australian Ambassador Andrew Goledzinowski in "
       "Hanoi on September 6.\n"
       "China, Laos pledge to boost health cooperation\n"
       "Russian Deputy Prime Minister Tatyana Golikova visited Cambodia on September 2.",
       "2023-09-07",
       {"met andrew goledzinowski -> dao hong lan [2023-09-06]",
        "visited tatyana golikova -> cambodia*", "holds_position tatyana golikova -> russia"},
       {"holds_position dao hong lan -> china", "holds_position dao hong lan -> laos",
        "holds_position dao hong lan -> russia", "holds_position dao hong lan -> cambodia",
        "holds_position andrew goledzinowski -> russia", "visited dao hong lan",
        "visited andrew goledzinowski", "met dao hong lan -> tatyana golikova",
        "met andrew goledzinowski -> tatyana golikova",
        "holds_position tatyana golikova -> vietnam",
        "holds_position tatyana golikova -> australia"}},
      // R83 related news about a Vietnamese official abroad does not touch the story's people
      {"Minister of Education and Training Nguyen Kim Son received Japanese Ambassador Ito Naoki "
       "in Hanoi on October 24.\n"
       "Deputy Prime Minister Tran Hong Ha paid a working visit to Brazil from October 20-22.",
       "2024-10-25",
       {"met ito naoki -> nguyen kim son [2024-10-24]",
        "visited tran hong ha -> brazil [2024-10-20/2024-10-22]"},
       {"visited nguyen kim son", "visited ito naoki", "met nguyen kim son -> tran hong ha",
        "met ito naoki -> tran hong ha", "holds_position ito naoki -> brazil"}},
      // R84 a bare given name that resolves to nobody
      {"Minister of Industry and Trade Nguyen Hong Dien met Japanese Ambassador Ito Naoki in Hanoi "
       "on June 6. Both sides agreed on the need for closer supply-chain links, Nghia said.",
       "2024-06-07",
       {"met ito naoki -> nguyen hong dien [2024-06-06]"},
       {"person nghia$", "met ito naoki -> nghia", "met nghia"}},
      // R85 party organs are not ministries
      {"Head of the Party Central Committee's Commission for External Relations Le Hoai Trung "
       "received a delegation of the Communist Party of China in Hanoi on April 2.",
       "2023-04-03",
       {"person le hoai trung"},
       {"ministry ", "part_of", "holds_position le hoai trung -> china"}},
      // R86 legislatures are not ministries
      {"National Assembly Chairman Tran Thanh Man held talks with President of the Lao National "
       "Assembly Saysomphone Phomvihane in Hanoi on October 30.",
       "2024-10-31",
       {"met saysomphone phomvihane -> tran thanh man [2024-10-30]"},
       {"ministry ", "part_of", "holds_position tran thanh man -> laos",
        "holds_position saysomphone phomvihane -> vietnam"}},
      // R87 news agencies are not ministries
      {"Vietnam News Agency General Director Vu Viet Trang received Xinhua News Agency President "
       "Fu Hua in Hanoi on September 12.",
       "2024-09-13",
       {"met fu hua -> vu viet trang [2024-09-12]"},
       {"ministry ", "part_of", "holds_position fu hua -> china",
        "holds_position fu hua -> vietnam", "holds_position vu viet trang -> vietnam$"}},
      // R88 "Vietnam–China relations": countries, not a person or a body
      {"Deputy Prime Minister Tran Luu Quang said Vietnam–China relations were developing well "
       "when he received Chinese Ambassador Xiong Bo in Hanoi on February 7.",
       "2024-02-08",
       {"met tran luu quang -> xiong bo [2024-02-07]", "country china", "country vietnam"},
       {"person vietnam", "person china", "ministry ", "agreement ",
        "holds_position tran luu quang -> china"}},
      // R89 a headline-like line "Vietnam, Japan boost ..." then the story
      {"Vietnam, Japan boost cooperation in climate change response\n"
       "Deputy Prime Minister Tran Hong Ha held talks with Japanese Minister for Foreign Affairs "
       "Yoko Kamikawa in Tokyo on May 8.",
       "2024-05-09",
       {"met tran hong ha -> yoko kamikawa [2024-05-08]", "country japan", "country vietnam"},
       {"person vietnam", "person japan", "person vietnam japan"}},
      // R90 Vietnamese diacritics in an English story
      {"Prime Minister Phạm Minh Chính received Chinese Ambassador Xiong Bo in Hanoi on March 1.",
       "2024-03-02",
       {"met pham minh chinh -> xiong bo [2024-03-01]",
        "holds_position pham minh chinh -> vietnam"},
       {}},
      // R91 a missing space after a full stop before a short reference
      {"Minister of Home Affairs Pham Thi Thanh Tra received Japanese Ambassador Ito Naoki in "
       "Hanoi on May 5.Tra proposed exchanges of young civil servants.",
       "2024-05-06",
       {"met ito naoki -> pham thi thanh tra [2024-05-05]"},
       {"person tra$", "person tra proposed"}},

      // --- dates ------------------------------------------------------------------------------
      // R92 December event reported in January: the year before publication
      {"Minister of Foreign Affairs Bui Thanh Son received Russian Ambassador Gennady Bezdetko in "
       "Hanoi on December 30.",
       "2025-01-03",
       {"met bui thanh son -> gennady bezdetko [2024-12-30]",
        "holds_position gennady bezdetko -> russia"},
       {"met bui thanh son -> gennady bezdetko [2025"}},
      // R93 an explicit year in the text, no metadata
      {"On March 15, 2019, Minister of Foreign Affairs Pham Binh Minh held talks with Cambodian "
       "Deputy Prime Minister and Foreign Minister Prak Sokhonn in Hanoi.",
       "",
       {"met pham binh minh -> prak sokhonn [2019-03-15]",
        "holds_position pham binh minh -> ministry of foreign affairs",
        "holds_position prak sokhonn -> cambodia",
        "holds_position prak sokhonn -> ministry of foreign affairs and international cooperation",
        "part_of ministry of foreign affairs and international cooperation -> cambodia"},
       {"holds_position prak sokhonn -> vietnam"}},
      // R94 no year anywhere: tenures leave only 2024 (Kamikawa, 2023-09-13 to 2024-10-01)
      {"Minister of Foreign Affairs Bui Thanh Son held talks with Japanese Minister for Foreign "
       "Affairs Yoko Kamikawa in Tokyo on March 5.",
       "",
       {"met bui thanh son -> yoko kamikawa [2024-03-05?]"},
       {}},
      // R95 no year anywhere: tenures leave only 2020 (Suga PM from 2020-09-16, Phuc PM to 2021-04)
      {"Prime Minister Nguyen Xuan Phuc received Japanese Prime Minister Yoshihide Suga in Hanoi "
       "on October 19.",
       "",
       {"met nguyen xuan phuc -> yoshihide suga [2020-10-19?]",
        "holds_position yoshihide suga -> japan", "holds_position nguyen xuan phuc -> vietnam"},
       {}},
      // R96 no year anywhere: several years fit, the year stays unknown
      {"Minister of Industry and Trade Nguyen Hong Dien received US Secretary of Commerce Gina "
       "Raimondo in Hanoi on September 10.",
       "",
       {"met gina raimondo -> nguyen hong dien [XXXX-09-10]"},
       {"met gina raimondo -> nguyen hong dien [20"}},
      // R97 a visit range whose year the tenures cannot settle (Quang president 2016-2018)
      {"State President Tran Dai Quang paid a state visit to Japan from May 29 to June 2.",
       "",
       {"visited tran dai quang -> japan [XXXX-05-29/XXXX-06-02]",
        "holds_position tran dai quang -> vietnam"},
       {}},
      // R98 "yesterday" relative to the publication date
      {"Minister of Health Dao Hong Lan yesterday received Japanese Ambassador Ito Naoki in Hanoi.",
       "2024-05-10",
       {"met dao hong lan -> ito naoki [2024-05-09]"},
       {}},
      // R99 part of the day before the date ("on the afternoon of June 12")
      {"Minister of Science and Technology Huynh Thanh Dat received Indian Ambassador Sandeep Arya "
       "in Hanoi on the afternoon of June 12.",
       "2024-06-13",
       {"met huynh thanh dat -> sandeep arya [2024-06-12]",
        "holds_position huynh thanh dat -> ministry of science and technology",
        "part_of ministry of science and technology -> vietnam"},
       {}},
      // R100 British day-month order
      {"Minister of Transport Nguyen Van Thang held talks with British Ambassador Iain Frew in "
       "Hanoi on 21 November.",
       "2023-11-22",
       {"met iain frew -> nguyen van thang [2023-11-21]",
        "holds_position nguyen van thang -> ministry of transport"},
       {}},
      // R101 the year given by a dateline-like explicit year in an earlier sentence; "he" = the
      // person named in the previous sentence
      {"In 2022, Deputy Prime Minister Le Van Thanh led a delegation to Japan. On June 8, he held "
       "talks with Japanese Prime Minister Fumio Kishida in Tokyo.",
       "",
       {"met fumio kishida -> le van thanh [2022-06-08]", "holds_position le van thanh -> vietnam"},
       {}},
      // R102 a Lao agreement with its period; a count of documents is not an agreement
      {"Minister of Finance Ho Duc Phoc and Lao Minister of Finance Santiphab Phomvihane signed a "
       "cooperation agreement for 2023-2027 and witnessed the exchange of 5 other documents in "
       "Vientiane on August 11.",
       "2023-08-12",
       {"signed ho duc phoc -> *agreement*", "signed santiphab phomvihane -> *agreement*",
        "holds_position ho duc phoc -> ministry of finance",
        "holds_position santiphab phomvihane -> ministry of finance",
        "part_of ministry of finance -> laos", "once:agreement *"},
       {"agreement *documents", "agreement *august"}},
      // R103 countries as the signing subjects: the states are parties
      {"Vietnam and Cambodia signed an agreement on land border management in Phnom Penh on "
       "December 12.",
       "2023-12-13",
       {"party_to vietnam -> agreement on land border management*",
        "party_to cambodia -> agreement on land border management*"},
       {"signed", "person vietnam", "person cambodia"}},
      // R104 "received visiting X": the guest is on a visit
      {"State President Luong Cuong received visiting Singaporean Prime Minister Lawrence Wong in "
       "Hanoi on November 4.",
       "2024-11-05",
       {"met lawrence wong -> luong cuong [2024-11-04]", "visited lawrence wong -> vietnam*",
        "holds_position lawrence wong -> singapore", "holds_position luong cuong -> vietnam"},
       {"visited luong cuong"}},
      // --- more shapes -------------------------------------------------------------------------
      // R105 vice presidents are state-level posts
      {"Vice President Vo Thi Anh Xuan held talks with Indian Vice President Jagdeep Dhankhar in "
       "New Delhi on August 6.",
       "2024-08-07",
       {"met jagdeep dhankhar -> vo thi anh xuan [2024-08-06]",
        "holds_position vo thi anh xuan -> vietnam", "holds_position jagdeep dhankhar -> india"},
       {"holds_position jagdeep dhankhar -> vietnam", "holds_position vo thi anh xuan -> india"}},
      // R106 a KB alias spelling (Sergei = Sergey Lavrov) and a double Vietnamese title
      {"Russian Minister of Foreign Affairs Sergei Lavrov held talks with Deputy Prime Minister "
       "and Minister of Foreign Affairs Bui Thanh Son in Moscow on December 3.",
       "2024-12-04",
       {"met bui thanh son -> sergey lavrov [2024-12-03]",
        "holds_position sergey lavrov -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> russia", "holds_position bui thanh son -> vietnam",
        "holds_position bui thanh son -> ministry of foreign affairs"},
       {"person sergei lavrov", "holds_position sergey lavrov -> vietnam"}},
      // R107 a hyphenated Korean name
      {"South Korean Minister of Foreign Affairs Cho Tae-yul met Minister of Foreign Affairs Bui "
       "Thanh Son in Seoul on June 21.",
       "2024-06-22",
       {"met bui thanh son -> cho tae yul [2024-06-21]",
        "holds_position cho tae yul -> ministry of foreign affairs",
        "part_of ministry of foreign affairs -> south korea"},
       {"person cho$", "person tae yul"}},
      // R108 the country after the title ("Prime Minister X of India")
      {"Prime Minister Narendra Modi of India held talks with Prime Minister Pham Minh Chinh in "
       "New Delhi on August 1.",
       "2024-08-02",
       {"met narendra modi -> pham minh chinh [2024-08-01]",
        "holds_position narendra modi -> india", "holds_position pham minh chinh -> vietnam"},
       {"holds_position narendra modi -> vietnam", "holds_position pham minh chinh -> india"}},
      // --- rows of 2026-12-03: classes of error seen on unseen-style articles ------------------
      // R109 a counterpart's body is the one the KB says they held, not the oldest of that name
      {"Minister of National Defence Phan Van Giang held talks with his French counterpart "
       "Sebastien Lecornu in Hanoi on May 5.",
       "2024-05-06",
       {"met phan van giang -> sebastien lecornu [2024-05-05]",
        "holds_position sebastien lecornu -> ministry of the armed forces"},
       {"holds_position sebastien lecornu -> ministry of defence", "ministry ministry of defence"}},
      // R110 an organisation between the title and the name is a complement, not a name
      {"General Secretary of the Lao People's Revolutionary Party Central Committee Thongloun "
       "Sisoulith received Vietnamese Ambassador Nguyen Minh Tam in Vientiane on May 10.",
       "2024-05-11",
       {"met nguyen minh tam -> thongloun sisoulith [2024-05-10]", "person thongloun sisoulith"},
       {"person central committee", "person lao", "person revolutionary"}},
      // R111 the same with a committee of a party written out before a Vietnamese name
      {"Vietnam and Cuba agreed to deepen ties during talks between General Secretary of the CPV "
       "Central Committee To Lam and Cuban President Miguel Diaz-Canel in Havana on September 20.",
       "2024-09-21",
       {"met miguel diaz canel -> to lam [2024-09-20]", "person to lam"},
       {"person central committee", "person cpv"}},
      // R112 "when meeting": a gerund frame after the speech verb
      {"Minister of Justice Nguyen Hai Ninh said on October 8 when meeting French Minister of "
       "Justice Didier Migaud in Paris that the two ministries would work together.",
       "2024-10-09",
       {"met didier migaud -> nguyen hai ninh [2024-10-08]"},
       {}},
      // R113 a weekday resolves against the publication date (the nearest such day before it)
      {"Minister of National Defence Phan Van Giang held talks with French Minister of the Armed "
       "Forces Sebastien Lecornu in Hanoi on Sunday.",
       "2024-05-07",
       {"met phan van giang -> sebastien lecornu [2024-05-05]"},
       {}},
      // R114 a page date line at the top of the story, then a weekday
      {"Monday, May 6, 2024\nMinister of National Defence Phan Van Giang held talks with French "
       "Minister of the Armed Forces Sebastien Lecornu in Hanoi on Sunday.",
       "",
       {"met phan van giang -> sebastien lecornu [2024-05-05]"},
       {}},
      // R115 a plural pronoun: the visitors of the previous sentence, not the host at home
      {"French Minister of the Armed Forces Sebastien Lecornu held talks with Minister of "
       "National Defence Phan Van Giang in Hanoi on May 5. They are visiting Vietnam to attend "
       "a ceremony.",
       "2024-05-06",
       {"visited sebastien lecornu -> vietnam [2024-05-05]"},
       {"visited phan van giang"}},
      // R116 "the latter's visit": the last person named before it
      {"Minister of Foreign Affairs Bui Thanh Son held talks with his Australian counterpart "
       "Penny Wong on June 27 as part of the latter's official visit to Vietnam.",
       "2022-06-28",
       {"visited penny wong -> vietnam*"},
       {"visited bui thanh son"}},
      // R117 a named instrument from the gazetteer: one node, its parties
      {"Minister of Industry and Trade Nguyen Hong Dien said the EU-Vietnam Free Trade Agreement "
       "(EVFTA) has boosted exports since 2020.",
       "2023-03-01",
       {"agreement eu vietnam free trade agreement", "party_to vietnam -> eu vietnam free trade agreement [2019-06-30]"},
       {"signed"}},
      // R119 an unknown name opening the sentence, its post after it (an organisation first)
      {"Peteris Vilks, European Commission Deputy Director for Asia, said the grants would "
       "help coastal provinces adapt to climate change.",
       "2024-03-16",
       {"person peteris vilks"},
       {"person peter$", "person european commission"}},
      // R120 a name ending in "is"/"as" is not split as a name glued to a verb
      {"Minister of Foreign Affairs Bui Thanh Son received Latvian Ambassador Peteris Vilks and "
       "French Ambassador Olivier Brochet in Hanoi on May 2.",
       "2024-05-03",
       {"met bui thanh son -> peteris vilks [2024-05-02]", "person peteris vilks"},
       {"person peter$", "person peter is"}},
      // R121 talks in a city: the guest from abroad visited its country; the ambassador did not
      {"Deputy Prime Minister Pham Binh Minh and Japanese FM Motegi Toshimitsu held talks in "
       "Hanoi on January 6.",
       "2020-01-07",
       {"met pham binh minh -> toshimitsu motegi [2020-01-06]",
        "visited toshimitsu motegi -> vietnam [2020-01-06]"},
       {"visited pham binh minh"}},
      // R122 a date between the verb and its object
      {"Defence Minister Phan Van Giang hosted a reception on June 3 for US Ambassador to Vietnam "
       "Marc Knapper.",
       "2022-06-04",
       {"met marc knapper -> phan van giang [2022-06-03]"},
       {"visited marc knapper"}},
      // R123 an abbreviation the article defines names the body later; bodies sign with bodies;
      //      a kind of agreements in the plural is one node
      {"The Vietnamese Ministry of Finance (MoF) and the French Development Agency (AFD) held a "
       "ceremony in Hanoi on March 15. On December 29, 2023, the MoF signed loan agreements with "
       "AFD for two projects.",
       "2024-03-16",
       {"party_to ministry of finance -> loan agreements* [2023-12-29]",
        "party_to french development agency -> loan agreements* [2023-12-29]"},
       {"signed ", "ministry mof"}},
      // R124 an instrument glued to its verb
      {"Deputy Minister Vo Thanh Hung attended the exchange of the agreementsigned by the "
       "Vietnamese Ministry of Finance and the French Development Agency in Hanoi on March 15.",
       "2024-03-16",
       {"party_to ministry of finance -> agreement*", "party_to french development agency -> agreement*"},
       {"agreement agreementsigned"}},
      // R118 "had a talk with" in agency English
      {"Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung had a talk with German "
       "Federal Minister of Labour and Social Affairs Hubertus Heil in Berlin on April 2.",
       "2023-04-03",
       {"met dao ngoc dung -> hubertus heil [2023-04-02]"},
       {}},
      // R125 "the new ambassador": the meeting falls in the first year of the post (Osius from
      //      2014-12?), which leaves one year of those the tenures allow
      {"Deputy Prime Minister Pham Binh Minh received US Ambassador Ted Osius in Hanoi on March 4. "
       "Minh congratulated the new ambassador on taking up his post.",
       "",
       {"met pham binh minh -> ted osius [2015-03-04?]"},
       {"met pham binh minh -> ted osius [XXXX"}},
      // R126 the same meeting without "new": 2015, 2016 and 2017 all fit, the year stays unknown
      {"Deputy Prime Minister Pham Binh Minh received US Ambassador Ted Osius in Hanoi on March 4.",
       "",
       {"met pham binh minh -> ted osius [XXXX-03-04]"},
       {"met pham binh minh -> ted osius [20"}},
      // R128 a middle name the KB leaves out (or gives as an initial) is the same person
      {"Minister of Foreign Affairs Bui Thanh Son held talks with US Secretary of State Antony "
       "John Blinken in Hanoi on April 15, 2023.",
       "",
       {"met antony blinken -> bui thanh son [2023-04-15]"},
       {"person antony john blinken"}},
      // R129 ... but never for a Vietnamese name, whose middle names tell people apart
      {"Minister of Foreign Affairs Bui Thanh Son met Deputy Minister of Public Security To Van "
       "Lam in Hanoi on April 15, 2023.",
       "",
       {"person to van lam"},
       {"person to lam"}},
      // R130 "the President of <agency> (<its name>), <name>": the bracket glosses the agency; the
      //      title is the agency's, not the state's, and not another president of the story
      {"An agreement on space research was signed by CNES President Jean-Yves Le Gall and the "
       "President of VAST (the Vietnam Academy of Science and Technology), Prof. Chau Van Minh, in "
       "Hanoi on September 6, 2016.",
       "",
       {"signed jean yves le gall -> agreement on space research* [2016-09-06]",
        "signed chau van minh -> agreement on space research* [2016-09-06]",
        "holds_position chau van minh -> vietnam academy of science and technology",
        "holds_position jean yves le gall -> national centre for space studies"},
       {"holds_position jean yves le gall -> vietnam academy", "holds_position chau van minh -> vietnam [",
        "person prof"}},
      // R131 "X, President of <agency>,": the agency's president, not the state's
      {"The agreement on space research was signed by Jean-Yves Le Gall, President of CNES, and "
       "Chau Van Minh in Hanoi on September 6, 2016.",
       "",
       {"holds_position jean yves le gall -> national centre for space studies",
        "signed jean yves le gall -> agreement on space research* [2016-09-06]",
        "signed chau van minh -> agreement on space research* [2016-09-06]"},
       {"holds_position jean yves le gall -> france"}},
      // R132 an organisation's post written before the name, of a body the KB does not know,
      //      whose name holds a city: the person's country is the city's
      {"Deputy Minister of Education and Training Nguyen Van Phuc and Deputy Director General of "
       "the Lyon Chamber of Commerce and Industry Pierre Durand co-chaired a meeting in Lyon on "
       "July 11, 2023.",
       "",
       {"met nguyen van phuc -> pierre durand [2023-07-11]",
        "holds_position pierre durand -> lyon chamber of commerce and industry"},
       {"person deputy", "person lyon"}},
      // R133 a headline's plain "cooperation agreement", then the story's fuller name of it: one
      //      agreement, named the fuller way; a later plain mention is the same one
      {"Ministry of Health and AFD sign cooperation agreement\n"
       "The Ministry of Health and the French Development Agency (AFD) signed a hospital "
       "cooperation agreement in Hanoi on March 15, 2024. A cooperation agreement of this kind "
       "was first signed in 2010.",
       "",
       {"once:agreement *", "agreement hospital cooperation agreement"},
       {"agreement cooperation agreement"}},
      // R134 ... but two fuller names are two agreements
      {"Ministry of Health and AFD sign cooperation agreement\n"
       "The Ministry of Health and the French Development Agency (AFD) signed a hospital "
       "cooperation agreement in Hanoi on March 15, 2024. The next day, the Ministry of Health "
       "and AFD signed a vaccine cooperation agreement.",
       "",
       {"agreement hospital cooperation agreement", "agreement vaccine cooperation agreement"},
       {}},
      // R135 "A met with B and signed X": A signs too
      {"Minister of Health Dao Hong Lan met with French Ambassador Olivier Brochet and signed a "
       "memorandum of understanding on health cooperation in Hanoi on June 5, 2023.",
       "",
       {"signed dao hong lan -> memorandum of understanding on health cooperation* [2023-06-05]",
        "signed olivier brochet -> memorandum of understanding on health cooperation*"},
       {}},
      // R136 the same agreements signed twice in the story: the dated signing dates them
      {"The Ministry of Finance (MoF) and the French Development Agency (AFD) held a ceremony in "
       "Hanoi on March 15. Provincial representatives and the MoF also signed loan agreements on "
       "the occasion. On December 29, 2023, the MoF signed loan agreements with AFD for the two "
       "projects.",
       "2024-03-16",
       {"party_to ministry of finance -> loan agreements* [2023-12-29]"},
       {"party_to ministry of finance -> loan agreements* [2024"}},
      // R137 condolences for a death the KB dates (Tran Dai Quang, 2018-09-21): the talks come
      //      within weeks of it, which leaves 2018 of the years the tenures allow (2016-2019)
      {"On September 25, Prime Minister Nguyen Xuan Phuc held talks with Japanese Prime Minister "
       "Shinzo Abe in Tokyo. Abe offered his condolences over the passing of the late President "
       "Tran Dai Quang.",
       "",
       {"met nguyen xuan phuc -> shinzo abe [2018-09-25?]"},
       {"met nguyen xuan phuc -> shinzo abe [XXXX"}},
      // R138 "the late" without condolences: only after the death (2018 or 2019 remain)
      {"On September 25, Prime Minister Nguyen Xuan Phuc held talks with Japanese Prime Minister "
       "Shinzo Abe in Tokyo. They recalled the visit of the late President Tran Dai Quang.",
       "",
       {"met nguyen xuan phuc -> shinzo abe [XXXX-09-25]"},
       {"met nguyen xuan phuc -> shinzo abe [20"}},
      // R127 "newly appointed" before the country and the title
      {"On March 4, Deputy Prime Minister Pham Binh Minh received newly appointed US Ambassador Ted "
       "Osius in Hanoi.",
       "",
       {"met pham binh minh -> ted osius [2015-03-04?]"},
       {}},
  };
  return rows;
}

// ------------------------------------------------------------------------------------------------
// Rows the extractor gets wrong today; each has a one-line diagnosis.
const std::vector<Row>& PendingRows() {
  static const std::vector<Row> rows = {
      // R40 a minister outside the KB with a ministry outside the KB (Singapore environment)
      // PENDING: Grace Fu's ministry is labelled "ministry of sustainability ...", not "for"
      {"Vietnamese Minister of Natural Resources and Environment Dang Quoc Khanh met Singaporean "
       "Minister for Sustainability and the Environment Grace Fu in Singapore on April 17.",
       "2024-04-18",
       {"met dang quoc khanh -> grace fu [2024-04-17]",
        "holds_position dang quoc khanh -> ministry of natural resources and environment",
        "holds_position grace fu -> ministry for sustainability and the environment",
        "part_of ministry for sustainability and the environment -> singapore"},
       {"part_of ministry for sustainability and the environment -> vietnam"}},
      // R43 a general of the army, title after the name, and an unknown rank word
      // PENDING: apposition "X, Chief of ... and Deputy Minister of ...,": X gets no holds_position
      {"Senior Lieutenant General Nguyen Tan Cuong, Chief of the General Staff and Deputy Minister "
       "of National Defence, met Chinese Minister of National Defense Admiral Dong Jun in Beijing "
       "on August 20.",
       "2024-08-21",
       {"met dong jun -> nguyen tan cuong [2024-08-20]",
        "holds_position nguyen tan cuong -> ministry of national defence",
        "holds_position dong jun -> ministry of national defense",
        "part_of ministry of national defense -> china"},
       {"person admiral", "person senior", "ministry general staff"}},
      // R48 passive "was signed between" two ministries, no signatories named
      // PENDING: passive "was signed between A and the Japanese B": only A (Vietnam's) is party_to
      {"A memorandum of understanding on health cooperation was signed between the Vietnamese "
       "Ministry of Health and the Japanese Ministry of Health, Labour and Welfare in Tokyo on "
       "July 10.",
       "2023-07-11",
       {"party_to ministry of health -> memorandum of understanding on health cooperation*",
        "party_to ministry of health labour and welfare -> memorandum of understanding on health*",
        "part_of ministry of health -> vietnam",
        "part_of ministry of health labour and welfare -> japan"},
       {"signed", "part_of ministry of health labour and welfare -> vietnam"}},
      // R49 "an MoU signed between X and Y" (abbreviation, reduced relative clause)
      // PENDING: reduced relative "an MoU signed between A and B": no agreement, no party_to
      {"Minister of Public Security Luong Tam Quang attended a ceremony in Paris on October 7 to "
       "witness an MoU signed between the Ministry of Public Security and the French Ministry of "
       "the Interior on cybercrime prevention.",
       "2024-10-08",
       {"party_to ministry of public security -> *", "party_to ministry of the interior -> *",
        "part_of ministry of the interior -> france",
        "holds_position luong tam quang -> ministry of public security"},
       {"signed luong tam quang"}},
      // R56 signatories "on behalf of" their governments
      // PENDING: passive "signed ... by X on behalf of ... and Y on behalf of ...": no agreement
      {"An agreement on consular cooperation was signed in Hanoi on May 9 by Deputy Minister of "
       "Foreign Affairs Nguyen Minh Vu on behalf of the Vietnamese Government and US Ambassador "
       "Marc Knapper on behalf of the United States.",
       "2023-05-10",
       {"signed nguyen minh vu -> agreement on consular cooperation*",
        "signed marc knapper -> agreement on consular cooperation*",
        "party_to vietnam -> agreement on consular cooperation*",
        "party_to united states -> agreement on consular cooperation*",
        "holds_position marc knapper -> united states"},
       {"ministry government", "ministry vietnamese government"}},
      // R57 "the countries' letter of intent" signed with a full date: the states are parties
      // PENDING: relative "letter ... that was signed": agreement found, no parties, so no party_to
      {"Minister of Construction Nguyen Thanh Nghi and French Ambassador Olivier Brochet reviewed "
       "the implementation of the countries’ letter of intent on sustainable urban development "
       "that was signed in Hanoi on May 12, 2022.",
       "2024-03-15",
       {"party_to vietnam -> letter of intent on sustainable urban development*[2022-05-12]",
        "party_to france -> letter of intent on sustainable urban development*[2022-05-12]",
        "holds_position nguyen thanh nghi -> ministry of construction"},
       {"signed nguyen thanh nghi", "signed olivier brochet"}},
      // R60 a photo caption in the present tense repeats the signing: one agreement, one edge each
      // PENDING: a ministry outside the KB swallows the given names after it ("... Jose Angel")
      {"Minister of Health Dao Hong Lan and Cuban Minister of Public Health José Angel Portal "
       "Miranda signed a memorandum of understanding on pharmaceutical cooperation in Havana on "
       "September 19.\n"
       "Minister of Health Dao Hong Lan and Cuban Minister of Public Health José Angel Portal "
       "Miranda sign the memorandum of understanding. (Photo: VNA)",
       "2023-09-20",
       {"once:signed dao hong lan -> *",
        "signed dao hong lan -> memorandum of understanding on pharmaceutical cooperation*",
        "once:signed jose angel portal miranda -> *",
        "holds_position dao hong lan -> ministry of health",
        "holds_position jose angel portal miranda -> ministry of public health",
        "part_of ministry of public health -> cuba", "once:agreement *"},
       {"ministry vietnam news agency", "person photo"}},
  };
  return rows;
}

}  // namespace

TEST_CASE("English sentences yield the facts an annotator expects", "[extract][en]") {
  CheckRows(PassingRows());
}

TEST_CASE("English sentences the extractor does not handle yet", "[extract][en][.pending]") {
  CheckRows(PendingRows());
}
