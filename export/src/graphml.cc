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

using export_internal::AppendXmlEscaped;
using export_internal::AttrColumns;
using export_internal::Column;
using export_internal::OutBuffer;
using export_internal::XmlAttr;

void WriteKeys(const std::vector<Column>& columns, const char* domain, OutBuffer& out) {
  for (const Column& c : columns) {
    if (!c.in_graphml) continue;
    std::string name = XmlAttr(c.name);
    out << "  <key id=\"" << name << "\" for=\"" << domain << "\" attr.name=\"" << name
        << "\" attr.type=\"" << export_internal::GraphmlType(c.type) << "\"/>\n";
  }
}

// The escaped key names of the columns, once.
std::vector<std::string> KeyNames(const std::vector<Column>& columns) {
  std::vector<std::string> names;
  for (const Column& c : columns) names.push_back(XmlAttr(c.name));
  return names;
}

void WriteData(const std::vector<Column>& columns, const std::vector<std::string>& names,
               const std::vector<std::string>& values, OutBuffer& out) {
  std::string& buf = out.buffer();
  for (size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i].in_graphml || values[i].empty()) continue;
    buf += "      <data key=\"";
    buf += names[i];
    buf += "\">";
    AppendXmlEscaped(buf, values[i], /*attr=*/false);  // values are clean text
    buf += "</data>\n";
    out.Check();
  }
}

}  // namespace

void WriteGraphml(const Graph& graph, std::ostream& os) {
  const GraphData& g = graph.g;
  OutBuffer out(os);
  AttrColumns t = export_internal::BuildAttrColumns(graph);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(t.node_columns, "node", out);
  WriteKeys(t.edge_columns, "edge", out);
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  const std::vector<std::string> node_keys = KeyNames(t.node_columns),
                                 edge_keys = KeyNames(t.edge_columns);
  std::vector<std::string> values;
  for (size_t v = 0; v < num_vertices(g); ++v) {
    export_internal::NodeRow(g, v, t, values);
    out << "    <node id=\"n" << v << "\">\n";
    WriteData(t.node_columns, node_keys, values, out);
    out << "    </node>\n";
  }
  for (size_t i = 0; i < t.edges.size(); ++i) {
    const EdgeProps& e = g[t.edges[i]];
    export_internal::EdgeRow(e, values);
    // Numbers in plain decimal: a global locale must not put separators in ids.
    out << "    <edge id=\"e" << i << "\" source=\"n" << source(t.edges[i], g) << "\" target=\"n"
        << target(t.edges[i], g) << "\" label=\"";
    AppendXmlEscaped(out.buffer(), values[1], /*attr=*/true);  // the cleaned kind
    out << "\">\n";
    WriteData(t.edge_columns, edge_keys, values, out);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace bilat
