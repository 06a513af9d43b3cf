// The attribute table: which columns nodes and edges carry, and their values, computed once and
// printed by both the GraphML and the GEXF writer so the two files always agree.

#include <algorithm>
#include <map>
#include <set>

#include "export_internal.h"

namespace bilat::export_internal {

namespace {

// Fixed columns, in file order. Node `attrs` keys follow the node columns.
std::vector<Column> FixedNodeColumns() {
  return {{"label", AttrType::kString, GexfPlace::kLabel},
          {"kind", AttrType::kString, GexfPlace::kAttvalue},
          {"entity", AttrType::kString, GexfPlace::kAttvalue},
          {"country", AttrType::kString, GexfPlace::kAttvalue},
          {"color", AttrType::kString, GexfPlace::kColor},
          {"size", AttrType::kFloat, GexfPlace::kSize},
          {"degree", AttrType::kInt, GexfPlace::kAttvalue},
          {"aliases", AttrType::kString, GexfPlace::kAttvalue},
          {"sources", AttrType::kString, GexfPlace::kAttvalue}};
}

std::vector<Column> FixedEdgeColumns() {
  return {{"label", AttrType::kString, GexfPlace::kLabel},
          {"kind", AttrType::kString, GexfPlace::kKind},
          {"date", AttrType::kString, GexfPlace::kAttvalue},
          {"start", AttrType::kString, GexfPlace::kStart},
          {"end", AttrType::kString, GexfPlace::kEnd},
          {"weight", AttrType::kDouble, GexfPlace::kWeight},
          {"uncertain", AttrType::kBool, GexfPlace::kAttvalue, /*in_graphml=*/false},
          {"role", AttrType::kString, GexfPlace::kAttvalue},
          {"place", AttrType::kString, GexfPlace::kAttvalue},
          {"date_source", AttrType::kString, GexfPlace::kAttvalue},
          {"sources", AttrType::kString, GexfPlace::kAttvalue},
          {"evidence", AttrType::kString, GexfPlace::kAttvalue},
          {"provenance", AttrType::kString, GexfPlace::kAttvalue}};
}

// Column names of node attrs keys, in sorted key order. GraphML readers such as networkx keep
// one type per key id, so a name may be shared with an edge column only when the types agree.
std::map<std::string, std::string> AttrColumnNames(const GraphData& g,
                                                   const std::vector<Column>& node_fixed,
                                                   const std::vector<Column>& edge_fixed) {
  std::set<std::string> keys;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    for (const auto& [k, value] : g[v].attrs) {
      if (!value.empty()) keys.insert(k);
    }
  }
  std::set<std::string> taken;
  for (const Column& c : node_fixed) taken.insert(c.name);
  for (const Column& c : edge_fixed) {
    if (c.type != AttrType::kString) taken.insert(c.name);
  }
  std::map<std::string, std::string> names;
  for (const std::string& k : keys) {
    std::string name = ColumnName(k);
    if (taken.count(name)) name = "attr_" + name;
    std::string unique = name;
    for (int n = 2; taken.count(unique); ++n) unique = name + "_" + std::to_string(n);
    taken.insert(unique);
    names[k] = unique;
  }
  return names;
}

std::vector<std::string> NodeValues(const GraphData& g, Vertex v,
                                    const std::map<std::string, std::string>& attr_names) {
  const NodeProps& n = g[v];
  size_t degree = in_degree(v, g) + out_degree(v, g);
  std::vector<std::string> values = {n.label,
                                     n.kind,
                                     n.id,
                                     n.country,
                                     KindColor(n.kind),
                                     FormatDouble(NodeSize(degree)),
                                     std::to_string(degree),
                                     Join(n.aliases, "|"),
                                     Join(n.sources, "|")};
  for (const auto& [key, column] : attr_names) {
    auto it = n.attrs.find(key);
    values.push_back(it == n.attrs.end() ? "" : it->second);
  }
  for (std::string& s : values) s = CleanText(s);
  return values;
}

std::vector<std::string> EdgeValues(const EdgeProps& e) {
  auto interval = GephiInterval(e.date);
  bool dated = !e.date.empty();
  bool uncertain = e.date.start.uncertain || e.date.end.uncertain;
  std::vector<std::string> values = {
      EdgeLabel(e),
      e.kind,
      e.date.ToEdtf(),
      interval ? interval->first.Iso() : "",
      interval ? interval->second.Iso() : "",
      FormatDouble(e.weight() > 0 ? e.weight() : 1.0),
      dated ? (uncertain ? "true" : "false") : "",
      e.role,
      e.place,
      dated && e.date_source != DateSource::kNone ? std::string(DateSourceName(e.date_source)) : "",
      Join(e.sources, "|"),
      EdgeEvidence(e),
      CompactProvenance(e)};
  for (std::string& s : values) s = CleanText(s);
  return values;
}

}  // namespace

