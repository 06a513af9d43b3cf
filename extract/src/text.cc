// Page segmentation, sentence splitting and tokenisation.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <deque>
#include <unordered_map>

#include "text_internal.h"

namespace bilat {
namespace text {

bool IsUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(c); }
bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool IsVietnameseLetter(char32_t c) {
  switch (c) {
    case U'ă':
    case U'Ă':
    case U'â':
    case U'Â':
    case U'đ':
    case U'Đ':
    case U'ê':
    case U'Ê':
    case U'ô':
    case U'Ô':
    case U'ơ':
    case U'Ơ':
    case U'ư':
    case U'Ư':
    case U'à':
    case U'À':
    case U'ả':
    case U'Ả':
    case U'ã':
    case U'Ã':
    case U'ạ':
    case U'Ạ':
    case U'ì':
    case U'Ì':
    case U'ỉ':
    case U'Ỉ':
    case U'ĩ':
    case U'Ĩ':
    case U'ị':
    case U'Ị':
    case U'ò':
    case U'Ò':
    case U'ỏ':
    case U'Ỏ':
    case U'õ':
    case U'Õ':
    case U'ọ':
    case U'Ọ':
    case U'ù':
    case U'Ù':
    case U'ủ':
    case U'Ủ':
    case U'ũ':
    case U'Ũ':
    case U'ụ':
    case U'Ụ':
    case U'ỳ':
    case U'Ỳ':
    case U'ỷ':
    case U'Ỷ':
    case U'ỹ':
    case U'Ỹ':
    case U'ỵ':
    case U'Ỵ':
    case U'ẻ':
    case U'Ẻ':
    case U'ẽ':
    case U'Ẽ':
    case U'ẹ':
    case U'Ẹ':
      return true;
    default:
      // Latin Extended Additional holds the rest of the tone-marked Vietnamese vowels; combining
      // tone marks (decomposed input) count too.
      return (c >= 0x1EA0 && c <= 0x1EF9) || c == 0x0300 || c == 0x0301 || c == 0x0303 ||
             c == 0x0309 || c == 0x0323;
  }
}

namespace {

// ------------------------------------------------------------------------- sentence splitting

// Abbreviations after which a period does not end a sentence (folded, without the period).
bool IsAbbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 48> kAbbr = {
      "mr",  "mrs", "ms",  "dr",   "prof", "gen", "lt",  "col", "maj",    "capt", "sen",  "rep",
      "gov", "st",  "mt",  "no",   "nos",  "vs",  "etc", "jan", "feb",    "mar",  "apr",  "jun",
      "jul", "aug", "sep", "sept", "oct",  "nov", "dec", "inc", "ltd",    "co",   "corp", "jr",
      "sr",  "tp",  "ths", "ts",   "gs",   "pgs", "tt",  "he",  "approx", "dept", "est",  "fig"};
  std::string low;
  for (char c : w) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(kAbbr.begin(), kAbbr.end(), low) != kAbbr.end();
}

char32_t PeekChar(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return DecodeUtf8(s, i);
}

// The word that ends just before position `i` (ASCII letters and dots, e.g. "U.S" or "Gen").
std::string_view WordBefore(std::string_view s, size_t i) {
  size_t b = i;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.')) --b;
  return s.substr(b, i - b);
}

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == U'”' || c == U'’' || c == ')' || c == U'»';
}
bool IsOpening(char32_t c) {
  return c == '"' || c == U'“' || c == U'‘' || c == '(' || c == U'«' || c == '\'';
}

// Whether a period at `i` (s[i] == '.') ends a sentence.
bool PeriodEnds(std::string_view s, size_t i) {
  std::string_view before = WordBefore(s, i);
  size_t j = i + 1;
  // "./." is the Vietnamese (and VNA) end-of-article mark.
  if (s.substr(i, 3) == "./.") return true;
  while (j < s.size() && (s[j] == '.' || IsClosing(PeekChar(s, j)))) {
    size_t k = j;
    DecodeUtf8(s, k);
    j = k;
  }
  if (j >= s.size()) return true;
  bool space = false;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s.substr(j, 2) == "\xC2\xA0")) {
    j += s[j] == '\xC2' ? 2 : 1;
    space = true;
  }
  if (j >= s.size()) return true;
  char32_t next = PeekChar(s, j);
  bool next_starts =
      IsUpper(next) || (next < 0x80 && std::isdigit(static_cast<int>(next))) || IsOpening(next);
  if (!next_starts) return false;
  if (!before.empty()) {
    if (before.find('.') != std::string_view::npos) return false;  // U.S. / e.g.
    if (before.size() == 1 && std::isupper(static_cast<unsigned char>(before[0])))
      return false;  // an initial: "J. Smith"
    if (IsAbbreviation(before)) return false;
  }
  if (!space) {
    // A lost space: "East Sea.France" ends a sentence, "3.5" and "U.S" do not.
    return before.size() >= 3 && std::islower(static_cast<unsigned char>(before.back()));
  }
  return true;
}

}  // namespace
}  // namespace text

