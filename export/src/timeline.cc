// BuildTimeline: the occasions of the graph, one event each.
//
// An occasion is what dated met/signed/visited/party_to edges (and undated met/signed/visited)
// that share a date and are connected describe together: "Tra met Kasbarian" and "Tra and
// Kasbarian signed the agreement" on 2024-10-04 are one event. Country nodes do not connect
// edges (every visit to France would otherwise join every meeting in France that day).

#include <algorithm>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "export_internal.h"

namespace bilat {

namespace {

using export_internal::Edge;
using export_internal::Join;
using export_internal::Vertex;

constexpr size_t kMaxHeadlineNames = 4;

// "A", "A and B", "A, B and C".
std::string ListJoin(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return Join(head, ", ") + " and " + items.back();
}

// ListJoin with at most kMaxHeadlineNames names, then "N others".
std::string ShortList(std::vector<std::string> items) {
  if (items.size() > kMaxHeadlineNames) {
    size_t others = items.size() - (kMaxHeadlineNames - 1);
    items.resize(kMaxHeadlineNames - 1);
    items.push_back(std::to_string(others) + " others");
  }
  return ListJoin(items);
}

template <typename T>
void AddUnique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

size_t Words(const std::string& s) { return SplitWords(Fold(s)).size(); }

// Occasions are grouped on the date without its uncertainty marks.
using DateKey = std::tuple<int, int, int, int, int, int>;
DateKey KeyOf(const DateRange& d) {
  return {d.start.year, d.start.month, d.start.day, d.end.year, d.end.month, d.end.day};
}

bool IsOccasion(const EdgeProps& e) {
  if (e.kind == "met" || e.kind == "signed" || e.kind == "visited") return true;
  return e.kind == "party_to" && !e.date.empty();  // an undated party is not an occasion
}

class TimelineBuilder {
 public:
  TimelineBuilder(const Graph& graph, const TimelineOptions& options)
      : g_(graph.g), options_(options) {
    IndexCountries();
  }

  Timeline Build() {
    Timeline t;
    t.title = Title();
    for (const auto& edges : Occasions()) {
      if (!KeepForPair(edges)) continue;
      TimelineEvent ev = MakeEvent(edges);
      (ev.year_known ? t.events : t.undated).push_back(std::move(ev));
    }
    SortAndNumber(t.events);
    SortAndNumber(t.undated);
    return t;
  }

 private:
  // ---------------------------------------------------------------------------- countries

  // A country node's key: its country_id, else its id without "country:".
  static std::string CountryKey(const NodeProps& n) {
    if (!n.country_id.empty()) return Fold(n.country_id);
    std::string_view id = n.id;
    if (id.substr(0, 8) == "country:") id.remove_prefix(8);
    return Fold(id);
  }

  void IndexCountries() {
    for (auto v : boost::make_iterator_range(vertices(g_))) {
      const NodeProps& n = g_[v];
      if (n.kind == "country") {
        country_label_[CountryKey(n)] = n.label;
        country_by_name_[Fold(n.label)] = CountryKey(n);
        country_by_name_[Fold(n.id)] = CountryKey(n);
        country_by_name_[CountryKey(n)] = CountryKey(n);
      } else if (!n.country_id.empty() && !n.country.empty()) {
        country_label_.emplace(Fold(n.country_id), n.country);  // nodes win over these
      }
    }
    for (const std::string& p : options_.pair) {
      auto it = country_by_name_.find(Fold(p));
      pair_.push_back(it != country_by_name_.end() ? it->second : Fold(p));
    }
  }

  std::string CountryLabel(const std::string& key) const {
    auto it = country_label_.find(key);
    if (it != country_label_.end()) return it->second;
    std::string label = key;
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = label[0] - 'a' + 'A';
    return label;
  }

  // The countries a node stands for. An agreement stands for the countries of its parties and
  // signatories (over the whole graph, not only this occasion).
  std::set<std::string> CountriesOf(Vertex v) const {
    const NodeProps& n = g_[v];
    std::set<std::string> out;
    if (n.kind == "country") {
      out.insert(CountryKey(n));
      return out;
    }
    if (!n.country_id.empty()) out.insert(Fold(n.country_id));
    if (n.kind == "person" && out.empty()) return PostCountries(v);
    if (n.kind != "agreement") return out;
    for (auto e : boost::make_iterator_range(in_edges(v, g_))) {
      if (g_[e].kind != "party_to" && g_[e].kind != "signed") continue;
      Vertex p = source(e, g_);
      if (g_[p].kind == "country") {
        out.insert(CountryKey(g_[p]));
      } else if (!g_[p].country_id.empty()) {
        out.insert(Fold(g_[p].country_id));
      } else if (g_[p].kind == "person") {
        auto posts = PostCountries(p);
        out.insert(posts.begin(), posts.end());
      }
    }
    return out;
  }

