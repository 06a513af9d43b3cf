// DocumentFacts <-> one JSON object per line, the interchange format of `bilat extract` and
// `bilat merge` (docs/facts.md). Written: version 2, positional and compact ({"v":2,...}), by a
// hand-written writer. Read: version 2 by a hand-written strict reader that names what is wrong;
// version 1 (the older objects with named fields, with or without a "sentences" table) by a
// hand-written reader for the lines the old writer wrote and nlohmann's parser for the rest
// (unknown fields ignored, as they always were).
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "bilat/extract.h"
#include "bilat/kb.h"
#include "json_internal.h"

namespace bilat {
namespace {

using nlohmann::json;
using namespace json_internal;

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


// ===================================================================================== version 2
//
// {"v":2,"doc":D,"lang":L,"published":P,"e":[ENTITY...],"kb":DIGEST,"f":[FACT...],
//  "s":[[n,begin,end,zone,text]...],"origin":O}                          (docs/facts.md)
//   ENTITY: "key" (what the knowledge base makes of the key) | [key,kind,label,country,aliases,attrs]
//   FACT:   [kind,source,target,sentence,date,date_source,candidate_years,role,place,prov]
// Members and trailing array elements that hold their default are left out.

namespace {

const char* kEntityKinds[] = {"person", "ministry", "country", "agreement", "organization"};
const char* kFactKinds[] = {"met", "signed", "party_to", "holds_position", "part_of", "visited"};
constexpr int kZoneCount = 5, kSourceCount = 9;

template <size_t N>
int CodeOf(const char* (&names)[N], std::string_view s) {
  for (size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<int>(i);
  return -1;
}

// The entity the extractor makes of `key` from the knowledge base alone (entities.cc: a country,
// a KB person, a KB body), or false when the key is not one of those.
bool KbEntity(const kb::KnowledgeBase& kb, std::string_view key, Entity& out) {
  out.aliases.clear();
  out.attrs.clear();
  if (key.substr(0, 8) == "country:") {
    std::string_view id = key.substr(8);
    const kb::Country* c = kb.CountryById(id);
    if (!c) return false;
    out.kind = "country";
    out.label = c->en;
    out.country.assign(id);
  } else if (key.substr(0, 3) == "kb:") {
    std::string_view id = key.substr(3);
    if (const kb::Person* p = kb.PersonById(id)) {
      out.kind = "person";
      out.label = p->name;
      out.country = p->country;
      if (!p->gender.empty()) out.attrs["gender"] = p->gender;
    } else if (const kb::Body* b = kb.BodyById(id)) {
      out.kind = kb::IsMinistryKind(b->kind) ? "ministry" : "organization";
      out.label = b->en;
      out.country = b->country;
    } else {
      return false;
    }
  } else {
    return false;
  }
  out.key.assign(key);
  return true;
}

bool SameEntity(const Entity& a, const Entity& b) {
  return a.key == b.key && a.kind == b.kind && a.label == b.label && a.country == b.country &&
         a.aliases == b.aliases && a.attrs == b.attrs;
}

// FNV-1a (64 bits) over the knowledge-base entities of a line, in order: what "kb" holds.
struct Digest {
  uint64_t h = 0xcbf29ce484222325ULL;
  void Add(std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    h = (h ^ 0xFF) * 0x100000001b3ULL;  // a byte UTF-8 never holds ends each string
  }
  void Add(const Entity& e) {
    Add(e.key);
    Add(e.kind);
    Add(e.label);
    Add(e.country);
    for (const auto& [k, v] : e.attrs) {
      Add(k);
      Add(v);
    }
    h = (h ^ 0xFE) * 0x100000001b3ULL;
  }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
  }
};

// The v2 writer: appends to one string, no intermediate values.
class V2Writer {
 public:
  explicit V2Writer(std::string& out) : out_(out) {}

