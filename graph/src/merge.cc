// Merge: DocumentFacts of many articles -> one Graph.
//
//  1. Entities are unified by key (knowledge-base ids, countries, folded names), then people
//     whose names differ by a typo, then agreements that are the same instrument (same
//     signatories and signing day, or same period and parties) across articles and languages.
//  2. Years missing from dates are completed: from another fact that shares a participant and
//     falls within a few days (the same event or trip, in another article or another part of the
//     page) and fits the office tenures, else from the tenures alone when only one year fits.
//  3. One edge per fact: same kind, same ends, overlapping dates (undated facts join the dated
//     fact of the same kind and ends). Weight = number of supporting articles.
// Everything is sorted, so the same documents give the same graph in any order.
#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "bilat/graph.h"

namespace bilat {

namespace {

// ---------------------------------------------------------------------------- union-find
class UnionFind {
 public:
  int Add() {
    parent_.push_back(static_cast<int>(parent_.size()));
    return parent_.back();
  }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

bool HasNonAscii(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c & 0x80; });
}

// Names that differ by a typo: same number of words, each equal or one edit apart (words longer
// than three letters), at most two edits in all.
int NameDistance(const std::string& a, const std::string& b) {
  auto wa = SplitWords(a), wb = SplitWords(b);
  if (wa.size() != wb.size() || wa.size() < 2) return 99;
  int total = 0;
  for (size_t i = 0; i < wa.size(); ++i) {
    if (wa[i] == wb[i]) continue;
    if (wa[i].size() <= 3 || wb[i].size() <= 3) return 99;
    int d = EditDistance(wa[i], wb[i], 1);
    if (d > 1) return 99;
    total += d;
  }
  return total;
}

int DayOfYear(const PartialDate& d) { return d.month * 31 + d.day; }

bool Overlap(const DateRange& a, const DateRange& b) {
  auto lo = [](const DateRange& r) { return r.start.Key(); };
  auto hi = [](const DateRange& r) { return r.is_interval() ? r.end.Key() : r.start.Key(); };
  if (a.start.day == 0 || b.start.day == 0) return a.start.Key() == b.start.Key();
  return !(hi(a) < lo(b) || hi(b) < lo(a));
}

DateRange Union(const DateRange& a, const DateRange& b) {
  DateRange r;
  r.start = a.start.Key() <= b.start.Key() ? a.start : b.start;
  PartialDate ea = a.is_interval() ? a.end : a.start, eb = b.is_interval() ? b.end : b.start;
  PartialDate e = ea.Key() >= eb.Key() ? ea : eb;
  if (e.Key() != r.start.Key()) r.end = e;
  r.start.uncertain = a.start.uncertain && b.start.uncertain;
  r.end.uncertain = r.start.uncertain && !r.end.empty();
  return r;
}

// Strings seen many times (entity keys, kinds, document ids, roles, places, evidence sentences)
// are stored once and referred to by a dense id.
class StringPool {
 public:
  uint32_t Intern(const std::string& s) {
    auto it = index_.find(std::string_view(s));
    if (it != index_.end()) return it->second;
    strings_.push_back(s);
    uint32_t id = static_cast<uint32_t>(strings_.size() - 1);
    index_.emplace(std::string_view(strings_.back()), id);
    return id;
  }
  const std::string& operator[](uint32_t id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }
  // Frees the look-up index: Intern() may not be called afterwards; ids and strings stay.
  void DropIndex() { std::unordered_map<std::string_view, uint32_t>().swap(index_); }

 private:
  std::deque<std::string> strings_;  // stable addresses for the views in index_
  std::unordered_map<std::string_view, uint32_t> index_;
};

// What a fact says, apart from where it was read (strings as pool ids, candidate years as a range
// of `years`). Articles that report the same sentence share one: memory grows with distinct
// facts, plus one StoredFact per occurrence.
struct FactTemplate {
  uint32_t kind, source, target;  // source/target: ids in the key pool
  uint32_t role, place, evidence;
  DateRange date;
  DateSource date_source = DateSource::kNone;
  Zone zone = Zone::kStory;
  uint32_t years_begin = 0, years_count = 0;
};

// One fact as the builder keeps it between Add() and Finish(): its template and where it was
// read (the provenance document is the document's own unless `prov_doc_of` says otherwise).
struct StoredFact {
  uint32_t tmpl;
  int32_t sentence;
  uint32_t begin, end;
};

// One document: where its entity keys and facts are.
struct StoredDoc {
  uint32_t id;  // in the string pool
  uint32_t keys_begin, keys_count;
  uint32_t facts_begin, facts_count;
};

// Every article's view of one entity key, folded: the first view (smallest document id) in full,
// the union of the names seen, the first country, and each attribute value with the first
// document that gave it. The merge reads no more than that, so memory grows with distinct names
// and values, not with articles.
struct KeyFold {
  bool has_first = false;
  Entity first;
  uint32_t first_doc = 0;
  std::set<std::string> forms;  // labels and aliases of every view
  std::string country;          // first non-empty country
  uint32_t country_doc = 0;
  std::map<std::pair<std::string, std::string>, uint32_t> attr_doc;  // (attr, value) -> doc
  bool folded = false;        // forms, country and attr_doc hold every view so far
  std::vector<Entity> views;  // built by Order(): what the passes read, in document order
};

// A fact during Finish() whose date lacks its year: the mutable parts (completed across
// articles). Facts whose dates are whole (or empty) never change and are read from their template.
struct Pending {
  uint32_t occ;  // index in stored_facts
  uint32_t doc;  // rank of the document id (ranks sort like the ids)
  DateRange date;
  DateSource date_source;
  int fixed_year = 0;  // when set, the only candidate year
};

}  // namespace

struct GraphBuilder::Impl {
  Impl(const kb::KnowledgeBase& k, MergeOptions o) : kb(k), options(o) {}
  const kb::KnowledgeBase& kb;
  MergeOptions options;

  // What Add() keeps: memory grows with distinct strings, entity views and facts, not with the
  // text of the articles.
  StringPool strings, key_pool;
  std::unordered_set<uint32_t> doc_ids;  // string pool ids; duplicates are ignored
  std::vector<StoredDoc> stored_docs;
  std::vector<uint32_t> doc_keys;  // entity keys of each document, in order
  std::vector<FactTemplate> templates;
  std::vector<uint32_t> template_slots;  // open-addressing index of templates (id + 1; 0 empty)
  std::vector<size_t> template_hash;     // hash of each template
  std::vector<StoredFact> stored_facts;
  std::unordered_map<uint32_t, uint32_t> prov_doc_of;  // occurrence -> provenance document,
                                                       // when not the document's own
  std::vector<int> years;
  std::deque<KeyFold> folds;  // by key pool id (a deque: grows without copies or slack)

