// graph.json: the whole graph with every provenance, for scripts. Keys keep a fixed order
// (ordered_json) and `attrs` keys are sorted, so the file is deterministic.

#include <nlohmann/json.hpp>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::CleanText;
using Json = nlohmann::ordered_json;

Json Strings(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (const std::string& s : v) a.push_back(CleanText(s));
  return a;
}

Json NodeJson(const NodeProps& n) {
  Json attrs = Json::object();
  for (const auto& [k, v] : n.attrs) attrs[CleanText(k)] = CleanText(v);  // std::map: sorted
  return Json{{"id", CleanText(n.id)},
              {"label", CleanText(n.label)},
              {"kind", CleanText(n.kind)},
              {"country", CleanText(n.country)},
              {"country_id", CleanText(n.country_id)},
              {"aliases", Strings(n.aliases)},
              {"attrs", std::move(attrs)},
              {"sources", Strings(n.sources)}};
}

Json ProvenanceJson(const Provenance& p) {
  return Json{{"doc", CleanText(p.doc)},
              {"sentence", p.sentence},
              {"begin", p.begin},
              {"end", p.end},
              {"zone", std::string(ZoneName(p.zone))},
              {"evidence", CleanText(p.evidence)}};
}

Json EdgeJson(const Graph& graph, const export_internal::Edge& e, size_t index) {
  const GraphData& g = graph.g;
  const EdgeProps& p = g[e];
  Json provenance = Json::array();
  for (const Provenance& prov : p.provenance) provenance.push_back(ProvenanceJson(prov));
  bool dated = !p.date.empty() && p.date_source != DateSource::kNone;
  return Json{{"id", "e" + std::to_string(index)},
              {"source", CleanText(g[source(e, g)].id)},
              {"target", CleanText(g[target(e, g)].id)},
              {"kind", CleanText(p.kind)},
              {"date", p.date.ToEdtf()},
              {"date_source", dated ? std::string(DateSourceName(p.date_source)) : ""},
              {"role", CleanText(p.role)},
              {"place", CleanText(p.place)},
              {"weight", p.weight() > 0 ? p.weight() : 1.0},
              {"sources", Strings(p.sources)},
              {"provenance", std::move(provenance)}};
}

}  // namespace

void WriteGraphJson(const Graph& graph, std::ostream& out) {
  const GraphData& g = graph.g;
  Json nodes = Json::array();
  for (auto v : boost::make_iterator_range(vertices(g))) nodes.push_back(NodeJson(g[v]));
  Json edges = Json::array();
  auto ordered = export_internal::OrderedEdges(g);
  for (size_t i = 0; i < ordered.size(); ++i) edges.push_back(EdgeJson(graph, ordered[i], i));
  Json doc{
      {"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"documents", graph.documents}};
  out << doc.dump(1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << "\n";
}

}  // namespace bilat
