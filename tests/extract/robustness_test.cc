// Robustness: mutated articles (byte flips, truncations inside multibyte characters, NULs,
// control characters, very long lines, shuffled lines) go through intake and extraction without
// crashing; rejected ones name their origin; provenance offsets stay inside the input. The same
// invariants as fuzz/extract_fuzz.cc, on a fixed, seeded corpus so that the test is repeatable.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "harness.h"

using namespace bilat;
using namespace bilat::testing;

namespace {
std::vector<std::string> Samples() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(BILAT_SOURCE_DIR "/samples")) {
    std::ifstream f(e.path(), std::ios::binary);
    out.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Mutate(std::string s, std::mt19937& rng) {
  std::uniform_int_distribution<int> kind(0, 6);
  auto pos = [&] { return s.empty() ? 0 : std::uniform_int_distribution<size_t>(0, s.size() - 1)(rng); };
  for (int k = 0; k < 4; ++k) {
    switch (kind(rng)) {
      case 0: if (!s.empty()) s[pos()] = static_cast<char>(rng()); break;     // any byte
      case 1: s.resize(pos()); break;                                          // truncate
      case 2: s.insert(pos(), 1, '\0'); break;                                 // NUL
      case 3: s.insert(pos(), "\x1b\x07\r\r\n"); break;                        // controls
      case 4: s.insert(pos(), std::string(3000, 'A')); break;                  // long word
      case 5: s.insert(pos(), "\xCC\x81\xCC\x80"); break;                      // lone marks
      default: { size_t a = pos(), b = pos(); if (a > b) std::swap(a, b); std::rotate(s.begin() + a, s.begin() + (a + b) / 2, s.begin() + b); }
    }
  }
  return s;
}
}  // namespace

TEST_CASE("mutated articles never crash intake or extraction", "[robustness]") {
  auto samples = Samples();
  REQUIRE(samples.size() == 5);
  std::mt19937 rng(20261123);
  IntakeOptions o;
  o.kb = &TestKb();
  o.max_line_bytes = 1 << 14;
  int accepted = 0, rejected = 0;
  for (int n = 0; n < 400; ++n) {
    Article a;
    a.id = a.origin = "mutant-" + std::to_string(n);
    a.bytes = Mutate(samples[n % samples.size()], rng);
    auto doc = Intake(a, o);
    if (!doc.ok()) {
      ++rejected;
      INFO(doc.status().message());
      CHECK(doc.status().message().rfind(a.origin + ":", 0) == 0);
      continue;
    }
    ++accepted;
    DocumentFacts f = TestExtractor().Extract(doc.value());
    for (const auto& fact : f.facts) {
      CHECK(fact.prov.begin <= fact.prov.end);
      CHECK(fact.prov.end <= a.bytes.size());
    }
    std::string line = ToJsonLine(f);
    auto back = FromJsonLine(line);
    INFO((back.ok() ? std::string() : back.status().message()) << "\n" << line.substr(0, 2000));
    REQUIRE(back.ok());
    CHECK(back.value().facts.size() == f.facts.size());
  }
  CHECK(accepted > 0);
  CHECK(rejected > 0);
}