  // A JSON string: '"', '\\' and control characters escaped (\n, \t, ... or \u00XX), the rest
  // as UTF-8; a byte that is not part of valid UTF-8 becomes U+FFFD.
  void Str(std::string_view s) {
    out_ += '"';
    const char* p = s.data();
    const char* end = p + s.size();
    const char* from = p;
    while (p < end) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
        ++p;
        continue;
      }
      if (c >= 0x80) {
        if (size_t len = Utf8Len(p, end)) {
          p += len;
          continue;
        }
        out_.append(from, p);
        out_ += "\xEF\xBF\xBD";
        from = ++p;
        continue;
      }
      out_.append(from, p);
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          static const char hex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += hex[c >> 4];
          out_ += hex[c & 15];
        }
      }
      from = ++p;
    }
    out_.append(from, p);
    out_ += '"';
  }
  void Int(long long v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, static_cast<size_t>(r.ptr - buf));
  }
  void Raw(std::string_view s) { out_ += s; }
  void Put(char c) { out_ += c; }
  template <size_t N>
  void Code(const char* (&names)[N], const std::string& s) {
    int c = CodeOf(names, s);
    if (c >= 0)
      Int(c);
    else
      Str(s);
  }

 private:
  std::string& out_;
};

}  // namespace

bool IsCanonicalV2Prefix(std::string_view line) { return line.substr(0, 7) == "{\"v\":2,"; }