  // Resolution state (built by Finish).
  UnionFind uf;
  std::vector<std::string> keys;
  std::vector<int> index_of_pool;                // key pool id -> key index
  std::vector<std::vector<const Entity*>> seen;  // per key: every distinct article view
  std::vector<uint32_t> doc_order;               // stored_docs indices sorted by id
  std::vector<uint32_t> doc_rank;                // stored_docs index -> rank

  int KeyIndex(uint32_t pool_id) { return index_of_pool[pool_id]; }

  void AddDocument(DocumentFacts&& d);
  void EndAdding();
  void FoldView(KeyFold& f, const Entity& e, uint32_t doc);
  void Order();

  // Root -> the key that names the merged node: a knowledge-base or country key when the group
  // has one, else the smallest key. Recomputed after each unification pass.
  std::vector<std::string> canon;
  void ComputeCanon() {
    canon.assign(keys.size(), "");
    auto rank = [](const std::string& k) {
      return k.rfind("kb:", 0) == 0 || k.rfind("country:", 0) == 0 ? 0 : 1;
    };
    for (size_t i = 0; i < keys.size(); ++i) {
      std::string& c = canon[uf.Find(static_cast<int>(i))];
      if (c.empty() || rank(keys[i]) < rank(c) || (rank(keys[i]) == rank(c) && keys[i] < c))
        c = keys[i];
    }
  }

  uint32_t InternTemplate(const FactTemplate& t, const std::vector<int>& candidate_years);

  // Every stored fact in document-id order, then in the document's order:
  // f(document index, occurrence index, template).
  template <typename F>
  void ForEachFact(F&& f) {
    for (uint32_t d : doc_order) {
      const StoredDoc& sd = stored_docs[d];
      for (uint32_t k = 0; k < sd.facts_count; ++k) {
        uint32_t occ = sd.facts_begin + k;
        f(d, occ, templates[stored_facts[occ].tmpl]);
      }
    }
  }

  void UnifyPeople();
  void UnifyAgreements();
  void UnifyBodies();
  void ResolveFacts();
  void CompleteYears();
  Graph Build();

  // Facts after resolution (ResolveFacts): the resolved ends of each template (ranks in
  // node_ids, "met" ends in order), whether it is a loop, the document rank of each occurrence,
  // the occurrences in document order without loops, and those whose year is missing.
  std::vector<uint32_t> tmpl_source, tmpl_target;
  std::vector<char> tmpl_loop;
  std::vector<uint32_t> occ_doc;
  std::vector<uint32_t> order;
  std::vector<Pending> pending;
  std::vector<uint32_t> pending_of;  // occurrence -> index in pending, or kNone
  static constexpr uint32_t kNone = ~0u;
  const DateRange& DateOf(uint32_t occ) const {
    uint32_t p = pending_of[occ];
    return p == kNone ? templates[stored_facts[occ].tmpl].date : pending[p].date;
  }
  DateSource DateSourceOf(uint32_t occ) const {
    uint32_t p = pending_of[occ];
    return p == kNone ? templates[stored_facts[occ].tmpl].date_source : pending[p].date_source;
  }
  const std::string& NodeId(uint32_t key_pool_id) { return canon[uf.Find(KeyIndex(key_pool_id))]; }

  // Node ids of the resolved graph, sorted; resolved ends are indices into it.
  std::vector<std::string> node_ids;
  std::vector<char> node_is_person;
  std::vector<uint32_t> kind_rank;  // string pool id -> rank among kinds (for sorting)
};

void GraphBuilder::Impl::FoldView(KeyFold& f, const Entity& e, uint32_t doc) {
  auto earlier = [&](uint32_t other) { return strings[doc] < strings[other]; };
  f.forms.insert(e.label);
  f.forms.insert(e.aliases.begin(), e.aliases.end());
  if (!e.country.empty() && (f.country.empty() || earlier(f.country_doc))) {
    f.country = e.country;
    f.country_doc = doc;
  }
  for (const auto& kv : e.attrs) {
    auto [it, added] = f.attr_doc.emplace(kv, doc);
    if (!added && earlier(it->second)) it->second = doc;
  }
}

namespace {
size_t HashDate(size_t h, const PartialDate& d) {
  for (int v : {d.year, d.month, d.day, static_cast<int>(d.uncertain)})
    h = (h ^ static_cast<size_t>(v)) * 0x100000001b3ULL;
  return h;
}
}  // namespace

uint32_t GraphBuilder::Impl::InternTemplate(const FactTemplate& t,
                                            const std::vector<int>& candidate_years) {
  size_t h = 0xcbf29ce484222325ULL;
  for (uint32_t v : {t.kind, t.source, t.target, t.role, t.place, t.evidence,
                     static_cast<uint32_t>(t.date_source), static_cast<uint32_t>(t.zone)})
    h = (h ^ v) * 0x100000001b3ULL;
  h = HashDate(HashDate(h, t.date.start), t.date.end);
  for (int y : candidate_years) h = (h ^ static_cast<size_t>(y)) * 0x100000001b3ULL;
  h ^= h >> 29;
  auto same = [&](const FactTemplate& o) {
    return o.kind == t.kind && o.source == t.source && o.target == t.target &&
           o.role == t.role && o.place == t.place && o.evidence == t.evidence &&
           o.date == t.date && o.date_source == t.date_source && o.zone == t.zone &&
           o.years_count == candidate_years.size() &&
           std::equal(candidate_years.begin(), candidate_years.end(),
                      years.begin() + o.years_begin);
  };
  if (templates.size() * 2 >= template_slots.size()) {  // grow, keeping the load under a half
    std::vector<uint32_t> slots(std::max<size_t>(1024, template_slots.size() * 2), 0);
    size_t mask = slots.size() - 1;
    for (uint32_t v : template_slots) {
      if (!v) continue;
      size_t i = template_hash[v - 1] & mask;
      while (slots[i]) i = (i + 1) & mask;
      slots[i] = v;
    }
    template_slots = std::move(slots);
  }
  size_t mask = template_slots.size() - 1;
  size_t i = h & mask;
  while (uint32_t v = template_slots[i]) {
    if (template_hash[v - 1] == h && same(templates[v - 1])) return v - 1;
    i = (i + 1) & mask;
  }
  FactTemplate stored = t;
  stored.years_begin = static_cast<uint32_t>(years.size());
  stored.years_count = static_cast<uint32_t>(candidate_years.size());
  years.insert(years.end(), candidate_years.begin(), candidate_years.end());
  templates.push_back(stored);
  template_hash.push_back(h);
  template_slots[i] = static_cast<uint32_t>(templates.size());
  return static_cast<uint32_t>(templates.size() - 1);
}

