// The look-up indexes of a loaded KB. Every key is Fold()ed, so case, diacritics, đ, hyphens and
// Vietnamese tone placement never need listing as variants in the data.

#include <algorithm>
#include <array>

#include "kb_internal.h"

namespace bilat::kb::internal {

namespace {

void AddUnique(std::vector<int>* v, int i) {
  if (std::find(v->begin(), v->end(), i) == v->end()) v->push_back(i);
}

// A name that equals one already recorded for the same entity keeps a single entry; it is a demonym
// only if every way it was listed is a demonym ("Vietnamese" yes, "Vietnam" no).
void AddName(KbData* d, const std::string& text, EntityType type, int index, bool demonym) {
  std::string key = Fold(text);
  if (key.empty()) return;
  std::vector<NameRef>& refs = d->names[key];
  for (NameRef& r : refs) {
    if (r.type == type && r.index == index) {
      r.demonym = r.demonym && demonym;
      return;
    }
  }
  refs.push_back({type, index, demonym});
}

void IndexCountries(KbData* d) {
  for (int i = 0; i < static_cast<int>(d->countries.size()); ++i) {
    const Country& c = d->countries[i];
    for (const std::string* s : {&c.en, &c.vi, &c.fr, &c.iso2, &c.iso3}) {
      AddName(d, *s, EntityType::kCountry, i, false);
    }
    for (const std::string& s : c.aliases) AddName(d, s, EntityType::kCountry, i, false);
    for (const std::string& s : c.demonyms) AddName(d, s, EntityType::kCountry, i, true);
  }
}

void IndexBodyNames(KbData* d, int i) {
  const Body& b = d->bodies[i];
  std::vector<const std::string*> names = {&b.en, &b.vi, &b.fr};
  for (const std::string& s : b.aliases) names.push_back(&s);
  for (const std::string* s : names) {
    AddName(d, *s, EntityType::kBody, i, false);
    // "Ministry of the Interior" also says its portfolio, so a title "Minister of the Interior"
    // finds the body even when the portfolio column forgets that wording.
    std::string portfolio = StripMinistryWords(Fold(*s));
    if (!portfolio.empty()) AddUnique(&d->bodies_by_portfolio[portfolio], i);
  }
  for (const std::string& s : b.abbrevs) AddName(d, s, EntityType::kBody, i, false);
  for (const std::string& s : b.portfolios) {
    std::string key = Fold(s);
    if (!key.empty()) AddUnique(&d->bodies_by_portfolio[key], i);
  }
}

void IndexPersonName(KbData* d, int i, const std::string& name) {
  AddName(d, name, EntityType::kPerson, i, false);
  std::string folded = Fold(name);
  std::vector<std::string_view> words = SplitWords(folded);
  if (words.empty()) return;
  AddUnique(&d->people_by_last_word[std::string(words.back())], i);
  d->person_names.push_back({i, std::vector<std::string>(words.begin(), words.end())});
}

void IndexCities(KbData* d) {
  for (int i = 0; i < static_cast<int>(d->cities.size()); ++i) {
    const City& c = d->cities[i];
    for (const std::string* s : {&c.en, &c.vi, &c.fr}) AddName(d, *s, EntityType::kCity, i, false);
    for (const std::string& s : c.aliases) AddName(d, s, EntityType::kCity, i, false);
  }
}

void IndexPeople(KbData* d) {
  for (int i = 0; i < static_cast<int>(d->people.size()); ++i) {
    IndexPersonName(d, i, d->people[i].name);
    for (const std::string& alias : d->people[i].aliases) IndexPersonName(d, i, alias);
  }
}

}  // namespace

std::string StripMinistryWords(std::string_view folded) {
  // Longest first, so "ministry of the" wins over "ministry of".
  static constexpr std::array<std::string_view, 19> kPrefixes = {
      "secretariat of state for the ", "secretariat of state for ",
      "state secretariat for the ", "state secretariat for ",
      "ministry of the ", "ministry for the ", "ministry of ", "ministry for ",
      "department of the ", "department of ",
      "secretariat d etat charge de la ", "secretariat d etat charge des ",
      "secretariat d etat charge du ", "secretariat d etat charge de ",
      "ministere de la ", "ministere de l ", "ministere des ", "ministere du ", "ministere de "};
  for (std::string_view p : kPrefixes) {
    if (folded.size() > p.size() && folded.substr(0, p.size()) == p) {
      return std::string(folded.substr(p.size()));
    }
  }
  if (folded.size() > 3 && folded.substr(0, 3) == "bo ") return std::string(folded.substr(3));
  constexpr std::string_view kSuffix = " ministry";
  if (folded.size() > kSuffix.size() && folded.substr(folded.size() - kSuffix.size()) == kSuffix) {
    return std::string(folded.substr(0, folded.size() - kSuffix.size()));
  }
  return "";
}

void BuildIndexes(KbData* d) {
  IndexCountries(d);
  IndexCities(d);
  for (int i = 0; i < static_cast<int>(d->bodies.size()); ++i) IndexBodyNames(d, i);
  IndexPeople(d);
  for (int i = 0; i < static_cast<int>(d->positions.size()); ++i) {
    d->positions_by_person[d->positions[i].person].push_back(i);
  }
}

}  // namespace bilat::kb::internal
