// timeline.json (TimelineJS 3), timeline.md and timeline.html.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;
using nlohmann::json;

Timeline PairTimeline() {
  TimelineOptions options;
  options.pair = {"vietnam", "france"};
  return BuildTimeline(SampleGraph(), options);
}

TEST_CASE("timeline.json has TimelineJS 3's structure", "[timeline][json]") {
  json j = json::parse(Render([](std::ostream& o) { WriteTimelineJson(PairTimeline(), o); }));
  CHECK(j["title"]["text"]["headline"] == "Vietnam–France cooperation timeline");
  REQUIRE(j["events"].is_array());
  REQUIRE(j["events"].size() == 3);  // the XXXX event is not placed on the axis
  std::set<std::string> ids;
  for (const json& ev : j["events"]) {
    REQUIRE(ev["start_date"]["year"].is_string());
    CHECK(std::stoi(ev["start_date"]["year"].get<std::string>()) > 2000);
    CHECK(ev["text"]["headline"].is_string());
    CHECK(ev["text"]["text"].is_string());
    CHECK(ev["group"].is_string());
    CHECK(ids.insert(ev["unique_id"].get<std::string>()).second);
  }
  const json& first = j["events"][0];
  CHECK(
      first["start_date"] ==
      json{{"year", "2021"}, {"month", "11"}, {"day", "4"}, {"display_date", "4 November 2021?"}});
  const json& visit = j["events"][1];
  CHECK(visit["start_date"] == json{{"year", "2024"}, {"month", "10"}, {"day", "3"}});
  CHECK(visit["end_date"] == json{{"year", "2024"}, {"month", "10"}, {"day", "7"}});
  CHECK(visit["text"]["headline"] == "Tô Lâm visits France");
  CHECK(visit["text"]["text"] ==
        "<p>Tô Lâm (Vietnam) visited France.</p><blockquote class=\"evidence\"><p>Evidence for "
        "visited in doc1.txt.</p><p><cite>doc1.txt</cite></p></blockquote><p>Sources: doc1.txt, "
        "doc3.txt</p>");
  const json& meeting = j["events"][2];
  CHECK(meeting.count("end_date") == 0);
  CHECK(meeting["unique_id"] == "ev-2024-10-04-1");
  CHECK(meeting["text"]["text"].get<std::string>().find("<p>Place: Paris</p>") !=
        std::string::npos);
}

TEST_CASE("timeline.json escapes HTML in every text", "[timeline][json]") {
  Timeline t;
  t.title = "A <b>&</b> title";
  TimelineEvent ev;
  ev.date = D("2020-01-02");
  ev.headline = "<script>x</script>";
  ev.text = "l'État & co";
  ev.id = "ev-2020-01-02-1";
  t.events.push_back(ev);
  json j = json::parse(Render([&](std::ostream& o) { WriteTimelineJson(t, o); }));
  CHECK(j["title"]["text"]["headline"] == "A &lt;b&gt;&amp;&lt;/b&gt; title");
  CHECK(j["events"][0]["text"]["headline"] == "&lt;script&gt;x&lt;/script&gt;");
  CHECK(j["events"][0]["text"]["text"] == "<p>l'État &amp; co</p>");
}

TEST_CASE("timeline.json intervals: end year filled in, reversed ends dropped",
          "[timeline][json]") {
  Timeline t;
  TimelineEvent ev;
  ev.date = D("2024-12-30/XXXX-01-02");
  ev.id = "a";
  t.events.push_back(ev);
  ev.date = D("2024-10-07/2024-10-03");
  ev.id = "b";
  t.events.push_back(ev);
  json j = json::parse(Render([&](std::ostream& o) { WriteTimelineJson(t, o); }));
  CHECK(j["events"][0]["end_date"] == json{{"year", "2025"}, {"month", "1"}, {"day", "2"}});
  CHECK(j["events"][1].count("end_date") == 0);
}

TEST_CASE("timeline.md lists events by year, unknown years apart", "[timeline][markdown]") {
  std::string md = Render([](std::ostream& o) { WriteTimelineMarkdown(PairTimeline(), o); });
  CHECK(md.rfind("# Vietnam–France cooperation timeline\n", 0) == 0);
  size_t y2021 = md.find("## 2021\n"), y2024 = md.find("## 2024\n"),
         unknown = md.find("## Year unknown\n");
  REQUIRE(y2021 != std::string::npos);
  REQUIRE(y2024 != std::string::npos);
  REQUIRE(unknown != std::string::npos);
  CHECK(y2021 < y2024);
  CHECK(y2024 < unknown);
  CHECK(md.find("### 3–7 October 2024 — Tô Lâm visits France") != std::string::npos);
  CHECK(md.find("### 6 May — Tô Lâm meets Guillaume Kasbarian") > unknown);
  CHECK(md.find("- Sources: `doc1.txt`, `doc3.txt`") != std::string::npos);
  CHECK(md.find("- Place: Paris") != std::string::npos);
}

TEST_CASE("timeline.md escapes Markdown", "[timeline][markdown]") {
  Timeline t;
  t.title = "T";
  TimelineEvent ev;
  ev.date = D("2020");
  ev.headline = "*bold* [link](x) <tag>";
  ev.text = "line\nbreak";
  ev.sources = {"a`b_c.txt"};
  t.events.push_back(ev);
  std::string md = Render([&](std::ostream& o) { WriteTimelineMarkdown(t, o); });
  CHECK(md.find("### 2020 — \\*bold\\* \\[link\\](x) \\<tag\\>") != std::string::npos);
  CHECK(md.find("line break") != std::string::npos);
  CHECK(md.find("`ab_c.txt`") != std::string::npos);
}

TEST_CASE("timeline.html is one self-contained, escaped page", "[timeline][html]") {
  Timeline t = PairTimeline();
  t.events[0].headline = "<img src=x onerror=alert(1)> & more";
  std::string html = Render([&](std::ostream& o) { WriteTimelineHtml(t, o); });
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<title>Vietnam–France cooperation timeline</title>") != std::string::npos);
  // Nothing is fetched: no links, scripts, images or remote URLs.
  for (const char* bad : {"<script", "<link", "<img", "src=\"", "href=\"http", "url(", "@import"})
    CHECK(html.find(bad) == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt; &amp; more") != std::string::npos);
  CHECK(html.find("<h2 id=\"y2021\">2021</h2>") < html.find("<h2 id=\"y2024\">2024</h2>"));
  size_t unknown = html.find("<section class=\"undated\">");
  REQUIRE(unknown != std::string::npos);
  CHECK(html.find("Tô Lâm meets Guillaume Kasbarian") > unknown);
  CHECK(html.find("<time datetime=\"2024-10-03\">3–7 October 2024</time>") != std::string::npos);
  CHECK(html.find("<code>doc3.txt</code>") != std::string::npos);
  CHECK(Count(html, "<li class=\"event\"") == 4);
}

TEST_CASE("Timeline writers are deterministic", "[timeline]") {
  auto all = [] {
    Timeline t = PairTimeline();
    return Render([&](std::ostream& o) {
      WriteTimelineJson(t, o);
      WriteTimelineMarkdown(t, o);
      WriteTimelineHtml(t, o);
    });
  };
  CHECK(all() == all());
}

}  // namespace
}  // namespace bilat
