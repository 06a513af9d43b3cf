// export_internal.h — what the writers of bilat::export share: the output buffer, text cleaning,
// Gephi time intervals, the attribute columns and rows that GraphML, GEXF and the CSV files print,
// and number formatting. Not part of the public API.
#pragma once

#include <charconv>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/range/iterator_range.hpp>

#include "bilat/export.h"
#include "bilat/graph.h"

namespace bilat::export_internal {

using Vertex = GraphData::vertex_descriptor;
using Edge = GraphData::edge_descriptor;

// ------------------------------------------------------------------------------------ output

// Collects a writer's output in one large buffer and hands it to the stream in big blocks: one
// ostream call per block instead of one (with its sentry) per piece of text. Flushes when
// destroyed; stream errors are the caller's to check, as with the stream itself.
class OutBuffer {
 public:
  static constexpr size_t kBlock = 1 << 18;
  explicit OutBuffer(std::ostream& out) : out_(out) { buf_.reserve(kBlock + 4096); }
  ~OutBuffer() { Flush(); }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  OutBuffer& operator<<(std::string_view s) {
    buf_.append(s.data(), s.size());
    Check();
    return *this;
  }
  OutBuffer& operator<<(const std::string& s) { return *this << std::string_view(s); }
  OutBuffer& operator<<(const char* s) { return *this << std::string_view(s); }
  OutBuffer& operator<<(char c) {
    buf_.push_back(c);
    Check();
    return *this;
  }
  // Integers in plain decimal (no locale): what std::to_string gives.
  template <typename T,
            typename = std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, char> &&
                                        !std::is_same_v<T, bool>>>
  OutBuffer& operator<<(T v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf_.append(tmp, static_cast<size_t>(r.ptr - tmp));
    Check();
    return *this;
  }

