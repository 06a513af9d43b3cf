// The extractor: sentences -> mentions -> relations -> dated facts, for English and Vietnamese.
//
// Per sentence: tokens and date expressions; then mentions, most specific first (titled people,
// knowledge-base names, Vietnamese full names, short references, ministry names, agreements,
// "the two ministers"-style references); then relation triggers from grammar_internal.h, each
// linking the mention groups around it. Per document: facts without a date of their own take the
// story's main event date; dates without a year get one from the metadata, from an explicit
// mention of the same day, or a list of candidate years from the office tenures of the people
// involved (the merge step settles those across articles).
#include "bilat/extract.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "grammar_internal.h"
#include "mentions_internal.h"

namespace bilat {

std::string_view DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kNone:
      return "";
    case DateSource::kText:
      return "text";
    case DateSource::kMetadata:
      return "metadata";
    case DateSource::kDateline:
      return "dateline";
    case DateSource::kExplicitYear:
      return "explicit-year";
    case DateSource::kCrossArticle:
      return "cross-article";
    case DateSource::kTenure:
      return "tenure";
    case DateSource::kStoryEvent:
      return "story-event";
    case DateSource::kKnowledgeBase:
      return "kb";
  }
  return "";
}

namespace ex {
namespace {

using dates::DateKind;
using dates::DateMention;
using grammar::Rel;

constexpr const char* kHomeCountry = "vietnam";  // the press these articles come from

bool In(std::string_view w, const std::vector<std::string_view>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::string Join(const std::vector<Token>& t, int b, int e) {
  std::string s;
  for (int k = b; k < e; ++k) {
    bool glue = !t[k].word && (t[k].fold == "," || t[k].fold == "." || t[k].fold == "'s" ||
                               t[k].fold == ")" || t[k].fold == ";" || t[k].fold == ":");
    bool after_open = k > b && !t[k - 1].word && t[k - 1].fold == "(";
    bool hyphen = !t[k].word && t[k].fold == "-";
    if (k > b && !glue && !after_open && !hyphen &&
        !(k > b && t[k - 1].fold == "-" && !t[k - 1].word)) {
      s += ' ';
    }
    s += t[k].text;
  }
  return s;
}

// The label of a ministry the KB does not know, from the portfolio as written: one head word
// ("Bộ Kinh tế", never "Bộ Bộ Kinh tế"; "Ministry of Economy"), no trailing punctuation.
std::string MinistryLabel(std::string portfolio, bool vi) {
  // "Bộ Lao động và Xã hội liên bang (BMAS": an abbreviation in brackets is not the name.
  if (size_t open = portfolio.find('('); open != std::string::npos) {
    size_t close = portfolio.find(')', open);
    portfolio.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  while (!portfolio.empty() && (portfolio.back() == ',' || portfolio.back() == ' ' ||
                                portfolio.back() == '-' || portfolio.back() == ';' ||
                                portfolio.back() == ':' || portfolio.back() == '('))
    portfolio.pop_back();
  std::string f = Fold(portfolio);
  if (vi) return f.rfind("bo ", 0) == 0 ? portfolio : "Bộ " + portfolio;
  if (f.rfind("ministry ", 0) == 0) return portfolio;
  return "Ministry of " + portfolio;
}

// Words of address that may stand between a title and a name: "Bộ trưởng ..., bà Rima Abdul
// Malak", "Đại sứ Pháp, ông X".
bool IsAddress(const Token& t) {
  static const std::vector<std::string_view> kWords = {"ông", "bà", "ngài", "mr", "ms", "mrs",
                                                       "madam", "mme"};
  return t.word && In(t.lower, kWords);
}

}  // namespace

class DocExtractor {
 public:
  DocExtractor(const lex::Lexicon& lex, const dates::DateGrammar& grammar, const Document& doc,
               const ExtractOptions& options)
      : lex_(lex), kb_(lex.kb), grammar_(grammar), doc_(doc), options_(options) {}

  DocumentFacts Run();

 private:
  struct SentenceState {
    int index = 0;
    Zone zone = Zone::kStory;
    std::vector<Token> tokens;
    std::vector<DateMention> dates;
    std::vector<Item> items;
    std::vector<bool> covered;
    std::vector<int> reserved;  // agreement head tokens kept from other look-ups
  };

  // --- entities
  int Intern(Entity e, const std::string& kb_id);
  int CountryEntity(const std::string& country_id);
  int BodyEntity(const kb::Body& body);
  int PersonEntity(const std::string& name, const std::string& country_hint, int sentence);
  int NewMinistry(const std::string& label, const std::string& country);
  int NewOrganization(const std::string& label, const std::string& country);
  std::string CountryOf(int ent) const { return ents_[ent].e.country; }

  // --- mentions
  void FindPeopleWithTitles(SentenceState& s);
  // A title and its complement, before it is known whose it is.
  struct PendingRole {
    int title_index;
    int tb, te;               // written span of the role
    int title_end;            // where the title words end and the complement begins
    std::vector<int> bodies;  // candidate KB bodies from the complement
    std::string org_label;    // a complement that is not a KB body
    std::string complement_country;
    bool named = false;  // bodies from a name written out, not from a portfolio
  };
  bool ParseTitledPerson(SentenceState& s, int i, Item& out);
  int ParseTitleChain(const SentenceState& s, int j, const std::vector<int>& org_prefix,
                      std::vector<PendingRole>& roles, bool* honorific_only) const;
  std::vector<int> ImpliedPortfolio(const kb::Title& title) const;
  bool FinishTitledPerson(SentenceState& s, int i, int j, const std::string& country,
                          const std::vector<int>& org_prefix, bool counterpart, bool honorific_only,
                          std::vector<PendingRole>& roles, Item& out);
  void ApplyRoles(SentenceState& s, int person, std::vector<PendingRole>& roles,
                  const std::string& country, bool org_prefixed);
  int Apposition(SentenceState& s, int person, int end);
  void FindAppositions(SentenceState& s);
  int ParseName(const std::vector<Token>& t, int i, int max_end) const;
  int VietnameseNameLength(const std::vector<Token>& t, int i, int max_end) const;
  bool IsTitleAt(const std::vector<Token>& t, int i) const;
  void FindKbNames(SentenceState& s);
  bool BodyNameContinues(const std::vector<Token>& t, int e) const;
  void FindVietnameseNames(SentenceState& s);
  void FindShortReferences(SentenceState& s);
  void FindPronouns(SentenceState& s);
  void FindMinistries(SentenceState& s);
  void FindDocAbbreviations(SentenceState& s);
  void FindAgreements(SentenceState& s);
  void ReserveAgreementHeads(SentenceState& s);
  void ReserveGeographicFeatures(SentenceState& s);
  void FindInstruments(SentenceState& s);
  void FindPairReferences(SentenceState& s);
  int ResolveShort(const std::string& folded_last) const;
  const kb::Body* ChooseBody(const std::vector<int>& bodies, const std::string& country,
                             const std::string& person_kb, bool named = false) const;
  std::vector<const kb::Body*> Successors(const kb::Body* b) const;
  int BodyIndex(const kb::Body* b) const { return static_cast<int>(b - kb_.bodies().data()); }
  std::string CountryAt(const std::vector<Token>& t, int i, int* end) const;
  void AddItem(SentenceState& s, Item item);
  bool Free(const SentenceState& s, int b, int e) const;
  // A one-word country mention must be one of the country's names or demonyms as written, with
  // its diacritics ("Pháp", "Nga", "Bỉ", "US"): folded look-ups would take the Vietnamese "Bộ"
  // for Bolivia's ISO code BO, "IT" for Italy, or "anh" without its capital.
  bool WrittenAsName(int country_index, const Token& t) const {
    if (!t.cap) return false;
    if (doc_.lang == "vi") {
      const kb::Country& c = kb_.countries()[country_index];
      for (const auto& d : c.demonyms)
        if (text::Lower(d) == t.lower && text::Lower(c.vi) != t.lower) return false;
    }
    auto it = lex_.country_written.find(t.lower);
    return it != lex_.country_written.end() &&
           std::count(it->second.begin(), it->second.end(), country_index);
  }

  // --- relations
  void FindRelations(SentenceState& s);
  std::vector<int> GroupBefore(const SentenceState& s, int tok, ItemType type, int* start) const;
  std::vector<int> GroupAfter(const SentenceState& s, int tok, ItemType type, int max_gap,
                              int* end) const;
  std::vector<int> PersonsOf(const Item& item) const;
  bool Blocked(const SentenceState& s, int trigger_begin, int window) const;
  std::string PlaceOf(const SentenceState& s, int trigger) const;
  void AddFact(const std::string& kind, int source, int target, const SentenceState& s, int trigger,
               const std::string& role = "");
  void SetPair(int a, int b);
  void VisitsFromPlace(const SentenceState& s, int trigger, const std::vector<int>& people);
  std::vector<int> PairPersons() const;
  std::vector<int> PairBodies() const;
  std::vector<int> PairCountries() const;

  void Trace(const SentenceState& s) const;
  const DateMention* PageDate(const SentenceState& s) const;
  bool BackgroundYear(const SentenceState& st, const DateMention& d) const;
  bool YearAhead(const SentenceState& st, const DateMention& d) const;
  bool debug_ = std::getenv("BILAT_DEBUG") != nullptr;

  // --- dates
  const DateMention* DateFor(const SentenceState& s, int trigger) const;
  void DateFacts();
  std::vector<int> CandidateYears(const Fact& f, const std::vector<int>& people,
                                  int weekday = 0) const;

  const lex::Lexicon& lex_;
  const kb::KnowledgeBase& kb_;
  const dates::DateGrammar& grammar_;
  const Document& doc_;
  const ExtractOptions& options_;

  std::vector<DocEntity> ents_;
  std::unordered_map<std::string, int> by_key_;
  std::vector<SentenceState> sentences_;
  struct RawFact {
    Fact fact;
    int source, target, sentence, trigger;
    int weekday = 0;  // a weekday written with the fact's day: constrains its year
  };
  std::vector<RawFact> facts_;
  std::map<int, std::set<int>> agreement_parties_;     // agreement entity -> party entities
  std::map<int, std::set<int>> instrument_parties_;    // named instruments: parties from the KB
  std::map<std::string, int> agreement_by_core_;       // kind, period, content words -> entity
  std::map<std::string, int> doc_abbrevs_;  // "MoF" -> the body the article abbreviated so
  std::map<int, std::vector<int>> agreement_signers_;  // agreement entity -> people
  std::map<int, std::pair<int, int>> agreement_sign_sentence_;  // signed by bodies: sentence, token
  int pair_a_ = -1, pair_b_ = -1;
  PartialDate early_reference_;  // a page date near the top, seen before most mentions
  int last_subject_ = -1;
  int last_agreement_ = -1;
  int agreements_ = 0;
};

// ============================================================================== entities

int DocExtractor::Intern(Entity e, const std::string& kb_id) {
  auto it = by_key_.find(e.key);
  if (it != by_key_.end()) {
    DocEntity& d = ents_[it->second];
    if (e.label.size() > d.e.label.size() && kb_id.empty() && d.kb_id.empty()) {
      d.e.aliases.push_back(d.e.label);
      d.e.label = e.label;
    } else if (e.label != d.e.label && !e.label.empty()) {
      d.e.aliases.push_back(e.label);
    }
    if (d.e.country.empty()) d.e.country = e.country;
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
  Entity e;
  e.key = "country:" + id;
  e.kind = "country";
  e.label = c->en;
  e.country = id;
  return Intern(std::move(e), "");
}

int DocExtractor::BodyEntity(const kb::Body& b) {
  Entity e;
  e.key = "kb:" + b.id;
  e.kind = kb::IsMinistryKind(b.kind) ? "ministry" : "organization";
  e.label = b.en;
  e.country = b.country;
  int idx = Intern(std::move(e), b.id);
  if (e.kind == "ministry" || kb::IsMinistryKind(b.kind)) {
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
  for (size_t i = 0; i < ents_.size(); ++i) {
    if (ents_[i].e.kind == "person" &&
        (Fold(ents_[i].e.label) == folded ||
         std::count(ents_[i].e.aliases.begin(), ents_[i].e.aliases.end(), name))) {
      ents_[i].last_sentence = sentence;
      return static_cast<int>(i);
    }
  }
  Entity e;
  e.kind = "person";
  std::string kb_id;
  auto people = kb_.FindPeople(name, /*allow_fuzzy=*/true);
  if (people.size() == 1) {
    kb_id = people[0]->id;
    if (!people[0]->gender.empty()) e.attrs["gender"] = people[0]->gender;
    e.key = "kb:" + kb_id;
    e.label = people[0]->name;
    e.country = people[0]->country;
    if (Fold(name) != Fold(e.label)) e.aliases.push_back(name);
  } else {
    e.key = "person:" + folded;
    e.label = name;
    e.country = country_hint;
  }
  int idx = Intern(std::move(e), kb_id);
  DocEntity& d = ents_[idx];
  d.last_sentence = sentence;
  auto words = FoldWords(d.e.label);
  if (!words.empty()) d.short_keys.push_back(std::string(words.back()));
  auto written = SplitWords(folded);
  if (!written.empty() && written.back() != words.back())
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

// ============================================================================== mentions

bool DocExtractor::Free(const SentenceState& s, int b, int e) const {
  for (int k = b; k < e; ++k)
    if (s.covered[k]) return false;
  return true;
}

void DocExtractor::AddItem(SentenceState& s, Item item) {
  for (int k = item.tb; k < item.te; ++k) s.covered[k] = true;
  if (item.te < static_cast<int>(s.tokens.size()) && s.tokens[item.te].fold == "'s")
    item.possessive = true;
  s.items.push_back(std::move(item));
}

bool DocExtractor::IsTitleAt(const std::vector<Token>& t, int i) const {
  const std::vector<int>* p = nullptr;
  int e = lex_.titles(doc_.lang).Longest(t, i, &p);
  if (e == i || !p) return false;
  // "General" as a rank only counts before a name; titles must be capitalised in English.
  return doc_.lang == "vi" || t[i].cap;
}

// A country named at token i (name, or demonym in English), "nước"/"của" skipped in Vietnamese.
std::string DocExtractor::CountryAt(const std::vector<Token>& t, int i, int* end) const {
  int k = i;
  if (doc_.lang == "vi") {
    while (k < static_cast<int>(t.size()) && (t[k].lower == "nước" || t[k].lower == "của")) ++k;
  }
  const std::vector<int>* p = nullptr;
  int e = lex_.names.Longest(t, k, &p, /*require_cap=*/true);
  if (e == k || !p) return "";
  for (int r : *p) {
    const auto& ref = lex_.name_refs[r];
    if (ref.type != kb::EntityType::kCountry) continue;
    if (e - k == 1 && !WrittenAsName(ref.index, t[k])) continue;
    *end = e;
    return kb_.countries()[ref.index].id;
  }
  return "";
}

// The bodies that follow `b` in its lineage (renamed or restructured successors), nearest first.
std::vector<const kb::Body*> DocExtractor::Successors(const kb::Body* b) const {
  std::vector<const kb::Body*> out;
  std::vector<const kb::Body*> frontier{b};
  for (int depth = 0; depth < 8 && !frontier.empty(); ++depth) {
    std::vector<const kb::Body*> next;
    for (const auto* f : frontier)
      for (const auto& id : f->successors)
        if (const kb::Body* sb = kb_.BodyById(id);
            sb && std::find(out.begin(), out.end(), sb) == out.end()) {
          out.push_back(sb);
          next.push_back(sb);
        }
    frontier = std::move(next);
  }
  return out;
}

// Which period of a body a title names. A portfolio or name may match several bodies (every
// period of a ministry, its namesakes abroad): keep those of `country`, then take, in order,
// the one the person held (or its renamed successor the person held: "Defence Minister
// Lecornu" in 2024 is at the Ministry of the Armed Forces), the one that existed on the
// article's date (following renames), the one that exists today, the first. An undated article
// keeps the name it wrote: a renamed body is not guessed forward.
const kb::Body* DocExtractor::ChooseBody(const std::vector<int>& bodies, const std::string& country,
                                         const std::string& person_kb, bool named) const {
  std::vector<const kb::Body*> in_country;
  for (int b : bodies) {
    const kb::Body& body = kb_.bodies()[b];
    if (!country.empty() && body.country != country) continue;
    in_country.push_back(&body);
  }
  if (in_country.empty()) return nullptr;
  if (!person_kb.empty()) {
    auto positions = kb_.PositionsOf(person_kb);
    for (const auto* pos : positions)
      for (const auto* b : in_country)
        if (b->id == pos->body) return b;
    // A body named in full keeps its written name; a portfolio follows the renames.
    for (const auto* pos : positions)
      for (const auto* b : in_country)
        for (const auto* sb : named ? std::vector<const kb::Body*>{} : Successors(b))
          if (sb->id == pos->body) return sb;
  }
  PartialDate on = doc_.published.has_year() ? doc_.published : early_reference_;
  if (on.has_year()) {
    for (const auto* b : in_country)
      if (DateWithin(on, b->from, b->to)) return b;
    for (const auto* b : in_country)
      for (const auto* sb : named ? std::vector<const kb::Body*>{} : Successors(b))
        if (DateWithin(on, sb->from, sb->to)) return sb;
  }
  // Prefer the body still in existence (no end date), then the first.
  for (const auto* b : in_country)
    if (b->to.empty()) return b;
  return in_country.front();
}

int DocExtractor::VietnameseNameLength(const std::vector<Token>& t, int i, int max_end) const {
  if (i >= max_end || !t[i].word || !t[i].cap || !lex_.vi_surnames.count(t[i].fold)) return 0;
  if (In(t[i].lower, lex_.grammar.vietnamese_org_heads)) return 0;  // "Viện", not "Viên"
  int k = i + 1;
  while (k < max_end && k - i < 5 && t[k].word && t[k].cap && !t[k].digit &&
         t[k].fold.size() <= 7 && !t[k].upper && !IsTitleAt(t, k)) {
    ++k;
  }
  return k - i >= 2 ? k - i : 0;
}

// A capitalised run that can be a person's name, starting at i. Returns its end (i: none).
int DocExtractor::ParseName(const std::vector<Token>& t, int i, int max_end) const {
  int k = i;
  int n = std::min<int>(max_end, t.size());
  while (k < n && k - i < 6) {
    const Token& w = t[k];
    if (w.word && w.cap && !w.digit) {
      if (k > i && IsTitleAt(t, k)) break;
      ++k;
      continue;
    }
    // A lower-case particle inside a Western name: "Charles de Gaulle".
    if (w.word && k > i && k + 1 < n && In(w.fold, lex_.grammar.name_particles) && t[k + 1].word &&
        t[k + 1].cap && doc_.lang == "en") {
      ++k;
      continue;
    }
    // An initial: "J. Smith".
    if (!w.word && w.fold == "." && k > i && t[k - 1].text.size() == 1 && k + 1 < n &&
        t[k + 1].cap) {
      ++k;
      continue;
    }
    break;
  }
  while (k > i && !t[k - 1].word) --k;
  return k;
}

int DocExtractor::ResolveShort(const std::string& folded) const {
  int best = -1;
  for (size_t i = 0; i < ents_.size(); ++i) {
    const auto& d = ents_[i];
    if (d.e.kind != "person") continue;
    if (std::find(d.short_keys.begin(), d.short_keys.end(), folded) == d.short_keys.end()) continue;
    if (best < 0 || d.last_sentence > ents_[best].last_sentence) best = static_cast<int>(i);
  }
  return best;
}

// [demonym] Title [(of|for) complement] [(and|,) Title ...] [rank] [,] Name
bool DocExtractor::ParseTitledPerson(SentenceState& s, int i, Item& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = doc_.lang == "vi";
  if (!t[i].word) return false;
  // Cheap pre-test: a titled mention starts with a title, a country, an organisation or a
  // possessive ("his French counterpart").
  if (!lex_.titles(doc_.lang).HasFirst(t[i]) && !lex_.names.HasFirst(t[i]) && t[i].lower != "his" &&
      t[i].lower != "her" && t[i].lower != "their" && t[i].lower != "người")
    return false;
  int j = i;
  std::string country;
  bool counterpart = false;
  // "Xinhua News Agency President Fu Hua": a post of the organisation named before it.
  bool after_org_name = !vi && i > 0 && t[i - 1].word && t[i - 1].cap && !t[i - 1].digit &&
                        !s.covered[i - 1] && i - 1 > 0;
  // Possessive determiners and demonyms before an English title.
  if (!vi && j < n && (t[j].lower == "his" || t[j].lower == "her" || t[j].lower == "their")) ++j;
  {
    int ce = j;
    std::string c = CountryAt(t, j, &ce);
    if (!c.empty() && ce < n) {
      int after = ce + (t[ce].fold == "'s" ? 1 : 0);
      if (IsTitleAt(t, after) || t[after].lower == "counterpart") {
        country = c;
        j = after;
      }
    }
  }
  std::vector<int> org_prefix;  // KB bodies named before the title
  int org_start = -1;           // where that name starts: part of the role as written
  if (!vi && j < n && t[j].cap) {
    const std::vector<int>* p = nullptr;
    int e = lex_.names.Longest(t, j, &p, true);
    if ((e > j + 1 || (e == j + 1 && t[j].upper)) && p && IsTitleAt(t, e)) {
      for (int r : *p)
        if (lex_.name_refs[r].type == kb::EntityType::kBody)
          org_prefix.push_back(lex_.name_refs[r].index);
      if (!org_prefix.empty()) {
        org_start = j;
        j = e;
      }
    }
  }
  if (!vi && j < n && t[j].lower == "counterpart") {
    counterpart = true;
    ++j;
  }
  if (vi && j + 2 < n && t[j].lower == "người" && t[j + 1].lower == "đồng" &&
      t[j + 2].lower == "cấp") {
    counterpart = true;
    j += 3;
    int cj = j < n && (t[j].lower == "từ" || t[j].lower == "đến từ") ? j + 1 : j;
    int ce = cj;
    std::string c = CountryAt(t, cj, &ce);
    if (!c.empty()) {
      country = c;
      j = ce;
    }
  }
  std::vector<PendingRole> roles;
  bool honorific_only = true;
  if (!counterpart) j = ParseTitleChain(s, j, org_prefix, roles, &honorific_only);
  // Ranks and honorifics between the titles and the name: "... Public Security General To Lam".
  while (j < n) {
    const std::vector<int>* p = nullptr;
    int e = lex_.titles(doc_.lang).Longest(t, j, &p);
    if (e == j || !p || (!vi && !t[j].cap)) break;
    const kb::Title& title = kb_.titles()[(*p)[0]];
    if (title.level != kb::TitleLevel::kRank && title.level != kb::TitleLevel::kHonorific) break;
    roles.push_back({(*p)[0], j, e, e, {}, "", ""});
    j = e;
    if (j < n && t[j].fold == "." && t[j - 1].text.size() <= 4) ++j;  // "Ms.", "Dr.", "Gen."
  }
  if (roles.empty() && !counterpart) return false;
  if (org_start >= 0) roles.front().tb = org_start;  // "National Assembly President"
  if (after_org_name && org_prefix.empty()) {
    int ce = i - 1;
    bool country_before = !CountryAt(t, i - 1, &ce).empty() && ce == i;
    for (auto& r : roles) {
      if (!country_before && kb_.titles()[r.title_index].level == kb::TitleLevel::kState &&
          r.complement_country.empty())
        r.org_label = "?";  // an organisation's post: no holds_position to a country
    }
  }
  return FinishTitledPerson(s, i, j, country, org_prefix, counterpart, honorific_only, roles, out);
}

// Titles joined by "and" / "," with their complements, from token j. Returns the end.
int DocExtractor::ParseTitleChain(const SentenceState& s, int j, const std::vector<int>& org_prefix,
                                  std::vector<PendingRole>& roles, bool* honorific_only) const {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = doc_.lang == "vi";
  while (j < n) {
    const std::vector<int>* p = nullptr;
    int e = lex_.titles(doc_.lang).Longest(t, j, &p);
    if (e == j || !p || (!vi && !t[j].cap)) break;
    const kb::Title& title = kb_.titles()[(*p)[0]];
    PendingRole r{(*p)[0], j, e, e, {}, "", ""};
    if (title.level != kb::TitleLevel::kHonorific && title.level != kb::TitleLevel::kRank)
      *honorific_only = false;
    j = e;
    // Complement: "of/for (the) X" in English, "X" directly in Vietnamese.
    bool has_prep = false;
    int k = j;
    {
      auto words = FoldWords(title.text);
      if (!vi && !words.empty() &&
          (words.back() == "of" || words.back() == "for" || words.back() == "to"))
        has_prep = true;
    }
    if (!vi && k < n && (t[k].lower == "of" || t[k].lower == "for" || t[k].lower == "to")) {
      has_prep = true;
      ++k;
      if (k < n && t[k].lower == "the") ++k;
    }
    if ((has_prep || vi) && title.level != kb::TitleLevel::kHonorific &&
        title.level != kb::TitleLevel::kRank) {
      const std::vector<int>* q = nullptr;
      int pe = lex_.portfolios.Longest(t, k, &q);
      int ne_end = k;
      const std::vector<int>* nq = nullptr;
      int ne = lex_.names.Longest(t, k, &nq, true);
      ne_end = ne;
      // Vietnamese: where a portfolio written out in full ends at the country ("Bộ trưởng Giáo
      // dục Đại học và Nghiên cứu Pháp ..."): a known portfolio that stops short of it ("Giáo
      // dục") is only part of a longer one.
      int country_at = -1, country_end = -1;
      std::string country_id;
      if (vi && title.takes_portfolio && k < n && t[k].cap) {
        for (int c = k; c < n && c - k <= 10; ++c) {
          if (!t[c].word) continue;
          if (VietnameseNameLength(t, c, n) >= 2) break;  // a name starts: no portfolio here
          if (c == k) continue;
          int payload = -1;
          if (IsTitleAt(t, c) || lex_.triggers(doc_.lang).Longest(t, c, &payload) > c) break;
          // "Giám đốc AFD tại Việt Nam": the place of the post, not part of its name.
          if (t[c].lower == "tại" || t[c].lower == "ở" || t[c].lower == "của") break;
          int ce2 = c;
          std::string cc = CountryAt(t, c, &ce2);
          if (cc.empty()) continue;
          country_at = c;
          country_end = ce2;
          country_id = cc;
          break;
        }
      }
      // Only punctuation between a known portfolio and the country ("Bộ Văn hóa, Cộng hòa
      // Pháp"): the portfolio is the known one, qualified by the country after the comma.
      int known_end = std::max(pe, ne_end);
      bool gap_is_punct = known_end > k && known_end < country_at;
      for (int g = known_end; gap_is_punct && g < country_at; ++g)
        if (t[g].word) gap_is_punct = false;
      bool longer_unknown = country_at > 0 && known_end < country_at && !gap_is_punct;
      // English: where a complement the KB does not know ends and the name begins, in a
      // capitalised run ("of Labour and Social Affairs Hubertus Heil").
      auto unknown_name_start = [&]() {
        auto connector = [&](int x) {
          return t[x].lower == "and" || t[x].lower == "of" || t[x].lower == "for" ||
                 t[x].fold == "," || t[x].lower == "the" || t[x].fold == "&";
        };
        int run = k;
        while (run < n) {
          if (t[run].word && t[run].cap) {
            ++run;
            continue;
          }
          int c = run;
          while (c < n && connector(c)) ++c;
          if (c == run || c >= n || !t[c].word || !t[c].cap) break;
          run = c;
        }
        int name_start = -1;
        for (int st = k + 1; st < run && name_start < 0; ++st) {
          if (!t[st].word || t[st - 1].lower == "of" || t[st - 1].lower == "and") continue;
          std::string cand = Join(t, st, run);
          if (kb_.FindPeople(cand, false).size() == 1 ||
              VietnameseNameLength(t, st, run) == run - st) {
            name_start = st;
          }
        }
        if (name_start < 0 && run - k >= 3) name_start = run - 2;
        return name_start;
      };
      // A known portfolio that the written one goes on past ("Labour" in "Labour and Social
      // Affairs"): the written one is another body.
      bool portfolio_continues = false;
      if (!vi && has_prep && pe > k && pe + 1 < n &&
          (t[pe].lower == "and" || t[pe].fold == "," || t[pe].fold == "&") && t[pe + 1].word &&
          t[pe + 1].cap && !IsTitleAt(t, pe + 1)) {
        int ns = unknown_name_start();
        portfolio_continues = ns > pe + 1;
      }
      if (longer_unknown) {
        int label_end = country_at;
        while (label_end > k && !t[label_end - 1].word) --label_end;
        r.org_label = Join(t, k, label_end);
        r.complement_country = country_id;
        j = country_end;
        r.te = country_end;
      } else if (pe > k && q && (!vi || title.takes_portfolio) && pe >= ne_end &&
                 !portfolio_continues) {
        r.bodies = *q;
        j = pe;
      } else if (ne > k && nq && !portfolio_continues) {
        bool used = false;
        for (int ref_i : *nq) {
          const auto& ref = lex_.name_refs[ref_i];
          if (ref.type == kb::EntityType::kBody) {
            r.bodies.push_back(ref.index);
            r.named = true;
            used = true;
          } else if (ref.type == kb::EntityType::kCountry && !ref.demonym) {
            r.complement_country = kb_.countries()[ref.index].id;
            used = true;
          }
        }
        if (used) j = ne;
      } else if (!vi && has_prep) {
        // Not in the knowledge base: a capitalised run ends where the name begins.
        int name_start = unknown_name_start();
        if (name_start > k) {
          r.org_label = Join(t, k, name_start);
          while (!r.org_label.empty() && (r.org_label.back() == ',' || r.org_label.back() == ' '))
            r.org_label.pop_back();
          j = name_start;
        }
      }
      if (j > e) r.te = j;
      // "(AFD)" after the body; "of Vietnam", Vietnamese "Pháp", "nước Cộng hòa Pháp".
      if (j + 2 < n && t[j].fold == "(" && t[j + 1].word && t[j + 2].fold == ")") j += 3;
      int ce = j;
      int kk = j;
      if (!vi && kk + 1 < n && t[kk].lower == "of") ++kk;
      if (vi && kk + 1 < n && t[kk].fold == "," && j > e) {
        int ce3 = kk + 1;
        if (!CountryAt(t, kk + 1, &ce3).empty()) ++kk;  // "Bộ Văn hóa, Cộng hòa Pháp"
      }
      std::string c = CountryAt(t, kk, &ce);
      if (!c.empty()) {
        r.complement_country = c;
        j = ce;
        if (vi) r.te = ce;
      }
      // The receiving state of an ambassador: "Đại sứ Đức tại Việt Nam", "in Vietnam".
      if (j + 1 < n && (t[j].lower == "tại" || t[j].lower == "in" || t[j].lower == "to")) {
        int ce2 = j + 1;
        if (!CountryAt(t, j + 1, &ce2).empty()) {
          if (!vi && r.complement_country.empty()) r.complement_country = "";
          j = ce2;
          r.te = ce2;
        }
      }
    }
    // "Defence Minister", "Foreign Minister": the portfolio stands before the title word.
    if (r.bodies.empty() && r.org_label.empty() && title.level == kb::TitleLevel::kBody)
      r.bodies = ImpliedPortfolio(title);
    if (!org_prefix.empty() && r.bodies.empty() && r.org_label.empty()) r.bodies = org_prefix;
    roles.push_back(std::move(r));
    // Chained titles: "Party General Secretary and State President", "Tổng Bí thư, Chủ tịch nước".
    if (j + 1 < n && (t[j].lower == "and" || t[j].lower == "và" || t[j].fold == ",") &&
        IsTitleAt(t, j + 1)) {
      ++j;
      continue;
    }
    break;
  }
  return j;
}

std::vector<int> DocExtractor::ImpliedPortfolio(const kb::Title& title) const {
  std::string head = Fold(title.portfolio);
  if (head.empty()) return {};
  for (const std::string& cand : {head, head + " affairs", "national " + head, "the " + head}) {
    text::Token tok;
    std::vector<text::Token> toks;
    for (auto& w : FoldWords(cand)) {
      tok.word = true;
      tok.fold = tok.lower = w;
      toks.push_back(tok);
    }
    const std::vector<int>* q = nullptr;
    int e = lex_.portfolios.Longest(toks, 0, &q);
    if (e == static_cast<int>(toks.size()) && q) return *q;
  }
  return {};
}

bool DocExtractor::FinishTitledPerson(SentenceState& s, int i, int j, const std::string& country,
                                      const std::vector<int>& org_prefix, bool counterpart,
                                      bool honorific_only, std::vector<PendingRole>& roles,
                                      Item& out) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  // Optional separators before the name: "Phó Thủ tướng Chính phủ, Lê Minh Khái".
  int name_b = j;
  if (name_b < n && t[name_b].fold == "." && name_b > 0 && t[name_b - 1].text.size() <= 4)
    ++name_b;  // "Ms. Helga Barth", "Dr. ..."
  if (name_b < n && (t[name_b].fold == "," || t[name_b].fold == "-") && name_b + 1 < n &&
      t[name_b + 1].cap)
    ++name_b;
  // ", bà Rima Abdul Malak", ", ông Olivier Becht": an address before the name.
  if (name_b + 2 < n && t[name_b].fold == "," && IsAddress(t[name_b + 1]) && t[name_b + 2].cap)
    name_b += 2;
  else if (name_b + 1 < n && IsAddress(t[name_b]) && !t[name_b].cap && t[name_b + 1].cap)
    name_b += 1;
  int name_e = ParseName(t, name_b, n);
  // "Phó Tổng giám đốc Phòng Thương mại ...": an organisation follows the title, not a name.
  if (doc_.lang == "vi" && name_e > name_b && In(t[name_b].lower, lex_.grammar.vietnamese_org_heads))
    name_e = name_b;
  // "General Secretary of the CPV Central Committee Nguyen Phu Trong", "Vice President of the
  // World Bank Manuela Ferro": the end of an organisation's name is no part of a person's.
  for (int k = name_e - 2; k >= name_b; --k) {
    if (t[k].word && t[k].cap && In(t[k].fold, lex_.grammar.non_person_heads)) {
      name_b = k + 1;
      break;
    }
  }
  if (name_e == name_b && counterpart && !country.empty()) {
    // "X met his Vietnamese counterpart": the story's person of that country.
    int best = -1;
    for (size_t k = 0; k < ents_.size(); ++k)
      if (ents_[k].e.kind == "person" && ents_[k].e.country == country &&
          (best < 0 || ents_[k].last_sentence > ents_[best].last_sentence))
        best = static_cast<int>(k);
    if (best < 0) return false;
    out.tb = i;
    out.te = j;
    out.type = ItemType::kPerson;
    out.ents = {best};
    return true;
  }
  if (name_e == name_b) {
    // A title without a name ("the minister", "formerly Deputy Minister of Labour, ..."): no
    // person, but a ministry named by the title is still a mention of that ministry.
    for (auto& r : roles) {
      if (r.bodies.empty()) continue;
      std::string bc = !r.complement_country.empty() ? r.complement_country
                                                     : (!country.empty() ? country : kHomeCountry);
      if (const kb::Body* b = ChooseBody(r.bodies, bc, "")) BodyEntity(*b);
    }
    return false;
  }
  std::string name = Join(t, name_b, name_e);
  int person = -1;
  if (name_e - name_b == 1) {
    person = ResolveShort(t[name_b].fold);
    if (person < 0) {
      // A known official by surname alone ("Minister Lam"): only if the KB says they held a
      // post of the kind the title names; "Phó Chủ tịch Ngân hàng ..." is not Kim Ngân.
      auto kbp = kb_.FindPeopleByShortName(t[name_b].fold);
      if (kbp.size() == 1) {
        bool held = false;
        for (const auto* pos : kb_.PositionsOf(kbp[0]->id))
          for (const auto& r : roles)
            if (pos->role == kb_.titles()[r.title_index].role) held = true;
        if (held) person = PersonEntity(kbp[0]->name, kbp[0]->country, s.index);
      }
    }
    if (person < 0) return false;  // a bare name that resolves to nobody is not a node
  } else {
    std::string hint = country;
    if (hint.empty() && VietnameseNameLength(t, name_b, name_e) == name_e - name_b)
      hint = kHomeCountry;
    person = PersonEntity(name, hint, s.index);
  }
  if (ents_[person].e.country.empty()) ents_[person].e.country = country;
  if (!honorific_only || counterpart) out.titled = true;
  ApplyRoles(s, person, roles, country, !org_prefix.empty());
  // Roles in apposition after the name: "Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng ...".
  name_e = Apposition(s, person, name_e);
  // "his French counterpart X": X holds the subject's state-level post in his own country.
  if (counterpart && !country.empty()) {
    for (const Item& it : s.items) {
      if (it.type != ItemType::kPerson || it.ents.empty() || it.tb >= i) continue;
      for (const Role& r : ents_[it.ents[0]].roles) {
        Role copy = r;
        if (r.level == kb::TitleLevel::kState) {
          copy.target = CountryEntity(country);
        } else if (r.level == kb::TitleLevel::kBody && !r.body_kb.empty()) {
          // The counterpart of a Minister of Foreign Affairs heads the same portfolio at home.
          const kb::Body* own = kb_.BodyById(r.body_kb);
          std::vector<int> cands;
          for (const auto& pf : own ? own->portfolios : std::vector<std::string>{})
            for (const auto* c : kb_.FindBodiesByPortfolio(pf, country))
              if (std::find(cands.begin(), cands.end(), BodyIndex(c)) == cands.end())
                cands.push_back(BodyIndex(c));
          const kb::Body* theirs = ChooseBody(cands, country, ents_[person].kb_id);
          if (!theirs) continue;
          copy.target = BodyEntity(*theirs);
          copy.body_kb = theirs->id;
        } else {
          continue;
        }
        AddFact("holds_position", person, copy.target, s, i, r.text);
        ents_[person].roles.push_back(copy);
        break;
      }
      break;
    }
    if (ents_[person].e.country.empty()) ents_[person].e.country = country;
  }
  out.tb = i;
  out.te = name_e;
  out.type = ItemType::kPerson;
  out.ents = {person};
  return true;
}

// Titles in apposition after a person's name (", Minister of X," / " - Bộ trưởng ..."), when no
// other name follows them. Returns the end of the apposition (or `end` when there is none).
int DocExtractor::Apposition(SentenceState& s, int person, int end) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  // "X được bổ nhiệm làm Thủ tướng Pháp", "X was appointed (as) ...": a post after the name.
  for (std::string_view lead : {"được bổ nhiệm làm", "được bầu làm", "was appointed as",
                                "was appointed", "was elected as", "was elected"}) {
    int k = end;
    bool ok = true;
    for (size_t p = 0; p < lead.size() && ok;) {
      size_t q = lead.find(' ', p);
      if (q == std::string_view::npos) q = lead.size();
      ok = k < n && t[k].lower == lead.substr(p, q - p);
      ++k;
      p = q + 1;
    }
    if (ok && k < n && IsTitleAt(t, k)) {
      std::vector<PendingRole> roles;
      bool honorific_only = true;
      int e = ParseTitleChain(s, k, {}, roles, &honorific_only);
      if (e > k && !honorific_only) {
        ApplyRoles(s, person, roles, "", false);
        return e;
      }
    }
  }
  if (end + 1 >= n || !(t[end].fold == "," || t[end].fold == "-")) return end;
  int j = end + 1;
  if (doc_.lang == "en" && (t[j].lower == "the" || t[j].lower == "a" || t[j].lower == "an")) ++j;
  if (j < n && (t[j].lower == "tân" || t[j].lower == "new" || t[j].lower == "newly")) ++j;
  std::string country;
  int ce = j;
  std::string c = CountryAt(t, j, &ce);
  if (!c.empty() && ce < n) {
    int after = ce + (t[ce].fold == "'s" ? 1 : 0);
    if (IsTitleAt(t, after)) {
      country = c;
      j = after;
    }
  }
  if (!IsTitleAt(t, j)) return end;
  std::vector<PendingRole> roles;
  bool honorific_only = true;
  int e = ParseTitleChain(s, j, {}, roles, &honorific_only);
  if (e == j || honorific_only) return end;
  // Another name right after the titles: a new titled person, not an apposition.
  int k = e;
  if (k < n && (t[k].fold == "," || t[k].fold == "-")) ++k;
  if (k < n && t[k].word && t[k].cap && ParseName(t, k, n) > k + 1) return end;
  ApplyRoles(s, person, roles, country, false);
  return e;
}

// Roles become holds_position facts (and the person's country when it was unknown).
void DocExtractor::ApplyRoles(SentenceState& s, int person, std::vector<PendingRole>& roles,
                              const std::string& country, bool org_prefixed) {
  const auto& t = s.tokens;
  const bool vi = doc_.lang == "vi";
  DocEntity& pd = ents_[person];
  std::string pcountry = !pd.e.country.empty() ? pd.e.country : country;
  for (auto& r : roles) {
    const kb::Title& title = kb_.titles()[r.title_index];
    if (title.level == kb::TitleLevel::kHonorific || title.level == kb::TitleLevel::kRank) continue;
    Role role;
    role.key = title.role;
    role.level = title.level;
    if (vi && title.level == kb::TitleLevel::kOrg && Fold(title.text) == "chu tich" &&
        !r.complement_country.empty() && r.bodies.empty() && r.org_label.empty()) {
      role.key = "president";
      role.level = kb::TitleLevel::kState;
    }
    role.text = Join(t, r.tb, r.te);
    std::string c = !r.complement_country.empty() && role.level == kb::TitleLevel::kState &&
                            title.role != "ambassador"
                        ? r.complement_country
                        : (!country.empty() ? country : pcountry);
    if (c.empty()) c = r.complement_country;
    if (r.org_label == "?") continue;
    // "Bộ trưởng Nguyễn Văn Hùng", "Minister Tran Hong Ha": no portfolio written, but the KB
    // knows the only body in which this person held such a post.
    if (title.level == kb::TitleLevel::kBody && r.bodies.empty() && r.org_label.empty() &&
        !ents_[person].kb_id.empty()) {
      std::vector<int> held;
      for (const auto* pos : kb_.PositionsOf(ents_[person].kb_id)) {
        if (pos->role != title.role || pos->body.empty()) continue;
        for (size_t b = 0; b < kb_.bodies().size(); ++b)
          if (kb_.bodies()[b].id == pos->body &&
              std::find(held.begin(), held.end(), static_cast<int>(b)) == held.end())
            held.push_back(static_cast<int>(b));
      }
      if (held.size() == 1) r.bodies = held;
    }
    if (role.level == kb::TitleLevel::kState && !org_prefixed) {
      // With no country in the text, a state post is the person's own country; for a person of
      // unknown nationality (not in the KB, no Vietnamese name) it stays unknown.
      if (c.empty() && !ents_[person].kb_id.empty()) c = ents_[person].e.country;
      if (c.empty() && FoldWords(ents_[person].e.label).size() >= 2 &&
          lex_.vi_surnames.count(FoldWords(ents_[person].e.label).front()))
        c = kHomeCountry;
      if (c.empty()) continue;
      role.target = CountryEntity(c);
    } else if (!r.bodies.empty()) {
      std::string bc = !r.complement_country.empty() ? r.complement_country : c;
      if (bc.empty()) bc = kHomeCountry;
      std::string kb_id = ents_[person].kb_id;
      const kb::Body* b = ChooseBody(r.bodies, bc, kb_id, r.named);
      if (!b && vi && r.complement_country.empty()) b = ChooseBody(r.bodies, "", kb_id, r.named);
      if (b) {
        role.target = BodyEntity(*b);
        role.body_kb = b->id;
      } else if (title.level == kb::TitleLevel::kBody) {
        // The portfolio is known elsewhere but not in this country: a ministry of its own.
        int pb = r.title_end;
        if (!vi && pb < r.te && (t[pb].lower == "of" || t[pb].lower == "for")) ++pb;
        if (!vi && pb < r.te && t[pb].lower == "the") ++pb;
        std::string portfolio = Join(t, pb, r.te);
        if (!portfolio.empty()) role.target = NewMinistry(MinistryLabel(portfolio, vi), bc);
      }
    } else if (!r.org_label.empty()) {
      std::string bc =
          !r.complement_country.empty() ? r.complement_country : (c.empty() ? kHomeCountry : c);
      role.target = title.level == kb::TitleLevel::kBody
                        ? NewMinistry(MinistryLabel(r.org_label, vi), bc)
                        : NewOrganization(r.org_label, bc);
    }
    if (role.target >= 0) {
      AddFact("holds_position", person, role.target, s, r.tb, role.text);
      if (ents_[person].e.country.empty() && role.level != kb::TitleLevel::kOrg)
        ents_[person].e.country = ents_[role.target].e.country;
    }
    ents_[person].roles.push_back(role);
  }
}

void DocExtractor::FindPeopleWithTitles(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (s.covered[i]) continue;
    Item item;
    if (ParseTitledPerson(s, i, item)) {
      AddItem(s, item);
      i = item.te - 1;
    }
  }
}

// Whether a body's name as written goes on past a known name ending at `e`: "Ministry of
// Labour, Social Affairs and Health care, ...", "Bộ Công nghiệp, Thương mại và Năng lượng Hàn
// Quốc". Not when what follows is another known name ("... and Ministry of Defence", "và Bộ
// Quốc phòng"), a country, a title or a person.
bool DocExtractor::BodyNameContinues(const std::vector<Token>& t, int e) const {
  const int n = static_cast<int>(t.size());
  if (e + 1 >= n) return false;
  bool joiner = t[e].fold == "," || t[e].lower == "and" || t[e].lower == "và" || t[e].fold == "&";
  if (!joiner || !t[e + 1].word || !t[e + 1].cap || t[e + 1].upper) return false;
  const std::vector<int>* p = nullptr;
  if (lex_.names.Longest(t, e + 1, &p, true) > e + 1) return false;
  if (IsTitleAt(t, e + 1) || VietnameseNameLength(t, e + 1, n) >= 2) return false;
  int ce = e + 1;
  if (!CountryAt(t, e + 1, &ce).empty()) return false;
  // A list of bodies goes on with the next one's head word.
  if (t[e + 1].fold == "ministry" || t[e + 1].lower == "bộ") return false;
  if (ResolveShort(t[e + 1].fold) >= 0) return false;  // ", Hoan, formerly ...": a person
  // The continuation reads as portfolios: two capitalised words, or one more joined to another
  // ("..., Social Affairs and ...", "..., Thương mại và Năng lượng").
  int k = e + 1;
  while (k < n && t[k].word && t[k].cap) ++k;
  if (k - (e + 1) >= 2) return true;
  // Vietnamese names go on in lower case ("Thương mại"): the whole phrase up to a joiner.
  if (doc_.lang == "vi")
    while (k < n && k - e <= 4 && t[k].word && !t[k].cap && t[k].lower != "và") ++k;
  return k + 1 < n && (t[k].fold == "," || t[k].lower == "and" || t[k].lower == "và") &&
         t[k + 1].word && t[k + 1].cap;
}

void DocExtractor::FindKbNames(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap) continue;
    const std::vector<int>* p = nullptr;
    int e = lex_.names.Longest(t, i, &p, true);
    if (e == i || !p || !Free(s, i, e)) continue;
    // One-word names are abbreviations ("AFD", "MOST"): only when written in capitals, or
    // country names of more than three letters ("France", but not the Vietnamese word "Nga").
    bool one = e - i == 1;
    int person = -1, city = -1;
    std::string country;
    bool demonym = false;
    std::vector<int> bodies;
    for (int r : *p) {
      const auto& ref = lex_.name_refs[r];
      if (ref.type == kb::EntityType::kCity && city < 0) {
        auto w = lex_.city_written.find(t[i].lower);
        if (!one || (t[i].cap && w != lex_.city_written.end() &&
                     std::count(w->second.begin(), w->second.end(), ref.index)))
          city = ref.index;
      }
      if (ref.type == kb::EntityType::kPerson && !one) person = ref.index;
      if (ref.type == kb::EntityType::kBody && (!one || t[i].upper)) bodies.push_back(ref.index);
      if (ref.type == kb::EntityType::kCountry && country.empty() &&
          (!one || WrittenAsName(ref.index, t[i]))) {
        country = kb_.countries()[ref.index].id;
        demonym = ref.demonym;
      }
    }
    Item item;
    item.tb = i;
    item.te = e;
    if (person >= 0) {
      const kb::Person& kp = kb_.people()[person];
      item.type = ItemType::kPerson;
      item.ents = {PersonEntity(kp.name, kp.country, s.index)};
    } else if (!bodies.empty() && BodyNameContinues(t, e)) {
      continue;  // "Ministry of Labour, Social Affairs and ...": a longer name, not this body
    } else if (!bodies.empty()) {
      // Qualified by a country: "Vietnamese Ministry of Home Affairs", "Bộ Nội vụ Pháp".
      std::string qual;
      int qe = e;
      if (i > 0 && !doc_.lang.empty()) {
        int ce = i;
        int before = i - 1;
        if (before >= 0 && doc_.lang == "en") {
          std::string c = CountryAt(t, before, &ce);
          if (!c.empty() && ce == i) qual = c;
          if (qual.empty() && before >= 1 && t[before].fold == "'s") {
            std::string c2 = CountryAt(t, before - 1, &ce);
            if (!c2.empty() && ce == before) qual = c2;
          }
        }
      }
      if (qual.empty()) {
        int ce = e;
        int k = e;
        if (doc_.lang == "en" && k + 1 < static_cast<int>(t.size()) && t[k].lower == "of") ++k;
        std::string c = CountryAt(t, k, &ce);
        if (!c.empty()) {
          qual = c;
          qe = ce;
        }
        // Vietnamese: the name goes on in lower case before its country ("Bộ Lao động và Xã
        // hội liên bang của Đức"): a body of that country, not the KB's namesake elsewhere.
        if (qual.empty() && doc_.lang == "vi") {
          int x = e;
          while (x < static_cast<int>(t.size()) && x - e < 4 && t[x].word && !t[x].cap &&
                 t[x].lower != "và" && t[x].lower != "với")
            ++x;
          if (x > e) {
            std::string c2 = CountryAt(t, x, &ce);
            bool ours = false;
            for (int bi : bodies) ours |= kb_.bodies()[bi].country == c2;
            if (!c2.empty() && !ours) continue;
            if (!c2.empty()) {
              qual = c2;
              qe = ce;
            }
          }
        }
      }
      const kb::Body* b = ChooseBody(bodies, qual.empty() ? kHomeCountry : qual, "", true);
      if (!b && qual.empty()) b = ChooseBody(bodies, "", "", true);
      if (!b) continue;
      // A demonym just before the body qualifies it ("the French Ministry of Justice"): one
      // mention, not a country and a body.
      for (size_t k = 0; k < s.items.size(); ++k) {
        if (s.items[k].type == ItemType::kCountry && s.items[k].te == i && !qual.empty()) {
          item.tb = s.items[k].tb;
          s.items.erase(s.items.begin() + static_cast<long>(k));
          break;
        }
      }
      item.type = ItemType::kBody;
      item.ents = {BodyEntity(*b)};
      item.te = qe;
      // "the Vietnamese Ministry of Finance (MoF)": the article's own abbreviation for it.
      if (qe + 2 < static_cast<int>(t.size()) && t[qe].fold == "(" && t[qe + 2].fold == ")" &&
          t[qe + 1].word && !t[qe + 1].digit) {
        int capitals = 0;
        for (unsigned char c : t[qe + 1].text) capitals += c >= 'A' && c <= 'Z';
        if (capitals >= 2) {
          doc_abbrevs_[t[qe + 1].text] = item.ents[0];
          item.te = qe + 3;
        }
      }
    } else if (!country.empty()) {
      // A demonym that starts a proper name is no country: "Thai Nguyen" (a province),
      // "Lao Cai". A demonym qualifies known words: "French Minister", "Vietnamese Embassy".
      if (one && demonym && e < static_cast<int>(t.size()) && t[e].word && t[e].cap &&
          !t[e].upper && !IsTitleAt(t, e) &&
          (!lex_.known_words.count(t[e].fold) || lex_.vi_surnames.count(t[e].fold)))
        continue;
      item.type = ItemType::kCountry;
      item.demonym = demonym;
      item.ents = {CountryEntity(country)};
    } else if (city >= 0) {
      item.type = ItemType::kCity;  // a place; its country becomes a node only when needed
      item.city = city;
    } else {
      continue;
    }
    AddItem(s, item);
    i = item.te - 1;
  }
}

// Roles in apposition after people who were named without a title ("Nguyen Hong Dien,
// Minister of Industry and Trade, received ...").
void DocExtractor::FindAppositions(SentenceState& s) {
  // An unknown name with its post after it, opening the sentence or a clause ("Peteris Ustubs,
  // European Commission Director for ..., said"): a person, whom nothing else introduces.
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; doc_.lang == "en" && i < n; ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap || t[i].upper) continue;
    if (i > 0 && t[i - 1].fold != "," && t[i - 1].fold != "(") continue;
    int e = ParseName(t, i, n);
    if (e - i < 2 || e - i > 4 || !Free(s, i, e) || e + 1 >= n || t[e].fold != ",") continue;
    bool plain = true;  // every word a name's word, not a place, title or month
    for (int k = i; k < e; ++k)
      if (!t[k].word || IsTitleAt(t, k) || In(t[k].fold, lex_.grammar.non_person_heads) ||
          grammar_.IsWeekdayWord(t[k], doc_.lang))
        plain = false;
    if (!plain) continue;
    int j = e + 1;
    if (t[j].lower == "the" || t[j].lower == "a" || t[j].lower == "an") ++j;
    int ce = j;
    std::string c = CountryAt(t, j, &ce);
    if (!c.empty() && ce < n && IsTitleAt(t, ce)) j = ce;
    // An organisation before the post: "European Commission Director ...".
    const std::vector<int>* p = nullptr;
    int oe = lex_.names.Longest(t, j, &p, true);
    if (oe > j && oe < n && IsTitleAt(t, oe)) j = oe;
    // ... or one the KB does not know, of up to three capitalised words.
    for (int j2 = j; !IsTitleAt(t, j) && j2 < n && j2 - j < 3 && t[j2].word && t[j2].cap; ++j2)
      if (j2 + 1 < n && IsTitleAt(t, j2 + 1)) {
        j = j2 + 1;
        break;
      }
    if (!IsTitleAt(t, j)) continue;
    std::vector<PendingRole> roles;
    bool honorific_only = true;
    if (ParseTitleChain(s, j, {}, roles, &honorific_only) == j || honorific_only) continue;
    Item item;
    item.tb = i;
    item.te = e;
    item.type = ItemType::kPerson;
    item.ents = {PersonEntity(Join(t, i, e), c, s.index)};
    AddItem(s, item);
    i = e - 1;
  }
  for (size_t k = 0; k < s.items.size(); ++k) {
    Item& it = s.items[k];
    if (it.type != ItemType::kPerson || it.titled) continue;
    int person = it.ents[0];
    int end = Apposition(s, person, it.te);
    if (end == it.te) continue;
    for (int c = it.te; c < end; ++c) s.covered[c] = true;
    it.titled = true;
  }
}

