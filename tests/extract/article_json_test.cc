// ReadArticleJson: JSON Lines article records. The hand-written reader must give what nlohmann's
// parser gives on every line, wellformed or not: table rows for each shape it reads itself or
// hands over, then random edits of real-looking records checked against nlohmann.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include <vector>

#include "bilat/extract.h"

namespace bilat {
namespace {

// What the reader must answer: nlohmann's DOM, read as the CLI always read it.
bool Reference(const std::string& line, ArticleJson& out) {
  out = ArticleJson();
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  auto str = [&](const char* k) {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  out.id = str("id");
  out.title = str("title");
  out.text = str("text");
  out.url = str("url");
  out.lang = str("lang");
  out.date = str("date");
  out.has_text = j.contains("text") && j["text"].is_string();
  return true;
}

std::string Show(bool ok, const ArticleJson& a) {
  if (!ok) return "(not an object)";
  return "id=" + a.id + " title=" + a.title + " text=" + a.text + " url=" + a.url +
         " lang=" + a.lang + " date=" + a.date + (a.has_text ? " has_text" : " no_text");
}

void CheckSame(const std::string& line) {
  ArticleJson got, want;
  bool ok = ReadArticleJson(line, got);
  bool ref = Reference(line, want);
  INFO("line: " << line);
  CHECK(Show(ok, got) == Show(ref, want));
}

TEST_CASE("article records: each shape reads as nlohmann reads it", "[article_json]") {
  struct Row {
    const char* what;
    std::string line;
    const char* expect;  // Show() of the answer
  };
  const std::vector<Row> rows = {
      {"the common record",
       R"({"id":"a1","title":"T","text":"Body.","url":"u","lang":"en","date":"2024-01-02"})",
       "id=a1 title=T text=Body. url=u lang=en date=2024-01-02 has_text"},
      {"spaces everywhere", " \t{ \"text\" :\r\"x\" , \"id\" : \"b\" }\t ",
       "id=b title= text=x url= lang= date= has_text"},
      {"escapes", R"({"text":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00"})",
       "id= title= text=a\"b\\c/d\n\té\xF0\x9F\x98\x80 url= lang= date= has_text"},
      {"UTF-8 as written", "{\"text\":\"Hà Nội\"}", "id= title= text=Hà Nội url= lang= date= has_text"},
      {"other members of every simple kind",
       R"({"n":0,"m":-12.5,"t":true,"f":false,"z":null,"s":"x","text":"y"})",
       "id= title= text=y url= lang= date= has_text"},
      {"nested values (nlohmann reads them)", R"({"tags":["a",{"b":[1,2]}],"text":"y"})",
       "id= title= text=y url= lang= date= has_text"},
      {"a long number and an exponent (nlohmann)", R"({"n":12345678901234567890,"e":1e5,"text":"y"})",
       "id= title= text=y url= lang= date= has_text"},
      {"a number too large for a double (nlohmann refuses it)", R"({"e":1e400,"text":"y"})",
       "(not an object)"},
      {"a repeated member: the last one", R"({"text":"one","text":"two"})",
       "id= title= text=two url= lang= date= has_text"},
      {"a wanted member that is not a string", R"({"text":5,"id":["x"]})",
       "id= title= text= url= lang= date= no_text"},
      {"an escaped key", R"({"t\u0065xt":"y"})", "id= title= text=y url= lang= date= has_text"},
      {"the empty object", "{}", "id= title= text= url= lang= date= no_text"},
      {"no text", R"({"id":"a"})", "id=a title= text= url= lang= date= no_text"},
      {"an array", "[1,2]", "(not an object)"},
      {"a string", "\"text\"", "(not an object)"},
      {"a trailing comma", R"({"text":"y",})", "(not an object)"},
      {"text after the object", R"({"text":"y"} x)", "(not an object)"},
      {"two objects", R"({"text":"y"}{"text":"z"})", "(not an object)"},
      {"unterminated", R"({"text":"y)", "(not an object)"},
      {"a control character in a string", "{\"text\":\"a\x01b\"}", "(not an object)"},
      {"invalid UTF-8", "{\"text\":\"a\xC3\"}", "(not an object)"},
      {"a lone surrogate", R"({"text":"\ud800"})", "(not an object)"},
      {"a bad escape", R"({"text":"\q"})", "(not an object)"},
      {"a leading zero", R"({"n":01,"text":"y"})", "(not an object)"},
      {"a bare word", R"({"n":nul,"text":"y"})", "(not an object)"},
      {"single quotes", "{'text':'y'}", "(not an object)"},
      {"a byte-order mark (nlohmann skips it)", "\xEF\xBB\xBF{\"text\":\"y\"}",
       "id= title= text=y url= lang= date= has_text"},
      {"empty", "", "(not an object)"},
  };
  for (const Row& row : rows) {
    SECTION(row.what) {
      ArticleJson a;
      bool ok = ReadArticleJson(row.line, a);
      CHECK(Show(ok, a) == row.expect);
      CheckSame(row.line);
    }
  }
}

TEST_CASE("article records: random edits read as nlohmann reads them", "[article_json]") {
  const std::vector<std::string> seeds = {
      R"({"id":"vna-1","title":"Việt Nam, Pháp","text":"Hà Nội (VNA) - Thủ tướng \"A\" tiếp\nB.","url":"https://x/y","lang":"vi","date":"2024-03-05","n":12,"ok":true})",
      R"({"text":"Paris, March 5 \u2014 talks\t\ud83d\ude00","tags":["a","b"],"meta":{"k":null},"x":-0.5})",
      R"({ "lang" : "en" , "text" : "short" , "id" : "" , "z" : false })",
  };
  const std::string alphabet = "{}[]:,\"\\ u0e9-.1tfn\x01\xC3\xA0\xFF" "abxd";
  std::mt19937 rng(20261204);
  for (const std::string& seed : seeds) {
    CheckSame(seed);
    for (int round = 0; round < 1500; ++round) {
      std::string line = seed;
      int edits = 1 + static_cast<int>(rng() % 3);
      for (int e = 0; e < edits && !line.empty(); ++e) {
        size_t at = rng() % line.size();
        char c = alphabet[rng() % alphabet.size()];
        switch (rng() % 3) {
          case 0: line[at] = c; break;
          case 1: line.insert(line.begin() + static_cast<long>(at), c); break;
          default: line.erase(at, 1); break;
        }
      }
      ArticleJson got, want;
      bool ok = ReadArticleJson(line, got);
      bool ref = Reference(line, want);
      if (Show(ok, got) != Show(ref, want)) {
        INFO("line: " << line);
        CHECK(Show(ok, got) == Show(ref, want));
      }
    }
  }
}

}  // namespace
}  // namespace bilat
