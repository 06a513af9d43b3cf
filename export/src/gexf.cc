// GEXF 1.3 for Gephi's Timeline: a dynamic graph whose dated edges carry [start, end) day
// intervals. Gephi refuses an interval with equal bounds, so a one-day event ends the next day.
// Each edge has exactly one interval, so no spells can overlap; undated edges have none and exist
// at all times. Same columns as the GraphML (see BuildAttrTable), numeric attribute ids.

#include <charconv>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AttrTable;
using export_internal::Column;
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

void WriteEdges(const AttrTable& t, const GraphData& g, const std::vector<std::string>& ids,
                std::ostream& out) {
  out << "    <edges>\n";
  for (size_t i = 0; i < t.edges.size(); ++i) {
    const auto& cols = t.edge_columns;
    const auto& values = t.edge_values[i];
    out << "      <edge id=\"e" << std::to_string(i) << "\" source=\"n"
        << std::to_string(source(t.edges[i], g)) << "\" target=\"n"
        << std::to_string(target(t.edges[i], g)) << "\" kind=\""
        << XmlAttr(Native(cols, values, GexfPlace::kKind)) << "\" label=\""
        << XmlAttr(Native(cols, values, GexfPlace::kLabel)) << "\" weight=\""
        << Native(cols, values, GexfPlace::kWeight) << "\"";
    const std::string& start = Native(cols, values, GexfPlace::kStart);
    const std::string& end = Native(cols, values, GexfPlace::kEnd);
    if (!start.empty() && !end.empty()) out << " start=\"" << start << "\" end=\"" << end << "\"";
    out << ">\n";
    WriteAttvalues(ids, values, "        ", out);
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