void DocExtractor::FindVietnameseNames(SentenceState& s) {
  const auto& t = s.tokens;
  int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i]) continue;
    int len = VietnameseNameLength(t, i, n);
    if (len < 3 || !Free(s, i, i + len)) continue;
    if (i + len < n && t[i + len].cap && In(t[i + len].fold, lex_.grammar.non_person_heads)) continue;
    if (i > 0 && t[i - 1].word && t[i - 1].cap) continue;  // inside a longer capitalised run
    Item item;
    item.tb = i;
    item.te = i + len;
    item.type = ItemType::kPerson;
    item.ents = {PersonEntity(Join(t, i, i + len), kHomeCountry, s.index)};
    AddItem(s, item);
    i += len - 1;
  }
}

void DocExtractor::FindShortReferences(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap || t[i].upper) continue;
    if (i + 1 < static_cast<int>(t.size()) && t[i + 1].word && t[i + 1].cap) continue;
    if (i > 0 && t[i - 1].word && t[i - 1].cap && !IsTitleAt(t, i - 1)) continue;
    int p = ResolveShort(t[i].fold);
    if (p < 0) continue;
    Item item;
    item.tb = i;
    item.te = i + 1;
    item.type = ItemType::kPerson;
    item.ents = {p};
    ents_[p].last_sentence = s.index;
    AddItem(s, item);
  }
}