void AppendJsonLine(const DocumentFacts& d, const kb::KnowledgeBase* kb, std::string& out) {
  V2Writer w(out);
  w.Raw("{\"v\":2,\"doc\":");
  w.Str(d.doc);
  if (!d.lang.empty()) {
    w.Raw(",\"lang\":");
    w.Str(d.lang);
  }
  if (!d.published.empty()) {
    w.Raw(",\"published\":");
    w.Str(d.published.ToEdtf());
  }
  Digest digest;
  bool from_kb = false;
  if (!d.entities.empty()) {
    thread_local Entity scratch;
    w.Raw(",\"e\":[");
    for (size_t i = 0; i < d.entities.size(); ++i) {
      const Entity& e = d.entities[i];
      if (i) w.Put(',');
      if (kb && !e.key.empty() && KbEntity(*kb, e.key, scratch) && SameEntity(scratch, e)) {
        w.Str(e.key);
        digest.Add(e);
        from_kb = true;
        continue;
      }
      w.Put('[');
      w.Str(e.key);
      w.Put(',');
      w.Code(kEntityKinds, e.kind);
      w.Put(',');
      w.Str(e.label);
      int last = !e.attrs.empty() ? 3 : !e.aliases.empty() ? 2 : !e.country.empty() ? 1 : 0;
      if (last >= 1) {
        w.Put(',');
        w.Str(e.country);
      }
      if (last >= 2) {
        w.Raw(",[");
        for (size_t k = 0; k < e.aliases.size(); ++k) {
          if (k) w.Put(',');
          w.Str(e.aliases[k]);
        }
        w.Put(']');
      }
      if (last >= 3) {
        w.Raw(",{");
        bool first = true;
        for (const auto& [k, v] : e.attrs) {
          if (!first) w.Put(',');
          first = false;
          w.Str(k);
          w.Put(':');
          w.Str(v);
        }
        w.Put('}');
      }
      w.Put(']');
    }
    w.Put(']');
  }
  if (from_kb) {
    w.Raw(",\"kb\":\"");
    w.Raw(digest.Hex());
    w.Put('"');
  }
  // Each evidence sentence once: the first fact that cites sentence n gives its row; a fact
  // whose provenance differs from its row's says how.
  thread_local std::vector<std::pair<int, const Fact*>> rows;
  rows.clear();
  auto row_of = [&](int n) -> const Fact* {
    for (const auto& r : rows)
      if (r.first == n) return r.second;
    return nullptr;
  };
  auto index_of = [&](const std::string& key) -> long long {
    for (size_t i = 0; i < d.entities.size(); ++i)
      if (d.entities[i].key == key) return static_cast<long long>(i);
    return -1;  // not an entity of the line: no reader accepts it
  };
  if (!d.facts.empty()) {
    w.Raw(",\"f\":[");
    for (size_t i = 0; i < d.facts.size(); ++i) {
      const Fact& f = d.facts[i];
      const Provenance& p = f.prov;
      int n = p.sentence < 0 ? -1 : p.sentence;
      const Fact* row = nullptr;
      if (n >= 0) {
        row = row_of(n);
        if (!row) {
          rows.emplace_back(n, &f);
          row = &f;
        }
      }
      // What the row (or, without a sentence, the defaults) does not say.
      uint32_t begin = row ? row->prov.begin : 0, end = row ? row->prov.end : 0;
      Zone zone = row ? row->prov.zone : Zone::kStory;
      const std::string* evidence = row ? &row->prov.evidence : nullptr;
      bool o_doc = !p.doc.empty() && p.doc != d.doc, o_begin = p.begin != begin,
           o_end = p.end != end, o_zone = p.zone != zone,
           o_evidence = evidence ? p.evidence != *evidence : !p.evidence.empty();
      bool prov = o_doc || o_begin || o_end || o_zone || o_evidence;
      int last = prov                           ? 9
                 : !f.place.empty()             ? 8
                 : !f.role.empty()              ? 7
                 : !f.candidate_years.empty()   ? 6
                 : f.date_source != DateSource::kNone ? 5
                 : !f.date.empty()              ? 4
                                                : 3;
      if (i) w.Put(',');
      w.Put('[');
      w.Code(kFactKinds, f.kind);
      w.Put(',');
      w.Int(index_of(f.source));
      w.Put(',');
      w.Int(index_of(f.target));
      w.Put(',');
      w.Int(n);
      if (last >= 4) {
        w.Put(',');
        w.Str(f.date.empty() ? std::string() : f.date.ToEdtf());
      }
      if (last >= 5) {
        w.Put(',');
        w.Int(static_cast<int>(f.date_source));
      }
      if (last >= 6) {
        w.Raw(",[");
        for (size_t k = 0; k < f.candidate_years.size(); ++k) {
          if (k) w.Put(',');
          w.Int(f.candidate_years[k]);
        }
        w.Put(']');
      }
      if (last >= 7) {
        w.Put(',');
        w.Str(f.role);
      }
      if (last >= 8) {
        w.Put(',');
        w.Str(f.place);
      }
      if (last >= 9) {
        w.Raw(",{");
        bool first = true;
        auto member = [&](const char* name) {
          if (!first) w.Put(',');
          first = false;
          w.Put('"');
          w.Raw(name);
          w.Raw("\":");
        };
        if (o_doc) {
          member("doc");
          w.Str(p.doc);
        }
        if (o_begin) {
          member("begin");
          w.Int(p.begin);
        }
        if (o_end) {
          member("end");
          w.Int(p.end);
        }
        if (o_zone) {
          member("zone");
          w.Int(static_cast<int>(p.zone));
        }
        if (o_evidence) {
          member("evidence");
          w.Str(p.evidence);
        }
        w.Put('}');
      }
      w.Put(']');
    }
    w.Put(']');
  }
  if (!rows.empty()) {
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    w.Raw(",\"s\":[");
    for (size_t i = 0; i < rows.size(); ++i) {
      const Provenance& p = rows[i].second->prov;
      if (i) w.Put(',');
      w.Put('[');
      w.Int(rows[i].first);
      w.Put(',');
      w.Int(p.begin);
      w.Put(',');
      w.Int(p.end);
      w.Put(',');
      w.Int(static_cast<int>(p.zone));
      w.Put(',');
      w.Str(p.evidence);
      w.Put(']');
    }
    w.Put(']');
  }
  if (!d.origin.empty()) {  // last: `bilat merge` compares lines without it
    w.Raw(",\"origin\":");
    w.Str(d.origin);
  }
  w.Put('}');
}

std::string ToJsonLine(const DocumentFacts& d, const kb::KnowledgeBase* kb) {
  std::string out;
  out.reserve(1024);
  AppendJsonLine(d, kb, out);
  return out;
}

namespace {

// The v2 reader: strict (every member and element has one type and range; unknown members,
// repeated members, trailing text, bad UTF-8 and bad JSON are errors), and each error says what
// is wrong and at which byte of the line.
class V2Reader {
 public:
  V2Reader(std::string_view s, const kb::KnowledgeBase* kb)
      : begin_(s.data()), p_(s.data()), end_(s.data() + s.size()), kb_(kb) {}