std::string_view GraphmlType(AttrType t) {
  switch (t) {
    case AttrType::kString:
      return "string";
    case AttrType::kInt:
      return "int";
    case AttrType::kFloat:
      return "float";
    case AttrType::kDouble:
      return "double";
    case AttrType::kBool:
      return "boolean";
  }
  return "string";
}

// GEXF spells GraphML's "int" as "integer" (Gephi rejects "int"); the other names agree.
std::string_view GexfType(AttrType t) { return t == AttrType::kInt ? "integer" : GraphmlType(t); }

std::string ColumnName(std::string_view key) {
  std::string name;
  bool pending = false;  // one '_' for every run of other characters
  for (char c : key) {
    bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!plain) {
      pending = true;
      continue;
    }
    if (pending && !name.empty()) name += '_';
    pending = false;
    name += c;
  }
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) name.insert(0, "attr_");
  return name;
}

std::string EdgeLabel(const EdgeProps& e) {
  std::string label = e.kind;
  if (!e.role.empty()) label += " (" + e.role + ")";
  if (!e.date.empty()) label += " " + e.date.ToEdtf();
  return label;
}

int EdgeEvidenceIndex(const EdgeProps& e) {
  for (size_t i = 0; i < e.provenance.size(); ++i) {
    const Provenance& p = e.provenance[i];
    if (!e.Evidence(i).empty() && (p.zone == Zone::kStory || p.zone == Zone::kHeadline))
      return static_cast<int>(i);
  }
  for (size_t i = 0; i < e.provenance.size(); ++i) {
    if (!e.Evidence(i).empty()) return static_cast<int>(i);
  }
  return -1;
}

std::string EdgeEvidence(const EdgeProps& e) {
  int i = EdgeEvidenceIndex(e);
  return i < 0 ? "" : e.Evidence(static_cast<size_t>(i));
}

std::string CompactProvenance(const EdgeProps& e) {
  std::vector<std::string> parts;
  for (const Provenance& p : e.provenance) {
    parts.push_back(p.doc + "#" + std::to_string(p.sentence) + "@" + std::to_string(p.begin) + "-" +
                    std::to_string(p.end));
  }
  return Join(parts, "|");
}

std::vector<Edge> OrderedEdges(const GraphData& g) {
  std::vector<Edge> out;
  out.reserve(num_edges(g));
  for (auto e : boost::make_iterator_range(edges(g))) out.push_back(e);
  return out;
}

AttrTable BuildAttrTable(const Graph& graph) {
  const GraphData& g = graph.g;
  AttrTable t;
  t.node_columns = FixedNodeColumns();
  t.edge_columns = FixedEdgeColumns();
  auto attr_names = AttrColumnNames(g, t.node_columns, t.edge_columns);
  for (const auto& [key, name] : attr_names) t.node_columns.push_back({name});
  for (auto v : boost::make_iterator_range(vertices(g)))
    t.node_values.push_back(NodeValues(g, v, attr_names));
  t.edges = OrderedEdges(g);
  for (const Edge& e : t.edges) t.edge_values.push_back(EdgeValues(g[e]));
  return t;
}

}  // namespace bilat::export_internal