void GraphBuilder::Impl::AddDocument(DocumentFacts&& d) {
  StoredDoc sd;
  sd.id = strings.Intern(d.doc);
  if (!doc_ids.insert(sd.id).second) return;
  sd.keys_begin = static_cast<uint32_t>(doc_keys.size());
  const std::string& doc_id = strings[sd.id];
  for (auto& e : d.entities) {
    uint32_t k = key_pool.Intern(e.key);
    doc_keys.push_back(k);
    if (folds.size() <= k) folds.resize(k + 1);
    KeyFold& f = folds[k];
    e.key.clear();  // the pool has it
    if (!f.has_first) {  // most keys (an article's agreements) are seen once: keep just that
      f.has_first = true;
      f.first = e;  // a copy: the extraction thread's memory is then freed, not kept
      f.first_doc = sd.id;
      continue;
    }
    if (!f.folded) {
      f.folded = true;
      FoldView(f, f.first, f.first_doc);
    }
    FoldView(f, e, sd.id);
    if (doc_id < strings[f.first_doc]) {
      f.first = e;  // a copy: the extraction thread's memory is then freed, not kept
      f.first_doc = sd.id;
    }
  }
  sd.keys_count = static_cast<uint32_t>(doc_keys.size() - sd.keys_begin);
  sd.facts_begin = static_cast<uint32_t>(stored_facts.size());
  for (const Fact& f : d.facts) {
    FactTemplate t;
    t.kind = strings.Intern(f.kind);
    t.source = key_pool.Intern(f.source);
    t.target = key_pool.Intern(f.target);
    t.role = strings.Intern(f.role);
    t.place = strings.Intern(f.place);
    t.evidence = strings.Intern(f.prov.evidence);
    t.date = f.date;
    t.date_source = f.date_source;
    t.zone = f.prov.zone;
    StoredFact s;
    s.tmpl = InternTemplate(t, f.candidate_years);
    s.sentence = f.prov.sentence;
    s.begin = f.prov.begin;
    s.end = f.prov.end;
    if (f.prov.doc != d.doc)
      prov_doc_of.emplace(static_cast<uint32_t>(stored_facts.size()), strings.Intern(f.prov.doc));
    stored_facts.push_back(s);
  }
  sd.facts_count = static_cast<uint32_t>(stored_facts.size() - sd.facts_begin);
  stored_docs.push_back(sd);
}

// What only Add() needs (the indices that find repeated documents, strings and templates) is
// freed when Finish() starts, and what Add() grew by doubling is cut to size, before Finish()
// builds its own tables beside them.
void GraphBuilder::Impl::EndAdding() {
  std::unordered_set<uint32_t>().swap(doc_ids);
  std::vector<uint32_t>().swap(template_slots);
  std::vector<size_t>().swap(template_hash);
  strings.DropIndex();
  key_pool.DropIndex();
  stored_facts.shrink_to_fit();
  templates.shrink_to_fit();
  doc_keys.shrink_to_fit();
  stored_docs.shrink_to_fit();
  years.shrink_to_fit();
}

// Puts documents in id order and numbers the keys in the order in which they first appear there
// (entities of a document, then the ends of its facts), which is the order every pass reads them.
void GraphBuilder::Impl::Order() {
  doc_order.resize(stored_docs.size());
  std::iota(doc_order.begin(), doc_order.end(), 0u);
  std::sort(doc_order.begin(), doc_order.end(), [&](uint32_t a, uint32_t b) {
    return strings[stored_docs[a].id] < strings[stored_docs[b].id];
  });
  doc_rank.assign(stored_docs.size(), 0);
  for (uint32_t r = 0; r < doc_order.size(); ++r) doc_rank[doc_order[r]] = r;
  index_of_pool.assign(key_pool.size(), -1);
  auto number = [&](uint32_t k) {
    if (index_of_pool[k] >= 0) return;
    index_of_pool[k] = uf.Add();
    keys.push_back(key_pool[k]);
  };
  for (uint32_t d : doc_order) {
    const StoredDoc& sd = stored_docs[d];
    for (uint32_t i = 0; i < sd.keys_count; ++i) number(doc_keys[sd.keys_begin + i]);
    for (uint32_t i = 0; i < sd.facts_count; ++i) {
      const FactTemplate& t = templates[stored_facts[sd.facts_begin + i].tmpl];
      number(t.source);
      number(t.target);
    }
  }
  std::vector<uint32_t> rank_of_id(strings.size(), 0);
  for (uint32_t d = 0; d < stored_docs.size(); ++d) rank_of_id[stored_docs[d].id] = doc_rank[d];
  // Views equivalent to every article's, for the passes: the first view, then one that carries
  // every name and the first country, then one per attribute value in order of first document
  // (attributes are first-wins, and conflicting periods are listed in that order).
  seen.assign(keys.size(), {});
  folds.resize(key_pool.size());
  for (uint32_t k = 0; k < key_pool.size(); ++k) {
    KeyFold& f = folds[k];
    if (!f.has_first) continue;
    if (!f.folded) {  // seen in one article only
      f.views.reserve(1);
      f.views.push_back(std::move(f.first));
      seen[index_of_pool[k]].push_back(&f.views.back());
      continue;
    }
    f.views.reserve(2 + f.attr_doc.size());  // exact: seen keeps pointers into it
    f.views.push_back(f.first);
    Entity names;
    names.label = f.first.label;
    names.country = f.country;
    names.aliases.assign(f.forms.begin(), f.forms.end());
    f.views.push_back(std::move(names));
    using AttrEntry = std::pair<const std::pair<std::string, std::string>, uint32_t>;
    std::vector<std::pair<uint32_t, const AttrEntry*>> attrs;
    for (const auto& entry : f.attr_doc) attrs.emplace_back(rank_of_id[entry.second], &entry);
    std::stable_sort(attrs.begin(), attrs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [rank, entry] : attrs) {
      Entity v;
      v.label = f.first.label;
      v.attrs.emplace(entry->first.first, entry->first.second);
      f.views.push_back(std::move(v));
    }
    for (const Entity& v : f.views) seen[index_of_pool[k]].push_back(&v);
  }
  // Kinds compare as strings when facts are sorted.
  std::vector<uint32_t> kinds;
  for (const auto& t : templates) kinds.push_back(t.kind);
  std::sort(kinds.begin(), kinds.end(),
            [&](uint32_t a, uint32_t b) { return strings[a] < strings[b]; });
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  kind_rank.assign(strings.size(), 0);
  for (uint32_t r = 0; r < kinds.size(); ++r) kind_rank[kinds[r]] = r;
}

