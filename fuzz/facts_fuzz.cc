// libFuzzer target: arbitrary bytes as one line of `bilat extract` output, the input of
// `bilat merge` (FromJsonLine, read with the real knowledge base as the merge does). Invariants:
// nothing crashes; a line that does not parse says why; what parses prints back (in version 2,
// with knowledge-base entities as keys and with every entity in full) to one line that parses
// to the same facts (ToJsonLine is a fixed point after one round), and both forms agree.
// Seeds: lines of `bilat extract samples -o -` (fuzz/run-fuzzers.sh makes them) and
// fuzz/regressions/facts_fuzz/ (version-1 lines among them).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bilat/extract.h"
#include "fuzz_kb.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 18) return 0;
  const bilat::kb::KnowledgeBase* kb = &bilat::fuzz::Kb();
  auto facts =
      bilat::FromJsonLine(std::string_view(reinterpret_cast<const char*>(data), size), kb);
  if (!facts.ok()) {
    if (facts.status().message().empty()) std::abort();
    return 0;
  }
  std::string full;
  for (const bilat::kb::KnowledgeBase* names : {kb, static_cast<const bilat::kb::KnowledgeBase*>(nullptr)}) {
    std::string line = bilat::ToJsonLine(facts.value(), names);
    if (line.find('\n') != std::string::npos) std::abort();  // one JSON Lines line
    if (!bilat::IsCanonicalV2Prefix(line)) std::abort();
    auto again = bilat::FromJsonLine(line, kb);
    if (!again.ok()) std::abort();
    if (bilat::ToJsonLine(again.value(), names) != line) std::abort();
    if (!names) full = line;
    if (names && bilat::ToJsonLine(again.value()) != bilat::ToJsonLine(facts.value())) std::abort();
  }
  // Without a knowledge base the full form reads the same.
  auto plain = bilat::FromJsonLine(full);
  if (!plain.ok() || bilat::ToJsonLine(plain.value()) != full) std::abort();
  return 0;
}
