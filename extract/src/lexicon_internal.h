// The extractor's compiled view of the knowledge base: phrase indexes over folded words for
// names, titles and portfolios, the Vietnamese family names, and the set of known words used to
// split glued tokens. Built once per Extractor; read-only afterwards.
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bilat/kb.h"
#include "grammar_internal.h"
#include "text_internal.h"

namespace bilat::lex {

// An open-addressing hash map from non-zero 64-bit keys to 32-bit values (linear probing,
// power-of-two capacity, at most half full): the phrase trie's edges, looked up at every token.
class FlatU64Map {
 public:
  bool Find(uint64_t key, uint32_t* value) const {
    if (keys_.empty()) return false;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) {
        *value = values_[i];
        return true;
      }
      if (keys_[i] == 0) return false;
    }
  }
  // Inserts key -> value unless the key is there; returns the value now stored.
  uint32_t Emplace(uint64_t key, uint32_t value, bool* added);

 private:
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void Grow();
  std::vector<uint64_t> keys_;  // 0: empty
  std::vector<uint32_t> values_;
  size_t size_ = 0, mask_ = 0;
  int shift_ = 64;
};

// Maps folded word sequences ("minister of home affairs") to payload ids. Matching walks tokens,
// passing over the punctuation that names carry inside (",", "-", "&", "'", ".").
// Phrases are kept as a trie over vocabulary ids (see Bind).
class PhraseIndex {
 public:
  // The vocabulary that interns the phrases' words (the lexicon's); must be set before Add.
  void Bind(text::Vocabulary* vocab) { vocab_ = vocab; }
  void Add(std::string_view folded_phrase, int payload);
  // Longest phrase starting at token i. Returns the token index one past the match (i when
  // nothing matched) and sets *payloads.
  int Longest(const std::vector<text::Token>& t, int i, const std::vector<int>** payloads,
              bool require_cap = false) const {
    *payloads = nullptr;
    if (i < 0 || i >= static_cast<int>(t.size()) || !t[i].word || !HasFirst(t[i])) return i;
    return LongestFrom(t, i, payloads, require_cap);
  }
  // Whether some phrase starts with this folded word (a cheap pre-test).
  bool HasFirst(const text::Token& t) const {
    uint32_t id = t.parts.empty() ? text::FoldId(t, *vocab_) : text::PartId(t, 0, *vocab_);
    return id < max_words_.size() && max_words_[id] > 0;
  }

 private:
  int LongestFrom(const std::vector<text::Token>& t, int i, const std::vector<int>** payloads,
                  bool require_cap) const;
  static uint64_t EdgeKey(uint32_t node, uint32_t word) {
    return (static_cast<uint64_t>(node) << 32) | word;
  }
  text::Vocabulary* vocab_ = nullptr;
  FlatU64Map edges_;                           // (node, word id) -> child node; root is 0
  std::vector<std::vector<int>> payloads_{1};  // per node; empty: no phrase ends there
  std::vector<int> max_words_;                 // by first word id; 0: no phrase starts so
};

// Lower-case word phrases (Token::lower) indexed by their first word, for the grammar's trigger,
// agreement-head and reference phrases. Commas between words are passed over ("thăm, làm việc").
class WordPhrases {
 public:
  void Bind(text::Vocabulary* vocab) { vocab_ = vocab; }
  void Add(std::string_view phrase, int payload);
  // Longest phrase starting at token i: returns its end (-1: none) and sets *payload. Inline up
  // to the first-word test, which fails for nearly every token.
  int Longest(const std::vector<text::Token>& t, int i, int* payload) const {
    const std::vector<Entry>* list = ListAt(t, i);
    return list ? Longest(t, i, *list, payload) : -1;
  }
  // Whether some phrase starting at i ends at or before `limit`.
  bool AnyEndingBy(const std::vector<text::Token>& t, int i, int limit) const {
    const std::vector<Entry>* list = ListAt(t, i);
    return list && AnyEndingBy(t, i, *list, limit);
  }

 private:
  struct Entry {
    std::vector<uint32_t> words;  // vocabulary ids
    int payload;
  };
  const std::vector<Entry>* First(uint32_t id) const {
    if (id >= first_.size() || first_[id] < 0) return nullptr;
    return &lists_[first_[id]];
  }
  const std::vector<Entry>* ListAt(const std::vector<text::Token>& t, int i) const {
    if (i < 0 || i >= static_cast<int>(t.size())) return nullptr;
    uint32_t id = text::LowerId(t[i], *vocab_);
    return id == text::Vocabulary::kNone ? nullptr : First(id);
  }
  int Longest(const std::vector<text::Token>& t, int i, const std::vector<Entry>& list,
              int* payload) const;
  bool AnyEndingBy(const std::vector<text::Token>& t, int i, const std::vector<Entry>& list,
                   int limit) const;
  text::Vocabulary* vocab_ = nullptr;
  std::vector<int> first_;               // by first word id: index into lists_, or -1
  std::vector<std::vector<Entry>> lists_;  // phrases by first word
};

