// The fact-line format (bilat extract / merge): the hand-written writer gives nlohmann's bytes,
// the hand-written reader reads what nlohmann's path reads, and bad lines are reported.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bilat/extract.h"

using namespace bilat;

namespace {

DocumentFacts Sample() {
  DocumentFacts d;
  d.doc = "doc \"1\"\\x.txt";
  d.origin = "dir/a.txt";
  d.lang = "vi";
  d.published = *PartialDate::Parse("2024-10-04");
  Entity a;
  a.key = "kb:vn.to_lam";
  a.kind = "person";
  a.label = "Tô Lâm";
  a.country = "vietnam";
  a.aliases = {"To Lam", "ctl\x01\x1f\x7f\tend\n"};
  a.attrs = {{"gender", "m"}, {"z\"k", "v\\"}};
  Entity b;
  b.key = "country:france";
  b.kind = "country";
  b.label = "Pháp";
  d.entities = {a, b};
  Fact f;
  f.kind = "visited";
  f.source = a.key;
  f.target = b.key;
  f.date = *DateRange::Parse("XXXX-10-04");
  f.date_source = DateSource::kText;
  f.candidate_years = {2024, 2025};
  f.role = "Tổng Bí thư";
  f.place = "Paris";
  f.prov = {d.doc, 3, 10, 99, Zone::kStory, "Sentence \"three\" \U0001F600."};
  Fact g = f;
  g.kind = "met";
  g.date = {};
  g.date_source = DateSource::kNone;
  g.candidate_years.clear();
  g.role.clear();
  g.place.clear();
  g.prov = {"other.txt", 0, 0, 5, Zone::kCaption, "Caption."};
  Fact h = f;
  h.prov.evidence = "Another text for sentence 3.";  // kept in the fact itself
  d.facts = {f, g, h};
  return d;
}

// The reference form: what ToJsonLine wrote with nlohmann before the hand-written writer.
std::string Normalised(const std::string& line) {
  return nlohmann::json::parse(line).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("fact lines are nlohmann's compact JSON, byte for byte", "[facts]") {
  DocumentFacts d = Sample();
  std::string line = ToJsonLine(d);
  CHECK(line == Normalised(line));
  CHECK(line.find("\\u0001\\u001f\x7f\\tend\\n") != std::string::npos);
  CHECK(line.find("\"sentences\":[[0,\"Caption.\"],[3,") != std::string::npos);
  // Invalid UTF-8 is replaced as nlohmann does.
  d.facts[0].role = "bad \xC3\x28 byte";
  std::string bad = ToJsonLine(d);
  CHECK(bad.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(FromJsonLine(bad).ok());
}

TEST_CASE("fact lines read back to the same facts, by either reader", "[facts]") {
  DocumentFacts d = Sample();
  std::string line = ToJsonLine(d);
  auto back = FromJsonLine(line);
  REQUIRE(back.ok());
  CHECK(ToJsonLine(back.value()) == line);
  const DocumentFacts& r = back.value();
  REQUIRE(r.facts.size() == 3);
  CHECK(r.facts[0].prov.evidence == d.facts[0].prov.evidence);
  CHECK(r.facts[1].prov.doc == "other.txt");
  CHECK(r.facts[2].prov.evidence == "Another text for sentence 3.");
  CHECK(r.facts[0].prov.doc == d.doc);
  CHECK(r.entities[0].attrs.at("z\"k") == "v\\");
  // The same line with spaces, escapes and an unknown field (nlohmann's path) reads the same.
  nlohmann::json j = nlohmann::json::parse(line);
  j["future_field"] = {1, 2.5, nullptr};
  std::string pretty = j.dump(2, ' ', true);
  auto other = FromJsonLine(pretty);
  REQUIRE(other.ok());
  CHECK(ToJsonLine(other.value()) == line);
  // Spaces and \u escapes alone (the hand-written reader's path) too.
  j.erase("future_field");
  auto spaced = FromJsonLine(j.dump(1, '\t', true));
  REQUIRE(spaced.ok());
  CHECK(ToJsonLine(spaced.value()) == line);
}

TEST_CASE("bad fact lines are rejected with a reason", "[facts]") {
  auto message = [](const std::string& line) {
    auto r = FromJsonLine(line);
    return r.ok() ? std::string("ok") : r.status().message();
  };
  CHECK(message("{\"doc\": \"x\", \"facts\": [{\"kind\": \"met\"") != "ok");
  CHECK(message("[1, 2]") == "not a JSON object");
  CHECK(message("{\"entities\": []}") == "missing \"doc\"");
  CHECK(message("{\"doc\": \"\"}") == "missing \"doc\"");
  CHECK(message("{\"doc\": \"x\", \"entities\": [{\"key\": \"k\"}]}") == "entity without key/kind");
  CHECK(message("{\"doc\": \"x\", \"entities\": [], \"facts\": [{\"kind\": \"met\", \"source\": "
                "\"a\", \"target\": \"b\"}]}") ==
        "fact met refers to an entity the line does not hold");
  CHECK(message("{\"doc\": \"x\", \"entities\": [{\"key\": \"k\", \"kind\": \"person\"}], "
                "\"facts\": [{\"kind\": \"met\", \"source\": \"k\", \"target\": \"k\", "
                "\"date\": \"2024-13-45\"}]}") == "bad date \"2024-13-45\"");
  CHECK(message("{\"doc\": \"x\xC3\x28\"}") != "ok");          // invalid UTF-8
  CHECK(message("{\"doc\": \"x\"} trailing") != "ok");          // not one value
  CHECK(message("{\"doc\": \"\\ud800\"}") != "ok");             // lone surrogate
  CHECK(message("{\"doc\": \"x\", \"doc\": \"y\"}") == "ok");   // nlohmann: the last wins
  CHECK(FromJsonLine("{\"doc\": \"x\", \"doc\": \"y\"}").value().doc == "y");
}