void GraphBuilder::Impl::UnifyPeople() {
  if (!options.fuzzy_people) return;
  // Folded names of every person key; KB people answer to their canonical names.
  std::vector<std::pair<int, std::string>> names;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (seen[i].empty() || seen[i][0]->kind != "person") continue;
    names.emplace_back(static_cast<int>(i), Fold(seen[i][0]->label));
  }
  for (size_t a = 0; a < names.size(); ++a) {
    if (keys[names[a].first].rfind("kb:", 0) == 0) continue;
    int best = -1, best_d = 99, ties = 0;
    for (size_t b = 0; b < names.size(); ++b) {
      if (a == b) continue;
      int d = NameDistance(names[a].second, names[b].second);
      if (d < best_d) {
        best_d = d;
        best = static_cast<int>(b);
        ties = 0;
      } else if (d == best_d) {
        ++ties;
      }
    }
    if (best >= 0 && best_d <= 2 && ties == 0) uf.Union(names[a].first, names[best].first);
  }
}

// The knowledge base keeps one row per name and period of a body; rows of one country with the
// same English name (France's "Ministry of the Interior" of 2012-2022 and of 2024-) are one
// institution, so one node.
void GraphBuilder::Impl::UnifyBodies() {
  std::map<std::pair<std::string, std::string>, int> first;  // (country, folded name) -> key
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].rfind("kb:", 0) != 0 || seen[i].empty()) continue;
    const Entity* e = seen[i][0];
    if (e->kind != "ministry" && e->kind != "organization") continue;
    auto [it, added] =
        first.emplace(std::make_pair(e->country, Fold(e->label)), static_cast<int>(i));
    if (!added) uf.Union(it->second, static_cast<int>(i));
  }
}

void GraphBuilder::Impl::UnifyAgreements() {
  struct Sig {
    int index;
    std::set<std::string> signers, parties;
    std::string period, day, type;
  };
  std::vector<Sig> sigs;
  std::unordered_map<int, size_t> sig_of;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (seen[i].empty() || seen[i][0]->kind != "agreement") continue;
    Sig s;
    s.index = static_cast<int>(i);
    const Entity* e = seen[i][0];
    auto at = [&](const char* k) {
      auto it = e->attrs.find(k);
      return it == e->attrs.end() ? std::string() : it->second;
    };
    s.period = at("period");
    s.type = at("type");
    sig_of[s.index] = sigs.size();
    sigs.push_back(std::move(s));
  }
  ForEachFact([&](uint32_t, uint32_t, const FactTemplate& f) {
    auto it = sig_of.find(KeyIndex(f.target));
    if (it == sig_of.end()) return;
    Sig& s = sigs[it->second];
    const std::string& kind = strings[f.kind];
    if (kind == "signed") {
      s.signers.insert(NodeId(f.source));
      if (f.date.start.month && f.date.start.day) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d-%02d", f.date.start.month, f.date.start.day);
        s.day = buf;
      }
    } else if (kind == "party_to") {
      s.parties.insert(NodeId(f.source));
    }
  });
  // Two agreements are one when they share a signing day or a period (and more): only agreements
  // within one day's or one period's bucket can be one. Within a bucket, the pairs to unite are
  // those of compatible types (equal, or either is a plain "agreement") that share a signatory
  // (or, in a period's bucket, a party). Rather than comparing every pair of a bucket (quadratic:
  // a period such as 2025/2028 gathers thousands of agreements over many articles), the members
  // that share one signatory (or party) are taken together: the pairs among them connect all of
  // them when one is a plain "agreement", else those of each type. Unions of these give the same
  // groups as uniting every such pair, and a group's root (its smallest index) does not depend
  // on the order of the unions.
  auto unite_sharing = [&](const std::vector<size_t>& members,
                           std::set<std::string> Sig::*names) {
    std::unordered_map<std::string_view, std::vector<size_t>> by_name;
    for (size_t m : members)
      for (const std::string& name : sigs[m].*names) by_name[name].push_back(m);
    for (const auto& [name, group] : by_name) {
      if (group.size() < 2) continue;
      auto plain = std::find_if(group.begin(), group.end(),
                                [&](size_t m) { return sigs[m].type == "agreement"; });
      if (plain != group.end()) {
        for (size_t m : group) uf.Union(sigs[*plain].index, sigs[m].index);
        continue;
      }
      std::unordered_map<std::string_view, size_t> first_of_type;
      for (size_t m : group) {
        auto [it, added] = first_of_type.emplace(sigs[m].type, m);
        if (!added) uf.Union(sigs[it->second].index, sigs[m].index);
      }
    }
  };
  std::map<std::string, std::vector<size_t>> by_day, by_period;
  for (size_t a = 0; a < sigs.size(); ++a) {
    if (!sigs[a].day.empty()) by_day[sigs[a].day].push_back(a);
    if (!sigs[a].period.empty()) by_period[sigs[a].period].push_back(a);
  }
  for (const auto& [day, members] : by_day) unite_sharing(members, &Sig::signers);
  for (const auto& [period, members] : by_period) {
    unite_sharing(members, &Sig::signers);
    unite_sharing(members, &Sig::parties);
  }
}

