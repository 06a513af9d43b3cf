// Intake: raw article bytes -> Document (valid NFC UTF-8, '\n' line ends, offsets back to the
// original bytes, language, sentences and page zones).
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>

#include "bilat/extract.h"
#include "text_internal.h"

namespace bilat {

std::string_view ZoneName(Zone z) {
  switch (z) {
    case Zone::kHeadline:
      return "headline";
    case Zone::kStory:
      return "story";
    case Zone::kCaption:
      return "caption";
    case Zone::kRelated:
      return "related";
    case Zone::kBoilerplate:
      return "boilerplate";
  }
  return "story";
}

namespace {

// Returns the offset of the first invalid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {  // eight ASCII bytes at a time
      uint64_t eight;
      std::memcpy(&eight, s.data() + i, 8);
      if ((eight & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t at = i;
    if (DecodeUtf8(s, i) == 0xFFFD) {
      // U+FFFD itself is valid when written as EF BF BD.
      if (s.substr(at, 3) != "\xEF\xBF\xBD") return at;
    }
  }
  return std::string_view::npos;
}

// Binary: NUL bytes, or more than 5% C0 control characters other than tab/CR/LF/FF.
bool LooksBinary(std::string_view s) {
  size_t controls = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (end - p >= 8) {  // eight bytes at a time while none is below 0x20 (text, mostly)
      uint64_t v;
      std::memcpy(&v, p, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      if (((v - kOnes * 0x20) & ~v & kHigh) == 0) {
        p += 8;
        continue;
      }
    }
    unsigned char c = static_cast<unsigned char>(*p++);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls * 20 > s.size();
}

// BOM removal and line-end normalisation, keeping the offset map (left empty, with `shift`,
// when the text is the input minus a BOM).
void NormaliseLines(std::string_view in, std::string& out, std::vector<uint32_t>& map,
                    uint32_t& shift) {
  size_t i = 0;
  if (in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  bool plain = true;
  for (char c : {'\r', '\f', '\v'})
    plain = plain && std::memchr(in.data() + i, c, in.size() - i) == nullptr;
  if (plain) {  // the usual case: a copy
    out.assign(in.substr(i));
    map.clear();
    shift = static_cast<uint32_t>(i);
    return;
  }
  // Runs between line-end bytes are copied whole, their offsets written as a count.
  out.resize(in.size() - i);
  map.resize(in.size() - i + 1);
  size_t o = 0;
  auto special = [](char c) { return c == '\r' || c == '\f' || c == '\v'; };
  while (i < in.size()) {
    size_t j = i;
    while (j < in.size() && !special(in[j])) ++j;
    std::memcpy(&out[o], in.data() + i, j - i);
    std::iota(map.begin() + static_cast<long>(o), map.begin() + static_cast<long>(o + j - i),
              static_cast<uint32_t>(i));
    o += j - i;
    if (j == in.size()) break;
    out[o] = '\n';  // CR, CR LF, form feed or vertical tab: one line end
    map[o++] = static_cast<uint32_t>(j);
    i = j + 1;
    if (in[j] == '\r' && i < in.size() && in[i] == '\n') ++i;
  }
  out.resize(o);
  map[o] = static_cast<uint32_t>(in.size());
  map.resize(o + 1);
}

// NFC with the offset map carried along. Text already in NFC (nearly all news) is untouched; a
// span that changes maps each output byte into the original span it came from.
void NormaliseNfc(std::string& text, std::vector<uint32_t>& map, uint32_t shift) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return;
  // Pure ASCII, or UTF-8 that is NFC already (checked without converting it to UTF-16).
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return;
  icu::StringPiece utf8(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(utf8, err) && U_SUCCESS(err)) return;
  err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  int32_t ok_prefix = nfc->spanQuickCheckYes(u, err);
  if (U_FAILURE(err) || ok_prefix == u.length()) return;
  if (map.empty()) {  // the shift, spelt out
    map.resize(text.size() + 1);
    std::iota(map.begin(), map.end(), shift);
  }
  std::string out;
  std::vector<uint32_t> out_map;
  out.reserve(text.size());
  out_map.reserve(map.size());
  // Walk the text in chunks that start at an NFC boundary; normalise each chunk on its own.
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    DecodeUtf8(text, j);
    while (j < text.size()) {
      size_t k = j;
      char32_t c = DecodeUtf8(text, k);
      if (nfc->hasBoundaryBefore(static_cast<UChar32>(c))) break;
      j = k;
    }
    std::string_view chunk(text.data() + i, j - i);
    std::string norm = ToNfc(chunk);
    if (norm == chunk) {
      out.append(chunk);
      out_map.insert(out_map.end(), map.begin() + i, map.begin() + j);
    } else {
      for (size_t b = 0; b < norm.size(); ++b) out_map.push_back(map[i + std::min(b, j - i - 1)]);
      out += norm;
    }
    i = j;
  }
  out_map.push_back(map.back());
  text.swap(out);
  map.swap(out_map);
}

// Vietnamese text sometimes carries Icelandic eth (Ð U+00D0) for Đ (U+0110): same UTF-8 length.
void FixVietnameseLetters(std::string& text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const void* lead = std::memchr(text.data() + i, '\xC3', text.size() - 1 - i);
    if (!lead) break;
    i = static_cast<size_t>(static_cast<const char*>(lead) - text.data());
    if (text[i] == '\xC3' && text[i + 1] == '\x90') {
      text[i] = '\xC4';
    } else if (text[i] == '\xC3' && text[i + 1] == '\xB0') {
      text[i] = '\xC4';
      text[i + 1] = '\x91';
    }
  }
}

// Only white space, ASCII or Unicode (no-break spaces, em spaces, ...).
bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = DecodeUtf8(s, i);
    if (!u_isUWhiteSpace(static_cast<UChar32>(c)) && c != 0xFEFF && c != 0x200B) return false;
  }
  return true;
}