std::vector<std::pair<uint32_t, uint32_t>> SplitSentences(std::string_view s,
                                                          std::string_view lang) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  auto push = [&](size_t b, size_t e) {
    // Trim ASCII white space and no-break spaces (C2 A0).
    while (b < e) {
      if (std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
      else if (s.substr(b, 2) == "\xC2\xA0")
        b += 2;
      else
        break;
    }
    while (e > b) {
      if (std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
      else if (e >= b + 2 && s.substr(e - 2, 2) == "\xC2\xA0")
        e -= 2;
      else
        break;
    }
    if (e > b) out.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
  };
  // Only these bytes can end a sentence or a line; the others are skipped by table.
  static constexpr auto kMayEnd = [] {
    std::array<bool, 256> t{};
    for (char c : {'\n', '.', '!', '?', '\xE2'}) t[static_cast<unsigned char>(c)] = true;
    return t;
  }();
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (!kMayEnd[static_cast<unsigned char>(c)]) {
      ++i;
      continue;
    }
    if (c == '\n') {
      push(start, i);
      start = ++i;
      continue;
    }
    bool ends = false;
    size_t after = i + 1;
    if (c == '.') {
      ends = text::PeriodEnds(s, i);
      if (s.substr(i, 3) == "./.") after = i + 3;
    } else if (c == '!' || c == '?') {
      ends = true;
    } else if (c == '\xE2' && s.substr(i, 3) == "\xE2\x80\xA6") {  // …
      after = i + 3;
      ends = after < s.size() && s[after] == ' ' && text::IsUpper(text::PeekChar(s, after + 1));
    }
    if (ends) {
      while (after < s.size() && text::IsClosing(text::PeekChar(s, after))) {
        DecodeUtf8(s, after);
      }
      push(start, after);
      start = i = after;
      continue;
    }
    ++i;
  }
  push(start, s.size());
  (void)lang;
  return out;
}

