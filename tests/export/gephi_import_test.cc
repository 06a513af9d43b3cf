// What Gephi's own importers parse, read in their source (github.com/gephi/gephi, read at commit
// 8821311e1), one test per point, each naming the code it follows:
//   modules/ImportPlugin/src/main/java/org/gephi/io/importer/plugin/file/ImporterGEXF.java
//   modules/ImportPlugin/src/main/java/org/gephi/io/importer/plugin/file/ImporterGraphML.java
//   modules/ImportAPI/src/main/java/org/gephi/io/importer/impl/ImportContainerImpl.java
//   modules/ImportAPI/src/main/java/org/gephi/io/importer/impl/ImportContainerParameters.java
//   modules/ImportPlugin/src/main/java/org/gephi/io/processor/plugin/AbstractProcessor.java
// Gephi itself does not run here (a desktop Java application); these tests hold our files to
// what that code accepts.

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <tuple>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;
namespace pt = boost::property_tree;

pt::ptree ParseXml(const std::string& text) {
  pt::ptree tree;
  std::istringstream in(text);
  pt::read_xml(in, tree);
  return tree;
}

// An XML attribute ("attr.type" holds a dot, so the path uses '/').
std::string Attr(const pt::ptree& el, const std::string& name) {
  return el.get<std::string>(pt::ptree::path_type("<xmlattr>/" + name, '/'), "");
}

pt::ptree Gexf(const Graph& graph) {
  return ParseXml(Render([&](std::ostream& o) { WriteGexf(graph, o); }));
}

std::vector<const pt::ptree*> Edges(const pt::ptree& gexf) {
  std::vector<const pt::ptree*> out;
  for (const auto& [tag, e] : gexf.get_child("gexf.graph.edges"))
    if (tag == "edge") out.push_back(&e);
  return out;
}

std::vector<std::pair<std::string, std::string>> Spells(const pt::ptree& edge) {
  std::vector<std::pair<std::string, std::string>> out;
  if (auto spells = edge.get_child_optional("spells")) {
    for (const auto& [tag, s] : *spells)
      if (tag == "spell") out.emplace_back(Attr(s, "start"), Attr(s, "end"));
  }
  return out;
}

// Attribute title -> value of an element's <attvalues>.
std::map<std::string, std::string> Values(const pt::ptree& gexf, const pt::ptree& el,
                                          const std::string& cls) {
  std::map<std::string, std::string> titles, out;
  for (const auto& [tag, attrs] : gexf.get_child("gexf.graph")) {
    if (tag != "attributes" || Attr(attrs, "class") != cls) continue;
    for (const auto& [t, a] : attrs)
      if (t == "attribute") titles[Attr(a, "id")] = Attr(a, "title");
  }
  if (auto values = el.get_child_optional("attvalues")) {
    for (const auto& [t, v] : *values)
      if (t == "attvalue") out[titles[Attr(v, "for")]] = Attr(v, "value");
  }
  return out;
}

TEST_CASE("ImporterGEXF.readAttribute: types it knows, class node/edge, mode static", "[gephi]") {
  // readAttribute maps type names case-insensitively to Java classes; an unknown one is a SEVERE
  // issue and the column is dropped. readAttributes takes the class (must be node or edge) and
  // `mode` ("dynamic" makes every attvalue a time map; ours are static).
  const std::set<std::string> known = {"boolean", "bool",   "integer", "int",   "long",
                                       "float",   "double", "string",  "short", "byte"};
  pt::ptree g = Gexf(SampleGraph());
  int columns = 0;
  for (const auto& [tag, attrs] : g.get_child("gexf.graph")) {
    if (tag != "attributes") continue;
    CHECK((Attr(attrs, "class") == "node" || Attr(attrs, "class") == "edge"));
    CHECK(Attr(attrs, "mode") == "static");
    for (const auto& [t, a] : attrs) {
      if (t != "attribute") continue;
      ++columns;
      CHECK(known.count(Attr(a, "type")) == 1);
      CHECK(!Attr(a, "id").empty());  // readAttribute needs id and type, else SEVERE
      CHECK(!Attr(a, "title").empty());
    }
  }
  CHECK(columns > 10);
}

TEST_CASE("ImporterGEXF.readGraph: timeformat date, interval representation, zone id", "[gephi]") {
  // readGraph: "date" -> TimeFormat.DATE (so "2024-10-04" parses as a day, not a double, which is
  // the default for mode="dynamic" without timeformat); timerepresentation="interval", which
  // checkTimerepresentationIsInterval() requires before any start/end/spell is read; timezone
  // goes through ZoneId.of ("UTC" is valid).
  pt::ptree g = Gexf(SampleGraph());
  const pt::ptree& graph = g.get_child("gexf.graph");
  CHECK(Attr(graph, "mode") == "dynamic");
  CHECK(Attr(graph, "timeformat") == "date");
  CHECK(Attr(graph, "timerepresentation") == "interval");
  CHECK(Attr(graph, "timezone") == "UTC");
  CHECK(Attr(graph, "defaultedgetype") == "directed");
  for (const pt::ptree* e : Edges(g)) {  // edges need no type: defaultedgetype decides
    CHECK(Attr(*e, "type").empty());
    for (const auto& [start, end] : Spells(*e)) {
      CHECK(start.size() == 10);
      CHECK(end.size() == 10);
    }
  }
}

