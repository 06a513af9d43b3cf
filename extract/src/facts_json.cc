// DocumentFacts <-> one JSON object per line, the interchange format of `bilat extract` and
// `bilat merge`. Field names are stable; unknown fields are ignored on reading. Compact: the
// evidence sentences of a document are written once ("sentences": [[n, text], ...]) and each
// fact's provenance refers to its sentence n; provenance names its document only when it is not
// the line's. Lines of the older form (evidence and doc in every fact) are read as well.
#include <cstdint>
#include <cstdio>
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

namespace {

// ToJsonLine through nlohmann: the reference form, used for lines with a string that is not
// valid UTF-8 (nlohmann replaces the bad bytes).
std::string ToJsonLineSlow(const DocumentFacts& d) {
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

// Valid UTF-8 as nlohmann's parser and serialiser accept it (no overlong forms, no surrogates,
// nothing past U+10FFFF).
bool ValidUtf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > n) return false;
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

// The bytes nlohmann's dump(-1) writes, by hand (the extractor's hot path): objects with their
// keys in sorted order, strings escaped as nlohmann does with ensure_ascii off.
class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}
  bool ok() const { return ok_; }
  void Str(std::string_view s) {
    if (!ValidUtf8(s)) ok_ = false;
    out_ += '"';
    size_t from = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + from, i - from);
      from = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        }
      }
    }
    out_.append(s.data() + from, s.size() - from);
    out_ += '"';
  }
  void Key(const char* k) {  // ,"k":  (the comma when not first in its object)
    Comma();
    out_ += '"';
    out_ += k;
    out_ += "\":";
    first_ = true;  // the value that follows needs no comma
  }
  void KeyStr(std::string_view k) {
    Comma();
    Str(k);
    out_ += ':';
    first_ = true;
  }
  void Int(long long v) {
    Comma();
    out_ += std::to_string(v);
  }
  void Open(char c) {
    Comma();
    out_ += c;
    first_ = true;
  }
  void Close(char c) {
    out_ += c;
    first_ = false;
  }
  void Value(std::string_view s) {
    Comma();
    Str(s);
  }
  void Field(const char* k, std::string_view v) {  // "k":"v"
    Key(k);
    Value(v);
  }
  void FieldIf(const char* k, std::string_view v) {  // only when v is not empty
    if (!v.empty()) Field(k, v);
  }
  void IntField(const char* k, long long v) {
    Key(k);
    Int(v);
  }

 private:
  void Comma() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
  bool ok_ = true;
};

}  // namespace

