// Places: a city in the knowledge base is where an event happened, and a visit to a city is a
// visit to its country (resources/kb/cities.tsv).
#include <catch2/catch.hpp>

#include "harness.h"

using namespace bilat::testing;

TEST_CASE("a visit to a city is a visit to its country", "[places][en][vi]") {
  struct Row {
    const char* text;
    const char* published;
    const char* want;
  } rows[] = {
      {"Prime Minister Pham Minh Chinh arrived in Tokyo on May 20 for an official visit.",
       "2023-05-21", "visited pham minh chinh -> japan [2023-05-20]"},
      {"Deputy Prime Minister Tran Hong Ha paid an official visit to Paris from March 4-6.",
       "2024-03-07", "visited tran hong ha -> france [2024-03-04/2024-03-06]"},
      {"Thủ tướng Phạm Minh Chính đến thăm chính thức Bắc Kinh từ ngày 24-27/6.", "2024-06-28",
       "visited pham minh chinh -> china [2024-06-24/2024-06-27]"},
  };
  for (const auto& r : rows) {
    auto lines = FactLines(r.text, r.published);
    INFO(r.text << "\n" << Dump(lines));
    CHECK(Has(lines, r.want));
  }
}

TEST_CASE("a city named in passing is no country node", "[places][en]") {
  auto nodes = NodeLines("Minister of Foreign Affairs Bui Thanh Son said Hanoi and Tokyo share views.");
  INFO(Dump(nodes));
  CHECK_FALSE(Has(nodes, "country japan"));
}

TEST_CASE("meetings carry their place", "[places][en][vi]") {
  std::vector<bilat::DocumentFacts> docs{ExtractText(
      "State President Vo Van Thuong held talks with South Korean President Yoon Suk Yeol in "
      "Hanoi on June 23.",
      "2023-06-24")};
  bilat::Graph g = bilat::Merge(TestKb(), std::move(docs));
  bool found = false;
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    if (g.g[e].kind == "met") {
      CHECK(g.g[e].place == "Hanoi");
      found = true;
    }
  }
  CHECK(found);
}