TEST_CASE("ImportContainerImpl.addEdge: one GEXF edge per (kind, source, target)", "[gephi]") {
  // addEdge keys edges by getEdgeType(kind) and the (source, target) pair; a second edge with the
  // same key is a parallel edge that the processor merges into the first (the default
  // ImportContainerParameters.edgesMergeStrategy is SUM). So we write one edge per key, with
  // the facts' intervals as spells, rather than let Gephi merge and overwrite attributes.
  pt::ptree g = Gexf(SampleGraph());
  std::set<std::tuple<std::string, std::string, std::string>> keys;
  int with_spells = 0;
  for (const pt::ptree* e : Edges(g)) {
    CHECK(!Attr(*e, "kind").empty());  // readEdge: EdgeDraft.setType(kind)
    CHECK(keys.insert({Attr(*e, "kind"), Attr(*e, "source"), Attr(*e, "target")}).second);
    if (Spells(*e).empty()) continue;
    ++with_spells;
    // Tra met Kasbarian on 2021-11-04 (year inferred) and 2024-10-04 (two articles).
    using P = std::pair<std::string, std::string>;
    CHECK(Spells(*e) == std::vector<P>{{"2021-11-04", "2021-11-05"}, {"2024-10-04", "2024-10-05"}});
    auto v = Values(g, *e, "edge");
    CHECK(v["date"] == "2021-11-04?|2024-10-04");  // no fact's date is lost
    CHECK(v["place"] == "Paris");
    CHECK(v["sources"] == "doc1.txt|doc2.txt");
    CHECK(v["uncertain"] == "true");
  }
  CHECK(with_spells == 1);
}

TEST_CASE("ImporterGEXF.readEdge: start/end attributes only on edges without spells", "[gephi]") {
  // readEdge reads <spell>s first and falls back on the edge's start/end attributes only
  // `if (!spells)`: an edge with both would silently lose its start/end. Spells need a start or
  // an end (readElementSpell), and addInterval refuses start >= end.
  pt::ptree g = Gexf(SampleGraph());
  for (const pt::ptree* e : Edges(g)) {
    auto spells = Spells(*e);
    if (!spells.empty()) {
      CHECK(Attr(*e, "start").empty());
      CHECK(Attr(*e, "end").empty());
      CHECK(spells.size() > 1);  // one interval is written as start/end
    }
    for (const auto& [start, end] : spells) CHECK(start < end);
    if (!Attr(*e, "start").empty()) CHECK(Attr(*e, "start") < Attr(*e, "end"));
  }
}

TEST_CASE("AbstractProcessor.mergeIntervalSets: spells of an edge never overlap", "[gephi]") {
  // IntervalSet refuses overlapping intervals (mergeIntervalSets catches the exception and drops
  // the interval): overlapping and touching intervals of one edge are written as one spell.
  Graph graph;
  auto a = AddNode(graph.g, "person:a", "person", "A");
  auto b = AddNode(graph.g, "person:b", "person", "B");
  AddEdge(graph.g, a, b, "met", "2024-10-03/2024-10-05");
  AddEdge(graph.g, a, b, "met", "2024-10-04");
  AddEdge(graph.g, a, b, "met", "2024-10-06");  // touches the previous: [.., 10-06) + [10-06, ..)
  AddEdge(graph.g, a, b, "met", "2024-12-01");
  AddEdge(graph.g, a, b, "met", "XXXX-05-06");  // no interval: adds none
  pt::ptree g = Gexf(graph);
  auto edges = Edges(g);
  REQUIRE(edges.size() == 1);
  using P = std::pair<std::string, std::string>;
  CHECK(Spells(*edges[0]) ==
        std::vector<P>{{"2024-10-03", "2024-10-07"}, {"2024-12-01", "2024-12-02"}});
}

TEST_CASE("AbstractProcessor.flushEdgeWeight: the merged weight is the sum, a float", "[gephi]") {
  // readEdge parses weight with Float.parseFloat; merging parallel edges with the default SUM
  // strategy adds their weights. Our merged edge carries that sum (3 = 1 article + 2 articles),
  // so the weight means the same whether Gephi or we merged.
  pt::ptree g = Gexf(SampleGraph());
  double total = 0;
  for (const pt::ptree* e : Edges(g)) {
    double w = std::stod(Attr(*e, "weight"));
    CHECK(w > 0);
    total += w;
    if (!Spells(*e).empty()) CHECK(Attr(*e, "weight") == "3");
  }
  double facts = 0;
  const Graph sample = SampleGraph();
  for (auto e : boost::make_iterator_range(edges(sample.g))) facts += sample.g[e].weight();
  CHECK(total == facts);
}

