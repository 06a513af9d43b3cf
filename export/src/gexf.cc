// GEXF 1.3 for Gephi's Timeline: a dynamic graph whose dated edges carry [start, end) day
// intervals. Gephi refuses an interval with equal bounds, so a one-day event ends the next day.
// Same columns as the GraphML (see BuildAttrColumns), numeric attribute ids.
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
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_set>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AppendXmlEscaped;
using export_internal::AttrColumns;
using export_internal::AttrType;
using export_internal::Column;
using export_internal::FormatDouble;
using export_internal::GexfPlace;
using export_internal::OutBuffer;
using export_internal::XmlAttr;

// Declares the <attvalue> columns of one class; their ids continue from `next_id`, so node and
// edge attribute ids never collide even in readers that keep one table.
std::vector<std::string> WriteAttributes(const std::vector<Column>& columns, const char* cls,
                                         int& next_id, OutBuffer& out) {
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

// The index of the first column placed at `place`, or columns.size().
size_t NativeColumn(const std::vector<Column>& columns, GexfPlace place) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].gexf == place) return i;
  }
  return columns.size();
}

// The value of the first column placed at `place`, or "".
const std::string& Native(const std::vector<Column>& columns,
                          const std::vector<std::string>& values, GexfPlace place) {
  static const std::string kEmpty;
  size_t i = NativeColumn(columns, place);
  return i < columns.size() ? values[i] : kEmpty;
}

