// DocumentFacts <-> one JSON object per line, the interchange format of `bilat extract` and
// `bilat merge`. Field names are stable; unknown fields are ignored on reading. Compact: the
// evidence sentences of a document are written once ("sentences": [[n, text], ...]) and each
// fact's provenance refers to its sentence n; provenance names its document only when it is not
// the line's. Lines of the older form (evidence and doc in every fact) are read as well.
#include <cstdint>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "bilat/extract.h"

namespace bilat {
namespace {

using nlohmann::json;

const char* kZones[] = {"headline", "story", "caption", "related", "boilerplate"};
const char* kSources[] = {
    "", "text", "metadata", "dateline", "explicit-year", "cross-article", "tenure", "story-event",
    "kb"};

template <size_t N>
int IndexOf(const char* (&names)[N], const std::string& s) {
  for (size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<int>(i);
  return -1;
}

json EntityJson(const Entity& e) {
  json j = {{"key", e.key}, {"kind", e.kind}, {"label", e.label}};
  if (!e.country.empty()) j["country"] = e.country;
  if (!e.aliases.empty()) j["aliases"] = e.aliases;
  if (!e.attrs.empty()) j["attrs"] = e.attrs;
  return j;
}

json FactJson(const Fact& f, const std::string& doc, bool shared_evidence) {
  json j = {{"kind", f.kind}, {"source", f.source}, {"target", f.target}};
  if (!f.date.empty()) j["date"] = f.date.ToEdtf();
  if (f.date_source != DateSource::kNone)
    j["date_source"] = kSources[static_cast<int>(f.date_source)];
  if (!f.candidate_years.empty()) j["candidate_years"] = f.candidate_years;
  if (!f.role.empty()) j["role"] = f.role;
  if (!f.place.empty()) j["place"] = f.place;
  // Compact provenance: the document is the line's unless said, and the evidence sentence is
  // in the line's "sentences" table (once, however many facts it states).
  json prov = {{"sentence", f.prov.sentence},
               {"begin", f.prov.begin},
               {"end", f.prov.end},
               {"zone", kZones[static_cast<int>(f.prov.zone)]}};
  if (f.prov.doc != doc) prov["doc"] = f.prov.doc;
  if (!shared_evidence) prov["evidence"] = f.prov.evidence;
  j["prov"] = std::move(prov);
  return j;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// An integer that fits T, else `fallback`: a string, a float or an out-of-range number in a
// hand-edited or damaged line must not throw or overflow.
template <typename T>
T IntOr(const json& v, T fallback) {
  if (v.is_number_unsigned()) {
    auto n = v.get<uint64_t>();
    return n <= static_cast<uint64_t>(std::numeric_limits<T>::max()) ? static_cast<T>(n) : fallback;
  }
  if (!v.is_number_integer()) return fallback;
  auto n = v.get<int64_t>();
  if (n < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
      (n > 0 && static_cast<uint64_t>(n) > static_cast<uint64_t>(std::numeric_limits<T>::max())))
    return fallback;
  return static_cast<T>(n);
}

template <typename T>
T IntOr(const json& j, const char* key, T fallback) {
  auto it = j.find(key);
  return it == j.end() ? fallback : IntOr<T>(*it, fallback);
}

}  // namespace

std::string ToJsonLine(const DocumentFacts& d) {
  json j = {{"doc", d.doc}, {"origin", d.origin}, {"lang", d.lang}};
  if (!d.published.empty()) j["published"] = d.published.ToEdtf();
  json ents = json::array(), facts = json::array();
  for (const auto& e : d.entities) ents.push_back(EntityJson(e));
  // One evidence text per sentence; a fact whose sentence has two different texts (never from
  // the extractor) keeps its own.
  std::map<int, const std::string*> sentences;
  for (const auto& f : d.facts)
    if (f.prov.sentence >= 0) sentences.emplace(f.prov.sentence, &f.prov.evidence);
  for (const auto& f : d.facts) {
    auto it = sentences.find(f.prov.sentence);
    facts.push_back(FactJson(f, d.doc, it != sentences.end() && *it->second == f.prov.evidence));
  }
  json table = json::array();
  for (const auto& [n, text] : sentences) table.push_back(json::array({n, *text}));
  j["entities"] = std::move(ents);
  j["facts"] = std::move(facts);
  if (!table.empty()) j["sentences"] = std::move(table);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

Result<DocumentFacts> FromJson(std::string_view line) {
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption("not a JSON object");
  DocumentFacts d;
  d.doc = Str(j, "doc");
  if (d.doc.empty()) return Status::Corruption("missing \"doc\"");
  d.origin = Str(j, "origin");
  d.lang = Str(j, "lang");
  if (auto p = PartialDate::Parse(Str(j, "published"))) d.published = *p;
  if (j.contains("entities") && j["entities"].is_array()) {
    for (const auto& je : j["entities"]) {
      Entity e;
      e.key = Str(je, "key");
      e.kind = Str(je, "kind");
      e.label = Str(je, "label");
      e.country = Str(je, "country");
      if (e.key.empty() || e.kind.empty()) return Status::Corruption("entity without key/kind");
      if (je.contains("aliases") && je["aliases"].is_array())
        for (const auto& a : je["aliases"])
          if (a.is_string()) e.aliases.push_back(a.get<std::string>());
      if (je.contains("attrs") && je["attrs"].is_object())
        for (auto it = je["attrs"].begin(); it != je["attrs"].end(); ++it)
          if (it->is_string()) e.attrs[it.key()] = it->get<std::string>();
      d.entities.push_back(std::move(e));
    }
  }
  std::set<std::string> keys;
  for (const Entity& e : d.entities) keys.insert(e.key);
  std::map<int, std::string> sentences;  // the evidence table of compact lines
  if (auto t = j.find("sentences"); t != j.end() && t->is_array())
    for (const auto& row : *t)
      if (row.is_array() && row.size() == 2 && row[0].is_number_integer() && row[1].is_string())
        sentences[row[0].get<int>()] = row[1].get<std::string>();
  if (j.contains("facts") && j["facts"].is_array()) {
    for (const auto& jf : j["facts"]) {
      Fact f;
      f.kind = Str(jf, "kind");
      f.source = Str(jf, "source");
      f.target = Str(jf, "target");
      if (f.kind.empty() || f.source.empty() || f.target.empty())
        return Status::Corruption("fact without kind/source/target");
      // The merge looks both ends up among the document's entities.
      if (!keys.count(f.source) || !keys.count(f.target))
        return Status::Corruption("fact " + f.kind + " refers to an entity the line does not hold");
      std::string date = Str(jf, "date");
      if (!date.empty()) {
        auto r = DateRange::Parse(date);
        if (!r) return Status::Corruption("bad date \"" + date + "\"");
        f.date = *r;
      }
      int src = IndexOf(kSources, Str(jf, "date_source"));
      f.date_source = src > 0 ? static_cast<DateSource>(src) : DateSource::kNone;
      if (jf.contains("candidate_years") && jf["candidate_years"].is_array())
        for (const auto& y : jf["candidate_years"])
          if (int year = IntOr<int>(y, 0); year > 0 && year < 10000)
            f.candidate_years.push_back(year);
      f.role = Str(jf, "role");
      f.place = Str(jf, "place");
      if (jf.contains("prov") && jf["prov"].is_object()) {
        const auto& p = jf["prov"];
        f.prov.doc = Str(p, "doc");
        f.prov.sentence = IntOr<int>(p, "sentence", -1);
        f.prov.begin = IntOr<uint32_t>(p, "begin", 0);
        f.prov.end = IntOr<uint32_t>(p, "end", 0);
        int z = IndexOf(kZones, Str(p, "zone"));
        f.prov.zone = z >= 0 ? static_cast<Zone>(z) : Zone::kStory;
        if (p.contains("evidence")) {
          f.prov.evidence = Str(p, "evidence");
        } else if (auto e = sentences.find(f.prov.sentence); e != sentences.end()) {
          f.prov.evidence = e->second;
        }
        if (!p.contains("doc")) f.prov.doc = d.doc;
      }
      d.facts.push_back(std::move(f));
    }
  }
  return d;
}

}  // namespace

Result<DocumentFacts> FromJsonLine(std::string_view line) {
  // The readers above check every type; this catches what they might miss, so that no exception
  // leaves the library (a bad line is skipped, the merge goes on).
  try {
    return FromJson(line);
  } catch (const json::exception& e) {
    return Status::Corruption(std::string("bad facts line: ") + e.what());
  }
}

}  // namespace bilat
