// Year resolution through the whole pipeline (extract + merge), one test case per rule of the
// dates issue, strongest first: 1. the article's metadata and datelines; 2. explicit years in the
// story; 3. the same event reported with a year by another article (same participants, same day
// and month); 4. office-holder tenures; 5. otherwise XXXX-MM-DD. SPEC.md: an inferred year *may*
// carry "?", so rules 1-3 accept the date with or without it; the issue writes tenure years with
// "?" (`[2021-11-04?]`), so rule 4 requires it.
//
// Tenures used (resources/kb/positions_*.tsv):
//   Lê Minh Khái, Deputy Prime Minister 2021-04 .. 2024-08?
//   Stanislas Guérini, Minister of Transformation and Public Service 2022-05-20 .. 2024-09-21
//   Phạm Thị Thanh Trà, Minister of Home Affairs 2021-04 ..
//   Guillaume Kasbarian, Minister for Public Servants, ... 2024-09-21 .. 2024-12-23
//   Phạm Minh Chính, Prime Minister 2021-04-05 ..;  Jean Castex, Prime Minister 2020-07-03 ..
//   2022-05-16;  Gérald Darmanin, Minister of the Interior 2020-07-06 .. 2024-09-21;
//   Tô Lâm, Minister of Public Security 2016-04-09 .. 2024-06-06?
// So Khái + Guérini on 1 December fits 2022 and 2023 (a tie), Trà + Guérini on 4 October fits
// 2022 and 2023, Tô Lâm + Darmanin on 4 November fits 2020-2023, and Chính + Castex on
// 4 November fits 2021 only.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "harness.h"

using namespace bilat;
using namespace bilat::testing;

namespace {

const char* kKhaiGuerini =
    "Deputy Prime Minister Le Minh Khai received French Minister of Transformation and Public "
    "Service Stanislas Guerini in Hanoi";
const char* kTraGuerini =
    "Minister of Home Affairs Pham Thi Thanh Tra received French Minister of Transformation and "
    "Public Service Stanislas Guerini in Hanoi";
const char* kLamDarmanin =
    "Minister of Public Security General To Lam held talks with French Minister of the Interior "
    "Gerald Darmanin";

const char* kMetKhaiGuerini = "met le minh khai -> stanislas guerini";
const char* kMetTraGuerini = "met pham thi thanh tra -> stanislas guerini";
const char* kMetLamDarmanin = "met gerald darmanin -> to lam";

// One article with its own document id (agreement keys carry the document id too).
DocumentFacts Doc(const std::string& id, const std::string& body,
                  const std::string& published = "") {
  DocumentFacts d = ExtractText(body, published);
  const std::string old_prefix = "agreement:" + d.doc + "#";
  auto rekey = [&](std::string& key) {
    if (key.rfind(old_prefix, 0) == 0)
      key = "agreement:" + id + "#" + key.substr(old_prefix.size());
  };
  for (auto& e : d.entities) rekey(e.key);
  for (auto& f : d.facts) {
    rekey(f.source);
    rekey(f.target);
    f.prov.doc = id;
  }
  d.doc = id;
  return d;
}

std::vector<std::string> Lines(std::vector<DocumentFacts> docs) {
  return GraphFactLines(Merge(TestKb(), std::move(docs)));
}

// `fact [date]` or `fact [date?]`: SPEC allows an inferred year to carry "?".
bool HasDated(const std::vector<std::string>& lines, const std::string& fact,
              const std::string& date) {
  return Has(lines, fact + " [" + date + "]") || Has(lines, fact + " [" + date + "?]");
}

// The edge of `fact` in `g` (first match), or nullptr.
const EdgeProps* FindEdge(const Graph& g, const std::string& fact) {
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    const auto& p = g.g[e];
    std::string a = Fold(g.g[boost::source(e, g.g)].label);
    std::string b = Fold(g.g[boost::target(e, g.g)].label);
    if (p.kind == "met" && b < a) std::swap(a, b);
    if (p.kind + " " + a + " -> " + b == fact) return &p;
  }
  return nullptr;
}

}  // namespace

// ------------------------------------------------------------------------- 1. metadata, datelines

TEST_CASE("years: the article's publication date gives the year", "[years]") {
  // Alone, Trà + Guérini on 4 October fits 2022 and 2023: the year must come from the metadata.
  auto f = FactLines(std::string(kTraGuerini) + " on October 4.", "2023-10-05");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
}

