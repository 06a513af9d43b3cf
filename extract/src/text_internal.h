// Text utilities private to the extract stage: letters, page segmentation, tokens.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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

// Interned words: every word of the lexicon's phrase indexes gets a small integer id (from 1), so
// that tokens carry the ids of their folded and lower-case forms and phrase look-ups compare
// integers instead of hashing strings. Filled while the lexicon is built; read-only afterwards
// (safe to share between threads).
struct Token;

class Vocabulary {
 public:
  static constexpr uint32_t kNone = 0;  // a word no phrase uses
  Vocabulary();
  // Optional: computes Token::flags for each word token once (when Tokenize first meets the
  // word), from the token's own fields only. Set before the first Tokenize with this vocabulary.
  using Classifier = uint32_t (*)(const void* ctx, const Token& t);
  void SetClassifier(Classifier c, const void* ctx) {
    classify_ = c;
    classify_ctx_ = ctx;
  }
  Classifier classifier() const { return classify_; }
  const void* classifier_ctx() const { return classify_ctx_; }
  uint32_t Intern(std::string_view w);
  uint32_t Find(std::string_view w) const {
    auto it = ids_.find(w);
    return it == ids_.end() ? kNone : it->second;
  }
  size_t size() const { return ids_.size(); }
  // Unique for the life of the process: tells per-thread caches built for one vocabulary apart.
  uint64_t serial() const { return serial_; }

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      // Eight bytes at a time (words are short: usually one or two rounds).
      uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
      const char* p = s.data();
      size_t n = s.size();
      while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
      }
      uint64_t v = 0;
      for (size_t k = 0; k < n; ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
      h = (h ^ v) * 0x94D049BB133111EBull;
      return static_cast<size_t>(h ^ (h >> 29));
    }
  };
  struct Eq {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
  };

 private:
  std::unordered_map<std::string, uint32_t, Hash, Eq> ids_;
  uint64_t serial_;
  Classifier classify_ = nullptr;
  const void* classify_ctx_ = nullptr;
};

// A token of a sentence. Offsets are into Document::text. Words glued together by a lost space
// ("withFrench", "Darmaninon", "Lam’svisit") are split when one side is a function word or a
// word the knowledge base knows (see Tokenize).
// A token's text forms: std::strings whose comparison with a string literal tests the length
// first and then a constant number of bytes. (std::string == "of" calls strlen and memcmp, and
// the rules make such tests at nearly every token.)
struct TokenText : std::string {
  TokenText() = default;
  explicit TokenText(const std::string& s) : std::string(s) {}
  explicit TokenText(std::string&& s) : std::string(std::move(s)) {}
  explicit TokenText(std::string_view s) : std::string(s) {}
  using std::string::operator=;
};
template <size_t N>
inline bool operator==(const TokenText& a, const char (&b)[N]) {
  return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
}
template <size_t N>
inline bool operator!=(const TokenText& a, const char (&b)[N]) {
  return !(a == b);
}
template <size_t N>
inline bool operator==(const char (&b)[N], const TokenText& a) {
  return a == b;
}
template <size_t N>
inline bool operator!=(const char (&b)[N], const TokenText& a) {
  return !(a == b);
}

struct Token {
  uint32_t begin = 0, end = 0;
  TokenText text;   // as written (NFC)
  TokenText fold;   // folded ("bo", "noi", "vu", "pham"); punctuation: the character itself
  TokenText lower;  // lower case with diacritics, tone placement normalised ("hóa", "thủy")
  std::vector<std::string> parts;  // folded parts of a hyphenated word ("xinh","ga","po"); else
                                   // empty (the word is `fold`)
  bool word = false;               // letters/digits
  bool cap = false;                // first letter upper case
  bool upper = false;              // every letter upper case (AFD, VNA) and at least 2 letters
  bool digit = false;              // starts with a digit
  // Vocabulary ids of `fold`, `lower` and `parts` (Vocabulary::kNone: not a phrase word), set by
  // Tokenize when it is given a vocabulary; kUnset otherwise (look-ups then use the strings).
  static constexpr uint32_t kUnset = 0xFFFFFFFFu;
  uint32_t fold_id = kUnset, lower_id = kUnset;
  std::vector<uint32_t> part_ids;
  // Pre-test bits of the vocabulary's classifier (word tokens); kFlagsSet tells they were
  // computed. Without it, rules run their own tests.
  static constexpr uint32_t kFlagsSet = 1u << 31;
  uint32_t flags = 0;
};

// Token::flags bits, computed by the extractor's classifier (extractor.cc) once per word.
inline constexpr uint32_t kMayStartDateEn = 1u << 0;     // dates::DateGrammar::MayStart, "en"
inline constexpr uint32_t kMayStartDateVi = 1u << 1;     // ... "vi"
inline constexpr uint32_t kMayStartTitledEn = 1u << 2;   // lex::Lexicon::MayStartTitled, English
inline constexpr uint32_t kMayStartTitledVi = 1u << 3;   // ... Vietnamese

inline uint32_t FoldId(const Token& t, const Vocabulary& v) {
  return t.fold_id != Token::kUnset ? t.fold_id : v.Find(t.fold);
}
inline uint32_t LowerId(const Token& t, const Vocabulary& v) {
  return t.lower_id != Token::kUnset ? t.lower_id : v.Find(t.lower);
}
inline uint32_t PartId(const Token& t, size_t k, const Vocabulary& v) {
  return t.part_ids.size() == t.parts.size() && t.fold_id != Token::kUnset ? t.part_ids[k]
                                                                           : v.Find(t.parts[k]);
}

// `known` answers whether a folded word is known (e.g. a word of a knowledge-base name); used to
// split glued words. May be null.
using KnownWord = bool (*)(const void* ctx, std::string_view folded);
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end,
                            KnownWord known = nullptr, const void* ctx = nullptr);
// The same tokens, with their vocabulary ids set. Each thread remembers how it tokenised each word
// for this vocabulary and `known` (the same word always gives the same tokens).
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end, KnownWord known,
                            const void* ctx, const Vocabulary& vocab);

}  // namespace bilat::text
