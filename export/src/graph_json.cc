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

Json ProvenanceJson(const Provenance& p, const std::string& evidence) {
  return Json{{"doc", CleanText(p.doc)},
              {"sentence", p.sentence},
              {"begin", p.begin},
              {"end", p.end},
              {"zone", std::string(ZoneName(p.zone))},
              {"evidence", CleanText(evidence)}};
}

Json EdgeJson(const Graph& graph, const export_internal::Edge& e, size_t index) {
  const GraphData& g = graph.g;
  const EdgeProps& p = g[e];
  Json provenance = Json::array();
  for (size_t i = 0; i < p.provenance.size(); ++i)
    provenance.push_back(ProvenanceJson(p.provenance[i], p.Evidence(i)));
  bool dated = !p.date.empty() && p.date_source != DateSource::kNone;
  Json j{{"id", "e" + std::to_string(index)},
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
  // An edge repeated by more articles than the merge lists (MergeOptions::max_provenance) says
  // how many there were; other edges have no such keys.
  if (p.SourceCount() > p.sources.size()) j["sources_total"] = p.SourceCount();
  if (p.ProvenanceCount() > p.provenance.size()) j["provenance_total"] = p.ProvenanceCount();
  return j;
}

// Writes `j` as nlohmann's dump(1) would at nesting depth 2 (an element of a top-level array).
void WriteElement(const Json& j, std::ostream& out) {
  std::string s = j.dump(1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
  out << "  ";
  size_t from = 0;
  for (size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', from)) {
    out.write(s.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << "  ";
    from = nl + 1;
  }
  out.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
}

// Writes "[ elements ]" one element at a time, so that memory stays that of one element.
template <typename F>
void WriteArray(size_t n, F&& element, std::ostream& out) {
  if (n == 0) {
    out << "[]";
    return;
  }
  out << "[\n";
  for (size_t i = 0; i < n; ++i) {
    if (i) out << ",\n";
    WriteElement(element(i), out);
  }
  out << "\n ]";
}

}  // namespace

// The bytes are those of one ordered_json document dumped with indent 1, but nodes and edges are
// rendered one at a time: graph.json holds every provenance and is the largest output, so it is
// never built in memory as a whole.
void WriteGraphJson(const Graph& graph, std::ostream& out) {
  const GraphData& g = graph.g;
  std::vector<GraphData::vertex_descriptor> verts(vertices(g).first, vertices(g).second);
  out << "{\n \"nodes\": ";
  WriteArray(verts.size(), [&](size_t i) { return NodeJson(g[verts[i]]); }, out);
  auto ordered = export_internal::OrderedEdges(g);
  out << ",\n \"edges\": ";
  WriteArray(ordered.size(), [&](size_t i) { return EdgeJson(graph, ordered[i], i); }, out);
  out << ",\n \"documents\": " << graph.documents << "\n}\n";
}

}  // namespace bilat