// References to people already in the story:
//  - a subject pronoun opening a sentence ("He also met ...", "Ông ...", "Bà ...") is the
//    subject of the previous sentence that had one, when the gender (if known) agrees;
//  - "the host" / "the guest" ("chủ nhà", "vị khách") are the two sides of the last meeting.
void DocExtractor::FindPronouns(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  auto add = [&](int b, int e, int person) {
    if (person < 0 || !Free(s, b, e)) return;
    Item item;
    item.tb = b;
    item.te = e;
    item.type = ItemType::kPerson;
    item.ents = {person};
    AddItem(s, item);
  };
  // The first subject pronoun of the sentence, before any person is named in it (also after a
  // fronted adverbial: "On June 8, he held talks ...").
  int first_person = n;
  for (const Item& it : s.items)
    if (it.type == ItemType::kPerson) first_person = std::min(first_person, it.tb);
  for (int i = 0; i + 1 < n && i <= first_person; ++i) {
    if (!t[i].word || !t[i + 1].word || t[i + 1].cap) continue;
    if (i > 0 && t[i - 1].fold != ",") continue;
    std::string gender;
    // "They ...", "Họ ...": the two sides of the story's last meeting.
    if ((t[i].lower == "they" || (doc_.lang == "vi" && t[i].lower == "họ")) && pair_a_ >= 0 &&
        Free(s, i, i + 1)) {
      Item item;
      item.tb = i;
      item.te = i + 1;
      item.type = ItemType::kPairPersons;
      item.ents = PairPersons();
      AddItem(s, item);
      break;
    }
    if (t[i].lower == "he" || (doc_.lang == "vi" && t[i].lower == "ông")) gender = "m";
    if (t[i].lower == "she" || (doc_.lang == "vi" && t[i].lower == "bà")) gender = "f";
    if (gender.empty()) continue;
    if (last_subject_ >= 0) {
      const std::string& g = ents_[last_subject_].e.attrs.count("gender")
                                 ? ents_[last_subject_].e.attrs.at("gender")
                                 : std::string();
      if (g.empty() || g == gender) add(i, i + 1, last_subject_);
    }
    break;
  }
  for (int i = 0; i + 1 < n; ++i) {
    bool host = (t[i].lower == "the" && t[i + 1].lower == "host") ||
                (t[i].lower == "chủ" && t[i + 1].lower == "nhà");
    bool guest = (t[i].lower == "the" && (t[i + 1].lower == "guest" ||
                                          t[i + 1].lower == "visitor")) ||
                 (t[i].lower == "vị" && t[i + 1].lower == "khách");
    if (host && pair_a_ >= 0) add(i, i + 2, pair_a_);
    if (guest && pair_b_ >= 0) add(i, i + 2, pair_b_);
  }
}