// Skippable punctuation inside a multiword name.
bool IsInnerPunct(const text::Token& t);

struct Lexicon {
  explicit Lexicon(const kb::KnowledgeBase& kb);

  const kb::KnowledgeBase& kb;
  text::Vocabulary vocab;    // every word of the phrase indexes below (declared first)
  grammar::Grammar grammar;  // resources/grammar: payloads below index its tables
  PhraseIndex names;  // payload: index into name_refs
  std::vector<kb::NameRef> name_refs;
  PhraseIndex titles_en, titles_vi;             // payload: index into kb.titles()
  PhraseIndex portfolios;                       // payload: body index
  std::unordered_set<std::string> known_words;  // folded words of every KB name and title
  std::unordered_set<std::string> vi_surnames;  // folded
  // Every name and demonym of every country, lower case with diacritics -> country indices:
  // one-word country mentions must be written as one of these ("Pháp", not "phap").
  std::unordered_map<std::string, std::vector<int>> country_written;
  // Body id -> the indices of kb.bodies() with that id, ascending.
  std::unordered_map<std::string, std::vector<int>> bodies_by_id;
  // Per title index: the last word of FoldWords(title.text) is "of", "for" or "to".
  std::vector<bool> title_ends_with_prep;
  // Per country index: text::Lower of each demonym, and of the Vietnamese name.
  std::vector<std::vector<std::string>> country_demonyms_lower;
  std::vector<std::string> country_vi_lower;
  std::unordered_map<std::string, std::vector<int>> city_written;  // likewise for cities
  int max_year = 2026;

 private:
  mutable std::mutex people_mu_;
  mutable std::unordered_map<std::string, std::vector<const kb::Person*>> people_cache_;

 public:  // latest year any KB date mentions, + 1
  // The grammar (grammar_internal.h), per language: payloads index the grammar's tables.
  WordPhrases triggers_en, triggers_vi, heads_en, heads_vi, pairs_en, pairs_vi, blocking;
  WordPhrases geographic;  // grammar::GeographicFeatures(), any language
  WordPhrases new_in_office;        // grammar new_in_office phrases, any language
  WordPhrases new_in_office_after;  // ... with the flag `after`: written after the title
  WordPhrases late, condolence;     // grammar late / condolence phrases, any language
  // Named instruments (kb.instruments()), every language: payload = 2 * index, + 1 for an
  // abbreviation (which must be written in capitals).
  PhraseIndex instruments;
  // The grammar phrases and titles of a Vietnamese document (vi) or of an English one.
  const WordPhrases& triggers(bool vi) const { return vi ? triggers_vi : triggers_en; }
  const WordPhrases& heads(bool vi) const { return vi ? heads_vi : heads_en; }
  const WordPhrases& pairs(bool vi) const { return vi ? pairs_vi : pairs_en; }
  const PhraseIndex& titles(bool vi) const { return vi ? titles_vi : titles_en; }
  static bool Known(const void* self, std::string_view folded);
  // kb.FindPeople(name, /*allow_fuzzy=*/true), remembered: the fuzzy search walks every
  // person's names, and the same names come back article after article. Thread-safe.
  std::vector<const kb::Person*> FindPeopleFuzzy(const std::string& name) const;
  // ParseTitledPerson's pre-test: a titled mention starts with a title, a country or a body (as
  // CountryAt or a KB organisation before the title reads them: only names of countries and
  // bodies count, and in Vietnamese the "nước"/"của" CountryAt passes over) or a possessive
  // ("his French counterpart").
  bool MayStartTitled(const text::Token& t, bool vi) const {
    return (vi ? titles_vi : titles_en).HasFirst(t) || StartsCountryOrBody(t) ||
           t.lower == "his" || t.lower == "her" || t.lower == "their" || t.lower == "người" ||
           (vi && (t.lower == "nước" || t.lower == "của"));
  }
  // Whether the name of some country or body starts with this word (as names.HasFirst tests).
  bool StartsCountryOrBody(const text::Token& t) const {
    uint32_t id = t.parts.empty() ? text::FoldId(t, vocab) : text::PartId(t, 0, vocab);
    return id < country_or_body_first_.size() && country_or_body_first_[id];
  }
  std::vector<char> country_or_body_first_;  // by vocabulary id: first words of those names
};

}  // namespace bilat::lex
