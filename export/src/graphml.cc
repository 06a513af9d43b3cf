// GraphML for Gephi, Gephi Lite (graphology-graphml), networkx, igraph, yEd and Boost.
//
// Written by hand rather than with boost::write_graphml, which leaves control characters raw and
// does not escape key names. Node ids are "n<vertex>", edge ids "e<index>"; a key's id equals its
// attr.name, so a name shared by nodes and edges (label, kind, sources) is one id declared twice,
// once per domain, always with the same type.
//
// Each <edge> also carries label="<kind>": Gephi's GraphML importer (gephi/gephi,
// ImporterGraphML.java, EDGE_TYPE = "label") reads the edge *type* from that XML attribute, and
// Gephi merges parallel edges of the same type (ImportContainerImpl.addEdge). Without it, a
// person who both visited a country and holds a post in it would get one merged edge. Gephi's own
// GraphML exporter writes the same attribute; networkx, igraph, Boost and graphology ignore it.

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AttrTable;
using export_internal::Column;
using export_internal::XmlAttr;

void WriteKeys(const std::vector<Column>& columns, const char* domain, std::ostream& out) {
  for (const Column& c : columns) {
    if (!c.in_graphml) continue;
    std::string name = XmlAttr(c.name);
    out << "  <key id=\"" << name << "\" for=\"" << domain << "\" attr.name=\"" << name
        << "\" attr.type=\"" << export_internal::GraphmlType(c.type) << "\"/>\n";
  }
}

void WriteData(const std::vector<Column>& columns, const std::vector<std::string>& values,
               std::ostream& out) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].in_graphml || values[i].empty()) continue;
    out << "      <data key=\"" << XmlAttr(columns[i].name) << "\">" << XmlEscape(values[i])
        << "</data>\n";
  }
}

}  // namespace

void WriteGraphml(const Graph& graph, std::ostream& out) {
  const GraphData& g = graph.g;
  AttrTable t = export_internal::BuildAttrTable(graph);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(t.node_columns, "node", out);
  WriteKeys(t.edge_columns, "edge", out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (size_t v = 0; v < t.node_values.size(); ++v) {
    out << "    <node id=\"n" << std::to_string(v) << "\">\n";
    WriteData(t.node_columns, t.node_values[v], out);
    out << "    </node>\n";
  }
  for (size_t i = 0; i < t.edges.size(); ++i) {
    // Numbers go through std::to_string: a global locale must not put separators in ids.
    out << "    <edge id=\"e" << std::to_string(i) << "\" source=\"n"
        << std::to_string(source(t.edges[i], g)) << "\" target=\"n"
        << std::to_string(target(t.edges[i], g)) << "\" label=\"" << XmlAttr(g[t.edges[i]].kind)
        << "\">\n";
    WriteData(t.edge_columns, t.edge_values[i], out);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace bilat