void GraphBuilder::Impl::ResolveFacts() {
  // Node ids, sorted, so that comparing ranks is comparing ids.
  std::vector<int> node_key(keys.size(), -1);  // root -> index of the key that names it
  for (size_t i = 0; i < keys.size(); ++i) {
    int r = uf.Find(static_cast<int>(i));
    if (keys[i] == canon[r]) node_key[r] = static_cast<int>(i);
  }
  std::vector<std::pair<std::string, int>> named;
  for (size_t r = 0; r < keys.size(); ++r)
    if (node_key[r] >= 0) named.emplace_back(canon[r], node_key[r]);
  std::sort(named.begin(), named.end());
  node_ids.clear();
  node_is_person.clear();
  std::vector<uint32_t> rank_of_root(keys.size(), 0);
  for (const auto& [id, k] : named) {
    rank_of_root[uf.Find(k)] = static_cast<uint32_t>(node_ids.size());
    node_ids.push_back(id);
    node_is_person.push_back(!seen[k].empty() && seen[k][0]->kind == "person");
  }
  tmpl_source.assign(templates.size(), 0);
  tmpl_target.assign(templates.size(), 0);
  tmpl_loop.assign(templates.size(), 0);
  for (size_t t = 0; t < templates.size(); ++t) {
    const FactTemplate& f = templates[t];
    uint32_t src = rank_of_root[uf.Find(KeyIndex(f.source))];
    uint32_t tgt = rank_of_root[uf.Find(KeyIndex(f.target))];
    tmpl_loop[t] = src == tgt;
    if (tgt < src && strings[f.kind] == "met") std::swap(src, tgt);
    tmpl_source[t] = src;
    tmpl_target[t] = tgt;
  }
  occ_doc.assign(stored_facts.size(), 0);
  pending_of.assign(stored_facts.size(), kNone);
  order.clear();
  order.reserve(stored_facts.size());
  size_t n_pending = 0;  // counted first: the vector is reserved once, without doubling's slack
  for (const StoredFact& sf : stored_facts) {
    const FactTemplate& f = templates[sf.tmpl];
    if (!tmpl_loop[sf.tmpl] && !f.date.empty() && !f.date.start.year) ++n_pending;
  }
  pending.reserve(n_pending);
  ForEachFact([&](uint32_t d, uint32_t occ, const FactTemplate& f) {
    occ_doc[occ] = doc_rank[d];
    if (tmpl_loop[stored_facts[occ].tmpl]) return;
    order.push_back(occ);
    if (!f.date.empty() && !f.date.start.year) {
      pending_of[occ] = static_cast<uint32_t>(pending.size());
      pending.push_back(Pending{occ, doc_rank[d], f.date, f.date_source});
    }
  });
}

// Facts whose dates are whole never change: they take part as anchors, once per template (the
// years they give are collected in a set, so repeats of one template add nothing).
void GraphBuilder::Impl::CompleteYears() {
  auto people = [&](uint32_t tmpl) {
    std::array<uint32_t, 2> p{};
    size_t n = 0;
    for (uint32_t id : {tmpl_source[tmpl], tmpl_target[tmpl]})
      if (node_is_person[id]) p[n++] = id;
    return std::make_pair(p, n);
  };
  auto tmpl_of = [&](const Pending& f) -> const FactTemplate& {
    return templates[stored_facts[f.occ].tmpl];
  };
  auto years_of = [&](const Pending& f) {
    const FactTemplate& t = tmpl_of(f);
    const int* b = years.data() + t.years_begin;
    return std::make_pair(b, b + t.years_count);
  };
  auto fits = [&](const Pending& f, int year) {
    if (f.fixed_year) return f.fixed_year == year;
    auto [b, e] = years_of(f);
    return b == e || std::binary_search(b, e, year);
  };
  // Anchors first: facts for which the tenures leave a single year.
  for (auto& f : pending) {
    PartialDate& d = f.date.start;
    const FactTemplate& t = tmpl_of(f);
    if (d.empty() || d.year || t.years_count != 1) continue;
    d.year = years[t.years_begin];
    d.uncertain = true;
    if (!f.date.end.empty() && !f.date.end.year) {
      f.date.end.year = d.year + (f.date.end.month < d.month ? 1 : 0);
      f.date.end.uncertain = true;
    }
    f.date_source = DateSource::kTenure;
  }
  // Same event or trip: shares a person, within three days of the year (month-day compare).
  // The anchors (facts with a year and a month) are indexed by person and day of the year. An
  // anchor is the people of a fact (one or two; `b` kNone for one) and its year, kept once per
  // (people, day, year): what a look-up asks of it is only whether its people include the
  // fact's, and its year, so the facts of one event, told in many sentences (each its own
  // template) and reported by thousands of articles, give one anchor. A fact completed below
  // becomes an anchor at once, as it did when every fact was scanned.
  struct Anchor {
    uint32_t a, b;
    int year;
  };
  struct AnchorKeyHash {
    size_t operator()(const std::pair<uint64_t, uint64_t>& k) const noexcept {
      return static_cast<size_t>((k.first * 0x9E3779B97F4A7C15ull) ^ (k.second + (k.first >> 29)));
    }
  };
  std::unordered_map<uint64_t, std::vector<Anchor>> anchors;  // person << 32 | day of the year
  std::unordered_set<std::pair<uint64_t, uint64_t>, AnchorKeyHash> anchored;
  uint64_t anchors_version = 1;  // changes whenever `anchors` does
  auto add_anchor = [&](uint32_t t, const PartialDate& e) {
    if (!e.year || !e.month) return;
    auto [ps, n] = people(t);
    if (!n) return;
    uint32_t a = ps[0], b = n > 1 ? ps[1] : kNone;
    if (b < a) std::swap(a, b);
    uint32_t doy = static_cast<uint32_t>(DayOfYear(e));
    std::pair<uint64_t, uint64_t> key{(static_cast<uint64_t>(a) << 32) | b,
                                      (static_cast<uint64_t>(doy) << 32) |
                                          static_cast<uint32_t>(e.year)};
    if (!anchored.insert(key).second) return;
    for (size_t k = 0; k < n; ++k)
      anchors[(static_cast<uint64_t>(ps[k]) << 32) | doy].push_back(Anchor{a, b, e.year});
    ++anchors_version;
  };
  // The year the anchors give a fact still missing one depends only on its template (its people,
  // month and day, candidate years) and on the anchors: remembered per template while the anchors
  // stay as they were (a template reported by thousands of articles is looked up once).
  struct Answer {
    uint64_t version = 0;
    int year = 0;  // 0: no single year
  };
  std::vector<Answer> answers(templates.size());
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_doc;
  for (uint32_t occ : order) {
    uint32_t t = stored_facts[occ].tmpl;
    uint32_t p = pending_of[occ];
    if (p == kNone) {
      add_anchor(t, templates[t].date.start);
      continue;
    }
    add_anchor(t, pending[p].date.start);
    // Only facts still missing a year can be completed from their own document.
    if (!pending[p].date.start.year && !pending[p].date.empty()) by_doc[pending[p].doc].push_back(p);
  }
  auto set_year = [](Pending& g, int y) {
    PartialDate& e = g.date.start;
    e.year = y;
    e.uncertain = true;
    if (!g.date.end.empty() && !g.date.end.year) {
      g.date.end.year = y + (g.date.end.month < e.month ? 1 : 0);
      g.date.end.uncertain = true;
    }
    g.date_source = DateSource::kCrossArticle;
  };
  for (int round = 0; round < 4; ++round) {
    bool changed = false;
    for (size_t i = 0; i < pending.size(); ++i) {
      Pending& f = pending[i];
      PartialDate& d = f.date.start;
      if (d.empty() || d.year || !d.month) continue;
      // The other report must involve every person of this one (same participants; the other
      // may name more, e.g. the host of a meeting during the same trip).
      uint32_t tmpl = stored_facts[f.occ].tmpl;
      auto [mine, n_mine] = people(tmpl);
      if (!n_mine) continue;
      Answer& answer = answers[tmpl];
      if (answer.version != anchors_version) {
        std::set<int> found;
        for (int doy = DayOfYear(d) - 3; doy <= DayOfYear(d) + 3; ++doy) {
          auto it =
              anchors.find((static_cast<uint64_t>(mine[0]) << 32) | static_cast<uint32_t>(doy));
          if (it == anchors.end()) continue;
          for (const Anchor& an : it->second) {
            bool all = true;
            for (size_t k = 0; k < n_mine; ++k) all = all && (an.a == mine[k] || an.b == mine[k]);
            if (all && fits(f, an.year)) found.insert(an.year);
          }
        }
        answer = {anchors_version, found.size() == 1 ? *found.begin() : 0};
      }
      if (!answer.year) continue;
      int y = answer.year;
      set_year(f, y);
      f.fixed_year = y;
      add_anchor(stored_facts[f.occ].tmpl, f.date.start);
      changed = true;
      // The rest of the same story (same article and zone, within days) shares the year.
      for (uint32_t j : by_doc[f.doc]) {
        Pending& g = pending[j];
        const PartialDate& e = g.date.start;
        if (e.year || e.empty() || tmpl_of(g).zone != tmpl_of(f).zone || !fits(g, y) ||
            std::abs(DayOfYear(e) - DayOfYear(d)) > 10)
          continue;
        set_year(g, y);
        add_anchor(stored_facts[g.occ].tmpl, g.date.start);
      }
    }
    if (!changed) break;
  }
}

