// GEXF 1.3 for Gephi's Timeline: a dynamic graph whose dated edges carry [start, end) day
// intervals. Gephi refuses an interval with equal bounds, so a one-day event ends the next day.
// Same columns as the GraphML (see BuildAttrTable), numeric attribute ids.
//
// What Gephi's importer does with it (gephi/gephi, modules/ImportPlugin ImporterGEXF.java and
// modules/ImportAPI ImportContainerImpl.java, AbstractProcessor.java), and what this writer does:
// - ImportContainerImpl.addEdge keys edges by (edge type, source, target), the type being the
//   GEXF `kind`; a second edge with the same key is a parallel edge that the processor merges
//   into the first (EdgeMergeStrategy SUM by default: weights added, attributes overwritten by
//   the last one, time intervals united). So the facts of one kind between one pair (Tra met
//   Kasbarian on 2021-11-04 and on 2024-10-04) are written as ONE edge: weight = the sum of
//   their weights (what Gephi would compute), one <spell> per distinct interval, and the
//   string attributes (date, role, place, sources, ...) joined with "|" so none is lost. The
//   edge's id is that of its first fact ("e<index>", as in the GraphML).
// - readEdge uses the edge's start/end attributes only when it has no <spell>: an edge with
//   one interval carries start/end (which Gephi Lite's graphology-gexf also reads), an edge with
//   several carries <spells> and no start/end.
// - Intervals of one edge must not overlap (graphstore's IntervalSet refuses it, and
//   AbstractProcessor.mergeIntervalSets drops the overlapping one): overlapping or touching
//   intervals are written as one spell.
// - An undated fact has no interval. Merged with dated ones, the edge has only their spells,
//   as Gephi's mergeTimeSets would give (an edge with no time set takes the other's); an edge
//   whose facts are all undated has no interval and exists at all times.

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AttrTable;
using export_internal::AttrType;
using export_internal::Column;
using export_internal::FormatDouble;
using export_internal::GexfPlace;
using export_internal::XmlAttr;

// Declares the <attvalue> columns of one class; their ids continue from `next_id`, so node and
// edge attribute ids never collide even in readers that keep one table.
std::vector<std::string> WriteAttributes(const std::vector<Column>& columns, const char* cls,
                                         int& next_id, std::ostream& out) {
  std::vector<std::string> ids(columns.size());
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].gexf != GexfPlace::kAttvalue) continue;
    ids[i] = std::to_string(next_id++);
    out << "      <attribute id=\"" << ids[i] << "\" title=\"" << XmlAttr(columns[i].name)
        << "\" type=\"" << export_internal::GexfType(columns[i].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
  return ids;
}

// The value of the first column placed at `place`, or "".
const std::string& Native(const std::vector<Column>& columns,
                          const std::vector<std::string>& values, GexfPlace place) {
  static const std::string kEmpty;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].gexf == place) return values[i];
  }
  return kEmpty;
}

void WriteAttvalues(const std::vector<std::string>& ids, const std::vector<std::string>& values,
                    const char* indent, std::ostream& out) {
  bool any = false;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty() || values[i].empty()) continue;
    if (!any) out << indent << "<attvalues>\n";
    any = true;
    out << indent << "  <attvalue for=\"" << ids[i] << "\" value=\"" << XmlAttr(values[i])
        << "\"/>\n";
  }
  if (any) out << indent << "</attvalues>\n";
}

// "#4e79a7" -> r="78" g="121" b="167"; grey for anything else.
std::string VizColor(const std::string& hex) {
  unsigned rgb = 0x9c9c9c;
  if (hex.size() == 7 && hex[0] == '#') std::from_chars(hex.data() + 1, hex.data() + 7, rgb, 16);
  return "<viz:color r=\"" + std::to_string((rgb >> 16) & 0xFF) + "\" g=\"" +
         std::to_string((rgb >> 8) & 0xFF) + "\" b=\"" + std::to_string(rgb & 0xFF) + "\"/>";
}

