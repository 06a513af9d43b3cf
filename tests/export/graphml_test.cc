// GraphML: the SPEC's key contract, escaping, and a round trip through Boost's read_graphml.

#include <algorithm>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;
namespace pt = boost::property_tree;

// An XML attribute; '/' separates the path because GraphML names contain dots (attr.name).
std::string Attr(const pt::ptree& el, const std::string& name) {
  return el.get<std::string>(pt::ptree::path_type("<xmlattr>/" + name, '/'), "");
}

pt::ptree ParseXml(const std::string& xml) {
  std::istringstream in(xml);
  pt::ptree tree;
  pt::read_xml(in, tree);  // throws on malformed XML
  return tree;
}

// What Boost's read_graphml gives back.
struct RNode {
  std::string label, kind, country, color, aliases, entity;
  float size = 0;
  int degree = 0;
};
struct REdge {
  std::string label, kind, date, start, end, evidence, sources;
  double weight = 0;
};
using RGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, RNode, REdge>;

RGraph ReadBack(const std::string& xml) {
  RGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", get(&RNode::label, g));
  dp.property("kind", get(&RNode::kind, g));
  dp.property("country", get(&RNode::country, g));
  dp.property("color", get(&RNode::color, g));
  dp.property("aliases", get(&RNode::aliases, g));
  dp.property("entity", get(&RNode::entity, g));
  dp.property("size", get(&RNode::size, g));
  dp.property("degree", get(&RNode::degree, g));
  dp.property("label", get(&REdge::label, g));
  dp.property("kind", get(&REdge::kind, g));
  dp.property("date", get(&REdge::date, g));
  dp.property("start", get(&REdge::start, g));
  dp.property("end", get(&REdge::end, g));
  dp.property("weight", get(&REdge::weight, g));
  dp.property("evidence", get(&REdge::evidence, g));
  dp.property("sources", get(&REdge::sources, g));
  std::istringstream in(xml);
  boost::read_graphml(in, g, dp);
  return g;
}

// Edge date -> (start, end) as read back.
std::map<std::string, std::pair<std::string, std::string>> Intervals(const RGraph& g) {
  std::map<std::string, std::pair<std::string, std::string>> out;
  for (auto e : boost::make_iterator_range(edges(g))) out[g[e].date] = {g[e].start, g[e].end};
  return out;
}

TEST_CASE("GraphML starts with the UTF-8 declaration and declares keys as SPEC says", "[graphml]") {
  std::string xml = Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); });
  REQUIRE(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  pt::ptree tree = ParseXml(xml);
  const std::set<std::string> types = {"boolean", "int", "long", "float", "double", "string"};
  std::map<std::string, std::set<std::string>> keys;  // for -> names
  for (const auto& [tag, key] : tree.get_child("graphml")) {
    if (tag != "key") continue;
    std::string id = Attr(key, "id");
    CHECK(Attr(key, "attr.name") == id);
    CHECK(types.count(Attr(key, "attr.type")) == 1);
    std::string domain = Attr(key, "for");
    CHECK((domain == "node" || domain == "edge"));
    keys[domain].insert(id);
  }
  for (const char* k : {"label", "kind", "country", "color", "size", "aliases", "sources"})
    CHECK(keys["node"].count(k) == 1);
  for (const char* k : {"label", "kind", "date", "start", "end", "weight", "role", "place",
                        "sources", "evidence", "date_source", "provenance"})
    CHECK(keys["edge"].count(k) == 1);
  // Node attrs keys are declared too (sorted after the fixed ones).
  CHECK(keys["node"].count("period") == 1);
  CHECK(keys["node"].count("topic") == 1);
  CHECK(keys["node"].count("type") == 1);
  // Boost's read_graphml cannot read true/false, and SPEC wants true/false: no boolean keys.
  CHECK(xml.find("attr.type=\"boolean\"") == std::string::npos);
}

TEST_CASE("GraphML reads back in Boost's read_graphml", "[graphml]") {
  Graph graph = SampleGraph();
  RGraph g = ReadBack(Render([&](std::ostream& o) { WriteGraphml(graph, o); }));
  REQUIRE(num_vertices(g) == num_vertices(graph.g));
  REQUIRE(num_edges(g) == num_edges(graph.g));
  for (auto v : boost::make_iterator_range(vertices(g))) {
    CHECK(g[v].label == graph.g[v].label);
    CHECK(g[v].kind == graph.g[v].kind);
    CHECK(g[v].entity == graph.g[v].id);
    CHECK(g[v].color == KindColor(graph.g[v].kind));
    CHECK(g[v].color.size() == 7);
    CHECK(g[v].size >= 10);
  }
  CHECK(g[9].label == "Phạm Thị Thanh Trà");
  CHECK(g[9].aliases == "Pham Thi Thanh Tra");
  CHECK(g[9].degree == 4);
  for (auto e : boost::make_iterator_range(edges(g))) {
    CHECK(g[e].weight > 0);
    CHECK(!g[e].label.empty());
    CHECK(!g[e].kind.empty());
  }
}

