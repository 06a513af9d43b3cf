// The fact-line format (bilat extract / merge, docs/facts.md): version 2 round-trips every field,
// entities the knowledge base gives are written as their key and read back only with a knowledge
// base that gives the same, version-1 lines are still read, and bad lines are rejected with a
// reason.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bilat/extract.h"
#include "harness.h"

using namespace bilat;
using bilat::testing::TestKb;

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
  b.label = "Pháp";  // not the knowledge base's label (France): written in full
  Entity c;
  c.key = "agr:x#0";
  c.kind = "treaty-like";  // a kind without a code: written as a string
  c.label = "";
  c.attrs = {{"type", "agreement"}};  // attributes without aliases or country
  Entity e;
  e.key = "person:hoang van cuong";
  e.kind = "person";
  e.label = "Hoàng Văn Cường 😀";
  d.entities = {a, b, c, e};
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
  g.target = e.key;
  g.date = {};
  g.date_source = DateSource::kNone;
  g.candidate_years.clear();
  g.role.clear();
  g.place.clear();
  g.prov = {"other.txt", 0, 0, 5, Zone::kCaption, "Caption."};  // another document's sentence
  Fact h = f;
  h.prov.evidence = "Another text for sentence 3.";  // kept in the fact itself
  h.prov.begin = 11;
  h.prov.zone = Zone::kRelated;
  Fact k;  // no sentence, a kind without a code, only a place after the defaults
  k.kind = "praised";
  k.source = e.key;
  k.target = c.key;
  k.place = "Hà Nội";
  k.prov = {d.doc, -1, 7, 8, Zone::kBoilerplate, "loose evidence"};
  Fact m = f;  // a date range and the strongest sources
  m.kind = "signed";
  m.target = c.key;
  m.date = *DateRange::Parse("2024-10-03/2024-10-07");
  m.date_source = DateSource::kKnowledgeBase;
  m.candidate_years.clear();
  m.prov = {d.doc, 0, 0, 5, Zone::kCaption, "Caption."};  // same sentence number as g's row
  d.facts = {f, g, h, k, m};
  return d;
}

void RequireSame(const DocumentFacts& a, const DocumentFacts& b) {
  CHECK(a.doc == b.doc);
  CHECK(a.origin == b.origin);
  CHECK(a.lang == b.lang);
  CHECK(a.published.ToEdtf() == b.published.ToEdtf());
  REQUIRE(a.entities.size() == b.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity &x = a.entities[i], &y = b.entities[i];
    CHECK(x.key == y.key);
    CHECK(x.kind == y.kind);
    CHECK(x.label == y.label);
    CHECK(x.country == y.country);
    CHECK(x.aliases == y.aliases);
    CHECK(x.attrs == y.attrs);
  }
  REQUIRE(a.facts.size() == b.facts.size());
  for (size_t i = 0; i < a.facts.size(); ++i) {
    const Fact &x = a.facts[i], &y = b.facts[i];
    CHECK(x.kind == y.kind);
    CHECK(x.source == y.source);
    CHECK(x.target == y.target);
    CHECK(x.date.ToEdtf() == y.date.ToEdtf());
    CHECK(x.date_source == y.date_source);
    CHECK(x.candidate_years == y.candidate_years);
    CHECK(x.role == y.role);
    CHECK(x.place == y.place);
    CHECK(x.prov.doc == y.prov.doc);
    CHECK(x.prov.sentence == y.prov.sentence);
    CHECK(x.prov.begin == y.prov.begin);
    CHECK(x.prov.end == y.prov.end);
    CHECK(x.prov.zone == y.prov.zone);
    CHECK(x.prov.evidence == y.prov.evidence);
  }
}

std::string Message(const std::string& line, const kb::KnowledgeBase* kb = nullptr) {
  auto r = FromJsonLine(line, kb);
  return r.ok() ? std::string("ok") : r.status().message();
}

// A v2 line for the malformed-line table: `e` and `f` members around one known-good entity.
std::string Line(const std::string& members) { return "{\"v\":2,\"doc\":\"x\"" + members + "}"; }

}  // namespace