TEST_CASE("years: a December event in a January article is in the previous year", "[years]") {
  auto f = FactLines(std::string(kKhaiGuerini) + " on December 1.", "2024-01-10");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetKhaiGuerini, "2023-12-01"));
}

TEST_CASE("years: a dateline at the top of the text gives the year", "[years]") {
  SECTION("English dateline, another day of the same month") {
    auto f = FactLines("Hanoi, Monday, November 20, 2023\n" + std::string(kKhaiGuerini) +
                       " on November 18.");
    INFO(Dump(f));
    CHECK(HasDated(f, kMetKhaiGuerini, "2023-11-18"));
  }
  SECTION("English dateline in January, event in December") {
    auto f =
        FactLines("Thursday, January 4, 2024\n" + std::string(kKhaiGuerini) + " on December 28.");
    INFO(Dump(f));
    CHECK(HasDated(f, kMetKhaiGuerini, "2023-12-28"));
  }
}

TEST_CASE("years: a Vietnamese dateline gives the year", "[years]") {
  auto f = FactLines(
      "Thứ Sáu, 01/12/2023 15:46\nSáng nay (01/12), tại Hà Nội, Phó Thủ tướng Lê Minh Khái đã "
      "tiếp Bộ trưởng Chuyển đổi và Công vụ Pháp Stanislas Guérini.");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetKhaiGuerini, "2023-12-01"));
}

TEST_CASE("years: metadata outranks a dateline", "[years]") {
  // A dateline of another year (a republished story) loses to the article's own metadata.
  auto f = FactLines(
      "Hanoi, Monday, November 20, 2023\n" + std::string(kKhaiGuerini) + " on November 18.",
      "2022-11-19");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetKhaiGuerini, "2022-11-18"));
}

// ---------------------------------------------------------------- 2. explicit year in the story

TEST_CASE("years: the same day with an explicit year elsewhere in the story", "[years]") {
  auto f = FactLines(std::string(kKhaiGuerini) +
                     " on December 1.\nThe meeting on December 1, 2023 was the first between "
                     "the two officials.");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetKhaiGuerini, "2023-12-01"));
}

TEST_CASE("years: an explicit year for another day does not date the event", "[years]") {
  // 1 December 2022 and 2023 both fit the tenures; a year given for 5 June says nothing.
  auto f = FactLines(std::string(kKhaiGuerini) +
                     " on December 1.\nThe two ministries signed their first plan on June 5, "
                     "2019.");
  INFO(Dump(f));
  CHECK(Has(f, std::string(kMetKhaiGuerini) + " [XXXX-12-01]"));
}

// ------------------------------------------------------------------ 3. the same event elsewhere

TEST_CASE("years: another article reporting the same meeting with its year", "[years]") {
  auto a = Doc("a", std::string(kTraGuerini) + " on October 4, 2023.");
  auto b = Doc("b", std::string(kTraGuerini) + " on October 4.");
  Graph g = Merge(TestKb(), {a, b});
  auto f = GraphFactLines(g);
  INFO(Dump(f));
  // One meeting, one edge, dated with A's year and supported by both articles.
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
  CHECK_FALSE(Has(f, std::string(kMetTraGuerini) + " [XXXX-10-04]"));
  const EdgeProps* e = FindEdge(g, kMetTraGuerini);
  REQUIRE(e);
  CHECK(e->sources == std::vector<std::string>{"a", "b"});
}

TEST_CASE("years: a meeting of other people on the same day gets no year from it", "[years]") {
  auto a = Doc("a", std::string(kTraGuerini) + " on October 4, 2023.");
  auto c = Doc("c", std::string(kLamDarmanin) + " on October 4.");
  auto f = Lines({a, c});
  INFO(Dump(f));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
  // Tô Lâm + Darmanin on 4 October fits 2020-2023: nothing else says which.
  CHECK(Has(f, std::string(kMetLamDarmanin) + " [XXXX-10-04]"));
}

TEST_CASE("years: the same meeting reported in Vietnamese takes the English year", "[years]") {
  auto a = Doc("a", std::string(kTraGuerini) + " on October 4, 2023.");
  auto b = Doc("b",
               "Chiều 4/10, tại Hà Nội, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà đã tiếp Bộ trưởng "
               "Chuyển đổi và Công vụ Pháp Stanislas Guérini.");
  auto f = Lines({a, b});
  INFO(Dump(f));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
  CHECK_FALSE(Has(f, std::string(kMetTraGuerini) + " [XXXX-10-04]"));
}

