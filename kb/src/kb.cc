// bilat::kb::KnowledgeBase: loading entry point and look-ups over the indexes of index.cc.

#include "bilat/kb.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "kb_internal.h"

namespace bilat::kb {

struct KnowledgeBase::Impl : internal::KbData {};

namespace {

// The sum of per-word distances between a query and a name of as many words, or kFar when a word
// differs by more than one edit or differs at all while being 3 letters or shorter: Vietnamese
// syllables that short ("Lâm", "Tô") are different names, not typos.
constexpr int kFar = 3;
int NameDistance(const std::vector<std::string_view>& query,
                 const std::vector<std::string>& name) {
  int total = 0;
  for (size_t i = 0; i < query.size(); ++i) {
    if (query[i] == name[i]) continue;
    if (query[i].size() <= 3 || name[i].size() <= 3) return kFar;
    int e = EditDistance(query[i], name[i], 1);
    if (e > 1) return kFar;
    total += e;
  }
  return total;
}

// "Marc Evans Knapper" for "Marc Knapper" or "Marc E. Knapper": the same first and last word,
// and each of the name's middle words written out, or as its initial, in order among the query's.
bool WithMiddleNames(const std::vector<std::string_view>& query,
                     const std::vector<std::string>& name) {
  if (name.size() < 2 || query.size() <= name.size() || query.front() != name.front() ||
      query.back() != name.back())
    return false;
  size_t q = 1;
  for (size_t k = 1; k + 1 < name.size(); ++k) {
    while (q + 1 < query.size() && query[q] != name[k] &&
           !(name[k].size() == 1 && query[q].front() == name[k][0]))
      ++q;
    if (q + 1 >= query.size()) return false;
    ++q;
  }
  return true;
}

bool EndsWithWords(const std::vector<std::string>& name,
                   const std::vector<std::string_view>& tail) {
  if (tail.size() > name.size()) return false;
  return std::equal(tail.rbegin(), tail.rend(), name.rbegin());
}

}  // namespace

// ------------------------------------------------------------------------------------ basics

bool IsMinistryKind(BodyKind k) {
  return k == BodyKind::kMinistry || k == BodyKind::kStateSecretariat || k == BodyKind::kAgency;
}

std::string CheckSource(std::string_view s) {
  auto lower = [](std::string_view v) {
    std::string out(v);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  };
  std::string l = lower(s);
  for (std::string_view scheme : {"http://", "https://"}) {
    if (l.compare(0, scheme.size(), scheme) != 0) continue;
    std::string_view rest = s.substr(scheme.size());
    if (rest.find_first_of(" \t") != std::string_view::npos) return "a URL has no spaces";
    std::string_view host = rest.substr(0, rest.find('/'));
    if (host.empty() || host.find('.') == std::string_view::npos) return "a URL needs a host";
    return "";
  }
  if (l.compare(0, 4, "http") == 0 && l.find(' ') == std::string::npos) {
    return "a URL starts with http:// or https://";
  }
  if (l.compare(0, 4, "www.") == 0) return "write the URL with https://";
  static const std::string_view kPlaceholders[] = {"-", "?", "todo", "tbd", "n/a", "na", "none",
                                                   "null", "unknown", "source", "x"};
  for (std::string_view p : kPlaceholders) {
    if (l == p) return "a placeholder is not a source: leave the field empty";
  }
  bool letter = std::any_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80);
  });
  if (!letter) return "a citation needs words";
  return "";
}

SourceCounts CountSources(const KnowledgeBase& kb) {
  SourceCounts n;
  for (const Body& b : kb.bodies()) n.bodies += b.sources.empty() ? 0 : 1;
  for (const Person& p : kb.people()) n.people += p.sources.empty() ? 0 : 1;
  for (const Position& p : kb.positions()) n.positions += p.sources.empty() ? 0 : 1;
  return n;
}

std::string_view BodyKindName(BodyKind k) {
  switch (k) {
    case BodyKind::kMinistry: return "ministry";
    case BodyKind::kStateSecretariat: return "state_secretariat";
    case BodyKind::kAgency: return "agency";
    case BodyKind::kGovernment: return "government";
    case BodyKind::kLegislature: return "legislature";
    case BodyKind::kPartyOrgan: return "party_organ";
    case BodyKind::kMilitary: return "military";
    case BodyKind::kCourt: return "court";
    case BodyKind::kOther: return "other";
  }
  return "other";
}

KnowledgeBase::KnowledgeBase() : impl_(std::make_unique<Impl>()) {}
KnowledgeBase::~KnowledgeBase() = default;
KnowledgeBase::KnowledgeBase(KnowledgeBase&&) noexcept = default;
KnowledgeBase& KnowledgeBase::operator=(KnowledgeBase&&) noexcept = default;

