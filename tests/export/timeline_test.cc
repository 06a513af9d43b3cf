// BuildTimeline: occasions as events, pair filtering, order, undated events apart.

#include <catch2/catch.hpp>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;

const TimelineEvent* FindByDate(const std::vector<TimelineEvent>& events, const std::string& edtf) {
  for (const TimelineEvent& e : events) {
    if (e.date.ToEdtf() == edtf) return &e;
  }
  return nullptr;
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST_CASE("Facts of one occasion make one event", "[timeline]") {
  Timeline t = BuildTimeline(SampleGraph(), {});
  // 2024-10-04: met + 2 signed + 2 party_to are one event; holds_position is not an occasion.
  int on_day = 0;
  for (const TimelineEvent& e : t.events) on_day += e.date.ToEdtf() == "2024-10-04";
  CHECK(on_day == 1);
  const TimelineEvent* ev = FindByDate(t.events, "2024-10-04");
  REQUIRE(ev != nullptr);
  CHECK(ev->headline ==
        "Phạm Thị Thanh Trà meets Guillaume Kasbarian; signing of Administrative cooperation "
        "agreement");
  CHECK(Contains(ev->text,
                 "Phạm Thị Thanh Trà (Vietnam, Minister of Home Affairs) met "
                 "Guillaume Kasbarian (France, Minister, Ministry of Public Service)."));
  CHECK(Contains(ev->text,
                 "Guillaume Kasbarian and Phạm Thị Thanh Trà signed Administrative "
                 "cooperation agreement (public administration, 2025/2028)."));
  CHECK(Contains(ev->text,
                 "Parties: Ministry of Public Service (France) and Ministry of Home "
                 "Affairs (Vietnam)."));
  CHECK(ev->place == "Paris");
  CHECK(ev->sources == std::vector<std::string>{"doc1.txt", "doc2.txt"});
  CHECK(ev->group == "France–Vietnam");
  CHECK(ev->id == "ev-2024-10-04-1");
  CHECK(ev->year_known);
}

TEST_CASE("A visit makes its own event with the country visited", "[timeline]") {
  Timeline t = BuildTimeline(SampleGraph(), {});
  const TimelineEvent* ev = FindByDate(t.events, "2024-10-03/2024-10-07");
  REQUIRE(ev != nullptr);
  CHECK(ev->headline == "Tô Lâm visits France");
  CHECK(ev->text == "Tô Lâm (Vietnam) visited France.");
  CHECK(ev->sources == std::vector<std::string>{"doc1.txt", "doc3.txt"});
}

TEST_CASE("Events are chronological, unknown years apart", "[timeline]") {
  Timeline t = BuildTimeline(SampleGraph(), {});
  CHECK(t.title == "Cooperation timeline");
  std::vector<std::string> dates;
  for (const TimelineEvent& e : t.events) dates.push_back(e.date.ToEdtf());
  CHECK(dates == std::vector<std::string>{"2021-11-04?", "2023-12-12", "2024-10-03/2024-10-07",
                                          "2024-10-04"});
  REQUIRE(t.undated.size() == 1);
  CHECK(t.undated[0].date.ToEdtf() == "XXXX-05-06");
  CHECK(!t.undated[0].year_known);
  CHECK(t.undated[0].headline == "Tô Lâm meets Guillaume Kasbarian");
  CHECK(t.undated[0].id == "ev-xxxx-05-06-1");
}

TEST_CASE("A pair keeps only events involving both countries", "[timeline]") {
  TimelineOptions options;
  options.pair = {"vietnam", "france"};
  Timeline t = BuildTimeline(SampleGraph(), options);
  CHECK(t.title == "Vietnam–France cooperation timeline");
  CHECK(FindByDate(t.events, "2023-12-12") == nullptr);  // To Lam met Wang Yi: Vietnam–China
  CHECK(FindByDate(t.events, "2024-10-04") != nullptr);
  CHECK(FindByDate(t.events, "2024-10-03/2024-10-07") != nullptr);
  CHECK(t.events.size() == 3);
  CHECK(t.undated.size() == 1);
  for (const TimelineEvent& e : t.events) CHECK(e.group != "France–Vietnam");  // kind instead
  CHECK(FindByDate(t.events, "2024-10-04")->group == "meeting");

  options.pair = {"Vietnam", "China"};  // labels work too
  Timeline vc = BuildTimeline(SampleGraph(), options);
  CHECK(vc.title == "Vietnam–China cooperation timeline");
  REQUIRE(vc.events.size() == 1);
  CHECK(vc.events[0].headline == "Tô Lâm meets Wang Yi");
  CHECK(vc.events[0].place == "Hanoi");
}

TEST_CASE("An agreement belongs to the countries of its parties", "[timeline]") {
  // A signing with no signatory known: only the ministries' party_to edges carry it.
  Graph graph;
  auto& g = graph.g;
  auto loi = AddNode(g, "agreement:loi", "agreement", "Letter of intent on e-government");
  auto fr = AddNode(g, "ministry:france:x", "ministry", "Ministry X", "France", "france");
  auto vn = AddNode(g, "ministry:vietnam:y", "ministry", "Bộ Y", "Vietnam", "vietnam");
  AddEdge(g, fr, loi, "party_to", "2016-10-30", "", "Paris");
  AddEdge(g, vn, loi, "party_to", "2016-10-30");
  AddEdge(g, vn, loi, "party_to", "");  // undated party_to: not an occasion
  TimelineOptions options;
  options.pair = {"vietnam", "france"};
  Timeline t = BuildTimeline(graph, options);
  REQUIRE(t.events.size() == 1);
  CHECK(t.undated.empty());
  CHECK(t.events[0].headline == "Signing of Letter of intent on e-government");
  CHECK(t.events[0].text ==
        "Letter of intent on e-government was signed. Parties: Ministry X (France) and Bộ Y "
        "(Vietnam).");
  CHECK(t.events[0].group == "agreement");
  // Without country nodes, the pair's labels come from the members' country names.
  CHECK(t.title == "Vietnam–France cooperation timeline");
}

TEST_CASE("A person of unknown nationality counts for the country they serve", "[timeline]") {
  Graph graph;
  auto& g = graph.g;
  auto fr = AddNode(g, "ministry:france:interior", "ministry", "Ministry of the Interior", "France",
                    "france");
  auto x = AddNode(g, "person:x", "person", "Gérald Darmanin");
  auto y = AddNode(g, "person:y", "person", "Tô Lâm", "Vietnam", "vietnam");
  AddEdge(g, x, fr, "holds_position", "2021", "Minister");
  AddEdge(g, y, x, "met", "2021-11-04");
  TimelineOptions options;
  options.pair = {"vietnam", "france"};
  Timeline t = BuildTimeline(graph, options);
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].text ==
        "Tô Lâm (Vietnam) met Gérald Darmanin (France, Minister, Ministry of the Interior).");
}