TEST_CASE("GraphML gives Gephi day intervals: a one-day event ends the next day", "[graphml]") {
  auto intervals =
      Intervals(ReadBack(Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); })));
  using P = std::pair<std::string, std::string>;
  CHECK(intervals["2024-10-04"] == P{"2024-10-04", "2024-10-05"});
  CHECK(intervals["2024-10"] == P{"2024-10-01", "2024-11-01"});
  CHECK(intervals["2024-10-03/2024-10-07"] == P{"2024-10-03", "2024-10-08"});
  CHECK(intervals["2023-12-12"] == P{"2023-12-12", "2023-12-13"});
  CHECK(intervals["2021-11-04?"] == P{"2021-11-04", "2021-11-05"});
  CHECK(intervals["XXXX-05-06"] == P{"", ""});  // year unknown: no interval
  CHECK(intervals[""] == P{"", ""});
}

TEST_CASE("GraphML edge labels, weights and evidence", "[graphml]") {
  RGraph g = ReadBack(Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); }));
  std::map<std::string, REdge> by_label;
  std::map<std::string, int> count;
  for (auto e : boost::make_iterator_range(edges(g))) {
    by_label[g[e].label] = g[e];
    ++count[g[e].label];
  }
  REQUIRE(by_label.count("met 2024-10-04") == 1);
  CHECK(by_label["met 2024-10-04"].weight == 2);
  CHECK(by_label["met 2024-10-04"].sources == "doc1.txt|doc2.txt");
  CHECK(by_label["met 2024-10-04"].evidence == "Evidence for met in doc1.txt.");
  CHECK(by_label.count("holds_position (Minister of Home Affairs) 2024-10-04") == 1);
  CHECK(count["part_of"] == 2);
  CHECK(by_label["part_of"].weight == 1);
}

TEST_CASE("GraphML escapes markup, drops control characters and writes NFC", "[graphml][xml]") {
  Graph graph;
  // "Phạm" with the dot below decomposed (NFD), markup, a control character, a lone surrogate
  // (as bytes), U+FFFE and a C1 control.
  std::string nasty = "Pha\xCC\xA3m <Tom> & \"Jerry\" 'x'\x01\x0B\xED\xA0\x80\xEF\xBF\xBE\xC2\x85!";
  auto a = AddNode(graph.g, "person:a", "person", nasty);
  auto b = AddNode(graph.g, "person:b", "person", "Nguyễn Thị B");
  graph.g[a].attrs = {{"note\x02", "tab\there"},
                      {"label", "shadow"},
                      {"weight", "heavy"},
                      {"signed on", "2024"},
                      {"9lives", "cat"}};
  AddEdge(graph.g, a, b, "met", "2024-10-04", "", "Paris <\x1F>");
  std::string xml = Render([&](std::ostream& o) { WriteGraphml(graph, o); });
  CHECK(std::none_of(xml.begin(), xml.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
  }));
  CHECK(xml.find("&lt;Tom&gt; &amp; &quot;Jerry&quot; &apos;x&apos;") != std::string::npos);
  RGraph g = ReadBack(xml);
  CHECK(g[0].label == "Phạm <Tom> & \"Jerry\" 'x'!");
  CHECK(g[1].label == "Nguyễn Thị B");
  // attrs keys become safe names that never shadow a fixed key.
  for (const char* key : {"id=\"attr_label\"", "id=\"attr_weight\"", "id=\"signed_on\"",
                          "id=\"attr_9lives\"", "id=\"note\""})
    CHECK(xml.find(key) != std::string::npos);
  CHECK(Count(xml, "id=\"label\"") == 2);  // one node key, one edge key
  CHECK(xml.find("<data key=\"place\">Paris &lt;&gt;</data>") != std::string::npos);
}

TEST_CASE("GraphML output is deterministic", "[graphml]") {
  std::string a = Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); });
  std::string b = Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); });
  CHECK(a == b);
}

TEST_CASE("XmlEscape", "[xml]") {
  struct Row {
    std::string in, out;
  };
  const std::vector<Row> rows = {
      {"plain", "plain"},
      {"a<b>&c", "a&lt;b&gt;&amp;c"},
      {"\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"},
      {"tab\tnl\ncr\r", "tab\tnl\ncr&#13;"},
      {"bell\x07 esc\x1B nul", "bell esc nul"},
      {"Tr\x61\xCC\x80 NFD", "Trà NFD"},
      {"bad \xFF\xFE byte", "bad  byte"},
      {"real \xEF\xBF\xBD replacement", "real \xEF\xBF\xBD replacement"},
      {"nonchar \xEF\xBF\xBF", "nonchar "},
      {"emoji \xF0\x9F\x87\xBB\xF0\x9F\x87\xB3", "emoji \xF0\x9F\x87\xBB\xF0\x9F\x87\xB3"},
  };
  for (const Row& r : rows) {
    INFO(r.in);
    CHECK(XmlEscape(r.in) == r.out);
  }
  CHECK(XmlEscape(std::string("nul\0byte", 8)) == "nulbyte");
}

TEST_CASE("KindColor gives #rrggbb per kind", "[graphml]") {
  std::set<std::string> seen;
  for (const char* kind : {"person", "ministry", "country", "agreement", "organization"}) {
    std::string c = KindColor(kind);
    REQUIRE(c.size() == 7);
    CHECK(c[0] == '#');
    CHECK(c.find_first_not_of("0123456789abcdef", 1) == std::string::npos);
    seen.insert(c);
  }
  CHECK(seen.size() == 5);
  CHECK(KindColor("whatever") == KindColor(""));
}

}  // namespace
}  // namespace bilat