  Status Read(DocumentFacts& d) {
    if (!ReadTop(d)) return Status::Corruption(err_);
    return Resolve(d);
  }

 private:
  struct PendingFact {
    long long source = -1, target = -1;
    bool doc = false, begin = false, end = false, zone = false, evidence = false;
  };
  struct Row {
    int n;
    uint32_t begin, end;
    Zone zone;
    std::string text;
  };

  bool ReadTop(DocumentFacts& d) {
    if (!Expect('{', "a JSON object")) return false;
    std::string key;
    unsigned seen = 0;
    bool have_doc = false;
    do {
      Space();
      const char* at = p_;
      if (!String(key) || !Expect(':', "':'")) return false;
      static const char* names[] = {"doc", "origin", "lang", "published", "kb", "e", "f", "s", "v"};
      int m = CodeOf(names, key);
      if (m < 0) return FailAt(at, "unknown member \"" + key + "\"");
      if (seen & (1u << m)) return FailAt(at, "member \"" + key + "\" twice");
      seen |= 1u << m;
      switch (m) {
        case 0:
          if (!String(d.doc)) return false;
          if (d.doc.empty()) return FailAt(at, "empty \"doc\"");
          have_doc = true;
          break;
        case 1: if (!String(d.origin)) return false; break;
        case 2: if (!String(d.lang)) return false; break;
        case 3: {
          std::string pub;
          if (!String(pub)) return false;
          auto p = PartialDate::Parse(pub);
          if (!p || p->empty() || p->ToEdtf() != pub) return FailAt(at, "bad \"published\" date \"" + pub + "\"");
          d.published = *p;
          break;
        }
        case 4:
          if (!String(digest_)) return false;
          if (digest_.size() != 16 || digest_.find_first_not_of("0123456789abcdef") != std::string::npos)
            return FailAt(at, "\"kb\" is not 16 hexadecimal digits");
          break;
        case 5:
          if (!Array([&] { return ReadEntity(d); })) return false;
          break;
        case 6:
          if (!Array([&] { return ReadFact(d); })) return false;
          break;
        case 7:
          if (!Array([&] { return ReadRow(); })) return false;
          break;
        case 8: {
          long long version;
          at = (Space(), p_);
          if (!Integer(version)) return false;
          if (version != 2)
            return FailAt(at, "version " + std::to_string(version) +
                                  " is not one this bilat reads (1, 2)");
          break;
        }
      }
    } while (Peek(',') && (++p_, true));
    if (!Expect('}', "',' or '}'")) return false;
    Space();
    if (p_ != end_) return Fail("text after the object");
    if (!(seen & (1u << 8))) return Fail("missing \"v\"");
    if (!have_doc) return Fail("missing \"doc\"");
    return true;
  }

  bool ReadEntity(DocumentFacts& d) {
    d.entities.emplace_back();
    Entity& e = d.entities.back();
    const char* at = (Space(), p_);
    if (Peek('"')) {  // the knowledge base's entity
      if (!String(e.key)) return false;
      if (e.key.empty()) return FailAt(at, "entity with an empty key");
      from_kb_.push_back(d.entities.size() - 1);
      return true;
    }
    if (!Expect('[', "an entity (a key or an array)")) return false;
    at = (Space(), p_);
    if (!String(e.key)) return false;
    if (e.key.empty()) return FailAt(at, "entity with an empty key");
    if (!Expect(',', "',' and the entity's kind") || !Kind(kEntityKinds, e.kind, "entity kind") ||
        !Expect(',', "',' and the entity's label") || !String(e.label))
      return false;
    if (Peek(',')) {
      ++p_;
      if (!String(e.country)) return false;
    }
    if (Peek(',')) {
      ++p_;
      if (!Array([&] {
            e.aliases.emplace_back();
            return String(e.aliases.back());
          }))
        return false;
    }
    if (Peek(',')) {
      ++p_;
      if (!Object([&](std::string& k, const char* kat) {
            std::string v;
            if (!String(v)) return false;
            if (!e.attrs.emplace(std::move(k), std::move(v)).second)
              return FailAt(kat, "attribute twice");
            return true;
          }))
        return false;
    }
    return Expect(']', "']' (an entity has at most 6 elements)");
  }

