// The extractor's compiled view of the knowledge base: phrase indexes over folded words for
// names, titles and portfolios, the Vietnamese family names, and the set of known words used to
// split glued tokens. Built once per Extractor; read-only afterwards.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bilat/kb.h"
#include "text_internal.h"

namespace bilat::lex {

// Maps folded word sequences ("minister of home affairs") to payload ids. Matching walks tokens,
// passing over the punctuation that names carry inside (",", "-", "&", "'", ".").
class PhraseIndex {
 public:
  void Add(std::string_view folded_phrase, int payload);
  // Longest phrase starting at token i. Returns the token index one past the match (i when
  // nothing matched) and sets *payloads.
  int Longest(const std::vector<text::Token>& t, int i, const std::vector<int>** payloads,
              bool require_cap = false) const;

 private:
  std::unordered_map<std::string, std::vector<int>> phrases_;
  std::unordered_map<std::string, int> max_words_;  // by first word
};

// Skippable punctuation inside a multiword name.
bool IsInnerPunct(const text::Token& t);

struct Lexicon {
  explicit Lexicon(const kb::KnowledgeBase& kb);

  const kb::KnowledgeBase& kb;
  PhraseIndex names;                 // payload: index into name_refs
  std::vector<kb::NameRef> name_refs;
  PhraseIndex titles_en, titles_vi;  // payload: index into kb.titles()
  PhraseIndex portfolios;            // payload: body index
  std::unordered_set<std::string> known_words;   // folded words of every KB name and title
  std::unordered_set<std::string> vi_surnames;   // folded
  int max_year = 2026;               // latest year any KB date mentions, + 1

  const PhraseIndex& titles(const std::string& lang) const {
    return lang == "vi" ? titles_vi : titles_en;
  }
  static bool Known(const void* self, std::string_view folded);
};

}  // namespace bilat::lex