TEST_CASE("v2 fact lines round-trip every field", "[facts]") {
  DocumentFacts d = Sample();
  std::string line = ToJsonLine(d);
  INFO(line);
  CHECK(line.rfind("{\"v\":2,\"doc\":", 0) == 0);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(IsCanonicalV2Prefix(line));
  // Any JSON parser reads it; strings are raw UTF-8 with control characters escaped.
  nlohmann::json j = nlohmann::json::parse(line);
  CHECK(j["v"] == 2);
  CHECK(j["e"].size() == 4);
  CHECK(j["f"].size() == 5);
  CHECK(line.find("\\u0001\\u001f\x7f\\tend\\n") != std::string::npos);
  CHECK(line.find("Tô Lâm") != std::string::npos);
  const std::string tail = ",\"origin\":\"dir/a.txt\"}";  // the last member
  CHECK(line.compare(line.size() - tail.size(), tail.size(), tail) == 0);
  // Each evidence sentence once, in sentence order, with its offsets and zone.
  CHECK(j["s"] == nlohmann::json::parse(
                      "[[0,0,5,2,\"Caption.\"],[3,10,99,1,\"Sentence \\\"three\\\" \U0001F600.\"]]"));
  // Defaults left out: a part-less fact is four numbers; codes for known kinds.
  CHECK(j["f"][1] == nlohmann::json::parse("[0,0,3,0,\"\",0,[],\"\",\"\",{\"doc\":\"other.txt\"}]"));
  CHECK(j["f"][3] == nlohmann::json::parse(
                         "[\"praised\",3,2,-1,\"\",0,[],\"\",\"Hà Nội\",{\"begin\":7,\"end\":8,"
                         "\"zone\":4,\"evidence\":\"loose evidence\"}]"));
  CHECK(j["f"][2][9] == nlohmann::json::parse(
                            "{\"begin\":11,\"zone\":3,\"evidence\":\"Another text for sentence 3.\"}"));
  CHECK(j["e"][2] == nlohmann::json::parse("[\"agr:x#0\",\"treaty-like\",\"\",\"\",[],{\"type\":\"agreement\"}]"));
  CHECK(j["e"][3] == nlohmann::json::parse("[\"person:hoang van cuong\",0,\"Hoàng Văn Cường 😀\"]"));
  CHECK(!j.contains("kb"));  // no knowledge base given: every entity in full
  auto back = FromJsonLine(line);
  REQUIRE(back.ok());
  RequireSame(back.value(), d);
  CHECK(ToJsonLine(back.value()) == line);
}

TEST_CASE("v2 lines of other JSON writers read the same", "[facts]") {
  DocumentFacts d = Sample();
  std::string line = ToJsonLine(d);
  nlohmann::json j = nlohmann::json::parse(line);
  for (const std::string& other : {j.dump(2, ' ', true), j.dump(1, '\t', false)}) {
    auto r = FromJsonLine(other);
    INFO(other);
    INFO((r.ok() ? std::string() : r.status().message()));
    REQUIRE(r.ok());
    CHECK(ToJsonLine(r.value()) == line);
  }
  // Members in another order.
  std::string reordered = "{\"v\":2,\"origin\":\"dir/a.txt\",\"s\":" + j["s"].dump() +
                          ",\"f\":" + j["f"].dump() + ",\"e\":" + j["e"].dump() +
                          ",\"published\":\"2024-10-04\",\"lang\":\"vi\",\"doc\":" +
                          j["doc"].dump() + "}";
  auto r = FromJsonLine(reordered);
  REQUIRE(r.ok());
  CHECK(ToJsonLine(r.value()) == line);
}

TEST_CASE("empty documents and invalid UTF-8", "[facts]") {
  DocumentFacts d;
  d.doc = "empty";
  std::string line = ToJsonLine(d);
  CHECK(line == "{\"v\":2,\"doc\":\"empty\"}");
  auto r = FromJsonLine(line);
  REQUIRE(r.ok());
  RequireSame(r.value(), d);
  // Bytes that are not UTF-8 become U+FFFD, so that the line is JSON; then it is a fixed point.
  DocumentFacts bad = Sample();
  bad.facts[0].role = "bad \xC3\x28 byte \xFF";
  std::string written = ToJsonLine(bad);
  CHECK(written.find("bad \xEF\xBF\xBD( byte \xEF\xBF\xBD") != std::string::npos);
  CHECK_NOTHROW(nlohmann::json::parse(written));
  auto again = FromJsonLine(written);
  REQUIRE(again.ok());
  CHECK(ToJsonLine(again.value()) == written);
}