TEST_CASE("ImporterGEXF: edges of all-undated facts have no interval (exist at all times)",
          "[gephi]") {
  // An edge with neither spells nor start/end gets no time set; AbstractProcessor.mergeTimeSets
  // gives a merged edge the other's set, so dated facts decide when a mixed edge shows.
  Graph graph;
  auto a = AddNode(graph.g, "ministry:a", "ministry", "A");
  auto b = AddNode(graph.g, "country:b", "country", "B");
  AddEdge(graph.g, a, b, "part_of", "");
  AddEdge(graph.g, a, b, "party_to", "XXXX-05-06");
  pt::ptree g = Gexf(graph);
  auto edges = Edges(g);
  REQUIRE(edges.size() == 2);  // different kinds: different Gephi edge types
  for (const pt::ptree* e : edges) {
    CHECK(Attr(*e, "start").empty());
    CHECK(Spells(*e).empty());
  }
}

TEST_CASE("ImporterGEXF.readElementAttValue: static values parse as their column's type",
          "[gephi]") {
  // Static columns go through parseAndSetValue(column, value): booleans must read true/false,
  // integers as Java ints; no attvalue carries start/end (they are for dynamic columns).
  pt::ptree g = Gexf(SampleGraph());
  std::map<std::string, std::string> types;
  for (const auto& [tag, attrs] : g.get_child("gexf.graph")) {
    if (tag != "attributes") continue;
    for (const auto& [t, a] : attrs)
      if (t == "attribute") types[Attr(a, "id")] = Attr(a, "type");
  }
  auto check_values = [&](const pt::ptree& el) {
    auto values = el.get_child_optional("attvalues");
    if (!values) return;
    for (const auto& [t, v] : *values) {
      if (t != "attvalue") continue;
      const std::string type = types[Attr(v, "for")], value = Attr(v, "value");
      CHECK(!type.empty());
      CHECK(Attr(v, "start").empty());
      if (type == "boolean") CHECK((value == "true" || value == "false"));
      if (type == "integer") CHECK(value.find_first_not_of("0123456789") == std::string::npos);
      if (type == "float" || type == "double") CHECK_NOTHROW(std::stod(value));
    }
  };
  for (const auto& [tag, n] : g.get_child("gexf.graph.nodes"))
    if (tag == "node") check_values(n);
  for (const pt::ptree* e : Edges(g)) check_values(*e);
}

TEST_CASE("ImporterGraphML.readEdge: the edge's label attribute is its kind (Gephi edge type)",
          "[gephi]") {
  // ImporterGraphML reads the edge type from the XML attribute `label` of <edge> (EDGE_TYPE =
  // "label"), and the container merges parallel edges of one type. Gephi's ExporterGraphML writes
  // the type there too. Without it, visited and holds_position between one person and one
  // country would merge into one edge on import.
  std::string text = Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); });
  pt::ptree g = ParseXml(text);
  int edges = 0;
  for (const auto& [tag, e] : g.get_child("graphml.graph")) {
    if (tag != "edge") continue;
    ++edges;
    std::string kind;
    for (const auto& [t, d] : e)
      if (t == "data" && Attr(d, "key") == "kind") kind = d.data();
    CHECK(!kind.empty());
    CHECK(Attr(e, "label") == kind);
  }
  CHECK(edges == 13);  // GraphML keeps one edge per fact (SPEC)
}

TEST_CASE("ImporterGraphML.readAttribute: key types it knows; weight, label, size, color keys",
          "[gephi]") {
  // readAttribute knows boolean/int/integer/long/float/double/string/... (else the column is
  // dropped); keys named label, weight, size and color (by id or attr.name) become Gephi's own
  // properties: size through parseFloat, color through ImportUtils.parseColor ("#rrggbb").
  std::string text = Render([](std::ostream& o) { WriteGraphml(SampleGraph(), o); });
  pt::ptree g = ParseXml(text);
  const std::set<std::string> known = {"boolean", "int",    "integer", "long",
                                       "float",   "double", "string"};
  std::set<std::string> keys;
  for (const auto& [tag, k] : g.get_child("graphml")) {
    if (tag != "key") continue;
    CHECK(known.count(Attr(k, "attr.type")) == 1);
    keys.insert(Attr(k, "for") + "." + Attr(k, "id"));
  }
  for (const char* k : {"node.label", "node.size", "node.color", "edge.label", "edge.weight"})
    CHECK(keys.count(k) == 1);
  CHECK(text.find("<data key=\"color\">#") != std::string::npos);
}

}  // namespace
}  // namespace bilat