  // For a person of unknown nationality: the countries of the bodies (or states) they serve.
  std::set<std::string> PostCountries(Vertex person) const {
    std::set<std::string> out;
    for (auto e : boost::make_iterator_range(out_edges(person, g_))) {
      if (g_[e].kind != "holds_position") continue;
      const NodeProps& body = g_[target(e, g_)];
      if (body.kind == "country")
        out.insert(CountryKey(body));
      else if (!body.country_id.empty())
        out.insert(Fold(body.country_id));
    }
    return out;
  }

  std::set<std::string> EventCountries(const std::vector<Edge>& edges) const {
    std::set<std::string> out;
    for (const Edge& e : edges) {
      for (Vertex v : {source(e, g_), target(e, g_)}) {
        auto c = CountriesOf(v);
        out.insert(c.begin(), c.end());
      }
    }
    return out;
  }

  bool KeepForPair(const std::vector<Edge>& edges) const {
    if (pair_.size() < 2) return true;
    auto countries = EventCountries(edges);
    return std::all_of(pair_.begin(), pair_.end(),
                       [&](const std::string& c) { return countries.count(c) > 0; });
  }

  std::string Title() const {
    if (pair_.size() < 2) return "Cooperation timeline";
    std::vector<std::string> labels;
    for (const std::string& c : pair_) labels.push_back(CountryLabel(c));
    return Join(labels, "–") + " cooperation timeline";
  }

  // ---------------------------------------------------------------------------- grouping

  // Occasion edges grouped by date, then split into connected components.
  std::vector<std::vector<Edge>> Occasions() const {
    std::map<DateKey, std::vector<Edge>> by_date;
    for (const Edge& e : export_internal::OrderedEdges(g_)) {
      if (IsOccasion(g_[e])) by_date[KeyOf(g_[e].date)].push_back(e);
    }
    std::vector<std::vector<Edge>> out;
    for (const auto& [key, edges] : by_date) {
      auto parts = Components(edges);
      out.insert(out.end(), parts.begin(), parts.end());
    }
    return out;
  }

  std::vector<std::vector<Edge>> Components(const std::vector<Edge>& edges) const {
    std::vector<Vertex> parent(num_vertices(g_));
    std::iota(parent.begin(), parent.end(), Vertex{0});
    auto find = [&](Vertex v) {
      while (parent[v] != v) v = parent[v] = parent[parent[v]];
      return v;
    };
    auto is_country = [&](Vertex v) { return g_[v].kind == "country"; };
    // The end an edge hangs on: a country only when both ends are countries.
    auto anchor = [&](const Edge& e) {
      Vertex s = source(e, g_), t = target(e, g_);
      return is_country(s) && !is_country(t) ? t : s;
    };
    for (const Edge& e : edges) {
      Vertex s = source(e, g_), t = target(e, g_);
      if (!is_country(s) && !is_country(t)) parent[find(s)] = find(t);
    }
    std::map<Vertex, size_t> index;  // component root -> position in out, by first edge
    std::vector<std::vector<Edge>> out;
    for (const Edge& e : edges) {
      Vertex root = find(anchor(e));
      auto [it, added] = index.emplace(root, out.size());
      if (added) out.emplace_back();
      out[it->second].push_back(e);
    }
    return out;
  }

  // ---------------------------------------------------------------------------- text

  // The title a person held at the time: holds_position edges observed in the event's year
  // first, then the nearest year, then undated ones.
  std::string Role(Vertex person, const DateRange& when) const {
    std::string best;
    int best_distance = 1 << 30;
    for (auto e : boost::make_iterator_range(out_edges(person, g_))) {
      const EdgeProps& p = g_[e];
      if (p.kind != "holds_position" || p.role.empty()) continue;
      int distance = 1 << 20;
      if (p.date.start.has_year() && when.start.has_year())
        distance = std::abs(p.date.start.year - when.start.year);
      if (distance >= best_distance) continue;
      best_distance = distance;
      best = p.role;
      // "Minister" says little without its ministry: "Minister, Ministry of Home Affairs".
      const NodeProps& body = g_[target(e, g_)];
      if (body.kind == "ministry" && Words(p.role) <= 2) best += ", " + body.label;
    }
    return best;
  }

