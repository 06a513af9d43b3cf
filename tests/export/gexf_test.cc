// GEXF 1.3: dynamic mode with day intervals, numeric attribute ids, GEXF type names, viz.

#include <algorithm>
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

struct Gexf {
  std::string text;
  pt::ptree tree;
  const pt::ptree& graph() const { return tree.get_child("gexf.graph"); }
};

Gexf Parse(const Graph& graph) {
  Gexf g;
  g.text = Render([&](std::ostream& o) { WriteGexf(graph, o); });
  std::istringstream in(g.text);
  pt::read_xml(in, g.tree);
  return g;
}

std::string Attr(const pt::ptree& el, const std::string& name) {
  return el.get<std::string>("<xmlattr>." + name, "");
}

TEST_CASE("GEXF header: version 1.3, dynamic, dates as intervals", "[gexf]") {
  Gexf g = Parse(SampleGraph());
  REQUIRE(g.text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  const pt::ptree& root = g.tree.get_child("gexf");
  CHECK(Attr(root, "xmlns") == "http://gexf.net/1.3");
  CHECK(Attr(root, "xmlns:viz") == "http://gexf.net/1.3/viz");
  CHECK(Attr(root, "version") == "1.3");
  CHECK(Attr(g.graph(), "mode") == "dynamic");
  CHECK(Attr(g.graph(), "defaultedgetype") == "directed");
  CHECK(Attr(g.graph(), "timeformat") == "date");
  CHECK(Attr(g.graph(), "timerepresentation") == "interval");
  CHECK(Attr(g.graph(), "timezone") == "UTC");
}

TEST_CASE("GEXF attributes have numeric ids and GEXF type names", "[gexf]") {
  Gexf g = Parse(SampleGraph());
  std::set<std::string> ids, titles;
  const std::set<std::string> types = {"string", "integer", "double", "float", "boolean"};
  for (const auto& [tag, attrs] : g.graph()) {
    if (tag != "attributes") continue;
    for (const auto& [t, a] : attrs) {
      if (t != "attribute") continue;
      std::string id = Attr(a, "id");
      CHECK(id.find_first_not_of("0123456789") == std::string::npos);
      CHECK(ids.insert(id).second);  // unique over both classes
      CHECK(types.count(Attr(a, "type")) == 1);
      titles.insert(Attr(attrs, "class") + "." + Attr(a, "title"));
    }
  }
  CHECK(g.text.find("type=\"int\"") == std::string::npos);
  CHECK(g.text.find("type=\"integer\"") != std::string::npos);  // degree
  CHECK(titles.count("node.kind") == 1);
  CHECK(titles.count("node.degree") == 1);
  CHECK(titles.count("edge.date") == 1);
  CHECK(titles.count("edge.uncertain") == 1);
  CHECK(titles.count("edge.evidence") == 1);
  // Native to the element, not attributes: label, weight, kind, start/end, colour and size.
  CHECK(titles.count("edge.kind") == 0);
  CHECK(titles.count("edge.weight") == 0);
  CHECK(titles.count("node.color") == 0);
}

TEST_CASE("GEXF nodes carry label, viz:color without alpha and viz:size", "[gexf]") {
  Gexf g = Parse(SampleGraph());
  int nodes = 0;
  for (const auto& [tag, node] : g.graph().get_child("nodes")) {
    if (tag != "node") continue;
    ++nodes;
    CHECK(!Attr(node, "label").empty());
    const pt::ptree& color = node.get_child("viz:color");
    CHECK(!Attr(color, "r").empty());
    CHECK(!Attr(color, "g").empty());
    CHECK(!Attr(color, "b").empty());
    CHECK(Attr(color, "a").empty());
    CHECK(std::stod(Attr(node.get_child("viz:size"), "value")) >= 10);
  }
  CHECK(nodes == 10);
  // person #4e79a7
  CHECK(g.text.find("<viz:color r=\"78\" g=\"121\" b=\"167\"/>") != std::string::npos);
}

TEST_CASE("GEXF dated edges: day intervals, a one-day event ends the next day", "[gexf]") {
  Gexf g = Parse(SampleGraph());
  std::map<std::string, std::pair<std::string, std::string>> by_label;
  int edges = 0;
  for (const auto& [tag, edge] : g.graph().get_child("edges")) {
    if (tag != "edge") continue;
    ++edges;
    CHECK(!Attr(edge, "kind").empty());
    CHECK(std::stod(Attr(edge, "weight")) > 0);
    if (edge.count("spells")) continue;  // parallel facts: gephi_import_test.cc
    std::string start = Attr(edge, "start"), end = Attr(edge, "end");
    if (!start.empty()) CHECK(start < end);  // Gephi refuses equal bounds
    by_label[Attr(edge, "label")] = {start, end};
  }
  CHECK(edges == 12);  // 13 facts; Tra met Kasbarian twice: one edge with two spells
  using P = std::pair<std::string, std::string>;
  CHECK(by_label["met 2023-12-12"] == P{"2023-12-12", "2023-12-13"});
  CHECK(by_label["visited 2024-10-03/2024-10-07"] == P{"2024-10-03", "2024-10-08"});
  CHECK(by_label["holds_position (Minister) 2024-10"] == P{"2024-10-01", "2024-11-01"});
  CHECK(by_label["met XXXX-05-06"] == P{"", ""});
  CHECK(by_label["part_of"] == P{"", ""});
  // The uncertain flag is a boolean written true/false (true on the merged met edge, one of
  // whose dates is inferred).
  CHECK(Count(g.text, "value=\"true\"") == 1);
  CHECK(Count(g.text, "value=\"false\"") == 9);
}

TEST_CASE("GEXF escapes attribute values and has no control characters", "[gexf][xml]") {
  Graph graph;
  auto a = AddNode(graph.g, "person:a", "person", "A <&> \"B\"\x01\nC");
  auto b = AddNode(graph.g, "agreement:b", "agreement", "Hiệp định");
  AddEdge(graph.g, a, b, "signed", "2024-02-29", "", "Hà Nội\t(HN)");
  Gexf g = Parse(graph);
  CHECK(std::none_of(g.text.begin(), g.text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
  CHECK(Attr(g.graph().get_child("nodes").front().second, "label") == "A <&> \"B\"\nC");
  CHECK(g.text.find("label=\"A &lt;&amp;&gt; &quot;B&quot;&#10;C\"") != std::string::npos);
  CHECK(g.text.find("Hà Nội&#9;(HN)") != std::string::npos);
  CHECK(g.text.find("start=\"2024-02-29\" end=\"2024-03-01\"") != std::string::npos);
}

TEST_CASE("GEXF output is deterministic", "[gexf]") {
  CHECK(Render([](std::ostream& o) { WriteGexf(SampleGraph(), o); }) ==
        Render([](std::ostream& o) { WriteGexf(SampleGraph(), o); }));
}

}  // namespace
}  // namespace bilat
