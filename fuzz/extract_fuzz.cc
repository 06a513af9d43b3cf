// libFuzzer target: arbitrary bytes as an article through intake, extraction and the JSON Lines
// round trip. fuzz/run-fuzzers.sh builds and runs it (or by hand: cmake -S . -B build-fuzz
// -DBILAT_BUILD_FUZZ=ON -DBILAT_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++, then
// build-fuzz/fuzz/extract_fuzz -max_len=65536 samples/).
// Invariants: nothing crashes; a rejected article says where; provenance stays inside the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "bilat/extract.h"
#include "bilat/kb.h"
#include "fuzz_kb.h"

namespace {
using bilat::fuzz::Kb;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  static const bilat::Extractor extractor(Kb());
  bilat::Article a;
  a.id = a.origin = "fuzz";
  a.bytes.assign(reinterpret_cast<const char*>(data), size);
  bilat::IntakeOptions o;
  o.kb = &Kb();
  auto doc = bilat::Intake(a, o);
  if (!doc.ok()) {
    if (doc.status().message().rfind("fuzz", 0) != 0) std::abort();
    return 0;
  }
  bilat::DocumentFacts facts = extractor.Extract(doc.value());
  for (const auto& f : facts.facts)
    if (f.prov.end > size || f.prov.begin > f.prov.end) std::abort();
  auto back = bilat::FromJsonLine(bilat::ToJsonLine(facts));
  if (!back.ok() || back.value().facts.size() != facts.facts.size()) std::abort();
  return 0;
}