// Values are clean text (rows, and "|"/";" joins of their parts).
void WriteAttvalues(const std::vector<std::string>& ids, const std::vector<std::string>& values,
                    const char* indent, OutBuffer& out) {
  bool any = false;
  std::string& buf = out.buffer();
  for (size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty() || values[i].empty()) continue;
    if (!any) {
      buf += indent;
      buf += "<attvalues>\n";
    }
    any = true;
    buf += indent;
    buf += "  <attvalue for=\"";
    buf += ids[i];
    buf += "\" value=\"";
    AppendXmlEscaped(buf, values[i], /*attr=*/true);
    buf += "\"/>\n";
    out.Check();
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

void WriteNodes(const GraphData& g, const AttrColumns& t, const std::vector<std::string>& ids,
                OutBuffer& out) {
  out << "    <nodes>\n";
  std::vector<std::string> values;
  for (size_t v = 0; v < num_vertices(g); ++v) {
    export_internal::NodeRow(g, v, t, values);
    out << "      <node id=\"n" << v << "\" label=\"";
    AppendXmlEscaped(out.buffer(), Native(t.node_columns, values, GexfPlace::kLabel), true);
    out << "\">\n";
    WriteAttvalues(ids, values, "        ", out);
    out << "        " << VizColor(Native(t.node_columns, values, GexfPlace::kColor)) << "\n";
    out << "        <viz:size value=\"" << Native(t.node_columns, values, GexfPlace::kSize)
        << "\"/>\n";
    out << "      </node>\n";
  }
  out << "    </nodes>\n";
}

// The facts of one (source, target, kind): what Gephi would merge into one edge. Groups are
// listed in the order of their first member; members are edge indices, in graph order.
// Returns the members of every group, one after the other, and where each group starts.
struct EdgeGroups {
  std::vector<uint32_t> members;
  std::vector<uint32_t> starts;  // group k is members[starts[k] .. starts[k + 1])
};

EdgeGroups GroupParallelEdges(const AttrColumns& t, const GraphData& g) {
  // Edges are keyed by their ends and cleaned kind; kinds are numbered (any consistent order
  // serves: only equality groups), then the edge indices sorted by key and index.
  std::vector<std::string> kinds;
  std::vector<uint32_t> kind_of(t.edges.size());
  std::string scratch;
  for (size_t i = 0; i < t.edges.size(); ++i) {
    std::string_view kind = export_internal::CleanView(g[t.edges[i]].kind, scratch);
    size_t k = 0;
    while (k < kinds.size() && kinds[k] != kind) ++k;
    if (k == kinds.size()) kinds.emplace_back(kind);
    kind_of[i] = static_cast<uint32_t>(k);
  }
  std::vector<uint32_t> order(t.edges.size());
  std::iota(order.begin(), order.end(), 0u);
  auto key = [&](uint32_t i) {
    return std::make_tuple(source(t.edges[i], g), target(t.edges[i], g), kind_of[i], i);
  };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  // Runs of one key: (first member = smallest index, begin, end in `order`).
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> runs;
  for (size_t k = 0; k < order.size(); ++k) {
    uint32_t i = order[k];
    if (k == 0 || source(t.edges[i], g) != source(t.edges[order[k - 1]], g) ||
        target(t.edges[i], g) != target(t.edges[order[k - 1]], g) ||
        kind_of[i] != kind_of[order[k - 1]]) {
      if (!runs.empty()) std::get<2>(runs.back()) = static_cast<uint32_t>(k);
      runs.emplace_back(i, static_cast<uint32_t>(k), 0);
    }
  }
  if (!runs.empty()) std::get<2>(runs.back()) = static_cast<uint32_t>(order.size());
  std::sort(runs.begin(), runs.end());
  EdgeGroups groups;
  groups.members.reserve(order.size());
  groups.starts.reserve(runs.size() + 1);
  for (const auto& [first, begin, end] : runs) {
    groups.starts.push_back(static_cast<uint32_t>(groups.members.size()));
    groups.members.insert(groups.members.end(), order.begin() + begin, order.begin() + end);
  }
  groups.starts.push_back(static_cast<uint32_t>(groups.members.size()));
  return groups;
}

// "a|b" joins of the members' values, each distinct value once, in order; "" when none.
std::string JoinDistinct(const std::vector<std::string_view>& values, char sep) {
  std::string out;
  std::unordered_set<std::string_view> seen;  // views into `values`
  for (std::string_view v : values) {
    if (v.empty()) continue;
    // A member's own value may already be a list (sources): split it so each item counts once.
    size_t begin = 0;
    while (begin <= v.size()) {
      size_t end = v.find(sep, begin);
      if (end == std::string_view::npos) end = v.size();
      std::string_view item = v.substr(begin, end - begin);
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

// `rows`: the members' values, in member order.
MergedEdge MergeGroup(const std::vector<Column>& cols,
                      const std::vector<std::vector<std::string>>& rows, size_t n) {
  MergedEdge m;
  m.values.resize(cols.size());
  std::vector<std::pair<std::string, std::string>> intervals;
  double weight = 0;
  std::vector<std::string_view> column;
  for (size_t c = 0; c < cols.size(); ++c) {
    column.clear();
    for (size_t i = 0; i < n; ++i) column.push_back(rows[i][c]);
    switch (cols[c].gexf) {
      case GexfPlace::kWeight:
        for (std::string_view v : column) {
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
          for (std::string_view v : column) {
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
  size_t start = NativeColumn(cols, GexfPlace::kStart), end = NativeColumn(cols, GexfPlace::kEnd);
  for (size_t i = 0; i < n; ++i) {
    const auto& v = rows[i];
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

// One merged edge at a time: its members' rows are made, merged and written, then their memory
// is reused for the next group.
void WriteEdges(const AttrColumns& t, const GraphData& g, const std::vector<std::string>& ids,
                OutBuffer& out) {
  out << "    <edges>\n";
  const auto& cols = t.edge_columns;
  EdgeGroups groups = GroupParallelEdges(t, g);
  std::vector<std::vector<std::string>> rows;
  for (size_t k = 0; k + 1 < groups.starts.size(); ++k) {
    const uint32_t* members = groups.members.data() + groups.starts[k];
    size_t n = groups.starts[k + 1] - groups.starts[k];
    if (rows.size() < n) rows.resize(n);
    for (size_t i = 0; i < n; ++i) export_internal::EdgeRow(g[t.edges[members[i]]], rows[i]);
    size_t first = members[0];
    MergedEdge m = MergeGroup(cols, rows, n);
    out << "      <edge id=\"e" << first << "\" source=\"n" << source(t.edges[first], g)
        << "\" target=\"n" << target(t.edges[first], g) << "\" kind=\"";
    AppendXmlEscaped(out.buffer(), Native(cols, m.values, GexfPlace::kKind), true);
    out << "\" label=\"";
    AppendXmlEscaped(out.buffer(), Native(cols, m.values, GexfPlace::kLabel), true);
    out << "\" weight=\"" << Native(cols, m.values, GexfPlace::kWeight) << "\"";
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

void WriteGexf(const Graph& graph, std::ostream& os) {
  OutBuffer out(os);
  AttrColumns t = export_internal::BuildAttrColumns(graph);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\""
         " version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>bilat</creator>\n"
         "    <description>Bilateral relations: people, ministries, countries and agreements "
         "from "
      << graph.documents
      << " documents</description>\n"
         "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
         " timerepresentation=\"interval\" timezone=\"UTC\">\n";
  int next_id = 0;
  auto node_ids = WriteAttributes(t.node_columns, "node", next_id, out);
  auto edge_ids = WriteAttributes(t.edge_columns, "edge", next_id, out);
  WriteNodes(graph.g, t, node_ids, out);
  WriteEdges(t, graph.g, edge_ids, out);
  out << "  </graph>\n</gexf>\n";
}

}  // namespace bilat