TEST_CASE("entities the knowledge base gives are written as their key", "[facts]") {
  const kb::KnowledgeBase& kb = TestKb();
  DocumentFacts d = Sample();
  Entity france;
  REQUIRE(kb.CountryById("france"));
  france.key = "country:france";
  france.kind = "country";
  france.label = kb.CountryById("france")->en;
  france.country = "france";
  Entity moha;
  REQUIRE(kb.BodyById("vn.moha"));
  moha.key = "kb:vn.moha";
  moha.kind = "ministry";
  moha.label = kb.BodyById("vn.moha")->en;
  moha.country = "vietnam";
  Entity to_lam;
  const kb::Person* p = kb.PersonById("vn.to_lam");
  REQUIRE(p);
  to_lam.key = "kb:vn.to_lam";
  to_lam.kind = "person";
  to_lam.label = p->name;
  to_lam.country = p->country;
  if (!p->gender.empty()) to_lam.attrs["gender"] = p->gender;
  d.entities[1] = france;
  d.entities.push_back(moha);
  d.entities.push_back(to_lam);  // a second kb:vn.to_lam: facts refer to the first
  d.facts[0].target = moha.key;
  std::string line = ToJsonLine(d, &kb);
  INFO(line);
  nlohmann::json j = nlohmann::json::parse(line);
  CHECK(j["e"][0].is_array());  // Tô Lâm with aliases and another attribute: in full
  CHECK(j["e"][1] == "country:france");
  CHECK(j["e"][4] == "kb:vn.moha");
  CHECK(j["e"][5] == "kb:vn.to_lam");
  REQUIRE(j.contains("kb"));
  CHECK(j["kb"].get<std::string>().size() == 16);
  CHECK(j["f"][0][2] == 4);
  auto back = FromJsonLine(line, &kb);
  REQUIRE(back.ok());
  RequireSame(back.value(), d);
  CHECK(ToJsonLine(back.value(), &kb) == line);
  CHECK(ToJsonLine(back.value()) == ToJsonLine(d));  // and in full without the knowledge base
  // Without a knowledge base, or with one that does not give the same entities: an error that
  // names the entity, never other names.
  CHECK(Message(line) == "entity 'country:france' is the knowledge base's: the line is read with one");
  std::string other_digest = line;
  size_t at = other_digest.find("\"kb\":\"") + 6;
  other_digest[at] = other_digest[at] == '0' ? '1' : '0';
  CHECK(Message(other_digest, &kb).find("the knowledge base gives its entities (country:france, "
                                        "...) other names") == 0);
  auto extra = kb::KnowledgeBase::Load(BILAT_SOURCE_DIR "/resources",
                                       {BILAT_SOURCE_DIR "/tests/data/kb/extra/japan_people.tsv"});
  REQUIRE(extra.ok());
  const kb::Person* jp = extra.value().PersonById("jp.kamikawa_yoko");
  REQUIRE(jp);
  DocumentFacts j2;
  j2.doc = "jp";
  Entity kamikawa;
  kamikawa.key = "kb:jp.kamikawa_yoko";
  kamikawa.kind = "person";
  kamikawa.label = jp->name;
  kamikawa.country = jp->country;
  if (!jp->gender.empty()) kamikawa.attrs["gender"] = jp->gender;
  j2.entities = {kamikawa};
  std::string jline = ToJsonLine(j2, &extra.value());
  CHECK(jline.find("\"e\":[\"kb:jp.kamikawa_yoko\"]") != std::string::npos);
  CHECK(FromJsonLine(jline, &extra.value()).ok());
  CHECK(Message(jline, &kb) ==
        "entity 'kb:jp.kamikawa_yoko' is not in the knowledge base (extracted with other --kb "
        "files? merge with the same ones)");
  // A digest without such entities, or such entities without a digest.
  CHECK(Message(Line(",\"e\":[[\"k\",0,\"K\"]],\"kb\":\"0123456789abcdef\""), &kb) ==
        "\"kb\" but no knowledge-base entity");
  CHECK(Message(Line(",\"e\":[\"country:france\"]"), &kb) ==
        "knowledge-base entities without \"kb\"");
}