// Abbreviations the article defined ("... Ministry of Finance (MoF)"), as written, later on.
void DocExtractor::FindDocAbbreviations(SentenceState& s) {
  if (doc_abbrevs_.empty()) return;
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    if (s.covered[i] || !s.tokens[i].word) continue;
    auto it = doc_abbrevs_.find(s.tokens[i].text);
    if (it == doc_abbrevs_.end()) continue;
    Item item;
    item.tb = i;
    item.te = i + 1;
    item.type = ItemType::kBody;
    item.ents = {it->second};
    AddItem(s, item);
  }
}

// Ministries that are not in the knowledge base: "Ministry of X" / "X Ministry" / "Bộ X".
void DocExtractor::FindMinistries(SentenceState& s) {
  const auto& t = s.tokens;
  int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word || !t[i].cap) continue;
    bool en = doc_.lang == "en" && t[i].fold == "ministry" && i + 2 < n &&
              (t[i + 1].lower == "of" || t[i + 1].lower == "for");
    bool vi = doc_.lang == "vi" && t[i].lower == "bộ" && i + 1 < n && t[i + 1].cap &&
              t[i + 1].lower != "trưởng";
    if (!en && !vi) continue;
    int k = i + (en ? 2 : 1);
    if (en && k < n && t[k].lower == "the") ++k;
    int e = k;
    std::string country;
    int qe = -1;
    while (e < n) {
      int ce = e;
      std::string c = CountryAt(t, e, &ce);
      if (!c.empty() && e > k) {
        country = c;
        qe = ce;
        break;
      }
      if (t[e].word && (t[e].cap || (vi && e > k && !t[e].digit))) {
        if (vi && t[e].cap && e > k && t[e - 1].word && t[e - 1].cap && e + 1 < n && t[e + 1].cap)
          break;  // a name begins
        ++e;
        continue;
      }
      if ((t[e].lower == "and" || t[e].lower == "và" || t[e].fold == "," || t[e].lower == "of") &&
          e + 1 < n && t[e + 1].cap && e > k) {
        ++e;
        continue;
      }
      // "... Health care, Women and Families": a lower-case word inside a list of portfolios.
      if (en && t[e].word && !t[e].cap && e > k && t[e - 1].cap && e + 2 < n &&
          (t[e + 1].fold == "," || t[e + 1].lower == "and") && t[e + 2].cap &&
          !In(t[e].lower, {"of", "the", "for", "in", "on", "at", "to", "with", "by", "and"})) {
        ++e;
        continue;
      }
      break;
    }
    // "... of Thüringen State (Federal Republic of Germany)": the state in brackets just after.
    if (country.empty()) {
      for (int k2 = e; k2 < n && k2 < e + 8; ++k2) {
        if (t[k2].fold == "(") {
          int ce = k2 + 1;
          std::string c = CountryAt(t, k2 + 1, &ce);
          if (!c.empty() && ce < n && t[ce].fold == ")") country = c;
          break;
        }
        if (t[k2].word && !t[k2].cap && t[k2].lower != "of") break;
      }
    }
    while (e > k && !t[e - 1].word) --e;
    if (e == k || !Free(s, i, e)) continue;
    // Party organs, parliaments and other non-ministries are in the KB as such; plural
    // "ministries" never gets here.
    std::string label = Join(t, i, e);
    if (country.empty()) {
      if (i > 0) {
        int ce = i;
        std::string c = CountryAt(t, i - 1, &ce);
        if (!c.empty() && ce == i) country = c;
      }
    }
    if (country.empty()) country = kHomeCountry;
    Item item;
    item.tb = i;
    item.te = qe > 0 ? qe : e;
    item.type = ItemType::kBody;
    item.ents = {NewMinistry(label, country)};
    AddItem(s, item);
    i = item.te - 1;
  }
}

void DocExtractor::FindPairReferences(SentenceState& s) {
  const auto& t = s.tokens;
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (s.covered[i]) continue;
    int payload = -1;
    int e = lex_.pairs(doc_.lang).Longest(t, i, &payload);
    if (e < 0) continue;
    {
      const auto& p = lex_.grammar.pair_phrases[payload];
      Item item;
      item.tb = i;
      item.te = e;
      switch (p.ref) {
        case grammar::PairRef::kPersons:
          item.type = ItemType::kPairPersons;
          item.ents = PairPersons();
          break;
        case grammar::PairRef::kBodies:
          item.type = ItemType::kPairBodies;
          item.ents = PairBodies();
          break;
        case grammar::PairRef::kCountries:
          item.type = ItemType::kPairCountries;
          item.ents = PairCountries();
          break;
      }
      if (item.ents.size() == 2) AddItem(s, item);
      i = e - 1;
    }
  }
}

// ============================================================================== agreements

// Agreement heads are reserved first so that their words are not read as names ("Ý định thư"
// is a letter of intent, not Italy).
void DocExtractor::ReserveAgreementHeads(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    int payload = -1;
    int e = lex_.heads(doc_.lang).Longest(s.tokens, i, &payload);
    if (e < 0 || e - i < 2) continue;
    for (int k = i; k < e; ++k) {
      if (s.covered[k]) continue;
      s.covered[k] = true;
      s.reserved.push_back(k);
    }
    i = e - 1;
  }
}

