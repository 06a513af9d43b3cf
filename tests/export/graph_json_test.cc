// graph.json: the whole graph with provenance, deterministic.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_graphs.h"

namespace bilat {
namespace {

using namespace bilat::testing;
using nlohmann::json;

TEST_CASE("graph.json carries nodes, edges with provenance and the document count", "[json]") {
  std::string text = Render([](std::ostream& o) { WriteGraphJson(SampleGraph(), o); });
  json j = json::parse(text);
  CHECK(j["documents"] == 3);
  REQUIRE(j["nodes"].size() == 10);
  REQUIRE(j["edges"].size() == 13);
  const json& tra = j["nodes"][9];
  CHECK(tra["id"] == "person:vn.tra");
  CHECK(tra["label"] == "Phạm Thị Thanh Trà");
  CHECK(tra["kind"] == "person");
  CHECK(tra["country"] == "Vietnam");
  CHECK(tra["aliases"] == json::array({"Pham Thi Thanh Tra"}));
  CHECK(tra["sources"] == json::array({"doc1.txt"}));
  const json& agreement = j["nodes"][0];
  CHECK(agreement["attrs"]["period"] == "2025/2028");
  // Keys in a fixed order, attrs sorted.
  CHECK(text.find("\"id\"") < text.find("\"label\""));
  CHECK(text.find("\"period\"") < text.find("\"topic\""));
  bool found = false;
  for (const json& e : j["edges"]) {
    CHECK(e["weight"].get<double>() > 0);
    CHECK(e["id"].get<std::string>().rfind("e", 0) == 0);
    if (e["kind"] != "met" || e["date"] != "2024-10-04") continue;
    found = true;
    CHECK(e["source"] == "person:vn.tra");
    CHECK(e["target"] == "person:fr.kasbarian");
    CHECK(e["place"] == "Paris");
    CHECK(e["weight"] == 2.0);
    CHECK(e["sources"] == json::array({"doc1.txt", "doc2.txt"}));
    REQUIRE(e["provenance"].size() == 2);
    const json& p = e["provenance"][0];
    CHECK(p["doc"] == "doc1.txt");
    CHECK(p["sentence"] == 2);
    CHECK(p["begin"] == 10);
    CHECK(p["end"] == 120);
    CHECK(p["zone"].is_string());
    CHECK(p["evidence"] == "Evidence for met in doc1.txt.");
  }
  CHECK(found);
}

TEST_CASE("graph.json is valid UTF-8 even from bad bytes, and deterministic", "[json]") {
  Graph graph;
  AddNode(graph.g, "person:x", "person", "bad \xC3 byte \x01 and NFD Tra\xCC\x80");
  std::string text = Render([&](std::ostream& o) { WriteGraphJson(graph, o); });
  json j = json::parse(text);  // throws on invalid UTF-8
  CHECK(j["nodes"][0]["label"] == "bad  byte  and NFD Trà");
  CHECK(text == Render([&](std::ostream& o) { WriteGraphJson(graph, o); }));
}

}  // namespace
}  // namespace bilat
