// The attribute table: which columns nodes and edges carry, and their values, computed once and
// printed by both the GraphML and the GEXF writer so the two files always agree.

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "export_internal.h"

namespace bilat::export_internal {

namespace {

// Fixed columns, in file order. Node `attrs` keys follow the node columns. NodeRow and EdgeRow
// fill the values in this order.
constexpr size_t kFixedNodeColumns = 9, kEdgeColumns = 13;
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

namespace {

void AppendCompactProvenance(std::string& out, const EdgeProps& e) {
  char tmp[16];
  auto num = [&](auto v) {
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    out.append(tmp, static_cast<size_t>(r.ptr - tmp));
  };
  for (size_t i = 0; i < e.provenance.size(); ++i) {
    const Provenance& p = e.provenance[i];
    if (i) out += '|';
    out += p.doc;
    out += '#';
    num(p.sentence);
    out += '@';
    num(p.begin);
    out += '-';
    num(p.end);
  }
}

void AppendJoined(std::string& out, const std::vector<std::string>& parts, char sep) {
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
}

}  // namespace

std::string CompactProvenance(const EdgeProps& e) {
  std::string out;
  AppendCompactProvenance(out, e);
  return out;
}

std::vector<Edge> OrderedEdges(const GraphData& g) {
  std::vector<Edge> out;
  out.reserve(num_edges(g));
  for (auto e : boost::make_iterator_range(edges(g))) out.push_back(e);
  return out;
}

AttrColumns BuildAttrColumns(const Graph& graph) {
  const GraphData& g = graph.g;
  AttrColumns t;
  t.node_columns = FixedNodeColumns();
  t.edge_columns = FixedEdgeColumns();
  auto attr_names = AttrColumnNames(g, t.node_columns, t.edge_columns);
  for (const auto& [key, name] : attr_names) {
    t.node_columns.push_back({name});
    t.attr_keys.push_back(key);
  }
  t.edges = OrderedEdges(g);
  return t;
}

void NodeRow(const GraphData& g, Vertex v, const AttrColumns& t, std::vector<std::string>& values) {
  const NodeProps& n = g[v];
  size_t degree = in_degree(v, g) + out_degree(v, g);
  values.resize(kFixedNodeColumns + t.attr_keys.size());
  values[0] = n.label;
  values[1] = n.kind;
  values[2] = n.id;
  values[3] = n.country;
  values[4] = KindColor(n.kind);
  values[5] = FormatDouble(NodeSize(degree));
  values[6].clear();
  {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, degree);
    values[6].append(tmp, static_cast<size_t>(r.ptr - tmp));
  }
  values[7].clear();
  AppendJoined(values[7], n.aliases, '|');
  values[8].clear();
  AppendJoined(values[8], n.sources, '|');
  for (size_t k = 0; k < t.attr_keys.size(); ++k) {
    auto it = n.attrs.find(t.attr_keys[k]);
    std::string& value = values[kFixedNodeColumns + k];
    if (it == n.attrs.end())
      value.clear();
    else
      value = it->second;
  }
  thread_local std::string scratch;
  for (std::string& s : values) CleanInPlace(s, scratch);
}

void EdgeRow(const EdgeProps& e, std::vector<std::string>& values) {
  auto interval = GephiInterval(e.date);
  bool dated = !e.date.empty();
  bool uncertain = e.date.start.uncertain || e.date.end.uncertain;
  values.resize(kEdgeColumns);
  std::string edtf = e.date.ToEdtf();
  // label: "kind (role) date", as EdgeLabel()
  std::string& label = values[0];
  label = e.kind;
  if (!e.role.empty()) {
    label += " (";
    label += e.role;
    label += ')';
  }
  if (dated) {
    label += ' ';
    label += edtf;
  }
  values[1] = e.kind;
  values[2] = edtf;
  if (interval) {
    values[3] = interval->first.Iso();
    values[4] = interval->second.Iso();
  } else {
    values[3].clear();
    values[4].clear();
  }
  values[5] = FormatDouble(e.weight() > 0 ? e.weight() : 1.0);
  values[6] = dated ? (uncertain ? "true" : "false") : "";
  values[7] = e.role;
  values[8] = e.place;
  if (dated && e.date_source != DateSource::kNone)
    values[9] = DateSourceName(e.date_source);
  else
    values[9].clear();
  values[10].clear();
  AppendJoined(values[10], e.sources, '|');
  int evidence = EdgeEvidenceIndex(e);
  if (evidence < 0)
    values[11].clear();
  else
    values[11] = e.Evidence(static_cast<size_t>(evidence));
  values[12].clear();
  AppendCompactProvenance(values[12], e);
  thread_local std::string scratch;
  for (std::string& s : values) CleanInPlace(s, scratch);
}

}  // namespace bilat::export_internal
