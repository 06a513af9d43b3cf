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
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

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

struct FactRef {
  Fact fact;
  std::string doc;
  std::string source, target;  // resolved node ids
};

}  // namespace

struct GraphBuilder::Impl {
  Impl(const kb::KnowledgeBase& k, MergeOptions o) : kb(k), options(o) {}
  const kb::KnowledgeBase& kb;
  MergeOptions options;
  std::map<std::string, DocumentFacts> docs;  // by doc id: sorted, duplicates ignored

  // Resolution state.
  UnionFind uf;
  std::unordered_map<std::string, int> key_index;
  std::vector<std::string> keys;
  std::vector<std::vector<const Entity*>> seen;  // per key: every article's view

  int KeyIndex(const std::string& key) {
    auto it = key_index.find(key);
    if (it != key_index.end()) return it->second;
    int i = uf.Add();
    key_index[key] = i;
    keys.push_back(key);
    seen.emplace_back();
    return i;
  }

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

  void CollectEntities();
  void UnifyPeople();
  void UnifyAgreements();
  void UnifyBodies();
  std::vector<FactRef> ResolvedFacts();
  void CompleteYears(std::vector<FactRef>& facts);
  Graph Build(std::vector<FactRef> facts);
  std::string NodeId(const std::string& key) { return canon[uf.Find(KeyIndex(key))]; }
};

void GraphBuilder::Impl::CollectEntities() {
  for (const auto& [id, d] : docs) {
    for (const auto& e : d.entities) seen[KeyIndex(e.key)].push_back(&e);
    for (const auto& f : d.facts) {
      KeyIndex(f.source);
      KeyIndex(f.target);
    }
  }
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
  for (const auto& [id, d] : docs) {
    for (const auto& f : d.facts) {
      auto it = sig_of.find(KeyIndex(f.target));
      if (it == sig_of.end()) continue;
      Sig& s = sigs[it->second];
      std::string who = NodeId(f.source);
      if (f.kind == "signed") {
        s.signers.insert(who);
        if (f.date.start.month && f.date.start.day) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%02d-%02d", f.date.start.month, f.date.start.day);
          s.day = buf;
        }
      } else if (f.kind == "party_to") {
        s.parties.insert(who);
      }
    }
  }
  auto shares = [](const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const auto& x : a)
      if (b.count(x)) return true;
    return false;
  };
  for (size_t a = 0; a < sigs.size(); ++a) {
    for (size_t b = a + 1; b < sigs.size(); ++b) {
      const Sig &x = sigs[a], &y = sigs[b];
      bool compatible_type = x.type == y.type || x.type == "agreement" || y.type == "agreement";
      if (!compatible_type) continue;
      bool same_signing = !x.day.empty() && x.day == y.day && shares(x.signers, y.signers);
      bool same_period = !x.period.empty() && x.period == y.period &&
                         (shares(x.signers, y.signers) || shares(x.parties, y.parties));
      if (same_signing || same_period) uf.Union(x.index, y.index);
    }
  }
}

std::vector<FactRef> GraphBuilder::Impl::ResolvedFacts() {
  std::vector<FactRef> out;
  for (const auto& [id, d] : docs) {
    for (const auto& f : d.facts) {
      FactRef r{f, id, NodeId(f.source), NodeId(f.target)};
      if (r.source == r.target) continue;
      if (r.fact.kind == "met" && r.target < r.source) std::swap(r.source, r.target);
      out.push_back(std::move(r));
    }
  }
  return out;
}