  // The buffer itself, for code that appends escaped text directly; call Check() after.
  std::string& buffer() { return buf_; }
  void Check() {
    if (buf_.size() >= kBlock) Flush();
  }
  void Flush() {
    if (!buf_.empty()) out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  std::ostream& out_;
  std::string buf_;
};

// ------------------------------------------------------------------------------------ text

// Valid NFC UTF-8 without characters illegal in XML 1.0 and without C1 controls: invalid byte
// sequences, encoded surrogates, U+FFFE/U+FFFF and control characters other than tab, newline
// and carriage return are dropped, and so are the bidirectional embedding, override and isolate
// controls (U+202A-U+202E, U+2066-U+2069), with which a name could make the text around it read
// backwards in a viewer. Every writer passes its strings through this, so all outputs agree on
// the text.
std::string CleanText(std::string_view text);
// CleanText() without a copy when nothing changes: `text` itself when it is already clean (the
// usual case), else the cleaned text, held in `scratch`. Cleaning clean text changes nothing.
std::string_view CleanView(std::string_view text, std::string& scratch);
// CleanText() of `s`, in place (`scratch` is working memory, reused from call to call).
inline void CleanInPlace(std::string& s, std::string& scratch) {
  std::string_view clean = CleanView(s, scratch);
  if (clean.data() != s.data() || clean.size() != s.size()) s.swap(scratch);
}
// Appends already clean text escaped as XmlEscape() (attr: as XmlAttr()) escapes it.
void AppendXmlEscaped(std::string& out, std::string_view clean, bool attr);

// XmlEscape() for attribute values: also escapes tab, newline and carriage return as character
// references, which attribute-value normalisation would otherwise turn into spaces.
std::string XmlAttr(std::string_view text);

// Escapes &<>" for HTML text and double-quoted attribute values, after CleanText().
std::string HtmlEscape(std::string_view text);

std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// The timeline's `key` with {n} = n, in its ".one" form when n is 1 and the language has one:
// "12 dated events", "1 dated event".
// "{a} meets {b}" with the values of its placeholders; unknown ones stay as written.
std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& values);

std::string CountText(const TimelineLanguage& language, const std::string& key, size_t n);

// Shortest decimal form that reads back to the same double ("12", "16.928203230275509").
std::string FormatDouble(double v);

// ------------------------------------------------------------------------------------ dates

// A calendar day.
struct Day {
  int year = 0, month = 0, day = 0;
  std::string Iso() const;  // "2024-10-04"
  friend bool operator<(const Day& a, const Day& b) {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
  }
};

// The half-open interval of days [start, end) that a date covers, for Gephi: "2024-10-04" gives
// 2024-10-04 .. 2024-10-05, "2024-10" the month, "2024" the year, "2024-10-03/2024-10-07" gives
// 2024-10-03 .. 2024-10-08. nullopt when the date is empty or its start year is unknown.
std::optional<std::pair<Day, Day>> GephiInterval(const DateRange& date);

// The end of an interval with its year filled in from the start when unknown (the start's year,
// or the next one when the end's month comes earlier). REQUIRES: date.is_interval().
PartialDate IntervalEnd(const DateRange& date);

// "4 October 2024", "October 2024", "2024", "4 October" (year unknown), "3–7 October 2024".
std::string HumanDate(const DateRange& date);
// The same in a language of the timeline (its month names and date templates).
std::string HumanDate(const DateRange& date, const TimelineLanguage& language);

// Day numbers (days since 1970-01-01) for comparing spans of days.
long DayNumber(const Day& d);
// The first and last day a date covers: "2024-10" is 2024-10-01 .. 2024-10-31, an interval from its
// start's first day to its end's last. REQUIRES: date.start.has_year().
std::pair<Day, Day> DaySpan(const DateRange& date);

// ------------------------------------------------------------------------------------ edges

// A readable edge label: "met 2024-10-04", "holds_position (Minister of Home Affairs)".
std::string EdgeLabel(const EdgeProps& e);

// The evidence sentence shown for an edge: the first story or headline provenance with text,
// else the first with text; "" when none.
std::string EdgeEvidence(const EdgeProps& e);
// The index of that provenance in e.provenance, or -1 when none has text.
int EdgeEvidenceIndex(const EdgeProps& e);

// "doc#sentence@begin-end|..." for every provenance of the edge.
std::string CompactProvenance(const EdgeProps& e);

// Edges in the graph's (deterministic) iteration order; an edge's index is its "e<N>" id.
std::vector<Edge> OrderedEdges(const GraphData& g);

// 10 + 4 * sqrt(degree): bigger for hubs, never zero.
double NodeSize(size_t degree);

// ------------------------------------------------------------------------------------ attributes

enum class AttrType { kString, kInt, kFloat, kDouble, kBool };

// GraphML's attr.type and GEXF's type for an attribute type.
std::string_view GraphmlType(AttrType t);
std::string_view GexfType(AttrType t);

// Where a column goes in GEXF: most become <attvalue>s, some are native to the element.
enum class GexfPlace { kAttvalue, kLabel, kKind, kWeight, kStart, kEnd, kColor, kSize };

struct Column {
  std::string name;  // GraphML key id and attr.name; GEXF attribute title
  AttrType type = AttrType::kString;
  GexfPlace gexf = GexfPlace::kAttvalue;
  // False for booleans: Boost's read_graphml (1.74) reads values with lexical_cast, which
  // accepts only 0/1 for bool, while SPEC wants true/false; so GraphML carries no boolean key.
  bool in_graphml = true;
};

// What GraphML, GEXF and the CSV files print: the columns, and the edges in order. The values
// are made one row at a time (NodeRow, EdgeRow) as the rows are written, so that no writer holds
// the text of the whole graph a second time.
struct AttrColumns {
  std::vector<Column> node_columns, edge_columns;
  std::vector<std::string> attr_keys;  // NodeProps::attrs key of each column past the fixed
  std::vector<Edge> edges;             // OrderedEdges()
};

// Node columns: label, kind, entity (the stable id), country, color, size, degree, aliases,
// sources, then every attrs key of any node (sorted; a key that clashes with a fixed column or
// is not a plain name is renamed). Edge columns: label, kind, date, start, end, weight,
// uncertain (GEXF only), role, place, date_source, sources, evidence, provenance.
AttrColumns BuildAttrColumns(const Graph& graph);

// One row's values, one per column, cleaned text ("" = no value, the data element is left out),
// into `values` (resized; its strings' memory is reused from row to row).
void NodeRow(const GraphData& g, Vertex v, const AttrColumns& t, std::vector<std::string>& values);
void EdgeRow(const EdgeProps& e, std::vector<std::string>& values);

// Renames an attrs key into a safe column name: [A-Za-z0-9_], not starting with a digit.
std::string ColumnName(std::string_view key);

}  // namespace bilat::export_internal