TEST_CASE("years: the same meeting told many ways, in many articles", "[years]") {
  // Each wording is its own fact template; the year they give is the same, once or many times.
  const std::vector<std::string> dated = {
      std::string(kTraGuerini) + " on October 4, 2023.",
      "On October 4, 2023, " + std::string(kTraGuerini) + ".",
      std::string(kTraGuerini) + " on October 4, 2023, and the two sides discussed cooperation.",
  };
  struct Row {
    const char* what;
    std::vector<std::string> other_years;  // reports of the same meeting in other years
    const char* expect;                    // the date of the report without a year
  };
  const std::vector<Row> rows = {
      {"one year from many reports", {}, "2023-10-04"},
      {"two years: a tie stays unknown", {std::string(kTraGuerini) + " on October 4, 2022."},
       "XXXX-10-04"},
      {"two days apart in another year: still a tie",
       {std::string(kTraGuerini) + " on October 6, 2022."}, "XXXX-10-04"},
      {"a week apart in another year: too far to count",
       {std::string(kTraGuerini) + " on October 11, 2022."}, "2023-10-04"},
  };
  for (const Row& row : rows) {
    SECTION(row.what) {
      std::vector<DocumentFacts> docs;
      int n = 0;
      for (int copy = 0; copy < 3; ++copy)
        for (const std::string& text : dated) docs.push_back(Doc("a" + std::to_string(n++), text));
      for (const std::string& text : row.other_years) docs.push_back(Doc("b" + std::to_string(n++), text));
      docs.push_back(Doc("z", std::string(kTraGuerini) + " on October 4."));
      auto f = Lines(docs);
      INFO(Dump(f));
      // (The dated reports are there either way: what tells is whether z's is still XXXX.)
      bool tie = std::string(row.expect).rfind("XXXX", 0) == 0;
      CHECK(Has(f, std::string(kMetTraGuerini) + " [XXXX-10-04]") == tie);
      CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
    }
  }
}

TEST_CASE("years: a year passes along a chain of reports", "[years]") {
  // m (4 October + 3 days, no year) takes 2023 from x; k (3 days after m, 6 after x) can take it
  // only from m, once m has it: k comes first in document order, so the year reaches it in the
  // next pass.
  auto x = Doc("x", std::string(kTraGuerini) + " on October 4, 2023.");
  auto m = Doc("m", std::string(kTraGuerini) + " on October 7.");
  auto k = Doc("k", std::string(kTraGuerini) + " on October 10.");
  auto f = Lines({k, m, x});
  INFO(Dump(f));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-07"));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-10"));
  CHECK_FALSE(HasPrefix(f, std::string(kMetTraGuerini) + " [XXXX"));
}

// --------------------------------------------------------------------------------- 4. tenures

TEST_CASE("years: office tenures leave a single year", "[years]") {
  SECTION("Chinh and Castex as Prime Ministers fix the story's year for Darmanin's meeting") {
    // Tô Lâm + Darmanin alone fits 2020-2023; Chính (PM from April 2021) and Castex (PM until
    // May 2022) in the same story leave only November 2021.
    auto f = FactLines(std::string(kLamDarmanin) +
                       " on November 4 in the framework of Prime Minister Pham Minh Chinh's "
                       "official visit to France.\nPrime Minister Pham Minh Chinh held talks "
                       "with French Prime Minister Jean Castex in Paris on November 4.");
    INFO(Dump(f));
    CHECK(Has(f, "met jean castex -> pham minh chinh [2021-11-04?]"));
    CHECK(Has(f, std::string(kMetLamDarmanin) + " [2021-11-04?]"));
  }
  SECTION("Kasbarian held his post only in the autumn of 2024") {
    auto f = FactLines(
        "Minister of Home Affairs Pham Thi Thanh Tra received French Minister for Public "
        "Servants, Simplification and Transformation of Public Action Guillaume Kasbarian on "
        "October 4.");
    INFO(Dump(f));
    CHECK(Has(f, "met guillaume kasbarian -> pham thi thanh tra [2024-10-04?]"));
  }
}

TEST_CASE("years: a tie between tenure years stays unknown", "[years]") {
  // Khái (Deputy PM 2021-2024) + Guérini (minister May 2022 - Sept. 2024) on 1 December: 2022
  // and 2023 both fit.
  auto f = FactLines(std::string(kKhaiGuerini) + " on December 1.");
  INFO(Dump(f));
  CHECK(Has(f, std::string(kMetKhaiGuerini) + " [XXXX-12-01]"));
}