TEST_CASE("v1 fact lines are still read", "[facts]") {
  // As the version-1 writer wrote them: keys sorted, a sentence table, provenance as objects.
  const std::string v1 =
      "{\"doc\":\"a.txt\",\"entities\":[{\"country\":\"vietnam\",\"key\":\"country:vietnam\","
      "\"kind\":\"country\",\"label\":\"Vietnam\"},{\"aliases\":[\"To Lam\"],\"attrs\":{\"gender\":"
      "\"m\"},\"country\":\"vietnam\",\"key\":\"kb:vn.to_lam\",\"kind\":\"person\",\"label\":\"Tô "
      "Lâm\"}],\"facts\":[{\"candidate_years\":[2024],\"date\":\"XXXX-10-04\",\"date_source\":"
      "\"text\",\"kind\":\"holds_position\",\"place\":\"Paris\",\"prov\":{\"begin\":5,\"end\":40,"
      "\"sentence\":1,\"zone\":\"caption\"},\"role\":\"General Secretary\",\"source\":"
      "\"kb:vn.to_lam\",\"target\":\"country:vietnam\"},{\"kind\":\"visited\",\"prov\":{\"begin\":0,"
      "\"doc\":\"b.txt\",\"end\":3,\"evidence\":\"Own.\",\"sentence\":2,\"zone\":\"story\"},"
      "\"source\":\"kb:vn.to_lam\",\"target\":\"country:vietnam\"}],\"lang\":\"en\",\"origin\":"
      "\"in/a.txt\",\"published\":\"2024-10\",\"sentences\":[[1,\"Tô Lâm, General Secretary.\"]]}";
  auto r = FromJsonLine(v1);
  REQUIRE(r.ok());
  const DocumentFacts& d = r.value();
  CHECK(d.doc == "a.txt");
  CHECK(d.origin == "in/a.txt");
  CHECK(d.published.ToEdtf() == "2024-10");
  REQUIRE(d.entities.size() == 2);
  CHECK(d.entities[1].aliases == std::vector<std::string>{"To Lam"});
  CHECK(d.entities[1].attrs.at("gender") == "m");
  REQUIRE(d.facts.size() == 2);
  CHECK(d.facts[0].prov.evidence == "Tô Lâm, General Secretary.");
  CHECK(d.facts[0].prov.zone == Zone::kCaption);
  CHECK(d.facts[0].prov.doc == "a.txt");
  CHECK(d.facts[0].candidate_years == std::vector<int>{2024});
  CHECK(d.facts[0].date_source == DateSource::kText);
  CHECK(d.facts[1].prov.doc == "b.txt");
  CHECK(d.facts[1].prov.evidence == "Own.");
  // Written again it is version 2, with the same facts.
  std::string v2 = ToJsonLine(d, &TestKb());
  CHECK(IsCanonicalV2Prefix(v2));
  auto again = FromJsonLine(v2, &TestKb());
  REQUIRE(again.ok());
  RequireSame(again.value(), d);
  // The oldest form (evidence and doc in every fact), spaced, with an unknown field: nlohmann's path.
  nlohmann::json j = nlohmann::json::parse(v1);
  j["future_field"] = {1, 2.5, nullptr};
  j.erase("sentences");
  j["facts"][0]["prov"]["evidence"] = "Tô Lâm, General Secretary.";
  j["facts"][0]["prov"]["doc"] = "a.txt";
  auto old = FromJsonLine(j.dump(2));
  REQUIRE(old.ok());
  RequireSame(old.value(), d);
  // v1 messages are unchanged.
  CHECK(Message("[1, 2]") == "not a JSON object");
  CHECK(Message("{\"entities\": []}") == "missing \"doc\"");
  CHECK(Message("{\"doc\": \"x\", \"entities\": [{\"key\": \"k\"}]}") == "entity without key/kind");
  CHECK(Message("{\"doc\": \"x\", \"entities\": [], \"facts\": [{\"kind\": \"met\", \"source\": "
                "\"a\", \"target\": \"b\"}]}") ==
        "fact met refers to an entity the line does not hold");
  CHECK(Message("{\"doc\": \"x\", \"entities\": [{\"key\": \"k\", \"kind\": \"person\"}], "
                "\"facts\": [{\"kind\": \"met\", \"source\": \"k\", \"target\": \"k\", "
                "\"date\": \"2024-13-45\"}]}") == "bad date \"2024-13-45\"");
  CHECK(Message("{\"doc\": \"x\xC3\x28\"}") != "ok");
  // A line with "v" is version 2 wherever "v" stands (nlohmann and others sort members).
  CHECK(Message("{\"doc\": \"x\", \"v\": 2}") == "ok");
  CHECK(Message("{\"doc\": \"x\", \"entities\": [], \"v\": 2}") ==
        "unknown member \"entities\" (byte 14)");
}

