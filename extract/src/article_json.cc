// JSON Lines article records (extract.h: ReadArticleJson). Reading a 3 KB article through
// nlohmann's DOM (a map, a string per member, then copies) cost a quarter of an extraction
// thread's time on the reading thread; this reader copies each wanted string once, straight from
// the line. It reads the common shape itself: one object whose members are strings, numbers up
// to 15 characters without an exponent, true, false or null, each wanted member once. Anything
// else (nested arrays or objects, a repeated wanted member, a wanted member that is not a string,
// long numbers, and every malformed line) goes to nlohmann, so the answer is nlohmann's in every
// case (tests/extract/article_json_test.cc checks the two against each other).
#include <nlohmann/json.hpp>

#include "bilat/extract.h"
#include "json_internal.h"

namespace bilat {
namespace {

using json_internal::ReadStringBody;
using json_internal::StringError;

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The wanted member `key` names (0..5), or -1.
int Wanted(std::string_view key) {
  switch (key.size()) {
    case 2: return key == "id" ? 0 : -1;
    case 3: return key == "url" ? 3 : -1;
    case 4: return key == "text" ? 2 : key == "lang" ? 4 : key == "date" ? 5 : -1;
    case 5: return key == "title" ? 1 : -1;
    default: return -1;
  }
}

std::string* Field(ArticleJson& a, int k) {
  switch (k) {
    case 0: return &a.id;
    case 1: return &a.title;
    case 2: return &a.text;
    case 3: return &a.url;
    case 4: return &a.lang;
    default: return &a.date;
  }
}

// A JSON number as the grammar has it (-?(0|[1-9][0-9]*)(.[0-9]+)?), at most 15 characters and
// without an exponent, so that nlohmann reads it without a range question. Leaves p after it.
bool ShortNumber(const char*& p, const char* end) {
  const char* start = p;
  if (p < end && *p == '-') ++p;
  if (p == end) return false;
  if (*p == '0') {
    ++p;
  } else if (*p >= '1' && *p <= '9') {
    while (p < end && *p >= '0' && *p <= '9') ++p;
  } else {
    return false;
  }
  if (p < end && *p == '.') {
    ++p;
    const char* digits = p;
    while (p < end && *p >= '0' && *p <= '9') ++p;
    if (p == digits) return false;
  }
  if (p < end && (*p == 'e' || *p == 'E')) return false;
  return p - start <= 15;
}

bool Literal(const char*& p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - p) < word.size() || std::string_view(p, word.size()) != word)
    return false;
  p += word.size();
  return true;
}

// The common shape, read by hand; false: let nlohmann read the line.
bool ReadFast(std::string_view line, ArticleJson& out) {
  const char* p = line.data();
  const char* end = p + line.size();
  auto space = [&] {
    while (p < end && IsJsonSpace(*p)) ++p;
  };
  bool seen[6] = {false, false, false, false, false, false};
  std::string key, skipped;
  space();
  if (p == end || *p != '{') return false;
  ++p;
  space();
  if (p < end && *p == '}') {
    ++p;
  } else {
    while (true) {
      if (p == end || *p != '"') return false;
      ++p;
      if (ReadStringBody(p, end, key) != StringError::kNone) return false;
      space();
      if (p == end || *p != ':') return false;
      ++p;
      space();
      if (p == end) return false;
      int k = Wanted(key);
      if (*p == '"') {
        ++p;
        if (k >= 0 && seen[k]) return false;
        std::string& to = k >= 0 ? *Field(out, k) : skipped;
        if (ReadStringBody(p, end, to) != StringError::kNone) return false;
        if (k >= 0) seen[k] = true;
      } else if (k >= 0) {
        return false;
      } else if (*p == 't' || *p == 'f' || *p == 'n') {
        if (!Literal(p, end, "true") && !Literal(p, end, "false") && !Literal(p, end, "null"))
          return false;
      } else if (!ShortNumber(p, end)) {
        return false;
      }
      space();
      if (p == end) return false;
      if (*p == ',') {
        ++p;
        space();
        continue;
      }
      if (*p != '}') return false;
      ++p;
      break;
    }
  }
  space();
  if (p != end) return false;
  out.has_text = seen[2];
  return true;
}

}  // namespace

bool ReadArticleJson(std::string_view line, ArticleJson& out) {
  out = ArticleJson();
  if (ReadFast(line, out)) return true;
  out = ArticleJson();
  auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  static const char* const kNames[] = {"id", "title", "text", "url", "lang", "date"};
  for (int k = 0; k < 6; ++k) {
    auto it = j.find(kNames[k]);
    if (it != j.end() && it->is_string()) *Field(out, k) = it->get<std::string>();
  }
  auto text = j.find("text");
  out.has_text = text != j.end() && text->is_string();
  return true;
}

}  // namespace bilat
