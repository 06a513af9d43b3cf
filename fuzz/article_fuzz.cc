// libFuzzer target: arbitrary bytes as one line of a JSON Lines article feed (ReadArticleJson, the
// reader of `bilat build feed.jsonl`). Invariant: the hand-written reader answers what nlohmann's
// parser answers (object or not; each wanted member's string, or empty; whether "text" is a
// string), on every input. Seeds: fuzz/regressions/article_fuzz/ (records of several shapes).
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "bilat/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  bilat::ArticleJson got;
  bool ok = bilat::ReadArticleJson(line, got);
  auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  bool ref = !j.is_discarded() && j.is_object();
  if (ok != ref) std::abort();
  if (!ok) return 0;
  auto str = [&](const char* k) {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (got.id != str("id") || got.title != str("title") || got.text != str("text") ||
      got.url != str("url") || got.lang != str("lang") || got.date != str("date"))
    std::abort();
  auto text = j.find("text");
  if (got.has_text != (text != j.end() && text->is_string())) std::abort();
  return 0;
}
