// Entities of one document: the people, bodies, countries and agreements it names, interned by key.
#include "doc_extractor_internal.h"

namespace bilat::ex {

// ============================================================================== entities

// Another mention of entity `idx` (what Intern does when the key is known).
void DocExtractor::Remention(int idx, const std::string& label, const std::string& country,
                             bool kb) {
  DocEntity& d = ents_[idx];
  if (label.size() > d.e.label.size() && !kb && d.kb_id.empty()) {
    d.e.aliases.push_back(d.e.label);
    d.e.label = label;
  } else if (label != d.e.label && !label.empty()) {
    d.e.aliases.push_back(label);
  }
  if (d.e.country.empty()) d.e.country = country;
}

int DocExtractor::Intern(Entity e, const std::string& kb_id) {
  auto it = by_key_.find(e.key);
  if (it != by_key_.end()) {
    Remention(it->second, e.label, e.country, !kb_id.empty());
    return it->second;
  }
  DocEntity d;
  d.e = std::move(e);
  d.kb_id = kb_id;
  ents_.push_back(std::move(d));
  by_key_[ents_.back().e.key] = static_cast<int>(ents_.size() - 1);
  return static_cast<int>(ents_.size() - 1);
}

int DocExtractor::CountryEntity(const std::string& id) {
  const kb::Country* c = kb_.CountryById(id);
  if (!c) return -1;
  // Most mentions are of a country seen already: no entity to build for them.
  std::string key = "country:" + id;
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    Remention(it->second, c->en, id, false);
    return it->second;
  }
  Entity e;
  e.key = std::move(key);
  e.kind = "country";
  e.label = c->en;
  e.country = id;
  return Intern(std::move(e), "");
}

int DocExtractor::BodyEntity(const kb::Body& b) {
  std::string key = "kb:" + b.id;
  int idx;
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    idx = it->second;
    Remention(idx, b.en, b.country, !b.id.empty());
  } else {
    Entity e;
    e.key = std::move(key);
    e.kind = kb::IsMinistryKind(b.kind) ? "ministry" : "organization";
    e.label = b.en;
    e.country = b.country;
    idx = Intern(std::move(e), b.id);
  }
  if (kb::IsMinistryKind(b.kind)) {
    int c = CountryEntity(b.country);
    if (c >= 0) AddFact("part_of", idx, c, sentences_.back(), -1);
  }
  return idx;
}

int DocExtractor::NewMinistry(const std::string& label, const std::string& country) {
  Entity e;
  e.key = "ministry:" + country + ":" + Fold(label);
  e.kind = "ministry";
  e.label = label;
  e.country = country;
  int idx = Intern(std::move(e), "");
  int c = CountryEntity(country);
  if (c >= 0) AddFact("part_of", idx, c, sentences_.back(), -1);
  return idx;
}

int DocExtractor::NewOrganization(const std::string& label, const std::string& country) {
  Entity e;
  e.key = "org:" + Fold(label);
  e.kind = "organization";
  e.label = label;
  e.country = country;
  return Intern(std::move(e), "");
}

int DocExtractor::PersonEntity(const std::string& name, const std::string& country_hint,
                               int sentence) {
  std::string folded = Fold(name);
  // An earlier full mention in this document wins (same person, maybe fuller form).
  // Fold(label) of each entity, remembered with the label it was computed from.
  if (label_folds_.size() < ents_.size()) label_folds_.resize(ents_.size());
  auto label_fold = [&](size_t i) -> const std::string& {
    auto& c = label_folds_[i];
    if (c.first != ents_[i].e.label) {  // (Fold("") is "": the empty start is right)
      c.first = ents_[i].e.label;
      c.second = Fold(c.first);
    }
    return c.second;
  };
  for (size_t i = 0; i < ents_.size(); ++i) {
    if (ents_[i].e.kind == "person" &&
        (label_fold(i) == folded ||
         std::count(ents_[i].e.aliases.begin(), ents_[i].e.aliases.end(), name))) {
      ents_[i].last_sentence = sentence;
      return static_cast<int>(i);
    }
  }
  Entity e;
  e.kind = "person";
  std::string kb_id;
  auto people = lex_.FindPeopleFuzzy(name);  // kb_.FindPeople(name, true), cached
  if (people.size() == 1) {
    kb_id = people[0]->id;
    if (!people[0]->gender.empty()) e.attrs["gender"] = people[0]->gender;
    e.key = "kb:" + kb_id;
    e.label = people[0]->name;
    e.country = people[0]->country;
    if (folded != Fold(e.label)) e.aliases.push_back(name);
  } else {
    e.key = "person:" + folded;
    e.label = name;
    e.country = country_hint;
  }
  int idx = Intern(std::move(e), kb_id);
  DocEntity& d = ents_[idx];
  d.last_sentence = sentence;
  // (SplitWords gives views: of `folded` when the label is the name as written.)
  std::string kb_label_fold;
  if (d.e.label != name) kb_label_fold = Fold(d.e.label);
  auto words = SplitWords(d.e.label == name ? folded : kb_label_fold);
  if (!words.empty()) d.short_keys.push_back(std::string(words.back()));
  auto written = SplitWords(folded);
  if (!written.empty() && (words.empty() || written.back() != words.back()))
    d.short_keys.push_back(std::string(written.back()));
  // Chinese, Korean (and Japanese in Vietnamese order) names put the family name first: "Yoon"
  // for Yoon Suk Yeol, "Wang" for Wang Yi.
  static const std::set<std::string> kFamilyFirst = {
      "china", "south_korea", "north_korea", "taiwan", "hong_kong", "macau", "singapore", "japan"};
  if (words.size() >= 2 && kFamilyFirst.count(d.e.country))
    d.short_keys.push_back(std::string(words.front()));
  // Hyphenated family names: "Braun-Pivet" also answers to "Pivet"? No: keep the written form.
  return idx;
}

}  // namespace bilat::ex