// Seas and oceans are never countries or people; the words stay covered for good.
void DocExtractor::ReserveGeographicFeatures(SentenceState& s) {
  for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
    int payload = -1;
    int e = lex_.geographic.Longest(s.tokens, i, &payload);
    if (e < 0 || !s.tokens[i].cap) continue;
    for (int k = i; k < e; ++k) s.covered[k] = true;
    i = e - 1;
  }
}

// Named instruments from the gazetteer ("the EU-Vietnam Free Trade Agreement (EVFTA)", "Hiệp
// định CPTPP"): one node per instrument across articles and languages, its states parties.
void DocExtractor::FindInstruments(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word || !lex_.instruments.HasFirst(t[i])) continue;
    const std::vector<int>* p = nullptr;
    int e = lex_.instruments.Longest(t, i, &p);
    if (e == i || !p || !Free(s, i, e)) continue;
    int which = -1;
    for (int payload : *p) {
      bool abbrev = payload % 2 == 1;
      if (abbrev && !(e - i == 1 && t[i].upper)) continue;
      if (!abbrev && !t[i].cap) continue;
      which = payload / 2;
      break;
    }
    if (which < 0) continue;
    const kb::Instrument& in = kb_.instruments()[which];
    if (e + 2 < n && t[e].fold == "(" && t[e + 2].fold == ")") e += 3;  // "(EVFTA)"
    Entity ent;
    ent.key = "instrument:" + in.id;
    ent.kind = "agreement";
    ent.label = in.en;
    ent.attrs["type"] = in.type;
    if (!in.signed_on.empty()) ent.attrs["signed_on"] = in.signed_on.ToEdtf();
    int idx = Intern(std::move(ent), "");
    for (const std::string& c : in.parties) {
      int ce = CountryEntity(c);
      if (ce >= 0) instrument_parties_[idx].insert(ce);
    }
    Item item;
    item.tb = i;
    item.te = e;
    item.type = ItemType::kAgreement;
    item.ents = {idx};
    AddItem(s, item);
    last_agreement_ = idx;
    i = e - 1;
  }
}

