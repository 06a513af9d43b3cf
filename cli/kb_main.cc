// bilat kb — inspect the knowledge base: `stats` counts what was loaded, `lookup NAME` shows what a
// name resolves to (countries, ministries, organisations, people with their positions), the way
// the extractor would see it. Output is JSON on stdout; diagnostics go to stderr.

#include <algorithm>
#include <iostream>
#include <set>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "bilat/common.h"
#include "bilat/kb.h"
#include "verbs.h"

namespace bilat::cli {

namespace {

using kb::KnowledgeBase;
using nlohmann::json;

constexpr char kUsage[] =
    "usage: bilat kb stats [--kb FILE]... [--resources DIR]\n"
    "       bilat kb lookup NAME [--date YYYY-MM-DD] [--kb FILE]... [--resources DIR]\n";

struct KbArgs {
  std::string verb;
  std::vector<std::string> names;  // lookup: the words of NAME
  std::vector<std::string> kb_files;
  std::string resources;
  std::string date;
  bool help = false;
};

// Splits "--opt=value" or takes the value from the next argument. Returns false when missing.
bool OptionValue(int argc, char** argv, int* i, std::string_view arg, std::string* value) {
  size_t eq = arg.find('=');
  if (eq != std::string_view::npos) {
    *value = std::string(arg.substr(eq + 1));
    return true;
  }
  if (*i + 1 >= argc) return false;
  *value = argv[++*i];
  return true;
}

// Returns "" on success, else what is wrong with the command line.
std::string ParseArgs(int argc, char** argv, KbArgs* a) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::string_view name = arg.substr(0, arg.find('='));
    if (arg == "-h" || arg == "--help") {
      a->help = true;
    } else if (name == "--kb" || name == "--resources" || name == "--date") {
      std::string value;
      if (!OptionValue(argc, argv, &i, arg, &value)) return std::string(name) + " needs a value";
      if (name == "--kb") a->kb_files.push_back(value);
      if (name == "--resources") a->resources = value;
      if (name == "--date") a->date = value;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return "unknown option '" + std::string(arg) + "'";
    } else if (a->verb.empty()) {
      a->verb = arg;
    } else {
      a->names.emplace_back(arg);
    }
  }
  return "";
}

std::string CheckArgs(const KbArgs& a) {
  if (a.verb.empty()) return "missing verb (stats or lookup)";
  if (a.verb == "stats") {
    if (!a.names.empty()) return "stats takes no NAME";
    if (!a.date.empty()) return "stats takes no --date";
    return "";
  }
  if (a.verb != "lookup") return "unknown verb '" + a.verb + "' (stats or lookup)";
  if (a.names.empty()) return "lookup needs a NAME";
  auto d = PartialDate::Parse(a.date);
  if (!a.date.empty() && (!d || !d->has_year())) return "bad --date '" + a.date + "' (YYYY-MM-DD)";
  return "";
}