void WriteNodes(const AttrTable& t, const std::vector<std::string>& ids, std::ostream& out) {
  out << "    <nodes>\n";
  for (size_t v = 0; v < t.node_values.size(); ++v) {
    const auto& values = t.node_values[v];
    out << "      <node id=\"n" << std::to_string(v) << "\" label=\""
        << XmlAttr(Native(t.node_columns, values, GexfPlace::kLabel)) << "\">\n";
    WriteAttvalues(ids, values, "        ", out);
    out << "        " << VizColor(Native(t.node_columns, values, GexfPlace::kColor)) << "\n";
    out << "        <viz:size value=\"" << Native(t.node_columns, values, GexfPlace::kSize)
        << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n";
}

// The facts of one (source, target, kind): what Gephi would merge into one edge.
struct EdgeGroup {
  std::vector<size_t> members;  // edge indices, in graph order
};

std::vector<EdgeGroup> GroupParallelEdges(const AttrTable& t, const GraphData& g) {
  size_t kind = 0;
  while (t.edge_columns[kind].gexf != GexfPlace::kKind) ++kind;
  std::map<std::tuple<size_t, size_t, std::string>, size_t> index;
  std::vector<EdgeGroup> groups;
  for (size_t i = 0; i < t.edges.size(); ++i) {
    auto key =
        std::make_tuple(source(t.edges[i], g), target(t.edges[i], g), t.edge_values[i][kind]);
    auto [it, fresh] = index.emplace(key, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].members.push_back(i);
  }
  return groups;
}

// "a|b" joins of the members' values, each distinct value once, in order; "" when none.
std::string JoinDistinct(const std::vector<std::string>& values, char sep) {
  std::string out;
  std::set<std::string> seen;
  for (const std::string& v : values) {
    if (v.empty()) continue;
    // A member's own value may already be a list (sources): split it so each item counts once.
    size_t begin = 0;
    while (begin <= v.size()) {
      size_t end = v.find(sep, begin);
      if (end == std::string::npos) end = v.size();
      std::string item = v.substr(begin, end - begin);
      if (!item.empty() && seen.insert(item).second) {
        if (!out.empty()) out += sep;
        out += item;
      }
      begin = end + 1;
    }
  }
  return out;
}

// The values of a merged edge, column by column (see the file comment), and its intervals:
// sorted, with overlapping or touching ones united.
struct MergedEdge {
  std::vector<std::string> values;
  std::vector<std::pair<std::string, std::string>> spells;
};

MergedEdge MergeGroup(const AttrTable& t, const EdgeGroup& group) {
  const auto& cols = t.edge_columns;
  MergedEdge m;
  m.values.resize(cols.size());
  std::vector<std::pair<std::string, std::string>> intervals;
  double weight = 0;
  for (size_t c = 0; c < cols.size(); ++c) {
    std::vector<std::string> column;
    for (size_t i : group.members) column.push_back(t.edge_values[i][c]);
    switch (cols[c].gexf) {
      case GexfPlace::kWeight:
        for (const std::string& v : column) {
          double w = 0;  // from_chars: no locale, unlike stod
          std::from_chars(v.data(), v.data() + v.size(), w);
          weight += w;
        }
        m.values[c] = FormatDouble(weight);
        break;
      case GexfPlace::kKind:
        m.values[c] = column.front();
        break;
      case GexfPlace::kLabel:
        m.values[c] = JoinDistinct(column, ';');
        break;
      default:
        if (cols[c].type == AttrType::kBool) {
          bool any_true = std::count(column.begin(), column.end(), "true") > 0;
          bool any = std::count(column.begin(), column.end(), "false") > 0 || any_true;
          m.values[c] = any ? (any_true ? "true" : "false") : "";
        } else if (cols[c].name == "evidence") {
          for (const std::string& v : column) {
            if (!v.empty()) {
              m.values[c] = v;
              break;
            }
          }
        } else {
          m.values[c] = JoinDistinct(column, '|');
        }
    }
  }
  size_t start = 0, end = 0;
  for (size_t c = 0; c < cols.size(); ++c) {
    if (cols[c].gexf == GexfPlace::kStart) start = c;
    if (cols[c].gexf == GexfPlace::kEnd) end = c;
  }
  for (size_t i : group.members) {
    const auto& v = t.edge_values[i];
    if (!v[start].empty() && !v[end].empty()) intervals.emplace_back(v[start], v[end]);
  }
  std::sort(intervals.begin(), intervals.end());  // ISO days sort as text
  for (const auto& iv : intervals) {
    if (!m.spells.empty() && iv.first <= m.spells.back().second) {
      m.spells.back().second = std::max(m.spells.back().second, iv.second);
    } else {
      m.spells.push_back(iv);
    }
  }
  return m;
}

void WriteEdges(const AttrTable& t, const GraphData& g, const std::vector<std::string>& ids,
                std::ostream& out) {
  out << "    <edges>\n";
  const auto& cols = t.edge_columns;
  for (const EdgeGroup& group : GroupParallelEdges(t, g)) {
    size_t first = group.members.front();
    MergedEdge m = MergeGroup(t, group);
    out << "      <edge id=\"e" << std::to_string(first) << "\" source=\"n"
        << std::to_string(source(t.edges[first], g)) << "\" target=\"n"
        << std::to_string(target(t.edges[first], g)) << "\" kind=\""
        << XmlAttr(Native(cols, m.values, GexfPlace::kKind)) << "\" label=\""
        << XmlAttr(Native(cols, m.values, GexfPlace::kLabel)) << "\" weight=\""
        << Native(cols, m.values, GexfPlace::kWeight) << "\"";
    if (m.spells.size() == 1) {
      out << " start=\"" << m.spells[0].first << "\" end=\"" << m.spells[0].second << "\"";
    }
    out << ">\n";
    WriteAttvalues(ids, m.values, "        ", out);
    if (m.spells.size() > 1) {
      out << "        <spells>\n";
      for (const auto& [start, end] : m.spells)
        out << "          <spell start=\"" << start << "\" end=\"" << end << "\"/>\n";
      out << "        </spells>\n";
    }
    out << "      </edge>\n";
  }
  out << "    </edges>\n";
}

}  // namespace

void WriteGexf(const Graph& graph, std::ostream& out) {
  AttrTable t = export_internal::BuildAttrTable(graph);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\""
         " version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>bilat</creator>\n"
         "    <description>Bilateral relations: people, ministries, countries and agreements "
         "from "
      << std::to_string(graph.documents)
      << " documents</description>\n"
         "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
         " timerepresentation=\"interval\" timezone=\"UTC\">\n";
  int next_id = 0;
  auto node_ids = WriteAttributes(t.node_columns, "node", next_id, out);
  auto edge_ids = WriteAttributes(t.edge_columns, "edge", next_id, out);
  WriteNodes(t, node_ids, out);
  WriteEdges(t, graph.g, edge_ids, out);
  out << "  </graph>\n</gexf>\n";
}

}  // namespace bilat