void DocExtractor::FindAgreements(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const bool vi = doc_.lang == "vi";
  for (int i = 0; i < n; ++i) {
    if (s.covered[i] || !t[i].word) continue;
    int payload = -1;
    int he = lex_.heads(doc_.lang).Longest(t, i, &payload);
    if (he < 0) continue;
    const grammar::AgreementHead* head = &lex_.grammar.agreement_heads[payload];
    int start = i;
    // Modifiers: English before the head ("an administrative agreement"), Vietnamese after it.
    std::string det;
    bool countries_possessive = false;
    if (!vi) {
      while (start > 0 && start > i - 4) {
        const Token& w = t[start - 1];
        if (!w.word) {
          if (w.fold == "'" || w.fold == "'s") {  // "the countries' letter of intent"
            if (start >= 2 &&
                (t[start - 2].lower == "countries" || t[start - 2].lower == "nations")) {
              countries_possessive = true;
            }
          }
          break;
        }
        if (w.lower == "a" || w.lower == "an" || w.lower == "the" || w.lower == "this" ||
            w.lower == "that" || w.lower == "their" || w.lower == "its" || w.digit ||
            w.lower == "new" || w.lower == "under" || w.lower == "of" || w.lower == "in" ||
            w.lower == "on" || w.lower == "and" || w.lower == "with" || w.lower == "to") {
          det = w.lower;
          break;
        }
        if (!w.cap && w.lower.size() > 3 && w.lower.back() == 'd' &&
            w.lower[w.lower.size() - 2] == 'e')
          break;  // a verb: "signed agreement"
        // "X and Y sign letter of intent": a verb or a person ends the modifiers.
        int trig_payload = -1;
        if (!w.cap && lex_.triggers(doc_.lang).Longest(t, start - 1, &trig_payload) > start - 1)
          break;
        bool person_word = false;
        for (const Item& it : s.items)
          if (it.type == ItemType::kPerson && start - 1 >= it.tb && start - 1 < it.te)
            person_word = true;
        if (person_word) break;
        --start;
      }
      if (start > 0 && t[start - 1].digit) continue;  // "29 cooperative agreements": a count
    } else if (i > 0 && (t[i - 1].lower == "các" || t[i - 1].lower == "những" ||
                         t[i - 1].lower == "nhiều" || t[i - 1].digit)) {
      continue;
    }
    // "signed loan agreements with AFD": a set of instruments of one kind is one node; a count
    // ("29 agreements", "many agreements", "các văn kiện") or a bare plural is not.
    if (head->plural) {
      if (vi || start == i) continue;
      bool counted = false;
      for (int x = start; x < i; ++x)
        if (In(t[x].lower, {"many", "several", "some", "numerous", "various", "other", "two",
                            "three", "four", "five", "these", "those", "the"}) ||
            t[x].digit)
          counted = true;
      if (counted) continue;
    }
    int end = he;
    std::string type = Join(t, start, he);
    // Vietnamese modifiers after the head: "Thỏa thuận Hành chính", "Thỏa thuận hợp tác".
    if (vi) {
      while (end < n && t[end].word && !t[end].digit && t[end].lower != "giữa" &&
             t[end].lower != "về" && t[end].lower != "trong" && t[end].lower != "giai" &&
             t[end].lower != "này" && t[end].lower != "với" && t[end].lower != "nhằm" &&
             t[end].lower != "đã" && t[end].lower != "là" && t[end].lower != "được" &&
             t[end].lower != "tại" && t[end].lower != "cho" && t[end].lower != "và" &&
             t[end].lower != "ký" && t[end].lower != "của" && end - he < 8) {
        ++end;
      }
      type = Join(t, i, end);
    }
    if (end + 2 < n && t[end].fold == "(" && t[end + 2].fold == ")") end += 3;  // "(MoU)"
    // Complements: parties, topic, period, up to a clause boundary.
    std::set<int> parties;
    std::string topic;
    std::string period;
    int k = end;
    int topic_b = -1, topic_e = -1;
    static const std::vector<std::string_view> kStops = {
        "that", "which", "signed", "was", "were", "is",   "are", "will", "under", "recently",
        "đã",   "được",  "là",     "sẽ",  "vừa",  "nhằm", "ký",  "by",   "with",  "at"};
    auto starts_date = [&](int x) {
      for (const auto& d : s.dates)
        if (d.tb == x && d.kind != DateKind::kPeriod) return true;
      return false;
    };
    while (k < n && k - end < 40) {
      if (!t[k].word && (t[k].fold == ";" || t[k].fold == "." || t[k].fold == ":")) break;
      if (!t[k].word && (t[k].text == "“" || t[k].text == "\"" || t[k].text == "«")) break;
      // A comma ends the complement unless it separates items of a list ("on trade,
      // investment and tourism"): "the Amended Agreement on X, defence cooperation has ...".
      if (t[k].fold == "," && topic_b >= 0) {
        bool list = false;
        for (int x = k + 1; x < n && x <= k + 4; ++x)
          if (t[x].lower == "and" || t[x].lower == "và") list = true;
        if (!list) break;
      }
      if (t[k].word && In(t[k].lower, kStops)) break;
      if (starts_date(k) || ((t[k].lower == "on" || t[k].lower == "ngày") && starts_date(k + 1)))
        break;
      if ((t[k].lower == "in" || t[k].lower == "at" || t[k].lower == "tại") && k + 1 < n &&
          t[k + 1].cap && !(k + 1 < n && t[k + 1].lower == "the"))
        break;
      if (t[k].lower == "between" || t[k].lower == "giữa") {
        if (topic_b >= 0 && topic_e < 0) topic_e = k;
        ++k;
        continue;
      }
      if (topic_b < 0 && (t[k].lower == "on" || t[k].lower == "about" || t[k].lower == "về" ||
                          t[k].lower == "regarding" ||
                          (vi && t[k].lower == "trong" && k + 1 < n && t[k + 1].lower == "lĩnh"))) {
        topic_b = k + 1;
      }
      ++k;
    }
    int span_end = k;
    for (const auto& d : s.dates) {
      if (d.kind == DateKind::kPeriod && d.tb >= end - 1 && d.tb <= span_end + 1) {
        period = std::to_string(d.value.start.year) + "/" + std::to_string(d.value.end.year);
        if (topic_b >= 0 && (topic_e < 0 || topic_e > d.tb)) {
          int cut = d.tb;
          while (cut > topic_b &&
                 (t[cut - 1].lower == "the" || t[cut - 1].lower == "in" ||
                  t[cut - 1].lower == "for" || t[cut - 1].lower == "giai" ||
                  t[cut - 1].lower == "đoạn" || t[cut - 1].lower == "period" || !t[cut - 1].word))
            --cut;
          topic_e = cut;
        }
        break;
      }
    }
    if (topic_b >= 0) {
      if (topic_e < 0) topic_e = span_end;
      while (topic_e > topic_b && !t[topic_e - 1].word) --topic_e;
      if (topic_e > topic_b) topic = Join(t, topic_b, topic_e);
    }
    // "an agreement to establish their twin ties": the purpose names it.
    if (topic.empty() && !vi && end + 1 < n && t[end].lower == "to" && t[end + 1].word &&
        !t[end + 1].cap) {
      int e = end + 1;
      while (e < n && e - end < 12 && t[e].word) ++e;
      topic = Join(t, end, e);
    }
    // "cooperation in railway transport under a MoU": the cooperation is the MoU's topic.
    if (topic.empty() && !vi &&
        ((start >= 2 && t[start - 1].lower == "under") ||
         (start >= 3 && t[start - 2].lower == "under"))) {
      int under = t[start - 1].lower == "under" ? start - 1 : start - 2;
      for (int b = under - 1; b >= 0 && b >= under - 16; --b) {
        if (t[b].lower == "cooperation" || t[b].lower == "collaboration" ||
            t[b].lower == "partnership") {
          topic = Join(t, b, under);
          break;
        }
      }
    }
    // Parties: bodies, countries and pair references inside the complement.
    for (const Item& it : s.items) {
      if (it.tb < end || it.tb >= span_end) continue;
      if (it.type == ItemType::kBody || it.type == ItemType::kCountry ||
          it.type == ItemType::kPairBodies || it.type == ItemType::kPairCountries) {
        bool after_between = false;
        for (int b = end; b < it.tb; ++b)
          if (t[b].lower == "between" || t[b].lower == "giữa") after_between = true;
        if (after_between && !it.demonym) {
          for (int e : it.ents) {
            const DocEntity& pe = ents_[e];
            const kb::Body* b = pe.kb_id.empty() ? nullptr : kb_.BodyById(pe.kb_id);
            if (b && b->kind == kb::BodyKind::kGovernment) e = CountryEntity(b->country);
            if (e >= 0) parties.insert(e);
          }
        }
      }
    }
    if (countries_possessive) {
      for (int c : PairCountries()) parties.insert(c);
    }
    // "the Agreement on Vietnam-France Defence Cooperation", "Thỏa thuận ... Việt Nam - Pháp":
    // two states joined by a dash in the name or topic are its parties.
    for (size_t a = 0; a + 1 < s.items.size(); ++a) {
      const Item& x = s.items[a];
      const Item& y = s.items[a + 1];
      if (x.type != ItemType::kCountry || y.type != ItemType::kCountry) continue;
      if (x.tb < start || y.te > span_end + 1 || y.tb - x.te != 1) continue;
      const Token& dash = t[x.te];
      if (dash.word || (dash.fold != "-" && dash.text != "–" && dash.text != "—")) continue;
      parties.insert(x.ents[0]);
      parties.insert(y.ents[0]);
    }
    // A definite reference with nothing new ("under the agreement", "bản thỏa thuận này") is
    // the last agreement of the document.
    bool anaphor = (det == "the" || det == "this" || det == "under" || det == "that" ||
                    (vi && end < n && t[end].lower == "này")) &&
                   topic.empty() && period.empty() && parties.empty() && start == i &&
                   !countries_possessive;
    int ent = -1;
    // The same instrument named twice in one article ("Thỏa thuận hợp tác trong lĩnh vực nông
    // nghiệp" in the headline, "... nông nghiệp Việt Nam – Pháp" in the story, or with a typo in
    // its head): the same kind, the same words once the states are set aside.
    std::string core;
    {
      static const std::vector<std::string_view> kStop = {
          "trong", "về", "on", "of", "the", "and", "và", "in", "giữa", "between", "a", "an",
          "new", "mới", "này", "this", "that"};
      std::set<std::string> words;
      auto add_span = [&](int b, int e2) {
        for (int x = b; x < e2 && x < n; ++x) {
          if (!t[x].word || In(t[x].lower, kStop)) continue;
          bool in_country = false;
          for (const Item& it : s.items)
            if (it.type == ItemType::kCountry && x >= it.tb && x < it.te) in_country = true;
          if (!in_country) words.insert(t[x].fold);
        }
      };
      add_span(vi ? he : start, vi ? end : i);
      if (topic_b >= 0) add_span(topic_b, topic_e);
      core = std::string(head->type) + ":" + period + ":";
      for (const auto& w : words) core += w + " ";
    }
    if (!anaphor) {
      auto same = agreement_by_core_.find(core);
      if (same != agreement_by_core_.end() && (topic_b >= 0 || core.back() != ':')) {
        anaphor = true;
        last_agreement_ = same->second;
      }
    }
    // "the agreement signed by A and B" as the article's first: a new one, not a reference.
    if (anaphor && last_agreement_ < 0 && end < n &&
        (t[end].lower == "signed" || t[end].lower == "was" || t[end].lower == "between"))
      anaphor = false;
    if (anaphor) {
      ent = last_agreement_;
      if (ent < 0) continue;
    } else {
      Entity e;
      e.key = "agr:" + doc_.id + "#" + std::to_string(agreements_++);
      e.kind = "agreement";
      std::string label = type;
      if (!label.empty()) {
        size_t at = 0;
        char32_t c = DecodeUtf8(label, at);
        std::string first;
        AppendUtf8(first, static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
        label = first + label.substr(at);
      }
      if (!topic.empty()) label += (vi || topic.rfind("to ", 0) == 0 ? " " : " on ") + topic;
      if (!period.empty()) {
        std::string p = period;
        std::replace(p.begin(), p.end(), '/', '-');
        label += " (" + p + ")";
      }
      e.label = label;
      e.attrs["type"] = head->type;
      if (!topic.empty()) e.attrs["topic"] = topic;
      if (!period.empty()) e.attrs["period"] = period;
      ent = Intern(std::move(e), "");
      last_agreement_ = ent;
      agreement_by_core_[core] = ent;
    }
    agreement_parties_[ent].insert(parties.begin(), parties.end());
    Item item;
    item.tb = start;
    item.te = std::max(end, he);
    item.type = ItemType::kAgreement;
    item.ents = {ent};
    for (int c = item.tb; c < item.te; ++c) s.covered[c] = true;
    s.items.push_back(item);
    i = item.te - 1;
  }
}

// ============================================================================== relations

std::vector<int> DocExtractor::PersonsOf(const Item& item) const {
  if (item.type == ItemType::kPerson || item.type == ItemType::kPairPersons) return item.ents;
  return {};
}

// The coordinated group of `type` items closest before token `tok` ("A and B").
std::vector<int> DocExtractor::GroupBefore(const SentenceState& s, int tok, ItemType type,
                                           int* start) const {
  const Item* last = nullptr;
  for (const Item& it : s.items) {
    bool match =
        it.type == type || (type == ItemType::kPerson && it.type == ItemType::kPairPersons);
    if (match && it.te <= tok && (!last || it.te > last->te)) last = &it;
  }
  if (!last) return {};
  std::vector<int> out = last->ents;
  *start = last->tb;
  // Extend backwards over "X and Y", "X, Y".
  int b = last->tb;
  while (true) {
    const Item* prev = nullptr;
    for (const Item& it : s.items) {
      bool match =
          it.type == type || (type == ItemType::kPerson && it.type == ItemType::kPairPersons);
      if (match && it.te <= b && (!prev || it.te > prev->te)) prev = &it;
    }
    if (!prev) break;
    bool joined = true;
    for (int k = prev->te; k < b; ++k) {
      const auto& w = s.tokens[k];
      if (!(w.lower == "and" || w.lower == "và" || w.fold == "," || w.lower == "cùng" ||
            w.lower == "with" || w.fold == "'s" || w.lower == "the")) {
        joined = false;
        break;
      }
    }
    if (!joined || prev->te == b) break;
    bool comma = false;
    for (int k = prev->te; k < b; ++k) comma |= s.tokens[k].fold == ",";
    // "in the presence of X and Y, A and B signed": the witnesses stand before a comma.
    if (Blocked(s, prev->tb, 4)) break;
    if (comma) {
      bool witness_group = false;
      for (const Item& it : s.items)
        if (it.te <= prev->te && it.type == prev->type && Blocked(s, it.tb, 4)) witness_group = true;
      if (witness_group) break;
    }
    out.insert(out.end(), prev->ents.begin(), prev->ents.end());
    b = prev->tb;
    *start = b;
  }
  return out;
}

// The coordinated group of `type` items that starts within `max_gap` tokens after `tok`.
std::vector<int> DocExtractor::GroupAfter(const SentenceState& s, int tok, ItemType type,
                                          int max_gap, int* end) const {
  const Item* first = nullptr;
  for (const Item& it : s.items) {
    bool match =
        it.type == type || (type == ItemType::kPerson && it.type == ItemType::kPairPersons);
    if (match && it.tb >= tok && (!first || it.tb < first->tb)) first = &it;
  }
  // A date between the verb and its object ("hosted a reception on June 3 for X") does not count
  // towards the gap.
  int date_tokens = 0;
  auto in_date = [&](int k) {
    for (const auto& d : s.dates)
      if (k >= d.tb && k < d.te) return true;
    return false;
  };
  if (first)
    for (int k = tok; k < first->tb; ++k) date_tokens += in_date(k) ? 1 : 0;
  if (!first || first->tb - tok - date_tokens > max_gap) return {};
  for (int k = tok; k < first->tb; ++k) {
    const auto& w = s.tokens[k];
    if (in_date(k)) continue;
    if ((w.lower == "on" || w.lower == "ngày" || w.lower == "vào") && k + 1 < first->tb &&
        in_date(k + 1))
      continue;
    if (w.lower == "for" && k + 1 == first->tb && date_tokens > 0) continue;
    if (w.fold == ";" || w.fold == "." ||
        (w.word && !w.cap && w.lower != "the" && w.lower != "his" && w.lower != "her" &&
         w.lower != "their" && w.lower != "with" && w.lower != "by" && w.lower != "between" &&
         w.lower != "của" && w.lower != "với" && w.lower != "tới" && w.lower != "đến" &&
         w.lower != "sang" && w.lower != "an" && w.lower != "a" &&
         w.lower != "đoàn" && w.lower != "to" && w.lower != "tại" && w.lower != "nước" &&
         w.lower != "in" && w.lower != "visit" && w.lower != "official" && w.lower != "state" &&
         w.lower != "working" && w.lower != "và" && w.lower != "làm" && w.lower != "việc" &&
         w.lower != "visiting" && w.lower != "xã" && w.lower != "giao" && w.lower != "chính" &&
         w.lower != "thức" && w.lower != "lên" && w.lower != "cho")) {
      return {};
    }
  }
  std::vector<int> out = first->ents;
  int e = first->te;
  while (true) {
    const Item* next = nullptr;
    for (const Item& it : s.items) {
      bool match =
          it.type == type || (type == ItemType::kPerson && it.type == ItemType::kPairPersons);
      if (match && it.tb >= e && (!next || it.tb < next->tb)) next = &it;
    }
    if (!next) break;
    bool joined = next->tb > e;
    for (int k = e; k < next->tb; ++k) {
      const auto& w = s.tokens[k];
      if (!(w.lower == "and" || w.lower == "và" || w.fold == "," || w.lower == "cùng" ||
            (w.lower == "the" && k > e)))  // "A and the B"
        joined = false;
    }
    if (!joined) break;
    out.insert(out.end(), next->ents.begin(), next->ents.end());
    e = next->te;
  }
  *end = e;
  return out;
}

bool DocExtractor::Blocked(const SentenceState& s, int b, int window) const {
  // "to visit", "to sign": an infinitive is a plan or purpose, not a fact.
  if (b > 0 && s.tokens[b - 1].lower == "to") return true;
  for (int k = std::max(0, b - window); k < b; ++k) {
    if (s.tokens[k].lower == "to") continue;
    if (lex_.blocking.AnyEndingBy(s.tokens, k, b)) return true;
  }
  return false;
}

// "X held talks with Y in Hanoi": whoever is not from the country of the city where they met
// (and is not posted there as an ambassador) visited it.
void DocExtractor::VisitsFromPlace(const SentenceState& s, int trigger,
                                   const std::vector<int>& people) {
  const auto& t = s.tokens;
  const Item* city = nullptr;
  int best = 1 << 30;
  for (const Item& it : s.items) {
    if (it.type != ItemType::kCity || it.tb == 0) continue;
    const std::string& prep = t[it.tb - 1].lower;
    if (prep != "in" && prep != "tại" && prep != "at" && prep != "ở") continue;
    int dist = std::abs(it.tb - trigger);
    if (dist < best) {
      best = dist;
      city = &it;
    }
  }
  if (!city || best > 20) return;
  const std::string& country = kb_.cities()[city->city].country;
  int c = CountryEntity(country);
  if (c < 0) return;
  for (int p : people) {
    const DocEntity& d = ents_[p];
    if (d.e.kind != "person" || d.e.country.empty() || d.e.country == country) continue;
    bool ambassador = false;
    for (const Role& r : d.roles) ambassador |= r.key == "ambassador";
    if (ambassador) continue;
    AddFact("visited", p, c, s, trigger);
  }
}

void DocExtractor::SetPair(int a, int b) {
  if (a == b) return;
  pair_a_ = a;
  pair_b_ = b;
}

std::vector<int> DocExtractor::PairPersons() const {
  if (pair_a_ >= 0) return {pair_a_, pair_b_};
  // No meeting yet: the first two people of different countries ("during their talks,
  // the two ministers ..." after "a visit by X at the invitation of Y").
  // The story's protagonists come first: entities are kept in the order they were introduced.
  int a = -1, b = -1;
  for (size_t k = 0; k < ents_.size() && b < 0; ++k) {
    const DocEntity& d = ents_[k];
    if (d.e.kind != "person" || d.e.country.empty()) continue;
    if (a < 0) {
      a = static_cast<int>(k);
    } else if (d.e.country != ents_[a].e.country) {
      b = static_cast<int>(k);
    }
  }
  if (b < 0) return {};
  return {a, b};
}

std::vector<int> DocExtractor::PairBodies() const {
  std::vector<int> out;
  for (int p : PairPersons()) {
    for (const Role& r : ents_[p].roles) {
      if (r.level == kb::TitleLevel::kBody && r.target >= 0 &&
          ents_[r.target].e.kind == "ministry") {
        out.push_back(r.target);
        break;
      }
    }
  }
  return out.size() == 2 && out[0] != out[1] ? out : std::vector<int>{};
}

std::vector<int> DocExtractor::PairCountries() const {
  std::vector<int> out;
  for (int p : PairPersons()) {
    const std::string& c = ents_[p].e.country;
    if (c.empty()) continue;
    auto it = by_key_.find("country:" + c);
    if (it != by_key_.end()) out.push_back(it->second);
  }
  if (out.size() == 2 && out[0] != out[1]) return out;
  // Fallback: the two countries the story names most.
  std::map<int, int> counts;
  for (const auto& s : sentences_) {
    if (s.zone != Zone::kStory && s.zone != Zone::kHeadline) continue;
    for (const Item& it : s.items)
      if (it.type == ItemType::kCountry) counts[it.ents[0]]++;
  }
  std::vector<std::pair<int, int>> v;
  for (auto [c, k] : counts) v.emplace_back(-k, c);
  std::sort(v.begin(), v.end());
  if (v.size() >= 2) return {v[0].second, v[1].second};
  return {};
}

// Where an event happened: "in Hanoi", "tại Hà Nội", "in Paris" — a capitalised place after
// "in"/"at"/"tại" that is not a person, a ministry or an agreement; nearest to the trigger.
std::string DocExtractor::PlaceOf(const SentenceState& s, int trigger) const {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  std::string best;
  int best_dist = 1 << 30;
  for (int k = 0; k + 1 < n; ++k) {
    if (t[k].lower != "in" && t[k].lower != "tại" && t[k].lower != "at") continue;
    int b = k + 1, e = b;
    while (e < n && e - b < 4 && t[e].word && t[e].cap && !t[e].digit) ++e;
    if (e == b || t[b].upper) continue;  // "in IT", "in ASEAN": not places
    bool taken = s.covered[b] && !std::any_of(s.items.begin(), s.items.end(), [&](const Item& it) {
      return (it.type == ItemType::kCountry || it.type == ItemType::kCity) && it.tb == b;
    });
    if (taken || IsTitleAt(t, b)) continue;
    int dist = std::abs(k - trigger);
    std::string name = Join(t, b, e);
    for (const Item& it : s.items)
      if (it.type == ItemType::kCity && it.tb == b) name = kb_.cities()[it.city].en;
    if (dist < best_dist) {
      best_dist = dist;
      best = name;
    }
  }
  return best;
}

void DocExtractor::AddFact(const std::string& kind, int source, int target, const SentenceState& s,
                           int trigger, const std::string& role) {
  if (source < 0 || target < 0 || source == target) return;
  RawFact f;
  f.fact.kind = kind;
  f.fact.role = role;
  if (trigger >= 0 && (kind == "met" || kind == "signed")) f.fact.place = PlaceOf(s, trigger);
  f.source = source;
  f.target = target;
  f.sentence = s.index;
  f.trigger = trigger;
  facts_.push_back(std::move(f));
}

void DocExtractor::FindRelations(SentenceState& s) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    int payload = -1;
    int te = lex_.triggers(doc_.lang).Longest(t, i, &payload);
    if (te < 0) continue;
    const grammar::Trigger* trig = &lex_.grammar.triggers[payload];
    bool inside_item = false;
    for (const Item& it : s.items)
      if (i >= it.tb && i < it.te && it.type != ItemType::kAgreement) inside_item = true;
    if (inside_item) continue;
    if (Blocked(s, i, trig->rel == Rel::kVisited ? 10 : 4)) {
      i = te - 1;
      continue;
    }
    int sb = -1, oe = -1;
    switch (trig->rel) {
      case Rel::kMet: {
        auto subj = GroupBefore(s, i, ItemType::kPerson, &sb);
        auto obj = GroupAfter(s, te, ItemType::kPerson, 4, &oe);
        bool between = te > 0 && (t[te - 1].lower == "between" || t[te - 1].lower == "giữa");
        if (between && obj.size() >= 2) {  // "talks between X and Y"
          for (size_t a = 0; a < obj.size(); ++a)
            for (size_t b = a + 1; b < obj.size(); ++b) AddFact("met", obj[a], obj[b], s, i);
          SetPair(obj[0], obj[1]);
          break;
        }
        // A fronted frame: "During talks with Y, X said", "Receiving X, Y stressed".
        if (subj.empty() && !obj.empty() && oe > 0) {
          int k = oe;
          while (k < n && k - oe < 15 && t[k].fold != "," && t[k].fold != ";") ++k;
          int se = -1;
          if (k < n && t[k].fold == ",") subj = GroupAfter(s, k + 1, ItemType::kPerson, 2, &se);
        }
        // "at their meeting", "their talks": the two people just named.
        if (subj.size() <= 1 && obj.empty() && i > 0 &&
            (t[i].lower == "their" || t[i - 1].lower == "their")) {
          std::vector<int> people;
          for (const Item& it : s.items) {
            if (it.type != ItemType::kPerson || it.te > i) continue;
            if (std::find(people.begin(), people.end(), it.ents[0]) == people.end())
              people.push_back(it.ents[0]);
          }
          if (people.size() < 2) people = PairPersons();
          if (people.size() >= 2) {
            AddFact("met", people[people.size() - 2], people.back(), s, i);
            SetPair(people[people.size() - 2], people.back());
          }
          break;
        }
        if (!obj.empty() && !subj.empty()) {
          for (int a : subj)
            for (int b : obj) AddFact("met", a, b, s, i);
          SetPair(subj.front(), obj.front());
          std::vector<int> all = subj;
          all.insert(all.end(), obj.begin(), obj.end());
          VisitsFromPlace(s, i, all);
        } else if (trig->mutual && subj.size() >= 2) {
          for (size_t a = 0; a < subj.size(); ++a)
            for (size_t b = a + 1; b < subj.size(); ++b) AddFact("met", subj[a], subj[b], s, i);
          SetPair(subj[0], subj[1]);
          VisitsFromPlace(s, i, subj);
        } else if (trig->mutual && subj.empty() && obj.size() >= 2) {
          for (size_t a = 0; a < obj.size(); ++a)
            for (size_t b = a + 1; b < obj.size(); ++b) AddFact("met", obj[a], obj[b], s, i);
          SetPair(obj[0], obj[1]);
        }
        break;
      }
      case Rel::kSigned: {
        std::vector<int> signers;
        int agreement = -1;
        int pe = -1;
        // Passive: "an MoU signed between A and B", "signed by A and B".
        if (te < n && (t[te].lower == "between" || t[te].lower == "by" || t[te].lower == "giữa")) {
          signers = GroupAfter(s, te, ItemType::kPerson, 2, &pe);
          int ab = -1;
          auto a = GroupBefore(s, i, ItemType::kAgreement, &ab);
          if (!a.empty()) agreement = a.back();
        } else if (i > 0 && (t[i - 1].lower == "was" || t[i - 1].lower == "were" ||
                             t[i - 1].lower == "been" || t[i - 1].lower == "được")) {
          // "... that was signed in Hanoi in 2022": no agent named; whoever is the subject of
          // the sentence did not sign it.
          int ab = -1;
          auto before = GroupBefore(s, i, ItemType::kAgreement, &ab);
          if (!before.empty()) agreement = before.back();
        } else {
          signers = GroupBefore(s, i, ItemType::kPerson, &sb);
          auto a = GroupAfter(s, te, ItemType::kAgreement, 6, &pe);
          if (!a.empty()) {
            agreement = a.front();
          } else {
            int ab = -1;
            auto before = GroupBefore(s, i, ItemType::kAgreement, &ab);
            if (!before.empty() && i - ab < 12) agreement = before.back();
          }
        }
        if (agreement < 0) break;
        // "... signed the agreement with Y": Y signed it too.
        for (const Item& it : s.items) {
          if (it.type != ItemType::kPerson || it.tb < te || it.tb > te + 20) continue;
          if (it.tb > 0 && (t[it.tb - 1].lower == "with" || t[it.tb - 1].lower == "với") &&
              !signers.empty()) {
            signers.insert(signers.end(), it.ents.begin(), it.ents.end());
            break;
          }
        }
        for (int p : signers) {
          AddFact("signed", p, agreement, s, i);
          agreement_signers_[agreement].push_back(p);
        }
        // Bodies or states that sign: "the two ministries signed", "Vietnam and Japan signed",
        // "signed between Ministry A and Ministry B".
        if (signers.empty()) {
          int gb = -1, ge = -1;
          bool passive =
              te < n && (t[te].lower == "between" || t[te].lower == "by" || t[te].lower == "giữa");
          // Ministries first; states only when no ministry signs.
          bool found = false;
          for (ItemType type : {ItemType::kBody, ItemType::kPairBodies, ItemType::kCountry,
                                ItemType::kPairCountries}) {
            if (found && (type == ItemType::kCountry || type == ItemType::kPairCountries)) break;
            gb = ge = -1;
            auto parties = passive ? GroupAfter(s, te, type, 2, &ge) : GroupBefore(s, i, type, &gb);
            if (!passive && gb >= 0 && i - gb > 24) parties.clear();  // from the group's start
            for (int p : parties) agreement_parties_[agreement].insert(p);
            found = found || !parties.empty();
          }
          // "the MoF signed loan agreements with AFD", "Bộ Tài chính đã cùng với AFD ký kết":
          // the body after "with" signs too.
          if (found) {
            for (const Item& it : s.items) {
              if (it.type != ItemType::kBody || it.tb == 0 || it.tb > te + 20) continue;
              const std::string& before = t[it.tb - 1].lower;
              if ((before == "with" || before == "với") && (it.tb > te || it.tb < i))
                for (int p : it.ents) agreement_parties_[agreement].insert(p);
            }
          }
          // Remember the date of a signing without signatories.
          if (agreement_sign_sentence_.count(agreement) == 0)
            agreement_sign_sentence_[agreement] = {s.index, i};
        }
        break;
      }
      case Rel::kVisited: {
        int ce = -1;
        // A one-word verb ("thăm") names a visit only with its destination right after it.
        const int gap = te - i == 1 && trig->phrase.find(' ') == std::string_view::npos &&
                                doc_.lang == "vi"
                            ? 0
                            : 5;
        auto dest = GroupAfter(s, te, ItemType::kCountry, gap, &ce);
        if (dest.empty()) {  // "a visit to Paris", "arrived in Tokyo": the city's country
          for (const Item& it : s.items) {
            if (it.type != ItemType::kCity || it.tb < te || it.tb - te > gap) continue;
            int c = CountryEntity(kb_.cities()[it.city].country);
            if (c >= 0) dest = {c};
            ce = it.te;
            break;
          }
        }
        if (dest.empty()) break;
        int visitor = -1;
        std::vector<int> visitors;  // a group subject: "They are visiting Vietnam"
        // "visit to France by X", "chuyến thăm ... của X"
        for (const Item& it : s.items) {
          if (it.type != ItemType::kPerson || it.tb < te) continue;
          if (it.tb > 0 && (t[it.tb - 1].lower == "by" || t[it.tb - 1].lower == "của") &&
              it.tb - te < 6) {
            visitor = it.ents[0];
            break;
          }
        }
        if (visitor < 0 && trig->noun) {
          // "X's official visit", "X's trip ... and an official visit".
          const Item* poss = nullptr;
          for (const Item& it : s.items)
            if (it.type == ItemType::kPerson && it.possessive && it.te <= i) poss = &it;
          if (poss) visitor = poss->ents[0];
        }
        if (visitor < 0) {
          auto subj = GroupBefore(s, i, ItemType::kPerson, &sb);
          // The group is listed nearest-first: the person right before the visit.
          if (!subj.empty()) visitor = subj.front();
          // "A and B are visiting X", "They are visiting X": each of them, when the group is
          // the subject right before the verb.
          if (subj.size() >= 2 && i - sb <= 12) visitors = subj;
        }
        // "During his official visit to Japan, X met ...": the visitor follows the frame.
        // Dates and adverbials may stand between ("Trong khuôn khổ chuyến thăm ... tới Hàn
        // Quốc, trưa 11/8, Tổng Bí thư Tô Lâm ..."): the first person after a comma, close by.
        if (visitor < 0 && ce > 0) {
          for (const Item& it : s.items) {
            if (it.type != ItemType::kPerson || it.tb < ce) continue;
            if (it.tb - ce > 25) break;
            int last_comma = -1;
            for (int k = ce; k < it.tb; ++k)
              if (t[k].fold == ",") last_comma = k;
            if (last_comma >= 0 && it.tb - last_comma <= 3) visitor = it.ents[0];
            break;
          }
        }
        // An upcoming visit is a plan: "chuyến thăm (Nhật Bản) sắp tới", "upcoming visit".
        bool upcoming = false;
        for (int k = te; k < std::min(n, ce + 2); ++k)
          if (t[k].lower == "sắp") upcoming = true;
        if (upcoming) break;
        // An invitation conveyed earlier in the sentence: "chuyển lời mời ... sang thăm".
        bool invited = false;
        for (int k = 0; k < i; ++k)
          if (t[k].lower == "mời" || t[k].lower == "invitation" || t[k].lower == "invited")
            invited = true;
        if (invited) break;
        if (visitor < 0) break;
        if (visitors.empty()) visitors = {visitor};
        for (int v : visitors)
          for (int c : dest) {
            if (ents_[v].e.country == ents_[c].e.country) continue;
            AddFact("visited", v, c, s, i);
          }
        break;
      }
    }
    i = te - 1;
  }
  // "received visiting Japanese Prime Minister X": a visit to the host's country.
  for (const Item& it : s.items) {
    if (it.type != ItemType::kPerson || it.tb == 0) continue;
    int k = it.tb - 1;
    if (t[k].lower != "visiting") continue;
    int sb2 = -1;
    auto host = GroupBefore(s, k, ItemType::kPerson, &sb2);
    if (host.empty()) continue;
    const std::string& c = ents_[host.front()].e.country;
    if (c.empty() || c == ents_[it.ents[0]].e.country) continue;
    AddFact("visited", it.ents[0], CountryEntity(c), s, k);
  }
}