// Vietnamese function words as written without diacritics ("cua", "va", "cac"): they tell
// unaccented Vietnamese from English.
bool IsUnaccentedVietnameseWord(std::string_view w) {
  static const char* kWords[] = {"cua",   "va",   "cac", "nhung",  "duoc", "trong", "voi",
                                 "nguoi", "nuoc", "hai", "mot",    "cho",  "tai",   "khong",
                                 "da",    "se",   "nay", "theo",   "ve",   "cung",  "nhieu",
                                 "viec",  "tu",   "den", "truong", "thu",  "hop",   "tac"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  // Vietnamese marks almost every word with a letter outside ASCII; English almost none.
  size_t words = 0, vi_words = 0;
  bool in_word = false, word_vi = false;
  std::string word;
  auto end_word = [&] {
    if (in_word) {
      ++words;
      vi_words += word_vi || IsUnaccentedVietnameseWord(word);
    }
    in_word = word_vi = false;
    word.clear();
  };
  for (size_t i = 0; i < text.size() && words < 4000;) {
    char32_t c = DecodeUtf8(text, i);
    bool letter = (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0xC0 && c < 0x2000);
    if (!letter) {
      end_word();
      continue;
    }
    in_word = true;
    if (text::IsVietnameseLetter(c)) word_vi = true;
    if (c < 0x80 && word.size() < 16) word += static_cast<char>(std::tolower(static_cast<int>(c)));
  }
  end_word();
  return words > 0 && vi_words * 100 >= words * 15 ? "vi" : "en";
}

Result<Document> Intake(const Article& article, const IntakeOptions& options) {
  const size_t max_line_bytes = options.max_line_bytes;
  const std::string& bytes = article.bytes;
  const std::string& where = article.origin.empty() ? article.id : article.origin;
  if (LooksBinary(bytes)) {
    return Status::Corruption(where + ": binary content (not a text article)");
  }
  if (size_t bad = FirstInvalidUtf8(bytes); bad != std::string::npos) {
    return Status::Corruption(where + ": byte " + std::to_string(bad) + ": invalid UTF-8");
  }
  Document doc;
  doc.id = article.id;
  doc.origin = article.origin;
  doc.title = article.title;
  doc.url = article.url;
  doc.published = article.published;
  NormaliseLines(bytes, doc.text, doc.to_original, doc.original_shift);
  for (size_t line_start = 0; line_start <= doc.text.size();) {
    const void* nl = std::memchr(doc.text.data() + line_start, '\n', doc.text.size() - line_start);
    size_t i = nl ? static_cast<size_t>(static_cast<const char*>(nl) - doc.text.data())
                  : doc.text.size();
    if (i - line_start > max_line_bytes) {
      return Status::Corruption(where + ": byte " + std::to_string(doc.Original(static_cast<uint32_t>(line_start))) +
                                ": line longer than " + std::to_string(max_line_bytes) + " bytes");
    }
    line_start = i + 1;
  }
  NormaliseNfc(doc.text, doc.to_original, doc.original_shift);
  if (IsBlank(doc.text)) return Status::Corruption(where + ": empty article");
  doc.lang = article.lang == "vi" || article.lang == "en" ? article.lang : DetectLanguage(doc.text);
  if (doc.lang == "vi") FixVietnameseLetters(doc.text);
  static const std::vector<kb::BoilerplateMarker> kNoMarkers;
  doc.sentences = text::SegmentDocument(doc.text, doc.lang,
                                        options.kb ? options.kb->boilerplate() : kNoMarkers);
  return doc;
}

}  // namespace bilat
