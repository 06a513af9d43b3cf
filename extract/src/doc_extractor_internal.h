// The per-document extractor, shared by the files that hold its parts (one per kind of mention and
// stage): entities.cc, people.cc, bodies.cc, agreements.cc, relations.cc, document_dates.cc, and
// extractor.cc (the driver and the public Extractor). Private to extract/.
#pragma once

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "bilat/extract.h"
#include "grammar_internal.h"
#include "mentions_internal.h"

namespace bilat::ex {

using dates::DateKind;
using dates::DateMention;
using grammar::Rel;

inline constexpr const char* kHomeCountry = "vietnam";  // the press these articles come from

inline bool In(std::string_view w, const std::vector<std::string_view>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// t.lower == w, with the length compared first (std::string == "literal" calls strlen and
// memcmp for every token).
inline bool LowerIs(const Token& t, std::string_view w) { return std::string_view(t.lower) == w; }

inline std::string Join(const std::vector<Token>& t, int b, int e) {
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
inline std::string MinistryLabel(std::string portfolio, bool vi) {
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

// The story's own text: its headline, body and captions (not related headlines or boilerplate).
inline bool InStory(Zone z) {
  return z == Zone::kStory || z == Zone::kHeadline || z == Zone::kCaption;
}

// Words of address that may stand between a title and a name: "Bộ trưởng ..., bà Rima Abdul
// Malak", "Đại sứ Pháp, ông X".
inline bool IsAddress(const Token& t) {
  static const std::vector<std::string_view> kWords = {"ông", "bà", "ngài", "mr", "ms", "mrs",
                                                       "madam", "mme"};
  return t.word && In(t.lower, kWords);
}


class DocExtractor {
 public:
  DocExtractor(const lex::Lexicon& lex, const dates::DateGrammar& grammar, const Document& doc,
               const ExtractOptions& options)
      : lex_(lex), kb_(lex.kb), grammar_(grammar), doc_(doc), options_(options),
        vi_(doc.lang == "vi"), en_(doc.lang == "en") {}

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
  void Remention(int idx, const std::string& label, const std::string& country, bool kb);
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
    bool organisation = false;  // org_label names an organisation, not a ministry
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
  std::string CountryInName(const std::vector<Token>& t, int b, int e) const;
  void AddItem(SentenceState& s, Item item);
  bool Free(const SentenceState& s, int b, int e) const;
  // A one-word country mention must be one of the country's names or demonyms as written, with
  // its diacritics ("Pháp", "Nga", "Bỉ", "US"): folded look-ups would take the Vietnamese "Bộ"
  // for Bolivia's ISO code BO, "IT" for Italy, or "anh" without its capital.
  bool WrittenAsName(int country_index, const Token& t) const {
    if (!t.cap) return false;
    if (vi_) {
      // text::Lower of the country's demonyms and Vietnamese name, computed once by the lexicon.
      for (const auto& d : lex_.country_demonyms_lower[country_index])
        if (d == t.lower && lex_.country_vi_lower[country_index] != t.lower) return false;
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
  int TitleRun(const std::vector<Token>& t, int k, std::vector<int>* titles) const;
  void FindNewInOffice(const SentenceState& s);
  void FindDeaths(const SentenceState& s);
  std::vector<int> CandidateYears(const Fact& f, const std::vector<int>& people,
                                  int weekday = 0) const;

  const lex::Lexicon& lex_;
  const kb::KnowledgeBase& kb_;
  const dates::DateGrammar& grammar_;
  const Document& doc_;
  const ExtractOptions& options_;
  // vi_ / "en", tested once (the rules ask at nearly every token).
  const bool vi_, en_;

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
  struct AgreementCore {
    std::string prefix;           // kind and period
    std::set<std::string> words;  // content words
    int ent;
  };
  std::vector<AgreementCore> agreement_cores_;  // every agreement mention's core, in order
  std::set<int> plain_agreements_;              // named so far only by a short name
  std::map<std::string, int> doc_abbrevs_;  // "MoF" -> the body the article abbreviated so
  std::map<int, std::vector<int>> agreement_signers_;  // agreement entity -> people
  std::map<int, std::pair<int, int>> agreement_sign_sentence_;  // signed by bodies: sentence, token
  int pair_a_ = -1, pair_b_ = -1;
  std::set<std::string> new_roles_;  // role keys the story calls new ("the new ambassador")
  PartialDate latest_death_;         // of a person the story calls "the late", "cố" (KB died)
  bool condolences_ = false;         // the story offers condolences
  std::set<std::string> late_people_;  // KB ids of the people it calls "the late"
  PartialDate early_reference_;  // a page date near the top, seen before most mentions
  int last_subject_ = -1;
  int last_agreement_ = -1;
  int agreements_ = 0;
  std::vector<std::pair<std::string, std::string>> label_folds_;  // PersonEntity: label, Fold
};

}  // namespace bilat::ex
