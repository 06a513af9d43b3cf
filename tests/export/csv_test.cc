// nodes.csv and edges.csv: RFC 4180 quoting, Gephi's column names, one row per node and edge.

#include <catch2/catch.hpp>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;

// Splits RFC 4180 text into records of fields (quotes undone), for the checks below.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

TEST_CASE("nodes.csv: Id and Label first, one row per node", "[csv]") {
  Graph graph = SampleGraph();
  auto rows = ParseCsv(Render([&](std::ostream& o) { WriteNodesCsv(graph, o); }));
  REQUIRE(rows.size() == num_vertices(graph.g) + 1);
  CHECK(rows[0][0] == "Id");
  CHECK(rows[0][1] == "Label");
  CHECK(rows[0][2] == "Kind");
  for (size_t i = 1; i < rows.size(); ++i) {
    CHECK(rows[i].size() == rows[0].size());
    CHECK(rows[i][0] == "n" + std::to_string(i - 1));
  }
  CHECK(rows.back()[1] == "Phạm Thị Thanh Trà");
}

TEST_CASE("edges.csv: Gephi's Source, Target, Type, Kind, Start, End, Weight", "[csv]") {
  Graph graph = SampleGraph();
  auto rows = ParseCsv(Render([&](std::ostream& o) { WriteEdgesCsv(graph, o); }));
  REQUIRE(rows.size() == num_edges(graph.g) + 1);
  const std::vector<std::string> leading = {"Source", "Target",   "Type",   "Kind", "Start",
                                            "End",    "Timeset", "Weight", "Id"};
  CHECK(std::vector<std::string>(rows[0].begin(), rows[0].begin() + 9) == leading);
  bool paris = false;
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    REQUIRE(r.size() == rows[0].size());
    CHECK(r[2] == "Directed");
    CHECK(std::stod(r[7]) > 0);
    if (!r[4].empty()) CHECK(r[6] == "<[" + r[4] + ", " + r[5] + "]>");
    if (r[3] == "met" && r[4] == "2024-10-04") {
      paris = true;
      CHECK(r[5] == "2024-10-05");
      CHECK(r[7] == "2");
    }
  }
  CHECK(paris);
}

TEST_CASE("CSV quotes commas, quotes and line breaks and ends records with CRLF", "[csv]") {
  Graph graph;
  auto a = AddNode(graph.g, "person:a", "person", "Smith, \"Jr\"\nII");
  auto b = AddNode(graph.g, "person:b", "person", "Plain");
  AddEdge(graph.g, a, b, "met", "2024-10-04", "", "Hanoi, Vietnam");
  std::string nodes = Render([&](std::ostream& o) { WriteNodesCsv(graph, o); });
  CHECK(nodes.find("n0,\"Smith, \"\"Jr\"\"\nII\",person") != std::string::npos);
  CHECK(nodes.find("n1,Plain,person") != std::string::npos);
  CHECK(Count(nodes, "\r\n") == 3);
  auto rows = ParseCsv(nodes);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1][1] == "Smith, \"Jr\"\nII");
  std::string edges = Render([&](std::ostream& o) { WriteEdgesCsv(graph, o); });
  CHECK(edges.find("\"Hanoi, Vietnam\"") != std::string::npos);
  CHECK(edges.substr(0, 3) != "\xEF\xBB\xBF");  // no BOM
}

}  // namespace
}  // namespace bilat