  bool ReadFact(DocumentFacts& d) {
    d.facts.emplace_back();
    pending_.emplace_back();
    Fact& f = d.facts.back();
    PendingFact& pf = pending_.back();
    long long n;
    if (!Expect('[', "a fact (an array)") || !Kind(kFactKinds, f.kind, "fact kind") ||
        !Expect(',', "',' and the fact's source") || !Integer(pf.source) ||
        !Expect(',', "',' and the fact's target") || !Integer(pf.target) ||
        !Expect(',', "',' and the fact's sentence") || !Integer(n))
      return false;
    if (n < -1 || n > std::numeric_limits<int>::max()) return Fail("sentence number out of range");
    f.prov.sentence = static_cast<int>(n);
    for (int field = 4; field <= 9 && Peek(','); ++field) {
      ++p_;
      const char* at = (Space(), p_);
      switch (field) {
        case 4: {
          std::string date;
          if (!String(date)) return false;
          if (!date.empty()) {
            auto r = DateRange::Parse(date);
            if (!r || r->empty()) return FailAt(at, "bad date \"" + date + "\"");
            f.date = *r;
          }
          break;
        }
        case 5: {
          long long s;
          if (!Integer(s)) return false;
          if (s < 0 || s >= kSourceCount) return FailAt(at, "date source " + std::to_string(s) + " is not 0-8");
          f.date_source = static_cast<DateSource>(s);
          break;
        }
        case 6:
          if (!Array([&] {
                long long y;
                const char* yat = (Space(), p_);
                if (!Integer(y)) return false;
                if (y < 1 || y > 9999) return FailAt(yat, "candidate year out of 1-9999");
                f.candidate_years.push_back(static_cast<int>(y));
                return true;
              }))
            return false;
          break;
        case 7: if (!String(f.role)) return false; break;
        case 8: if (!String(f.place)) return false; break;
        case 9: {
          Provenance& p = f.prov;
          if (!Object([&](std::string& k, const char* kat) {
                static const char* names[] = {"doc", "begin", "end", "zone", "evidence"};
                bool* flags[] = {&pf.doc, &pf.begin, &pf.end, &pf.zone, &pf.evidence};
                int m = CodeOf(names, k);
                if (m < 0) return FailAt(kat, "unknown provenance member \"" + k + "\"");
                if (*flags[m]) return FailAt(kat, "provenance member \"" + k + "\" twice");
                *flags[m] = true;
                switch (m) {
                  case 0:
                    if (!String(p.doc)) return false;
                    if (p.doc.empty()) return FailAt(kat, "empty provenance \"doc\"");
                    return true;
                  case 1: return Uint(p.begin);
                  case 2: return Uint(p.end);
                  case 3: {
                    long long z;
                    const char* zat = (Space(), p_);
                    if (!Integer(z)) return false;
                    if (z < 0 || z >= kZoneCount) return FailAt(zat, "zone " + std::to_string(z) + " is not 0-4");
                    p.zone = static_cast<Zone>(z);
                    return true;
                  }
                  default: return String(p.evidence);
                }
              }))
            return false;
          break;
        }
      }
    }
    return Expect(']', "']' (a fact has at most 10 elements)");
  }

  bool ReadRow() {
    Row r;
    long long n, z;
    if (!Expect('[', "a sentence ([n, begin, end, zone, text])") || !Integer(n)) return false;
    if (n < 0 || n > std::numeric_limits<int>::max()) return Fail("sentence number out of range");
    if (!Expect(',', "','") || !Uint(r.begin) || !Expect(',', "','") || !Uint(r.end) ||
        !Expect(',', "','") || !Integer(z))
      return false;
    if (z < 0 || z >= kZoneCount) return Fail("zone " + std::to_string(z) + " is not 0-4");
    if (!Expect(',', "','") || !String(r.text) || !Expect(']', "']' (a sentence has 5 elements)"))
      return false;
    r.n = static_cast<int>(n);
    r.zone = static_cast<Zone>(z);
    rows_.push_back(std::move(r));
    return true;
  }

