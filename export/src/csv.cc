// nodes.csv and edges.csv for spreadsheets and Gephi's Data Laboratory (File → Import
// spreadsheet). RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma,
// a double quote, CR or LF, quotes doubled inside; UTF-8 without BOM (Gephi's CSV importer
// would read a BOM into the first header and miss "Id").
//
// Column names follow Gephi's spreadsheet importer (ImportNodesProcess / ImportEdgesProcess,
// matched case-insensitively): Id and Label for nodes; Source, Target, Type (direction: always
// "Directed"), Kind (Gephi's edge type, which keeps parallel edges of different kinds apart), Id,
// Label and Weight (read as a double) for edges. "Timeset" holds the edge's time in graphstore's
// interval-set syntax ("<[2024-10-04, 2024-10-05]>", IntervalSet.toString / IntervalsParser):
// it is the header Gephi's own ExporterSpreadsheet gives the element's time column (its id,
// "timeset"), and AbstractImporterSpreadsheet reads a "timeset" column as an IntervalSet. Ids are the same "n<vertex>"/"e<index>" as in the GraphML.

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AttrTable;
using export_internal::Column;

std::string CsvField(std::string_view text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void WriteRow(const std::vector<std::string>& fields, std::ostream& out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << CsvField(fields[i]);
  }
  out << "\r\n";
}

// "entity" -> "Entity", "date_source" -> "Date_source": Gephi's capitalised style.
std::string Title(std::string name) {
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 32);
  return name;
}

size_t ColumnIndex(const std::vector<Column>& columns, std::string_view name) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == name) return i;
  }
  return columns.size();
}

}  // namespace

void WriteNodesCsv(const Graph& graph, std::ostream& out) {
  AttrTable t = export_internal::BuildAttrTable(graph);
  std::vector<std::string> header = {"Id"};
  for (const Column& c : t.node_columns) header.push_back(Title(c.name));
  WriteRow(header, out);
  for (size_t v = 0; v < t.node_values.size(); ++v) {
    std::vector<std::string> row = {"n" + std::to_string(v)};
    row.insert(row.end(), t.node_values[v].begin(), t.node_values[v].end());
    WriteRow(row, out);
  }
}

void WriteEdgesCsv(const Graph& graph, std::ostream& out) {
  AttrTable t = export_internal::BuildAttrTable(graph);
  const auto& cols = t.edge_columns;
  // Source, Target, Type, Kind, Start, End, Timeset, Weight, Id, then the remaining columns.
  std::vector<size_t> rest;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (cols[i].name != "kind" && cols[i].name != "start" && cols[i].name != "end" &&
        cols[i].name != "weight")
      rest.push_back(i);
  }
  std::vector<std::string> header = {"Source", "Target",   "Type",   "Kind", "Start",
                                     "End",    "Timeset", "Weight", "Id"};
  for (size_t i : rest) header.push_back(Title(cols[i].name));
  WriteRow(header, out);
  const size_t kind = ColumnIndex(cols, "kind"), start = ColumnIndex(cols, "start"),
               end = ColumnIndex(cols, "end"), weight = ColumnIndex(cols, "weight");
  for (size_t e = 0; e < t.edges.size(); ++e) {
    const auto& values = t.edge_values[e];
    std::string interval;
    if (!values[start].empty() && !values[end].empty())
      interval = "<[" + values[start] + ", " + values[end] + "]>";
    std::vector<std::string> row = {"n" + std::to_string(source(t.edges[e], graph.g)),
                                    "n" + std::to_string(target(t.edges[e], graph.g)),
                                    "Directed",
                                    values[kind],
                                    values[start],
                                    values[end],
                                    interval,
                                    values[weight],
                                    "e" + std::to_string(e)};
    for (size_t i : rest) row.push_back(values[i]);
    WriteRow(row, out);
  }
}

}  // namespace bilat
