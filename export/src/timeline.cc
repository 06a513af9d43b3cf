// BuildTimeline: the occasions of the graph, one event each.
//
// An occasion is what dated met/signed/visited/party_to edges (and undated met/signed/visited)
// that share a date and are connected describe together: "Tra met Kasbarian" and "Tra and
// Kasbarian signed the agreement" on 2024-10-04 are one event. Country nodes do not connect
// edges (every visit to France would otherwise join every meeting in France that day).
//
// Every word comes from the timeline's language (resources/timeline/templates.tsv), names of
// countries, bodies and instruments from the knowledge base in that language, and each
// participant is shown with the posts held on the event's date: the knowledge base's tenures
// first, else the posts the reporting articles state (translated through the role they denote,
// never one the knowledge base says the person did not hold then). docs/timeline.md.

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

template <typename T>
void AddUnique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

size_t Words(const std::string& s) { return FoldWords(s).size(); }

// Letters only Vietnamese uses (of those a role or topic would contain): a text with one is
// Vietnamese; others are taken as English (the articles are English or Vietnamese).
bool LooksVietnamese(const std::string& text) {
  static const std::vector<std::string> kLetters = {
      "ă", "ắ", "ằ", "ẳ", "ẵ", "ặ", "ấ", "ầ", "ẩ", "ẫ", "ậ", "đ", "ế", "ề", "ể", "ễ", "ệ", "ố", "ồ",
      "ổ", "ỗ", "ộ", "ơ", "ớ", "ờ", "ở", "ỡ", "ợ", "ư", "ứ", "ừ", "ử", "ữ", "ự", "ạ", "ả", "ị", "ỉ",
      "ĩ", "ọ", "ỏ", "ụ", "ủ", "ũ", "ỳ", "ỵ", "ỷ", "ỹ", "ý", "ã", "õ", "Ă", "Đ", "Ơ", "Ư"};
  for (const std::string& l : kLetters) {
    if (text.find(l) != std::string::npos) return true;
  }
  return false;
}

// Precedence of posts held at once ("General Secretary and State President").
int RoleRank(const std::string& role) {
  static const std::vector<std::string> kOrder = {"general_secretary",
                                                  "president",
                                                  "chancellor",
                                                  "prime_minister",
                                                  "vice_president",
                                                  "chair_legislature",
                                                  "deputy_prime_minister",
                                                  "minister",
                                                  "minister_of_state",
                                                  "minister_delegate",
                                                  "secretary_of_state",
                                                  "deputy_minister",
                                                  "ambassador",
                                                  "director",
                                                  "party_official"};
  auto it = std::find(kOrder.begin(), kOrder.end(), role);
  return static_cast<int>(it - kOrder.begin());
}

