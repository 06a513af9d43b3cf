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
// "timeset"), and AbstractImporterSpreadsheet reads a "timeset" column as an IntervalSet. Ids are
// the same "n<vertex>"/"e<index>" as in the GraphML.

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::AttrColumns;
using export_internal::Column;
using export_internal::OutBuffer;

void AppendField(std::string& out, std::string_view text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) {
    out.append(text.data(), text.size());
    return;
  }
  out += '"';
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    out.append(text.data() + run, i + 1 - run);
    out += '"';
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

// One CSV row: fields joined with commas, CRLF.
class Row {
 public:
  explicit Row(OutBuffer& out) : out_(out), buf_(out.buffer()) {}
  Row& operator<<(std::string_view field) {
    if (n_++) buf_ += ',';
    AppendField(buf_, field);
    return *this;
  }
  ~Row() {
    buf_ += "\r\n";
    out_.Check();
  }

 private:
  OutBuffer& out_;
  std::string& buf_;
  size_t n_ = 0;
};

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

void WriteNodesCsv(const Graph& graph, std::ostream& os) {
  OutBuffer out(os);
  AttrColumns t = export_internal::BuildAttrColumns(graph);
  {
    Row header(out);
    header << "Id";
    for (const Column& c : t.node_columns) header << Title(c.name);
  }
  std::vector<std::string> values;
  std::string id;
  for (size_t v = 0; v < num_vertices(graph.g); ++v) {
    export_internal::NodeRow(graph.g, v, t, values);
    id = "n" + std::to_string(v);
    Row row(out);
    row << id;
    for (const std::string& value : values) row << value;
  }
}

void WriteEdgesCsv(const Graph& graph, std::ostream& os) {
  OutBuffer out(os);
  AttrColumns t = export_internal::BuildAttrColumns(graph);
  const auto& cols = t.edge_columns;
  // Source, Target, Type, Kind, Start, End, Timeset, Weight, Id, then the remaining columns.
  std::vector<size_t> rest;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (cols[i].name != "kind" && cols[i].name != "start" && cols[i].name != "end" &&
        cols[i].name != "weight")
      rest.push_back(i);
  }
  {
    Row header(out);
    for (const char* h :
         {"Source", "Target", "Type", "Kind", "Start", "End", "Timeset", "Weight", "Id"})
      header << h;
    for (size_t i : rest) header << Title(cols[i].name);
  }
  const size_t kind = ColumnIndex(cols, "kind"), start = ColumnIndex(cols, "start"),
               end = ColumnIndex(cols, "end"), weight = ColumnIndex(cols, "weight");
  std::vector<std::string> values;
  std::string interval, src, dst, id;
  for (size_t e = 0; e < t.edges.size(); ++e) {
    export_internal::EdgeRow(graph.g[t.edges[e]], values);
    interval.clear();
    if (!values[start].empty() && !values[end].empty()) {
      interval += "<[";
      interval += values[start];
      interval += ", ";
      interval += values[end];
      interval += "]>";
    }
    src = "n" + std::to_string(source(t.edges[e], graph.g));
    dst = "n" + std::to_string(target(t.edges[e], graph.g));
    id = "e" + std::to_string(e);
    Row row(out);
    row << src << dst << "Directed" << values[kind] << values[start] << values[end] << interval
        << values[weight] << id;
    for (size_t i : rest) row << values[i];
  }
}

}  // namespace bilat