  // Knowledge-base entities, indices and sentence numbers: what needs the whole line.
  Status Resolve(DocumentFacts& d) {
    if (!from_kb_.empty()) {
      if (!kb_)
        return Status::Corruption("entity '" + d.entities[from_kb_[0]].key +
                                  "' is the knowledge base's: the line is read with one");
      Digest digest;
      for (size_t i : from_kb_) {
        Entity& e = d.entities[i];
        std::string key = std::move(e.key);
        if (!KbEntity(*kb_, key, e))
          return Status::Corruption("entity '" + key +
                                    "' is not in the knowledge base (extracted with other --kb "
                                    "files? merge with the same ones)");
        digest.Add(e);
      }
      if (digest_.empty()) return Status::Corruption("knowledge-base entities without \"kb\"");
      if (digest.Hex() != digest_)
        return Status::Corruption(
            "the knowledge base gives its entities (" + d.entities[from_kb_[0]].key +
            ", ...) other names, kinds or countries than when the line was written (extracted with "
            "other --kb files or another version of bilat? merge with the same ones)");
    } else if (!digest_.empty()) {
      return Status::Corruption("\"kb\" but no knowledge-base entity");
    }
    std::sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) { return a.n < b.n; });
    for (size_t i = 1; i < rows_.size(); ++i)
      if (rows_[i].n == rows_[i - 1].n)
        return Status::Corruption("sentence " + std::to_string(rows_[i].n) + " twice in \"s\"");
    const long long count = static_cast<long long>(d.entities.size());
    for (size_t i = 0; i < d.facts.size(); ++i) {
      Fact& f = d.facts[i];
      const PendingFact& pf = pending_[i];
      std::string what = "fact " + std::to_string(i) + " (" + f.kind + ")";
      for (long long v : {pf.source, pf.target})
        if (v < 0 || v >= count)
          return Status::Corruption(what + ": entity " + std::to_string(v) +
                                    " is not one of the line's " + std::to_string(count));
      f.source = d.entities[pf.source].key;
      f.target = d.entities[pf.target].key;
      Provenance& p = f.prov;
      if (!pf.doc) p.doc = d.doc;
      if (p.sentence >= 0) {
        auto it = std::lower_bound(rows_.begin(), rows_.end(), p.sentence,
                                   [](const Row& r, int n) { return r.n < n; });
        if (it == rows_.end() || it->n != p.sentence)
          return Status::Corruption(what + ": sentence " + std::to_string(p.sentence) +
                                    " is not in \"s\"");
        if (!pf.begin) p.begin = it->begin;
        if (!pf.end) p.end = it->end;
        if (!pf.zone) p.zone = it->zone;
        if (!pf.evidence) p.evidence = it->text;
      }
    }
    return Status::OK();
  }

  // ------------------------------------------------------------------- JSON
  bool FailAt(const char* at, const std::string& what) {
    if (err_.empty()) err_ = what + " (byte " + std::to_string(at - begin_ + 1) + ")";
    return false;
  }
  bool Fail(const std::string& what) { return FailAt(p_, what); }
  void Space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Peek(char c) {
    Space();
    return p_ != end_ && *p_ == c;
  }
  bool Expect(char c, const char* what) {
    Space();
    if (p_ == end_ || *p_ != c) return Fail(std::string("expected ") + what);
    ++p_;
    return true;
  }
  template <typename F>
  bool Array(F&& element) {
    if (!Expect('[', "an array")) return false;
    if (Peek(']')) return ++p_, true;
    do {
      if (!element()) return false;
    } while (Peek(',') && (++p_, true));
    return Expect(']', "',' or ']'");
  }
  // {"k": v, ...}: value(k, where k began) reads v.
  template <typename F>
  bool Object(F&& value) {
    if (!Expect('{', "an object")) return false;
    if (Peek('}')) return ++p_, true;
    std::string key;
    do {
      Space();
      const char* at = p_;
      if (!String(key) || !Expect(':', "':'") || !value(key, at)) return false;
    } while (Peek(',') && (++p_, true));
    return Expect('}', "',' or '}'");
  }
  template <size_t N>
  bool Kind(const char* (&names)[N], std::string& out, const char* what) {
    Space();
    const char* at = p_;
    if (Peek('"')) {
      if (!String(out)) return false;
      if (out.empty()) return FailAt(at, std::string("empty ") + what);
      return true;
    }
    long long c;
    if (!Integer(c)) return false;
    if (c < 0 || c >= static_cast<long long>(N))
      return FailAt(at, std::string(what) + " " + std::to_string(c) + " is not 0-" + std::to_string(N - 1));
    out = names[c];
    return true;
  }
  bool Uint(uint32_t& out) {
    long long v;
    const char* at = (Space(), p_);
    if (!Integer(v)) return false;
    if (v < 0 || v > std::numeric_limits<uint32_t>::max()) return FailAt(at, "offset out of range");
    out = static_cast<uint32_t>(v);
    return true;
  }
  bool Integer(long long& out) {
    Space();
    const char* at = p_;
    bool neg = p_ != end_ && *p_ == '-';
    if (neg) ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return FailAt(at, "expected an integer");
    if (*p_ == '0' && p_ + 1 != end_ && p_[1] >= '0' && p_[1] <= '9')
      return FailAt(at, "integer with a leading zero");
    long long v = 0;
    int digits = 0;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') {
      v = v * 10 + (*p_++ - '0');
      if (++digits > 15) return FailAt(at, "integer out of range");
    }
    if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E'))
      return FailAt(at, "expected an integer, not a fraction");
    out = neg ? -v : v;
    return true;
  }
  bool String(std::string& out) {
    Space();
    if (p_ == end_ || *p_ != '"') return Fail("expected a string");
    const char* start = p_++;
    switch (ReadStringBody(p_, end_, out)) {
      case StringError::kNone: return true;
      case StringError::kUnterminated: return FailAt(start, "unterminated string");
      case StringError::kControl: return Fail("control character in a string");
      case StringError::kBadUnicode: return Fail("bad \\u escape");
      case StringError::kLoneSurrogate: return Fail("lone surrogate in a \\u escape");
      case StringError::kBadEscape: return Fail(std::string("bad escape \\") + p_[-1]);
      case StringError::kInvalidUtf8: return FailAt(start, "invalid UTF-8 in a string");
    }
    return false;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
  const kb::KnowledgeBase* kb_;
  std::string err_, digest_;
  std::vector<size_t> from_kb_;
  std::vector<PendingFact> pending_;
  std::vector<Row> rows_;
};

