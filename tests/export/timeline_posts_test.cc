// The timeline reads right: each participant with the posts held on the event's date, one
// language per timeline (templates and posts from resources/timeline), the evidence sentences
// under each event, escaped for HTML, JSON and Markdown.

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "export_internal.h"
#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;
namespace fs = std::filesystem;

const std::string kResources = BILAT_SOURCE_DIR "/resources";

// The shipped knowledge base plus one official with two successive posts, handed over on
// 2021-04-08 (the end of one tenure is the start of the next), and one with month-only dates.
const kb::KnowledgeBase& TestKb() {
  static const kb::KnowledgeBase kb = [] {
    fs::path dir = fs::temp_directory_path() / ("bilat_posts_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "people_test.tsv") << "person_id\tname\tcountry\tgender\n"
                                              "vn.test_official\tTrần Văn Thử\tvietnam\tm\n"
                                              "vn.test_envoy\tLê Thị Sứ\tvietnam\tf\n";
    std::ofstream(dir / "positions_test.tsv")
        << "person\trole\ttitle\tbody\tcountry\tfrom\tto\tsource\n"
           "vn.test_official\tminister\tMinister of Home Affairs\tvn.moha\t\t2016-04-09\t"
           "2021-04-08\tTest row\n"
           "vn.test_official\tdeputy_prime_minister\tDeputy Prime Minister\t\tvietnam\t"
           "2021-04-08\t\tTest row\n"
           "vn.test_envoy\tdeputy_minister\tDeputy Minister of Foreign Affairs\tvn.mofa\t\t"
           "2019?\t2023?\tTest row\n"
           "vn.test_envoy\tambassador\tAmbassador of Vietnam to France\tvn.embassy_france\t"
           "vietnam\t2023?\t\tTest row\n";
    auto loaded = kb::KnowledgeBase::Load(
        kResources, {(dir / "people_test.tsv").string(), (dir / "positions_test.tsv").string()});
    fs::remove_all(dir);
    if (!loaded.ok()) FAIL(loaded.status().message());
    return std::move(loaded).value();
  }();
  return kb;
}

std::shared_ptr<const TimelineLanguage> Language(const std::string& lang) {
  auto l = TimelineLanguage::Load(kResources, lang);
  if (!l.ok()) FAIL(l.status().message());
  return l.value();
}

// `person` visited France on `date`, reported by doc1.txt; with `article_role`, doc1.txt (or
// `role_doc`) also says the person holds it at `role_target`.
Graph VisitGraph(const std::string& person_id, const std::string& name, const std::string& date,
                 const std::string& article_role = "", const std::string& role_target = "",
                 const std::string& role_doc = "doc1.txt") {
  Graph graph;
  GraphData& g = graph.g;
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");
  auto vietnam = AddNode(g, "country:vietnam", "country", "Vietnam", "Vietnam", "vietnam");
  auto moha =
      AddNode(g, "kb:vn.moha", "ministry", "Ministry of Home Affairs", "Vietnam", "vietnam");
  auto person = AddNode(g, "kb:" + person_id, "person", name, "Vietnam", "vietnam");
  AddEdge(g, person, france, "visited", date);
  auto target = role_target == "country" ? vietnam : moha;
  if (role_target.rfind("kb:", 0) == 0)
    target = AddNode(g, role_target, "organization", role_target, "Vietnam", "vietnam");
  if (!article_role.empty())
    AddEdge(g, person, target, "holds_position", "", article_role, "", {role_doc});
  return graph;
}

std::string VisitText(const Graph& graph, const std::string& lang = "en",
                      const kb::KnowledgeBase* kb = &TestKb()) {
  TimelineOptions options;
  options.kb = kb;
  options.language = Language(lang);
  Timeline t = BuildTimeline(graph, options);
  const auto& list = t.events.empty() ? t.undated : t.events;
  REQUIRE(list.size() == 1);
  return list[0].text;
}

TEST_CASE("Posts on the event's date: successive posts, hand-over, partial dates",
          "[timeline][posts]") {
  struct Row {
    std::string date, article_role, role_target, posts;
  };
  const std::vector<Row> rows = {
      // In office: the post of the day, whatever the article says.
      {"2019-05-06", "", "", "Minister of Home Affairs"},
      {"2019-05-06", "Deputy Prime Minister", "country", "Minister of Home Affairs"},
      // The day before the hand-over, the day of it (the new post only), the day after.
      {"2021-04-07", "", "", "Minister of Home Affairs"},
      {"2021-04-08", "", "", "Deputy Prime Minister"},
      {"2021-04-09", "", "", "Deputy Prime Minister"},
      // An interval across the hand-over: neither post covers it; the longer part wins.
      {"2021-04-06/2021-04-20", "", "", "Deputy Prime Minister"},
      // The month of the hand-over: neither post covers all of it; the one held over most of
      // it, unless the article names the other.
      {"2021-04", "", "", "Deputy Prime Minister"},
      {"2021-04", "Minister", "", "Minister of Home Affairs"},
      {"2021", "", "", "Deputy Prime Minister"},
      {"2018", "", "", "Minister of Home Affairs"},
      {"2021-04-07?", "", "", "Minister of Home Affairs"},  // an inferred year is a year
      // Before any post: nothing the knowledge base says was not held then (the article's
      // "Minister" of the Ministry of Home Affairs is dated by the KB to 2016-2021).
      {"2015-03-01", "Minister", "", ""},
      // Year unknown: the article's post, in English through the KB's title of that post.
      {"XXXX-05-06", "Bộ trưởng Bộ Nội vụ", "", "Minister of Home Affairs"},
      {"XXXX-05-06", "Minister", "", "Minister, Ministry of Home Affairs"},
      {"XXXX-05-06", "", "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.date << " / " << r.article_role);
    std::string text = VisitText(
        VisitGraph("vn.test_official", "Trần Văn Thử", r.date, r.article_role, r.role_target));
    std::string who =
        r.posts.empty() ? "Trần Văn Thử (Vietnam)" : "Trần Văn Thử (Vietnam, " + r.posts + ")";
    CHECK(text == who + " visited France.");
  }
}

TEST_CASE("Tenures known to the year only: the certain post, or the one the article names",
          "[timeline][posts]") {
  struct Row {
    std::string date, article_role, role_target, posts;
  };
  const std::vector<Row> rows = {
      {"2021-05-01", "", "", "Deputy Minister of Foreign Affairs"},
      {"2024-02-01", "", "", "Ambassador of Vietnam to France"},
      // 2023: one post ends and the other begins some time in it; the KB cannot tell which.
      {"2023-12-20", "", "",
       "Deputy Minister of Foreign Affairs and Ambassador of Vietnam to France"},
      {"2023-12-20", "Ambassador", "kb:vn.embassy_france", "Ambassador of Vietnam to France"},
      // An article names an ambassador's post by the sending state ("Đại sứ" of Vietnam).
      {"2023-12-20", "Đại sứ", "country", "Ambassador of Vietnam to France"},
      {"2023-12-20", "Thứ trưởng", "country",
       "Deputy Minister of Foreign Affairs and Ambassador of Vietnam to France"},
  };
  for (const Row& r : rows) {
    INFO(r.date << " / " << r.article_role);
    std::string text =
        VisitText(VisitGraph("vn.test_envoy", "Lê Thị Sứ", r.date, r.article_role, r.role_target));
    CHECK(text == "Lê Thị Sứ (Vietnam, " + r.posts + ") visited France.");
  }
}

TEST_CASE("Posts from the reporting article only, else from the event's year",
          "[timeline][posts]") {
  // A person the knowledge base does not know: a post stated by another article of another
  // year is not shown.
  Graph graph = VisitGraph("vn.unknown", "Lê Văn Mới", "2020-05-06");
  GraphData& g = graph.g;
  auto person = vertex(3, g);
  auto moha = vertex(2, g);
  AddEdge(g, person, moha, "holds_position", "2012-01-01", "Deputy Minister", "", {"old.txt"});
  CHECK(VisitText(graph) == "Lê Văn Mới (Vietnam) visited France.");
  AddEdge(g, person, moha, "holds_position", "2020-03", "Minister", "", {"other.txt"});
  CHECK(VisitText(graph) ==
        "Lê Văn Mới (Vietnam, Minister, Ministry of Home Affairs) visited France.");
}

TEST_CASE("To Lam in October 2024: General Secretary and State President", "[timeline][posts]") {
  struct Row {
    std::string date, lang, posts;
  };
  const std::vector<Row> rows = {
      {"2024-10-07", "en",
       "General Secretary of the Communist Party of Vietnam and State President"},
      {"2024-10-07", "vi", "Tổng Bí thư kiêm Chủ tịch nước"},
      {"2024-10-07", "fr",
       "secrétaire général du Parti communiste vietnamien et président de l'État"},
      {"2024-11-05", "en", "General Secretary of the Communist Party of Vietnam"},
      {"2021-11-04", "en", "Minister of Public Security"},
      {"2021-11-04", "vi", "Bộ trưởng Bộ Công an"},
  };
  for (const Row& r : rows) {
    INFO(r.date << " " << r.lang);
    // The article calls him Minister of Public Security: the KB's posts of the day win.
    std::string text = VisitText(VisitGraph("vn.to_lam", "Tô Lâm", r.date, "Minister", ""), r.lang);
    std::string country = r.lang == "en" ? "Vietnam" : r.lang == "vi" ? "Việt Nam" : "Viêt Nam";
    CHECK(text.find("Tô Lâm (" + country + ", " + r.posts + ")") != std::string::npos);
  }
}

TEST_CASE("posts.tsv: a post in Vietnamese and French from its role and body",
          "[timeline][posts][lang]") {
  struct Row {
    std::string person, name, date, lang, posts;
  };
  const std::vector<Row> rows = {
      // "Ministère délégué chargé du Commerce extérieur": the first row whose `drop` fits.
      {"fr.olivier_becht", "Olivier Becht", "2023-02-28", "fr",
       "ministre délégué chargé du Commerce extérieur"},
      {"fr.olivier_becht", "Olivier Becht", "2023-02-28", "vi", "Bộ trưởng phụ trách Ngoại thương"},
      {"fr.dominique_bussereau", "Dominique Bussereau", "2009-11-13", "fr",
       "secrétaire d'État chargé des Transports"},
      {"fr.gerald_darmanin", "Gérald Darmanin", "2021-11-04", "fr", "ministre de l'Intérieur"},
      {"fr.gerald_darmanin", "Gérald Darmanin", "2021-11-04", "vi", "Bộ trưởng Bộ Nội vụ"},
      {"fr.emmanuel_macron", "Emmanuel Macron", "2021-11-04", "vi", "Tổng thống"},
      {"fr.emmanuel_macron", "Emmanuel Macron", "2021-11-04", "fr", "président)"},
  };
  for (const Row& r : rows) {
    INFO(r.person << " " << r.date << " " << r.lang);
    std::string text = VisitText(VisitGraph(r.person, r.name, r.date), r.lang);
    CHECK(text.find(", " + r.posts) != std::string::npos);
  }
}

// ------------------------------------------------------------------------------ languages

// SampleGraph with knowledge-base ids, so that names and posts come from the KB, and no
// evidence sentences (they are quotations in the article's language, tested apart).
Graph KbSampleGraph() {
  Graph graph;
  GraphData& g = graph.g;
  auto agreement =
      AddNode(g, "agr:doc1.txt#0", "agreement", "Administrative cooperation agreement");
  g[agreement].aliases = {"Thỏa thuận hợp tác hành chính"};
  g[agreement].attrs = {{"period", "2025/2028"}, {"type", "agreement"}};
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");

  auto interior =
      AddNode(g, "kb:fr.interior_2012", "ministry", "Ministry of the Interior", "France", "france");
  auto mps =
      AddNode(g, "kb:vn.mps", "ministry", "Ministry of Public Security", "Vietnam", "vietnam");
  auto darmanin =
      AddNode(g, "kb:fr.gerald_darmanin", "person", "Gérald Darmanin", "France", "france");
  auto tolam = AddNode(g, "kb:vn.to_lam", "person", "Tô Lâm", "Vietnam", "vietnam");
  AddEdge(g, interior, agreement, "party_to", "2021-11-04");
  AddEdge(g, mps, agreement, "party_to", "2021-11-04");
  AddEdge(g, darmanin, agreement, "signed", "2021-11-04");
  AddEdge(g, tolam, agreement, "signed", "2021-11-04");
  AddEdge(g, tolam, darmanin, "met", "2021-11-04", "", "Paris");
  AddEdge(g, tolam, mps, "holds_position", "2021-11-04", "Bộ trưởng");
  AddEdge(g, darmanin, interior, "holds_position", "2021-11-04", "Bộ trưởng Bộ Nội vụ Pháp");
  AddEdge(g, tolam, france, "visited", "2024-10-06/2024-10-07");
  AddEdge(g, tolam, darmanin, "met", "XXXX-05-06");
  for (auto e : boost::make_iterator_range(edges(g))) {
    for (Provenance& p : g[e].provenance) p.evidence.clear();
  }
  return graph;
}

std::string AllWriters(const std::string& lang) {
  TimelineOptions options;
  options.kb = &TestKb();
  options.language = Language(lang);
  options.pair = {"vietnam", "france"};
  Timeline t = BuildTimeline(KbSampleGraph(), options);
  return Render([&](std::ostream& o) {
    WriteTimelineJson(t, o);
    WriteTimelineMarkdown(t, o);
    WriteTimelineHtml(t, o);
  });
}

TEST_CASE("Languages en, vi, fr (--lang): one language in every sentence", "[timeline][lang]") {
  struct Row {
    std::string lang;
    std::vector<std::string> present, absent;
  };
  const std::vector<Row> rows = {
      {"en",
       {"Vietnam–France cooperation timeline", "Tô Lâm meets Gérald Darmanin",
        "Tô Lâm (Vietnam, Minister of Public Security) met Gérald Darmanin (France, Minister of "
        "the Interior).",
        "Gérald Darmanin and Tô Lâm signed Administrative cooperation agreement", "4 November 2021",
        "Tô Lâm (Vietnam, General Secretary of the Communist Party of Vietnam and State President) "
        "visited France.",
        "6–7 October 2024", "Place: Paris", "Year unknown"},
       {"Bộ", "trưởng", "Chủ tịch", "tháng", "đã", "năm", "ministre", "Lieu", "Viêt"}},
      {"vi",
       {"Dòng thời gian hợp tác Việt Nam–Pháp", "Tô Lâm gặp Gérald Darmanin",
        "Tô Lâm (Việt Nam, Bộ trưởng Bộ Công an) đã gặp Gérald Darmanin (Pháp, Bộ trưởng Bộ Nội "
        "vụ).",
        "Gérald Darmanin và Tô Lâm đã ký Thỏa thuận hợp tác hành chính (2025/2028).",
        "Các bên: Bộ Nội vụ (Pháp) và Bộ Công an (Việt Nam).", "4 tháng 11 năm 2021",
        "Tô Lâm (Việt Nam, Tổng Bí thư kiêm Chủ tịch nước) đã thăm Pháp.", "Địa điểm: Paris",
        "6–7 tháng 10 năm 2024", "Chưa rõ năm"},
       {" met ", " meets ", "signed", "visited", "Minister", "Parties", "Place",
        "Sources:", "November", "October", " and ", "Vietnam–", "Year unknown", "dated events",
        "Administrative cooperation", "(agreement"}},
      {"fr",
       {"Chronologie de la coopération Viêt Nam–France", "Tô Lâm rencontre Gérald Darmanin",
        "Tô Lâm (Viêt Nam, ministre de la Sécurité publique) a rencontré Gérald Darmanin (France, "
        "ministre de l'Intérieur).",
        "Gérald Darmanin et Tô Lâm ont signé Administrative cooperation agreement (accord, "
        "2025/2028).",
        "4 novembre 2021", "6–7 octobre 2024", "Lieu : Paris", "Année inconnue"},
       {" met ", " meets ", " signed", "visited", "Minister", "Parties:", "Place", "November",
        " and ", "Bộ", "trưởng", "tháng", "Year unknown"}},
  };
  for (const Row& r : rows) {
    INFO(r.lang);
    std::string out = AllWriters(r.lang);
    for (const std::string& p : r.present) {
      INFO(p);
      CHECK(out.find(p) != std::string::npos);
    }
    for (const std::string& a : r.absent) {
      INFO(a);
      CHECK(out.find(a) == std::string::npos);
    }
  }
  // The page says which language it is in.
  CHECK(AllWriters("vi").find("<html lang=\"vi\">") != std::string::npos);
}

TEST_CASE("Timeline languages load from resources/timeline; English is built in",
          "[timeline][lang]") {
  auto en = Language("en");
  // The built-in English is the file's English.
  auto builtin = TimelineLanguage::English();
  for (const char* key : {"headline.meets", "text.signed", "list.and", "month.10",
                          "summary.dated.one", "note.footer", "headline.visits.many"})
    CHECK(builtin->Word(key) == en->Word(key));
  CHECK(builtin->english_posts().size() == en->english_posts().size());
  for (const char* lang : {"vi", "fr"}) {
    auto l = Language(lang);
    CHECK(l->lang() == lang);
    CHECK(!l->posts().empty());
    CHECK(l->Word("month.12") != en->Word("month.12"));
  }
  // An unknown language names those there are.
  auto de = TimelineLanguage::Load(kResources, "de");
  REQUIRE(!de.ok());
  CHECK(de.status().message().find("unknown language 'de'") != std::string::npos);
  CHECK(de.status().message().find("en, fr, vi") != std::string::npos);
}

TEST_CASE("A language added to templates.tsv needs no rebuild; missing keys are English",
          "[timeline][lang]") {
  std::string templates =
      "# a user's file\nlang\tkey\ttext\n"
      "en\ttext.visited\t{a} visited {b}.\nen\theadline.visits\t{a} visits {b}\n"
      "en\theadline.visits.many\t{a} visit {b}\nen\tlist.and\t and \n"
      "de\theadline.visits\t{a} besucht {b}\nde\tlist.and\t und \n";
  std::string posts = "lang\trole\tcountry\tgender\tpattern\tdrop\n";
  auto de = TimelineLanguage::Parse(templates, posts, "de");
  REQUIRE(de.ok());
  CHECK(de.value()->Fill("headline.visits", {{"a", "A"}, {"b", "B"}}) == "A besucht B");
  CHECK(de.value()->Word("list.and") == " und ");                 // spaces are kept
  CHECK(de.value()->Word("text.visited") == "{a} visited {b}.");  // from English
  CHECK(!de.value()->Has("headline.visits.many"));  // not English's variant of its own key
  // Placeholders are filled once: a name with braces stays as it is.
  CHECK(de.value()->Fill("headline.visits", {{"a", "{b}"}, {"b", "B"}}) == "{b} besucht B");
  // Errors name the file and line.
  auto bad = TimelineLanguage::Parse("lang\tkey\ttext\nde\tx\n", posts, "de", "dir");
  REQUIRE(!bad.ok());
  CHECK(bad.status().message().find("dir/templates.tsv:2") != std::string::npos);
  auto bad_column = TimelineLanguage::Parse("lang\tkey\twords\n", posts, "de");
  REQUIRE(!bad_column.ok());
  CHECK(bad_column.status().message().find("unknown column 'words'") != std::string::npos);
}

TEST_CASE("Dates in the timeline's language", "[timeline][lang][dates]") {
  struct Row {
    std::string date, en, vi, fr;
  };
  const std::vector<Row> rows = {
      {"2024-10-04", "4 October 2024", "4 tháng 10 năm 2024", "4 octobre 2024"},
      {"2024-10", "October 2024", "tháng 10 năm 2024", "octobre 2024"},
      {"2024", "2024", "năm 2024", "2024"},
      {"2021-11-04?", "4 November 2021?", "4 tháng 11 năm 2021?", "4 novembre 2021?"},
      {"XXXX-05-06", "6 May", "6 tháng 5", "6 mai"},
      {"2024-10-03/2024-10-07", "3–7 October 2024", "3–7 tháng 10 năm 2024", "3–7 octobre 2024"},
      {"2024-09-30/2024-10-02", "30 September – 2 October 2024", "30 tháng 9 – 2 tháng 10 năm 2024",
       "30 septembre – 2 octobre 2024"},
  };
  auto vi = Language("vi"), fr = Language("fr"), en = Language("en");
  for (const Row& r : rows) {
    INFO(r.date);
    CHECK(export_internal::HumanDate(D(r.date), *en) == r.en);
    CHECK(export_internal::HumanDate(D(r.date)) == r.en);
    CHECK(export_internal::HumanDate(D(r.date), *vi) == r.vi);
    CHECK(export_internal::HumanDate(D(r.date), *fr) == r.fr);
  }
}

// ------------------------------------------------------------------------------ evidence

TEST_CASE("Each event shows its evidence sentences and documents, escaped",
          "[timeline][evidence]") {
  Graph graph;
  GraphData& g = graph.g;
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");
  auto a = AddNode(g, "person:a", "person", "Anne", "France", "france");
  auto b = AddNode(g, "person:b", "person", "Binh", "Vietnam", "vietnam");
  AddNode(g, "country:vietnam", "country", "Vietnam", "Vietnam", "vietnam");
  AddEdge(g, a, b, "met", "2024-10-04", "", "", {"d<1>&.txt"});
  AddEdge(g, b, france, "visited", "2024-10-04", "", "", {"d<1>&.txt", "e.txt"});
  const std::string hostile = "She said \"<b>yes</b>\" & *left* [x](y) `now` | l'État";
  for (auto e : boost::make_iterator_range(edges(g))) {
    auto& prov = g[e].provenance;
    prov[0].evidence = g[e].kind == "met" ? hostile : "Binh visited France.";
  }
  Timeline t = BuildTimeline(graph, {});
  REQUIRE(t.events.size() == 1);
  const TimelineEvent& ev = t.events[0];
  REQUIRE(ev.evidence.size() == 2);
  CHECK(ev.evidence[0].doc == "d<1>&.txt");
  CHECK(ev.evidence[0].text == hostile);
  CHECK(ev.evidence[1].text == "Binh visited France.");

  std::string json = Render([&](std::ostream& o) { WriteTimelineJson(t, o); });
  auto j = nlohmann::json::parse(json);
  std::string text = j["events"][0]["text"]["text"];
  CHECK(text.find("<blockquote class=\"evidence\"><p>She said &quot;&lt;b&gt;yes&lt;/b&gt;&quot; "
                  "&amp; *left* [x](y) `now` | l'État</p><p><cite>d&lt;1&gt;&amp;.txt</cite>"
                  "</p></blockquote>") != std::string::npos);
  CHECK(text.find("<p>Binh visited France.</p>") != std::string::npos);

  std::string html = Render([&](std::ostream& o) { WriteTimelineHtml(t, o); });
  CHECK(html.find("<blockquote class=\"evidence\"><p>She said &quot;&lt;b&gt;yes&lt;/b&gt;&quot; "
                  "&amp; *left* [x](y) `now` | l'État</p><footer><code>d&lt;1&gt;&amp;.txt"
                  "</code></footer></blockquote>") != std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);

  std::string md = Render([&](std::ostream& o) { WriteTimelineMarkdown(t, o); });
  CHECK(md.find("- Evidence: She said \"\\<b\\>yes\\</b\\>\" & \\*left\\* \\[x\\](y) \\`now\\` \\| "
                "l'État — "
                "`d<1>&.txt`\n") != std::string::npos);
  CHECK(md.find("- Evidence: Binh visited France. — `d<1>&.txt`\n") != std::string::npos);
}

TEST_CASE("Evidence: one sentence per text, at most three per event", "[timeline][evidence]") {
  Graph graph;
  GraphData& g = graph.g;
  auto a = AddNode(g, "person:a", "person", "Anne", "France", "france");
  std::vector<GraphData::vertex_descriptor> others;
  for (int i = 0; i < 5; ++i)
    others.push_back(AddNode(g, "person:o" + std::to_string(i), "person", "O" + std::to_string(i),
                             "Vietnam", "vietnam"));
  for (int i = 0; i < 5; ++i) AddEdge(g, a, others[i], "met", "2024-10-04");
  int n = 0;
  for (auto e : boost::make_iterator_range(edges(g)))
    g[e].provenance[0].evidence = n++ < 2 ? "Same sentence." : "Sentence " + std::to_string(n);
  Timeline t = BuildTimeline(graph, {});
  REQUIRE(t.events.size() == 1);
  REQUIRE(t.events[0].evidence.size() == TimelineEvent::kMaxQuotes);
  CHECK(t.events[0].evidence[0].text == "Same sentence.");
  CHECK(t.events[0].evidence[1].text == "Sentence 3");
}

}  // namespace
}  // namespace bilat
