// libFuzzer target: arbitrary bytes as one line of `bilat extract` output, the input of
// `bilat merge` (FromJsonLine). Invariants: nothing crashes; what parses prints back to a line
// that parses to the same facts (ToJsonLine is a fixed point after one round).
// Seeds: lines of `bilat extract samples -o -` (fuzz/run-fuzzers.sh makes them).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "bilat/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 18) return 0;
  auto facts = bilat::FromJsonLine(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!facts.ok()) {
    if (facts.status().message().empty()) std::abort();
    return 0;
  }
  std::string line = bilat::ToJsonLine(facts.value());
  if (line.find('\n') != std::string::npos) std::abort();  // one JSON Lines line
  auto again = bilat::FromJsonLine(line);
  if (!again.ok()) std::abort();
  if (bilat::ToJsonLine(again.value()) != line) std::abort();
  return 0;
}