// ============================================================================== dates

const DateMention* DocExtractor::DateFor(const SentenceState& s, int trigger) const {
  const DateMention* best = nullptr;
  int best_dist = 1 << 30;
  for (const auto& d : s.dates) {
    if (d.kind == DateKind::kPeriod || d.kind == DateKind::kBackground) continue;
    if (BackgroundYear(s, d) || YearAhead(s, d)) continue;
    int dist = d.tb >= trigger ? d.tb - trigger : trigger - d.te + 1;
    if (d.kind == DateKind::kYear) dist += 20;  // a bare year is weak evidence
    if (dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  return best;
}

std::vector<int> DocExtractor::CandidateYears(const Fact& f, const std::vector<int>& people,
                                              int weekday) const {
  const PartialDate& d = f.date.start;
  std::vector<int> years;
  if (!d.month) return years;
  bool constrained = false;
  std::vector<std::vector<const kb::Position*>> positions_of(people.size());
  for (size_t k = 0; k < people.size(); ++k) {
    const DocEntity& pe = ents_[people[k]];
    if (!pe.kb_id.empty() && !pe.roles.empty()) positions_of[k] = kb_.PositionsOf(pe.kb_id);
  }
  for (int y = 1990; y <= lex_.max_year; ++y) {
    PartialDate at{y, d.month, d.day ? d.day : 1, false};
    if (at.day > DaysInMonth(y, at.month)) continue;
    if (weekday && d.day && dates::Weekday(at) != weekday) continue;  // "Thursday, March 12"
    bool ok = true;
    for (size_t k = 0; k < people.size(); ++k) {
      const DocEntity& pe = ents_[people[k]];
      if (pe.kb_id.empty() || pe.roles.empty()) continue;
      const auto& positions = positions_of[k];
      bool any_role_known = false, held = true;
      for (const Role& r : pe.roles) {
        bool role_known = false, role_held = false;
        for (const auto* pos : positions) {
          bool same_role = pos->role == r.key || (!r.body_kb.empty() && pos->body == r.body_kb);
          if (!same_role) continue;
          if (!r.body_kb.empty() && !pos->body.empty() && pos->body != r.body_kb) {
            // Same role in another body (a minister moved): check the body's lineage loosely.
            const kb::Body* b = kb_.BodyById(r.body_kb);
            bool lineage =
                b && (std::count(b->predecessors.begin(), b->predecessors.end(), pos->body) ||
                      std::count(b->successors.begin(), b->successors.end(), pos->body));
            if (!lineage) continue;
          }
          role_known = true;
          if (DateWithin(at, pos->from, pos->to)) role_held = true;
        }
        // Every post the article gives a person must have been held that day ("General
        // Secretary and State President To Lam": both at once only in 2024).
        if (role_known) {
          any_role_known = true;
          held = held && role_held;
        }
      }
      if (any_role_known) {
        constrained = true;
        if (!held) ok = false;
      }
    }
    if (ok) years.push_back(y);
  }
  if (!constrained) return {};
  // An open tenure ("in office" at the knowledge base's last date) says nothing of the years
  // after it: prefer the years the KB still covers when there are any.
  std::vector<int> covered;
  for (int y : years)
    if (y < lex_.max_year) covered.push_back(y);
  if (!covered.empty()) return covered;
  return years;
}

void DocExtractor::DateFacts() {
  // Explicit years for a day named elsewhere in the article ("October 4, 2024" ... "October 4").
  std::map<std::pair<int, int>, int> explicit_days;
  PartialDate dateline;
  for (const auto& s : sentences_) {
    // Only the story's own sentences: a related headline's year belongs to that headline.
    if (s.zone == Zone::kRelated || s.zone == Zone::kBoilerplate) continue;
    for (const auto& d : s.dates) {
      if (d.kind != DateKind::kPoint && d.kind != DateKind::kInterval) continue;
      if (d.value.start.year && d.value.start.day) {
        explicit_days[{d.value.start.month, d.value.start.day}] = d.value.start.year;
      }
    }
    if (!dateline.has_year() && s.index <= 3)
      if (const DateMention* d = PageDate(s)) dateline = d->value.start;
  }
  PartialDate reference = doc_.published.has_year() ? doc_.published : dateline;
  DateSource reference_source =
      doc_.published.has_year() ? DateSource::kMetadata : DateSource::kDateline;

  // The story's main event date: the first dated meeting or signing of the story.
  DateRange main;
  bool main_set = false;
  std::vector<int> people_of_story;
  for (auto& rf : facts_) {
    const SentenceState& s = sentences_[rf.sentence];
    Fact& f = rf.fact;
    if (f.kind == "part_of") continue;
    const DateMention* d = rf.trigger >= 0 ? DateFor(s, rf.trigger) : nullptr;
    if (d && f.kind == "party_to" && d->kind != DateKind::kPoint) d = nullptr;
    if (d && d->kind != DateKind::kRecent && d->kind != DateKind::kRelative) {
      f.date = d->value;
      f.date_source = DateSource::kText;
      rf.weekday = d->weekday;
    } else if (d && d->kind == DateKind::kRelative && d->weekday && reference.day) {
      // "on Sunday", "chiều thứ Sáu": the nearest such weekday on or before the page date.
      int back = (dates::Weekday(reference) - d->weekday + 7) % 7;
      f.date.start = dates::AddDays(reference, -back);
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRelative && d->has_day_offset && reference.day) {
      f.date.start = dates::AddDays(reference, d->relative_days);  // "yesterday", "hôm qua"
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRelative && !d->has_day_offset && reference.has_year()) {
      f.date.start = PartialDate{reference.year + d->relative_years, 0, 0, false};
      f.date_source = reference_source;
    } else if (d && d->kind == DateKind::kRecent && reference.has_year()) {
      f.date.start = PartialDate{reference.year, reference.month, 0, false};
      f.date_source = reference_source;
    }
    bool story = s.zone == Zone::kStory || s.zone == Zone::kHeadline || s.zone == Zone::kCaption;
    if (!main_set && story && !f.date.empty() && (f.kind == "met" || f.kind == "signed")) {
      main = f.date;
      main_set = true;
    }
  }
  if (!main_set) {
    for (auto& rf : facts_) {
      const SentenceState& s = sentences_[rf.sentence];
      if (rf.fact.kind == "visited" && !rf.fact.date.empty() &&
          (s.zone == Zone::kStory || s.zone == Zone::kHeadline)) {
        main = rf.fact.date;
        main_set = true;
        break;
      }
    }
  }
  // No dated meeting, signing or visit: the story's first full date ("On April 09th, 2019, the
  // Signing Ceremony ... was held"), else the page date; a fact of the story is never undated.
  if (!main_set) {
    for (const auto& st : sentences_) {
      if (main_set || (st.zone != Zone::kStory && st.zone != Zone::kHeadline)) continue;
      if (PageDate(st) && st.index <= 3) continue;
      for (const auto& d : st.dates) {
        if ((d.kind == DateKind::kPoint || d.kind == DateKind::kInterval) && d.value.start.day &&
            (!d.value.start.year || d.value.start.year >= 1990)) {
          main = d.value;
          main_set = true;
          break;
        }
      }
    }
  }
  if (!main_set && reference.day) {
    main.start = reference;
    main_set = true;
  }
  for (auto& rf : facts_) {
    const SentenceState& s = sentences_[rf.sentence];
    Fact& f = rf.fact;
    bool story = s.zone == Zone::kStory || s.zone == Zone::kHeadline || s.zone == Zone::kCaption;
    if (f.date.empty() && story && main_set &&
        (f.kind == "met" || f.kind == "signed" || f.kind == "visited" ||
         f.kind == "holds_position")) {
      f.date = main;
      f.date_source = DateSource::kStoryEvent;
    }
    // "recently signed" on an undated page: shortly before the page was written, which the
    // story's own event dates best (its month).
    if (f.date.empty() && main_set && rf.trigger >= 0 && s.zone != Zone::kBoilerplate &&
        (f.kind == "met" || f.kind == "signed" || f.kind == "visited")) {
      const DateMention* d = DateFor(s, rf.trigger);
      if (d && d->kind == DateKind::kRecent && main.start.month) {
        f.date = {};
        f.date.start = PartialDate{main.start.year, main.start.month, 0, false};
        f.date_source = DateSource::kStoryEvent;
      }
    }
    if (f.kind == "holds_position" && f.date.empty() && s.zone == Zone::kRelated) continue;
    // Years: metadata or dateline, then the same day with an explicit year.
    for (PartialDate* p : {&f.date.start, &f.date.end}) {
      if (p->empty() || p->year) continue;
      if (reference.has_year()) {
        p->year = dates::YearBefore(*p, reference);
        if (f.date_source == DateSource::kText) f.date_source = reference_source;
      } else if (auto it = explicit_days.find({p->month, p->day});
                 it != explicit_days.end() && p->day) {
        p->year = it->second;
        if (f.date_source == DateSource::kText) f.date_source = DateSource::kExplicitYear;
      }
    }
    if (!f.date.end.empty() && !f.date.end.year && f.date.start.year) {
      f.date.end.year = f.date.start.year + (f.date.end.month < f.date.start.month ? 1 : 0);
    }
  }
  // Candidate years from office tenures: per fact, then intersected over the story.
  std::vector<int> story_years;
  bool story_any = false;
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    if (f.date.empty() || f.date.start.year || f.kind == "part_of") continue;
    std::vector<int> people;
    for (int e : {rf.source, rf.target})
      if (ents_[e].e.kind == "person") people.push_back(e);
    for (int signer : agreement_signers_[rf.target]) people.push_back(signer);
    f.candidate_years = CandidateYears(f, people, rf.weekday);
    const SentenceState& s = sentences_[rf.sentence];
    bool story = s.zone == Zone::kStory || s.zone == Zone::kHeadline || s.zone == Zone::kCaption;
    if (story && !f.candidate_years.empty() && f.date_source != DateSource::kNone) {
      if (!story_any) {
        story_years = f.candidate_years;
        story_any = true;
      } else {
        std::vector<int> both;
        std::set_intersection(story_years.begin(), story_years.end(), f.candidate_years.begin(),
                              f.candidate_years.end(), std::back_inserter(both));
        if (!both.empty()) story_years = both;
      }
    }
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& s = sentences_[rf.sentence];
    bool story = s.zone == Zone::kStory || s.zone == Zone::kHeadline || s.zone == Zone::kCaption;
    if (f.date.empty() || f.date.start.year || f.kind == "part_of") continue;
    if (story && story_any) f.candidate_years = story_years;
  }
  // Explicit years in the story ("In 2022, ...", "April 2023"): when exactly one of them is a
  // year the tenures allow, it is the year. Years the tenures rule out ("set up in 2013") are
  // background and change nothing.
  std::set<int> story_explicit;
  int story_before = 0;  // a year the story looks forward to: its events come before it
  for (const auto& st : sentences_) {
    if (st.zone != Zone::kStory && st.zone != Zone::kHeadline) continue;
    for (const auto& d : st.dates) {
      if ((d.kind != DateKind::kYear && d.kind != DateKind::kPoint) || !d.value.start.year)
        continue;
      bool background = BackgroundYear(st, d);
      bool future = YearAhead(st, d);
      if (future) {
        story_before = story_before ? std::min(story_before, d.value.start.year)
                                    : d.value.start.year;
      } else if (!background) {
        story_explicit.insert(d.value.start.year);
      }
    }
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& st = sentences_[rf.sentence];
    if (f.date.empty() || f.date.start.year || f.candidate_years.empty() ||
        (st.zone != Zone::kStory && st.zone != Zone::kHeadline && st.zone != Zone::kCaption))
      continue;
    std::vector<int> fit;
    for (int y : f.candidate_years)
      if (story_explicit.count(y) && (!story_before || y < story_before)) fit.push_back(y);
    if (fit.empty() && story_before) {
      for (int y : f.candidate_years)
        if (y < story_before) fit.push_back(y);
    }
    if (fit.size() != 1) continue;
    f.date.start.year = fit[0];
    if (!f.date.end.empty() && !f.date.end.year)
      f.date.end.year = fit[0] + (f.date.end.month < f.date.start.month ? 1 : 0);
    f.date_source = DateSource::kExplicitYear;
  }
  // No office-holder the KB knows constrains the year ("Ngày 15/3, Bộ Tài chính và AFD đã ký
  // ...; trước đó, ngày 29/12/2023, ..."): the year that puts the day nearest to a full date the
  // story writes out, within half a year; inferred, so marked uncertain.
  auto day_number = [](int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
  };
  std::vector<PartialDate> story_days;
  for (const auto& st : sentences_) {
    if (st.zone != Zone::kStory && st.zone != Zone::kHeadline) continue;
    for (const auto& d : st.dates)
      if ((d.kind == DateKind::kPoint || d.kind == DateKind::kInterval) && d.value.start.year &&
          d.value.start.day)
        story_days.push_back(d.value.start);
  }
  for (auto& rf : facts_) {
    Fact& f = rf.fact;
    const SentenceState& st = sentences_[rf.sentence];
    if (f.date.empty() || f.date.start.year || !f.candidate_years.empty() || !f.date.start.month ||
        (st.zone != Zone::kStory && st.zone != Zone::kHeadline && st.zone != Zone::kCaption))
      continue;
    int best_year = 0, best_gap = 183;
    for (const PartialDate& e : story_days) {
      for (int y = e.year - 1; y <= e.year + 1; ++y) {
        int d = f.date.start.day ? f.date.start.day : 15;
        if (d > DaysInMonth(y, f.date.start.month)) continue;
        int gap = std::abs(day_number(y, f.date.start.month, d) - day_number(e.year, e.month, e.day));
        if (gap < best_gap) {
          best_gap = gap;
          best_year = y;
        }
      }
    }
    if (!best_year) continue;
    f.date.start.year = best_year;
    f.date.start.uncertain = true;
    if (!f.date.end.empty() && !f.date.end.year) {
      f.date.end.year = best_year + (f.date.end.month < f.date.start.month ? 1 : 0);
      f.date.end.uncertain = true;
    }
    f.date_source = DateSource::kExplicitYear;
  }
}

// A page or update date near the top ("Monday, November 20,2023", "Thứ tư, 18/11/2009 17:08",
// "(Ngày đăng tin: 20/12/2023,12:16:37)", "Update: 14/07/2016", "May 05, 2024 - 15:46"): a line
// that is a full date with its year and otherwise only weekdays, times and page labels.
const DateMention* DocExtractor::PageDate(const SentenceState& s) const {
  static const std::vector<std::string_view> kLabels = {
      "ngày", "đăng", "tin",   "cập",     "nhật",     "update",   "updated", "posted",
      "published", "date", "modify", "modified", "thứ", "chủ",   "gmt",     "am",
      "pm",   "sa",   "ch",    "lúc",     "at",       "last",     "on",      "time"};
  for (const auto& d : s.dates) {
    if ((d.kind != DateKind::kPoint && d.kind != DateKind::kInterval) || !d.value.start.year ||
        !d.value.start.day)
      continue;
    int words = 0, other = 0;
    for (int k = 0; k < static_cast<int>(s.tokens.size()); ++k) {
      const Token& tk = s.tokens[k];
      if (!tk.word) continue;
      ++words;
      if (k >= d.tb && k < d.te) continue;
      if (tk.digit || In(tk.lower, kLabels) || grammar_.IsWeekdayWord(tk, doc_.lang)) continue;
      ++other;
    }
    if (other <= 1 || d.te - d.tb >= words / 2) return &d;
  }
  return nullptr;
}

// "towards the 50th anniversary of their relations in 2023", "established in 1992", "by 2030",
// "từ năm 1993": a year of the story's background, not of its events.
bool DocExtractor::BackgroundYear(const SentenceState& st, const DateMention& d) const {
  if (d.kind != DateKind::kYear && !(d.kind == DateKind::kPoint && !d.value.start.day))
    return false;
  static const std::vector<std::string_view> kCues = {
      "anniversary", "towards", "toward", "by", "until", "since", "established", "founded",
      "niệm", "hướng", "thành", "lập"};
  for (int k = std::max(0, d.tb - 8); k < d.tb; ++k)
    if (In(st.tokens[k].lower, kCues)) return true;
  return d.kind == DateKind::kYear && d.tb > 0 &&
         (st.tokens[d.tb - 1].lower == "từ" || st.tokens[d.tb - 1].lower == "đến");
}

// "towards the 50th anniversary of their diplomatic relations in 2023", "ahead of the 2025
// summit", "hướng tới ... năm 2023": the story happens before that year.
bool DocExtractor::YearAhead(const SentenceState& st, const DateMention& d) const {
  if (d.kind != DateKind::kYear) return false;
  static const std::vector<std::string_view> kAhead = {"towards", "toward", "ahead",
                                                       "upcoming", "hướng", "sắp"};
  for (int k = std::max(0, d.tb - 12); k < d.tb; ++k)
    if (In(st.tokens[k].lower, kAhead)) return true;
  return false;
}

// ============================================================================== driver

// BILAT_DEBUG=1 prints each sentence with its mentions and dates to stderr (development aid).
void DocExtractor::Trace(const SentenceState& s) const {
  static const char* kTypes[] = {"PER",    "CTRY",   "BODY",   "AGR",
                                 "PAIR-P", "PAIR-B", "PAIR-C", "CITY"};
  std::string line = "[" + doc_.id + " #" + std::to_string(s.index) + " " +
                     std::string(ZoneName(s.zone)) + "] " +
                     std::string(doc_.SentenceText(s.index)) + "\n";
  if (std::string(std::getenv("BILAT_DEBUG")) == "2") {
    line += "    TOKENS";
    for (const auto& tk : s.tokens) line += " [" + tk.text + "]";
    line += "\n";
  }
  for (const Item& it : s.items) {
    line += "    " + std::string(kTypes[static_cast<int>(it.type)]) + " '" +
            Join(s.tokens, it.tb, it.te) + "' ->";
    for (int e : it.ents) line += " " + ents_[e].e.key;
    line += "\n";
  }
  for (const auto& d : s.dates)
    line += "    DATE '" + Join(s.tokens, d.tb, d.te) + "' = " + d.value.ToEdtf() + " kind " +
            std::to_string(static_cast<int>(d.kind)) + "\n";
  for (const auto& f : facts_)
    if (f.sentence == s.index)
      line += "    FACT " + f.fact.kind + " " + ents_[f.source].e.label + " -> " +
              ents_[f.target].e.label + (f.fact.role.empty() ? "" : " (" + f.fact.role + ")") +
              "\n";
  std::fputs(line.c_str(), stderr);
}

DocumentFacts DocExtractor::Run() {
  DocumentFacts out;
  out.doc = doc_.id;
  out.origin = doc_.origin;
  out.lang = doc_.lang;
  out.published = doc_.published;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& sent = doc_.sentences[si];
    SentenceState s;
    s.index = static_cast<int>(si);
    s.zone = sent.zone;
    sentences_.push_back(std::move(s));
    SentenceState& st = sentences_.back();
    if (sent.zone == Zone::kBoilerplate) continue;
    if (sent.zone == Zone::kRelated && !options_.related_blocks) continue;
    if (sent.zone == Zone::kCaption && !options_.captions) continue;
    st.tokens = text::Tokenize(doc_.text, sent.begin, sent.end, &lex::Lexicon::Known, &lex_);
    st.covered.assign(st.tokens.size(), false);
    st.dates = grammar_.Find(st.tokens, doc_.lang);
    for (const auto& d : st.dates)
      for (int k = d.tb; k < d.te; ++k) st.covered[k] = true;
    if (!early_reference_.has_year() && st.index <= 3) {
      if (const DateMention* d = PageDate(st)) early_reference_ = d->value.start;
    }
    ReserveGeographicFeatures(st);
    FindInstruments(st);
    ReserveAgreementHeads(st);
    FindPeopleWithTitles(st);
    FindKbNames(st);
    FindVietnameseNames(st);
    FindShortReferences(st);
    FindPronouns(st);
    FindAppositions(st);
    FindDocAbbreviations(st);
    FindMinistries(st);
    FindPairReferences(st);
    for (int k : st.reserved) st.covered[k] = false;
    FindAgreements(st);
    std::sort(st.items.begin(), st.items.end(),
              [](const Item& a, const Item& b) { return a.tb < b.tb; });
    FindRelations(st);
    // The subject of this sentence, for a pronoun opening the next one.
    for (const Item& it : st.items) {
      if (it.type == ItemType::kPerson && (sent.zone == Zone::kStory || sent.zone == Zone::kHeadline)) {
        last_subject_ = it.ents[0];
        break;
      }
    }
    if (debug_) Trace(st);
  }
  // Parties of each agreement: those named with it, and the signatories' ministries (or their
  // countries, for state-level signatories).
  for (auto& [agreement, signers] : agreement_signers_) {
    for (int p : signers) {
      for (const Role& r : ents_[p].roles) {
        if (r.target < 0) continue;
        if (r.level == kb::TitleLevel::kBody && ents_[r.target].e.kind == "ministry") {
          agreement_parties_[agreement].insert(r.target);
          break;
        }
        if (r.level == kb::TitleLevel::kState) {
          agreement_parties_[agreement].insert(r.target);
          break;
        }
      }
    }
  }
  // party_to facts. Agreements signed by people take the date of that signing (copied after
  // dating); the others are anchored to the word "signed" in their own sentence, if any, and
  // dated like every other fact.
  auto signing_of = [&](int agreement) -> const RawFact* {
    for (const auto& rf : facts_)
      if (rf.fact.kind == "signed" && rf.target == agreement) return &rf;
    return nullptr;
  };
  for (auto& [agreement, parties] : agreement_parties_) {
    if (signing_of(agreement)) continue;
    int sentence = -1, trigger = -1;
    if (auto ss = agreement_sign_sentence_.find(agreement); ss != agreement_sign_sentence_.end()) {
      sentence = ss->second.first;
      trigger = ss->second.second;
    } else {
      for (const auto& st : sentences_)
        for (const Item& it : st.items)
          if (sentence < 0 && it.type == ItemType::kAgreement && it.ents[0] == agreement)
            sentence = st.index;
      if (sentence < 0) continue;
      const auto& tk = sentences_[sentence].tokens;
      for (int k = 0; k < static_cast<int>(tk.size()) && trigger < 0; ++k)
        if (tk[k].lower == "signed" || tk[k].lower == "ký") trigger = k;
    }
    for (int p : parties) {
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = agreement;
      f.sentence = sentence;
      f.trigger = trigger;
      facts_.push_back(std::move(f));
    }
  }
  DateFacts();
  // Named instruments: their states parties, dated by the gazetteer's signing day.
  for (auto& [instrument, parties] : instrument_parties_) {
    int sentence = -1;
    for (const auto& st : sentences_)
      for (const Item& it : st.items)
        if (sentence < 0 && it.type == ItemType::kAgreement && it.ents[0] == instrument)
          sentence = st.index;
    const auto* in = kb_.InstrumentById(ents_[instrument].e.key.substr(11));
    for (int p : parties) {
      if (auto ap = agreement_parties_.find(instrument);
          ap != agreement_parties_.end() && ap->second.count(p))
        continue;
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = instrument;
      f.sentence = sentence;
      f.trigger = -1;
      if (in && !in->signed_on.empty()) {
        f.fact.date.start = in->signed_on;
        f.fact.date_source = DateSource::kKnowledgeBase;
      }
      facts_.push_back(std::move(f));
    }
  }
  for (auto& [agreement, parties] : agreement_parties_) {
    const RawFact* signing = signing_of(agreement);
    if (!signing) continue;
    RawFact sig = *signing;
    for (int p : parties) {
      RawFact f;
      f.fact.kind = "party_to";
      f.source = p;
      f.target = agreement;
      f.fact.date = sig.fact.date;
      f.fact.date_source = sig.fact.date_source;
      f.fact.candidate_years = sig.fact.candidate_years;
      f.sentence = sig.sentence;
      f.trigger = -1;
      facts_.push_back(std::move(f));
    }
    // Record the signing date on the agreement itself.
    if (!sig.fact.date.empty()) ents_[agreement].e.attrs["signed_on"] = sig.fact.date.ToEdtf();
  }
  // One article, one fact: a year- or month-only report of a fact that the article also dates
  // to the day, or a day inside the span of a visit it also reports, is the same fact.
  {
    auto refines = [](const DateRange& fine, const DateRange& coarse) {
      const PartialDate& a = fine.start;
      const PartialDate& b = coarse.start;
      if (coarse.end.empty() && (!b.day || !b.month) && a.year == b.year &&
          (!b.month || a.month == b.month) && (a.day > 0 || (!b.month && a.month)))
        return true;
      return false;  // more specific dates are different facts
    };
    auto within = [](const DateRange& span, const DateRange& day) {
      if (span.end.empty() || !day.end.empty() || !day.start.day) return false;
      auto key = [](const PartialDate& d) { return d.year * 10000 + d.month * 100 + d.day; };
      return span.start.year && span.end.year && day.start.year && key(span.start) <= key(day.start) &&
             key(day.start) <= key(span.end);
    };
    std::vector<bool> drop(facts_.size(), false);
    for (size_t a = 0; a < facts_.size(); ++a) {
      for (size_t b = 0; b < facts_.size(); ++b) {
        if (a == b || drop[b]) continue;
        const RawFact& x = facts_[a];
        const RawFact& y = facts_[b];
        if (x.fact.kind != y.fact.kind || x.source != y.source || x.target != y.target) continue;
        if (x.fact.kind != "met" && x.fact.kind != "visited" && x.fact.kind != "signed") continue;
        if (x.fact.date.empty() || y.fact.date.empty()) continue;
        if (refines(x.fact.date, y.fact.date) ||
            (x.fact.kind == "visited" && within(x.fact.date, y.fact.date)))
          drop[b] = true;
      }
    }
    std::vector<RawFact> kept;
    for (size_t a = 0; a < facts_.size(); ++a)
      if (!drop[a]) kept.push_back(std::move(facts_[a]));
    facts_ = std::move(kept);
  }
  // Output.
  std::set<std::string> used;
  for (auto& rf : facts_) {
    Fact f = rf.fact;
    f.source = ents_[rf.source].e.key;
    f.target = ents_[rf.target].e.key;
    if (rf.sentence >= 0 && rf.sentence < static_cast<int>(doc_.sentences.size())) {
      const Sentence& sent = doc_.sentences[rf.sentence];
      f.prov.doc = doc_.id;
      f.prov.sentence = rf.sentence;
      f.prov.begin = doc_.Original(sent.begin);
      f.prov.end = doc_.Original(sent.end);
      f.prov.zone = sent.zone;
      f.prov.evidence = std::string(doc_.SentenceText(rf.sentence));
    }
    used.insert(f.source);
    used.insert(f.target);
    out.facts.push_back(std::move(f));
  }
  for (auto& d : ents_) {
    // People and bodies are kept even without facts (a node with no edge is still a mention);
    // agreements only when something links to them.
    if (d.e.kind == "agreement" && !used.count(d.e.key)) continue;
    std::sort(d.e.aliases.begin(), d.e.aliases.end());
    d.e.aliases.erase(std::unique(d.e.aliases.begin(), d.e.aliases.end()), d.e.aliases.end());
    out.entities.push_back(d.e);
  }
  return out;
}

}  // namespace ex

struct Extractor::Impl {
  Impl(const kb::KnowledgeBase& kb, ExtractOptions o) : lex(kb), grammar(kb), options(o) {}
  lex::Lexicon lex;
  dates::DateGrammar grammar;
  ExtractOptions options;
};

Extractor::Extractor(const kb::KnowledgeBase& kb, ExtractOptions options)
    : impl_(std::make_unique<Impl>(kb, options)) {}
Extractor::~Extractor() = default;

DocumentFacts Extractor::Extract(const Document& doc) const {
  ex::DocExtractor d(impl_->lex, impl_->grammar, doc, impl_->options);
  return d.Run();
}

}  // namespace bilat