  // A node as named in the text: described on first mention, by label afterwards.
  std::string Mention(Vertex v, const DateRange& when, std::set<Vertex>& described) const {
    const NodeProps& n = g_[v];
    if (!described.insert(v).second) return n.label;
    std::vector<std::string> notes;
    if (n.kind == "agreement") notes = AgreementNotes(n);
    if (n.kind != "agreement" && n.kind != "country") {
      std::string country = n.country;
      if (country.empty() && n.kind == "person") {
        std::vector<std::string> labels;
        for (const std::string& c : PostCountries(v)) labels.push_back(CountryLabel(c));
        country = Join(labels, "/");
      }
      if (!country.empty()) notes.push_back(country);
      std::string role = n.kind == "person" ? Role(v, when) : "";
      if (!role.empty()) notes.push_back(role);
    }
    return notes.empty() ? n.label : n.label + " (" + Join(notes, ", ") + ")";
  }

  // What an agreement's label does not already say: its type, topic and period.
  static std::vector<std::string> AgreementNotes(const NodeProps& n) {
    std::vector<std::string> notes;
    std::string label = Fold(n.label);
    for (const char* key : {"type", "topic", "period"}) {
      auto it = n.attrs.find(key);
      if (it == n.attrs.end() || it->second.empty()) continue;
      if (label.find(Fold(it->second)) == std::string::npos) notes.push_back(it->second);
    }
    return notes;
  }

  struct Parts {  // the edges of one event by kind, ends in order of first appearance
    std::vector<std::pair<Vertex, std::vector<Vertex>>> met, visited;  // source -> targets
    std::vector<Vertex> agreements;
    std::map<Vertex, std::vector<Vertex>> signers, parties;  // agreement -> people / bodies
  };

  static void AddTo(std::vector<std::pair<Vertex, std::vector<Vertex>>>& groups, Vertex s,
                    Vertex t) {
    for (auto& [src, targets] : groups) {
      if (src == s) return AddUnique(targets, t);
    }
    groups.push_back({s, {t}});
  }

  static bool HasPair(const std::vector<std::pair<Vertex, std::vector<Vertex>>>& groups, Vertex s,
                      Vertex t) {
    for (const auto& [src, targets] : groups) {
      if (src == s) return std::find(targets.begin(), targets.end(), t) != targets.end();
    }
    return false;
  }

  Parts Split(const std::vector<Edge>& edges) const {
    Parts p;
    for (const Edge& e : edges) {
      Vertex s = source(e, g_), t = target(e, g_);
      const std::string& kind = g_[e].kind;
      if (kind == "met" && !HasPair(p.met, t, s)) AddTo(p.met, s, t);  // A met B = B met A
      if (kind == "visited") AddTo(p.visited, s, t);
      if (kind == "signed" || kind == "party_to") {
        AddUnique(p.agreements, t);
        AddUnique(kind == "signed" ? p.signers[t] : p.parties[t], s);
      }
    }
    return p;
  }

  std::vector<std::string> Labels(const std::vector<Vertex>& vs) const {
    std::vector<std::string> out;
    for (Vertex v : vs) out.push_back(g_[v].label);
    return out;
  }

  std::string Headline(const Parts& p) const {
    std::string signing;
    if (!p.agreements.empty()) signing = "signing of " + ShortList(Labels(p.agreements));
    if (!p.met.empty()) {
      std::string meeting;
      if (p.met.size() == 1) {
        meeting = g_[p.met[0].first].label + " meets " + ShortList(Labels(p.met[0].second));
      } else {
        std::vector<Vertex> people;
        for (const auto& [s, targets] : p.met) {
          AddUnique(people, s);
          for (Vertex t : targets) AddUnique(people, t);
        }
        meeting = "Meeting of " + ShortList(Labels(people));
      }
      return signing.empty() ? meeting : meeting + "; " + signing;
    }
    if (!signing.empty()) return "S" + signing.substr(1);
    if (p.visited.size() == 1)
      return g_[p.visited[0].first].label + " visits " + ShortList(Labels(p.visited[0].second));
    std::vector<Vertex> people, places;
    for (const auto& [s, targets] : p.visited) {
      AddUnique(people, s);
      for (Vertex t : targets) AddUnique(places, t);
    }
    return ShortList(Labels(people)) + " visit " + ShortList(Labels(places));
  }