namespace text {
namespace {

// ------------------------------------------------------------------------- zones

bool StartsWithFolded(std::string_view line_fold, std::string_view marker_fold) {
  if (marker_fold.empty() || line_fold.size() < marker_fold.size()) return false;
  if (line_fold[0] != marker_fold[0] ||
      line_fold.compare(0, marker_fold.size(), marker_fold) != 0)
    return false;
  return line_fold.size() == marker_fold.size() || line_fold[marker_fold.size()] == ' ';
}

bool EndsStory(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  for (std::string_view mark : {"./.", "-VNA", "- VNA", "\xE2\x80\x93 VNA", "\xE2\x80\x93VNA"}) {
    if (line.size() >= mark.size() && line.substr(line.size() - mark.size()) == mark) return true;
  }
  return false;
}

// A byline: two to four capitalised words and nothing else ("Trần Đình").
bool IsByline(std::string_view line) {
  int words = 0;
  bool in_word = false;
  for (size_t i = 0; i < line.size();) {
    char32_t c = DecodeUtf8(line, i);
    if (IsLetter(c)) {
      if (!in_word && !IsUpper(c)) return false;
      if (!in_word) ++words;
      in_word = true;
    } else if (c == ' ') {
      in_word = false;
    } else {
      return false;
    }
  }
  return words >= 2 && words <= 4;
}

// line.rfind(m), looking for m's first byte with memrchr (string_view::rfind compares at every
// position).
size_t RFind(std::string_view line, std::string_view m) {
  if (m.empty() || m.size() > line.size()) return m.empty() ? line.size() : std::string_view::npos;
  size_t limit = line.size() - m.size() + 1;  // candidate starts are [0, limit)
  while (limit > 0) {
    const void* hit = ::memrchr(line.data(), m[0], limit);
    if (!hit) return std::string_view::npos;
    size_t at = static_cast<size_t>(static_cast<const char*>(hit) - line.data());
    if (std::memcmp(line.data() + at, m.data(), m.size()) == 0) return at;
    limit = at;
  }
  return std::string_view::npos;
}

// Where a photo credit starts in a caption line ("(Photo: VNA)", "(Ảnh: TTXVN)",
// ". Ảnh VGP/Trần Mạnh"), or npos.
size_t CreditStart(std::string_view full) {
  // Credits stand at the end of a caption: only the last bytes need looking at.
  size_t offset = full.size() > 96 ? full.size() - 96 : 0;
  std::string_view line = full.substr(offset);
  size_t found = std::string_view::npos;
  auto shift = [&](size_t p) { return p == std::string_view::npos ? p : p + offset; };
  for (std::string_view m :
       {"(Photo", "(photo", "(\xE1\xBA\xA2nh", "(Ngu\xE1\xBB\x93n", "(Source"}) {
    size_t p = RFind(line, m);
    if (p != std::string_view::npos && line.find(')', p) != std::string_view::npos) return shift(p);
  }
  // "Ảnh VGP/..." or "Ảnh: ..." after the caption's last sentence.
  size_t p = RFind(line, "\xE1\xBA\xA2nh");  // Ảnh
  if (p != std::string_view::npos && (p > 0 || offset > 0)) {
    std::string_view rest = line.substr(p);
    if (rest.find('/') != std::string_view::npos || rest.find(':') != std::string_view::npos) {
      found = shift(p);
    }
  }
  return found;
}

// "Headline text - ảnh 1Caption text": returns where the caption starts, or npos.
size_t GluedCaptionStart(std::string_view line) {
  size_t p = line.find("- \xE1\xBA\xA3nh ");  // "- ảnh "
  if (p == std::string_view::npos) p = line.find("- \xE1\xBA\xA2nh ");
  if (p == std::string_view::npos) return std::string_view::npos;
  size_t q = line.find(' ', p + 2) + 1;
  while (q < line.size() && std::isdigit(static_cast<unsigned char>(line[q]))) ++q;
  return q < line.size() ? q : std::string_view::npos;
}

struct MarkerSet {
  std::deque<std::string> own;  // folds of markers that came without one
  std::vector<std::string_view> stop, drop;
  std::vector<std::string_view> firsts;  // the first word of each (a line matching one starts so)
  size_t longest = 0;  // bytes of the longest folded marker
};

std::string_view FirstWord(std::string_view folded) { return folded.substr(0, folded.find(' ')); }

MarkerSet FoldMarkers(const std::vector<kb::BoilerplateMarker>& markers) {
  MarkerSet m;
  for (const auto& b : markers) {
    if (b.kind != "stop" && b.kind != "drop") continue;
    if (b.folded.empty()) m.own.push_back(Fold(b.text));
    (b.kind == "stop" ? m.stop : m.drop).push_back(b.folded.empty() ? m.own.back() : b.folded);
    std::string_view f = (b.kind == "stop" ? m.stop : m.drop).back();
    m.longest = std::max(m.longest, f.size());
    m.firsts.push_back(FirstWord(f));
  }
  return m;
}

// The first word of Fold(line), read from the line's first space-separated piece (Fold of a
// piece ending at a space is a prefix of the whole fold ending at a word's end); "" when that
// piece folds to nothing.
std::string FirstFoldedWord(std::string_view line) {
  std::string f = Fold(line.substr(0, line.find(' ')));
  f.resize(std::min(f.size(), f.find(' ')));
  return f;
}

// Fold(line), computed only as far as the tests need: most lines are story paragraphs, and
// whether a line starts with a marker (all short) or can equal the headline is told by the fold
// of its first words. `prefix` is the fold of the line up to a space, so it is a prefix of
// Fold(line) followed there by a space or the end.
class LineFold {
 public:
  LineFold(std::string_view line, size_t cut_after) : line_(line) {
    size_t cut = line.size() <= cut_after ? std::string_view::npos : line.find(' ', cut_after);
    if (cut == std::string_view::npos) {
      fold_ = Fold(line);
      whole_ = true;
    } else {
      fold_ = Fold(line.substr(0, cut));
    }
  }
  // The folded prefix (the whole fold when whole()).
  const std::string& prefix() const { return fold_; }
  bool whole() const { return whole_; }
  const std::string& Whole() {
    if (!whole_) {
      fold_ = Fold(line_);
      whole_ = true;
    }
    return fold_;
  }
  // Fold(line) starts with the folded `marker` as whole words.
  bool StartsWith(std::string_view marker) {
    if (!whole_ && marker.size() >= fold_.size()) Whole();
    return StartsWithFolded(fold_, marker);
  }
  // Fold(line) == folded.
  bool Equals(const std::string& folded) {
    if (!whole_) {
      if (folded.size() < fold_.size() || folded.compare(0, fold_.size(), fold_) != 0 ||
          (folded.size() > fold_.size() && folded[fold_.size()] != ' '))
        return false;
      Whole();
    }
    return fold_ == folded;
  }