std::string ToJsonLine(const DocumentFacts& d) {
  std::map<int, const std::string*> sentences;
  for (const auto& f : d.facts)
    if (f.prov.sentence >= 0) sentences.emplace(f.prov.sentence, &f.prov.evidence);
  std::string out;
  out.reserve(1024);
  LineWriter w(out);
  w.Open('{');
  w.Field("doc", d.doc);
  w.Key("entities");
  w.Open('[');
  for (const Entity& e : d.entities) {
    w.Open('{');
    if (!e.aliases.empty()) {
      w.Key("aliases");
      w.Open('[');
      for (const auto& a : e.aliases) w.Value(a);
      w.Close(']');
    }
    if (!e.attrs.empty()) {
      w.Key("attrs");
      w.Open('{');
      for (const auto& [k, v] : e.attrs) {  // std::map: sorted, as nlohmann's objects
        w.KeyStr(k);
        w.Value(v);
      }
      w.Close('}');
    }
    w.FieldIf("country", e.country);
    w.Field("key", e.key);
    w.Field("kind", e.kind);
    w.Field("label", e.label);
    w.Close('}');
  }
  w.Close(']');
  w.Key("facts");
  w.Open('[');
  for (const Fact& f : d.facts) {
    auto it = sentences.find(f.prov.sentence);
    bool shared = it != sentences.end() && *it->second == f.prov.evidence;
    w.Open('{');
    if (!f.candidate_years.empty()) {
      w.Key("candidate_years");
      w.Open('[');
      for (int y : f.candidate_years) w.Int(y);
      w.Close(']');
    }
    if (!f.date.empty()) w.Field("date", f.date.ToEdtf());
    if (f.date_source != DateSource::kNone)
      w.Field("date_source", kSources[static_cast<int>(f.date_source)]);
    w.Field("kind", f.kind);
    w.FieldIf("place", f.place);
    w.Key("prov");
    w.Open('{');
    w.IntField("begin", f.prov.begin);
    if (f.prov.doc != d.doc) w.Field("doc", f.prov.doc);
    w.IntField("end", f.prov.end);
    if (!shared) w.Field("evidence", f.prov.evidence);
    w.IntField("sentence", f.prov.sentence);
    w.Field("zone", kZones[static_cast<int>(f.prov.zone)]);
    w.Close('}');
    w.FieldIf("role", f.role);
    w.Field("source", f.source);
    w.Field("target", f.target);
    w.Close('}');
  }
  w.Close(']');
  w.Field("lang", d.lang);
  w.Field("origin", d.origin);
  if (!d.published.empty()) w.Field("published", d.published.ToEdtf());
  if (!sentences.empty()) {
    w.Key("sentences");
    w.Open('[');
    for (const auto& [n, text] : sentences) {
      w.Open('[');
      w.Int(n);
      w.Value(*text);
      w.Close(']');
    }
    w.Close(']');
  }
  w.Close('}');
  if (!w.ok()) return ToJsonLineSlow(d);
  return out;
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

// A hand-written reader of the lines ToJsonLine writes (the merge's hot path). It reads the
// fields FromJson reads, with the same meaning, and gives up (returns false) on anything else:
// an unknown or repeated field, a value of another type, a number that is not a small integer,
// bad UTF-8 or bad JSON. FromJson (nlohmann) then reads the line and says what is wrong with it,
// so error messages and the reading of unusual lines stay those of nlohmann's path.
class FastReader {
 public:
  explicit FastReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool Read(DocumentFacts& d) {
    std::vector<char> has_evidence;
    std::vector<std::pair<int, std::string>> table;
    bool have_doc = false;
    unsigned seen = 0;
    if (!Object([&](std::string_view key) {
          int bit = TopBit(key);
          if (bit < 0 || (seen & (1u << bit))) return false;
          seen |= 1u << bit;
          switch (bit) {
            case 0: have_doc = true; return String(d.doc);
            case 1: return String(d.origin);
            case 2: return String(d.lang);
            case 3: {
              std::string pub;
              if (!String(pub)) return false;
              if (auto p = PartialDate::Parse(pub)) d.published = *p;
              return true;
            }
            case 4: return Array([&] {
                d.entities.emplace_back();
                return ReadEntity(d.entities.back());
              });
            case 5: return Array([&] {
                d.facts.emplace_back();
                has_evidence.push_back(0);
                return ReadFact(d.facts.back(), has_evidence.back());
              });
            case 6: return Array([&] {
                int n = 0;
                std::string text;
                if (!Open('[') || !Int(n) || !Comma() || !String(text) || !Close(']')) return false;
                table.emplace_back(n, std::move(text));
                return true;
              });
          }
          return false;
        }))
      return false;
    Space();
    if (p_ != end_ || !have_doc || d.doc.empty()) return false;
    // What FromJson checks, in its order of checks: it gives the error message.
    std::set<std::string> keys;
    for (const Entity& e : d.entities) {
      if (e.key.empty() || e.kind.empty()) return false;
      keys.insert(e.key);
    }
    std::map<int, std::string> sentences;
    for (auto& [n, text] : table) sentences[n] = std::move(text);
    for (size_t i = 0; i < d.facts.size(); ++i) {
      Fact& f = d.facts[i];
      if (f.kind.empty() || f.source.empty() || f.target.empty()) return false;
      if (!keys.count(f.source) || !keys.count(f.target)) return false;
      if (!has_evidence[i])
        if (auto e = sentences.find(f.prov.sentence); e != sentences.end()) f.prov.evidence = e->second;
      if (f.prov.doc.empty()) f.prov.doc = d.doc;
    }
    return true;
  }

 private:
  static int TopBit(std::string_view k) {
    static const char* names[] = {"doc", "origin", "lang", "published", "entities", "facts",
                                  "sentences"};
    for (int i = 0; i < 7; ++i)
      if (k == names[i]) return i;
    return -1;
  }

  bool ReadEntity(Entity& e) {
    unsigned seen = 0;
    return Object([&](std::string_view key) {
      static const char* names[] = {"key", "kind", "label", "country", "aliases", "attrs"};
      int bit = -1;
      for (int i = 0; i < 6; ++i)
        if (key == names[i]) bit = i;
      if (bit < 0 || (seen & (1u << bit))) return false;
      seen |= 1u << bit;
      switch (bit) {
        case 0: return String(e.key);
        case 1: return String(e.kind);
        case 2: return String(e.label);
        case 3: return String(e.country);
        case 4: return Array([&] {
            e.aliases.emplace_back();
            return String(e.aliases.back());
          });
        case 5: return Object([&](std::string_view k) {
            std::string v;
            if (!String(v)) return false;
            // nlohmann keeps the last of repeated keys; FromJson then the first it reads.
            return e.attrs.emplace(std::string(k), std::move(v)).second;
          });
      }
      return false;
    });
  }

  bool ReadFact(Fact& f, char& has_evidence) {
    unsigned seen = 0;
    bool prov_seen = false;
    bool ok = Object([&](std::string_view key) {
      static const char* names[] = {"kind", "source", "target", "date", "date_source",
                                    "candidate_years", "role", "place", "prov"};
      int bit = -1;
      for (int i = 0; i < 9; ++i)
        if (key == names[i]) bit = i;
      if (bit < 0 || (seen & (1u << bit))) return false;
      seen |= 1u << bit;
      switch (bit) {
        case 0: return String(f.kind);
        case 1: return String(f.source);
        case 2: return String(f.target);
        case 3: {
          std::string date;
          if (!String(date)) return false;
          if (date.empty()) return true;
          auto r = DateRange::Parse(date);
          if (!r) return false;
          f.date = *r;
          return true;
        }
        case 4: {
          std::string src;
          if (!String(src)) return false;
          int i = IndexOf(kSources, src);
          f.date_source = i > 0 ? static_cast<DateSource>(i) : DateSource::kNone;
          return true;
        }
        case 5: return Array([&] {
            int y = 0;
            if (!Int(y)) return false;
            if (y > 0 && y < 10000) f.candidate_years.push_back(y);
            return true;
          });
        case 6: return String(f.role);
        case 7: return String(f.place);
        case 8: {
          prov_seen = true;
          unsigned pseen = 0;
          return Object([&](std::string_view k) {
            static const char* pnames[] = {"doc", "sentence", "begin", "end", "zone", "evidence"};
            int b = -1;
            for (int i = 0; i < 6; ++i)
              if (k == pnames[i]) b = i;
            if (b < 0 || (pseen & (1u << b))) return false;
            pseen |= 1u << b;
            switch (b) {
              case 0: return String(f.prov.doc) && !f.prov.doc.empty();
              case 1: return Int(f.prov.sentence);
              case 2: return Uint(f.prov.begin);
              case 3: return Uint(f.prov.end);
              case 4: {
                std::string z;
                if (!String(z)) return false;
                int i = IndexOf(kZones, z);
                f.prov.zone = i >= 0 ? static_cast<Zone>(i) : Zone::kStory;
                return true;
              }
              case 5: has_evidence = 1; return String(f.prov.evidence);
            }
            return false;
          });
        }
      }
      return false;
    });
    return ok && prov_seen;
  }

  void Space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Open(char c) {
    Space();
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool Close(char c) { return Open(c); }
  bool Comma() { return Open(','); }
  bool Peek(char c) {
    Space();
    return p_ != end_ && *p_ == c;
  }
  // { "key": value, ... }: `value(key)` reads the value.
  template <typename F>
  bool Object(F&& value) {
    if (!Open('{')) return false;
    if (Peek('}')) return Close('}');
    std::string key;
    do {
      if (!String(key) || !Open(':') || !value(std::string_view(key))) return false;
    } while (Peek(',') && Comma());
    return Close('}');
  }
  template <typename F>
  bool Array(F&& element) {
    if (!Open('[')) return false;
    if (Peek(']')) return Close(']');
    do {
      if (!element()) return false;
    } while (Peek(',') && Comma());
    return Close(']');
  }
  bool Int(int& out) {
    long long v;
    if (!Integer(v) || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
      return false;
    out = static_cast<int>(v);
    return true;
  }
  bool Uint(uint32_t& out) {
    long long v;
    if (!Integer(v) || v < 0 || v > std::numeric_limits<uint32_t>::max()) return false;
    out = static_cast<uint32_t>(v);
    return true;
  }
  bool Integer(long long& out) {
    Space();
    bool neg = p_ != end_ && *p_ == '-';
    if (neg) ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    if (*p_ == '0' && p_ + 1 != end_ && p_[1] >= '0' && p_[1] <= '9') return false;
    long long v = 0;
    int digits = 0;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') {
      v = v * 10 + (*p_++ - '0');
      if (++digits > 15) return false;
    }
    if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
    out = neg ? -v : v;
    return true;
  }
  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(unsigned& v) {
    if (end_ - p_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = Hex(p_[i]);
      if (h < 0) return false;
      v = v * 16 + static_cast<unsigned>(h);
    }
    p_ += 4;
    return true;
  }
  bool String(std::string& out) {
    Space();
    if (p_ == end_ || *p_ != '"') return false;
    ++p_;
    out.clear();
    const char* from = p_;
    while (true) {
      if (p_ == end_) return false;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c != '\\') {
        ++p_;
        continue;
      }
      out.append(from, p_);
      ++p_;
      if (p_ == end_) return false;
      char e = *p_++;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!Hex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned lo;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!Hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          AppendUtf8(out, static_cast<char32_t>(cp));
          break;
        }
        default:
          return false;
      }
      from = p_;
    }
    out.append(from, p_);
    ++p_;
    return ValidUtf8(out);
  }

  const char* p_;
  const char* end_;
};

}  // namespace

Result<DocumentFacts> FromJsonLine(std::string_view line) {
  {
    DocumentFacts d;
    if (FastReader(line).Read(d)) return d;
  }
  // The readers above check every type; this catches what they might miss, so that no exception
  // leaves the library (a bad line is skipped, the merge goes on).
  try {
    return FromJson(line);
  } catch (const json::exception& e) {
    return Status::Corruption(std::string("bad facts line: ") + e.what());
  }
}

}  // namespace bilat