TEST_CASE("Country nodes do not join separate occasions of one day", "[timeline]") {
  Graph graph;
  auto& g = graph.g;
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");
  auto a = AddNode(g, "person:a", "person", "Anh A", "Vietnam", "vietnam");
  auto b = AddNode(g, "person:b", "person", "Bernard B", "France", "france");
  auto c = AddNode(g, "person:c", "person", "Chinh C", "Vietnam", "vietnam");
  auto d = AddNode(g, "person:d", "person", "Denis D", "France", "france");
  AddEdge(g, a, france, "visited", "2021-11-04");
  AddEdge(g, a, b, "met", "2021-11-04");
  AddEdge(g, c, france, "visited", "2021-11-04");
  AddEdge(g, c, d, "met", "2021-11-04");
  Timeline t = BuildTimeline(graph, {});
  REQUIRE(t.events.size() == 2);
  CHECK(t.events[0].headline == "Anh A meets Bernard B");
  CHECK(t.events[0].text == "Anh A (Vietnam) met Bernard B (France). Anh A visited France.");
  CHECK(t.events[0].id == "ev-2021-11-04-1");
  CHECK(t.events[1].headline == "Chinh C meets Denis D");
  CHECK(t.events[1].id == "ev-2021-11-04-2");
}

TEST_CASE("A meeting reported in both directions is told once", "[timeline]") {
  Graph graph;
  auto a = AddNode(graph.g, "person:a", "person", "A");
  auto b = AddNode(graph.g, "person:b", "person", "B");
  AddEdge(graph.g, a, b, "met", "2022-03-01");
  AddEdge(graph.g, b, a, "met", "2022-03-01");
  Timeline t = BuildTimeline(graph, {});
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].headline == "A meets B");
  CHECK(t.events[0].text == "A met B.");
}

TEST_CASE("Many participants are shortened in the headline", "[timeline]") {
  Graph graph;
  auto& g = graph.g;
  std::vector<GraphData::vertex_descriptor> people;
  for (char c = 'a'; c <= 'f'; ++c)
    people.push_back(AddNode(g, std::string("person:") + c, "person", std::string("P") + c));
  for (size_t i = 1; i < people.size(); ++i) AddEdge(g, people[0], people[i], "met", "2020");
  Timeline t = BuildTimeline(graph, {});
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].headline == "Pa meets Pb, Pc, Pd and 2 others");
  CHECK(t.events[0].text == "Pa met Pb, Pc, Pd, Pe and Pf.");
  CHECK(t.events[0].group == "meeting");
}

TEST_CASE("Undated meetings are kept apart", "[timeline]") {
  Graph graph;
  auto a = AddNode(graph.g, "person:a", "person", "A");
  auto b = AddNode(graph.g, "person:b", "person", "B");
  AddEdge(graph.g, a, b, "met", "");
  Timeline t = BuildTimeline(graph, {});
  CHECK(t.events.empty());
  REQUIRE(t.undated.size() == 1);
  CHECK(t.undated[0].id == "ev-undated-1");
}

}  // namespace
}  // namespace bilat