Result<KnowledgeBase> KnowledgeBase::Load(const std::string& resource_dir,
                                          const std::vector<std::string>& extra_files) {
  KnowledgeBase kb;
  Status s = internal::LoadAll(resource_dir, extra_files, kb.impl_.get());
  if (!s.ok()) return s;
  internal::BuildIndexes(kb.impl_.get());
  return kb;
}

std::string KnowledgeBase::DefaultResourceDir() {
  const char* env = std::getenv("BILAT_RESOURCES");
  if (env != nullptr && *env != '\0') return env;
  // An installed binary (PREFIX/bin/bilat) uses the resources installed with it, even when the
  // source tree it was built from is still there; build/bilat has no ../share and falls back on
  // the source tree's resources/.
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string installed =
      ec ? "share/bilat/resources"
         : (exe.parent_path() / ".." / "share" / "bilat" / "resources").lexically_normal().string();
  if (std::filesystem::is_directory(installed, ec)) return installed;
#ifdef BILAT_RESOURCE_DIR
  if (std::filesystem::is_directory(BILAT_RESOURCE_DIR, ec)) return BILAT_RESOURCE_DIR;
#endif
  return installed;
}

const std::vector<Country>& KnowledgeBase::countries() const { return impl_->countries; }
const std::vector<Body>& KnowledgeBase::bodies() const { return impl_->bodies; }
const std::vector<Person>& KnowledgeBase::people() const { return impl_->people; }
const std::vector<City>& KnowledgeBase::cities() const { return impl_->cities; }
const std::vector<Instrument>& KnowledgeBase::instruments() const { return impl_->instruments; }
const std::vector<GrammarRule>& KnowledgeBase::grammar() const { return impl_->grammar; }
const Instrument* KnowledgeBase::InstrumentById(std::string_view id) const {
  for (const auto& in : impl_->instruments)
    if (in.id == id) return &in;
  return nullptr;
}
const std::vector<Position>& KnowledgeBase::positions() const { return impl_->positions; }
const std::vector<Title>& KnowledgeBase::titles() const { return impl_->titles; }
const std::vector<DateWord>& KnowledgeBase::date_words() const { return impl_->date_words; }
const std::vector<BoilerplateMarker>& KnowledgeBase::boilerplate() const {
  return impl_->boilerplate;
}
const std::vector<std::string>& KnowledgeBase::vi_surnames() const { return impl_->vi_surnames; }
const std::unordered_map<std::string, std::vector<NameRef>>& KnowledgeBase::names() const {
  return impl_->names;
}

// ------------------------------------------------------------------------------------ by id

namespace {
template <typename T>
const T* ById(const std::unordered_map<std::string, int>& index, const std::vector<T>& table,
              std::string_view id) {
  auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &table[it->second];
}
}  // namespace

const Country* KnowledgeBase::CountryById(std::string_view id) const {
  return ById(impl_->country_by_id, impl_->countries, id);
}
const Body* KnowledgeBase::BodyById(std::string_view id) const {
  return ById(impl_->body_by_id, impl_->bodies, id);
}
const Person* KnowledgeBase::PersonById(std::string_view id) const {
  return ById(impl_->person_by_id, impl_->people, id);
}

// ------------------------------------------------------------------------------------ by name

// A name ("France") beats a demonym ("French") when both are listed for different countries.
const Country* KnowledgeBase::FindCountry(std::string_view name) const {
  auto it = impl_->names.find(Fold(name));
  if (it == impl_->names.end()) return nullptr;
  const Country* by_demonym = nullptr;
  for (const NameRef& r : it->second) {
    if (r.type != EntityType::kCountry) continue;
    if (!r.demonym) return &impl_->countries[r.index];
    if (by_demonym == nullptr) by_demonym = &impl_->countries[r.index];
  }
  return by_demonym;
}

std::vector<const Body*> KnowledgeBase::FindBodies(std::string_view name) const {
  std::vector<const Body*> out;
  auto it = impl_->names.find(Fold(name));
  if (it == impl_->names.end()) return out;
  for (const NameRef& r : it->second) {
    if (r.type == EntityType::kBody) out.push_back(&impl_->bodies[r.index]);
  }
  return out;
}