void GraphBuilder::Impl::CompleteYears(std::vector<FactRef>& facts) {
  auto people = [&](const FactRef& f) {
    std::vector<std::string> p;
    for (const auto* id : {&f.source, &f.target}) {
      auto it = key_index.find(*id);
      if (it != key_index.end() && !seen[it->second].empty() &&
          seen[it->second][0]->kind == "person")
        p.push_back(*id);
    }
    return p;
  };
  auto fits = [](const FactRef& f, int year) {
    return f.fact.candidate_years.empty() ||
           std::binary_search(f.fact.candidate_years.begin(), f.fact.candidate_years.end(), year);
  };
  // Anchors first: facts for which the tenures leave a single year.
  for (auto& f : facts) {
    PartialDate& d = f.fact.date.start;
    if (d.empty() || d.year || f.fact.candidate_years.size() != 1) continue;
    d.year = f.fact.candidate_years[0];
    d.uncertain = true;
    if (!f.fact.date.end.empty() && !f.fact.date.end.year) {
      f.fact.date.end.year = d.year + (f.fact.date.end.month < d.month ? 1 : 0);
      f.fact.date.end.uncertain = true;
    }
    f.fact.date_source = DateSource::kTenure;
  }
  // Same event or trip: shares a person, within three days of the year (month-day compare).
  // Facts are indexed by person and by document so that this stays linear in practice.
  std::unordered_map<std::string, std::vector<size_t>> by_person;
  std::unordered_map<std::string, std::vector<size_t>> by_doc;
  std::vector<std::vector<std::string>> people_of(facts.size());
  for (size_t i = 0; i < facts.size(); ++i) {
    people_of[i] = people(facts[i]);
    for (const auto& p : people_of[i]) by_person[p].push_back(i);
    by_doc[facts[i].doc].push_back(i);
  }
  auto set_year = [](FactRef& g, int y) {
    PartialDate& e = g.fact.date.start;
    e.year = y;
    e.uncertain = true;
    if (!g.fact.date.end.empty() && !g.fact.date.end.year) {
      g.fact.date.end.year = y + (g.fact.date.end.month < e.month ? 1 : 0);
      g.fact.date.end.uncertain = true;
    }
    g.fact.date_source = DateSource::kCrossArticle;
  };
  for (int round = 0; round < 4; ++round) {
    bool changed = false;
    for (size_t i = 0; i < facts.size(); ++i) {
      FactRef& f = facts[i];
      PartialDate& d = f.fact.date.start;
      if (d.empty() || d.year || !d.month) continue;
      // The other report must involve every person of this one (same participants; the other
      // may name more, e.g. the host of a meeting during the same trip).
      std::set<int> years;
      if (people_of[i].empty()) continue;
      for (size_t j : by_person[people_of[i][0]]) {
        const PartialDate& e = facts[j].fact.date.start;
        if (j == i || !e.year || !e.month || std::abs(DayOfYear(e) - DayOfYear(d)) > 3) continue;
        bool all = true;
        for (const auto& p : people_of[i])
          all = all && std::count(people_of[j].begin(), people_of[j].end(), p);
        if (all && fits(f, e.year)) years.insert(e.year);
      }
      if (years.size() != 1) continue;
      int y = *years.begin();
      set_year(f, y);
      f.fact.candidate_years = {y};
      changed = true;
      // The rest of the same story (same article and zone, within days) shares the year.
      for (size_t j : by_doc[f.doc]) {
        FactRef& g = facts[j];
        const PartialDate& e = g.fact.date.start;
        if (e.year || e.empty() || g.fact.prov.zone != f.fact.prov.zone || !fits(g, y) ||
            std::abs(DayOfYear(e) - DayOfYear(d)) > 10)
          continue;
        set_year(g, y);
      }
    }
    if (!changed) break;
  }
}