 private:
  std::string_view line_;
  std::string fold_;
  bool whole_ = false;
};

bool MatchesAny(LineFold& line, const std::vector<std::string_view>& markers,
                size_t max_extra_words) {
  for (const auto& m : markers) {
    if (!line.StartsWith(m)) continue;
    const std::string& f = line.Whole();
    size_t extra = std::count(f.begin() + m.size(), f.end(), ' ');
    if (extra <= max_extra_words) return true;
  }
  return false;
}

void AddSentences(std::string_view text, size_t b, size_t e, Zone zone, int paragraph,
                  std::string_view lang, std::vector<Sentence>& out) {
  for (auto [sb, se] : SplitSentences(text.substr(b, e - b), lang)) {
    out.push_back({static_cast<uint32_t>(b + sb), static_cast<uint32_t>(b + se), zone, paragraph});
  }
}

}  // namespace

std::vector<Sentence> SegmentDocument(std::string_view text, std::string_view lang,
                                      const std::vector<kb::BoilerplateMarker>& markers) {
  MarkerSet folded = FoldMarkers(markers);
  std::vector<Sentence> out;
  std::string headline_fold;
  bool in_related = false;
  int paragraph = -1;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    pos = nl + 1;
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (b == e) continue;
    ++paragraph;
    std::string_view line = text.substr(b, e - b);
    // Only short lines can be markers, bylines or a repeated headline: fold just those.
    bool maybe_marker = line.size() < 240 || (line.size() < headline_fold.size() * 2 + 16);
    if (headline_fold.empty()) {
      headline_fold = Fold(line);
      out.push_back(
          {static_cast<uint32_t>(b), static_cast<uint32_t>(e), Zone::kHeadline, paragraph});
      continue;
    }
    // A line can start with a marker or equal the headline only if its first word is one of
    // theirs (markers match as whole words): other lines skip the tests that need its fold.
    bool tests = true;
    if (maybe_marker) {
      std::string first = FirstFoldedWord(line);
      tests = first.empty() || first == FirstWord(headline_fold) ||
              std::find(folded.firsts.begin(), folded.firsts.end(), first) != folded.firsts.end();
    }
    if (tests) {
      // A line too long to be a marker or the headline folds to nothing here (tests fail on it).
      LineFold fold(maybe_marker ? line : std::string_view(), 2 * folded.longest + 16);
      if (MatchesAny(fold, folded.drop, 6)) {
        out.push_back(
            {static_cast<uint32_t>(b), static_cast<uint32_t>(e), Zone::kBoilerplate, paragraph});
        continue;
      }
      if (MatchesAny(fold, folded.stop, 8)) {
        in_related = true;
        out.push_back(
            {static_cast<uint32_t>(b), static_cast<uint32_t>(e), Zone::kBoilerplate, paragraph});
        continue;
      }
      if (!in_related && fold.Equals(headline_fold)) {
        out.push_back(
            {static_cast<uint32_t>(b), static_cast<uint32_t>(e), Zone::kBoilerplate, paragraph});
        continue;
      }
    }
    if (!in_related && IsByline(line)) {
      out.push_back(
          {static_cast<uint32_t>(b), static_cast<uint32_t>(e), Zone::kBoilerplate, paragraph});
      continue;
    }
    Zone zone = in_related ? Zone::kRelated : Zone::kStory;
    if (size_t g = GluedCaptionStart(line); g != std::string_view::npos) {
      out.push_back(
          {static_cast<uint32_t>(b), static_cast<uint32_t>(b + g), Zone::kBoilerplate, paragraph});
      b += g;
      line = text.substr(b, e - b);
      if (!in_related) zone = Zone::kCaption;
    }
    if (size_t c = CreditStart(line); c != std::string_view::npos) {
      if (!in_related) zone = Zone::kCaption;
      AddSentences(text, b, b + c, zone, paragraph, lang, out);
      continue;
    }
    AddSentences(text, b, e, zone, paragraph, lang, out);
    if (!in_related && EndsStory(line)) in_related = true;
  }
  return out;
}

// ------------------------------------------------------------------------- tokens

namespace {
// Tone-marked a/e/y -> (base, tone index); tone-marked o/u for moving the tone back.
constexpr std::u32string_view kToneA = U"àáảãạ", kToneE = U"èéẻẽẹ", kToneY = U"ỳýỷỹỵ";
constexpr std::u32string_view kToneO = U"òóỏõọ", kToneU = U"ùúủũụ";
}  // namespace

std::string Lower(std::string_view utf8) {
  std::u32string cps;
  for (size_t i = 0; i < utf8.size();) {
    cps.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(DecodeUtf8(utf8, i)))));
  }
  // Move the tone of a final "oa/oe/uy" to its first vowel: hoá -> hóa, thuỷ -> thủy.
  for (size_t k = 1; k < cps.size(); ++k) {
    bool last = k + 1 == cps.size() || !IsLetter(cps[k + 1]);
    if (!last) continue;
    size_t tone = std::u32string_view::npos;
    std::u32string_view target;
    if (cps[k - 1] == U'o' && (tone = kToneA.find(cps[k])) != std::u32string_view::npos) {
      cps[k] = U'a';
      target = kToneO;
    } else if (cps[k - 1] == U'o' && (tone = kToneE.find(cps[k])) != std::u32string_view::npos) {
      cps[k] = U'e';
      target = kToneO;
    } else if (cps[k - 1] == U'u' && (tone = kToneY.find(cps[k])) != std::u32string_view::npos &&
               (k < 2 || cps[k - 2] != U'q')) {
      cps[k] = U'y';
      target = kToneU;
    } else {
      continue;
    }
    cps[k - 1] = target[tone];
  }
  std::string out;
  for (char32_t c : cps) AppendUtf8(out, c);
  return out;
}