  std::string Text(const Parts& p, const DateRange& when) const {
    std::set<Vertex> described;
    auto mention = [&](Vertex v) { return Mention(v, when, described); };
    auto mentions = [&](const std::vector<Vertex>& vs) {
      std::vector<std::string> out;
      for (Vertex v : vs) out.push_back(mention(v));
      return ListJoin(out);
    };
    std::vector<std::string> sentences;
    for (const auto& [s, targets] : p.met) {
      std::string who = mention(s);
      sentences.push_back(who + " met " + mentions(targets) + ".");
    }
    for (Vertex a : p.agreements) {
      auto signers = p.signers.find(a);
      if (signers != p.signers.end()) {
        std::string who = mentions(signers->second);
        sentences.push_back(who + " signed " + mention(a) + ".");
      } else {
        sentences.push_back(mention(a) + " was signed.");
      }
      auto parties = p.parties.find(a);
      if (parties == p.parties.end()) continue;
      std::string lead = p.agreements.size() == 1 ? "Parties" : "Parties to " + g_[a].label;
      sentences.push_back(lead + ": " + mentions(parties->second) + ".");
    }
    for (const auto& [s, targets] : p.visited) {
      std::string who = mention(s);
      sentences.push_back(who + " visited " + mentions(targets) + ".");
    }
    return Join(sentences, " ");
  }

  std::string Group(const Parts& p, const std::vector<Edge>& edges) const {
    std::string type = !p.met.empty() ? "meeting" : !p.agreements.empty() ? "agreement" : "visit";
    if (pair_.size() >= 2) return type;
    std::vector<std::string> labels;
    for (const std::string& c : EventCountries(edges)) labels.push_back(CountryLabel(c));
    if (labels.size() < 2) return type;
    std::sort(labels.begin(), labels.end());
    return Join(labels, "–");
  }

  // The event's date: the shared date, uncertain only when every edge's date is.
  DateRange EventDate(const std::vector<Edge>& edges) const {
    DateRange d = g_[edges[0]].date;
    for (const Edge& e : edges) {
      d.start.uncertain = d.start.uncertain && g_[e].date.start.uncertain;
      d.end.uncertain = d.end.uncertain && g_[e].date.end.uncertain;
    }
    return d;
  }

  TimelineEvent MakeEvent(const std::vector<Edge>& edges) const {
    TimelineEvent ev;
    ev.date = EventDate(edges);
    ev.year_known = ev.date.start.has_year();
    Parts parts = Split(edges);
    ev.headline = Headline(parts);
    ev.text = Text(parts, ev.date);
    ev.group = Group(parts, edges);
    std::vector<std::string> places;
    std::set<std::string> sources;
    for (const Edge& e : edges) {
      if (!g_[e].place.empty()) AddUnique(places, g_[e].place);
      sources.insert(g_[e].sources.begin(), g_[e].sources.end());
    }
    ev.place = Join(places, ", ");
    ev.sources.assign(sources.begin(), sources.end());
    return ev;
  }

  // Chronological (then by headline and text), numbered per date: "ev-2024-10-04-1".
  static void SortAndNumber(std::vector<TimelineEvent>& events) {
    auto key = [](const TimelineEvent& e) {
      return std::tie(e.date.start.year, e.date.start.month, e.date.start.day, e.date.end.year,
                      e.date.end.month, e.date.end.day, e.headline, e.text);
    };
    std::stable_sort(
        events.begin(), events.end(),
        [&](const TimelineEvent& a, const TimelineEvent& b) { return key(a) < key(b); });
    std::map<std::string, int> count;
    for (TimelineEvent& e : events) {
      PartialDate start = e.date.start;
      start.uncertain = false;
      std::string prefix = start.empty() ? "undated" : Fold(start.ToEdtf());
      std::replace(prefix.begin(), prefix.end(), ' ', '-');
      e.id = "ev-" + prefix + "-" + std::to_string(++count[prefix]);
    }
  }

  const GraphData& g_;
  const TimelineOptions& options_;
  std::map<std::string, std::string> country_label_;    // country key -> label
  std::map<std::string, std::string> country_by_name_;  // folded id or label -> country key
  std::vector<std::string> pair_;                       // country keys of options.pair
};

}  // namespace

Timeline BuildTimeline(const Graph& graph, const TimelineOptions& options) {
  return TimelineBuilder(graph, options).Build();
}

}  // namespace bilat