Graph GraphBuilder::Impl::Build(std::vector<FactRef> facts) {
  Graph graph;
  graph.documents = docs.size();
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
  // Edges: group facts of one kind and ends; within a group, overlapping dates are one fact.
  std::sort(facts.begin(), facts.end(), [](const FactRef& a, const FactRef& b) {
    return std::tie(a.source, a.target, a.fact.kind, a.doc, a.fact.prov.sentence) <
           std::tie(b.source, b.target, b.fact.kind, b.doc, b.fact.prov.sentence);
  });
  struct EdgeAcc {
    std::string source, target;
    EdgeProps props;
  };
  std::vector<EdgeAcc> edges;
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
  for (size_t i = 0; i < facts.size();) {
    size_t j = i;
    while (j < facts.size() && facts[j].source == facts[i].source &&
           facts[j].target == facts[i].target && facts[j].fact.kind == facts[i].fact.kind)
      ++j;
    std::vector<EdgeAcc> group;
    group.reserve(j - i);  // pointers into it are kept in role_counts
    std::map<EdgeProps*, std::map<std::string, int>> role_counts;
    const std::string& kind = facts[i].fact.kind;
    bool timeless = kind == "part_of" || kind == "holds_position";
    // Dated facts first, so that undated ones can join them.
    std::vector<size_t> order(j - i);
    std::iota(order.begin(), order.end(), i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return facts[a].fact.date.empty() < facts[b].fact.date.empty();
    });
    for (size_t k : order) {
      const FactRef& f = facts[k];
      EdgeAcc* target = nullptr;
      for (auto& g : group) {
        if (timeless || f.fact.date.empty() || g.props.date.empty() ||
            (f.fact.date.start.year && g.props.date.start.year &&
             Overlap(f.fact.date, g.props.date)) ||
            (!f.fact.date.start.year && !g.props.date.start.year &&
             f.fact.date.start.Key() == g.props.date.start.Key())) {
          if (!f.fact.date.empty() && !g.props.date.empty() && !timeless &&
              !(f.fact.date.start.year && g.props.date.start.year) &&
              f.fact.date.start.Key() != g.props.date.start.Key())
            continue;
          target = &g;
          break;
        }
      }
      if (!target) {
        group.push_back({f.source, f.target, {}});
        target = &group.back();
        target->props.kind = kind;
      }
      EdgeProps& p = target->props;
      if (timeless) {
        // Observation dates: the span over which the post was seen held.
        if (!f.fact.date.empty() && f.fact.date.start.year)
          p.date = p.date.empty() ? f.fact.date : Union(p.date, f.fact.date);
      } else if (!f.fact.date.empty()) {
        if (p.date.empty() || rank(f.fact.date_source) < rank(p.date_source)) {
          p.date = p.date.empty() || !p.date.start.year ? f.fact.date : Union(p.date, f.fact.date);
          p.date_source = f.fact.date_source;
        } else if (p.date.start.year && f.fact.date.start.year) {
          p.date = Union(p.date, f.fact.date);
        }
      }
      if (!f.fact.role.empty()) role_counts[&p][f.fact.role]++;
      if (p.place.empty()) p.place = f.fact.place;
      p.sources.push_back(f.doc);
      p.provenance.push_back(f.fact.prov);
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
  // Build the Boost graph in sorted order.
  std::map<std::string, GraphData::vertex_descriptor> vid;
  for (auto& [id, n] : nodes) {
    vid[id] = boost::add_vertex(n, graph.g);
  }
  for (auto& e : edges) {
    EdgeProps& p = e.props;
    std::sort(p.sources.begin(), p.sources.end());
    p.sources.erase(std::unique(p.sources.begin(), p.sources.end()), p.sources.end());
    std::sort(p.provenance.begin(), p.provenance.end(),
              [](const Provenance& a, const Provenance& b) {
                return std::tie(a.doc, a.sentence, a.begin) < std::tie(b.doc, b.sentence, b.begin);
              });
    for (const auto& s : p.sources) graph.g[vid[e.source]].sources.push_back(s);
    for (const auto& s : p.sources) graph.g[vid[e.target]].sources.push_back(s);
  }
  std::sort(edges.begin(), edges.end(), [](const EdgeAcc& a, const EdgeAcc& b) {
    return std::make_tuple(a.source, a.target, a.props.kind, a.props.date.ToEdtf()) <
           std::make_tuple(b.source, b.target, b.props.kind, b.props.date.ToEdtf());
  });
  for (auto& e : edges) boost::add_edge(vid[e.source], vid[e.target], e.props, graph.g);
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) {
    auto& s = graph.g[v].sources;
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
  }
  return graph;
}

GraphBuilder::GraphBuilder(const kb::KnowledgeBase& kb, MergeOptions options)
    : impl_(std::make_unique<Impl>(kb, options)) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;

void GraphBuilder::Add(DocumentFacts facts) {
  std::string id = facts.doc;
  impl_->docs.emplace(std::move(id), std::move(facts));
}

Graph GraphBuilder::Finish() {
  impl_->CollectEntities();
  impl_->UnifyPeople();
  impl_->UnifyBodies();
  impl_->ComputeCanon();
  impl_->UnifyAgreements();
  impl_->ComputeCanon();
  auto facts = impl_->ResolvedFacts();
  impl_->CompleteYears(facts);
  return impl_->Build(std::move(facts));
}

Graph Merge(const kb::KnowledgeBase& kb, std::vector<DocumentFacts> docs, MergeOptions options) {
  GraphBuilder b(kb, options);
  for (auto& d : docs) b.Add(std::move(d));
  return b.Finish();
}

}  // namespace bilat