namespace {

bool IsFunctionWord(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "with", "at", "in", "on",   "for",  "of",  "and",  "the", "to",  "by",  "from", "between",
      "a",    "an", "as", "into", "that", "was", "were", "is",  "are", "has", "have", "which"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Function-word pairs that news text glues together ("ofthe", "thatwas").
bool IsGluePair(std::string_view a, std::string_view b) {
  static constexpr std::array<std::string_view, 9> kPrep = {"of",  "in",   "on",   "at", "to",
                                                            "for", "from", "with", "by"};
  static constexpr std::array<std::string_view, 3> kDet = {"the", "a", "an"};
  static constexpr std::array<std::string_view, 3> kSubj = {"that", "which", "it"};
  static constexpr std::array<std::string_view, 6> kAux = {"was", "is",  "were",
                                                           "are", "has", "have"};
  auto in = [](auto& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  return (in(kPrep, a) && in(kDet, b) && b != "a") || (in(kSubj, a) && in(kAux, b));
}

// Lower-case modifiers that news text glues onto a following trigger word ("officialvisit").
bool IsGlueModifier(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "official", "state", "working", "two",       "the", "his",
      "her",      "their", "its",     "bilateral", "a",   "an"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}
bool IsTriggerWord(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "visit",     "visits",   "visited",   "talks",      "meeting", "signed", "ministries",
      "ministers", "minister", "agreement", "agreements", "intent",  "sides",  "countries"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

struct RawWord {
  uint32_t begin, end;
};

// Per-thread memo of words seen (each entry a few dozen bytes; cleared when full).
constexpr size_t kTokenCacheEntries = 1 << 16;

void MakeWordToken(Token& t);

Token MakeToken(std::string_view s, uint32_t b, uint32_t e, bool word) {
  Token t;
  t.begin = b;
  t.end = e;
  t.text = std::string(s.substr(b, e - b));
  t.word = word;
  bool ascii = std::all_of(t.text.begin(), t.text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (word && ascii) {  // fast path: most tokens of English text
    t.lower = t.text;
    t.fold.reserve(t.text.size());
    int letters = 0, uppers = 0;
    for (char& c : t.lower) {
      bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
      letters += up || low;
      uppers += up;
      if (up) c = static_cast<char>(c + 32);
      if (up || low || (c >= '0' && c <= '9')) t.fold += c;
    }
    t.cap = t.text[0] >= 'A' && t.text[0] <= 'Z';
    t.digit = t.text[0] >= '0' && t.text[0] <= '9';
    if (t.text.find_first_of("-&") != std::string::npos) t.parts = FoldWords(t.text);
    t.upper = letters >= 2 && uppers == letters;
    return t;
  }
  if (word) {
    // Folding and lower-casing non-ASCII words is the costly part of tokenising Vietnamese; the
    // same syllables come back all the time, so each thread remembers what it computed.
    struct Cached {
      std::string fold, lower;
      std::vector<std::string> parts;
      bool cap, digit, upper;
    };
    thread_local std::unordered_map<std::string, Cached> cache;
    if (auto it = cache.find(t.text); it != cache.end()) {
      const Cached& c = it->second;
      t.fold = c.fold;
      t.lower = c.lower;
      t.parts = c.parts;
      t.cap = c.cap;
      t.digit = c.digit;
      t.upper = c.upper;
      return t;
    }
    if (cache.size() > kTokenCacheEntries) cache.clear();
    MakeWordToken(t);
    cache.emplace(t.text, Cached{t.fold, t.lower, t.parts, t.cap, t.digit, t.upper});
  } else {
    t.fold = t.text;
    t.lower = t.text;
  }
  return t;
}

// The non-ASCII slow path of MakeToken.
void MakeWordToken(Token& t) {
  {
    if (t.text.find_first_of("-&") != std::string::npos) t.parts = FoldWords(t.text);
    std::string f = Fold(t.text);
    f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
    t.fold = std::move(f);
    size_t i = 0;
    char32_t first = DecodeUtf8(t.text, i);
    t.cap = IsUpper(first);
    t.digit = first < 0x80 && std::isdigit(static_cast<int>(first));
    int letters = 0;
    bool all_upper = true;
    for (size_t k = 0; k < t.text.size();) {
      char32_t c = DecodeUtf8(t.text, k);
      if (IsLetter(c)) {
        ++letters;
        if (!IsUpper(c)) all_upper = false;
      }
    }
    t.upper = all_upper && letters >= 2;
    t.lower = Lower(t.text);
  }
}

// Split points inside a word token where a space was lost. Returns byte offsets (relative).
// Cheap test before the real work: a case change inside the word, or a function word or
// trigger word it could end with, or a modifier it could start with.
bool MaySplit(std::string_view w) {
  if (w.size() < 4) return false;
  char lower[64];
  if (w.size() > sizeof lower) return false;
  bool seen_lower = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 0x80) return true;  // non-ASCII: let the full test decide
    bool up = c >= 'A' && c <= 'Z';
    if (up && seen_lower) return true;
    if (c >= 'a' && c <= 'z') seen_lower = true;
    lower[i] = static_cast<char>(up ? c + 32 : c);
  }
  static constexpr std::string_view kEnds[] = {
      "with",    "at",     "in",         "on",        "for",      "of",        "and",
      "the",     "to",     "by",         "from",      "between",  "a",         "an",
      "as",      "into",   "that",       "was",       "were",     "is",        "are",
      "has",     "have",   "which",      "visit",     "visits",   "visited",   "talks",
      "meeting", "signed", "ministries", "ministers", "minister", "agreement", "agreements",
      "intent",  "sides",  "countries"};
  std::string_view low(lower, w.size());
  for (std::string_view x : kEnds) {
    if (low.size() >= x.size() + 2 && low.substr(low.size() - x.size()) == x) return true;
  }
  return false;
}

std::vector<size_t> GlueSplits(std::string_view w, KnownWord known, const void* ctx) {
  std::vector<size_t> cuts;
  if (!MaySplit(w)) return cuts;
  std::string whole = Fold(w);
  if (known && known(ctx, whole)) return cuts;
  // Character boundaries with case information.
  std::vector<std::pair<size_t, char32_t>> chars;
  for (size_t i = 0; i < w.size();) {
    size_t at = i;
    chars.emplace_back(at, DecodeUtf8(w, i));
  }
  auto fold_of = [&](size_t b, size_t e) {
    std::string f = Fold(w.substr(b, e - b));
    f.erase(std::remove(f.begin(), f.end(), ' '), f.end());
    return f;
  };
  for (size_t k = 1; k < chars.size(); ++k) {
    char32_t prev = chars[k - 1].second, cur = chars[k].second;
    if (!IsLetter(prev) || !IsLetter(cur)) continue;
    size_t at = chars[k].first;
    std::string left = fold_of(0, at), right = fold_of(at, w.size());
    // lower -> Upper: "withFrench", "StateReform".
    if (!IsUpper(prev) && IsUpper(cur)) {
      bool left_cap = IsUpper(chars[0].second);
      // "withFrench"; "StateReform" when both halves are known words ("VinFast", "YouTube"
      // and "PetroVietnam" stay whole).
      bool both_known = known && known(ctx, left) && known(ctx, right);
      if (IsFunctionWord(left) || (left.size() >= 3 && right.size() >= 2 &&
                                   (both_known || (!left_cap && known && known(ctx, right))))) {
        cuts.push_back(at);
        continue;
      }
    }
    // UPPER -> lower where the rest is a function word: "ITand".
    if (IsUpper(prev) && !IsUpper(cur) && k >= 2 && IsUpper(chars[k - 2].second) &&
        IsFunctionWord(right)) {
      cuts.push_back(at);
      continue;
    }
    // A known word followed by a glued function word: "Darmaninon", "Informationand".
    // A capitalised word takes only prepositions and conjunctions this way: names end in
    // "is", "as", "us" ("Peteris", "Louis", "Alexis", "Thomas") more often than they are glued.
    static const std::vector<std::string_view> kAfterName = {"on", "and", "in", "at", "of", "to",
                                                             "for", "with", "from", "the", "by"};
    bool name_tail_ok = !IsUpper(chars[0].second) ||
                        std::find(kAfterName.begin(), kAfterName.end(), right) != kAfterName.end();
    if (IsFunctionWord(right) && right.size() >= 2 && left.size() >= 4 && !IsFunctionWord(left) &&
        known && known(ctx, left) && name_tail_ok) {
      cuts.push_back(at);
      continue;
    }
    // A derived word (-ing, -tion, -ment, -ness, -ity) glued to a conjunction or preposition:
    // "firefightingand", "cooperationwith". No English word ends so.
    if (!IsUpper(chars[0].second) && (right == "and" || right == "with" || right == "for") &&
        left.size() >= 6) {
      static const std::vector<std::string_view> kSuffixes = {"ing", "tion", "ment", "ness",
                                                              "ity", "ies", "ship"};
      bool derived = false;
      for (auto suf : kSuffixes)
        if (left.size() > suf.size() && left.compare(left.size() - suf.size(), suf.size(), suf) == 0)
          derived = true;
      if (derived) {
        cuts.push_back(at);
        continue;
      }
    }
    // Two function words that never form one word: "thatwas", "ofthe" (but "within", "into").
    if (!IsUpper(cur) && IsGluePair(left, right)) {
      cuts.push_back(at);
      continue;
    }
    // "officialvisit", "twoministries".
    if (!IsUpper(cur) && IsGlueModifier(left) && IsTriggerWord(right)) {
      cuts.push_back(at);
      continue;
    }
    // An instrument glued to its verb: "agreementsigned", "memorandumsigned".
    static constexpr std::array<std::string_view, 8> kInstruments = {
        "agreement", "agreements", "memorandum", "accord", "treaty", "statement", "declaration",
        "programme"};
    if (!IsUpper(cur) && std::find(kInstruments.begin(), kInstruments.end(), left) !=
                             kInstruments.end() &&
        (right == "signed" || right == "was" || right == "were" || right == "between"))
      cuts.push_back(at);
  }
  return cuts;
}

}  // namespace

namespace {

void SetIds(Token& t, const Vocabulary& v) {
  t.fold_id = v.Find(t.fold);
  t.lower_id = v.Find(t.lower);
  t.part_ids.clear();
  for (const auto& p : t.parts) t.part_ids.push_back(v.Find(p));
  if (t.word && v.classifier()) t.flags = Token::kFlagsSet | v.classifier()(v.classifier_ctx(), t);
}

// Per-thread memo of how each word (as written, between separators) was tokenised: its glue
// splits and every piece's folds, flags and ids, offsets relative to the word. Valid for one
// vocabulary and one `known` test; cleared when those change or when it is full.
constexpr size_t kWordMemoEntries = 1 << 15;

struct WordMemo {
  uint64_t serial = 0;
  KnownWord known = nullptr;
  const void* ctx = nullptr;
  Vocabulary::Classifier classify = nullptr;
  const void* classify_ctx = nullptr;
  // Open addressing over the words' hashes (linear probing, at most half full); a word's bytes
  // are in `keys`, its tokens tokens[first, first + count).
  struct Slot {
    uint64_t hash = 0;
    uint32_t key = 0, size = 0;
    uint32_t first = 0, count = 0;  // count 0: empty slot
  };
  std::vector<Slot> slots;
  std::string keys;
  std::vector<Token> tokens;
  size_t words = 0;
  void Clear(size_t capacity) {
    slots.assign(capacity, Slot{});
    keys.clear();
    tokens.clear();
    words = 0;
  }
  // The slot of `w` (count 0 when it is not there yet: fill it).
  Slot& Find(std::string_view w, uint64_t h) {
    size_t mask = slots.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      Slot& s = slots[i];
      if (s.count == 0) return s;
      if (s.hash == h && s.size == w.size() &&
          std::memcmp(keys.data() + s.key, w.data(), w.size()) == 0)
        return s;
    }
  }
  // The memo's entry for `key`, made by `fill` (which appends the key's tokens, at least one, to
  // `tokens`) when it is not there yet; the memo starts afresh when full.
  template <typename Fill>
  const Slot& Get(std::string_view key, Fill fill) {
    uint64_t h = Vocabulary::Hash()(key);
    Slot* slot = &Find(key, h);
    if (slot->count != 0) return *slot;
    if (words >= kWordMemoEntries) {
      Clear(2 * kWordMemoEntries);
      slot = &Find(key, h);
    }
    size_t first = tokens.size();
    fill();
    slot->hash = h;
    slot->key = static_cast<uint32_t>(keys.size());
    slot->size = static_cast<uint32_t>(key.size());
    slot->first = static_cast<uint32_t>(first);
    slot->count = static_cast<uint32_t>(tokens.size() - first);
    keys.append(key);
    ++words;
    return *slot;
  }
  // The entry's tokens, moved to byte offset `at`.
  void AppendTo(const Slot& slot, uint32_t at, std::vector<Token>& out) const {
    for (uint32_t k = 0; k < slot.count; ++k) {
      out.push_back(tokens[slot.first + k]);
      out.back().begin += at;
      out.back().end += at;
    }
  }
};
constexpr auto kAsciiWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();
inline bool IsAsciiWordByte(unsigned char c) { return kAsciiWordByte[c]; }

std::vector<Token> TokenizeImpl(std::string_view s, uint32_t begin, uint32_t end, KnownWord known,
                                const void* ctx, const Vocabulary* vocab) {
  WordMemo* memo = nullptr;
  if (vocab) {
    thread_local WordMemo m;
    if (m.serial != vocab->serial() || m.known != known || m.ctx != ctx ||
        m.classify != vocab->classifier() || m.classify_ctx != vocab->classifier_ctx()) {
      m.classify = vocab->classifier();
      m.classify_ctx = vocab->classifier_ctx();
      m.Clear(2 * kWordMemoEntries);
      m.serial = vocab->serial();
      m.known = known;
      m.ctx = ctx;
    }
    memo = &m;
  }
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 4);
  size_t i = begin;
  auto is_word_char = [](char32_t c) {
    if (c < 0x80) return IsAsciiWordByte(static_cast<unsigned char>(c));
    return u_isalnum(static_cast<UChar32>(c)) || u_getCombiningClass(c) != 0;
  };
  while (i < end) {
    size_t at = i;
    char32_t c = static_cast<unsigned char>(s[i]) < 0x80 ? static_cast<char32_t>(s[i++])
                                                          : DecodeUtf8(s, i);
    if (c == ' ' || c == '\t' || c == 0xA0 || c == '\n' || c == 0x200B || c == 0xFEFF) continue;
    if (is_word_char(c)) {
      size_t j = i;
      while (j < end) {
        if (IsAsciiWordByte(static_cast<unsigned char>(s[j]))) {  // fast path, same as below
          ++j;
          continue;
        }
        size_t k = j;
        char32_t d = DecodeUtf8(s, k);
        if (is_word_char(d)) {
          j = k;
          continue;
        }
        // Hyphenated words stay one token ("Jean-Vincent", "e-government"), as do "&" in
        // abbreviations ("TN&MT") — but not a dash between spaces.
        if ((d == '-' || d == '&') && k < end) {
          size_t m = k, p = at;
          char32_t after = DecodeUtf8(s, m);
          char32_t last = 0;
          while (p < j) last = DecodeUtf8(s, p);
          if (IsLetter(after) && IsLetter(last)) {
            j = k;
            continue;
          }
        }
        break;
      }
      std::string_view w = s.substr(at, j - at);
      if (memo) {
        const WordMemo::Slot& slot = memo->Get(w, [&] {
          size_t from = 0;
          auto piece = [&](size_t b, size_t e) {
            memo->tokens.push_back(
                MakeToken(w, static_cast<uint32_t>(b), static_cast<uint32_t>(e), true));
            SetIds(memo->tokens.back(), *vocab);
          };
          for (size_t cut : GlueSplits(w, known, ctx)) {
            piece(from, cut);
            from = cut;
          }
          piece(from, w.size());
        });
        memo->AppendTo(slot, static_cast<uint32_t>(at), out);
        i = j;
        continue;
      }
      size_t prev = 0;
      for (size_t cut : GlueSplits(w, known, ctx)) {
        out.push_back(
            MakeToken(s, static_cast<uint32_t>(at + prev), static_cast<uint32_t>(at + cut), true));
        prev = cut;
      }
      out.push_back(MakeToken(s, static_cast<uint32_t>(at + prev), static_cast<uint32_t>(j), true));
      i = j;
      continue;
    }
    // Possessive "'s" / "’s" is one token; glued text after it ("Lam’svisit") starts a word.
    if ((c == '\'' || c == U'’') && i < end && (s[i] == 's' || s[i] == 'S')) {
      size_t k = i + 1;
      char32_t after = k < end ? PeekChar(s, k) : 0;
      if (!is_word_char(after) || (after < 0x80 && std::islower(static_cast<int>(after)))) {
        Token t = MakeToken(s, static_cast<uint32_t>(at), static_cast<uint32_t>(k), false);
        t.fold = t.lower = "'s";
        if (vocab) SetIds(t, *vocab);
        out.push_back(std::move(t));
        i = k;
        continue;
      }
    }
    auto make = [&](std::string_view text, uint32_t b, uint32_t e) {
      Token t = MakeToken(text, b, e, false);
      // Dashes of every kind fold to '-', quotes to '"'.
      if (c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2212) t.fold = "-";
      if (c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB) t.fold = "\"";
      if (c == 0x2019 || c == 0x2018) t.fold = "'";
      t.lower = t.fold;
      if (vocab) SetIds(t, *vocab);
      return t;
    };
    if (memo) {
      // Punctuation is remembered like words, under its bytes after a 0x01 byte (which no word
      // holds); the token depends on the character only.
      char key[8];
      key[0] = '\x01';
      size_t len = i - at;
      std::memcpy(key + 1, s.data() + at, len);
      std::string_view k(key, len + 1);
      const WordMemo::Slot& slot = memo->Get(k, [&] {
        memo->tokens.push_back(make(s.substr(at, len), 0, static_cast<uint32_t>(len)));
      });
      memo->AppendTo(slot, static_cast<uint32_t>(at), out);
      continue;
    }
    out.push_back(make(s, static_cast<uint32_t>(at), static_cast<uint32_t>(i)));
  }
  return out;
}

}  // namespace

Vocabulary::Vocabulary() {
  static std::atomic<uint64_t> next{1};
  serial_ = next.fetch_add(1);
}

uint32_t Vocabulary::Intern(std::string_view w) {
  auto it = ids_.find(w);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(ids_.size() + 1);
  ids_.emplace(std::string(w), id);
  return id;
}

std::vector<Token> Tokenize(std::string_view s, uint32_t begin, uint32_t end, KnownWord known,
                            const void* ctx) {
  return TokenizeImpl(s, begin, end, known, ctx, nullptr);
}

std::vector<Token> Tokenize(std::string_view s, uint32_t begin, uint32_t end, KnownWord known,
                            const void* ctx, const Vocabulary& vocab) {
  return TokenizeImpl(s, begin, end, known, ctx, &vocab);
}

}  // namespace text
}  // namespace bilat