// A line of version 2 or later: its first member is "v".
bool HasVersion(std::string_view line) {
  size_t i = 0, n = line.size();
  auto space = [&] {
    while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n' || line[i] == '\r')) ++i;
  };
  space();
  if (i == n || line[i] != '{') return false;
  ++i;
  space();
  return line.substr(i, 3) == "\"v\"";
}

}  // namespace

namespace {

Result<DocumentFacts> FromJson(std::string_view line, const kb::KnowledgeBase* kb) {
  json j = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption("not a JSON object");
  if (j.contains("v")) {  // version 2 or later, "v" not first (written by another tool)
    DocumentFacts d;
    Status st = V2Reader(line, kb).Read(d);
    if (!st.ok()) return st;
    return d;
  }
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
  bool String(std::string& out) {
    Space();
    if (p_ == end_ || *p_ != '"') return false;
    ++p_;
    return ReadStringBody(p_, end_, out) == StringError::kNone;
  }

  const char* p_;
  const char* end_;
};

}  // namespace

Result<DocumentFacts> FromJsonLine(std::string_view line, const kb::KnowledgeBase* kb) {
  if (HasVersion(line)) {
    DocumentFacts d;
    Status st = V2Reader(line, kb).Read(d);
    if (!st.ok()) return st;
    return d;
  }
  {
    DocumentFacts d;
    if (FastReader(line).Read(d)) return d;
  }
  // The readers above check every type; this catches what they might miss, so that no exception
  // leaves the library (a bad line is skipped, the merge goes on).
  try {
    return FromJson(line, kb);
  } catch (const json::exception& e) {
    return Status::Corruption(std::string("bad facts line: ") + e.what());
  }
}

}  // namespace bilat