TEST_CASE("years: without any evidence the year stays unknown", "[years]") {
  auto f = FactLines(std::string(kLamDarmanin) + " on November 4.");
  INFO(Dump(f));
  CHECK(Has(f, std::string(kMetLamDarmanin) + " [XXXX-11-04]"));
}

// ------------------------------------------------------------------------ related-news blocks

TEST_CASE("years: related news after the end mark does not take the story's date", "[years]") {
  auto f = FactLines(std::string(kKhaiGuerini) + " on December 1, 2023./.\n" + kLamDarmanin + "\n");
  INFO(Dump(f));
  CHECK(HasDated(f, kMetKhaiGuerini, "2023-12-01"));
  CHECK_FALSE(HasPrefix(f, std::string(kMetLamDarmanin) + " [2023-12-01"));
}

// --------------------------------------------------------------------------- background spans

TEST_CASE("years: background periods are not event dates", "[years]") {
  SECTION("over the past period (2016 - 2024)") {
    auto f = FactLines(
        "Over the past period (2016 - 2024), the two ministries have cooperated effectively.\n" +
        std::string(kTraGuerini) + ".");
    INFO(Dump(f));
    REQUIRE(HasPrefix(f, kMetTraGuerini));
    CHECK_FALSE(HasPrefix(f, std::string(kMetTraGuerini) + " [2016"));
    CHECK_FALSE(HasPrefix(f, std::string(kMetTraGuerini) + " [2024"));
  }
  SECTION("an anniversary span 1954-2024") {
    auto f = FactLines(std::string(kTraGuerini) +
                       " on the occasion of the 70th anniversary of the victory (1954-2024).");
    INFO(Dump(f));
    REQUIRE(HasPrefix(f, kMetTraGuerini));
    CHECK_FALSE(HasPrefix(f, std::string(kMetTraGuerini) + " [1954"));
  }
  SECTION("a background span does not give a dated event its year") {
    auto f = FactLines(
        "Over the past period (2016 - 2024), the two ministries have cooperated effectively.\n" +
        std::string(kKhaiGuerini) + " on December 1.");
    INFO(Dump(f));
    CHECK(Has(f, std::string(kMetKhaiGuerini) + " [XXXX-12-01]"));
  }
  SECTION("an agreement period is not the meeting's date") {
    auto f = FactLines(
        "Minister of Home Affairs Pham Thi Thanh Tra received French Minister for Public "
        "Servants, Simplification and Transformation of Public Action Guillaume Kasbarian on "
        "October 4 and they signed a cooperation agreement for the 2025-2028 period.");
    INFO(Dump(f));
    CHECK(HasDated(f, "met guillaume kasbarian -> pham thi thanh tra", "2024-10-04"));
    CHECK_FALSE(HasPrefix(f, "met guillaume kasbarian -> pham thi thanh tra [2025"));
  }
}

// ----------------------------------------------------------------------------------- pending
// Cases the pipeline gets wrong today. Hidden: run with "[pending]".

// merge.cc (CompleteYears) lends a year to any fact that shares ONE person within three days;
// the issue's rule 3 asks for the same participants. Here Khái + Guérini takes 2023 from
// Trà + Guérini.
TEST_CASE("pending years: a meeting sharing only one participant gets no year from it",
          "[.pending]") {
  // Trà + Guérini (2023) says nothing of the year of Khái + Guérini on the same day, which fits
  // 2022 and 2023.
  auto a = Doc("a", std::string(kTraGuerini) + " on October 4, 2023.");
  auto d = Doc("d", std::string(kKhaiGuerini) + " on October 4.");
  auto f = Lines({a, d});
  INFO(Dump(f));
  CHECK(HasDated(f, kMetTraGuerini, "2023-10-04"));
  CHECK(Has(f, std::string(kMetKhaiGuerini) + " [XXXX-10-04]"));
}

// extractor.cc (DateFacts) collects "explicit years for a day" from every sentence, related-news
// lines included: the story's 1 December takes 2021 from a related headline (a year in which
// Guérini did not even hold his post).
TEST_CASE("pending years: a year in a related headline does not date the story", "[.pending]") {
  auto f = FactLines(std::string(kKhaiGuerini) + " on December 1./.\n" + kLamDarmanin +
                     " on December 1, 2021\n");
  INFO(Dump(f));
  CHECK(Has(f, std::string(kMetKhaiGuerini) + " [XXXX-12-01]"));
  CHECK(Has(f, std::string(kMetLamDarmanin) + " [2021-12-01]"));
}