void Print(const json& j) {
  std::cout << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

// ------------------------------------------------------------------------------------ stats

int Stats(const KnowledgeBase& kb) {
  size_t ministries = 0;
  for (const kb::Body& b : kb.bodies()) ministries += kb::IsMinistryKind(b.kind) ? 1 : 0;
  json j = {{"countries", kb.countries().size()},
            {"ministries", ministries},
            {"organizations", kb.bodies().size() - ministries},
            {"bodies", kb.bodies().size()},
            {"people", kb.people().size()},
            {"positions", kb.positions().size()},
            {"titles", kb.titles().size()},
            {"instruments", kb.instruments().size()},
            {"date_words", kb.date_words().size()},
            {"boilerplate", kb.boilerplate().size()},
            {"vi_surnames", kb.vi_surnames().size()},
            {"names", kb.names().size()}};
  kb::SourceCounts src = kb::CountSources(kb);
  j["bodies_with_source"] = src.bodies;
  j["people_with_source"] = src.people;
  j["positions_with_source"] = src.positions;
  // People and positions per country (a position counts for its holder's country).
  std::map<std::string, std::pair<size_t, size_t>> by_country;
  std::map<std::string, std::string> country_of;
  for (const kb::Person& p : kb.people()) {
    by_country[p.country].first++;
    country_of[p.id] = p.country;
  }
  for (const kb::Position& p : kb.positions()) by_country[country_of[p.person]].second++;
  json per = json::object();
  for (const auto& [c, n] : by_country) per[c] = {{"people", n.first}, {"positions", n.second}};
  j["by_country"] = per;
  Print(j);
  return 0;
}

// ------------------------------------------------------------------------------------ lookup

std::string Join(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  std::string s;
  for (size_t i = begin; i < end; ++i) {
    if (!s.empty()) s += ' ';
    s += words[i];
  }
  return s;
}

// One entity a query matched; exactly one pointer is set.
struct Hit {
  const kb::Country* country = nullptr;
  const kb::Body* body = nullptr;
  const kb::Person* person = nullptr;
};

// Collects the matches of one query, each entity once, in the order found, and renders them.
class Lookup {
 public:
  Lookup(const KnowledgeBase& kb, const PartialDate& on) : kb_(kb), on_(on) {}

  void Run(const std::string& query);
  json Matches() const;

 private:
  void ByName(const std::string& folded);
  void ById(const std::string& query);
  void BodiesOf(const std::string& rest, const kb::Country& country);
  void BodiesByPortfolio(const std::string& portfolio, std::string_view country_id);
  void ByCountryAtEitherEnd(const std::string& folded);
  const kb::Country* CountryWord(const std::string& words) const;

  void Add(const kb::Country& c) { Add("country", c.id, {&c, nullptr, nullptr}); }
  void Add(const kb::Body& b) { Add("body", b.id, {nullptr, &b, nullptr}); }
  void Add(const kb::Person& p) { Add("person", p.id, {nullptr, nullptr, &p}); }
  void Add(std::string_view kind, const std::string& id, Hit hit);
  bool ExistedThen(const kb::Body& b) const { return DateWithin(on_, b.from, b.to); }

  json Render(const kb::Country& c) const;
  json Render(const kb::Body& b) const;
  json Render(const kb::Person& p) const;
  json Render(const kb::Position& pos) const;
  std::string CountryLabel(std::string_view id) const;

  const KnowledgeBase& kb_;
  PartialDate on_;
  std::set<std::pair<std::string, std::string>> seen_;
  std::vector<Hit> hits_;
};

// Exact names first; a country named at either end ("Bộ Quân đội Pháp", "French Ministry of the
// Interior") only when nothing matched as a whole; people within an edit or two as a last resort.
void Lookup::Run(const std::string& query) {
  std::string folded = Fold(query);
  ById(query);
  ByName(folded);
  BodiesByPortfolio(folded, "");
  if (hits_.empty()) ByCountryAtEitherEnd(folded);
  if (hits_.empty()) {
    for (const kb::Person* p : kb_.FindPeople(folded, /*allow_fuzzy=*/true)) Add(*p);
  }
}

void Lookup::ById(const std::string& query) {
  if (const kb::Country* c = kb_.CountryById(query)) Add(*c);
  if (const kb::Body* b = kb_.BodyById(query)) Add(*b);
  if (const kb::Person* p = kb_.PersonById(query)) Add(*p);
}

void Lookup::ByName(const std::string& folded) {
  auto it = kb_.names().find(folded);
  if (it == kb_.names().end()) return;
  for (const kb::NameRef& r : it->second) {
    switch (r.type) {
      case kb::EntityType::kCountry:
        Add(kb_.countries()[r.index]);
        break;
      case kb::EntityType::kBody:
        Add(kb_.bodies()[r.index]);
        break;
      case kb::EntityType::kPerson:
        Add(kb_.people()[r.index]);
        break;
      case kb::EntityType::kCity:
        // A city stands for its country here ("Paris" -> France): cities are places, not nodes.
        if (const kb::Country* c = kb_.CountryById(kb_.cities()[r.index].country)) Add(*c);
        break;
    }
  }
}

void Lookup::BodiesByPortfolio(const std::string& portfolio, std::string_view country_id) {
  for (const kb::Body* b : kb_.FindBodiesByPortfolio(portfolio, country_id, on_)) Add(*b);
}

void Lookup::BodiesOf(const std::string& rest, const kb::Country& country) {
  for (const kb::Body* b : kb_.FindBodies(rest)) {
    if (b->country == country.id) Add(*b);
  }
  BodiesByPortfolio(rest, country.id);
}

// A country named by a real name or demonym; bare ISO codes are skipped here because folded text
// cannot tell "VU" (Vanuatu) from the "vụ" of "Bộ Nội vụ".
const kb::Country* Lookup::CountryWord(const std::string& words) const {
  const kb::Country* c = kb_.FindCountry(words);
  if (c == nullptr || Fold(c->iso2) == words || Fold(c->iso3) == words) return nullptr;
  return c;
}

void Lookup::ByCountryAtEitherEnd(const std::string& folded) {
  std::vector<std::string_view> w = SplitWords(folded);
  const size_t n = w.size();
  for (size_t k = n > 0 ? n - 1 : 0; k >= 1; --k) {
    if (const kb::Country* c = CountryWord(Join(w, 0, k))) {
      size_t begin = (k < n - 1 && w[k] == "s") ? k + 1 : k;  // "France's Ministry of ..."
      BodiesOf(Join(w, begin, n), *c);
    }
    if (const kb::Country* c = CountryWord(Join(w, n - k, n))) {
      size_t end = n - k;
      if (end > 1 && (w[end - 1] == "of" || w[end - 1] == "cua")) --end;  // "... of France"
      BodiesOf(Join(w, 0, end), *c);
    }
  }
}

void Lookup::Add(std::string_view kind, const std::string& id, Hit hit) {
  if (seen_.emplace(std::string(kind), id).second) hits_.push_back(hit);
}

// With a date, bodies that existed then hide their renamed predecessors and successors (all the
// "Ministry of the Interior"s of France share that alias).
json Lookup::Matches() const {
  bool any_existed = on_.has_year() && std::any_of(hits_.begin(), hits_.end(), [&](const Hit& h) {
                       return h.body != nullptr && ExistedThen(*h.body);
                     });
  json out = json::array();
  for (const Hit& h : hits_) {
    if (h.country) out.push_back(Render(*h.country));
    if (h.body && (!any_existed || ExistedThen(*h.body))) out.push_back(Render(*h.body));
    if (h.person) out.push_back(Render(*h.person));
  }
  return out;
}

std::string Lookup::CountryLabel(std::string_view id) const {
  const kb::Country* c = kb_.CountryById(id);
  return c ? c->en : std::string(id);
}

json Lookup::Render(const kb::Country& c) const {
  return {{"kind", "country"}, {"id", c.id},     {"label", c.en},
          {"country", c.en},   {"iso2", c.iso2}, {"iso3", c.iso3}};
}

json Lookup::Render(const kb::Body& b) const {
  return {{"kind", kb::IsMinistryKind(b.kind) ? "ministry" : "organization"},
          {"id", b.id},
          {"label", b.en},
          {"country", CountryLabel(b.country)},
          {"body_kind", std::string(kb::BodyKindName(b.kind))},
          {"from", b.from.ToEdtf()},
          {"to", b.to.ToEdtf()}};
}

// A post's country is the state served when given, else the country of its body.
json Lookup::Render(const kb::Position& pos) const {
  const kb::Body* body = pos.body.empty() ? nullptr : kb_.BodyById(pos.body);
  std::string country = !pos.country.empty() ? pos.country : body ? body->country : "";
  return {{"role", pos.role},
          {"title", pos.title},
          {"body", body ? body->en : ""},
          {"body_id", pos.body},
          {"country", country.empty() ? "" : CountryLabel(country)},
          {"from", pos.from.ToEdtf()},
          {"to", pos.to.ToEdtf()}};
}

json Lookup::Render(const kb::Person& p) const {
  json positions = json::array();
  for (const kb::Position* pos : kb_.PositionsOf(p.id, on_)) positions.push_back(Render(*pos));
  return {{"kind", "person"},
          {"id", p.id},
          {"label", p.name},
          {"country", CountryLabel(p.country)},
          {"positions", positions}};
}

int LookupVerb(const KnowledgeBase& kb, const KbArgs& a) {
  std::string query;
  for (const std::string& w : a.names) query += (query.empty() ? "" : " ") + w;
  Lookup lookup(kb, PartialDate::Parse(a.date).value_or(PartialDate{}));
  lookup.Run(query);
  json matches = lookup.Matches();
  Print(matches);
  return matches.empty() ? 1 : 0;
}

}  // namespace

int KbMain(int argc, char** argv) {
  KbArgs a;
  std::string problem = ParseArgs(argc, argv, &a);
  if (problem.empty() && a.help) {
    std::cout << kUsage;
    return 0;
  }
  if (problem.empty()) problem = CheckArgs(a);
  if (!problem.empty()) {
    std::cerr << "bilat kb: " << problem << "\n" << kUsage;
    return 2;
  }
  std::string dir = a.resources.empty() ? KnowledgeBase::DefaultResourceDir() : a.resources;
  Result<KnowledgeBase> kb = KnowledgeBase::Load(dir, a.kb_files);
  if (!kb.ok()) {
    std::cerr << "bilat kb: " << kb.status().message() << "\n";
    return 2;
  }
  return a.verb == "stats" ? Stats(kb.value()) : LookupVerb(kb.value(), a);
}

}  // namespace bilat::cli
