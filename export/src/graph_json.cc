// graph.json: the whole graph with every provenance, for scripts. Keys keep a fixed order and
// `attrs` keys are sorted, so the file is deterministic.
//
// The bytes are those of one nlohmann::ordered_json document dumped with indent 1 (ensure_ascii
// off, invalid UTF-8 replaced), but the document is never built: JsonWriter prints it value by
// value into a large buffer. graph.json holds every provenance and is the largest output.

#include <string>
#include <utility>
#include <vector>

#include "export_internal.h"
#include "json_writer.h"

namespace bilat {

namespace {

using export_internal::CleanView;
using export_internal::JsonWriter;

// Cleaned text without a copy when the text is clean. Evidence sentences are shared by many
// provenance entries (EdgeProps::evidence_texts): whether each needs cleaning is found once.
class Cleaner {
 public:
  std::string_view operator()(std::string_view s) { return CleanView(s, scratch_); }

  std::string_view Evidence(const EdgeProps& e, size_t i) {
    const std::string& text = e.Evidence(i);
    const auto* texts = e.evidence_texts.get();
    if (!texts || i >= e.evidence_ids.size() || !e.provenance[i].evidence.empty())
      return (*this)(text);
    if (texts != texts_) {
      texts_ = texts;
      clean_.assign(texts->size(), kUnknown);
    }
    uint32_t id = e.evidence_ids[i];
    if (id >= clean_.size()) return (*this)(text);
    if (clean_[id] == kClean) return text;
    std::string_view v = (*this)(text);
    if (clean_[id] == kUnknown)
      clean_[id] = v.data() == text.data() && v.size() == text.size() ? kClean : kDirty;
    return v;
  }

 private:
  static constexpr char kUnknown = 0, kClean = 1, kDirty = 2;
  std::string scratch_;
  const std::vector<std::string>* texts_ = nullptr;
  std::vector<char> clean_;  // by evidence id
};

void Strings(JsonWriter& w, Cleaner& clean, const std::vector<std::string>& v) {
  w.BeginArray();
  for (const std::string& s : v) w.String(clean(s));
  w.EndArray();
}

void WriteNode(JsonWriter& w, Cleaner& clean, const NodeProps& n,
               std::vector<std::pair<std::string, std::string>>& attrs) {
  w.BeginObject();
  w.Field("id", clean(n.id));
  w.Field("label", clean(n.label));
  w.Field("kind", clean(n.kind));
  w.Field("country", clean(n.country));
  w.Field("country_id", clean(n.country_id));
  w.Key("aliases");
  Strings(w, clean, n.aliases);
  // In std::map order; keys that clean to the same text are one key, at the place of the first,
  // with the value of the last (as assigning into an ordered_json object does).
  attrs.clear();
  for (const auto& [k, v] : n.attrs) {
    std::string key(clean(k));
    std::string value(clean(v));
    auto it = attrs.begin();
    while (it != attrs.end() && it->first != key) ++it;
    if (it == attrs.end())
      attrs.emplace_back(std::move(key), std::move(value));
    else
      it->second = std::move(value);
  }
  w.Key("attrs");
  w.BeginObject();
  for (const auto& [k, v] : attrs) w.Field(k, v);
  w.EndObject();
  w.Key("sources");
  Strings(w, clean, n.sources);
  w.EndObject();
}

void WriteEdge(JsonWriter& w, Cleaner& clean, const GraphData& g, const export_internal::Edge& e,
               size_t index, std::string& id) {
  const EdgeProps& p = g[e];
  bool dated = !p.date.empty() && p.date_source != DateSource::kNone;
  w.BeginObject();
  id = "e" + std::to_string(index);
  w.Field("id", id);
  w.Field("source", clean(g[source(e, g)].id));
  w.Field("target", clean(g[target(e, g)].id));
  w.Field("kind", clean(p.kind));
  w.Field("date", p.date.ToEdtf());
  w.Field("date_source", dated ? DateSourceName(p.date_source) : std::string_view());
  w.Field("role", clean(p.role));
  w.Field("place", clean(p.place));
  w.Key("weight");
  w.Double(p.weight() > 0 ? p.weight() : 1.0);
  w.Key("sources");
  Strings(w, clean, p.sources);
  w.Key("provenance");
  w.BeginArray();
  for (size_t i = 0; i < p.provenance.size(); ++i) {
    const Provenance& pr = p.provenance[i];
    w.BeginObject();
    w.Field("doc", clean(pr.doc));
    w.Key("sentence");
    w.Int(pr.sentence);
    w.Key("begin");
    w.Uint(pr.begin);
    w.Key("end");
    w.Uint(pr.end);
    w.Field("zone", ZoneName(pr.zone));
    w.Field("evidence", clean.Evidence(p, i));
    w.EndObject();
  }
  w.EndArray();
  // An edge repeated by more articles than the merge lists (MergeOptions::max_provenance) says
  // how many there were; other edges have no such keys.
  if (p.SourceCount() > p.sources.size()) {
    w.Key("sources_total");
    w.Uint(p.SourceCount());
  }
  if (p.ProvenanceCount() > p.provenance.size()) {
    w.Key("provenance_total");
    w.Uint(p.ProvenanceCount());
  }
  w.EndObject();
}

}  // namespace

void WriteGraphJson(const Graph& graph, std::ostream& os) {
  const GraphData& g = graph.g;
  export_internal::OutBuffer out(os);
  JsonWriter w(out, 1);
  Cleaner clean;
  w.BeginObject();
  w.Key("nodes");
  w.BeginArray();
  std::vector<std::pair<std::string, std::string>> attrs;
  for (auto v : boost::make_iterator_range(vertices(g))) WriteNode(w, clean, g[v], attrs);
  w.EndArray();
  w.Key("edges");
  w.BeginArray();
  std::string id;
  size_t index = 0;
  for (auto e : boost::make_iterator_range(edges(g))) WriteEdge(w, clean, g, e, index++, id);
  w.EndArray();
  w.Key("documents");
  w.Uint(graph.documents);
  w.EndObject();
  out << '\n';
}

}  // namespace bilat
