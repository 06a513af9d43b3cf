// Small graphs built by hand for the export tests, and helpers to render a writer to a string.
#pragma once

#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bilat/export.h"
#include "bilat/graph.h"

namespace bilat::testing {

inline DateRange D(const std::string& edtf) {
  if (edtf.empty()) return {};
  auto d = DateRange::Parse(edtf);
  if (!d) throw std::runtime_error("bad test date " + edtf);
  return *d;
}

inline GraphData::vertex_descriptor AddNode(GraphData& g, std::string id, std::string kind,
                                            std::string label, std::string country = "",
                                            std::string country_id = "") {
  NodeProps n;
  n.id = std::move(id);
  n.kind = std::move(kind);
  n.label = std::move(label);
  n.country = std::move(country);
  n.country_id = std::move(country_id);
  n.sources = {"doc1.txt"};
  return add_vertex(n, g);
}

// An edge with one provenance per source document.
inline void AddEdge(GraphData& g, GraphData::vertex_descriptor s, GraphData::vertex_descriptor t,
                    const std::string& kind, const std::string& date, const std::string& role = "",
                    const std::string& place = "",
                    const std::vector<std::string>& sources = {"doc1.txt"}) {
  EdgeProps e;
  e.kind = kind;
  e.date = D(date);
  e.date_source = date.empty() ? DateSource::kNone : DateSource::kText;
  e.role = role;
  e.place = place;
  e.sources = sources;
  for (const std::string& doc : sources) {
    Provenance p;
    p.doc = doc;
    p.sentence = 2;
    p.begin = 10;
    p.end = 120;
    p.evidence = "Evidence for " + kind + " in " + doc + ".";
    e.provenance.push_back(p);
  }
  add_edge(s, t, e, g);
}

// Vietnam–France (and one Vietnam–China) relations around October 2024. Vertices sorted by id.
//   2024-10-04: Tra met Kasbarian in Paris, both signed the agreement, both ministries party_to
//   2024-10-03/2024-10-07: To Lam visited France
//   2023-12-12: To Lam met Wang Yi (Vietnam–China)
//   2021-11-04?: Tra met Kasbarian (inferred year)
//   XXXX-05-06: To Lam met Kasbarian (year unknown)
inline Graph SampleGraph() {
  Graph graph;
  graph.documents = 3;
  GraphData& g = graph.g;
  auto agreement =
      AddNode(g, "agreement:admin", "agreement", "Administrative cooperation agreement");
  g[agreement].attrs = {
      {"period", "2025/2028"}, {"topic", "public administration"}, {"type", "agreement"}};
  AddNode(g, "country:china", "country", "China", "China", "china");
  auto france = AddNode(g, "country:france", "country", "France", "France", "france");
  auto vietnam = AddNode(g, "country:vietnam", "country", "Vietnam", "Vietnam", "vietnam");
  auto fr_min = AddNode(g, "ministry:france:public_service", "ministry",
                        "Ministry of Public Service", "France", "france");
  auto vn_min = AddNode(g, "ministry:vietnam:home_affairs", "ministry", "Ministry of Home Affairs",
                        "Vietnam", "vietnam");
  auto wang = AddNode(g, "person:cn.wang_yi", "person", "Wang Yi", "China", "china");
  auto kasbarian =
      AddNode(g, "person:fr.kasbarian", "person", "Guillaume Kasbarian", "France", "france");
  g[kasbarian].aliases = {"Kasbarian"};
  auto tolam = AddNode(g, "person:vn.to_lam", "person", "Tô Lâm", "Vietnam", "vietnam");
  auto tra = AddNode(g, "person:vn.tra", "person", "Phạm Thị Thanh Trà", "Vietnam", "vietnam");
  g[tra].aliases = {"Pham Thi Thanh Tra"};

  AddEdge(g, fr_min, agreement, "party_to", "2024-10-04");
  AddEdge(g, fr_min, france, "part_of", "");
  AddEdge(g, vn_min, agreement, "party_to", "2024-10-04");
  AddEdge(g, vn_min, vietnam, "part_of", "");
  AddEdge(g, kasbarian, agreement, "signed", "2024-10-04");
  AddEdge(g, kasbarian, fr_min, "holds_position", "2024-10", "Minister");
  AddEdge(g, tolam, kasbarian, "met", "XXXX-05-06");
  AddEdge(g, tolam, wang, "met", "2023-12-12", "", "Hanoi");
  AddEdge(g, tolam, france, "visited", "2024-10-03/2024-10-07", "", "", {"doc1.txt", "doc3.txt"});
  AddEdge(g, tra, agreement, "signed", "2024-10-04");
  AddEdge(g, tra, kasbarian, "met", "2021-11-04?");
  AddEdge(g, tra, kasbarian, "met", "2024-10-04", "", "Paris", {"doc1.txt", "doc2.txt"});
  AddEdge(g, tra, vn_min, "holds_position", "2024-10-04", "Minister of Home Affairs");
  return graph;
}

inline std::string Render(const std::function<void(std::ostream&)>& write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

inline size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++n;
  return n;
}

}  // namespace bilat::testing
