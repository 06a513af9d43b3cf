// Property test of the merge step over the five sample articles (SPEC.md: "merging in any
// grouping or order gives the same graph"; "Outputs are deterministic: the same inputs give
// byte-identical files"): every order of GraphBuilder::Add, documents added twice, and facts
// that went through the JSON Lines form of `bilat extract` in different shards all give
// byte-identical GraphML and graph.json.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "bilat/export.h"
#include "harness.h"

namespace {

namespace fs = std::filesystem;
using bilat::DocumentFacts;
using bilat::testing::TestExtractor;
using bilat::testing::TestKb;

// The facts of every sample article, sorted by file name; the document id is the file name.
const std::vector<DocumentFacts>& SampleFacts() {
  static const std::vector<DocumentFacts>* facts = [] {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(BILAT_SOURCE_DIR "/samples"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    auto* out = new std::vector<DocumentFacts>;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      bilat::Article a;
      a.id = f.filename().string();
      a.origin = "samples/" + a.id;
      a.bytes.assign(std::istreambuf_iterator<char>(in), {});
      bilat::IntakeOptions o;
      o.kb = &TestKb();
      auto doc = bilat::Intake(a, o);
      if (!doc.ok()) continue;  // checked below: all five must be read
      out->push_back(TestExtractor().Extract(doc.value()));
    }
    return out;
  }();
  return *facts;
}

struct Outputs {
  std::string graphml, json;
};

Outputs Write(const bilat::Graph& g) {
  std::ostringstream a, b;
  bilat::WriteGraphml(g, a);
  bilat::WriteGraphJson(g, b);
  return {a.str(), b.str()};
}

// Merges the documents at `order` (indices into SampleFacts, repeats allowed).
Outputs MergeInOrder(const std::vector<size_t>& order) {
  bilat::GraphBuilder b(TestKb());
  for (size_t i : order) b.Add(SampleFacts()[i]);
  return Write(b.Finish());
}

std::string OrderName(const std::vector<size_t>& order) {
  std::string s;
  for (size_t i : order) s += std::to_string(i) + " ";
  return s;
}

// First differing line of two outputs, for a readable failure.
std::string FirstDifference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ga = static_cast<bool>(std::getline(x, la)), gb = static_cast<bool>(std::getline(y, lb));
    if (!ga && !gb) return "identical";
    if (la != lb || ga != gb)
      return "line " + std::to_string(line) + ":\n  < " + la + "\n  > " + lb;
  }
}

void CheckSame(const Outputs& want, const Outputs& got, const std::string& what) {
  INFO(what);
  {
    INFO("GraphML " << FirstDifference(want.graphml, got.graphml));
    CHECK(got.graphml == want.graphml);
  }
  {
    INFO("graph.json " << FirstDifference(want.json, got.json));
    CHECK(got.json == want.json);
  }
}

}  // namespace

TEST_CASE("the five samples are read and give a non-trivial graph", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  Outputs base = MergeInOrder({0, 1, 2, 3, 4});
  CHECK(base.graphml.find("<edge") != std::string::npos);
  CHECK(base.json.find("\"nodes\"") != std::string::npos);
}

TEST_CASE("every order of adding the samples gives byte-identical outputs", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  std::vector<size_t> order(5);
  std::iota(order.begin(), order.end(), 0);
  const Outputs base = MergeInOrder(order);
  int n = 0;
  do {
    CheckSame(base, MergeInOrder(order), "order " + OrderName(order));
    ++n;
  } while (std::next_permutation(order.begin(), order.end()));
  CHECK(n == 120);
}

TEST_CASE("documents added twice give the same outputs as once", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  const Outputs base = MergeInOrder({0, 1, 2, 3, 4});
  for (const std::vector<size_t>& order :
       std::vector<std::vector<size_t>>{{0, 1, 2, 3, 4, 0, 1, 2, 3, 4},
                                        {4, 3, 2, 1, 0, 0, 1, 2, 3, 4},
                                        {2, 2, 0, 4, 4, 1, 3, 3},
                                        {0, 1, 2, 3, 4, 4}}) {
    CheckSame(base, MergeInOrder(order), "order " + OrderName(order));
  }
}

TEST_CASE("merging a subset twice, in any order, is deterministic", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  for (const std::vector<size_t>& subset :
       std::vector<std::vector<size_t>>{{0, 1}, {1, 3}, {0, 2, 4}, {3, 4}}) {
    std::vector<size_t> reversed(subset.rbegin(), subset.rend());
    CheckSame(MergeInOrder(subset), MergeInOrder(reversed), "subset " + OrderName(subset));
  }
}

TEST_CASE("re-extracting the samples gives the same outputs", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  const Outputs base = MergeInOrder({0, 1, 2, 3, 4});
  // A second, independent pass over the files (as on another machine).
  std::vector<DocumentFacts> again;
  for (const auto& f : SampleFacts()) {
    std::ifstream in(fs::path(BILAT_SOURCE_DIR "/samples") / f.doc, std::ios::binary);
    bilat::Article a;
    a.id = f.doc;
    a.origin = "samples/" + a.id;
    a.bytes.assign(std::istreambuf_iterator<char>(in), {});
    bilat::IntakeOptions o;
    o.kb = &TestKb();
    auto doc = bilat::Intake(a, o);
    REQUIRE(doc.ok());
    again.push_back(TestExtractor().Extract(doc.value()));
  }
  CheckSame(base, Write(bilat::Merge(TestKb(), again)), "re-extracted");
}

TEST_CASE("facts sharded through JSON Lines merge to the same outputs", "[merge][property]") {
  REQUIRE(SampleFacts().size() == 5);
  const Outputs base = MergeInOrder({0, 1, 2, 3, 4});
  // `bilat extract` on shards, `bilat merge` of the shard files in another order; shards may
  // overlap (document 2 is in both of the second sharding).
  for (const std::vector<std::vector<size_t>>& shards :
       std::vector<std::vector<std::vector<size_t>>>{
           {{1, 3}, {0, 2, 4}}, {{2, 3, 4}, {0, 1, 2}}, {{4}, {3}, {2}, {1}, {0}}}) {
    std::vector<std::string> files;
    for (const auto& shard : shards) {
      std::string lines;
      for (size_t i : shard) lines += bilat::ToJsonLine(SampleFacts()[i]) + "\n";
      files.push_back(lines);
    }
    bilat::GraphBuilder b(TestKb());
    std::string what;
    for (const auto& file : files) {
      std::istringstream in(file);
      std::string line;
      while (std::getline(in, line)) {
        auto facts = bilat::FromJsonLine(line);
        REQUIRE(facts.ok());
        what += facts.value().doc + " ";
        b.Add(std::move(facts).value());
      }
    }
    CheckSame(base, Write(b.Finish()), "shards in order: " + what);
  }
}
