// bilat/kb.h — the knowledge base: countries, government bodies, office-holders with tenures, and
// the lexicons (titles, date words, Vietnamese family names, boilerplate markers) that the
// extractor reads. Data lives in resources/ (format: docs/knowledge-base.md); this module loads and
// validates it once and answers look-ups in folded form. Thread-safe for concurrent reads after
// loading.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bilat/common.h"

namespace bilat::kb {

struct Country {
  std::string id, iso2, iso3;
  std::string en, vi, fr;              // en is the graph label
  std::vector<std::string> aliases;    // other names, any language
  std::vector<std::string> demonyms;   // English adjectives/nouns: "French", "Vietnamese"
};

enum class BodyKind { kMinistry, kStateSecretariat, kAgency, kGovernment, kLegislature, kPartyOrgan,
                      kMilitary, kCourt, kOther };
// True for the kinds that SPEC calls `ministry` (ministry, state secretariat, agency).
bool IsMinistryKind(BodyKind k);
std::string_view BodyKindName(BodyKind k);

struct Body {
  std::string id, country;             // country id
  BodyKind kind = BodyKind::kOther;
  std::string en, vi, fr;              // en is the graph label
  std::vector<std::string> aliases, abbrevs, portfolios;
  PartialDate from, to;
  std::vector<std::string> predecessors, successors;
  std::vector<std::string> sources;    // where the row comes from: URLs or citations
};

// A city: where events happen, and what a visit "to Paris" is a visit to.
struct City {
  std::string id, country;           // country id
  std::string en, vi, fr;
  std::vector<std::string> aliases;
};

// A named international instrument ("EU-Vietnam Free Trade Agreement", "Hiệp định CPTPP"):
// the same agreement node whatever language names it, with the states that are party to it.
struct Instrument {
  std::string id, type;      // type: canonical kind ("free trade agreement", "treaty", ...)
  std::string en, vi, fr;    // en is the graph label
  std::vector<std::string> aliases, abbrevs;  // abbreviations match only written in capitals
  std::vector<std::string> parties;           // country ids (multilateral ones may list none)
  PartialDate signed_on;                      // may be empty
  std::string source;                         // where the facts come from
};

// One phrase of the relation grammar (resources/grammar/{en,vi}.tsv, docs/grammar.md): a trigger
// of a relation, a blocking word, an agreement head, a reference to the story's pair, or a word
// of one of the closed classes the rules use.
struct GrammarRule {
  std::string lang, kind, phrase, value;  // kind: trigger, blocking, agreement_head, pair, ...
  std::vector<std::string> flags;         // mutual, noun (triggers); plural (agreement heads)
};

struct Person {
  std::string id, name, country, gender;  // name is the graph label
  std::vector<std::string> aliases;
  std::vector<std::string> sources;       // where the row comes from: URLs or citations
  PartialDate died;                       // empty when alive or unknown
};

struct Position {
  std::string person, role, title, body, country;
  PartialDate from, to;
  std::vector<std::string> sources;  // where the tenure comes from: URLs or citations
};

// What a source field may hold: an http(s) URL with a host and no spaces, or a citation (free text
// with at least one letter that is not a placeholder such as "-", "?", "TODO", "n/a", "unknown").
// Returns "" when `source` is acceptable, else why not.
std::string CheckSource(std::string_view source);


enum class TitleLevel { kBody, kState, kOrg, kHonorific, kRank };
struct Title {
  std::string lang, text, role;
  TitleLevel level = TitleLevel::kBody;
  bool takes_portfolio = false;
  std::string portfolio;  // the portfolio the title implies ("Foreign Minister" -> Foreign Affairs)
};

struct DateWord {
  std::string lang, kind, text, value;  // kind: month, weekday, daypart, relative
};

struct BoilerplateMarker {
  std::string lang, kind, text;  // kind: stop, drop, credit
  std::string folded;            // Fold(text), set when the table is loaded (empty: not yet)
};

// What a folded name refers to.
enum class EntityType { kCountry, kBody, kPerson, kCity };
struct NameRef {
  EntityType type;
  int index;     // into countries(), bodies() or people()
  bool demonym;  // countries: matched a demonym ("French"), not a name
};

class KnowledgeBase {
 public:
  KnowledgeBase();
  ~KnowledgeBase();
  KnowledgeBase(KnowledgeBase&&) noexcept;
  KnowledgeBase& operator=(KnowledgeBase&&) noexcept;

  // Loads every table in `dir` (its kb/ and lexicon/ subfolders), then `extra_files` (--kb), then
  // validates references (countries of bodies, bodies of positions, ...). Errors name file:line and
  // field; the first error fails the load.
  static Result<KnowledgeBase> Load(const std::string& resource_dir,
                                    const std::vector<std::string>& extra_files = {});
  // The default resource folder: $BILAT_RESOURCES, else ../share/bilat/resources next to the
  // executable when it exists (an installed bilat), else the one configured at build time.
  static std::string DefaultResourceDir();

  const std::vector<Country>& countries() const;
  const std::vector<Body>& bodies() const;
  const std::vector<Person>& people() const;
  const std::vector<City>& cities() const;
  const std::vector<Instrument>& instruments() const;
  const std::vector<GrammarRule>& grammar() const;
  const Instrument* InstrumentById(std::string_view id) const;
  const std::vector<Position>& positions() const;
  const std::vector<Title>& titles() const;
  const std::vector<DateWord>& date_words() const;
  const std::vector<BoilerplateMarker>& boilerplate() const;
  const std::vector<std::string>& vi_surnames() const;

  // Every (folded name → entity) pair: names, aliases, abbreviations, demonyms, ISO codes of
  // countries (ISO only as written in capitals is the caller's business). For building matchers.
  const std::unordered_map<std::string, std::vector<NameRef>>& names() const;

  // Exact folded look-ups. nullptr / empty when unknown.
  const Country* FindCountry(std::string_view name) const;   // name, alias, demonym or ISO code
  const Country* CountryById(std::string_view id) const;
  const Body* BodyById(std::string_view id) const;
  const Person* PersonById(std::string_view id) const;
  std::vector<const Body*> FindBodies(std::string_view name) const;
  // Bodies of `country` whose portfolio matches `portfolio` (folded, "home affairs", "nội vụ"),
  // preferring those that existed on `on` (when given).
  std::vector<const Body*> FindBodiesByPortfolio(std::string_view portfolio,
                                                 std::string_view country,
                                                 const PartialDate& on = {}) const;
  // People whose folded name or alias equals `name`; if none, those within a small edit distance
  // (one edit per word, never on a word of 3 letters or fewer, never two candidates apart by the
  // same distance).
  std::vector<const Person*> FindPeople(std::string_view name, bool allow_fuzzy = true) const;
  // People whose last (Western) or given (Vietnamese) name equals `short_name` (folded).
  std::vector<const Person*> FindPeopleByShortName(std::string_view short_name) const;
  // Positions `person_id` held on `on` (all positions when `on` is empty).
  std::vector<const Position*> PositionsOf(std::string_view person_id,
                                           const PartialDate& on = {}) const;
  // Who held `role` in `body` (or at state level in `country`) on `on`.
  std::vector<const Position*> HoldersOf(std::string_view role, std::string_view body,
                                         std::string_view country, const PartialDate& on) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// How many rows of each table name a source (for `bilat kb stats`).
struct SourceCounts {
  size_t bodies = 0, people = 0, positions = 0;
};
SourceCounts CountSources(const KnowledgeBase& kb);

}  // namespace bilat::kb
