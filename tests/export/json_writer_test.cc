// The streaming JSON writer (export/src/json_writer.h) against nlohmann's dump(), whose bytes
// graph.json has always had; the output buffer; CleanView.

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "export_internal.h"
#include "json_writer.h"

namespace bilat::export_internal {
namespace {

using OJson = nlohmann::ordered_json;

// What graph.json's writer compares against: ordered_json dumped with ensure_ascii off and bad
// UTF-8 replaced.
std::string Dump(const OJson& j, int indent = 1) {
  return j.dump(indent, ' ', false, OJson::error_handler_t::replace);
}

// Writes `j` with JsonWriter, value by value.
void Write(JsonWriter& w, const OJson& j) {
  switch (j.type()) {
    case OJson::value_t::object:
      w.BeginObject();
      for (const auto& [k, v] : j.items()) {
        w.Key(k);
        Write(w, v);
      }
      w.EndObject();
      return;
    case OJson::value_t::array:
      w.BeginArray();
      for (const auto& v : j) Write(w, v);
      w.EndArray();
      return;
    case OJson::value_t::string:
      w.String(j.get_ref<const std::string&>());
      return;
    case OJson::value_t::number_integer:
      w.Int(j.get<long long>());
      return;
    case OJson::value_t::number_unsigned:
      w.Uint(j.get<unsigned long long>());
      return;
    case OJson::value_t::number_float:
      w.Double(j.get<double>());
      return;
    case OJson::value_t::boolean:
      w.Bool(j.get<bool>());
      return;
    default:
      w.Null();
  }
}

std::string Written(const OJson& j, unsigned indent = 1) {
  std::ostringstream s;
  {
    OutBuffer out(s);
    JsonWriter w(out, indent);
    Write(w, j);
  }
  return s.str();
}

std::string Quoted(std::string_view text) {
  std::string out;
  AppendJsonString(out, text);
  return out;
}

TEST_CASE("JsonWriter prints empty arrays and objects as [] and {}", "[json_writer]") {
  CHECK(Written(OJson::array()) == "[]");
  CHECK(Written(OJson::object()) == "{}");
  OJson j = OJson::object();
  j["a"] = OJson::array();
  j["b"] = OJson::object();
  j["c"] = OJson::array({OJson::object(), OJson::array()});
  CHECK(Written(j) == "{\n \"a\": [],\n \"b\": {},\n \"c\": [\n  {},\n  []\n ]\n}");
  CHECK(Written(j) == Dump(j));
}

TEST_CASE("JsonWriter nests and indents as nlohmann's dump(indent)", "[json_writer]") {
  OJson j = OJson::object();
  j["nodes"] = OJson::array({OJson{{"id", "x"}, {"aliases", OJson::array({"a", "b"})}}});
  j["n"] = 3;
  for (unsigned indent : {0u, 1u, 2u, 4u}) {
    INFO("indent " << indent);
    CHECK(Written(j, indent) == Dump(j, static_cast<int>(indent)));
  }
  CHECK(Written(j) ==
        "{\n \"nodes\": [\n  {\n   \"id\": \"x\",\n   \"aliases\": [\n    \"a\",\n    \"b\"\n"
        "   ]\n  }\n ],\n \"n\": 3\n}");
}

TEST_CASE("JSON strings: quotes, backslash and control characters are escaped", "[json_writer]") {
  CHECK(Quoted("") == "\"\"");
  CHECK(Quoted("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(Quoted("C:\\dir") == "\"C:\\\\dir\"");
  CHECK(Quoted("a/b") == "\"a/b\"");  // the solidus stays
  CHECK(Quoted("\b\f\n\r\t") == "\"\\b\\f\\n\\r\\t\"");
  CHECK(Quoted(std::string("\x00\x01\x1f", 3)) == "\"\\u0000\\u0001\\u001f\"");
  CHECK(Quoted("\x7f") == "\"\x7f\"");  // DEL is not escaped
  // Every byte below 0x80, one at a time and all together, as nlohmann writes them.
  std::string all;
  for (int c = 0; c < 0x80; ++c) {
    std::string one(1, static_cast<char>(c));
    INFO("byte " << c);
    CHECK(Quoted(one) == Dump(OJson(one)));
    all += one;
  }
  CHECK(Quoted(all) == Dump(OJson(all)));
}

TEST_CASE("JSON strings: non-ASCII text is written as is", "[json_writer]") {
  for (std::string s :
       {"Việt Nam", "Phạm Thị Thanh Trà", "Ελλάδα", "中国", "emoji \xF0\x9F\x98\x80",
        "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBF", "\xC2\x80\xC2\x9F"}) {
    INFO(s);
    CHECK(Quoted(s) == "\"" + s + "\"");
    CHECK(Quoted(s) == Dump(OJson(s)));
  }
}

TEST_CASE("JSON strings: invalid UTF-8 is replaced as nlohmann replaces it", "[json_writer]") {
  for (const std::string& s : std::vector<std::string>{
           "\xC3", "a\xC3(", "\xC3\xC3\xA9", "\x80", "x\xBFy", "\xE0\x80\x80", "\xED\xA0\x80",
           "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xC0\xAF", "ok \xE2\x82", "\xE2\x82\"q\"",
           "\xFF\xFE", std::string(600, 'a') + "\xC3" + std::string(600, '\x01')}) {
    INFO(s);
    CHECK_FALSE(IsValidUtf8(s));
    std::string got = Quoted(s);
    CHECK(got == Dump(OJson(s)));
    CHECK(IsValidUtf8(got));
  }
}

TEST_CASE("IsValidUtf8 accepts exactly the well-formed sequences", "[json_writer]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain"));
  CHECK(
      IsValidUtf8("\xC2\xA0\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xF0\x90\x80\x80\xF4\x8F\xBF\xBF"));
  CHECK_FALSE(IsValidUtf8("\xC1\xBF"));          // overlong
  CHECK_FALSE(IsValidUtf8("\xE0\x9F\xBF"));      // overlong
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(IsValidUtf8("\xF0\x8F\xBF\xBF"));  // overlong
  CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(IsValidUtf8("\xE2\x82"));          // truncated
  CHECK_FALSE(IsValidUtf8("\xE2\x28\xA1"));      // bad continuation
}

TEST_CASE("JSON numbers are printed as nlohmann prints them", "[json_writer]") {
  auto dbl = [](double v) {
    std::string s;
    AppendJsonDouble(s, v);
    return s;
  };
  CHECK(dbl(1.0) == "1.0");
  CHECK(dbl(2.0) == "2.0");
  CHECK(dbl(2.5) == "2.5");
  CHECK(dbl(std::nan("")) == "null");
  CHECK(dbl(std::numeric_limits<double>::infinity()) == "null");
  for (double v :
       {0.0, -0.0, 1.0, 12.0, 1000.0, 0.1, 1.0 / 3, 16.928203230275509, 1e15, 1e16, 1e17, 1e20,
        123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, -2.5, 158868.0}) {
    INFO(v);
    CHECK(dbl(v) == Dump(OJson(v)));
  }
  OJson ints = OJson::array({0, -1, 42, std::numeric_limits<long long>::min(),
                             std::numeric_limits<long long>::max(),
                             std::numeric_limits<unsigned long long>::max(), true, false, nullptr});
  CHECK(Written(ints) == Dump(ints));
}

// Random documents of every kind of value, compared byte for byte.
TEST_CASE("JsonWriter matches nlohmann on random documents", "[json_writer]") {
  std::mt19937 rng(13);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  const std::vector<std::string> pieces = {
      "a", "Trà", "\"", "\\", "\n", "\x01", "\x7f", "/", "\xC3", "\xE2\x82", "\xF0\x9F\x98\x80",
      " ", "é"};
  auto text = [&] {
    std::string s;
    for (int k = pick(6); k > 0; --k) s += pieces[static_cast<size_t>(pick(13))];
    return s;
  };
  std::function<OJson(int)> value = [&](int depth) -> OJson {
    switch (depth > 3 ? pick(5) : pick(7)) {
      case 0:
        return text();
      case 1:
        return static_cast<long long>(rng()) - (1LL << 31);
      case 2:
        return static_cast<double>(pick(1000)) / (1 + pick(8));
      case 3:
        return pick(2) == 0;
      case 4:
        return nullptr;
      case 5: {
        OJson a = OJson::array();
        for (int k = pick(4); k > 0; --k) a.push_back(value(depth + 1));
        return a;
      }
      default: {
        OJson o = OJson::object();
        for (int k = pick(4); k > 0; --k) o[text()] = value(depth + 1);
        return o;
      }
    }
  };
  for (int n = 0; n < 300; ++n) {
    OJson j = value(0);
    INFO(Dump(j));
    CHECK(Written(j) == Dump(j));
    CHECK(Written(j, 2) == Dump(j, 2));
  }
}

TEST_CASE("OutBuffer hands every byte to the stream, in order", "[json_writer]") {
  std::ostringstream s;
  std::string expected;
  {
    OutBuffer out(s);
    for (int i = 0; i < 200000; ++i) {
      out << "row " << i << ',' << std::string_view("x") << static_cast<size_t>(i % 7) << "\n";
      expected += "row " + std::to_string(i) + ",x" + std::to_string(i % 7) + "\n";
    }
    CHECK(s.str().size() < expected.size());  // part of it still buffered
  }
  CHECK(s.str() == expected);
}

TEST_CASE("CleanView returns clean text itself and cleans the rest as CleanText", "[json_writer]") {
  std::string scratch;
  for (std::string clean : {"", "ascii id", "Phạm Thị Thanh Trà", "tab\tand\nnewline"}) {
    std::string_view v = CleanView(clean, scratch);
    CHECK(v.data() == clean.data());
    CHECK(v.size() == clean.size());
  }
  for (std::string dirty : {"bad \xC3 byte", "ctrl \x01", "NFD Tra\xCC\x80", "bidi \xE2\x80\xAE!",
                            "\xC2\x85"
                            "c1",
                            "\xEF\xBF\xBE", "Tra\x01\xCC\x80"}) {
    INFO(dirty);
    std::string_view v = CleanView(dirty, scratch);
    CHECK(v != dirty);
    CHECK(std::string(v) == CleanText(dirty));
    CHECK(CleanText(std::string(v)) == std::string(v));  // idempotent
  }
  CHECK(CleanText("NFD Tra\xCC\x80") == "NFD Tr\xC3\xA0");
  CHECK(CleanText("Tra\x01\xCC\x80") == "Tr\xC3\xA0");  // dropped, then composed
}

}  // namespace
}  // namespace bilat::export_internal