TEST_CASE("malformed v2 lines are rejected with what is wrong and where", "[facts]") {
  const std::string e = ",\"e\":[[\"k\",0,\"K\"]]";
  struct Case {
    std::string line, message;
  };
  const Case cases[] = {
      {"{\"v\":3,\"doc\":\"x\"}", "version 3 is not one this bilat reads (1, 2) (byte 6)"},
      {"{\"v\":\"2\",\"doc\":\"x\"}", "expected an integer (byte 6)"},
      {"{\"v\":2}", "missing \"doc\" (byte 8)"},
      {Line(",\"doc\":\"y\""), "member \"doc\" twice (byte 18)"},
      {Line(",\"docs\":1"), "unknown member \"docs\" (byte 18)"},
      {Line("") + " x", "text after the object (byte 19)"},
      {"{\"v\":2,\"doc\":\"x\"", "expected ',' or '}' (byte 17)"},
      {"{\"v\":2,\"doc\":\"\"}", "empty \"doc\" (byte 8)"},
      {"{\"v\":2,\"doc\":\"x\xC3\x28\"}", "invalid UTF-8 in a string (byte 14)"},
      {"{\"v\":2,\"doc\":\"\\ud800\"}", "lone surrogate in a \\u escape (byte 21)"},
      {"{\"v\":2,\"doc\":\"a\tb\"}", "control character in a string (byte 16)"},
      {"{\"v\":2,\"doc\":\"a\\qb\"}", "bad escape \\q (byte 18)"},
      {Line(",\"published\":\"2024-13\""), "bad \"published\" date \"2024-13\" (byte 18)"},
      {Line(",\"kb\":\"xyz\""), "\"kb\" is not 16 hexadecimal digits (byte 18)"},
      {Line(",\"e\":[[\"\",0,\"K\"]]"), "entity with an empty key (byte 24)"},
      {Line(",\"e\":[[\"k\",9,\"K\"]]"), "entity kind 9 is not 0-4 (byte 28)"},
      {Line(",\"e\":[[\"k\",0]]"), "expected ',' and the entity's label (byte 29)"},
      {Line(",\"e\":[[\"k\",0,\"K\",\"\",[],{},1]]"),
       "expected ']' (an entity has at most 6 elements) (byte 42)"},
      {Line(",\"e\":[[\"k\",0,\"K\",\"\",[],{\"a\":\"1\",\"a\":\"2\"}]]"), "attribute twice (byte 49)"},
      {Line(",\"e\":[[\"k\",0,\"K\",\"\",[1]]]"), "expected a string (byte 38)"},
      {Line(e + ",\"f\":[[0,0,1,-1]]"), "fact 0 (met): entity 1 is not one of the line's 1"},
      {Line(e + ",\"f\":[[7,0,0,-1]]"), "fact kind 7 is not 0-5 (byte 42)"},
      {Line(e + ",\"f\":[[0,0,0,3]]"), "fact 0 (met): sentence 3 is not in \"s\""},
      {Line(e + ",\"f\":[[0,0,0,-2]]"), "sentence number out of range (byte 50)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"2024-13-45\"]]"), "bad date \"2024-13-45\" (byte 51)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",9]]"), "date source 9 is not 0-8 (byte 54)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[0]]]"), "candidate year out of 1-9999 (byte 57)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[2024.5]]]"),
       "expected an integer, not a fraction (byte 57)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[],\"\",\"\",{\"zone\":5}]]"), "zone 5 is not 0-4 (byte 73)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[],\"\",\"\",{\"x\":1}]]"),
       "unknown provenance member \"x\" (byte 66)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[],\"\",\"\",{\"begin\":-1}]]"), "offset out of range (byte 74)"},
      {Line(e + ",\"f\":[[0,0,0,-1,\"\",0,[],\"\",\"\",{},5]]"),
       "expected ']' (a fact has at most 10 elements) (byte 67)"},
      {Line(e + ",\"f\":[[0,0,0,1]],\"s\":[[1,0,5,1,\"a\"],[1,0,5,1,\"b\"]]"),
       "sentence 1 twice in \"s\""},
      {Line(",\"s\":[[1,0,5,1]]"), "expected ',' (byte 31)"},
      {Line(",\"s\":[[1,0,5,7,\"a\"]]"), "zone 7 is not 0-4 (byte 31)"},
      {Line(",\"s\":[[01,0,5,1,\"a\"]]"), "integer with a leading zero (byte 24)"},
      {Line(",\"s\":[[1,0,99999999999,1,\"a\"]]"), "offset out of range (byte 28)"},
      {Line(",\"e\":{}"), "expected an array (byte 22)"},
      {"{\"v\":2,\"doc\":\"x\",}", "expected a string (byte 18)"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(Message(c.line) == c.message);
  }
  // And the cases' well-formed neighbours are read.
  CHECK(Message(Line(e + ",\"f\":[[0,0,0,1]],\"s\":[[1,0,5,1,\"a\"]]")) == "ok");
  CHECK(Message(Line(e + ",\"f\":[[\"custom\",0,0,-1,\"2024-10-04?\",3,[2024],\"r\",\"p\",{}]]")) == "ok");
}