Graph GraphBuilder::Impl::Build() {
  Graph graph;
  graph.documents = stored_docs.size();
  // Nodes.
  std::map<std::string, NodeProps> nodes;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (seen[i].empty()) continue;
    std::string id = canon[uf.Find(static_cast<int>(i))];
    NodeProps& n = nodes[id];
    n.id = id;
    for (const Entity* e : seen[i]) {
      if (n.kind.empty()) n.kind = e->kind;
      if (n.country_id.empty()) n.country_id = e->country;
      n.aliases.push_back(e->label);
      n.aliases.insert(n.aliases.end(), e->aliases.begin(), e->aliases.end());
      for (const auto& [k, v] : e->attrs) {
        auto it = n.attrs.find(k);
        if (it == n.attrs.end()) {
          n.attrs[k] = v;
        } else if (it->second != v && k == "period") {
          // Sources disagree (a caption says 2022-2024, the text 2025-2028): keep both.
          std::string readings = n.attrs["period_readings"];
          for (const auto& p : {it->second, v})
            if (readings.find(p) == std::string::npos)
              readings += (readings.empty() ? "" : "|") + p;
          n.attrs["period_readings"] = readings;
          n.attrs["conflict"] = "period";
        }
      }
    }
  }
  // Labels: the knowledge base's, else the fullest form, with diacritics when any had them.
  for (auto& [id, n] : nodes) {
    std::vector<std::string>& al = n.aliases;
    std::sort(al.begin(), al.end());
    al.erase(std::unique(al.begin(), al.end()), al.end());
    std::string label;
    if (id.rfind("kb:", 0) == 0 || id.rfind("country:", 0) == 0) {
      for (size_t i = 0; i < keys.size() && label.empty(); ++i)
        if (keys[i] == id && !seen[i].empty()) label = seen[i][0]->label;
    }
    if (label.empty()) {
      for (const auto& a : al) {
        auto better = [&](const std::string& x, const std::string& y) {  // x better than y
          if (y.empty()) return true;
          if (HasNonAscii(x) != HasNonAscii(y)) return HasNonAscii(x);
          if (FoldWords(x).size() != FoldWords(y).size())
            return FoldWords(x).size() > FoldWords(y).size();
          return x < y;
        };
        if (n.kind == "agreement") {
          if (label.empty() || a.size() > label.size() || (a.size() == label.size() && a < label))
            label = a;
        } else if (better(a, label)) {
          label = a;
        }
      }
    }
    n.label = label;
    al.erase(std::remove(al.begin(), al.end(), label), al.end());
    if (const kb::Country* c = kb.CountryById(n.country_id)) n.country = c->en;
  }
  // What resolved the entities is not needed any more: free it before the edges are built.
  std::unordered_set<uint32_t>().swap(doc_ids);
  std::deque<KeyFold>().swap(folds);
  std::vector<std::vector<const Entity*>>().swap(seen);
  std::vector<std::string>().swap(canon);
  std::vector<uint32_t>().swap(doc_keys);
  std::vector<std::string>().swap(keys);
  std::vector<int>().swap(index_of_pool);
  key_pool = StringPool();
  // Evidence sentences, once for the whole graph (shared by every edge's provenance).
  auto evidence = std::make_shared<std::vector<std::string>>();
  std::unordered_map<uint32_t, uint32_t> evidence_index;  // string pool id -> index
  auto evidence_id = [&](uint32_t pool_id) {
    auto [it, added] = evidence_index.emplace(pool_id, static_cast<uint32_t>(evidence->size()));
    if (added) evidence->push_back(strings[pool_id]);
    return it->second;
  };
  // Edges: group facts of one kind and ends; within a group, overlapping dates are one fact.
  auto kind_of = [&](uint32_t occ) { return templates[stored_facts[occ].tmpl].kind; };
  {
    // By (source, target, kind rank, document rank, sentence). The first three are the
    // template's: templates are ranked by them once (equal triples, equal ranks), so that each
    // occurrence carries its keys in 16 bytes and the sort looks nothing up. std::sort makes
    // the same moves for the same comparison outcomes, so ties end where they did when the
    // indices themselves were sorted by the looked-up keys.
    std::vector<uint32_t> by_ends(templates.size());
    for (size_t t = 0; t < by_ends.size(); ++t) by_ends[t] = static_cast<uint32_t>(t);
    auto ends_of = [&](uint32_t t) {
      return std::make_tuple(tmpl_source[t], tmpl_target[t], kind_rank[templates[t].kind]);
    };
    std::sort(by_ends.begin(), by_ends.end(),
              [&](uint32_t a, uint32_t b) { return ends_of(a) < ends_of(b); });
    std::vector<uint32_t> ends_rank(templates.size());
    for (size_t k = 0, r = 0; k < by_ends.size(); ++k) {
      if (k && ends_of(by_ends[k - 1]) < ends_of(by_ends[k])) ++r;
      ends_rank[by_ends[k]] = static_cast<uint32_t>(r);
    }
    std::vector<uint32_t>().swap(by_ends);
    struct OrderKey {
      uint64_t ends_doc;  // ends rank << 32 | document rank
      int32_t sentence;
      uint32_t occ;
    };
    std::vector<OrderKey> sorted;
    sorted.reserve(order.size());
    for (uint32_t occ : order) {
      const StoredFact& sf = stored_facts[occ];
      sorted.push_back({(static_cast<uint64_t>(ends_rank[sf.tmpl]) << 32) | occ_doc[occ],
                        sf.sentence, occ});
    }
    std::vector<uint32_t>().swap(ends_rank);
    std::sort(sorted.begin(), sorted.end(), [](const OrderKey& a, const OrderKey& b) {
      if (a.ends_doc != b.ends_doc) return a.ends_doc < b.ends_doc;
      return a.sentence < b.sentence;
    });
    for (size_t k = 0; k < sorted.size(); ++k) order[k] = sorted[k].occ;
  }
  // An edge while it is built: provenance as pool ids (made strings at the end, at most
  // max_provenance of them) and its documents as ranks.
  struct ProvRec {
    uint32_t doc;       // string pool id
    uint32_t doc_rank;  // its rank among the provenance documents (sorts like the ids)
    int32_t sentence;
    uint32_t begin, end;
    uint32_t evidence;  // string pool id
    Zone zone;
  };
  // Provenance documents: each document's own id, or the one its facts were first read from.
  // Pool ids are interned (one per distinct string), so ranks compare as the ids do.
  std::vector<uint32_t> prov_rank(strings.size(), 0);
  {
    std::vector<uint32_t> ids;
    ids.reserve(stored_docs.size() + prov_doc_of.size());
    for (const StoredDoc& sd : stored_docs) ids.push_back(sd.id);
    for (const auto& kv : prov_doc_of) ids.push_back(kv.second);
    std::sort(ids.begin(), ids.end(),
              [&](uint32_t a, uint32_t b) { return strings[a] < strings[b]; });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (size_t r = 0; r < ids.size(); ++r) prov_rank[ids[r]] = static_cast<uint32_t>(r);
  }
  auto prov_less = [](const ProvRec& a, const ProvRec& b) {
    if (a.doc_rank != b.doc_rank) return a.doc_rank < b.doc_rank;
    return std::tie(a.sentence, a.begin) < std::tie(b.sentence, b.begin);
  };
  const size_t max_prov = options.max_provenance ? options.max_provenance : SIZE_MAX / 4;
  struct EdgeAcc {
    std::string source, target;
    EdgeProps props;
    std::vector<ProvRec> recs;
    std::vector<uint32_t> docs;  // document ranks
    size_t docs_compacted = 0;
  };
  auto compact_docs = [](std::vector<uint32_t>& d) {
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end()), d.end());
  };
  std::deque<EdgeAcc> edges;  // a deque: grows without copies or slack
  auto rank = [](DateSource s) {  // lower is stronger
    switch (s) {
      case DateSource::kText:
      case DateSource::kMetadata:
      case DateSource::kDateline:
      case DateSource::kExplicitYear:
      case DateSource::kKnowledgeBase:
        return 0;
      case DateSource::kCrossArticle:
        return 1;
      case DateSource::kTenure:
        return 2;
      case DateSource::kStoryEvent:
        return 3;
      default:
        return 4;
    }
  };
  for (size_t i = 0; i < order.size();) {
    const uint32_t ti = stored_facts[order[i]].tmpl;
    size_t j = i;
    while (j < order.size() && tmpl_source[stored_facts[order[j]].tmpl] == tmpl_source[ti] &&
           tmpl_target[stored_facts[order[j]].tmpl] == tmpl_target[ti] &&
           kind_of(order[j]) == templates[ti].kind)
      ++j;
    // A deque: pointers into it are kept in role_counts, and reserving one edge per fact of the
    // group (thousands when many articles repeat a fact) would cost more than the edges.
    std::deque<EdgeAcc> group;
    std::map<EdgeProps*, std::map<std::string, int>> role_counts;
    const std::string& kind = strings[templates[ti].kind];
    bool timeless = kind == "part_of" || kind == "holds_position";
    // Dated facts first, so that undated ones can join them.
    std::vector<uint32_t> in_group(order.begin() + i, order.begin() + j);
    std::stable_sort(in_group.begin(), in_group.end(), [&](uint32_t a, uint32_t b) {
      return DateOf(a).empty() < DateOf(b).empty();
    });
    for (uint32_t occ : in_group) {
      const DateRange& fdate = DateOf(occ);
      const DateSource fsource = DateSourceOf(occ);
      EdgeAcc* target = nullptr;
      for (auto& g : group) {
        if (timeless || fdate.empty() || g.props.date.empty() ||
            (fdate.start.year && g.props.date.start.year && Overlap(fdate, g.props.date)) ||
            (!fdate.start.year && !g.props.date.start.year &&
             fdate.start.Key() == g.props.date.start.Key())) {
          if (!fdate.empty() && !g.props.date.empty() && !timeless &&
              !(fdate.start.year && g.props.date.start.year) &&
              fdate.start.Key() != g.props.date.start.Key())
            continue;
          target = &g;
          break;
        }
      }
      if (!target) {
        group.push_back({node_ids[tmpl_source[ti]], node_ids[tmpl_target[ti]], {}, {}, {}, 0});
        target = &group.back();
        target->props.kind = kind;
      }
      EdgeProps& p = target->props;
      if (timeless) {
        // Observation dates: the span over which the post was seen held.
        if (!fdate.empty() && fdate.start.year)
          p.date = p.date.empty() ? fdate : Union(p.date, fdate);
      } else if (!fdate.empty()) {
        if (p.date.empty() || rank(fsource) < rank(p.date_source)) {
          p.date = p.date.empty() || !p.date.start.year ? fdate : Union(p.date, fdate);
          p.date_source = fsource;
        } else if (p.date.start.year && fdate.start.year) {
          p.date = Union(p.date, fdate);
        }
      }
      const StoredFact& sf = stored_facts[occ];
      const FactTemplate& t = templates[sf.tmpl];
      if (!strings[t.role].empty()) role_counts[&p][strings[t.role]]++;
      if (p.place.empty()) p.place = strings[t.place];
      // (Facts come in document order, dated ones first: most repeats are the last one pushed.)
      if (target->docs.empty() || target->docs.back() != occ_doc[occ])
        target->docs.push_back(occ_doc[occ]);
      if (target->docs.size() > 2 * target->docs_compacted + 1024) {
        compact_docs(target->docs);
        target->docs_compacted = target->docs.size();
      }
      auto pd = prov_doc_of.find(occ);
      uint32_t prov_doc = pd != prov_doc_of.end() ? pd->second
                                                  : stored_docs[doc_order[occ_doc[occ]]].id;
      target->recs.push_back(
          {prov_doc, prov_rank[prov_doc], sf.sentence, sf.begin, sf.end, t.evidence, t.zone});
      if (target->recs.size() >= 2 * max_prov) {  // keep the first max_prov in provenance order
        std::sort(target->recs.begin(), target->recs.end(), prov_less);
        target->recs.resize(max_prov);
        target->props.provenance_count += max_prov;
      }
    }
    // The role as written most often (then the longest, then the first alphabetically).
    for (auto& [props, counts] : role_counts) {
      const std::string* best = nullptr;
      int best_n = 0;
      for (const auto& [text, k] : counts) {
        if (!best || k > best_n || (k == best_n && text.size() > best->size())) {
          best = &text;
          best_n = k;
        }
      }
      props->role = *best;
    }
    for (auto& g : group) edges.push_back(std::move(g));
    i = j;
  }
  // The facts are in the edges now.
  std::vector<FactTemplate>().swap(templates);
  std::vector<uint32_t>().swap(template_slots);
  std::vector<size_t>().swap(template_hash);
  std::vector<StoredFact>().swap(stored_facts);
  std::unordered_map<uint32_t, uint32_t>().swap(prov_doc_of);
  std::vector<int>().swap(years);
  std::vector<uint32_t>().swap(order);
  std::vector<uint32_t>().swap(occ_doc);
  std::vector<Pending>().swap(pending);
  std::vector<uint32_t>().swap(pending_of);
  // Build the Boost graph in sorted order.
  std::map<std::string, GraphData::vertex_descriptor> vid;
  for (auto& [id, n] : nodes) {
    vid[id] = boost::add_vertex(std::move(n), graph.g);
  }
  // A node's sources are every source of its edges (document ranks until the end): kept sorted
  // and unique as they grow, so that a hub (a country in every article) does not hold one copy
  // per fact.
  std::vector<std::vector<uint32_t>> node_docs(boost::num_vertices(graph.g));
  std::vector<size_t> compacted(boost::num_vertices(graph.g), 0);
  auto add_sources = [&](GraphData::vertex_descriptor v, const std::vector<uint32_t>& from) {
    auto& s = node_docs[v];
    s.insert(s.end(), from.begin(), from.end());
    if (s.size() > 2 * compacted[v] + 1024) {
      compact_docs(s);
      compacted[v] = s.size();
    }
  };
  auto doc_name = [&](uint32_t r) -> const std::string& {
    return strings[stored_docs[doc_order[r]].id];
  };
  for (auto& e : edges) {
    EdgeProps& p = e.props;
    compact_docs(e.docs);
    p.source_count = e.docs.size();
    for (size_t k = 0; k < e.docs.size() && k < max_prov; ++k) p.sources.push_back(doc_name(e.docs[k]));
    std::sort(e.recs.begin(), e.recs.end(), prov_less);
    p.provenance_count += e.recs.size();
    if (e.recs.size() > max_prov) e.recs.resize(max_prov);
    p.provenance.reserve(e.recs.size());
    p.evidence_ids.reserve(e.recs.size());
    for (const ProvRec& r : e.recs) {
      Provenance prov;
      prov.doc = strings[r.doc];
      prov.sentence = r.sentence;
      prov.begin = r.begin;
      prov.end = r.end;
      prov.zone = r.zone;
      p.provenance.push_back(std::move(prov));
      p.evidence_ids.push_back(evidence_id(r.evidence));
    }
    std::vector<ProvRec>().swap(e.recs);
    p.evidence_texts = evidence;
    add_sources(vid[e.source], e.docs);
    add_sources(vid[e.target], e.docs);
    std::vector<uint32_t>().swap(e.docs);
  }
  // (source, target, kind, EDTF date), the date written out only when the rest is equal.
  // Indices are sorted (the edges are large), with each date written out once; std::sort makes
  // the same moves for the same comparison outcomes, as when the edges themselves were sorted.
  std::vector<std::string> edtf;
  edtf.reserve(edges.size());
  for (const EdgeAcc& e : edges) edtf.push_back(e.props.date.ToEdtf());
  std::vector<uint32_t> edge_order(edges.size());
  for (size_t k = 0; k < edge_order.size(); ++k) edge_order[k] = static_cast<uint32_t>(k);
  std::sort(edge_order.begin(), edge_order.end(), [&](uint32_t x, uint32_t y) {
    const EdgeAcc& a = edges[x];
    const EdgeAcc& b = edges[y];
    if (int c = a.source.compare(b.source)) return c < 0;
    if (int c = a.target.compare(b.target)) return c < 0;
    if (int c = a.props.kind.compare(b.props.kind)) return c < 0;
    return edtf[x] < edtf[y];
  });
  std::vector<std::string>().swap(edtf);
  for (uint32_t k : edge_order) {  // moved, not copied: provenance is most of the graph's memory
    EdgeAcc& e = edges[k];
    auto added = boost::add_edge(vid[e.source], vid[e.target], graph.g);
    graph.g[added.first] = std::move(e.props);
  }
  std::deque<EdgeAcc>().swap(edges);  // what is left of them, before the nodes' sources grow
  std::map<std::string, GraphData::vertex_descriptor>().swap(vid);
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) {
    compact_docs(node_docs[v]);
    auto& s = graph.g[v].sources;
    s.reserve(node_docs[v].size());
    for (uint32_t r : node_docs[v]) s.push_back(doc_name(r));
    std::vector<uint32_t>().swap(node_docs[v]);
  }
  return graph;
}

GraphBuilder::GraphBuilder(const kb::KnowledgeBase& kb, MergeOptions options)
    : impl_(std::make_unique<Impl>(kb, options)) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;

void GraphBuilder::Add(DocumentFacts facts) { impl_->AddDocument(std::move(facts)); }

Graph GraphBuilder::Finish() {
  impl_->EndAdding();
  impl_->Order();
  impl_->UnifyPeople();
  impl_->UnifyBodies();
  impl_->ComputeCanon();
  impl_->UnifyAgreements();
  impl_->ComputeCanon();
  impl_->ResolveFacts();
  impl_->CompleteYears();
  Graph graph = impl_->Build();
  impl_.reset();  // what Add() kept is not needed while the graph is written
  AgreeNodeDates(graph);
  return graph;
}

Graph Merge(const kb::KnowledgeBase& kb, std::vector<DocumentFacts> docs, MergeOptions options) {
  GraphBuilder b(kb, options);
  for (auto& d : docs) b.Add(std::move(d));
  return b.Finish();
}

}  // namespace bilat
