// Text utilities private to the extract stage: letters, page segmentation, tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bilat/extract.h"
#include "bilat/kb.h"

namespace bilat::text {

// A letter that only Vietnamese uses among Latin scripts (ă â đ ê ô ơ ư and tone-marked vowels).
bool IsVietnameseLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLetter(char32_t c);

// Splits a document into sentences with page zones: headline, story, captions, related-news
// blocks and boilerplate (recognised with the lexicon's markers and structural cues: end-of-story
// marks such as "./." or "-VNA", photo credits, repeated headlines, bylines).
std::vector<Sentence> SegmentDocument(std::string_view text, std::string_view lang,
                                      const std::vector<kb::BoilerplateMarker>& markers);

// Lower case with diacritics, with the tone of open "oa", "oe", "uy" syllables on the first vowel
// ("hoá" -> "hóa", "thuỷ" -> "thủy"), so old and new Vietnamese spellings compare equal.
std::string Lower(std::string_view utf8);

// A token of a sentence. Offsets are into Document::text. Words glued together by a lost space
// ("withFrench", "Darmaninon", "Lam’svisit") are split when one side is a function word or a
// word the knowledge base knows (see Tokenize).
struct Token {
  uint32_t begin = 0, end = 0;
  std::string text;   // as written (NFC)
  std::string fold;   // folded ("bo", "noi", "vu", "pham"); punctuation: the character itself
  std::string lower;  // lower case with diacritics, tone placement normalised ("hóa", "thủy")
  std::vector<std::string> parts;  // folded parts of a hyphenated word ("xinh","ga","po"); else
                                   // empty (the word is `fold`)
  bool word = false;               // letters/digits
  bool cap = false;                // first letter upper case
  bool upper = false;              // every letter upper case (AFD, VNA) and at least 2 letters
  bool digit = false;              // starts with a digit
};

// `known` answers whether a folded word is known (e.g. a word of a knowledge-base name); used to
// split glued words. May be null.
using KnownWord = bool (*)(const void* ctx, std::string_view folded);
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end,
                            KnownWord known = nullptr, const void* ctx = nullptr);

}  // namespace bilat::text