std::vector<const Body*> KnowledgeBase::FindBodiesByPortfolio(std::string_view portfolio,
                                                              std::string_view country,
                                                              const PartialDate& on) const {
  // `country` is an id; a name or demonym is accepted too, as callers often hold only that.
  std::string country_id(country);
  if (!country.empty() && CountryById(country) == nullptr) {
    const Country* c = FindCountry(country);
    if (c == nullptr) return {};
    country_id = c->id;
  }
  std::string key = Fold(portfolio);
  std::vector<int> hits;
  for (const std::string& k : {key, internal::StripMinistryWords(key)}) {
    auto it = impl_->bodies_by_portfolio.find(k);
    if (k.empty() || it == impl_->bodies_by_portfolio.end()) continue;
    for (int i : it->second) {
      bool seen = std::find(hits.begin(), hits.end(), i) != hits.end();
      if (!seen && (country_id.empty() || impl_->bodies[i].country == country_id)) hits.push_back(i);
    }
  }
  std::vector<const Body*> out;
  for (int i : hits) out.push_back(&impl_->bodies[i]);
  if (on.has_year()) {
    std::stable_partition(out.begin(), out.end(),
                          [&](const Body* b) { return DateWithin(on, b->from, b->to); });
  }
  return out;
}

std::vector<const Person*> KnowledgeBase::FindPeople(std::string_view name,
                                                     bool allow_fuzzy) const {
  std::vector<const Person*> out;
  std::string key = Fold(name);
  auto it = impl_->names.find(key);
  if (it != impl_->names.end()) {
    for (const NameRef& r : it->second) {
      if (r.type == EntityType::kPerson) out.push_back(&impl_->people[r.index]);
    }
  }
  if (!out.empty() || !allow_fuzzy) return out;

  // Best distance per person over all their names; only a unique best is returned so that two
  // officials whose names are one letter apart are never taken for each other.
  std::vector<std::string_view> words = SplitWords(key);
  std::vector<std::pair<int, int>> best;  // (distance, person)
  for (const internal::FoldedName& n : impl_->person_names) {
    if (n.words.size() != words.size()) continue;
    int dist = NameDistance(words, n.words);
    if (dist > 2) continue;
    auto same = std::find_if(best.begin(), best.end(), [&](auto& b) { return b.second == n.person; });
    if (same == best.end()) {
      best.push_back({dist, n.person});
    } else {
      same->first = std::min(same->first, dist);
    }
  }
  std::sort(best.begin(), best.end());
  if (best.size() == 1 || (best.size() > 1 && best[0].first < best[1].first)) {
    out.push_back(&impl_->people[best[0].second]);
    return out;
  }
  // A middle name the KB leaves out, never for a Vietnamese name (its middle names tell people
  // apart: "Tô Văn Lâm" is not "Tô Lâm"); one person only.
  if (words.size() >= 3 && best.empty()) {
    int found = -1;
    for (const internal::FoldedName& n : impl_->person_names) {
      if (!WithMiddleNames(words, n.words) || impl_->people[n.person].country == "vietnam")
        continue;
      if (found >= 0 && found != n.person) return out;
      found = n.person;
    }
    if (found >= 0) out.push_back(&impl_->people[found]);
  }
  return out;
}

std::vector<const Person*> KnowledgeBase::FindPeopleByShortName(std::string_view short_name) const {
  std::string key = Fold(short_name);
  std::vector<std::string_view> words = SplitWords(key);
  std::vector<const Person*> out;
  if (words.empty()) return out;
  auto it = impl_->people_by_last_word.find(std::string(words.back()));
  if (it == impl_->people_by_last_word.end()) return out;
  for (int i : it->second) {
    // A longer short name ("Thanh Trà") must be the tail of one of the person's names.
    bool match = words.size() == 1 ||
                 std::any_of(impl_->person_names.begin(), impl_->person_names.end(),
                             [&](const internal::FoldedName& n) {
                               return n.person == i && EndsWithWords(n.words, words);
                             });
    if (match) out.push_back(&impl_->people[i]);
  }
  return out;
}

// ------------------------------------------------------------------------------------ tenures

std::vector<const Position*> KnowledgeBase::PositionsOf(std::string_view person_id,
                                                        const PartialDate& on) const {
  std::vector<const Position*> out;
  auto it = impl_->positions_by_person.find(std::string(person_id));
  if (it == impl_->positions_by_person.end()) return out;
  for (int i : it->second) {
    const Position& p = impl_->positions[i];
    if (on.empty() || DateWithin(on, p.from, p.to)) out.push_back(&p);
  }
  return out;
}

// With a body, the body decides (an ambassador's country is the sending state, not the post);
// without one, the state-level posts of `country`. An empty role matches every role.
std::vector<const Position*> KnowledgeBase::HoldersOf(std::string_view role, std::string_view body,
                                                      std::string_view country,
                                                      const PartialDate& on) const {
  std::vector<const Position*> out;
  for (const Position& p : impl_->positions) {
    if (!role.empty() && p.role != role) continue;
    if (!body.empty() ? p.body != body : (!country.empty() && p.country != country)) continue;
    if (on.empty() || DateWithin(on, p.from, p.to)) out.push_back(&p);
  }
  return out;
}

}  // namespace bilat::kb
