// AgreeNodeDates: an agreement node's signed_on agrees with its signing edges' dates, in every
// output (GraphML, GEXF, CSV and graph.json all print the node's attrs).

#include <catch2/catch.hpp>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;

struct EdgeDate {
  std::string kind, date;
  std::vector<std::string> sources = {"doc1.txt"};
};

std::string SignedOn(const std::string& own, const std::vector<EdgeDate>& edges,
                     const std::string& id = "agr:doc1.txt#0") {
  Graph graph;
  GraphData& g = graph.g;
  auto agreement = AddNode(g, id, "agreement", "Letter of intent");
  if (!own.empty()) g[agreement].attrs["signed_on"] = own;
  int n = 0;
  for (const EdgeDate& e : edges) {
    std::string kind = e.kind == "signed" ? "person" : "ministry";
    auto v = AddNode(g, kind + ":" + std::to_string(n), kind, "N" + std::to_string(n));
    ++n;
    AddEdge(g, v, agreement, e.kind, e.date, "", "", e.sources);
  }
  AgreeNodeDates(graph);
  auto it = g[agreement].attrs.find("signed_on");
  return it == g[agreement].attrs.end() ? "" : it->second;
}

TEST_CASE("An agreement's signed_on is the best date of its signing edges", "[node_dates]") {
  struct Row {
    std::string own;
    std::vector<EdgeDate> edges;
    std::string want;
  };
  const std::vector<Row> rows = {
      // The article had no year; the merge found it for the edge.
      {"XXXX-10-04", {{"signed", "2024-10-04"}}, "2024-10-04"},
      {"XXXX-10-04", {{"signed", "2024-10-04?"}}, "2024-10-04?"},
      {"XXXX-10", {{"signed", "2023-10?"}, {"signed", "2023-10?"}}, "2023-10?"},
      // Two signers, one date certain: the certain one.
      {"2024-10-04?", {{"signed", "2024-10-04?"}, {"signed", "2024-10-04"}}, "2024-10-04"},
      // The more complete date first, then the certain one.
      {"", {{"signed", "2024-10"}, {"signed", "2024-10-04?"}}, "2024-10-04?"},
      {"", {{"signed", "XXXX-10-04"}, {"signed", "2024"}}, "2024"},
      // Two full dates: the one more articles report, then the earlier.
      {"", {{"signed", "2024-10-04"}, {"signed", "2024-10-05", {"a.txt", "b.txt"}}}, "2024-10-05"},
      {"", {{"signed", "2024-10-05"}, {"signed", "2024-10-04"}}, "2024-10-04"},
      // No signing edge: the dated party_to edges.
      {"", {{"party_to", "2023-10"}, {"party_to", ""}}, "2023-10"},
      {"XXXX-11-04", {{"party_to", "2021-11-04?"}}, "2021-11-04?"},
      // Signing edges win over party_to edges.
      {"", {{"party_to", "2021-11-04"}, {"signed", "2021-11-05"}}, "2021-11-05"},
      // Nothing dated to agree with: the node keeps its own reading (or has none).
      {"XXXX-10", {{"signed", ""}}, "XXXX-10"},
      {"", {{"signed", ""}}, ""},
      // A fuller date of its own (a knowledge-base instrument's day) is not made worse.
      {"2019-06-30", {{"signed", "2019"}}, "2019-06-30"},
      {"2019-06-30", {{"signed", "XXXX-06-30"}}, "2019-06-30"},
  };
  for (const Row& r : rows) {
    std::string edges;
    for (const EdgeDate& e : r.edges) edges += e.kind + "=" + e.date + " ";
    INFO(r.own << " | " << edges);
    CHECK(SignedOn(r.own, r.edges) == r.want);
  }
}

TEST_CASE("Merged articles: the node's signed_on is the edge's completed date", "[node_dates]") {
  // What the seeds showed: signed_on XXXX-10-04 on a node whose signing edge says 2024-10-04?.
  CHECK(SignedOn("XXXX-10-04", {{"signed", "2024-10-04?"}, {"party_to", "2024-10-04?"}}) ==
        "2024-10-04?");
}

}  // namespace
}  // namespace bilat