PartialDate AsDate(const export_internal::Day& d) { return {d.year, d.month, d.day, false}; }

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
      : g_(graph.g),
        options_(options),
        language_(options.language ? options.language : TimelineLanguage::English()),
        l_(*language_),
        kb_(options.kb) {
    IndexCountries();
  }

  Timeline Build() {
    Timeline t;
    t.language = language_;
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
      if (!n.country_id.empty()) country_id_.emplace(Fold(n.country_id), n.country_id);
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

  // The knowledge base's name of a country, body, city or instrument in the timeline's language
  // ("" when it has none in that language).
  template <typename T>
  std::string InLanguage(const T& entry) const {
    const std::string& lang = l_.lang();
    if (lang == "vi") return entry.vi;
    if (lang == "fr") return entry.fr;
    return lang == "en" ? entry.en : "";
  }

  const kb::Country* KbCountry(const std::string& key) const {
    if (!kb_) return nullptr;
    auto id = country_id_.find(key);
    return kb_->CountryById(id != country_id_.end() ? id->second : key);
  }

  std::string CountryLabel(const std::string& key) const {
    if (const kb::Country* c = KbCountry(key); c && l_.lang() != "en") {
      if (std::string name = InLanguage(*c); !name.empty()) return name;
    }
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
    if (pair_.size() < 2) return l_.Word("title.all");
    std::vector<std::string> labels;
    for (const std::string& c : pair_) labels.push_back(CountryLabel(c));
    return l_.Fill("title.pair", {{"pair", Join(labels, "–")}});
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

  // "A", "A and B", "A, B and C" in the timeline's language.
  std::string ListJoin(const std::vector<std::string>& items) const {
    if (items.size() <= 1) return items.empty() ? "" : items[0];
    std::vector<std::string> head(items.begin(), items.end() - 1);
    return Join(head, l_.Word("list.comma")) + l_.Word("list.and") + items.back();
  }

  // ListJoin with at most kMaxHeadlineNames names, then "N others".
  std::string ShortList(std::vector<std::string> items) const {
    if (items.size() > kMaxHeadlineNames) {
      size_t others = items.size() - (kMaxHeadlineNames - 1);
      items.resize(kMaxHeadlineNames - 1);
      items.push_back(l_.Fill("list.others", {{"n", std::to_string(others)}}));
    }
    return ListJoin(items);
  }

  // `key`, or its ".many" form when the subject is several and the language has one.
  std::string Key(const std::string& key, bool many) const {
    return many && l_.Has(key + ".many") ? key + ".many" : key;
  }

  // A node's name in the timeline's language: the knowledge base's name of a country, body or
  // instrument in it, else the graph's label (people keep their own names).
  std::string Name(Vertex v) const {
    const NodeProps& n = g_[v];
    if (n.kind == "agreement" && n.id.rfind("instrument:", 0) != 0) return AgreementName(n);
    if (!kb_ || l_.lang() == "en") return n.label;
    if (n.kind == "country") return CountryLabel(CountryKey(n));
    std::string name;
    if (n.id.rfind("kb:", 0) == 0) {
      if (const kb::Body* b = kb_->BodyById(n.id.substr(3))) name = InLanguage(*b);
    } else if (n.id.rfind("instrument:", 0) == 0) {
      if (const kb::Instrument* in = kb_->InstrumentById(n.id.substr(11))) name = InLanguage(*in);
    }
    return name.empty() ? n.label : name;
  }

  // An agreement's name as an article of the timeline's language wrote it, when one did: the
  // longest of its names (label and aliases) of three words or more in that language (a text
  // with Vietnamese letters is Vietnamese, another English); else its label.
  std::string AgreementName(const NodeProps& n) const {
    bool want_vi = l_.lang() == "vi";
    if (LooksVietnamese(n.label) == want_vi) return n.label;
    std::string best;
    for (const std::string& a : n.aliases) {
      if (LooksVietnamese(a) != want_vi || Words(a) < 3) continue;
      if (a.size() > best.size() || (a.size() == best.size() && a < best)) best = a;
    }
    return best.empty() ? n.label : best;
  }

  // A place as written ("Việt Nam", "Paris") in the timeline's language, when the knowledge base
  // knows it as a country or a city.
  std::string PlaceName(const std::string& place) const {
    if (!kb_) return place;
    auto it = kb_->names().find(Fold(place));
    if (it == kb_->names().end()) return place;
    for (const kb::NameRef& ref : it->second) {
      std::string name;
      if (ref.type == kb::EntityType::kCountry && !ref.demonym)
        name = InLanguage(kb_->countries()[ref.index]);
      else if (ref.type == kb::EntityType::kCity)
        name = InLanguage(kb_->cities()[ref.index]);
      if (!name.empty()) return name;
    }
    return place;
  }

  // ------------------------------------------------------------------------ posts on the day

  // A post of the knowledge base in the timeline's language: English uses the position's title;
  // other languages the first fitting row of posts.tsv; English again when none fits.
  std::string KbPostText(const kb::Position& p, const std::string& gender) const {
    std::string country = p.country;
    const kb::Body* body = p.body.empty() ? nullptr : kb_->BodyById(p.body);
    if (country.empty() && body) country = body->country;
    if (l_.lang() != "en" || p.title.empty()) {
      std::string text = PostPattern(p.role, country, body, gender);
      if (!text.empty()) return text;
    }
    if (!p.title.empty()) return p.title;
    return PostPattern(p.role, country, body, gender, /*english=*/true);
  }

  // The first row of posts.tsv (of the timeline's language, or of English) for `role` whose
  // placeholders can be filled: rows of the post's country first, then rows for any country.
  std::string PostPattern(const std::string& role, const std::string& country, const kb::Body* body,
                          const std::string& gender, bool english = false) const {
    const std::vector<TimelineLanguage::Post>& rows = english ? l_.english_posts() : l_.posts();
    const std::string lang = english ? "en" : l_.lang();
    auto name_of = [&](const auto& entry) {
      if (lang == "vi") return entry.vi;
      if (lang == "fr") return entry.fr;
      return entry.en;
    };
    for (bool own_country : {true, false}) {
      for (const TimelineLanguage::Post& row : rows) {
        if (row.role != role) continue;
        if (own_country ? (row.country.empty() || row.country != country) : !row.country.empty())
          continue;
        if (!row.gender.empty() && row.gender != gender) continue;
        std::map<std::string, std::string> values;
        bool ok = true;
        if (row.pattern.find("{body}") != std::string::npos) {
          std::string name = body ? name_of(*body) : "";
          if (!row.drop.empty()) {
            if (name.rfind(row.drop, 0) != 0)
              name.clear();
            else
              name = name.substr(row.drop.size());
          }
          ok = !name.empty();
          values["body"] = name;
        }
        if (row.pattern.find("{country}") != std::string::npos) {
          const kb::Country* c = kb_ ? kb_->CountryById(country) : nullptr;
          std::string name = c ? name_of(*c) : "";
          ok = ok && !name.empty();
          values["country"] = name;
        }
        if (!ok) continue;
        return export_internal::FillPlaceholders(row.pattern, values);
      }
    }
    return "";
  }

  // The knowledge base's posts of `person` on the event's date, in order of precedence:
  //  - those held over the whole span of the date (a day, a month, an interval); at a hand-over
  //    day (one post ends the day another begins) only the new one;
  //  - else, of those held during part of it, the ones the reporting articles name (same body
  //    or state), else the one held over most of the span.
  // Empty when the person is not in the knowledge base, the year is unknown, or no post was held.
  std::vector<const kb::Position*> KbPostsOn(const std::string& person_id, const DateRange& when,
                                             const std::vector<Edge>& article_posts) const {
    std::vector<const kb::Position*> out;
    if (!kb_ || !when.start.has_year()) return out;
    auto posts = kb_->PositionsOf(person_id);
    if (posts.empty()) return out;
    auto [first, last] = export_internal::DaySpan(when);
    PartialDate a = AsDate(first), b = AsDate(last);
    for (const kb::Position* p : posts) {
      if (DateWithin(a, p->from, p->to) && DateWithin(b, p->from, p->to)) out.push_back(p);
    }
    // A tenure whose start or end the knowledge base knows only to the month or year ("2023?")
    // may or may not cover a day of that month or year: when the event is in it, such a post
    // gives way to the posts held for certain, or to the ones the articles name.
    auto coarse = [](const PartialDate& bound, const PartialDate& day) {
      return bound.has_year() && !bound.day && bound.year == day.year &&
             (!bound.month || bound.month == day.month);
    };
    auto unsure = [&](const kb::Position* p) {
      return coarse(p->from, a) || coarse(p->from, b) || coarse(p->to, a) || coarse(p->to, b);
    };
    if (std::any_of(out.begin(), out.end(), unsure)) {
      std::vector<const kb::Position*> sure, named;
      for (const kb::Position* p : out) {
        if (!unsure(p))
          sure.push_back(p);
        else if (NamedByArticles(*p, article_posts))
          named.push_back(p);
      }
      if (!sure.empty() || !named.empty()) {
        sure.insert(sure.end(), named.begin(), named.end());
        out = sure;
      }
    }
    // A hand-over day: the post that ends on it gives way to one that begins on it.
    auto full = [](const PartialDate& d) { return d.has_year() && d.month && d.day; };
    if (first.year == last.year && first.month == last.month && first.day == last.day) {
      std::vector<const kb::Position*> kept;
      for (const kb::Position* p : out) {
        bool ends = full(p->to) && p->to.Key() == a.Key();
        bool successor = std::any_of(out.begin(), out.end(), [&](const kb::Position* q) {
          return q != p && full(q->from) && q->from.Key() == a.Key();
        });
        if (!(ends && successor)) kept.push_back(p);
      }
      out = kept;
    }
    if (out.empty()) {
      // Held during part of the span only.
      std::vector<std::pair<long, const kb::Position*>> partly;
      long span_a = export_internal::DayNumber(first), span_b = export_internal::DayNumber(last);
      for (const kb::Position* p : posts) {
        long from = p->from.has_year()
                        ? export_internal::DayNumber(export_internal::DaySpan({p->from, {}}).first)
                        : span_a;
        long to = p->to.has_year()
                      ? export_internal::DayNumber(export_internal::DaySpan({p->to, {}}).second)
                      : span_b;
        long days = std::min(to, span_b) - std::max(from, span_a) + 1;
        if (days > 0) partly.push_back({days, p});
      }
      for (const auto& [days, p] : partly) {
        if (NamedByArticles(*p, article_posts)) out.push_back(p);
      }
      if (out.empty() && !partly.empty()) {
        auto most =
            std::max_element(partly.begin(), partly.end(), [](const auto& x, const auto& y) {
              return std::make_tuple(x.first, x.second->from.Key()) <
                     std::make_tuple(y.first, y.second->from.Key());
            });
        out.push_back(most->second);
      }
    }
    std::stable_sort(out.begin(), out.end(), [](const kb::Position* x, const kb::Position* y) {
      return RoleRank(x->role) < RoleRank(y->role);
    });
    return out;
  }

  // The holds_position edge's other end is the post's body or state.
  // A state-level post or an ambassador's (the KB's `country`) is also the edge to that country
  // when the article's title denotes the same role.
  bool SamePost(const kb::Position& p, const Edge& e) const {
    const NodeProps& t = g_[target(e, g_)];
    if (!p.body.empty() && t.id == "kb:" + p.body) return true;
    if (t.kind != "country" || p.country.empty() || Fold(t.country_id) != Fold(p.country))
      return false;
    std::string role = RoleOf(g_[e].role).first;
    return p.body.empty() || role.empty() || role == p.role;
  }

  bool NamedByArticles(const kb::Position& p, const std::vector<Edge>& article_posts) const {
    return std::any_of(article_posts.begin(), article_posts.end(),
                       [&](const Edge& e) { return SamePost(p, e); });
  }

  // The role key and language of a post as an article wrote it ("Bộ trưởng Bộ Tư pháp" is
  // minister, vi): the longest title of the lexicon it starts with. Empty role when none.
  std::pair<std::string, std::string> RoleOf(const std::string& written) const {
    std::string folded = Fold(written), role, lang;
    size_t best = 0;
    if (kb_) {
      if (folded_titles_.empty()) {
        for (const kb::Title& t : kb_->titles()) folded_titles_.push_back(Fold(t.text));
      }
      for (size_t i = 0; i < kb_->titles().size(); ++i) {
        const kb::Title& t = kb_->titles()[i];
        const std::string& head = folded_titles_[i];
        if (head.empty() || head.size() <= best || folded.rfind(head, 0) != 0) continue;
        if (folded.size() > head.size() && folded[head.size()] != ' ') continue;
        best = head.size();
        bool post = t.level != kb::TitleLevel::kHonorific && t.level != kb::TitleLevel::kRank;
        role = post ? t.role : "";
        lang = t.lang;
      }
    }
    if (lang.empty()) lang = LooksVietnamese(written) ? "vi" : "en";
    return {role, lang};
  }

  // A post an article states (a holds_position edge), in the timeline's language: as written
  // when the article's language is the timeline's ("Minister" says little without its ministry:
  // "Minister, Ministry of Home Affairs"); else through the role it denotes (the knowledge
  // base's English title of that post, or posts.tsv); "" when it cannot be said in the language.
  std::string ArticlePostText(const Edge& e, const kb::Person* person) const {
    const EdgeProps& p = g_[e];
    const NodeProps& body = g_[target(e, g_)];
    auto [role, lang] = RoleOf(p.role);
    if (!kb_ || lang == l_.lang()) {
      std::string text = p.role;
      if (body.kind == "ministry" && Words(p.role) <= 2)
        text = l_.Fill("post.in_body", {{"post", text}, {"body", Name(target(e, g_))}});
      return text;
    }
    if (role.empty()) return "";
    const kb::Body* kb_body =
        body.id.rfind("kb:", 0) == 0 ? kb_->BodyById(body.id.substr(3)) : nullptr;
    std::string country = body.kind == "country" ? body.country_id
                          : kb_body              ? kb_body->country
                                                 : body.country_id;
    std::string gender = person ? person->gender : "";
    if (person && l_.lang() == "en") {  // the knowledge base's title of that post
      for (const kb::Position* kp : kb_->PositionsOf(person->id)) {
        if (kp->role == role && SamePost(*kp, e) && !kp->title.empty()) return kp->title;
      }
    }
    if (body.kind != "country" && !kb_body) return "";  // a body the knowledge base cannot name
    return PostPattern(role, country, kb_body, gender);
  }

  // The posts a person is shown with on the event's date (see KbPostsOn); without any from the
  // knowledge base, those the event's own articles state (holds_position edges sharing a
  // document with the event), else those observed in the event's year — but never one the
  // knowledge base says the person held at another time only.
  std::string Posts(Vertex person, const DateRange& when, const std::set<std::string>& docs) const {
    const NodeProps& n = g_[person];
    const kb::Person* kb_person =
        kb_ && n.id.rfind("kb:", 0) == 0 ? kb_->PersonById(n.id.substr(3)) : nullptr;
    std::vector<Edge> same_doc, same_year;
    for (auto e : boost::make_iterator_range(out_edges(person, g_))) {
      const EdgeProps& p = g_[e];
      if (p.kind != "holds_position" || p.role.empty()) continue;
      bool shared = std::any_of(p.sources.begin(), p.sources.end(),
                                [&](const std::string& d) { return docs.count(d) > 0; });
      if (shared) {
        same_doc.push_back(e);
      } else if (when.start.has_year() && p.date.start.has_year() &&
                 when.start.year >= p.date.start.year &&
                 when.start.year <= (p.date.end.has_year() ? p.date.end.year : p.date.start.year)) {
        same_year.push_back(e);
      }
    }
    std::vector<std::string> out;
    std::string gender = kb_person ? kb_person->gender : "";
    if (kb_person) {
      for (const kb::Position* kp : KbPostsOn(kb_person->id, when, same_doc))
        AddUnique(out, KbPostText(*kp, gender));
      if (!out.empty()) return Join(out, l_.Word("posts.join"));
    }
    // From the articles: not a post the knowledge base dates to another time.
    auto contradicted = [&](const Edge& e) {
      if (!kb_person || !when.start.has_year()) return false;
      for (const kb::Position* kp : kb_->PositionsOf(kb_person->id)) {
        if (SamePost(*kp, e) && !DateWithin(when.start, kp->from, kp->to)) return true;
      }
      return false;
    };
    for (const auto* edges : {&same_doc, &same_year}) {
      // One post per body or state: the longest wording (then the first alphabetically).
      std::vector<std::pair<Vertex, std::string>> best;
      for (const Edge& e : *edges) {
        if (contradicted(e)) continue;
        std::string text = ArticlePostText(e, kb_person);
        if (text.empty()) continue;
        Vertex t = target(e, g_);
        auto it =
            std::find_if(best.begin(), best.end(), [&](const auto& b) { return b.first == t; });
        if (it == best.end()) {
          best.push_back({t, text});
        } else if (text.size() > it->second.size() ||
                   (text.size() == it->second.size() && text < it->second)) {
          it->second = text;
        }
      }
      for (const auto& [t, text] : best) AddUnique(out, text);
      if (!out.empty()) return Join(out, l_.Word("posts.join"));
    }
    return "";
  }

  // A node as named in the text: described on first mention, by name afterwards.
  std::string Mention(Vertex v, const DateRange& when, const std::set<std::string>& docs,
                      std::set<Vertex>& described) const {
    const NodeProps& n = g_[v];
    std::string name = Name(v);
    if (!described.insert(v).second) return name;
    std::vector<std::string> notes;
    if (n.kind == "agreement") notes = AgreementNotes(n, name);
    if (n.kind != "agreement" && n.kind != "country") {
      std::string country = !n.country_id.empty() ? CountryLabel(Fold(n.country_id)) : n.country;
      if (country.empty() && n.kind == "person") {
        std::vector<std::string> labels;
        for (const std::string& c : PostCountries(v)) labels.push_back(CountryLabel(c));
        country = Join(labels, "/");
      }
      if (!country.empty()) notes.push_back(country);
      std::string posts = n.kind == "person" ? Posts(v, when, docs) : "";
      if (!posts.empty()) notes.push_back(posts);
    }
    if (notes.empty()) return name;
    return l_.Fill("mention", {{"a", name}, {"list", Join(notes, l_.Word("list.comma"))}});
  }

  // What an agreement's label does not already say: its type, topic and period (the type in the
  // timeline's language; a topic only when written in it).
  std::vector<std::string> AgreementNotes(const NodeProps& n, const std::string& name) const {
    std::vector<std::string> notes;
    std::string label = Fold(name);
    bool english = l_.lang() == "en";
    for (const char* key : {"type", "topic", "period"}) {
      auto it = n.attrs.find(key);
      if (it == n.attrs.end() || it->second.empty()) continue;
      std::string value = it->second;
      if (!english && std::string(key) == "type") value = l_.Word("type." + value);
      if (!english && std::string(key) == "topic" &&
          (LooksVietnamese(value) ? "vi" : "en") != l_.lang())
        value.clear();
      if (value.empty()) continue;
      if (label.find(Fold(value)) == std::string::npos) notes.push_back(value);
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
    for (Vertex v : vs) out.push_back(Name(v));
    return out;
  }

  std::string Headline(const Parts& p) const {
    std::string list;
    if (!p.agreements.empty()) list = ShortList(Labels(p.agreements));
    if (!p.met.empty()) {
      std::string meeting;
      if (p.met.size() == 1) {
        meeting = l_.Fill("headline.meets",
                          {{"a", Name(p.met[0].first)}, {"b", ShortList(Labels(p.met[0].second))}});
      } else {
        std::vector<Vertex> people;
        for (const auto& [s, targets] : p.met) {
          AddUnique(people, s);
          for (Vertex t : targets) AddUnique(people, t);
        }
        meeting = l_.Fill("headline.meeting_of", {{"list", ShortList(Labels(people))}});
      }
      if (list.empty()) return meeting;
      return meeting + l_.Word("headline.join") + l_.Fill("headline.signing", {{"list", list}});
    }
    if (!list.empty()) return l_.Fill("headline.signing_alone", {{"list", list}});
    if (p.visited.size() == 1)
      return l_.Fill("headline.visits", {{"a", Name(p.visited[0].first)},
                                         {"b", ShortList(Labels(p.visited[0].second))}});
    std::vector<Vertex> people, places;
    for (const auto& [s, targets] : p.visited) {
      AddUnique(people, s);
      for (Vertex t : targets) AddUnique(places, t);
    }
    return l_.Fill(Key("headline.visits", people.size() > 1),
                   {{"a", ShortList(Labels(people))}, {"b", ShortList(Labels(places))}});
  }

  std::string Text(const Parts& p, const DateRange& when, const std::set<std::string>& docs) const {
    std::set<Vertex> described;
    auto mention = [&](Vertex v) { return Mention(v, when, docs, described); };
    auto mentions = [&](const std::vector<Vertex>& vs) {
      std::vector<std::string> out;
      for (Vertex v : vs) out.push_back(mention(v));
      return ListJoin(out);
    };
    std::vector<std::string> sentences;
    for (const auto& [s, targets] : p.met) {
      std::string who = mention(s);
      sentences.push_back(l_.Fill("text.met", {{"a", who}, {"b", mentions(targets)}}));
    }
    for (Vertex a : p.agreements) {
      auto signers = p.signers.find(a);
      if (signers != p.signers.end()) {
        std::string who = mentions(signers->second);
        sentences.push_back(l_.Fill(Key("text.signed", signers->second.size() > 1),
                                    {{"a", who}, {"b", mention(a)}}));
      } else {
        sentences.push_back(l_.Fill("text.was_signed", {{"a", mention(a)}}));
      }
      auto parties = p.parties.find(a);
      if (parties == p.parties.end()) continue;
      std::string list = mentions(parties->second);
      sentences.push_back(p.agreements.size() == 1
                              ? l_.Fill("text.parties", {{"list", list}})
                              : l_.Fill("text.parties_to", {{"a", Name(a)}, {"list", list}}));
    }
    for (const auto& [s, targets] : p.visited) {
      std::string who = mention(s);
      sentences.push_back(l_.Fill("text.visited", {{"a", who}, {"b", mentions(targets)}}));
    }
    return Join(sentences, " ");
  }

  std::string Group(const Parts& p, const std::vector<Edge>& edges) const {
    std::string type = l_.Word(!p.met.empty()          ? "group.meeting"
                               : !p.agreements.empty() ? "group.agreement"
                                                       : "group.visit");
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
    std::vector<std::string> places;
    std::set<std::string> sources;
    for (const Edge& e : edges) {
      if (!g_[e].place.empty()) AddUnique(places, PlaceName(g_[e].place));
      sources.insert(g_[e].sources.begin(), g_[e].sources.end());
    }
    ev.headline = Headline(parts);
    ev.text = Text(parts, ev.date, sources);
    ev.group = Group(parts, edges);
    ev.place = Join(places, l_.Word("list.comma"));
    ev.sources.assign(sources.begin(), sources.end());
    ev.evidence = Evidence(edges);
    return ev;
  }

  // The sentences stating the event: each fact's evidence sentence (see EdgeEvidence), the
  // first of each text, at most TimelineEvent::kMaxQuotes.
  std::vector<Quote> Evidence(const std::vector<Edge>& edges) const {
    std::vector<Quote> out;
    for (const Edge& e : edges) {
      int i = export_internal::EdgeEvidenceIndex(g_[e]);
      if (i < 0) continue;
      Quote q{g_[e].provenance[i].doc, g_[e].Evidence(static_cast<size_t>(i))};
      bool seen =
          std::any_of(out.begin(), out.end(), [&](const Quote& o) { return o.text == q.text; });
      if (!seen) out.push_back(std::move(q));
      if (out.size() == TimelineEvent::kMaxQuotes) break;
    }
    return out;
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
  std::shared_ptr<const TimelineLanguage> language_;
  const TimelineLanguage& l_;
  const kb::KnowledgeBase* kb_;
  std::map<std::string, std::string> country_id_;       // country key -> country id
  mutable std::vector<std::string> folded_titles_;      // Fold() of kb_->titles(), made once
  std::map<std::string, std::string> country_label_;    // country key -> label
  std::map<std::string, std::string> country_by_name_;  // folded id or label -> country key
  std::vector<std::string> pair_;                       // country keys of options.pair
};

}  // namespace

Timeline BuildTimeline(const Graph& graph, const TimelineOptions& options) {
  return TimelineBuilder(graph, options).Build();
}

}  // namespace bilat
